"""``storycheck quotes FILE|ID``: who said what in one article (or every article of a file)."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

from rich.console import Console
from rich.table import Table

from storycheck.errors import UserError
from storycheck.ingest.cli import add_db_argument
from storycheck.model import Article, Quote


def register(sub) -> None:
    p = sub.add_parser("quotes", help="list the quotations of an article: speaker, kind, quote, cue")
    p.add_argument("article", metavar="FILE|ID", help="an article file (any ingest format) or a stored article id")
    p.add_argument("--format", choices=["table", "json"], default="table")
    add_db_argument(p)
    p.set_defaults(func=run)


def _articles(ref: str, db: str | None) -> list[Article]:
    if Path(ref).exists():
        from storycheck.ingest import read_paths

        items = list(read_paths([ref]))
        articles = [a for a in items if isinstance(a, Article)]
        if not articles:
            reasons = "; ".join(f.reason for f in items if not isinstance(f, Article))
            raise UserError(f"no article could be read from {ref}: {reasons or 'empty input'}")
        return articles
    from storycheck.store import open_store

    try:
        store = open_store(db, create=False)
    except UserError as err:
        raise UserError(f"{ref} is no file, nor can it be looked up: {err}") from err
    with store:
        try:
            return [store.get_article(ref)]
        except KeyError as err:
            raise UserError(f"{ref} is neither a file nor a stored article id") from err


def _table(article: Article, quotes: list[Quote]) -> Table:
    table = Table(title=f"{article.outlet}: {article.title[:70]}", show_lines=False, header_style="bold")
    table.add_column("speaker")
    table.add_column("kind")
    table.add_column("quote", overflow="fold")
    table.add_column("cue")
    for q in quotes:
        speaker = q.speaker_canonical or (q.speaker.text if q.speaker else "?")
        if q.speaker and q.speaker_canonical and q.speaker.text != q.speaker_canonical:
            speaker += f" [dim]({q.speaker.text})[/dim]"
        table.add_row(speaker, q.kind, q.text if len(q.text) <= 300 else q.text[:297] + "...",
                      q.cue.text if q.cue else "")
    return table


def run(args) -> int:
    from storycheck.nlp.pipeline import parse_many
    from storycheck.quotes.extract import extract_quotes

    articles = _articles(args.article, args.db)
    results = [(p.article, extract_quotes(p)) for p in parse_many(articles)]
    if args.format == "json":
        payload = [{"article_id": a.id, "outlet": a.outlet, "title": a.title,
                    "quotes": [asdict(q) for q in quotes]} for a, quotes in results]
        print(json.dumps(payload[0] if len(payload) == 1 else payload, ensure_ascii=False, indent=1))
        return 0
    console = Console()
    for article, quotes in results:
        console.print(_table(article, quotes))
        console.print(f"{len(quotes)} quotations")
    return 0
