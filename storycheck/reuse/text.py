"""Word tokens with offsets, and which of them lie inside quotations.

Reuse is found over word tokens (case-folded), never over characters, so that
spacing, punctuation and typography differences between outlets do not hide a
copy. Every token keeps its character span, so a reused passage can be cited by
offsets into :attr:`Article.text`.

A token is *quoted* when it lies inside a quotation span. Two outlets that carry
the same speaker's words report the same statement; such passages never make a
reuse link on their own.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

WORD = re.compile(r"\w+(?:['’]\w+)*")
SENTENCE_END = re.compile(r"[.!?\n]")


@dataclass
class Tokens:
    """The words of one text: normalised forms, character spans, and a quoted flag per token."""

    words: list[str]
    starts: list[int]
    ends: list[int]
    quoted: list[bool]
    sentence_starts: list[int]  # token indices that begin a sentence (after . ! ? or a line break)

    def __len__(self) -> int:
        return len(self.words)

    def unquoted(self) -> list[str]:
        return [w for w, q in zip(self.words, self.quoted) if not q]

    def unquoted_sentences(self) -> list[str]:
        """Each sentence as its words joined by spaces, leaving out sentences mostly inside quotations."""
        bounds = [*self.sentence_starts, len(self.words)]
        sentences = []
        for s, e in zip(bounds, bounds[1:]):
            if e > s and sum(self.quoted[s:e]) * 2 <= e - s:
                sentences.append(" ".join(self.words[s:e]))
        return sentences


def tokenize(text: str, quote_spans=()) -> Tokens:
    matches = list(WORD.finditer(text))
    starts = [m.start() for m in matches]
    ends = [m.end() for m in matches]
    words = [m.group().casefold().replace("’", "'") for m in matches]
    return Tokens(words, starts, ends, quoted_mask(starts, quote_spans), sentence_starts(text, starts))


def sentence_starts(text: str, starts: list[int]) -> list[int]:
    """Indices of the tokens that come first after a sentence end (and of the first token)."""
    found = [0] if starts else []
    k = 0
    for boundary in SENTENCE_END.finditer(text):
        k = bisect_right(starts, boundary.start(), lo=k)
        if k < len(starts) and found[-1] != k:
            found.append(k)
    return found


def quoted_mask(starts: list[int], quote_spans) -> list[bool]:
    """For each token start, whether it lies inside one of ``quote_spans``."""
    merged: list[list[int]] = []
    for s, e in sorted((s, e) for s, e in quote_spans if e > s):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    span_starts = [s for s, _ in merged]
    mask = []
    for pos in starts:
        k = bisect_right(span_starts, pos) - 1
        mask.append(k >= 0 and pos < merged[k][1])
    return mask


def quote_spans(text: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` between quotation marks, found by the quotes stage's mark scanner."""
    from storycheck.quotes.marks import find_quoted

    return [(q.start, q.end) for q in find_quoted(text)]


def embedded_posts(text: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` that are social-media posts embedded in the page, with their signatures
    (:mod:`storycheck.quotes.posts`). Like a quotation, a post is its author's words: two outlets that embed
    one post have not copied each other."""
    from storycheck.quotes.posts import embedded_posts as posts

    return [(post.start, post.signature_end) for post in posts(text)]
