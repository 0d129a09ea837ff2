"""Parsing plus quote extraction in this process against a Ray cluster (``storycheck check --ray``).

Starts a local Ray cluster (``ray.init``) with as many CPUs as asked, and times the same articles (the
seeds repeated) through ``parse_many`` + ``extract_quotes`` here and through ``parse_on_ray`` with 1..N
workers. Wall-clock time is what matters here (the work is in other processes); the driver's own CPU
time shows what rebuilding the parses from bytes costs it.

Usage: python bench/bench_scale.py [--words 50000 200000] [--workers 1 2]
"""

from __future__ import annotations

import argparse
import os
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
from common import seed_articles, words  # noqa: E402

from storycheck.nlp import get_nlp, parse_many  # noqa: E402
from storycheck.quotes import extract_quotes  # noqa: E402


def timed(fn):
    wall, cpu = time.perf_counter(), time.process_time()
    n = fn()
    return n, time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--words", type=int, nargs="+", default=[50_000, 200_000])
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = ap.parse_args()
    import ray

    from storycheck.scale import parse_on_ray

    get_nlp()
    ray.init(num_cpus=max(args.workers), include_dashboard=False, log_to_driver=False, configure_logging=False)
    print(f"Ray {ray.__version__}, cluster CPUs {ray.cluster_resources().get('CPU')}, machine CPUs {os.cpu_count()}")
    # warm the actors' imports once (each worker loads spaCy when created; the timed runs include that)
    for n_words in args.words:
        articles = seed_articles(n_words)
        total = sum(words(a.text) for a in articles)
        n, wall, cpu = timed(lambda: sum(len(extract_quotes(p)) >= 0 for p in parse_many(articles)))
        print(f"{total:>8} words {n:>5} articles  here           wall {wall:6.1f}s  {total / wall:7,.0f} words/s")
        base = wall
        for workers in args.workers:
            n, wall, cpu = timed(lambda: sum(1 for _ in parse_on_ray(articles, address="local", workers=workers)))
            print(f"{total:>8} words {n:>5} articles  ray x{workers} workers  wall {wall:6.1f}s  "
                  f"{total / wall:7,.0f} words/s  speed-up {base / wall:4.2f}  driver CPU {cpu:5.1f}s")
    ray.shutdown()


if __name__ == "__main__":
    main()
