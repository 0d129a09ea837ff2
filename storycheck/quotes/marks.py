"""Finds the stretches of an article that stand between quotation marks.

News text mixes curly, straight and single marks, doubled apostrophes
(``''`` in some American papers), typos that leave a mark unclosed, and
quotations that run over several paragraphs where each paragraph re-opens
with a mark and only the last one closes. The scanner works paragraph by
paragraph, so a stray mark can never swallow more than the rest of its own
paragraph; a quotation left open at a paragraph end continues only when a
later paragraph re-opens with a mark (photo captions and credits between
them, which do not end like a sentence, are skipped).

Each paragraph's piece of a quotation is its own :class:`Quoted`; pieces of
one running quotation share a ``run`` number, so the extractor can give them
one speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE = "\u201c\u201d\u201e\u201f\"\u00ab\u00bb"
SINGLE = "\u2018\u2019\u201a\u201b'"
CHARS = DOUBLE + SINGLE + "`"  # every character that can be (part of) a quotation mark
# a doubled apostrophe or backtick stands for a double mark (NYT and PTB style)
_MARK = re.compile(r"''|``|[" + re.escape(DOUBLE + SINGLE) + "]")
_OPENERS = "\u201c\u201e\u2018\u201a\u00ab`"
_CLOSERS = "\u201d\u2019\u00bb'"
# a single mark opening a quotation inside a quotation: ''He told me, 'Kosovo is a special case,'''
_INNER_SINGLE = re.compile(r"(?<!\w)['\u2018](?=\w)")
_SENTENCE_END = re.compile(r"[.!?\u2026:][\"'\u201d\u2019)]*\s*$")


def is_double(mark: str) -> bool:
    """Whether ``mark`` (a token or a regex match) is a double quotation mark; two apostrophes or two
    backticks count as one."""
    return mark in ("''", "``") or (len(mark) == 1 and mark in DOUBLE)


@dataclass
class Quoted:
    """One paragraph's piece of a quotation; offsets include the marks."""

    start: int
    end: int
    closed: bool  # ends with a closing mark (else it was cut at the paragraph end)
    run: int  # pieces of the same running quotation share this number
    continues: bool = False  # re-opens a quotation begun in an earlier paragraph


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            spans.append((start, end))
        start = end + 1
    return spans


def _direction(text: str, i: int, j: int) -> str:
    """'open', 'close', 'either', 'after-s' or 'apostrophe' for the mark text[i:j], from its neighbours."""
    before = text[i - 1] if i > 0 else " "
    after = text[j] if j < len(text) else " "
    mark = text[i:j]
    if mark in SINGLE:
        if before.isalnum() and after.isalnum():
            return "apostrophe"  # don't, O'Malley, Russia's
        if before in "sS" and not after.isalnum():
            return "after-s"  # the players' union, or a quotation closing after an s
        if before.isdigit() or (after.isdigit() and before.isspace()):
            return "apostrophe"  # the '90s, 5'11
    left_free = before.isspace() or before in "([{\u2014\u2013-/" or (before in ",:;" and after.isalnum())
    if left_free and not after.isspace():
        return "open"
    if not left_free and not after.isalnum():
        return "close"
    if mark in _OPENERS:
        return "open"
    if mark in _CLOSERS:
        return "close"
    return "either"


def _marks(text: str, start: int, end: int, double: bool) -> list[tuple[int, int, str]]:
    found = []
    for m in _MARK.finditer(text, start, end):
        mark = m.group()
        if is_double(mark) != double:
            continue
        direction = _direction(text, m.start(), m.end())
        if direction != "apostrophe":
            found.append((m.start(), m.end(), direction))
    return found


def _pair(marks: list[tuple[int, int, str]], first: int, end: int):
    """Pairs the marks of one paragraph (text begins at ``first``); yields (start, end, closed)."""
    opened = None
    for i, j, direction in marks:
        if opened is None:
            # a closing mark opens only at the paragraph start (''” … in the case'' typos)
            if direction in ("open", "either") or (direction == "close" and i == first):
                opened = i
        else:
            yield opened, j, True  # whatever the next mark looks like, it closes
            opened = None
    if opened is not None:
        yield opened, end, False


def find_quoted(text: str) -> list[Quoted]:
    """Every quoted stretch of ``text``, in order, one per paragraph piece."""
    quoted: list[Quoted] = []
    run = -1
    pending = False  # the last paragraph ended inside a quotation
    for start, end in _paragraphs(text):
        line = text[start:end]
        lead = len(line) - len(line.lstrip())
        first_mark = _MARK.match(text, start + lead)
        reopens = bool(first_mark) and is_double(first_mark.group())
        if pending and not reopens and not _SENTENCE_END.search(line):
            continue  # a caption or credit inside a running quotation
        continuing = pending and reopens
        pieces = list(_pair(_marks(text, start, end, double=True), start + lead, end))
        if not pieces:
            # single marks serve as quotation marks only where no double ones are used,
            # and only in closed pairs (a lone one is far more often an apostrophe)
            pieces = [p for p in _pair(_marks(text, start, end, double=False), start + lead, end) if p[2]]
        pending = False
        for k, (qs, qe, closed) in enumerate(pieces):
            if closed and text[qe - 2:qe] == "''" and text[qe:qe + 1] == "'" and not text[qe + 1:qe + 2].isalnum() \
                    and _INNER_SINGLE.search(text, qs + 2, qe - 2):
                qe += 1  # ''... 'Kosovo is a special case,''' -- the inner single mark closes first, then the ''
            if not (k == 0 and continuing):
                run += 1
            quoted.append(Quoted(qs, qe, closed, run, continues=(k == 0 and continuing)))
            pending = not closed
    return [q for q in quoted if q.end - q.start > 2]


def unpaired(text: str, start: int, end: int) -> tuple[bool, bool]:
    """Whether ``text[start:end]`` holds a double quotation mark that closes a quotation opened before
    ``start``, and one that opens a quotation closed after ``end``: a cut that must widen to keep its
    marks balanced ('reported [significant shelling” near]' takes the “ before it)."""
    depth, closes_outside = 0, False
    for _, _, direction in _marks(text, start, end, double=True):
        if direction == "close" or (direction != "open" and depth):
            closes_outside |= depth == 0
            depth = max(depth - 1, 0)
        else:
            depth += 1
    return closes_outside, depth > 0


def closes(token) -> bool:
    """A parsed token that is a quotation mark with a space after it: it closes what stands before it (an
    opening mark is written against the word it opens)."""
    return bool(token.whitespace_) and bool(token.text) and all(ch in CHARS for ch in token.text)


def with_partners(span):
    """A spaCy span widened to the partner of a double quotation mark it holds alone, when that partner
    stands just outside it, past punctuation at most ("the author of [“Winning Big].”" becomes "the
    author of “Winning Big.”"): a cut must not leave a quotation half-marked."""
    if not len(span):
        return span
    doc = span.doc
    # the span and a token either side: enough context to tell an opening mark from a closing one
    # (Doc.text would join the whole document's tokens on every call)
    around = doc[max(span.start - 1, 0):min(span.end + 1, len(doc))]
    closes, opens = unpaired(around.text, span.start_char - around.start_char, span.end_char - around.start_char)
    start = _beyond_mark(doc, span.start, -1) if closes else span.start
    end = _beyond_mark(doc, span.end, +1) if opens else span.end
    return doc[start:end]


def _beyond_mark(doc, edge: int, step: int) -> int:
    """The span edge moved past the nearest double mark on the side ``step`` points to (two punctuation
    tokens at most between), or ``edge`` when there is none."""
    i = edge if step > 0 else edge - 1
    for _ in range(3):
        if not 0 <= i < len(doc):
            break
        token = doc[i]
        if is_double(token.text):
            return i + 1 if step > 0 else i
        if token.text == "`" and 0 <= i + step < len(doc) and doc[i + step].text == "`":  # `` split in two
            return i + 2 if step > 0 else i - 1
        if not token.is_punct:
            break
        i += step
    return edge

