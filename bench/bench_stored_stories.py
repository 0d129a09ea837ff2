"""Keeping a store's stories current: the first clustering against the update after a few new articles.

    python bench/bench_stored_stories.py [--sizes 1000 10000] [--new 20]

For each size a SQLite store is filled with that many articles of bench_stories' stream (real texts,
time-shifted to 150 a day and perturbed), and `current_stories` runs three times: the first time (batch mode
over every article; its stream is kept in the store), after ``--new`` more articles of the same stream
(they join the kept stream one by one), and with ``recluster`` (batch mode again, what every update cost
before the stream was kept). Seconds are wall time of this process; the state is the kept stream's size in
the store (compressed JSON).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from bench_stories import stream

from storycheck.stories import current_stories
from storycheck.stories.stored import STATE
from storycheck.store import open_store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--new", type=int, default=20)
    args = parser.parse_args()
    print("stored | first clustering s | update with new s | re-clustering s | state MB | stories")
    for n in args.sizes:
        articles = list(stream(n + args.new))
        with open_store(Path(tempfile.mkdtemp()) / "store.db") as store:
            store.add_articles(articles[:n])
            t0 = time.perf_counter()
            current_stories(store)
            t1 = time.perf_counter()
            store.add_articles(articles[n:])
            t2 = time.perf_counter()
            stories = current_stories(store)
            t3 = time.perf_counter()
            state_mb = len(store._execute("SELECT data FROM states WHERE name = ?", (STATE,)).fetchone()[0]) / 1e6
            current_stories(store, recluster=True)
            t4 = time.perf_counter()
        print(f"{n:6d} | {t1 - t0:18.2f} | {t3 - t2:16.2f} | {t4 - t3:15.2f} | {state_mb:8.1f} | {len(stories)}",
              flush=True)


if __name__ == "__main__":
    main()
