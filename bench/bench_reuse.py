"""Throughput of reuse detection (articles/s, candidate pairs/s, peak memory) as the corpus grows.

The corpus is built from real articles (Giveme5W1H and ECB+): each synthetic
article is a real text with a share of its words replaced by random words of
the corpus vocabulary (so that the thousand-odd real texts become many
different articles), and some are planted reuse of an earlier synthetic
article: verbatim copies, light rewrites (every fifth word changed) and
partial reuse (one paragraph taken into another article). Articles stream
through one :class:`ReuseIndex` in order; the planted links measure recall.

``--edit`` is the share of words replaced. At the default 0.7 two articles made
from the same real text share almost no three-word run, so the background is
what a news stream mostly is, articles unrelated to each other, and candidate
pairs are the planted reuse plus chance. At 0.5 every article has a growing
number of "relatives" (about size/1,365 of them, one per article made from the
same real text) that share word runs like heavy rewrites would; then the
candidates per article grow with the corpus, as they would in a corpus where
every story had that many rewrites.

``pairs/cpu-s`` is candidate pairs aligned and classified per second of CPU
time spent on them; ``articles/cpu-s`` is per second of the process's CPU time for
the whole stream (tokens, quotation scan, index, pairs): wall time on a shared
machine depends on the other processes, CPU time much less.

Usage: python bench/bench_reuse.py [--sizes 1000 10000 100000] [--edit 0.7]
Each size runs in a fresh process, so peak memory is that size's own.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
from common import corpus_texts, peak_rss_mb, timed  # noqa: E402

from storycheck.model import Article  # noqa: E402
from storycheck.reuse import ReuseIndex  # noqa: E402
from storycheck.reuse.text import quote_spans  # noqa: E402

PLANTED_SHARE = 0.05  # of the articles, planted reuse of an earlier one


def perturb(text: str, vocabulary: list[str], rate: float, rng: random.Random) -> str:
    return " ".join(rng.choice(vocabulary) if rng.random() < rate else w for w in text.split(" "))


def corpus(size: int, edit: float, seed: int = 0):
    """``size`` articles in publication order, and the planted (source, copy, kind) triples."""
    rng = random.Random(seed)
    texts = [r["text"] for r in corpus_texts() if len(r["text"].split()) >= 50]
    vocabulary = sorted({w for t in texts for w in t.split() if w.isalpha()})
    articles, planted = [], []
    for i in range(size):
        if articles and rng.random() < PLANTED_SHARE:
            source = rng.choice(articles[-5000:])
            kind = rng.choice(["verbatim", "light", "partial"])
            if kind == "verbatim":
                text = source.text + "\nRead more on our site."
            elif kind == "light":
                text = " ".join(rng.choice(vocabulary) if k % 5 == 4 else w
                                for k, w in enumerate(source.text.split(" ")))
            else:
                paragraphs = [p for p in source.text.split("\n") if len(p.split()) >= 25] or [source.text]
                own = perturb(rng.choice(texts), vocabulary, edit, rng)
                text = own + "\n" + rng.choice(paragraphs)
            planted.append((source.id, i, kind))
        else:
            text = perturb(rng.choice(texts), vocabulary, edit, rng)
        articles.append(Article.create(outlet=f"outlet{i % 97}", title=f"article {i}", text=text))
    planted = [(s, articles[i].id, kind) for s, i, kind in planted]
    return articles, planted


def run_size(size: int, edit: float) -> dict:
    articles, planted = corpus(size, edit)
    quote_spans("“warm up”")  # imports the quotes stage outside the timing
    index = ReuseIndex()
    found = set()
    cpu_started = time.process_time()
    with timed() as t:
        for article in articles:
            for link in index.add(article, quote_spans(article.text)):
                found.add((link.source_id, link.target_id))
    seconds = t["seconds"]
    cpu_seconds = time.process_time() - cpu_started
    recall = sum((s, c) in found for s, c, _ in planted) / len(planted) if planted else 1.0
    return {"articles": size, "seconds": round(seconds, 1), "cpu_seconds": round(cpu_seconds, 1),
            "articles_per_s": round(size / seconds, 1), "articles_per_cpu_s": round(size / cpu_seconds, 1),
            "candidate_pairs": index.stats.candidate_pairs,
            "pairs_per_s": round(index.stats.candidate_pairs / max(index.stats.compare_seconds, 1e-9), 1),
            "candidates_per_article": round(index.stats.candidate_pairs / size, 2),
            "links": index.stats.links, "planted": len(planted), "planted_recall": round(recall, 3),
            "postings": index.stats.postings, "peak_rss_mb": round(peak_rss_mb())}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    ap.add_argument("--edit", type=float, default=0.7, help="share of words replaced in each synthetic article")
    ap.add_argument("--one", action="store_true", help=argparse.SUPPRESS)  # internal: run one size here
    args = ap.parse_args()
    if args.one:
        print(json.dumps(run_size(args.sizes[0], args.edit)))
        return
    previous = None
    for size in args.sizes:
        out = subprocess.run([sys.executable, __file__, "--one", "--sizes", str(size), "--edit", str(args.edit)],
                             check=True, capture_output=True, text=True).stdout
        r = json.loads(out)
        growth = f"  cpu time x{r['cpu_seconds'] / previous['cpu_seconds']:.1f} for size x" \
                 f"{size / previous['articles']:.0f}" if previous else ""
        print(f"reuse  {size:>7} articles  {r['seconds']:>8.1f}s wall  {r['cpu_seconds']:>8.1f}s cpu  "
              f"{r['articles_per_cpu_s']:>7.1f} articles/cpu-s  "
              f"{r['pairs_per_s']:>7.1f} pairs/cpu-s  {r['candidates_per_article']:.2f} candidates/article  "
              f"planted recall {r['planted_recall']:.3f} ({r['planted']})  peak {r['peak_rss_mb']} MB{growth}  "
              f"(load average {os.getloadavg()[0]:.1f})", flush=True)
        previous = r


if __name__ == "__main__":
    main()
