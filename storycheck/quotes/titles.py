"""What tells a quoted title from quoted words near a cue.

"he said on "Meet the Press"" names a show, "calling the network "Fake News"" quotes the speaker, "said
after "A long night."" says when. These tests -- a quotation that holds a sentence, a verb that names a thing,
a preposition of time, the path from the quotation's words up to the cue -- are what the extractor reads when
it decides whether a quotation near a cue is that cue's content.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan, Token

from storycheck.quotes.cuemodel import SUBJECTS
from storycheck.quotes.marks import Quoted


# verbs whose object or complement is what the speaker calls a thing, the speaker's words, not a title
_NAMING = ("call", "dub", "label", "name", "brand", "term", "nickname", "describe")
# prepositions of time, before which a quotation is no title: "said after "A long night."" (but "said on "Meet
# the Press"", "a co-editor of "Small Town Ledger"")
_TIME_PREPS = ("after", "before", "since", "until", "till")


def _when(below: list[Token], q: Quoted) -> bool:
    """A preposition of time governs the quotation directly ("said after "A long night."", "before "a few
    more shots""), not through a clause of its own ("said after "Hamilton" closed": a title)."""
    for k, t in enumerate(below):
        if t.dep_ == "prep" and t.lower_ in _TIME_PREPS and not q.start <= t.idx < q.end:
            return not any(u.pos_ in ("VERB", "AUX") and not q.start <= u.idx < q.end for u in below[:k])
    return False


def _path_below(words: list[Token], verb: Token) -> list[Token]:
    """The head of a quotation's words (not the closing punctuation the parse hangs on the cue) and its
    ancestors up to, without, ``verb``; empty when ``verb`` is none of them."""
    if not words:
        return []
    root = min(words, key=lambda t: len(list(t.ancestors)))
    path = [root, *root.ancestors]
    return path[:next((k for k, t in enumerate(path) if t.i == verb.i), 0)]


def _has_subject(span: SpacySpan | None) -> bool:
    """The quotation's tokens hold a subject and its verb: a sentence, not a name ("Meet the Press," "Eye of
    the Tiger")."""
    return span is None or any(t.dep_ in SUBJECTS and span.start <= t.head.i < span.end for t in span)


def _names(verb: Token) -> bool:
    """A naming verb said by someone ("[Trump] called the plan", "calling the network"), not the participle that
    gives a thing's name ("a film called "Perception"", a title)."""
    return verb.lemma_.lower() in _NAMING and not (verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod"))
