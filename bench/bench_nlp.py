"""Throughput of the spaCy layer (words/s): the ceiling every later stage is measured against.

Usage: python bench/bench_nlp.py [--words 100000] [--processes 1 2]
"""

from __future__ import annotations

import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from common import seed_articles, timed, words  # noqa: E402

from storycheck.nlp import get_nlp, parse_many  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--words", type=int, default=100_000)
    ap.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    args = ap.parse_args()
    articles = seed_articles(args.words)
    n_words = sum(words(a.text) for a in articles)
    get_nlp()  # load outside the timing
    for n_process in args.processes:
        with timed() as t:
            count = sum(1 for _ in parse_many(articles, n_process=n_process))
        print(f"nlp  n_process={n_process}  {count} articles  {n_words} words  {t['seconds']:.1f}s  "
              f"{n_words / t['seconds']:,.0f} words/s  (load average {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main()
