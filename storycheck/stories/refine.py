"""Batch mode's second look: split stories that are two events glued together.

A single pass decides once, on what it has seen so far. Its typical error is
the twin event (the same kind of event at another time or place: another DUI
arrest of a player of the same team, next year's emergency patch): when the
first report of the second twin arrives, the first twin's story is the best
match by far, and from then on every report of the second twin follows it.
Seen as a whole, such a story is two dense groups of articles that share only
the topic words; a real story is one group whose halves share their names too.

So batch mode cuts each story in two (spectral bisection of the graph of
article-to-article similarities, with document frequencies from the whole
corpus) and keeps the cut when both halves are real groups (at least
``split_min`` articles) and the halves are much less alike than each half is
in itself (mean cross similarity below ``split_ratio`` times the mean
similarity within the halves); the halves are looked at again in turn. Both
parameters, and the lower join threshold of the single pass that goes with
them, were chosen on ECB+ train+dev topics (:mod:`storycheck.stories.tune`).
The cost is quadratic in a story's size, so stories beyond ``split_max``
articles are left as they are.
"""

from __future__ import annotations

import math
from collections import Counter

import numpy as np
from scipy import sparse

from storycheck.stories.features import CHANNELS, ArticleKeys


def batch_vectors(keys: list[ArticleKeys], keys_per_channel: tuple[int, ...],
                  only: set[int] | None = None) -> dict[int, list[dict[str, float]]]:
    """Unit TF-IDF vectors per channel (position in ``keys`` -> vector), with document frequencies over the
    whole batch; ``only`` limits them to the positions that will be looked at."""
    from storycheck.stories.clusterer import weigh

    df = [Counter() for _ in CHANNELS]
    for k in keys:
        for c, channel in enumerate(CHANNELS):
            df[c].update(k.counts[channel].keys())
    n = len(keys)
    return {i: [weigh(k.counts[channel], df[c], n, keys_per_channel[c]) for c, channel in enumerate(CHANNELS)]
            for i, k in enumerate(keys) if only is None or i in only}


def batch_matrix(keys: list[ArticleKeys], keys_per_channel: tuple[int, ...],
                 channel_weights: tuple[float, ...]) -> sparse.csr_matrix:
    """The articles' unit TF-IDF vectors (document frequencies over the whole batch) as one sparse row each,
    the channels side by side, each scaled by the square root of its share of ``channel_weights``: the dot
    product of two rows is :func:`similarity` of the two articles. Keys become column numbers in order of
    first use, so the matrix does not depend on the hash seed."""
    from storycheck.stories.clusterer import weigh

    df = [Counter() for _ in CHANNELS]
    for k in keys:
        for c, channel in enumerate(CHANNELS):
            df[c].update(k.counts[channel].keys())
    n = len(keys)
    scale = [math.sqrt(w / sum(channel_weights)) for w in channel_weights]
    columns: dict[tuple[int, str], int] = {}
    rows, cols, data = [], [], []
    for i, k in enumerate(keys):
        for c, channel in enumerate(CHANNELS):
            for key, w in weigh(k.counts[channel], df[c], n, keys_per_channel[c]).items():
                rows.append(i)
                cols.append(columns.setdefault((c, key), len(columns)))
                data.append(w * scale[c])
    return sparse.csr_matrix((np.asarray(data, dtype=np.float64), (rows, cols)), shape=(n, len(columns)))


def similarity(a: list[dict[str, float]], b: list[dict[str, float]], channel_weights: tuple[float, ...]) -> float:
    """Channel-weighted cosine of two articles (exact sums: the hash seed cannot change it)."""
    total = 0.0
    for c, weights in enumerate(a):
        other = b[c]
        if len(other) < len(weights):
            weights, other = other, weights
        total += channel_weights[c] * math.fsum(w * other[k] for k, w in weights.items() if k in other)
    return total / sum(channel_weights)


def split(members: list[int], vectors: dict[int, list[dict[str, float]]], channel_weights: tuple[float, ...],
          ratio: float, min_size: int, max_size: int) -> list[list[int]]:
    """``members`` (indices into ``vectors``, in stream order) as one or more stories, each in stream order."""
    min_size = max(min_size, 2)  # a half needs an inner similarity to compare with
    done, todo = [], [members]
    while todo:
        group = todo.pop()
        small = not 2 * min_size <= len(group) <= max_size
        halves = None if small else _halves(group, vectors, channel_weights, ratio, min_size)
        if halves is None:
            done.append(group)
        else:
            todo.extend(halves)
    return sorted(done, key=lambda g: g[0])


def _halves(group, vectors, channel_weights, ratio, min_size):
    """The story's two halves if it is two events, else None.

    The cut is the sign of the Fiedler vector of the similarity graph (normalised spectral bisection,
    Shi & Malik 2000): unlike average link, which tends to peel off one odd article, it looks for the
    cut that leaves two balanced, dense groups."""
    n = len(group)
    sim = np.eye(n)
    for i in range(n):
        for j in range(i + 1, n):
            sim[i, j] = sim[j, i] = similarity(vectors[group[i]], vectors[group[j]], channel_weights)
    graph = np.clip(sim, 0.0, None)
    np.fill_diagonal(graph, 0.0)
    degree = np.maximum(graph.sum(axis=1), 1e-9)
    scale = 1.0 / np.sqrt(degree)
    laplacian = np.eye(n) - graph * np.outer(scale, scale)
    fiedler = np.linalg.eigh(laplacian)[1][:, 1] * scale
    if fiedler[np.argmax(np.abs(fiedler))] < 0:  # an eigenvector's sign is arbitrary: fix it
        fiedler = -fiedler
    a = [i for i in range(n) if fiedler[i] >= 0]
    b = [i for i in range(n) if fiedler[i] < 0]
    if min(len(a), len(b)) < min_size:
        return None
    if _contrast(sim, a, b) >= ratio:
        return None
    return [group[i] for i in a], [group[i] for i in b]


def _contrast(sim: np.ndarray, a: list[int], b: list[int]) -> float:
    """Mean similarity across the halves over the mean similarity within them (a lone article has none)."""
    within = [_mean_off_diagonal(sim[np.ix_(h, h)]) for h in (a, b) if len(h) > 1]
    if not within or sum(within) <= 0:
        return 1.0
    return float(sim[np.ix_(a, b)].mean() / (sum(within) / len(within)))


def _mean_off_diagonal(block: np.ndarray) -> float:
    n = len(block)
    return float((block.sum() - np.trace(block)) / (n * (n - 1)))
