"""Renderers of a brief (the schema-1 dict of :mod:`storycheck.crosscheck.analysis`): text, Markdown, JSON, HTML."""

from __future__ import annotations

from typing import Callable

from storycheck.report.html import render_html
from storycheck.report.jsonout import render_json
from storycheck.report.markdown import render_markdown
from storycheck.report.text import render_text

RENDERERS: dict[str, Callable[[dict], str]] = {
    "text": render_text, "md": render_markdown, "json": render_json, "html": render_html,
}

__all__ = ["RENDERERS", "render_text", "render_markdown", "render_json", "render_html"]
