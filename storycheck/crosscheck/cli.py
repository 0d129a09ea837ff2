"""``storycheck check PATH...`` and ``storycheck brief STORY_ID``: the brief, in four formats."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from storycheck.errors import UserError

FORMATS = ["text", "md", "json", "html"]


def _add_output(p) -> None:
    p.add_argument("--format", choices=FORMATS, default="text", help="output format (default: text)")
    p.add_argument("--out", metavar="FILE", help="write the brief to FILE instead of standard output")
    p.add_argument("--db", help="store file (check: default $STORYCHECK_DB if set, else a temporary store; "
                                "brief: $STORYCHECK_DB or the user data directory)")


def register(sub) -> None:
    p = sub.add_parser("check", help="ingest inputs, group them into stories and print each story's brief")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (recursive); - reads stdin")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress messages")
    p.add_argument("--ray", metavar="ADDRESS", help="parse on a Ray cluster: its head's host:port, 'auto', or "
                   "'local' to start one here (needs the scale extra: pip install 'storycheck[scale]')")
    _add_output(p)
    p.set_defaults(func=run_check)

    p = sub.add_parser("brief", help="print the brief of a stored story")
    p.add_argument("story_id", metavar="STORY_ID", help="story id (or a unique prefix)")
    _add_output(p)
    p.set_defaults(func=run_brief)


def _emit(document: dict, args) -> int:
    from storycheck.report import RENDERERS
    from storycheck.report.text import render_text

    to_terminal = args.out is None and sys.stdout.isatty()
    if args.format == "text":
        output = render_text(document, color=to_terminal)
    else:
        output = RENDERERS[args.format](document)
    if args.out:
        try:
            Path(args.out).write_text(output, encoding="utf-8")
        except OSError as err:
            raise UserError(f"cannot write {args.out}: {err.strerror or err}") from err
        print(f"wrote {args.out}", file=sys.stderr)
    else:
        sys.stdout.write(output)
    return 0


def run_check(args) -> int:
    from storycheck import pipeline
    from storycheck.store import open_store

    db = args.db or os.environ.get("STORYCHECK_DB")  # a store the user named, else a throw-away one
    if db:
        with open_store(db) as store:
            document = pipeline.check(args.paths, store, quiet=args.quiet, ray=args.ray)
    else:
        with tempfile.TemporaryDirectory(prefix="storycheck-") as tmp:
            with open_store(Path(tmp) / "check.db") as store:
                document = pipeline.check(args.paths, store, quiet=args.quiet, ray=args.ray)
    status = _emit(document, args)
    return 1 if document["skipped"] else status  # the brief is printed, and the skipped inputs fail the run


def run_brief(args) -> int:
    from storycheck import pipeline
    from storycheck.store import open_store

    with open_store(args.db, create=False) as store:
        document = pipeline.brief(args.story_id, store)
    return _emit(document, args)
