"""Reuse: which articles copy or rewrite which, passage by passage, and the source families they form.

Copies are not independent corroboration: a claim carried by five copies of
one report has one source. :class:`ReuseIndex` finds candidate pairs through
an inverted index of word shingles, aligns each pair into passages and
classifies it (verbatim, light, heavy, partial or independent); quotations
the two articles share never link them on their own. :func:`source_families`
groups linked articles.
"""

from storycheck.reuse.families import Family, source_families
from storycheck.reuse.index import ReuseIndex, find_reuse

__all__ = ["ReuseIndex", "find_reuse", "source_families", "Family"]
