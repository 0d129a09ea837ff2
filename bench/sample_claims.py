"""Print a seeded random sample of the claims the cross-check calls corroborated, for reading by hand.

Every Giveme5W1H event is one story (the gold grouping, as in `bench_crosscheck.py`); every claim in a
claim group carried by two or more independent sources is a candidate, and each sampled claim is shown
with up to three members of its group from other source families. The reader's question: does at least
one of them state the same fact? The verdicts of the last reading are in `bench/crosscheck-handcheck.md`.

    python bench/sample_claims.py [SEED] [--n 30]
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_crosscheck as bc  # noqa: E402

from storycheck.pipeline import publication_order  # noqa: E402


def corroborated_claims() -> list[tuple[str, int, int, str, list[str]]]:
    """(story, independent sources, group size, claim, the group's claims from other families)."""
    pairs = bc.load("giveme5w1h")
    parsed = bc.parsed_all("giveme5w1h", [a for a, _ in pairs])
    stories: dict[str, list] = {}
    for a, s in pairs:
        stories.setdefault(s, []).append(a)
    out = []
    for name in sorted(stories):
        brief = bc.brief_of(name, publication_order({a.id: a for a in stories[name]}.values()), parsed)
        claims = {c["id"]: c for c in brief["claims"]}
        family = {a["id"]: a["family"] for a in brief["articles"]}
        for g in brief["claim_groups"]:
            if g["independent_sources"] < 2:
                continue
            for cid in g["claims"]:
                c = claims[cid]
                others = [claims[o]["text"] for o in g["claims"]
                          if family[claims[o]["article"]] != family[c["article"]]]
                out.append((name, g["independent_sources"], len(g["claims"]), c["text"], others))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("seed", type=int, nargs="?", default=11)
    ap.add_argument("--n", type=int, default=30)
    args = ap.parse_args()
    found = corroborated_claims()
    print(len(found), "claims in corroborated groups")
    random.seed(args.seed)
    for k, (name, n, size, text, others) in enumerate(random.sample(found, min(args.n, len(found))), 1):
        print(f"{k:2}. {name} ({n} sources, group of {size})\n    * {text[:200]}")
        for t in others[:3]:
            print(f"      - {t[:200]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
