"""How fast story clustering runs, and how its cost grows with the stream.

    python bench/bench_stories.py [--sizes 1000 10000 100000] [--batch]

Streams are built from the real texts in ../shared/data (ECB+, Giveme5W1H,
PolNeAR): each article is a real text, time-shifted to its place in a stream
of 150 articles a day (so 100k articles are 22 months of news) and perturbed
(some sentences dropped, numbers changed, a few words swapped). Seven articles in ten follow one of the 50 events running at the
time (a perturbed copy of that event's text, by another outlet); the rest
open a new event, so the same texts recur as new, differently dated events
the way news topics recur. The spaCy parse is excluded: the clusterer runs
on its own regex features. Throughput is per CPU second of the clustering
process (the machine is shared, so wall time says more about the
neighbours). Each size runs in a fresh process so that its memory (resident
set growth while clustering) is its own.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = ROOT / ".." / "shared" / "data"
ARTICLES_PER_DAY = 150  # a mid-sized aggregator: a larger stream is a longer history, not a denser one
EVENTS_RUNNING = 50  # how many events the stream reports on at any moment


def real_texts() -> list[tuple[str, str]]:
    texts = []
    for name in ("ecbplus", "giveme5w1h"):
        for line in (SHARED / name / "docs.jsonl").read_text("utf-8").splitlines():
            record = json.loads(line)
            texts.append((record.get("title") or record.get("title_guess") or "", record["text"]))
    for path in sorted((SHARED / "polnear").glob("*/text/*.txt")):
        text = path.read_text("utf-8", errors="replace")
        texts.append((text.strip().split("\n", 1)[0][:200], text))
    return texts


def stream(n: int, seed: int = 1):
    """``n`` perturbed, time-shifted articles in publication order."""
    from storycheck.model import Article

    rng = random.Random(seed)
    texts = real_texts()
    vocabulary = sorted({w for _, t in texts[:300] for w in t.split() if w.isalpha() and w.islower()})
    start = datetime(2020, 1, 1, tzinfo=timezone.utc)
    step = 86400 / ARTICLES_PER_DAY
    recent: list[int] = []  # base texts of the events running now
    for i in range(n):
        if recent and rng.random() < 0.7:  # most articles follow an event already running
            base = rng.choice(recent)
        else:
            base = rng.randrange(len(texts))
            recent = [*recent[-(EVENTS_RUNNING - 1):], base]
        title, text = texts[base]
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", text) if rng.random() > 0.15] or [text]
        words = " ".join(sentences).split(" ")
        for _ in range(max(1, len(words) // 20)):
            words[rng.randrange(len(words))] = rng.choice(vocabulary)
        body = re.sub(r"\d+", lambda m: str(int(m.group()) + rng.randrange(3)), " ".join(words))
        yield Article.create(outlet=f"outlet{rng.randrange(200)}", title=title, text=body,
                             published=start + timedelta(seconds=i * step))


def rss_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def run_batch(n: int) -> dict:
    """Batch mode (``storycheck stories``): single pass, split pass, merge pass, replay, on the same stream."""
    from storycheck.stories.clusterer import cluster_in_order

    articles = list(stream(n))
    before = rss_kb()
    t, w = time.process_time(), time.perf_counter()
    stories = cluster_in_order(articles)
    seconds = time.process_time() - t
    return {"articles": n, "seconds": round(seconds, 2), "wall_seconds": round(time.perf_counter() - w, 2),
            "articles_per_s": round(n / seconds), "stories": len(stories),
            "rss_growth_mb": round((rss_kb() - before) / 1024, 1)}


def run_one(n: int) -> dict:
    from storycheck.stories import StoryClusterer

    articles = stream(n)
    clusterer = StoryClusterer()
    before = rss_kb()
    seconds, chunks = 0.0, []  # chunks: cumulative seconds after each tenth of the stream
    chunk = max(n // 10, 1)
    wall = 0.0
    for i, article in enumerate(articles, 1):  # building an article is timed apart from clustering it
        t, w = time.process_time(), time.perf_counter()
        clusterer.add(article)
        seconds += time.process_time() - t
        wall += time.perf_counter() - w
        if i % chunk == 0:
            chunks.append(seconds)
    per_chunk = [round(chunk / (b - a)) for a, b in zip([0.0, *chunks], chunks)]
    return {"articles": n, "seconds": round(seconds, 2), "wall_seconds": round(wall, 2),
            "articles_per_s": round(n / seconds),
            "stories": len(clusterer.stories()), "rss_growth_mb": round((rss_kb() - before) / 1024, 1),
            "scored_per_article": round(clusterer.scored / n, 1),
            "articles_per_s_by_tenth": per_chunk}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--batch", action="store_true",
                        help="time batch mode (single pass, split and merge passes, replay) instead of the stream")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_batch(args.one) if args.batch else run_one(args.one)))
        return
    if args.batch:
        results = []
        for n in args.sizes:
            out = subprocess.run([sys.executable, __file__, "--one", str(n), "--batch"], capture_output=True,
                                 text=True, check=True)
            results.append(r := json.loads(out.stdout))
            print(f"{n:>7} articles, batch: {r['seconds']:8.2f} s CPU ({r['wall_seconds']:.2f} s wall)  "
                  f"{r['articles_per_s']:6} articles/CPU-s  {r['stories']:6} stories  +{r['rss_growth_mb']} MB RSS",
                  flush=True)
        for small, large in zip(results, results[1:]):
            print(f"{small['articles']} -> {large['articles']}: time x{large['seconds'] / small['seconds']:.1f} "
                  f"for x{large['articles'] / small['articles']:.0f} articles")
        return
    results = []
    for n in args.sizes:
        out = subprocess.run([sys.executable, __file__, "--one", str(n)], capture_output=True, text=True, check=True)
        results.append(json.loads(out.stdout))
        r = results[-1]
        print(f"{n:>7} articles: {r['seconds']:8.2f} s CPU ({r['wall_seconds']:.2f} s wall)  "
              f"{r['articles_per_s']:6} articles/CPU-s  "
              f"{r['stories']:6} stories  +{r['rss_growth_mb']} MB RSS  "
              f"{r['scored_per_article']} stories scored/article  per tenth: {r['articles_per_s_by_tenth']}",
              flush=True)
    for small, large in zip(results, results[1:]):
        growth = large["seconds"] / small["seconds"]
        print(f"{small['articles']} -> {large['articles']}: time x{growth:.1f} "
              f"for x{large['articles'] / small['articles']:.0f} articles")


if __name__ == "__main__":
    main()
