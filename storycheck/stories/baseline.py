"""The yardstick: plain TF-IDF vectors, cosine distance, average-link clustering.

It sees the whole corpus at once (no stream, no time, no names), and its one
parameter, the distance at which to cut the dendrogram, is chosen on a dev
part. Whatever the streaming clusterer scores must be read beside it.
"""

from __future__ import annotations

from typing import Mapping, Sequence

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import pdist
from sklearn.feature_extraction.text import TfidfVectorizer

from storycheck.model import Article
from storycheck.stories.metrics import bcubed

THRESHOLDS = [round(0.50 + 0.01 * i, 2) for i in range(50)]  # cosine distances tried on dev


def _linkage(articles: Sequence[Article]) -> np.ndarray | None:
    if len(articles) < 2:
        return None
    texts = [f"{a.title}\n{a.text}" for a in articles]
    vectors = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(texts)
    return linkage(pdist(vectors.toarray(), metric="cosine"), method="average")


def _cut(articles: Sequence[Article], tree: np.ndarray | None, distance: float) -> dict[str, int]:
    if tree is None:
        return {a.id: 0 for a in articles}
    labels = fcluster(tree, t=distance, criterion="distance")
    return {a.id: int(label) for a, label in zip(articles, labels)}


def average_link(articles: Sequence[Article], distance: float) -> dict[str, int]:
    """Article id -> cluster number, cutting the average-link tree at ``distance``."""
    return _cut(articles, _linkage(articles), distance)


def choose_distance(articles: Sequence[Article], gold: Mapping[str, str]) -> float:
    """The cut distance with the best B-cubed F1 on ``articles`` (the smallest such, for ties)."""
    tree = _linkage(articles)
    scored = [(bcubed(_cut(articles, tree, d), gold)["f1"], -d) for d in THRESHOLDS]
    return -max(scored)[1]
