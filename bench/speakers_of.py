"""Who each quote is given to, in a fixed sample of Giveme5W1H texts, and what changed between two runs.

PolNeAR scores speaker spans, not whom a span names, so changes to speaker resolution are measured by reading:
run this before and after a change, diff, and read every changed attribution against its article.

    python bench/speakers_of.py OUT.jsonl              # the first 150 texts of a seeded shuffle
    python bench/speakers_of.py --diff OLD.jsonl NEW.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import SHARED  # noqa: E402

from storycheck.nlp.pipeline import parse  # noqa: E402
from storycheck.quotes import extract_quotes  # noqa: E402
from storycheck.stories.evaluate import load  # noqa: E402


def sample(out: str, size: int = 150, seed: int = 5) -> None:
    articles = load(str(SHARED / "data" / "giveme5w1h" / "docs.jsonl"))
    random.Random(seed).shuffle(articles)
    with open(out, "w", encoding="utf-8") as f:
        for article in articles[:size]:
            for q in extract_quotes(parse(article)):
                row = [article.id, q.start, q.end, q.speaker.text if q.speaker else None, q.speaker_canonical,
                       q.text[:80]]
                f.write(json.dumps(row) + "\n")


def diff(old: str, new: str) -> None:
    def rows(path: str) -> dict:
        return {tuple(r[:3]): r for r in map(json.loads, open(path, encoding="utf-8"))}

    before, after = rows(old), rows(new)
    changed = [k for k in sorted(before.keys() & after.keys()) if before[k][4] != after[k][4]]
    print(f"{len(before)} / {len(after)} quotes, {len(before.keys() ^ after.keys())} not in both, "
          f"{len(changed)} speakers changed")
    for k in changed:
        print(f"{k[0]} {k[1]}-{k[2]} [{before[k][3]}] {before[k][4]!r} -> {after[k][4]!r}: {before[k][5]!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="+", help="OUT.jsonl, or OLD.jsonl NEW.jsonl with --diff")
    parser.add_argument("--diff", action="store_true")
    args = parser.parse_args()
    if args.diff:
        diff(*args.paths)
    else:
        sample(args.paths[0])


if __name__ == "__main__":
    main()
