"""Cost of quotation extraction on top of the spaCy parse (the budget: at most +25% of the parse time).

Two corpora: the seeds repeated to --words words, and the PolNeAR dev texts. Each is parsed once with
``parse_many`` (timed), then extracted (timed); extraction is also timed on growing prefixes of the
corpus to show how its cost grows with input size, and on single articles of growing length.

Usage: python bench/bench_quotes.py [--words 100000] [--polnear ../shared/data/polnear]
"""

from __future__ import annotations

import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from common import SHARED, seed_articles, seed_texts, timed, words  # noqa: E402

from storycheck.model import Article  # noqa: E402
from storycheck.nlp import get_nlp, parse_many  # noqa: E402
from storycheck.quotes import extract_quotes  # noqa: E402


def polnear_articles(root: str) -> list[Article]:
    from storycheck.quotes.polnear import articles_of, read_split

    return articles_of(read_split(root, "dev"))


def measure(name: str, articles: list[Article]) -> None:
    n_words = sum(words(a.text) for a in articles)
    with timed() as parse_time:
        parsed = list(parse_many(articles))
    with timed() as extract_time:
        n_quotes = sum(len(extract_quotes(p)) for p in parsed)
    share = extract_time["seconds"] / parse_time["seconds"]
    print(f"{name}: {len(articles)} articles, {n_words:,} words, {n_quotes:,} quotes")
    print(f"  parse    {parse_time['seconds']:7.2f}s  {n_words / parse_time['seconds']:9,.0f} words/s")
    print(f"  extract  {extract_time['seconds']:7.2f}s  {n_words / extract_time['seconds']:9,.0f} words/s"
          f"  = {share:.1%} of the parse time (budget 25%)")
    for fraction in (0.25, 0.5, 1.0):
        part = parsed[: max(1, int(len(parsed) * fraction))]
        part_words = sum(words(p.article.text) for p in part)
        with timed() as t:
            for p in part:
                extract_quotes(p)
        print(f"  growth   {part_words:8,} words  {t['seconds']:6.2f}s  {part_words / t['seconds']:9,.0f} words/s")


def long_article_growth() -> None:
    """One article made of 1, 4 and 16 copies of the seeds: extraction should stay linear in length."""
    base = "\n\n".join(seed_texts())
    for copies in (1, 4, 16):
        text = "\n\n".join([base] * copies)
        [parsed] = list(parse_many([Article.create(outlet="long", title="t", text=text)]))
        seconds = []
        for _ in range(3):  # the best of three: one run of a long article catches collector pauses
            with timed() as t:
                extract_quotes(parsed)
            seconds.append(t["seconds"])
        print(f"  one article of {words(text):7,} words: extract {min(seconds):.3f}s "
              f"({words(text) / min(seconds):,.0f} words/s, best of 3)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--words", type=int, default=100_000)
    ap.add_argument("--polnear", default=str(SHARED / "data" / "polnear"))
    args = ap.parse_args()
    get_nlp()  # load outside the timing
    print(f"load average {os.getloadavg()[0]:.1f}")
    measure("seeds repeated", seed_articles(args.words))
    if os.path.isdir(args.polnear):
        measure("PolNeAR dev", polnear_articles(args.polnear))
    print("single long articles:")
    long_article_growth()


if __name__ == "__main__":
    main()
