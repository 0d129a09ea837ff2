"""Dataclasses to and from the JSON and text columns of the store."""

from __future__ import annotations

import dataclasses
import json
import typing
from datetime import datetime
from functools import cache

from storycheck.model import Article


def _default(value):
    if isinstance(value, datetime):
        return value.isoformat()
    if dataclasses.is_dataclass(value):
        return dataclasses.asdict(value)
    raise TypeError(f"cannot store {type(value).__name__}")


def dumps(value) -> str:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        value = dataclasses.asdict(value)
    return json.dumps(value, default=_default, ensure_ascii=False, sort_keys=True)


@cache
def _hints(cls) -> dict:
    return typing.get_type_hints(cls)


def from_dict(cls, data: dict):
    """Rebuild dataclass ``cls`` from :func:`dataclasses.asdict` output, nested dataclasses included."""
    kwargs = {}
    hints = _hints(cls)
    for f in dataclasses.fields(cls):
        if f.name not in data:
            continue
        kwargs[f.name] = _revive(hints[f.name], data[f.name])
    return cls(**kwargs)


def _revive(hint, value):
    if value is None:
        return None
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if dataclasses.is_dataclass(hint):
        return from_dict(hint, value)
    if hint is datetime:
        return datetime.fromisoformat(value)
    if origin in (typing.Union, getattr(__import__("types"), "UnionType")):
        for arg in args:
            if arg is type(None):
                continue
            if dataclasses.is_dataclass(arg) and isinstance(value, dict):
                return from_dict(arg, value)
            if arg is datetime and isinstance(value, str):
                return datetime.fromisoformat(value)
        return value
    if origin is list and args and dataclasses.is_dataclass(args[0]):
        return [from_dict(args[0], v) for v in value]
    if origin is tuple:  # JSON gives lists back: ``tuple[tuple[int, int], ...]`` must compare equal again
        items = args[:1] * len(value) if len(args) == 2 and args[1] is Ellipsis else args
        return tuple(_revive(h, v) for h, v in zip(items, value)) if items else tuple(value)
    return value


ARTICLE_COLUMNS = ("id", "outlet", "title", "url", "published", "byline", "language", "text",
                   "source_path", "source_format", "ingested_at", "extra")


def article_row(a: Article) -> tuple:
    return (a.id, a.outlet, a.title, a.url, a.published.isoformat() if a.published else None, a.byline,
            a.language, a.text, a.source_path, a.source_format, a.ingested_at.isoformat(),
            json.dumps(a.extra, ensure_ascii=False, default=str))


def article_from_row(row) -> Article:
    values = dict(zip(ARTICLE_COLUMNS, row))
    values["published"] = datetime.fromisoformat(values["published"]) if values["published"] else None
    values["ingested_at"] = datetime.fromisoformat(values["ingested_at"])
    values["extra"] = json.loads(values["extra"] or "{}")
    return Article(**values)
