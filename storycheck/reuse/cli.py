"""``storycheck reuse``: which articles copy or rewrite which, and the source families they form.

Reads files (any format ingest reads) or the articles of a store (``--db``,
where the links are also saved for the later stages). Quotations are found
with the quotes stage's mark scanner, so shared quotes never link two reports.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys

from storycheck.errors import UserError
from storycheck.model import Article, ReuseLink
from storycheck.reuse.families import Family, source_families
from storycheck.reuse.index import ReuseIndex


def register(sub) -> None:
    p = sub.add_parser("reuse", help="find copies and rewrites between articles, and their source families")
    p.add_argument("paths", nargs="*", metavar="PATH", help="files or folders to read (or use --db)")
    p.add_argument("--db", help="read the articles of this store (and save the links in it)")
    p.add_argument("--format", choices=["table", "json"], default="table")
    p.set_defaults(func=run)


def load_articles(args: argparse.Namespace) -> list[Article]:
    if args.paths and args.db:
        raise UserError("give either PATHs or --db, not both")
    if args.db:
        from storycheck.store import open_store

        with open_store(args.db, create=False) as store:
            return store.articles()
    if not args.paths:
        raise UserError("give files or folders to read, or --db STORE")
    from storycheck.ingest import read_paths

    articles = []
    for item in read_paths(args.paths):
        if isinstance(item, Article):
            articles.append(item)
        else:
            print(f"storycheck: skipped {item.path}: {item.reason}", file=sys.stderr)
    if not articles:
        raise UserError("no article could be read from the given paths")
    return articles


def by_date(articles: list[Article]) -> list[Article]:
    """Publication order (undated last): copies are then added after their sources."""
    return sorted(articles, key=lambda a: (a.published is None, a.published or a.ingested_at))


def run(args: argparse.Namespace) -> int:
    articles = by_date(load_articles(args))
    index = ReuseIndex()
    links: list[ReuseLink] = []
    for article in articles:
        links.extend(index.add(article))  # quotations found by the quotes stage's mark scanner
    families = source_families(links, articles)
    if args.db:
        from storycheck.store import open_store

        with open_store(args.db, create=False) as store:
            store.save_reuse_links(links)
    if args.format == "json":
        print(json.dumps({"links": [dataclasses.asdict(link) for link in links],
                          "families": [dataclasses.asdict(f) | {"links": [[k.source_id, k.target_id] for k in f.links]}
                                       for f in families],
                          "candidate_pairs": index.stats.candidate_pairs}, default=str))
    else:
        print_tables(articles, links, families)
    return 0


def print_tables(articles: list[Article], links: list[ReuseLink], families: list[Family]) -> None:
    from rich.console import Console
    from rich.table import Table

    names = {a.id: f"{a.outlet} [dim]{a.id[:8]}[/]" for a in articles}
    console = Console()
    table = Table(title=f"reuse links among {len(articles)} articles", header_style="bold")
    for column in ("source", "target", "kind", "source share", "target share", "direction", "passages"):
        table.add_column(column, justify="right" if "share" in column or column == "passages" else "left")
    for link in links:
        table.add_row(names[link.source_id], names[link.target_id], link.kind, f"{link.source_share:.0%}",
                      f"{link.target_share:.0%}", link.direction, str(len(link.passages)))
    console.print(table if links else "no reuse links found")
    grouped = [f for f in families if len(f.article_ids) > 1]
    families_table = Table(title=f"source families ({len(families)}, {len(grouped)} with more than one article)",
                           header_style="bold")
    families_table.add_column("family")
    families_table.add_column("original")
    families_table.add_column("members")
    for family in families:
        original = names[family.original_id] if family.original_id else "unknown"
        families_table.add_row(family.id, original, ", ".join(names[i] for i in family.article_ids))
    console.print(families_table)
