"""Parse helpers the quotation rules share: an article's quotations by offset, phrase edges, a verb's place.

:class:`_Quotations` finds an article's quoted pieces once and answers which of them holds, overlaps or lies
within a stretch of text (:func:`_quotations_of` caches it per text, :func:`_inside_marks` asks it of one
token); :func:`_phrase` cuts a noun phrase as PolNeAR marks a source, :func:`_trim` a token range's spaces
and separating punctuation; :func:`_without_subject` and :func:`_opens_sentence` tell a verb with no subject
that opens its sentence, as commands and fronted speakers ("Say the organisers: ...") do. They decide no
attribution themselves, which is why every other module of the rules may use them.
"""

from __future__ import annotations

import bisect
from functools import lru_cache

from spacy.tokens import Doc, Span as SpacySpan, Token

from storycheck.quotes.cuemodel import SUBJECTS
from storycheck.quotes.marks import Quoted, closes, find_quoted


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Token range without leading/trailing spaces and separating punctuation."""
    while start < end and (doc[start].is_space or doc[start].text in ",;:-\u2014\u2013"):
        start += 1
    while end > start and (doc[end - 1].is_space or doc[end - 1].text in ",;:-\u2014\u2013."
                           or doc[end - 1].dep_ == "cc"):
        end -= 1
    return start, end


class _Quotations:
    """The quoted pieces of one article, searchable by character offset."""

    def __init__(self, text: str):
        self.pieces: list[Quoted] = find_quoted(text)
        self.starts = [q.start for q in self.pieces]

    def containing(self, start: int, end: int) -> Quoted | None:
        i = bisect.bisect_right(self.starts, start) - 1
        if i >= 0 and self.pieces[i].start <= start and end <= self.pieces[i].end:
            return self.pieces[i]
        return None

    def overlapping(self, start: int, end: int) -> list[Quoted]:
        i = max(bisect.bisect_right(self.starts, start) - 1, 0)
        found = []
        for q in self.pieces[i:]:
            if q.start >= end:
                break
            if q.end > start:
                found.append(q)
        return found

    def within(self, start: int, end: int) -> list[Quoted]:
        return [q for q in self.overlapping(start, end) if start <= q.start and q.end <= end]


_ASIDES = ("advmod",)
_COMMA_ASIDES = ("prep",)  # "DuPont, only two months later"
_DESCRIBING = ("including", "of", "along")  # but "Some observers, including ...", "Llamas, 31, of Tujunga"


def _phrase(token: Token) -> SpacySpan:
    """A source as PolNeAR marks it: the noun phrase with its appositions and relative clauses, but
    without an adverb or a comma-separated prepositional aside after the head ("Bolton and Gorka
    both", "DuPont, only two months later"), a date ("The mayor on Tuesday"), a participle aside
    before the cue ("Clinton, speaking to reporters, said"), a leading "even", or a dateline before
    it ("WASHINGTON —"), or the closing mark of a quotation the parse hung on it."""
    doc = token.doc
    start, end = token.left_edge.i, token.right_edge.i + 1
    while start < token.i and (closes(doc[start]) or doc[start].text in ",;:"):
        start += 1  # ""...," Ann Lee, an aide, said": the mark closes the quotation, it is no part of the name
    for child in token.rights:
        if child.dep_ in _ASIDES or (child.dep_ in _COMMA_ASIDES and doc[child.left_edge.i - 1].text == ","
                                     and child.lower_ not in _DESCRIBING):
            end = min(end, child.left_edge.i)
        elif child.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME") for g in child.children):
            end = min(end, child.left_edge.i)  # "Trump on Tuesday said": when, not who
        elif child.dep_ == "acl" and token.head.i > token.i and (
                doc[child.left_edge.i - 1].text == "," or child.right_edge.i + 1 < len(doc)
                and doc[child.right_edge.i + 1].text in (",", ".")):
            end = min(end, child.left_edge.i)  # "Clinton, speaking to reporters Tuesday, said"
    for child in token.lefts:
        if child.dep_ == "advmod" and child.lower_ == "even":
            start = max(start, child.right_edge.i + 1)  # "even economists"
    for i in range(start, min(start + 8, end)):
        if doc[i].text in ("\u2014", "\u2013", "--", "-") and doc[i].whitespace_ and \
                any(t.text == ")" or t.is_upper or t.ent_type_ == "GPE" for t in doc[start:i]):
            start = i + 1  # a dateline: "WASHINGTON —", "Philadelphia (AFP) –"
        if "\n" in doc[i].text_with_ws and i < token.i:
            start = i + 1
    start, end = _trim(doc, start, end)
    if start >= end:
        start, end = token.i, token.i + 1
    return doc[start:end]


_OPENERS = ("advmod", "cc", "intj", "punct", "neg")  # what may stand before a command: "Just ask", "Or", "Please"


def _without_subject(verb: Token, tags: tuple[str, ...] = ("VB", "VBP")) -> bool:
    """The verb has one of the tags (a bare form: the parser tags some as present tense) and no subject."""
    return verb.tag_ in tags and not any(c.dep_ in SUBJECTS + ("expl",) for c in verb.children)


def _opens_sentence(verb: Token, do: bool = False) -> bool:
    """Nothing stands before the verb in its sentence but a conjunction or an adverb hanging on it ("Just ask",
    "Or", "Please"), and with ``do`` an auxiliary "do" ("Don't believe them")."""
    return all(t.head.i == verb.i and (t.dep_ in _OPENERS or do and t.dep_ == "aux" and t.lower_ == "do")
               for t in verb.sent if t.i < verb.i)


def _inside_marks(token: Token) -> bool:
    """The token stands inside a quotation (as :func:`~storycheck.quotes.marks.find_quoted` pairs the marks:
    single ones too, and a quotation opened in an earlier sentence)."""
    return _quotations_of(token.doc.text).containing(token.idx, token.idx + len(token)) is not None


@lru_cache(maxsize=2)
def _quotations_of(text: str) -> _Quotations:
    """The quoted pieces of an article's text, found once for the module's functions and the extractor."""
    return _Quotations(text)
