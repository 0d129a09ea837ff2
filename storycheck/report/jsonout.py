"""The brief as JSON (schema 1, documented in docs/brief-schema.md)."""

from __future__ import annotations

import json


def render_json(document: dict) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
