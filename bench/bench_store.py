"""Store throughput, SQLite against PostgreSQL: ingest (batches of 500 in one transaction each), a re-ingest
of the same articles (all duplicates), and reading them all back.

PostgreSQL is a throwaway local server (tests/pgserver.py: the machine's PostgreSQL binaries, fsync off like
the tests, over its Unix socket), so the figures show the cost of the SQL and the round trips, not of a disk.

Usage: python bench/bench_store.py [--articles 1000 10000 100000]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, os.path.dirname(__file__))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from storycheck.ingest.batch import ingest  # noqa: E402
from storycheck.model import Article  # noqa: E402
from storycheck.store import open_store  # noqa: E402


def articles(n: int) -> list[Article]:
    body = ("The harbour reopened on day {i} after the storm, officials said. " * 40).strip()
    return [Article.create(outlet=f"Wire {i % 50}", title=f"Report {i}", text=body.format(i=i)) for i in range(n)]


def run(label: str, where: str, batch: list[Article]) -> None:
    with open_store(where) as store:
        t = time.perf_counter()
        first = ingest(batch, store)
        t1 = time.perf_counter()
        again = ingest(batch, store)
        t2 = time.perf_counter()
        back = store.articles()
        t3 = time.perf_counter()
    assert len(first.ingested) == len(batch) and len(again.duplicates) == len(batch) and len(back) == len(batch)
    n = len(batch)
    print(f"{label:10} {n:>7} articles  ingest {n / (t1 - t):8,.0f}/s  re-ingest {n / (t2 - t1):8,.0f}/s  "
          f"read all {n / (t3 - t2):8,.0f}/s")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, nargs="+", default=[1000, 10_000, 100_000])
    args = ap.parse_args()
    from pgserver import PostgresServer, unavailable

    why = unavailable()
    with tempfile.TemporaryDirectory() as tmp:
        server = None if why else PostgresServer().__enter__()
        try:
            for n in args.articles:
                batch = articles(n)
                run("sqlite", str(Path(tmp) / f"s{n}.db"), batch)
                if server:
                    run("postgresql", server.new_database(), batch)
                else:
                    print(f"postgresql skipped: {why}")
        finally:
            if server:
                server.__exit__(None, None, None)


if __name__ == "__main__":
    main()
