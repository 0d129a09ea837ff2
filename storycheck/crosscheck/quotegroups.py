"""The same statement across outlets: grouping quotes, diffing their words, labelling the drift.

Outlets trim a quotation, merge two of its sentences into one, split one into
two, or quote a different part of the same statement. So quotes are matched
at the level of sentences: two quotes (from different articles, by speakers
that may be one person) belong together when some sentence of one aligns with
some sentence of the other (rapidfuzz partial alignment over normalised
words). The versions are then compared word by word over their whole aligned
stretch (difflib opcodes over words, punctuation and case ignored), so a
merge or a split is no change at all, and what differs is listed as
substitutions, insertions and omissions. Words outside the stretch both
versions quote are trimming, not drift.

The same words given to different speakers are an attribution conflict.
"""

from __future__ import annotations

import bisect
import difflib
import re
from dataclasses import dataclass, field
from typing import Callable

from rapidfuzz import fuzz

from storycheck.model import Quote
from storycheck.quotes.marks import CHARS, find_quoted
from storycheck.unionfind import DisjointSet

WORD = re.compile(r"\w+(?:['’]\w+)*")
SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’]?\s+")
MATCH = 80.0  # partial alignment score (0..100) for two sentences to be the same words
MIN_SENTENCE_WORDS = 4
SAME_WORDS_MIN = 5  # a quotation this long, word for word the same by one named speaker, is one statement
SLACK_WORDS = 3  # words either side of an alignment that the word diff may still take in
ATTRIBUTION_MATCH = 92.0  # stricter: the same words by two different speakers
ATTRIBUTION_MIN_WORDS = 8
FUNCTION_WORDS = {
    "a", "an", "the", "and", "or", "but", "so", "of", "to", "in", "on", "at", "by", "for", "with", "from", "that",
    "this", "these", "those", "it", "its", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will",
    "would", "can", "could", "as", "than", "then", "there", "their", "they", "we", "our", "us", "he", "his", "she",
    "her", "also", "just", "very", "really", "now",
}
NEGATIONS = {"not", "no", "never", "nor", "neither", "n't", "cannot", "none"}
MINOR_SIMILARITY = 0.85  # sentence cosine above which changed content words are a paraphrase
AMERICAN = {"ise": "ize", "ised": "ized", "ises": "izes", "ising": "izing", "isation": "ization",
            "isations": "izations", "our": "or", "ours": "ors", "tre": "ter", "tres": "ters", "yse": "yze",
            "ysed": "yzed", "yses": "yzes", "ysing": "yzing"}
BRITISH_ENDINGS = re.compile(r"(?:isations?|is(?:e|ed|es|ing)|ours?|tres?|ys(?:e|ed|es|ing))$")


@dataclass
class Word:
    text: str
    norm: str
    start: int  # offsets into the article
    end: int


def spelling(word: str) -> str:
    """A word as diffs compare it: lower case, and British spelling as American ("destabilising" /
    "destabilizing", "colour" / "color", "centre" / "center"), which is no drift in what was said."""
    w = word.lower().replace("’", "'")
    if len(w) >= 5:  # not "hour", "tour", "rise"
        w = BRITISH_ENDINGS.sub(lambda m: AMERICAN[m.group()], w)
    return w


def words(text: str, offset: int) -> list[Word]:
    return [Word(m.group(), spelling(m.group()), offset + m.start(), offset + m.end()) for m in WORD.finditer(text)]


def sentences(quote: Quote) -> list[tuple[int, int]]:
    """The quote's sentences as article offsets."""
    out, start = [], 0
    for m in SENTENCE_END.finditer(quote.text):
        if quote.text[start:m.start()].strip():
            out.append((quote.start + start, quote.start + m.start()))
        start = m.end()
    if quote.text[start:].strip():
        out.append((quote.start + start, quote.end))
    return out


def normal(text: str) -> str:
    return " ".join(w.group().lower().replace("’", "'") for w in WORD.finditer(text))


def sentence_match(a: Quote, b: Quote) -> float:
    """The best partial alignment score between a sentence of ``a`` and a sentence of ``b``."""
    best = 0.0
    for sa in sentences(a):
        na = normal(a.text[sa[0] - a.start:sa[1] - a.start])
        if len(na.split()) < MIN_SENTENCE_WORDS:
            continue
        for sb in sentences(b):
            nb = normal(b.text[sb[0] - b.start:sb[1] - b.start])
            if len(nb.split()) < MIN_SENTENCE_WORDS:
                continue
            short, long_ = sorted((na, nb), key=len)
            # partial alignment lets a trimmed sentence match its longer original, but only when
            # the shorter one is a good part of the longer
            score = fuzz.partial_ratio(short, long_) if len(short) >= 0.5 * len(long_) else fuzz.ratio(short, long_)
            best = max(best, score)
    return best


@dataclass
class DiffOp:
    op: str  # equal | replace | insert | delete
    a: str  # words in the reference version
    b: str  # words in the other version


@dataclass
class VersionDiff:
    """One version of a statement compared with the reference version."""

    reference: str  # article id
    version: str
    ops: list[DiffOp]
    label: str  # verbatim | minor drift | substantive change
    reference_span: tuple[int, int]  # the stretch both quote, as offsets in each article
    version_span: tuple[int, int]
    # the sentences aligned, each side's in the reference's order: the spans above hold what lies between them
    # too (a caption, another statement), these only what both quote
    reference_pieces: list[tuple[int, int]] = field(default_factory=list)
    version_pieces: list[tuple[int, int]] = field(default_factory=list)

    @property
    def reordered(self) -> bool:
        """The version gives the sentences in another order than the reference (the diff shows them in the
        reference's)."""
        starts = [a for a, _ in self.version_pieces]
        return starts != sorted(starts)


@dataclass
class QuoteGroup:
    id: str
    speaker: str | None
    quotes: list[Quote]
    diffs: list[VersionDiff] = field(default_factory=list)

    @property
    def label(self) -> str:
        """The strongest label of the diffs; "not aligned" when some version could not be placed in the
        reference (versions of fewer than four words, or a retelling) and no diff shows a substantive change:
        what was not compared gets no claim of fidelity."""
        order = ["verbatim", "minor drift", "substantive change"]
        strongest = max((d.label for d in self.diffs), key=order.index, default="not aligned")
        compared = {d.version for d in self.diffs}
        if strongest != "substantive change" and len(compared) < len(self.article_ids) - 1:
            return "not aligned"
        return strongest

    @property
    def article_ids(self) -> list[str]:
        return list(dict.fromkeys(q.article_id for q in self.quotes))


@dataclass
class AttributionConflict:
    quotes: tuple[Quote, Quote]
    speakers: tuple[str, str]
    score: float


def spoken(q: Quote, found: list[Word]) -> list[Word]:
    """The words of ``found`` that the speaker said: in a direct or mixed quote only those inside its
    quotations, not the attribution that stands between two of them (""A," Musk predicted on Tuesday,
    "B."") nor the reporter's own words around them (the girls as being in "reasonably good health": a
    version saying "reasonably in good health" did not drop "reasonably"); otherwise all but its cue and
    speaker."""
    if q.kind in ("direct", "mixed"):
        pieces = _said_pieces(q)
        if pieces:
            return [w for w in found if any(a <= w.start < b for a, b in pieces)]
    holes = [(s.start, s.end) for s in (q.cue, q.speaker) if s is not None and q.start <= s.start < q.end]
    return [w for w in found if not any(a <= w.start < b for a, b in holes)] if holes else found


def _version_words(quotes: list[Quote]) -> list[Word]:
    out = []
    for q in sorted(quotes, key=lambda q: q.start):
        out.extend(spoken(q, words(q.text, q.start)))
    return out


def _trim(codes: list) -> list:
    while codes and codes[0][0] != "equal":
        codes.pop(0)
    while codes and codes[-1][0] != "equal":
        codes.pop()
    return codes


def diff_versions(ref_quotes: list[Quote], other: list[Word]) -> tuple[list[DiffOp], list[tuple[int, int]],
                                                                      list[tuple[int, int]]]:
    """Word opcodes between the reference's sentences and where each one lies in the other version.

    Each reference sentence is placed in the other version by partial alignment (so merged, split
    and reordered sentences are found); the words around the placement are diffed, and unmatched
    words at either end are trimming, not drift. Returns the ops and, for the reference and the
    other version, the article offsets of the stretches that were aligned.
    """
    norm_other = " ".join(w.norm for w in other)
    starts, pos = [], 0  # character position of each word in norm_other
    for w in other:
        starts.append(pos)
        pos += len(w.norm) + 1
    ops: list[DiffOp] = []
    ref_spans, other_spans = [], []
    for q in sorted(ref_quotes, key=lambda q: q.start):
        for s_start, s_end in sentences(q):
            ref = spoken(q, words(q.text[s_start - q.start:s_end - q.start], s_start))
            if len(ref) < MIN_SENTENCE_WORDS or not other:
                continue
            norm = " ".join(w.norm for w in ref)
            found = fuzz.partial_ratio_alignment(norm, norm_other)
            if found is None or found.score < MATCH:
                continue
            first = max(0, bisect.bisect_right(starts, found.dest_start) - 1 - SLACK_WORDS)
            last = min(len(other), bisect.bisect_left(starts, found.dest_end) + SLACK_WORDS)
            window = other[first:last]
            codes = _trim(difflib.SequenceMatcher(a=[w.norm for w in ref], b=[w.norm for w in window],
                                                  autojunk=False).get_opcodes())
            if not codes:
                continue
            ops.extend(DiffOp(tag, " ".join(w.text for w in ref[i1:i2]), " ".join(w.text for w in window[j1:j2]))
                       for tag, i1, i2, j1, j2 in codes)
            ref_spans.append((ref[codes[0][1]].start, ref[codes[-1][2] - 1].end))
            other_spans.append((window[codes[0][3]].start, window[codes[-1][4] - 1].end))
    return ops, ref_spans, other_spans


def label(ops: list[DiffOp], sentence_similarity: float) -> str:
    """verbatim, minor drift (function words, or a paraphrase close in meaning) or substantive change."""
    changed = [w.lower() for op in ops if op.op != "equal" for w in (op.a + " " + op.b).split()]
    if not changed:
        return "verbatim"
    if any(w in NEGATIONS or any(ch.isdigit() for ch in w) for w in changed):
        return "substantive change"
    if all(w in FUNCTION_WORDS for w in changed) or sentence_similarity >= MINOR_SIMILARITY:
        return "minor drift"
    return "substantive change"


def same_speaker(a: str | None, b: str | None, same_person: Callable[[str, str], bool]) -> bool:
    return not a or not b or same_person(a, b)


def _span(quotes: list[Quote]) -> tuple[int, int]:
    return min(q.start for q in quotes), max(q.end for q in quotes)


def _quoted_pieces(q: Quote) -> list[str]:
    """The normalised words of each quotation a quote holds (all its words when it has none)."""
    pieces = [normal(q.text[a - q.start:b - q.start]) for a, b in _said_pieces(q)]
    return [p for p in pieces if p] or [normal(q.text)]


def _said_pieces(q: Quote) -> list[tuple[int, int]]:
    """The quotations a quote holds (article offsets), less those naming a title (``Quote.titles``: ""A," she
    said on NBC's "Meet the Press." "B."" said A and B, not the show's name)."""
    pieces = ((q.start + p.start, q.start + p.end) for p in find_quoted(q.text))
    return [p for p in pieces if p not in q.titles]


def _alignable(q: Quote) -> bool:
    """Whether some sentence of the quote has enough words the speaker said to be aligned and diffed (a mixed
    quote's "as "a disgrace" that would fail ..." has two)."""
    return any(len(spoken(q, words(q.text[s - q.start:e - q.start], s))) >= MIN_SENTENCE_WORDS
               for s, e in sentences(q))


def group_quotes(quotes: list[Quote], texts: dict[str, str], same_person: Callable[[str, str], bool],
                 similarity: Callable[[str, str], float], order: list[str],
                 named_near: Callable[[Quote, str], bool] = lambda q, name: False,
                 ) -> tuple[list[QuoteGroup], list[AttributionConflict]]:
    """Group direct quotes across articles and diff each group's versions.

    ``texts`` maps article id to its text; ``same_person(a, b)`` says whether two speaker names
    name one person; ``similarity(a, b)`` is the meaning similarity of two texts (0..1);
    ``order`` lists the story's article ids, earliest first (the first version is the reference);
    ``named_near(quote, name)`` says whether the attribution around ``quote`` names that person.
    The same words given to two speakers are an attribution conflict only when neither article
    names the other speaker around the quote: otherwise the difference is more likely the quote
    extractor's than the outlet's.
    """
    candidates = [q for q in quotes if q.kind in ("direct", "mixed")]
    n = len(candidates)
    sets = DisjointSet(range(n))
    conflicts = []
    pieces = [_quoted_pieces(q) for q in candidates]
    said = [sum(len(p.split()) for p in ps) for ps in pieces]  # how many words each quote quotes
    for i in range(n):
        for j in range(i + 1, n):
            a, b = candidates[i], candidates[j]
            if a.article_id == b.article_id:
                continue
            if said[i] >= SAME_WORDS_MIN and pieces[i] == pieces[j] and a.speaker_canonical and b.speaker_canonical \
                    and same_person(a.speaker_canonical, b.speaker_canonical):
                sets.union(i, j)  # word for word the same, though its sentences are too short to align
                continue          # ("People were screaming. People were crying," she said)
            score = sentence_match(a, b)
            if score < MATCH:
                continue
            if same_speaker(a.speaker_canonical, b.speaker_canonical, same_person):
                sets.union(i, j)
            elif score >= ATTRIBUTION_MATCH and min(len(a.text.split()), len(b.text.split())) >= ATTRIBUTION_MIN_WORDS \
                    and not named_near(a, b.speaker_canonical) and not named_near(b, a.speaker_canonical):
                conflicts.append(AttributionConflict((a, b), (a.speaker_canonical, b.speaker_canonical), score))
    # pieces of one running quotation (consecutive paragraphs, nothing but marks between) are one statement
    for i in range(n):
        for j in range(n):
            a, b = candidates[i], candidates[j]
            if a.article_id == b.article_id and a.end <= b.start \
                    and same_speaker(a.speaker_canonical, b.speaker_canonical, same_person) \
                    and not texts[a.article_id][a.end:b.start].strip(" \n\t.," + CHARS):
                sets.union(i, j)
    # a few quoted words (a headline's "still dangerous") belong to the longer quotation of the same
    # speaker that holds them word for word, when only one statement does (they never join two); only
    # the words inside quotation marks count ("the phrase "Allahu akbar."" holds two, not four)
    for i in range(n):
        if not 2 <= said[i] < MIN_SENTENCE_WORDS or not candidates[i].speaker_canonical:
            continue
        fragment = f" {' '.join(pieces[i])} "
        holders = {sets.find(j) for j in range(n)
                   if j != i and said[j] >= MIN_SENTENCE_WORDS and any(fragment in f" {p} " for p in pieces[j])
                   and candidates[j].speaker_canonical
                   and same_person(candidates[i].speaker_canonical, candidates[j].speaker_canonical)}
        if len(holders) == 1:
            sets.union(i, holders.pop())
    rank = {a: k for k, a in enumerate(order)}
    groups = []
    for member_ids in sets.groups().values():
        qs = [candidates[i] for i in member_ids]
        if len({q.article_id for q in qs}) < 2:
            continue
        qs.sort(key=lambda q: (rank.get(q.article_id, len(rank)), q.start))
        speaker = next((q.speaker_canonical for q in qs if q.speaker_canonical), None)
        group = QuoteGroup(id=f"g{len(groups) + 1}", speaker=speaker, quotes=qs)
        by_article: dict[str, list[Quote]] = {}
        for q in qs:
            by_article.setdefault(q.article_id, []).append(q)
        # the reference: the earliest version with a sentence long enough to align (not a headline's
        # two quoted words)
        ref_id = next((a for a in by_article if any(_alignable(q) for q in by_article[a])), next(iter(by_article)))
        others = [a for a in by_article if a != ref_id]
        ref_words = _version_words(by_article[ref_id])
        for other_id in others:
            other_words = _version_words(by_article[other_id])
            ops, ref_spans, other_spans = diff_versions(by_article[ref_id], other_words)
            if not ops and [w.norm for w in ref_words] == [w.norm for w in other_words] != []:
                # too short to align, but word for word the same, spelling aside ("acted professionally")
                said = " ".join(w.text for w in ref_words)
                group.diffs.append(VersionDiff(ref_id, other_id, [DiffOp("equal", said, said)], "verbatim",
                                               _span(by_article[ref_id]), _span(by_article[other_id])))
            if not ops:
                continue
            sim = similarity(" ".join(texts[ref_id][a:b] for a, b in ref_spans),
                             " ".join(texts[other_id][a:b] for a, b in other_spans))
            group.diffs.append(VersionDiff(ref_id, other_id, ops, label(ops, sim),
                                           (min(a for a, _ in ref_spans), max(b for _, b in ref_spans)),
                                           (min(a for a, _ in other_spans), max(b for _, b in other_spans)),
                                           ref_spans, other_spans))
        groups.append(group)
    return groups, conflicts
