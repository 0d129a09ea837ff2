"""Helpers shared by the benchmark scripts: corpora from ../shared, timing, memory."""

from __future__ import annotations

import json
import resource
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def seed_texts() -> list[str]:
    return [p.read_text("utf-8") for p in sorted((SHARED / "seeds").glob("*.txt"))]


def seed_articles(target_words: int):
    """The seeds repeated (each copy its own outlet, so its own article id) until ``target_words`` words."""
    from storycheck.model import Article

    seeds = seed_texts()
    out, total, i = [], 0, 0
    while total < target_words:
        text = seeds[i % len(seeds)]
        out.append(Article.create(outlet=f"copy{i}", title="t", text=text))
        total += words(text)
        i += 1
    return out


def corpus_texts() -> list[dict]:
    """Real articles from the shared corpora (Giveme5W1H and ECB+), as dicts with text/title/published."""
    rows = []
    for name in ("giveme5w1h", "ecbplus"):
        with open(SHARED / "data" / name / "docs.jsonl", encoding="utf-8") as f:
            rows.extend(json.loads(line) for line in f if line.strip())
    return rows


def words(text: str) -> int:
    return len(text.split())


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@contextmanager
def timed():
    box = {}
    start = time.perf_counter()
    yield box
    box["seconds"] = time.perf_counter() - start
