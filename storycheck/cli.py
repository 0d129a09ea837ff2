"""The ``storycheck`` command: a thin shell over the stages.

Each stage owns its sub-commands in ``storycheck/<stage>/cli.py`` with a
``register(subparsers)`` function, and its evaluation in
``storycheck/<stage>/evaluate.py`` with ``register_eval(subparsers)``; this
module only gathers them, so adding a stage never means editing a long switch.
Every sub-command sets ``func(args) -> int`` (the exit status).
"""

from __future__ import annotations

import argparse
import importlib
import sys

from storycheck import __version__
from storycheck.errors import UserError

STAGES = ["ingest", "store", "quotes", "reuse", "stories", "crosscheck", "web"]  # each may add commands and an eval


def _optional(module: str):
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as err:  # a stage that has no CLI (yet)
        if err.name == module:
            return None
        raise


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="storycheck", description="Cross-check how different news outlets report "
                                     "the same story: quotes, claims, conflicts, copies.")
    parser.add_argument("--version", action="version", version=f"storycheck {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    eval_parser = sub.add_parser("eval", help="score a stage on a public corpus")
    eval_sub = eval_parser.add_subparsers(dest="stage", metavar="STAGE")
    for stage in STAGES:
        cli = _optional(f"storycheck.{stage}.cli")
        if cli is not None:
            cli.register(sub)
        evaluate = _optional(f"storycheck.{stage}.evaluate")
        if evaluate is not None and hasattr(evaluate, "register_eval"):
            evaluate.register_eval(eval_sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except UserError as err:
        print(f"storycheck: error: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("storycheck: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
