"""Clustering scores: B-cubed (Bagga & Baldwin 1998) and pairwise precision/recall.

B-cubed averages, over articles, how much of an article's predicted story
shares its gold story (precision) and how much of its gold story it was put
with (recall); pairwise counts pairs of articles put together. Both take two
dicts from item to label and ignore items that only one of them knows.
"""

from __future__ import annotations

from collections import Counter
from typing import Hashable, Mapping


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _common(predicted: Mapping, gold: Mapping) -> list:
    return [item for item in gold if item in predicted]


def bcubed(predicted: Mapping[Hashable, Hashable], gold: Mapping[Hashable, Hashable]) -> dict[str, float]:
    items = _common(predicted, gold)
    if not items:
        return {"p": 0.0, "r": 0.0, "f1": 0.0}
    both = Counter((predicted[i], gold[i]) for i in items)
    pred_size = Counter(predicted[i] for i in items)
    gold_size = Counter(gold[i] for i in items)
    p = sum(n * n / pred_size[pc] for (pc, _), n in both.items()) / len(items)
    r = sum(n * n / gold_size[gc] for (_, gc), n in both.items()) / len(items)
    return {"p": p, "r": r, "f1": _f1(p, r)}


def pairwise(predicted: Mapping[Hashable, Hashable], gold: Mapping[Hashable, Hashable]) -> dict[str, float]:
    items = _common(predicted, gold)

    def pairs(counts) -> int:
        return sum(n * (n - 1) // 2 for n in counts.values())

    together = pairs(Counter((predicted[i], gold[i]) for i in items))
    pred_pairs = pairs(Counter(predicted[i] for i in items))
    gold_pairs = pairs(Counter(gold[i] for i in items))
    p = together / pred_pairs if pred_pairs else 1.0
    r = together / gold_pairs if gold_pairs else 1.0
    return {"p": p, "r": r, "f1": _f1(p, r)}
