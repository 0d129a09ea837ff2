"""``storycheck ingest``: read inputs into the store and say what happened to each."""

from __future__ import annotations

import argparse

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from storycheck.ingest.batch import IngestReport, ingest
from storycheck.ingest.readers import MAX_ARTICLE_CHARS, Options
from storycheck.ingest.sources import count_inputs, read_paths


def add_db_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", help="store file (default: $STORYCHECK_DB or the user data directory)")


def register(sub) -> None:
    p = sub.add_parser("ingest", help="read articles (text, HTML, RSS/Atom, JSONL, WARC) into the store")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (recursive); - reads stdin")
    p.add_argument("--outlet", help="outlet name for inputs that name none themselves")
    p.add_argument("--max-chars", type=int, default=MAX_ARTICLE_CHARS, help="longest article text accepted")
    p.add_argument("--quiet", "-q", action="store_true", help="print only the summary")
    add_db_argument(p)
    p.set_defaults(func=run)


def run(args) -> int:
    from storycheck.store import open_store

    err = Console(stderr=True)
    options = Options(outlet=args.outlet, max_chars=args.max_chars)
    with open_store(args.db) as store:
        total = count_inputs(p for p in args.paths if p != "-")
        show_bar = err.is_terminal and not args.quiet and total > 5
        with Progress(TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TextColumn("files"),
                      TimeElapsedColumn(), console=err, disable=not show_bar, transient=True) as progress:
            task = progress.add_task("ingest", total=total)
            last_file = [None]

            def tick(item) -> None:
                name = item.path if hasattr(item, "reason") else item.source_path
                name = (name or "").split("#")[0].rsplit(":", 1)[0] if name else name
                if name != last_file[0]:
                    last_file[0] = name
                    progress.advance(task)

            report = ingest(read_paths(args.paths, options), store, on_item=tick)
        print_summary(report, Console(), store.path)
    return 0 if report.ok else 1


def print_summary(report: IngestReport, console: Console, where: str) -> None:
    table = Table(title=f"ingest into {where}", show_header=True, header_style="bold")
    table.add_column("ingested", justify="right")
    table.add_column("duplicate", justify="right")
    table.add_column("failed", justify="right")
    table.add_row(str(len(report.ingested)), str(len(report.duplicates)),
                  f"[red]{len(report.failed)}[/]" if report.failed else "0")
    console.print(table)
    warned = [a for a in report.ingested if a.extra.get("warnings")]
    if warned:  # read, but not as written: a guessed encoding, replaced bytes
        notes = Table(title="read with warnings", header_style="bold yellow")
        notes.add_column("input", overflow="fold")
        notes.add_column("warning", overflow="fold")
        for article in warned:
            notes.add_row(article.source_path or article.id, "; ".join(article.extra["warnings"]))
        console.print(notes)
    if report.failed:
        failures = Table(title="failed inputs", header_style="bold red")
        failures.add_column("input", overflow="fold")
        failures.add_column("reason", overflow="fold")
        for failure in report.failed:
            failures.add_row(failure.path, failure.reason)
        console.print(failures)
