"""Source families: articles joined by copying or rewriting count as one source.

A family is a connected group under copy/rewrite links of whole texts
(verbatim, light, heavy; independent pairs join nothing). A ``partial`` link
(one passage taken into an otherwise own report, often a wire agency's
background paragraph) joins no family: the cross-check counts what stands in
that passage as the source's, and the rest of the report as its own. Its original is the
article no family member was found to take from, when the links' known
directions single one out; otherwise it is ``None`` (unknown), never a guess.
Articles without any link form families of one.

The original is the earliest member the links point back to, which is not
always the text's true origin: two outlets that both run one wire story
unchanged look like a copy of the earlier of them. The family is right either
way (one source, not two); only the name of its original may be a stand-in.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from storycheck.model import Article, ReuseLink
from storycheck.unionfind import DisjointSet

JOINING_KINDS = {"verbatim", "light", "heavy"}


@dataclass
class Family:
    id: str
    article_ids: list[str]
    original_id: str | None = None
    links: list[ReuseLink] = field(default_factory=list)


def source_families(links: list[ReuseLink], articles: list[Article]) -> list[Family]:
    """The families of ``articles`` (every article is in exactly one), largest first."""
    order = {a.id: i for i, a in enumerate(articles)}
    sets = DisjointSet(a.id for a in articles)
    joining = [link for link in links if link.kind in JOINING_KINDS
               and link.source_id in order and link.target_id in order]
    for link in joining:
        later, earlier = sorted((sets.find(link.source_id), sets.find(link.target_id)), key=order.get, reverse=True)
        sets.union(later, earlier)  # a family is named after its earliest article
    families = []
    for ids in sets.groups().values():
        inside = set(ids)
        own = [link for link in joining if link.source_id in inside]
        families.append(Family(id=f"family-{ids[0]}", article_ids=ids, original_id=family_original(ids, own), links=own))
    families.sort(key=lambda f: (-len(f.article_ids), order[f.article_ids[0]]))
    return families


def family_original(ids: list[str], links: list[ReuseLink]) -> str | None:
    """The one member of a family (``ids``) that is no target of a known copy or rewrite among its members,
    or ``None`` when the links' directions single out no one (or several: a stand-in would be a guess).
    ``links`` may hold any links; only whole-text ones inside the family count."""
    inside = set(ids)
    taking = {link.target_id for link in links if link.direction == "known" and link.kind in JOINING_KINDS
              and link.source_id in inside and link.target_id in inside}
    candidates = [i for i in ids if i not in taking]
    return candidates[0] if len(candidates) == 1 else None
