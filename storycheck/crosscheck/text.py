"""Small text helpers the cross-check modules share: content lemmas, IDF weights, spans.

Kept apart so that claims, numbers and quotes weigh words the same way: a word
that every article of the story uses ("Russia", "said") tells little about
whether two sentences say the same thing; a rare one ("Chernobyl") tells a lot.
"""

from __future__ import annotations

import math
from collections import Counter
from typing import Iterable

from spacy.tokens import Span as SpacySpan

from storycheck.quotes.marks import with_partners

CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ", "NUM", "ADV"}
LIGHT_LEMMAS = {"be", "have", "do", "say", "also", "then", "so", "just", "now", "still", "even", "only", "very",
                "not", "n't", "would", "will", "can", "could", "may", "might", "must", "should"}
NEGATIONS = {"not", "n't", "no", "never", "neither", "nor", "none", "nobody", "nothing"}
# verbs that report a statement as untrue: "Mohammed denied that the girls were exchanged" ("rejected" and
# "contradicted" mostly take things, not statements: "the Senate rejected the bill")
DENIALS = {"deny", "dispute", "refute", "rebut"}


def content_lemmas(tokens: Iterable) -> list[str]:
    """Lower-cased lemmas of the words that carry content (nouns, verbs, adjectives, numbers, adverbs)."""
    out = []
    for t in tokens:
        if t.pos_ not in CONTENT_POS or t.is_punct or t.is_space:
            continue
        lemma = t.lemma_.lower()
        if lemma in LIGHT_LEMMAS or len(lemma) < 2:
            continue
        out.append(lemma)
    return out


def negated(tokens: Iterable) -> bool:
    return any(t.lower_ in NEGATIONS or t.lemma_.lower() in DENIALS for t in tokens)


class Idf:
    """Inverse document frequency over a story's sentences (documents = bags of lemmas)."""

    def __init__(self, bags: Iterable[Iterable[str]]):
        self.df: Counter[str] = Counter()
        self.n = 0
        for bag in bags:
            self.n += 1
            self.df.update(set(bag))

    def __call__(self, lemma: str) -> float:
        return math.log((1 + self.n) / (1 + self.df.get(lemma, 0))) + 1.0

    def overlap(self, a: Iterable[str], b: Iterable[str]) -> float:
        """IDF-weighted overlap of two lemma bags, relative to the smaller: 0..1."""
        sa, sb = set(a), set(b)
        if not sa or not sb:
            return 0.0
        shared = sum(self(x) for x in sa & sb)
        return shared / min(sum(self(x) for x in sa), sum(self(x) for x in sb))


def trimmed(span: SpacySpan) -> SpacySpan:
    """The span without leading/trailing punctuation, white space, conjunctions and quote marks (but a
    quotation mark whose partner the span holds stays)."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].is_punct or doc[start].is_space or doc[start].dep_ in ("cc", "mark")
                           or doc[start].is_quote):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].is_quote
                           or doc[end - 1].dep_ == "cc"):
        end -= 1
    # a mark whose partner stays inside stays too: "reported [“significant shelling” near Chernihiv]"
    return with_partners(doc[start:end])
