"""How many independent sources a set of statements has.

Independence is counted by publisher (``storycheck.outlets.publisher``), not by outlet name: ``usa.chinadaily.com.cn``
and ``chinadaily.com.cn`` are one newspaper, and a story they both carry is not corroborated by it. And it is
counted per statement: two papers that both reprint one wire story are one source for the wire's words, but
each paper's own reporting stays its own (:func:`count_independent`). What a paper ran of a wire story counts
as the wire's words, not the paper's (``analysis._voices``), so a paper that ran two wires does not make them one.
"""

from __future__ import annotations

from collections.abc import Iterable

from storycheck.unionfind import DisjointSet


def count_independent(sources: Iterable[tuple[str, str]]) -> int:
    """How many independent sources a set of statements has, each given as (reuse family, publisher):
    two statements are one source when they share a family (one copied the other, or both a third) or a
    publisher, directly or through others of the set. Counted per set, not per story: a wire story the
    New York Times and the Washington Post both reprint ties the two papers together for the wire's words,
    not for a statement each of them reported itself (linking publishers through families over the whole
    story did that). Over all of a story's articles it is the story's count of independent sources.

    It is cautious, not monotone: given as (family, publisher that ran it), the Post's copy of a wire story
    and the Times' own report are two, but add the Times' copy and they are one. The cross-check therefore
    gives a copy the publisher whose words it carries (``analysis._voices``: the wire's), not the paper's."""
    pairs = list(sources)
    sets = DisjointSet(range(len(pairs)))
    first: dict[tuple[str, str], int] = {}
    for i, (family, publisher_name) in enumerate(pairs):
        sets.union(i, first.setdefault(("family", family), i))
        sets.union(i, first.setdefault(("publisher", publisher_name), i))
    return len(sets.groups())
