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

import numpy as np
from scipy import sparse

from storycheck.stories.features import CHANNELS, ArticleKeys


class KeyTable:
    """Every article's keys, kept for the passes after the single pass, in little memory.

    An :class:`ArticleKeys` is three Counters of strings (some 100 bytes a key); a batch of 100,000 articles
    held that way needed 1.4 GB. Here an article is an array of column numbers and one of counts (8 bytes a
    key), and each key string is held once, in :attr:`keys`. Columns are numbered in order of first use, so
    nothing depends on the hash seed."""

    def __init__(self) -> None:
        self.columns: dict[tuple[int, str], int] = {}
        self.keys: list[tuple[int, str]] = []  # column -> (channel, key)
        self._ids: list[np.ndarray] = []
        self._counts: list[np.ndarray] = []

    def __len__(self) -> int:
        return len(self._ids)

    def add(self, keys: ArticleKeys) -> None:
        ids, counts = [], []
        for c, channel in enumerate(CHANNELS):
            for key, count in keys.counts[channel].items():
                column = self.columns.get((c, key))
                if column is None:
                    column = self.columns[(c, key)] = len(self.keys)
                    self.keys.append((c, key))
                ids.append(column)
                counts.append(count)
        self._ids.append(np.asarray(ids, dtype=np.int32))
        self._counts.append(np.asarray(counts, dtype=np.float32))

    def matrix(self, keys_per_channel: tuple[int, ...], channel_weights: tuple[float, ...]) -> sparse.csr_matrix:
        """The articles' unit TF-IDF vectors (document frequencies over the whole batch, each channel cut to
        its ``keys_per_channel`` strongest keys as :func:`storycheck.stories.clusterer.weigh` does) as one
        sparse row each, the channels side by side, each scaled by the square root of its share of
        ``channel_weights``: the dot product of two rows is the channel-weighted similarity of two articles.
        Weights are stored as float32 (half the memory; 7 significant digits are plenty for a cosine)."""
        n, width = len(self._ids), len(self.keys)
        channel = np.fromiter((c for c, _ in self.keys), dtype=np.int8, count=width)
        df = np.bincount(np.concatenate(self._ids), minlength=width) if n else np.zeros(width)
        idf = math.log(n + 1) - np.log(df + 1.0) + 1.0
        scale = np.sqrt(np.asarray(channel_weights, dtype=np.float64) / sum(channel_weights))
        rank = np.empty(width, dtype=np.int64)  # ties go by the key, as in weigh()
        rank[sorted(range(width), key=self.keys.__getitem__)] = np.arange(width)
        indptr, indices, data = [0], [], []
        for ids, counts in zip(self._ids, self._counts):
            weights = (1.0 + np.log(counts.astype(np.float64))) * idf[ids]
            size = 0
            for c, cap in enumerate(keys_per_channel):
                mine = np.flatnonzero(channel[ids] == c)
                if len(mine) > cap:
                    mine = mine[np.lexsort((rank[ids[mine]], -weights[mine]))[:cap]]
                w = weights[mine]
                norm = math.sqrt(float(w @ w)) or 1.0
                indices.append(ids[mine])
                data.append((w * (scale[c] / norm)).astype(np.float32))
                size += len(mine)
            indptr.append(indptr[-1] + size)
        out = sparse.csr_matrix((np.concatenate(data) if data else np.zeros(0, np.float32),
                                 np.concatenate(indices) if indices else np.zeros(0, np.int32),
                                 np.asarray(indptr, dtype=np.int64)), shape=(n, width))
        out.sort_indices()
        return out

    def free(self) -> None:
        """Drop the counts and the key lookup: the later passes need only the matrix and :attr:`keys`."""
        self._ids, self._counts, self.columns = [], [], {}


def batch_matrix(keys, keys_per_channel: tuple[int, ...], channel_weights: tuple[float, ...]) -> sparse.csr_matrix:
    """:meth:`KeyTable.matrix` of some articles' :class:`ArticleKeys`."""
    table = KeyTable()
    for k in keys:
        table.add(k)
    return table.matrix(keys_per_channel, channel_weights)


def split(members: list[int], matrix: sparse.csr_matrix, ratio: float, min_size: int,
          max_size: int) -> list[list[int]]:
    """``members`` (rows of :func:`batch_matrix`, in stream order) as one or more stories, each in stream order."""
    min_size = max(min_size, 2)  # a half needs an inner similarity to compare with
    done, todo = [], [members]
    while todo:
        group = todo.pop()
        small = not 2 * min_size <= len(group) <= max_size
        halves = None if small else _halves(group, matrix, ratio, min_size)
        if halves is None:
            done.append(group)
        else:
            todo.extend(halves)
    return sorted(done, key=lambda g: g[0])


def _halves(group, matrix, ratio, min_size):
    """The story's two halves if it is two events, else None.

    The cut is the sign of the Fiedler vector of the similarity graph (normalised spectral bisection,
    Shi & Malik 2000): unlike average link, which tends to peel off one odd article, it looks for the
    cut that leaves two balanced, dense groups."""
    n = len(group)
    rows = matrix[group].astype(np.float64)
    sim = (rows @ rows.T).toarray()
    np.fill_diagonal(sim, 1.0)
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
