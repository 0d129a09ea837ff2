"""``storycheck articles`` and ``storycheck show``: look into the store."""

from __future__ import annotations

import json
from dataclasses import asdict

from rich.console import Console
from rich.table import Table

from storycheck.errors import UserError
from storycheck.ingest.cli import add_db_argument
from storycheck.ingest.metadata import parse_date


def register(sub) -> None:
    p = sub.add_parser("articles", help="list stored articles")
    p.add_argument("--outlet", help="only this outlet")
    p.add_argument("--since", help="published on or after (any date format)")
    p.add_argument("--until", help="published on or before")
    p.add_argument("--format", choices=["table", "json"], default="table")
    add_db_argument(p)
    p.set_defaults(func=list_articles)

    p = sub.add_parser("show", help="show one stored article")
    p.add_argument("id", help="article id (or a unique prefix)")
    p.add_argument("--format", choices=["text", "json"], default="text")
    add_db_argument(p)
    p.set_defaults(func=show_article)


def _date(value: str | None):
    if value is None:
        return None
    parsed = parse_date(value)
    if parsed is None:
        raise UserError(f"cannot read {value!r} as a date")
    return parsed


def list_articles(args) -> int:
    from storycheck.store import open_store

    with open_store(args.db, create=False) as store:
        articles = store.articles(outlet=args.outlet, since=_date(args.since), until=_date(args.until))
    if args.format == "json":
        for a in articles:
            row = {k: v for k, v in asdict(a).items() if k != "text"}
            print(json.dumps(row, default=str, ensure_ascii=False))
        return 0
    table = Table(header_style="bold")
    for column in ("id", "outlet", "published", "title"):
        table.add_column(column, overflow="fold")
    for a in articles:
        table.add_row(a.id, a.outlet, a.published.strftime("%Y-%m-%d %H:%M") if a.published else "", a.title)
    Console().print(table)
    Console(stderr=True).print(f"{len(articles)} article(s)")
    return 0


def show_article(args) -> int:
    from storycheck.store import open_store

    with open_store(args.db, create=False) as store:
        a = store.get_article(args.id)
    if args.format == "json":
        print(json.dumps(asdict(a), default=str, ensure_ascii=False, indent=2))
        return 0
    console = Console()
    console.print(f"[bold]{a.title}[/]", markup=True, highlight=False)
    for key in ("id", "outlet", "url", "published", "byline", "source_path", "source_format"):
        value = getattr(a, key)
        if value:
            console.print(f"[dim]{key}:[/] {value}", highlight=False)
    console.print()
    console.print(a.text, markup=False, highlight=False)
    return 0
