"""Batch mode's third look: join stories that are one event told apart.

The single pass decides on what it has seen so far, with document
frequencies from the first articles only, and an article worded unlike the
first reports (another outlet, a long web page) opens a story of its own;
later reports that resemble it follow it there. Seen as a whole, such
stories are as alike as the articles within each of them.

That is the split pass's test turned round. The split pass cuts a story in
two when the mean similarity across the halves is below ``split_ratio`` times
the mean similarity within them; the merge pass joins two stories when the
mean similarity across them (average link, document frequencies from the
whole batch) is at least ``merge_ratio`` times the mean similarity within
them, the most alike pair first, again and again. A ratio, not an absolute
similarity, because long texts share a smaller part of their words than
short ones: every similarity of a corpus of long web pages is lower, the
ratio is not. A story of one article has no inner similarity; it is measured
against the other story's, or, for two lone articles, against the typical
inner similarity of the batch's stories.

The cross similarity is multiplied by the single pass's time decay over the
gap between the two stories' spans, and a gap beyond ``close_days`` vetoes
the join: a story of 2009 never joins one of 2022, whatever their words.
``merge_ratio`` was chosen on ECB+ train+dev topics
(:mod:`storycheck.stories.tune`); ECB+ has no dates, so the time veto is
argued, not tuned. The user's own merges and splits are replayed after batch
mode (:mod:`storycheck.stories.edits`), so this pass cannot undo them.

Candidate pairs come from a sparse product of the stories' mean vectors (an
inverted index over their keys): stories that share no key are never scored.
"""

from __future__ import annotations

import heapq
import math
from datetime import datetime
from typing import Callable

import numpy as np
from scipy import sparse


def merge(groups: list[list[int]], matrix: sparse.csr_matrix, ratio: float, dates: list[datetime | None],
          time_factor: Callable[[float], float], horizon_days: float = math.inf) -> list[list[int]]:
    """``groups`` (lists of row numbers of ``matrix``, in stream order) after agglomeration, in stream order.

    ``matrix`` holds one TF-IDF row per article whose dot products are article similarities
    (:meth:`storycheck.stories.refine.KeyTable.matrix`); ``time_factor(gap_days)`` weighs a cross similarity
    across a gap in time (0 vetoes); stories more than ``horizon_days`` apart are not even compared."""
    k = len(groups)
    if k < 2:
        return groups
    matrix = matrix.tocsr()
    self_sim = np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel()
    member = sparse.csr_matrix((np.ones(sum(map(len, groups))),
                                (np.repeat(np.arange(k), [len(g) for g in groups]), np.concatenate(groups))),
                               shape=(k, matrix.shape[0]))
    all_sums = (member @ matrix).tocsr()  # summed article vectors, a row per story
    sums = [all_sums[i] for i in range(k)]
    members = [list(g) for g in groups]
    selfs = [float(self_sim[g].sum()) for g in groups]
    spans = [_span(g, dates) for g in groups]
    # spans as numbers of days, for the window of stories a story can be compared with (undated: any)
    first, last = (np.array(column, dtype=float) for column in zip(*map(_days, spans)))

    def window(i: int) -> np.ndarray:
        return (first <= last[i] + horizon_days) & (last >= first[i] - horizon_days)

    def inner(i: int) -> float | None:
        """Mean similarity of the story's article pairs (None for a lone article)."""
        n = len(members[i])
        if n < 2:
            return None
        return (float(sums[i].multiply(sums[i]).sum()) - selfs[i]) / (n * (n - 1))

    within = [inner(i) for i in range(k)]
    known = [w for w in within if w is not None and w > 0]
    typical = sum(known) / len(known) if known else 1.0

    def score(a: int, b: int, cross: float) -> float:
        ref = [w for w in (within[a], within[b]) if w is not None and w > 0]
        scale = sum(ref) / len(ref) if ref else typical
        return cross * _time_factor(spans[a], spans[b], time_factor) / scale

    sizes = sparse.diags(1.0 / np.array([len(g) for g in groups]))
    means = (sizes @ all_sums).tocsr()  # mean article vector, a row per story
    del all_sums
    heap = []
    for start in range(0, k, 256):  # a block of stories against the later ones in its window
        block = np.arange(start, min(k, start + 256))
        near = np.flatnonzero((first <= last[block].max() + horizon_days) &
                              (last >= first[block].min() - horizon_days))
        near = near[near > start]
        if not len(near):
            continue
        crosses = (means[block] @ means[near].T).tocoo()
        for i, j, cross in zip(crosses.row.tolist(), crosses.col.tolist(), crosses.data.tolist()):
            a, b = start + i, int(near[j])
            if a < b and cross > 0 and (s := score(a, b, cross)) >= ratio:
                heap.append((-s, a, b, 0, 0))
    heapq.heapify(heap)  # ties go by story number: deterministic
    version = [0] * k
    live = np.ones(k, dtype=bool)
    changed: dict[int, sparse.csr_matrix] = {}  # current mean rows of stories that changed since `means` was built
    while heap:
        _, a, b, va, vb = heapq.heappop(heap)
        if not (live[a] and live[b]) or (va, vb) != (version[a], version[b]):
            continue  # one of the two has changed or gone since this pair was scored
        members[a] = sorted(members[a] + members[b])  # b joins a
        sums[a] = sums[a] + sums[b]
        selfs[a] += selfs[b]
        spans[a] = _join(spans[a], spans[b])
        first[a], last[a] = _days(spans[a])
        within[a] = inner(a)
        live[b] = False
        changed.pop(b, None)
        version[a] += 1
        mean = changed[a] = sums[a] / len(members[a])
        others = np.flatnonzero(live & window(a))
        others = others[others != a]
        if len(others):
            crosses = (means[others] @ mean.T).toarray().ravel()
            for n, other in enumerate(others.tolist()):
                if other in changed:  # `means` holds an old row for it
                    crosses[n] = changed[other].multiply(mean).sum()
            for other, cross in zip(others.tolist(), crosses.tolist()):
                if cross > 0 and (s := score(a, other, cross)) >= ratio:
                    x, y = min(a, other), max(a, other)
                    heapq.heappush(heap, (-s, x, y, version[x], version[y]))
        if len(changed) > 64:  # fold the changed rows in now and then: one at a time would copy the matrix
            means = _replace_rows(means, changed)
            changed.clear()
    return sorted((members[i] for i in np.flatnonzero(live).tolist()), key=lambda g: g[0])


def _replace_rows(matrix: sparse.csr_matrix, rows: dict[int, sparse.csr_matrix]) -> sparse.csr_matrix:
    """``matrix`` with the given rows replaced, in a few sparse operations whatever its height."""
    at = sorted(rows)
    place = sparse.csr_matrix((np.ones(len(at), dtype=matrix.dtype), (at, np.arange(len(at)))),
                              shape=(matrix.shape[0], len(at)))
    delta = sparse.vstack([rows[i] for i in at]).tocsr() - matrix[at]
    out = (matrix + place @ delta).tocsr()
    out.eliminate_zeros()
    return out


def _span(group: list[int], dates: list[datetime | None]):
    known = [dates[i] for i in group if dates[i] is not None]
    return (min(known), max(known)) if known else None


def _days(span) -> tuple[float, float]:
    """A story's span in days, for the window of stories it can be compared with (undated: any)."""
    return (span[0].timestamp() / 86400, span[1].timestamp() / 86400) if span else (-np.inf, np.inf)


def _join(a, b):
    if a is None or b is None:
        return a or b
    return min(a[0], b[0]), max(a[1], b[1])


def _time_factor(a, b, time_factor: Callable[[float], float]) -> float:
    """``time_factor`` of the days between two spans (no gap when they overlap); 1 if either is undated."""
    if a is None or b is None:
        return 1.0
    gap = max((b[0] - a[1]).total_seconds(), (a[0] - b[1]).total_seconds(), 0.0) / 86400
    return time_factor(gap)
