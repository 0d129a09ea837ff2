"""The reuse classifier: extremely randomised trees over the alignment measures.

Trained on the Clough & Stevenson corpus (cut / light / heavy / non), whose
categories are the reuse levels a news copy shows too; the measures are
shares and ratios, not counts, so they carry over from 200-word answers to
news articles. ``python -m storycheck.reuse.train`` rebuilds the shipped
model (``classifier.json``) from ``../shared/data/clough-stevenson``;
here the trees are only evaluated, with plain Python, so running storycheck
needs neither scikit-learn nor pickles.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

MODEL_PATH = Path(__file__).parent / "classifier.json"
CATEGORIES = ["cut", "light", "heavy", "non"]


def new_estimator():
    """The model used in evaluation folds and for the shipped classifier alike."""
    from sklearn.ensemble import ExtraTreesClassifier

    return ExtraTreesClassifier(n_estimators=100, min_samples_leaf=2, random_state=0)


def export(estimator, feature_names: list[str]) -> dict:
    """A fitted forest as plain lists (one dict per tree)."""
    order = [list(estimator.classes_).index(c) for c in CATEGORIES]
    trees = []
    for tree in (e.tree_ for e in estimator.estimators_):
        values = tree.value[:, 0, :]
        values = values / values.sum(axis=1, keepdims=True)
        trees.append({
            "left": tree.children_left.tolist(),
            "right": tree.children_right.tolist(),
            "feature": tree.feature.tolist(),
            "threshold": [round(float(t), 6) for t in tree.threshold],
            "value": [[round(float(v[i]), 4) for i in order] for v in values],
        })
    return {"categories": CATEGORIES, "features": feature_names, "trees": trees}


class Forest:
    """Class probabilities from an exported forest."""

    def __init__(self, data: dict):
        self.categories = data["categories"]
        self.features = data["features"]
        self.trees = data["trees"]

    def probabilities(self, vector: list[float]) -> dict[str, float]:
        totals = [0.0] * len(self.categories)
        for tree in self.trees:
            node = 0
            while tree["left"][node] != -1:
                branch = "left" if vector[tree["feature"][node]] <= tree["threshold"][node] else "right"
                node = tree[branch][node]
            totals = [t + v for t, v in zip(totals, tree["value"][node])]
        return {c: t / len(self.trees) for c, t in zip(self.categories, totals)}

    def predict(self, vector: list[float]) -> str:
        probabilities = self.probabilities(vector)
        return max(probabilities, key=probabilities.get)


@lru_cache(maxsize=1)
def shipped() -> Forest:
    return Forest(json.loads(MODEL_PATH.read_text("utf-8")))
