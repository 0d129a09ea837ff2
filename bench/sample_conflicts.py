"""Print a seeded random sample of the conflicts `bench_crosscheck.py --conflicts FILE` wrote, for reading by hand.

    python bench/sample_conflicts.py FILE SEED [--n 20]

Each conflict is shown with its values, citations and sentences; the verdicts of the last reading are in
bench/crosscheck-handcheck.md.
"""

from __future__ import annotations

import argparse
import json
import random


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file")
    ap.add_argument("seed", type=int)
    ap.add_argument("--n", type=int, default=20)
    args = ap.parse_args()
    with open(args.file, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    for n, i in enumerate(random.Random(args.seed).sample(range(len(rows)), min(args.n, len(rows))), 1):
        row = rows[i]
        print(f"=== #{n} (line {i}) {row['corpus']} story={row['story']} kind={row['kind']}: {row['explanation']}")
        for v in row["values"]:
            print(f"   [{v.get('value')}] {v.get('outlet')} {v['article'][:8]}:{v['start']}-{v['end']} text={v['text']!r}")
            sentence = v.get("sentence")
            if isinstance(sentence, dict):
                print("        S:", " ".join(sentence["text"].split()))


if __name__ == "__main__":
    main()
