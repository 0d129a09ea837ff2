"""`storycheck check --db`: what checking two new articles costs as the store around them grows.

A store is filled with the first N Giveme5W1H articles (other events), then the two seeds are checked against
it; the check groups every stored article into stories (from their words) but parses and cross-checks only the
story the seeds join, so its time should stay near flat in N while the grouping's share grows slowly.

Usage: python bench/bench_check_store.py [--sizes 0 100 383]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, os.path.dirname(__file__))

from common import SHARED  # noqa: E402
from storycheck import pipeline  # noqa: E402
from storycheck.ingest import Failure, read_paths  # noqa: E402
from storycheck.store import open_store  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[0, 100, 383])
    args = parser.parse_args()
    giveme = SHARED / "data" / "giveme5w1h" / "docs.jsonl"
    others = [a for a in read_paths([str(giveme)]) if not isinstance(a, Failure)]
    with open_store(Path(tempfile.mkdtemp()) / "warm.db") as warm:
        pipeline.check([str(SHARED / "seeds")], warm, quiet=True)  # loads spaCy before the clock starts
    print("stored articles | check seconds | articles parsed")
    for n in args.sizes:
        with open_store(Path(tempfile.mkdtemp()) / "store.db") as store:
            store.add_articles(others[:n])
            parsed = []
            real = pipeline.parse_many

            def counting_parse_many(articles, *rest, **options):
                parsed.extend(articles)
                return real(articles, *rest, **options)

            pipeline.parse_many = counting_parse_many
            try:
                t = time.perf_counter()
                pipeline.check([str(SHARED / "seeds")], store, quiet=True)
                seconds = time.perf_counter() - t
            finally:
                pipeline.parse_many = real
        print(f"{len(others[:n]):15d} | {seconds:13.2f} | {len(parsed)}", flush=True)


if __name__ == "__main__":
    main()
