"""Union-find: pairwise links (a copy, the same quote, claim or quantity) become connected groups.

Used by reuse (source families) and the cross-check (quote, claim and number groups, independent
sources), which all turn "these two belong together" into "these are the groups".
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)


class DisjointSet(Generic[K]):
    """Groups over ``items``; :meth:`union` links two, :meth:`groups` lists the connected groups."""

    def __init__(self, items: Iterable[K]):
        self.parent: dict[K, K] = {x: x for x in items}

    def find(self, x: K) -> K:
        """The representative of ``x``'s group (path halving keeps the trees flat)."""
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, x: K, keep: K) -> K:
        """Join the groups of ``x`` and ``keep``; ``keep``'s representative stays the representative."""
        root = self.find(keep)
        self.parent[self.find(x)] = root
        return root

    def groups(self) -> dict[K, list[K]]:
        """Representative -> members; members and groups in the order the items were given."""
        out: dict[K, list[K]] = {}
        for x in self.parent:
            out.setdefault(self.find(x), []).append(x)
        return out
