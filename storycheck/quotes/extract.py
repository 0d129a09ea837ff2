"""Extracts attributions (who said what) from a parsed article, by rule.

Five passes over spaCy's dependency parse and the quotation marks found by
:mod:`storycheck.quotes.marks`; a stretch of text given to one content is
never given to another (PolNeAR's annotation is univocal the same way):

1. **"According to X".** Content is the rest of its sentence (or of the part
   of it between colons). It runs first because the attributions inside such
   a sentence ("according to the poll, most voters say ...") belong to it.
   "In" a poll or survey opening its sentence is read the same way ("In a
   CNN poll released Monday, 31% of Republicans said ...").
2. **Cue verbs.** A verb from the cue lexicon (``cues.txt``: speech and
   attribution verbs learned from PolNeAR's train split) outside any
   quotation, that the learned gate of :mod:`storycheck.quotes.cuemodel`
   does not reject in its context ("find", "see", "support" are cues in some
   uses only). Content is its clausal complement (``said [that] Russia had
   lied``), the clause it interrupts (``This campaign, he says, is
   different``), the quotation it introduces or closes (``"...," he said``;
   ``He said: "..."``; ``"A," she said, "B."`` is one content, as are the
   quotations that follow it in the paragraph, unless a word stands before one:
   a title), or its object (``accused [him of lying]``; a quotation right
   after the object says something of it: ``called [her "third-rate"]``). A
   quotation another cue between them governs is that cue's. The source is
   its subject, its passive agent, or the subject
   of the verb it hangs from ("laughed and said", "ended by saying") or the
   noun a participle cue hangs from ("a statement saying"), or whoever put
   forward the thing that speaks ("[He] cited figures showing"); an
   infinitive or -ing cue without a subject takes the understood one ("[The
   senator] made a point of saying"); an -ing cue set off by a comma after
   the main verb takes the main clause's subject when the parse hangs it on a
   clause inside the main verb's object or complement ("[Carson] rejected the
   notion that ..., saying"); on a joined or adverbial clause it takes that
   clause's own subject ("Smith lost, and [Jones] won, saying").
   A verb of saying opening its sentence takes the noun phrase after it that
   it agrees with, before a colon or comma and the quotation or clause said
   ("Say [the organisers]: "..."", "Writes [the editor]: "...""), not the
   one spoken to ("Tell your friends: ..."). A raising cue ("seemed to", "is expected
   to") has none, its subject being part of the content, and neither has a
   demonstrative ("This suggests ..."). A cue inside a quotation is part of
   the quoted words, not a separate attribution; a command opening its
   sentence ("Call it a comeback.", "Just ask him.") is the writer's to the
   reader and reports no one, nor does the reader's own verb inside it ("Tell
   me what you think"); nor does a clause that describes another
   attribution's source ("said [a farmer who backed the mayor]"), unless it
   reports a clause or quotation of its own or describes another party named
   in the source ("Officials at the agency, which warned of delays, said"),
   and then the source ends before that clause ("[Officials at the agency]").
3. **Noun cues.** A noun from a short list chosen on train ("claim",
   "pledge", "complaint") with a that-clause or infinitive after it: "[Trump's]
   claim [that he won]"; its owner is the source.
4. **Colons.** A quotation after a colon belongs to the clause before it when
   that clause's verb is no cue in the lexicon ("Mr. Christie gloated:
   "..."", "As Cornyn put it: "...""; source its subject, cue the predicate)
   or to a bare name ("Clinton: "...""); when the verb is a cue already, its
   content runs on through the quotation ("said that a deal was possible:
   "..."", one content as PolNeAR has it).
5. **Quotations left over.** A paragraph's piece of a quotation running over
   several paragraphs, or a paragraph that is nothing but a quotation, joins
   the quoted content just before it when only that content's own cue and
   speaker stand between (""A," he said.\n\n"B."" is one attribution, as
   PolNeAR annotates it). Otherwise a running quotation's piece takes the
   speaker and cue of its first piece (one :class:`~storycheck.model.Quote`
   per paragraph, so captions between them are never quoted), and a
   quotation-only paragraph takes the most recent speaker (its speaker span
   is where that speaker was named), without a cue and with confidence 0.5.

The kind follows the quotation marks: content made of quotations (with at
most the cue's own clause between them) is *direct*, content that quotes part
of itself is *mixed*, else *indirect*. Speakers are resolved to canonical
names by :class:`storycheck.quotes.speakers.SpeakerResolver`. A learned span
model (:mod:`storycheck.quotes.spanmodel`) may move the edges of each source
(before it is resolved) and of each content (last), choosing among candidate
edges read off the same parse; a source then takes the partner of a quotation
mark it holds alone (a quoted title).

The passes are :class:`_Extractor`'s; what they read off the parse lives in
the modules beside this one, each importing only those before it:
:mod:`~storycheck.quotes.syntax` (quotations by offset, phrase edges),
:mod:`~storycheck.quotes.titles` (a quoted title or quoted words),
:mod:`~storycheck.quotes.cuespans` (where a cue starts and ends),
:mod:`~storycheck.quotes.sources` (who speaks),
:mod:`~storycheck.quotes.notcues` (cue verbs that report nothing of their
own), :mod:`~storycheck.quotes.objects` (an object cue's content) and
:mod:`~storycheck.quotes.contents` (content the parse hands a cue no
complement or object for).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Span as SpacySpan, Token

from storycheck.model import Quote, Span
from storycheck.nlp.pipeline import ParsedArticle
from storycheck.quotes.contents import (
    _PLATFORMS, _RAISING, _answer, _antecedent, _as_reported, _closing_clause, _content_head, _passive_content,
    _passive_subject, _raised, _reported_before, _reports_before, _set_off, _that_after_a_time,
    _that_after_the_addressee,
)
from storycheck.quotes.cuemodel import SUBJECTS, CueModel, packaged_model
from storycheck.quotes.cuespans import _cue_span, _cue_start, _noun_cue_start, _sourcing_preposition
from storycheck.quotes.marks import CHARS, Quoted, is_double, with_partners
from storycheck.quotes.mentions import TITLE_WORDS
from storycheck.quotes.notcues import (
    _before_clause, _describes_object, _imperative, _is_question, _same_party, _speaks_for_noun, _yours_in_command,
)
from storycheck.quotes.objects import _MEDIA, _NOUN_CUES, _OBJECT_PREPS, _WRITTEN, _object_span, _stance
from storycheck.quotes.posts import embedded_posts
from storycheck.quotes.sources import (
    _ADDRESSED, _ADDRESSEE_CUES, _DEMONSTRATIVES, _NOT_SOURCES, SPEAKING, _agent, _animate_experiencer, _can_feel,
    _controller, _fronted_speaker, _holder, _someone, _subject, _trailing_subject,
)
from storycheck.quotes.spanmodel import SpanModel, packaged_model as packaged_span_model
from storycheck.quotes.speakers import SpeakerResolver
from storycheck.quotes.syntax import _Quotations, _phrase, _quotations_of, _trim
from storycheck.quotes.titles import _TIME_PREPS, _has_subject, _names, _path_below, _when


@lru_cache(maxsize=1)
def cue_lexicon() -> dict[str, str]:
    """Cue lemma -> what it takes as content: 'clause', 'to' (an infinitive) or 'object'."""
    lexicon = {}
    text = resources.files("storycheck.quotes").joinpath("cues.txt").read_text("utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            lemma, takes = line.split()
            lexicon[lemma] = takes
    return lexicon


@dataclass
class _Found:
    start: int  # content, characters
    end: int
    cue: tuple[int, int] | None
    cue_lemma: str | None
    source: SpacySpan | None
    confidence: float
    canonical: str | None = None
    nested: bool = False  # between the quotations of another content's run: no range of its own in ``used``
    kind: str | None = None  # set when the marks cannot tell it (an embedded post is direct)
    titles: tuple[tuple[int, int], ...] = ()  # quotations inside that name a title, not the speaker's words
    fixed: bool = False  # its edges are the rule's, not the span model's: a one-word answer (see _answer), a
    # retort's target before how it came ("lashed out at [the council] with unusual anger")


# what sets a phrase off: a comma, semicolon, bracket or dash (a spaced hyphen), not the hyphen of "high-ranking"
_SET_OFF = re.compile(r"[,;(\u2014]|--|\s[-\u2013]|[-\u2013]\s")
# verbs whose object feels what the subject causes: "[His remarks] angered [party leaders]" -- PolNeAR takes the
# one who feels it for the source and the cause for the content
_EXPERIENCER_CUES = ("alarm", "anger", "annoy", "bother", "disappoint", "dismay", "disturb", "embarrass", "enrage",
                     "excite", "frighten", "frustrate", "infuriate", "irk", "irritate", "offend", "outrage", "please",
                     "rankle", "rattle", "roil", "scare", "shock", "spook", "surprise", "trouble", "unnerve",
                     "unsettle", "upset", "worry")
# and those whose passive subject is who was brought to a belief or feeling: "[Some voters] are convinced [that ...]",
# "[Officials] were angered by [the deal]"
_BROUGHT_TO = _EXPERIENCER_CUES + ("convince", "persuade", "delight", "impress", "thrill", "intrigue",
                                   "puzzle", "satisfy")  # not "assure": a speech verb (see _ADDRESSED)
# the same as adjectives after "be": "[Voters] are worried about [the economy]", "[Allies] were concerned [that ...]"
_FELT_ADJECTIVES = ("alarmed", "angered", "annoyed", "bothered", "concerned", "convinced", "delighted", "disappointed",
                    "dismayed", "disturbed", "embarrassed", "excited", "frightened", "frustrated", "impressed",
                    "infuriated", "intrigued", "irritated", "offended", "outraged", "persuaded", "pleased", "puzzled",
                    "rattled", "satisfied", "scared", "shocked", "surprised", "thrilled", "troubled", "unnerved",
                    "unsettled", "upset", "worried")
_FELT_PREPS = ("by", "about", "at", "with", "over", "of", "in")


_NAME_PARTS = ("PROPN", "NOUN", "ADV", "ADJ", "X")  # what the parser calls an unknown capitalised name


def quote_kind(quotations: _Quotations, text: str, start: int, end: int, cue: tuple[int, int] | None) -> str:
    """Direct when the content is quotations only (with at most the cue's own clause between them:
    "A," he said on Facebook. "B."), mixed when it quotes part of itself, else indirect."""
    inside = quotations.within(start, end)
    if not inside:
        return "indirect"
    if inside[0].start == start and inside[-1].end == end and cue and inside[0].end <= cue[0] < inside[-1].start:
        return "direct"
    chars = list(text[start:end])
    for s, e in [(q.start, q.end) for q in inside]:
        for i in range(s, e):
            chars[i - start] = " "
    return "mixed" if any(ch.isalnum() for ch in chars) else "direct"


class _Extractor:
    def __init__(self, parsed: ParsedArticle, lexicon: dict[str, str] | None = None,
                 cue_model: CueModel | None = None, span_model: SpanModel | None = None):
        self.parsed = parsed
        self.cue_model = cue_model
        self.span_model = span_model
        self.doc = parsed.doc
        self.text = parsed.article.text
        self.quotations = _quotations_of(self.text)
        self.lexicon = cue_lexicon() if lexicon is None else lexicon
        self.found: list[_Found] = []
        self.used: list[tuple[int, int]] = []  # character ranges given to a content, sorted, disjoint

    def _is_used(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.used, (end,))  # ranges starting before ``end``
        return i > 0 and self.used[i - 1][1] > start

    def _between_quotations(self, start: int, end: int) -> bool:
        """Characters start..end hold no quotation but lie inside a direct quote's run of quotations
        (""A," Trump said, referring to [Kerry]. "B."" -- the run is one content, its quotations its
        fragments; the words between them are free for another cue)."""
        for f in self.found:
            if f.nested or not (f.start <= start and end <= f.end) or self._kind(f) != "direct":
                continue
            pieces = self.quotations.within(f.start, f.end)
            if any(a.end <= start and end <= b.start for a, b in zip(pieces, pieces[1:])):
                return True
        return False

    def _add(self, found: _Found) -> None:
        self.found.append(found)
        bisect.insort(self.used, (found.start, found.end))

    def _move(self, found: _Found, start: int, end: int) -> None:
        """Gives a content new edges, keeping the ranges in use in step (a content between quotations has
        none of its own: it stays inside the run that holds it)."""
        if not found.nested:
            self.used.remove((found.start, found.end))
            bisect.insort(self.used, (start, end))
        found.start, found.end = start, end

    def _with_marks(self, start: int, end: int) -> tuple[int, int]:
        """Widens a content to the quotations it begins or ends inside.

        A clause parsed out of a quotation ("He said: "We tried. But ...") is
        only the first sentence of it; the content is the whole quotation.
        """
        for q in self.quotations.overlapping(start, end):
            if q.start < end <= q.start + 2:  # only the opening mark of the next quotation
                end = q.start
                while end > start and self.text[end - 1].isspace():
                    end -= 1
                continue
            if q.end - 2 <= start < q.end:  # only the closing mark of the previous one
                start = q.end
                continue
            if q.start < start < q.end:
                start = q.start
                end = max(end, q.end)
            if q.start < end < q.end:
                end = q.end
        return start, end

    def _quote_near(self, verb: Token) -> list[Quoted]:
        """The quotation a cue without a clausal complement introduces or closes: in its sentence, or
        right after it when only a colon or comma stands between (``He said: "..."``)."""
        sent = verb.sent
        # not a quotation of which the sentence (as parsed) holds only the opening mark
        around = [q for q in self.quotations.overlapping(sent.start_char, sent.end_char)
                  if not (q.start <= verb.idx < q.end)
                  and self.text[q.start:sent.end_char].strip().lstrip(CHARS).strip()]
        nxt = bisect.bisect_left(self.quotations.starts, sent.end_char)
        if nxt < len(self.quotations.pieces) and sent.text.rstrip().endswith(":"):
            q = self.quotations.pieces[nxt]
            if not self.text[sent.end_char:q.start].strip() and q not in around:
                around.append(q)
        prev = bisect.bisect_right(self.quotations.starts, sent.start_char) - 1
        if prev >= 0 and verb.dep_ == "ROOT" and (not around or self._split_off(verb) is not None):
            # ""Who do they think they are?" Trump said." parsed as two sentences
            q = self.quotations.pieces[prev]
            gap = self.text[q.end:sent.start_char]
            if q.end <= sent.start_char and not gap.strip() and "\n" not in gap:
                around.append(q)
        if verb.dep_ in ("relcl", "acl", "advcl", "xcomp", "pcomp"):
            # a subordinate cue only takes a quotation inside its own clause or right after it
            lo, hi = verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge) + 3
            closing = self._closes_quote(verb) and any(c.dep_ in SUBJECTS and c.tag_ not in ("WP", "WDT")
                                                       for c in verb.children)
            # or one that closes right before it: ""...," the candidate said" misparsed as a relative clause
            around = [q for q in around if q.end <= verb.idx][-1:] if closing else \
                [q for q in around if lo <= q.start < hi]
        # the quotation the cue closes (""Jobs, jobs," she said on "The Late Show""), then the nearest
        clause_start = self._clause_start(verb)
        around = [q for q in around if not self._another_cues(q, verb)
                  and not (q.start > verb.idx and (self._names_a_title(q, verb) or self._in_time_phrase(q, verb)))]
        # ("in her memoir, "Grit."", "sounding "like a video game", before "a few more shots ...""
        return sorted((q for q in around if not self._is_used(q.start, q.end)),
                      key=lambda q: (not self._ends_before(q, clause_start), abs(q.start - verb.idx)))

    def _split_off(self, verb: Token) -> Quoted | None:
        """A quotation ending in "?" or "!" ends the parsed sentence; the subject and cue opening the next one
        close it (""Too forced?" he tweeted when she ended the debate with "Star Wars"", ""Mexico!" the
        crowd screamed back"), whatever else that sentence quotes. The quotation, in the same paragraph."""
        sent = verb.sent
        prev = bisect.bisect_right(self.quotations.starts, sent.start_char) - 1
        if prev < 0 or verb.dep_ != "ROOT" or self._clause_start(verb) > sent.start_char:
            return None
        q = self.quotations.pieces[prev]
        gap = self.text[q.end:sent.start_char]
        if q.end > sent.start_char or gap.strip() or "\n" in gap \
                or self.text[q.start:q.end].rstrip(CHARS + " ")[-1:] not in ("?", "!"):
            return None
        return q

    def _another_cues(self, q: Quoted, verb: Token) -> bool:
        """The quotation is said by another cue verb: the nearest verb above it outside the quotation is a
        verb of the cue lexicon other than ``verb``, standing between ``verb`` and the quotation ("weighed in
        on the charges, calling the behavior a "fireable offense"" gives the quotation to "calling")."""
        span = self.doc.char_span(q.start, q.end, alignment_mode="expand")
        words = [t for t in span or () if not t.is_punct]
        if not words:
            return False
        node = next((t for t in words if not span.start <= t.head.i < span.end), words[0])
        while node.head.i != node.i and (q.start <= node.idx < q.end or node.pos_ not in ("VERB", "AUX")):
            node = node.head
        return node.i != verb.i and node.pos_ == "VERB" and not q.start <= node.idx < q.end \
            and node.lemma_.lower() in self.lexicon \
            and (verb.i < node.i < span.start or span.end <= node.i < verb.i)  # between the cue and the quotation

    def _clause_start(self, verb: Token) -> int:
        """Where the cue's own clause begins: its subject when that comes first ("Trump said"), else
        the verb ("said his best friend")."""
        subject = next((c for c in verb.lefts if c.dep_ in SUBJECTS and not self.quotations.containing(
            c.idx, c.idx + len(c))), None)
        return subject.left_edge.idx if subject is not None else verb.idx

    def _ends_before(self, q: Quoted, at: int) -> bool:
        """The quotation ends right before ``at``, only commas and space between."""
        return q.end <= at and not self.text[q.end:at].replace(",", " ").strip()

    def verb_cues(self) -> None:
        """Cues that interrupt the writer's clause first ("AT&T finished laying cable, she said, to ..."
        is hers, "laying" no cue of its own) and cues reporting the whole clause beside them ("As the Ledger
        reported, [the mayor said ...]", see :meth:`_frames`), then cues with a clausal complement, then the
        rest: "the groups who wrote to her say they are "concerned"" gives the quotation to "say", not to the
        "wrote" next to it; last, cues describing another cue's object ("cited [a report showing ...]", see
        :func:`_describes_object`); verbs of feeling, whose source is who feels (:meth:`_feeling`), after all."""
        cues, felt = [], []
        for verb in self.doc:
            if verb.dep_ == "acomp" and verb.lower_ in _FELT_ADJECTIVES \
                    and not self.quotations.containing(verb.idx, verb.idx + len(verb)):
                feeling = self._feeling(verb)
                if feeling is not None:
                    felt.append((verb, feeling))
                    continue
            takes = self.lexicon.get(verb.lemma_.lower())
            if verb.pos_ not in ("VERB", "AUX") or takes is None and self.cue_model is None and not _stance(verb):
                continue
            if self.quotations.containing(verb.idx, verb.idx + len(verb)):
                continue  # a cue inside a quotation belongs to the quoted speaker's own words
            if _is_question(verb):
                continue  # "asked [if she believed it]": a question asks, it reports no one's belief
            if _imperative(verb) or _yours_in_command(verb):
                continue  # "Call it a comeback.", "Ask any voter.": the writer tells the reader, no one is reported
            if verb.lemma_.lower() in _BROUGHT_TO:
                feeling = self._feeling(verb)
                if feeling is not None:
                    felt.append((verb, feeling))
                    continue
                if verb.lemma_.lower() in _EXPERIENCER_CUES and not _animate_experiencer(verb):
                    continue  # "[Windows] were rattled by the blast", "which worried [investors]": no one speaks
            if self.cue_model is not None:  # the learned gate keeps, drops or adds the verb in context
                takes = self.cue_model.takes(verb, takes, self.quotations.overlapping)
            if takes is None and self._says_quotation(verb):
                takes = "clause"
            if takes is None and _stance(verb):
                takes = "object"  # "made the case that ...", "distanced himself from [the bill]": a stance is a cue
            if takes is None:
                continue
            cues.append((verb, takes, self._quoted_before(verb) or _content_head(verb, takes)))
        verbs = {c[0].i for c in cues}
        cues.sort(key=lambda c: 0 if c[2] is None and (self._interrupts(c[0]) or self._frames(c[0], c[1]))
                  or c[2] is not None and _reports_before(c[0], c[2])
                  else 3 if _describes_object(c[0], verbs) and not _speaks_for_noun(c[0])
                  and not self.quotations.overlapping(c[0].idx, c[0].right_edge.idx + len(c[0].right_edge))
                  else 1 if c[2] is not None else 2)
        for verb, takes, head in cues:
            self._verb_cue(verb, takes, head)
        for verb, feeling in felt:
            self._experiencer_cue(verb, feeling)

    def _feeling(self, verb: Token) -> tuple[int, int, Token, Token | None] | None:
        """A verb of feeling whose object feels it, caused by a thing, not by someone acting: "[That] has rattled
        [party leaders]", "[his remarks] angered [voters]", "[the gluts] now worrying [policy makers]"; or whose
        passive subject was brought to a feeling or belief (see :meth:`_brought_to`). The token range of the
        cause, who feels it, and the preposition that joins the cue. None for "rattled off", a person or
        "it" as the subject ("he upset Bush", "It may surprise you"), or a feeling only possible ("could roil
        markets", "to embarrass her")."""
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or verb.dep_ == "acomp":
            return self._brought_to(verb)
        if verb.lemma_.lower() not in _EXPERIENCER_CUES \
                or any(c.dep_ in ("prt", "agent") or c.tag_ in ("MD", "TO") for c in verb.children):
            return None
        obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
        if obj is None or obj.lower_ in _NOT_SOURCES or not _can_feel(obj, verb):
            return None
        subject = next((c for c in verb.lefts if c.dep_ in ("nsubj", "csubj")), None)
        if subject is not None:
            cause, start, end = subject, subject.left_edge.i, subject.right_edge.i + 1
        elif verb.dep_ == "acl" and verb.head.i < verb.i:
            cause, start, end = verb.head, verb.head.left_edge.i, verb.left_edge.i
        else:
            return None
        if not (cause.pos_ == "NOUN" and cause.ent_type_ not in ("PERSON", "ORG", "NORP", "GPE")
                and cause.lemma_.lower() not in TITLE_WORDS or cause.lower_ in ("that", "this", "what")):
            return None
        start, end = _trim(verb.doc, start, end)
        return (start, end, obj, None) if start < end else None

    @staticmethod
    def _brought_to(verb: Token) -> tuple[int, int, Token, Token | None] | None:
        """A passive verb of feeling or belief: its subject feels or believes, what it feels about or believes
        is the content ("[Officials] were angered by [the deal]", "[She] is assured of [a win]", "[Voters] are
        convinced [that ...]"), the preposition part of the cue, as PolNeAR marks it."""
        if verb.dep_ == "acomp":  # "[Voters] are worried about ...": the subject of "be"
            subject = next((c for c in verb.head.lefts if c.dep_ == "nsubj"), None) \
                if verb.head.lemma_.lower() == "be" and verb.head.i < verb.i else None
        else:
            subject = next((c for c in verb.lefts if c.dep_ == "nsubjpass"), None)
        if subject is None or subject.lower_ in _NOT_SOURCES or not _can_feel(subject, verb):
            return None
        # "is concerned with [tax policy]", "concerned in" is about a topic, not a feeling
        preps = _FELT_PREPS if verb.lower_ != "concerned" else tuple(p for p in _FELT_PREPS if p not in ("with", "in"))
        for child in verb.rights:
            if child.dep_ == "agent" or child.dep_ == "prep" and child.lower_ in preps:
                pobj = next((g for g in child.children if g.dep_ in ("pobj", "pcomp")), None)
                if pobj is not None:
                    start, end = _trim(verb.doc, pobj.left_edge.i, pobj.right_edge.i + 1)
                    return (start, end, subject, child) if start < end else None
                return None
            if child.dep_ == "ccomp":
                start, end = _trim(verb.doc, child.left_edge.i, child.right_edge.i + 1)
                return (start, end, subject, None) if start < end else None
        return None

    def _experiencer_cue(self, verb: Token, feeling: tuple[int, int, Token, Token | None]) -> None:
        """The attribution of a verb of feeling (``feeling`` from :meth:`_feeling`): PolNeAR takes the one who
        feels it for the source and the cause for the content."""
        start, end, feels, through = feeling
        doc = self.doc
        cstart, cend = self._with_marks(doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))
        cue = _cue_span(verb, through)
        if verb.dep_ == "acomp":  # "[have long been worried] about": the verb "be" with its auxiliaries
            cue = min(cue[0], doc[_cue_start(verb.head)].idx), cue[1]
        if not self._is_used(cstart, cend):
            self._add(_Found(cstart, cend, cue, verb.lemma_.lower(), _phrase(feels), 0.7))

    def _frames(self, verb: Token, takes: str) -> bool:
        """The cue reports the whole clause it stands before or after ("As the Ledger reported, [the mayor
        said the bridge would reopen]", "[The mayor said ...], the Ledger reported"): the clause is its content,
        any cue inside that clause part of what was reported, so it goes first (PolNeAR marks the outer
        attribution only)."""
        if takes != "clause":
            return False
        if verb.dep_ == "advcl":
            span = _as_reported(verb)  # not first when a clause of its own is joined on: "As the report noted,
            # prices rose, and [the minister said ...]" -- the minister's words are his; nor inside what another
            # cue says: "the firm says [the issue was not ...], as many first claimed"
            return span is not None and verb.head.dep_ not in ("ccomp", "xcomp") and not any(
                c.dep_ == "conj" and span[0] <= c.i < span[1] and any(g.dep_ in SUBJECTS for g in c.children)
                for c in verb.head.children)
        return verb.dep_ == "conj" and _reported_before(verb) is not None

    def _says_quotation(self, verb: Token) -> bool:
        """A verb that neither the lexicon nor the gate takes, but that closes a quotation with a speaker of
        its own (""Sit down," the chairman snapped", ""...," opined the Gazette") or opens one after its
        speaker and a comma (see :meth:`_opens_quotation`), says it: that is how news writing reports
        speech, whatever the verb."""
        if verb.pos_ != "VERB":
            return False
        if self._quoted_before(verb) is None and (
                self._split_off(verb) is None or any(c.dep_ in ("dobj", "ccomp") for c in verb.children)
                or self._name_after(verb) is None and not any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP")
                                                              for c in verb.children)):
            # (a verb with an object of its own does something else: "[chants of "Feel the Bern!"] Their
            # voices drowned out the horns")
            return self._opens_quotation(verb)
        return any(c.dep_ == "nsubj" for c in verb.children) or self._name_after(verb) is not None

    def _opens_quotation(self, verb: Token) -> bool:
        """A subject, its verb (and particle), a comma, then quoted words with a verb of their own to the end
        of the sentence: "Lee shot back, "I could have stayed home."" The verb has no object or clause before
        it, and the quotation is no title ("the band played, "Hey Jude."")."""
        doc, comma = self.doc, verb.i + 1
        while comma < len(doc) and doc[comma].head.i == verb.i and doc[comma].dep_ in ("prt", "advmod"):
            comma += 1
        if comma + 1 >= len(doc) or doc[comma].text != "," \
                or not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children) \
                or any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.i < verb.i for c in verb.children):
            return False
        at = doc[comma].idx + 1
        i = bisect.bisect_left(self.quotations.starts, at)
        if i >= len(self.quotations.pieces):
            return False
        q = self.quotations.pieces[i]
        inside = doc.char_span(q.start, q.end, alignment_mode="expand")
        return not self.text[at:q.start].strip() and verb.sent.end_char <= q.end + 2 and inside is not None \
            and any(t.pos_ in ("VERB", "AUX") for t in inside)

    def _interrupts(self, verb: Token) -> bool:
        """The cue interrupts a clause of the writer's own, not a quotation ("The plan, she said, will
        pass"): the whole clause is what was said, any cue inside it part of that."""
        head = verb.head
        return verb.dep_ == "parataxis" and head.i != verb.i \
            and not self.quotations.containing(head.idx, head.idx + len(head))

    def _quoted_before(self, verb: Token) -> Token | None:
        """The clause of a quotation the cue closes (""A," Trump said in February of Carrier, whose parent
        relocated jobs"): its content, whatever clause the parse also hangs after the verb, or before the
        quotation ("Lee walked through the rules: "A," he said")."""
        clause = next((c for c in reversed(list(verb.lefts)) if c.dep_ == "ccomp"), None)
        if clause is None:
            return None
        q = self.quotations.containing(clause.idx, clause.idx + len(clause))
        return clause if q is not None and self._ends_before(q, self._clause_start(verb)) else None

    def _name_after(self, verb: Token) -> SpacySpan | None:
        """The name right after a cue that closes a quotation, when the parse missed it as the subject
        (""...," said Skelly", "Skelly" tagged an adverb): its run of capitalised words."""
        doc, end = verb.doc, verb.i + 1
        i = bisect.bisect_right(self.quotations.starts, verb.idx) - 1
        if i < 0 or not self._ends_before(self.quotations.pieces[i], verb.idx):
            return None
        while end < len(doc) and doc[end].text[:1].isupper() and doc[end].pos_ in _NAME_PARTS \
                and doc[end].ent_type_ not in ("DATE", "TIME"):  # ""We won," said Monday" names no one
            end += 1
        return doc[verb.i + 1:end] if end > verb.i + 1 else None

    def _inverted_subject(self, verb: Token) -> SpacySpan | None:
        """The speaker after a cue that follows the words it reports, when the parse read it as the cue's
        object (""It's Bernie's to lose," added [another Democrat]", "He had a say, said [a former
        spokesman]", ""America is great!" read [one]") or as the subject of a clause after it (""...," said
        [the woman], who did not want her name used"): a finite cue without a subject, right after a
        quotation or after its own clause and a comma, takes the noun phrase right after it, which ends
        the clause, as who speaks."""
        doc = verb.doc
        if verb.tag_ not in ("VBD", "VBZ", "VBP", "VB") or verb.lemma_.lower() in _ADDRESSEE_CUES + _ADDRESSED \
                or any(c.dep_ in SUBJECTS + ("aux",) for c in verb.children) or verb.i == 0:
            return None  # "told [Fox News]", "asked [the crowd]": the one spoken to
        obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
        if obj is not None:
            after = obj.right_edge.i + 1
        else:
            obj = next((n for c in verb.rights if c.dep_ == "ccomp" for n in c.lefts if n.dep_ == "nsubj"), None)
            after = obj.i + 1 if obj is not None else 0
            if after < len(doc) and doc[after].text != ",":
                return None
        if obj is None or obj.left_edge.i != verb.i + 1 or any(t.tag_ in ("PRP", "WP", "WDT", "EX")
                                                                for t in (obj, doc[obj.left_edge.i])):
            return None
        if after < len(doc) and not doc[after].is_punct:
            return None  # "adds [another number] to the mix": an object; the speaker ends the clause
        i = bisect.bisect_right(self.quotations.starts, verb.idx) - 1
        closes = i >= 0 and self._ends_before(self.quotations.pieces[i], verb.idx)
        if obj.pos_ == "NOUN" and not _someone(obj) and (not closes or not any(
                c.dep_ in ("det", "poss") for c in obj.children)):
            return None  # "..., reported [record sales]", ""We lost," admitted [defeat]": what is said, not who
        if not closes and (doc[verb.i - 1].text != "," or not (
                any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)
                or verb.dep_ == "conj" and verb.head.i < verb.i
                and not any(t.dep_ == "cc" for t in doc[verb.head.i:verb.i]))):
            return None  # "[It is central], reported [the Examiner]": the clause reported, then the speaker
        return _phrase(obj)

    def _verb_cue(self, verb: Token, takes: str, head: Token | None) -> None:
        if verb.lemma_.lower() in _RAISING and any(c.dep_ == "xcomp" and c.lemma_.lower() in self.lexicon and any(
                g.dep_ == "ccomp" for g in c.children) for c in verb.children):
            return  # "she appeared to imply that ...": the cue is the infinitive's, "appeared to" part of it
        through = None  # a preposition that joins the cue
        holes = False  # the source may stand inside the content
        controlled = False  # the source is the understood subject of a non-finite cue
        inverted = None  # a speaker after the cue (see _inverted_subject)
        raised = _raised(verb)
        if raised is not None:
            source, span = None, raised  # "[Sanders] seemed [to reap the benefits]": no source
        elif _passive_subject(verb) is not None:
            # "[The video] is called [No Respite]", "Trump was asked [if ...]": the subject is what the
            # attribution is about, not who makes it; that is the agent ("rebuked by [opponents]") if any
            source = _agent(verb)
            span = self._clause(head) if head is not None else None
            if span is None and not self._quote_near(verb):
                span, through = _passive_content(verb)
                holes = span is not None  # the agent stands inside the content
        else:
            inverted = self._inverted_subject(verb)
            fronted = _fronted_speaker(verb)  # "Say [the organisers]: ..."
            source = inverted or (_phrase(fronted) if fronted is not None else _subject(verb))
            if source is not None and self.quotations.containing(source.start_char, source.end_char):
                source = None  # ""X," said Skelly": a subject inside the quotation the cue closes is quoted
            source = source or self._name_after(verb)
            if source is None and verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.i > verb.head.i \
                    and verb.head.pos_ in ("NOUN", "PROPN"):
                source = _trailing_subject(verb) or _holder(verb)  # "[an outside group] backing [Rubio]"
            if source is None and verb.dep_ in ("amod", "acl", "compound"):
                return  # "a promised withdrawal"
            controlled = source is None
            if controlled:  # "[Deacon] had nothing bad to say": the understood subject, when not quoted words
                source = _controller(verb)
                if source is not None and self.quotations.overlapping(source.start_char, source.end_char):
                    source = None
            span = self._clause(head) if head is not None else None
            if span is not None and verb.dep_ == "relcl" and head.dep_ == "ccomp" and span[0] < verb.i \
                    and self.doc[span[0]].tag_ in ("WDT", "WP"):
                holes = True  # "policies, [which] he said [had harmed the economy]": the pronoun opens it
            if span is not None and head.dep_ == "ccomp" and head.i > verb.i and span[1] == head.right_edge.i + 1:
                # "said [the bill would pass, but the vote would be close]": a coordinated clause parsed
                # on the cue continues what was said, unless it is a cue of its own
                for child in verb.rights:
                    if child.dep_ == "conj" and child.i > head.i and child.lemma_.lower() not in self.lexicon:
                        span = span[0], child.right_edge.i + 1
        pieces: list[Quoted] = []
        parenthetical = fixed = False
        if span is None and verb.dep_ == "parataxis" and (verb.head.i < verb.i or _set_off(verb, self.lexicon)
                                                          and not self._closes_quote(verb)):
            span = self._around(verb)  # "This campaign, he says, is different"
            parenthetical = span is not None
        if span is None and not pieces and verb.dep_ == "advcl" and takes == "clause":
            span = _as_reported(verb)  # "As Ryan has pointed out, [that's the definition of racism]"
        if span is None and not pieces and verb.dep_ == "conj" and takes == "clause":
            span = _reported_before(verb)  # "[This includes a special force], Carter told a Senate panel"
        if span is None and inverted is not None and verb.dep_ == "conj" and verb.head.i < verb.i \
                and not self._quote_near(verb):
            span = verb.head.left_edge.i, verb.i - 1  # "[A truck drove into a crowd], reported [BFMTV]"
        if span is None and takes == "clause":
            span = _that_after_the_addressee(verb)  # "told [the Daily News of New York] that Weiss had ..."
        if span is None:
            pieces = self._quote_near(verb)
            # with no quotation near, a clause cue's prepositional object is its content ("warned of [war]")
            complement = _object_span(verb, takes if pieces else "object")  # also "laid out [the plan]"
            if complement and (takes == "object" or pieces and self.doc[complement[0]].idx < pieces[0].start
                               < self.doc[complement[1] - 1].idx + len(self.doc[complement[1] - 1])):
                span, through, pieces = complement[:2], complement[2], []  # called his standing "unheard of"
                holes = self.doc[span[0]].tag_ in ("WDT", "WP") and span[0] < verb.i  # the pronoun opens it
                span = self._with_predicate(verb, span)
            elif not pieces and complement:
                span, through = complement[:2], complement[2]  # "had said the same thing"
            if span is not None and through is not None and through.lower_ == "at" and span[1] < len(self.doc) \
                    and self.doc[span[1]].lower_ == "with":
                fixed = True  # "lashed out at [the council] with unusual anger": the span model would take it all
        if span is None and not pieces and takes == "clause":
            span = _that_after_a_time(verb)  # "He said upon entering the room [that the air was stale]"
        if span is None and not pieces and takes == "clause":
            span = _closing_clause(verb)  # "[Prices rose], she said."
            if span is None:
                span = _answer(verb)  # "said [no]"
                fixed = span is not None  # no wider than the answer's phrase
        if span is None and not pieces:
            antecedent = _antecedent(verb)  # "[the plan] she described", "[the rules] he rails against"
            if antecedent is not None:
                span, through = antecedent[:2], antecedent[2]
        if span is not None:
            start, end = _trim(self.doc, *span)
            if start >= end:
                return
            cstart, cend = self._with_marks(self.doc[start].idx, self.doc[end - 1].idx + len(self.doc[end - 1]))
            confidence = 0.8
            if not parenthetical and not holes and (
                    self._is_used(cstart, cend) and not self._between_quotations(cstart, cend)
                    or source is not None and not controlled and source.start_char < cend
                    and cstart < source.end_char):
                # the clause the parse gives the cue is another's content or holds the speaker: the quoted
                # sentence it closes or introduces is its content ("Trump replied, "Well, maybe so."")
                pieces = self._said_sentence(verb)
                if pieces:
                    span, through = None, None
                    if source is not None and source.start_char < pieces[0].end < source.end_char:
                        # a speaker the parse ran back into the quotation starts after it
                        after = [t for t in source if t.idx >= pieces[0].end and not t.is_punct]
                        source = self.doc[after[0].i:source.end] if after else None
        if span is None and pieces:
            cstart, cend = pieces[0].start, pieces[0].end
            confidence = 0.9 if source is not None else 0.6
            nxt = verb.nbor(1) if verb.i + 1 < len(self.doc) else None
            if nxt is not None and nxt.dep_ == "prep" and nxt.head.i == verb.i and nxt.lower_ in ("of", "about"):
                through = nxt  # "said of the plan: "..."" -- the cue is "said of"
        elif span is None:
            return
        if source is not None and source.start_char < cend and cstart < source.end_char and not pieces \
                and not parenthetical and not holes:
            if not controlled:
                return  # a parse that puts the subject inside its own complement
            source = None  # an understood subject inside the content is no source of it
        cue = _cue_span(verb, through)
        first = self.quotations.containing(cstart, cstart + 1)
        if first is not None and first.start == cstart and cue[1] < cstart and through is None:
            cstart = self._predicated(verb, first)
        cstart, cend = self._preceding(cstart, verb, source), self._following(cend, verb)
        cstart = self._lead_in(cstart, verb, cue, source)
        if source is not None and len(source) == 1 and source[0].lower_ in _DEMONSTRATIVES \
                and source[0].tag_ not in ("WDT", "PRP"):
            source = None  # "[That] has convinced some activists": a demonstrative names a thing, no speaker
        found = _Found(cstart, cend, cue, verb.lemma_.lower(), source, confidence, fixed=fixed)
        if not self._is_used(cstart, cend):
            self._add(found)
        elif self._between_quotations(cstart, cend):
            found.nested = True  # its range is in use already, as part of the run of quotations
            self.found.append(found)
        elif cue[1] <= cstart:
            inner = [f for f in self.found if f.start < cend and cstart < f.end]
            if all(self._held(f, cstart, cend) for f in inner):
                for f in inner:  # "quoted [an official as saying ...]": the outer attribution holds the inner one
                    self.found.remove(f)
                    self.used.remove((f.start, f.end))
                self._add(found)

    def _held(self, f: _Found, start: int, end: int) -> bool:
        """An attribution found earlier lies, cue and all, inside the content start..end of a cue before it,
        tied into that content: no comma, dash or bracket before it ("quoted [an official as saying ...]",
        "rebuked [the senator for suggesting ...]", but not "[critics], who say ..."), no quotation in it, no
        coordination ("urged ... and promised"), no speaking noun ("critics who say") and no "according to"
        (which holds its own sentence). PolNeAR marks the outer attribution only."""
        return start <= f.start and f.end <= end and not f.nested and f.cue is not None \
            and start <= f.cue[0] and f.cue[1] <= end and f.cue_lemma not in ("according to", "in") \
            and not self.quotations.overlapping(f.start, f.end) \
            and not _SET_OFF.search(self.text, start, min(f.start, f.cue[0])) \
            and not self._beside(f)

    def _beside(self, f: _Found) -> bool:
        """The attribution's cue verb is coordinated with another ("urging voters ... and promising to ...",
        "while Sanders suggests ...") or says what the noun it describes says ("critics who say", "a lawsuit
        claiming"), or is a bare verb (an infinitive): an attribution beside the one around it, not inside it."""
        span = self.doc.char_span(f.cue[0], f.cue[1], alignment_mode="expand")
        verb = next((t for t in span or () if t.pos_ in ("VERB", "AUX")), None)
        return verb is None or verb.dep_ == "conj" or any(c.dep_ in ("mark", "cc") for c in verb.children) \
            or _speaks_for_noun(verb) or verb.tag_ == "VB"  # "looking for someone [to explain] why ..."

    def _said_sentence(self, verb: Token) -> list[Quoted]:
        """The quoted sentence the cue closes or introduces (only a comma or colon between them)."""
        after = verb.idx + len(verb)
        return [q for q in self._quote_near(verb) if self._a_sentence(q) and (
            self._ends_before(q, self._clause_start(verb))
            or not self.text[after:q.start].replace(",", " ").replace(":", " ").strip())]

    def _a_sentence(self, q: Quoted) -> bool:
        """The quotation is a sentence of its own: capitalised, with a subject and verb, ending in a stop or
        comma inside its marks ("Well, maybe so."), not a title ("Doomed to Succeed,") or a phrase."""
        words = self.text[q.start:q.end].strip(CHARS + " ")
        inside = self.doc.char_span(q.start, q.end, alignment_mode="expand")
        return words[:1].isupper() and self.text[q.start:q.end].rstrip(CHARS + " ")[-1:] in ",.?!" \
            and inside is not None and any(t.dep_ in ("nsubj", "nsubjpass", "expl") and t.tag_ not in ("WDT", "WP")
                                           and inside.start <= t.head.i < inside.end for t in inside)

    def _with_predicate(self, verb: Token, span: tuple[int, int]) -> tuple[int, int]:
        """An object content followed by a quoted predicate of the object that the parse hangs on the cue
        ("called [Clinton's remarks a "new low"]", "calling [Pence "my partner"]"): the content runs on to the
        end of that predicate."""
        doc, end = self.doc, span[1]
        at = end
        while at < min(end + 6, len(doc)) and not doc[at].is_punct and doc[at].pos_ not in ("VERB", "AUX"):
            at += 1  # "called [Clinton's remarks on 9/11 a "new low"]"
        if at >= len(doc) or not is_double(doc[at].text):
            return span
        q = self.quotations.containing(doc[at].idx, doc[at].idx + 1)
        if q is None or q.start != doc[at].idx:
            return span
        child = next((c for c in verb.rights if c.left_edge.i <= at <= c.right_edge.i), None)
        if child is None or child.dep_ not in ("oprd", "xcomp", "attr", "ccomp", "prep") \
                or child.left_edge.i < span[1] \
                or any(t.tag_ not in ("DT", "TO") and not (t.i == child.i and t.lower_ in _OBJECT_PREPS)
                       for t in doc[child.left_edge.i:at]):
            # the quotation opens the predicate, after an article, "to" or "as" at most ("described them as
            # "thugs""), not a time or place of the saying ("called him during "Meet the Press"")
            return span
        return span[0], max(end, child.right_edge.i + 1)

    def _predicated(self, verb: Token, q: Quoted) -> int:
        """Where a quotation that follows the cue's object without a comma or colon really starts: the
        quotation says something of the object ("called [her "third-rate"]", "proclaims [the article a
        "terrific piece"]"), so the object is part of the content. Not a preposition ("responded with
        chants of "..."") nor another verb between them, and not a quotation that is a sentence of its
        own: the object is then who is addressed ("asked [the crowd] "Are you ready?"")."""
        if verb.lemma_.lower() in _ADDRESSEE_CUES + _ADDRESSED:
            return q.start  # "told reporters "..."", "assured reporters "..."": the one spoken to
        inside = self.doc.char_span(q.start, q.end, alignment_mode="expand")
        if inside is not None and self.text[q.start:q.end].lstrip(CHARS)[:1].isupper() \
                and any(t.dep_ in ("nsubj", "nsubjpass", "expl") and inside.start <= t.head.i < inside.end
                        for t in inside):
            return q.start  # a capitalised quotation with a subject and verb of its own: said to the object
        gap = []
        for t in self.doc[verb.i + 1:]:
            if t.idx >= q.start:
                break
            gap.append(t)
        while gap and gap[0].dep_ == "prt" and gap[0].head.i == verb.i:
            gap = gap[1:]
        if not gap or not self.text[gap[-1].idx + len(gap[-1]):q.start].isspace() \
                or any(t.pos_ in ("VERB", "AUX") or t.is_punct and t.text not in ("'", "-") or t.is_space
                       or t.dep_ in ("prep", "agent", "advmod", "npadvmod") and t.head.i == verb.i for t in gap) \
                or self.quotations.overlapping(gap[0].idx, q.start):
            return q.start
        return gap[0].idx

    def _lead_in(self, start: int, verb: Token, cue: tuple[int, int], source: SpacySpan | None) -> int:
        """Where a content that follows a parenthetical cue starts: "[Sooner or later], the governor
        said, [“it starts to pay off.”]" -- PolNeAR's content takes the words before the speaker, the
        speaker and cue being a hole. Not a time or place of the saying ("On Monday, Trump said ...")."""
        if source is None or source.root.tag_ in ("WP", "WDT"):
            return start
        lo, hi = min(cue[0], source.start_char), max(cue[1], source.end_char)
        sent = verb.sent
        between = self.text[min(cue[1], source.end_char):max(cue[0], source.start_char)]
        if start < hi or any(ch.isalnum() for ch in self.text[hi:start] + between) or "," not in self.text[hi:start] \
                or lo <= sent.start_char:
            return start
        prefix = self.text[sent.start_char:lo].rstrip()
        if not prefix.endswith(",") or self.quotations.overlapping(sent.start_char, lo) \
                or self._is_used(sent.start_char, lo):
            return start
        tokens = [t for t in sent if t.idx < lo]
        inside = {t.i for t in tokens}
        # a quotation going on in lower case continues the clause begun before the cue ("When the rules take
        # effect, he added, "it will be harder""), but not the time, place or occasion of the saying ("At a
        # rally, Trump said, "we will win"", "Asked about it, he said, "..."")
        continued = self.text[start:start + 1] in tuple(CHARS) \
            and self.text[start:start + 3].lstrip(CHARS)[:1].islower() \
            and not any(t.ent_type_ in ("DATE", "TIME") for t in tokens) \
            and any(t.dep_ == "advcl" and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
                    and any(c.dep_ == "mark" or c.tag_ == "WRB" for c in t.children) for t in tokens)
        for t in tokens:
            if not continued and t.head.i not in inside \
                    and (t.head.i == verb.i or t.head.head.i == verb.i and t.head.dep_ == "aux") \
                    and t.dep_ in ("prep", "npadvmod", "advcl", "mark", "agent", "nsubj", "dobj", "dative"):
                return start  # an adjunct of the saying itself
        first, _ = _trim(self.doc, tokens[0].i, tokens[-1].i + 1)
        return self.doc[first].idx if first <= tokens[-1].i else start

    def _closes_quote(self, verb: Token) -> bool:
        """A quotation ends right where the cue's clause begins (""...," Trump said, after ...")."""
        start = self._clause_start(verb)
        i = bisect.bisect_right(self.quotations.starts, start) - 1
        return i >= 0 and self._ends_before(self.quotations.pieces[i], start)

    def noun_cues(self) -> None:
        """Attributions carried by a noun with a that-clause or an infinitive: "[Trump's] claim [that
        he won]", "her pledge [to fight]". The owner is the source, the noun with its article and modifiers the cue."""
        for noun in self.doc:
            if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _NOUN_CUES \
                    or self.quotations.containing(noun.idx, noun.idx + len(noun)):
                continue
            clause = next((c for c in noun.rights if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX")
                           and self.doc[c.left_edge.i].lower_ in ("that", "to")), None)
            if clause is None:
                continue
            start, end = _trim(self.doc, clause.left_edge.i, clause.right_edge.i + 1)
            if start >= end:
                continue
            cstart, cend = self._with_marks(self.doc[start].idx, self.doc[end - 1].idx + len(self.doc[end - 1]))
            if self._is_used(cstart, cend) or self._is_used(noun.idx, noun.idx + len(noun)):
                continue
            owner = next((c for c in noun.children if c.dep_ == "poss"), None)
            source = self.doc[owner.left_edge.i:owner.right_edge.i + 1] if owner is not None else None
            cue = (self.doc[_noun_cue_start(noun)].idx, noun.idx + len(noun))
            self._add(_Found(cstart, cend, cue, noun.lemma_.lower(), source, 0.6))

    def colon_quotations(self) -> None:
        """A quotation introduced by a colon after a clause whose verb is no cue in the lexicon: "Mr.
        Christie gloated: "..."", "the Board was conclusive in its findings: "..."", "As Cornyn put
        it: "..."". The colon hands the quotation to the clause's subject; the cue is the predicate
        up to the colon. A bare name before the colon ("Clinton: "..."") is the source, with no cue."""
        for q in self.quotations.pieces:
            if q.continues or self._is_used(q.start, q.end):
                continue
            colon = q.start
            while colon > 0 and self.text[colon - 1].isspace():
                colon -= 1
            if colon == 0 or self.text[colon - 1] != ":" or "\n" in self.text[colon:q.start]:
                continue
            span = self.doc.char_span(colon - 1, colon)
            if span is None or self.quotations.containing(colon - 1, colon):
                continue
            root = self.doc[span[0].i - 1] if span[0].i > 0 else span[0]
            while root.head.i < span[0].i and root.head.i != root.i:  # the clause before the colon
                root = root.head
            if root.i >= span[0].i or self.quotations.containing(root.idx, root.idx + len(root)):
                continue
            source, cue = None, None
            owner = next((f for f in self.found if f.cue and f.cue[0] <= root.idx < f.cue[1]), None)
            if owner is not None:
                if owner.end <= colon and not self._is_used(owner.end, q.start):
                    # "Mr. Amar said that a deal might be possible: "In business, ..."": one content
                    self._move(owner, owner.start, self._following(q.end, root))
                continue
            if root.pos_ in ("VERB", "AUX"):
                subject = next((c for c in root.lefts if c.dep_ in SUBJECTS), None)
                if subject is None or subject.lower_ in _NOT_SOURCES or subject.tag_ in ("WP", "WDT", "EX"):
                    continue
                source = self.doc[subject.left_edge.i:subject.right_edge.i + 1]
                cue = (self.doc[_cue_start(root)].idx, self.doc[span[0].i - 1].idx + len(self.doc[span[0].i - 1]))
            elif root.pos_ == "PROPN" and root.ent_type_ not in ("GPE", "LOC") \
                    and not self.doc[root.left_edge.i:span[0].i].text.isupper() \
                    and not self.text[self.text.rfind("\n", 0, root.left_edge.idx) + 1:root.left_edge.idx].strip():
                # not a dateline ("NEW DELHI: ...")
                source = self.doc[root.left_edge.i:span[0].i]  # "Former secretary of state Hillary Clinton:"
            else:
                continue
            if source.start_char < q.start and self._is_used(source.start_char, source.end_char):
                continue
            lemma = root.lemma_.lower() if cue else None
            self._add(_Found(q.start, self._following(q.end, root), cue, lemma, source, 0.6))

    def _around(self, verb: Token) -> tuple[int, int] | None:
        """The clause a parenthetical cue interrupts, the cue and its subject being holes in it."""
        head = verb.head
        if not any(c.dep_ in SUBJECTS for c in verb.children) or head.pos_ not in ("VERB", "AUX"):
            return None
        return head.left_edge.i, head.right_edge.i + 1

    def _clause(self, head: Token) -> tuple[int, int]:
        """A complement's tokens, up to a coordinated cue verb that starts an attribution of its own
        ("said [that he had tapped a vein] but warning that ...")."""
        end = head.right_edge.i + 1
        for token in head.subtree:
            if token.i > head.i and token.dep_ in ("conj", "advcl") and token.head.i >= head.i and \
                    token.lemma_.lower() in self.lexicon and any(c.dep_ == "ccomp" for c in token.children) \
                    and not any(c.dep_ in SUBJECTS for c in token.children):
                end = min(end, token.left_edge.i)
        return head.left_edge.i, end

    def _names_a_title(self, q: Quoted, verb: Token) -> bool:
        """The quotation names a title, not more quoted words: a capitalised quotation right after a noun
        or a possessive, no punctuation between (the senator said on NBC's "Meet the Press""; but not "he
        said and "we will win again""), or the object of a preposition of the cue ("he said during a call
        to ABC's "This Week."")."""
        span = self.doc.char_span(q.start, q.end, alignment_mode="expand")
        words = [t for t in span or () if not t.is_punct]
        if not words or _has_subject(span) or any(
                t.dep_ in ("oprd", "xcomp", "dobj", "attr", "appos", "ccomp") and not q.start <= t.head.idx < q.end
                and (_names(t.head) or t.dep_ == "appos" and t.head.dep_ == "dobj" and _names(t.head.head))
                for t in words):
            return False  # a sentence, or what the speaker calls a thing ("calling the network "Fake News."")
        at = q.start
        while at > 0 and self.text[at - 1].isspace():
            at -= 1
        before = self.doc.char_span(at - 1, at, alignment_mode="expand") if at else None
        capital = self.text[q.start:q.end].lstrip(CHARS)[:1].isupper()
        if before is not None and len(before) and capital and (before[-1].pos_ in ("NOUN", "PROPN")
                                                               or before[-1].tag_ == "POS"
                                                               or before[-1].dep_ == "prep"
                                                               and before[-1].lower_ not in _TIME_PREPS
                                                               and before[-1].head.i == verb.i):
            return True  # (or right after a preposition of the cue: "he said on "Meet the Press."")
        below = _path_below(words, verb)
        return any(t.dep_ == "prep" or t.dep_ == "npadvmod" for t in below) and not _when(below, q)

    def _in_time_phrase(self, q: Quoted, verb: Token) -> bool:
        """The quotation's words hang on the cue through a preposition of time: they say when, not what was
        said ("sounding "like a video game", before "a few more shots ...""); another cue's words."""
        span = self.doc.char_span(q.start, q.end, alignment_mode="expand")
        return _when(_path_below([t for t in span or () if not t.is_punct], verb), q)

    def _cue_between(self, verb: Token, end: int) -> bool:
        """A cue verb of ``verb``'s own clause stands between it and ``end``: ""A," he said, adding "B.""
        gives "B" to "adding"."""
        for token in self.doc[verb.i + 1:]:
            if token.idx >= end:
                return False
            if token.pos_ == "VERB" and token.lemma_.lower() in self.lexicon and token.head.i == verb.i \
                    and token.dep_ in ("advcl", "conj", "xcomp") \
                    and not self.quotations.containing(token.idx, token.idx + len(token)):
                return True  # not "said Rendell, who supports Mrs. Clinton"
        return False

    def _stands_alone(self, q: Quoted) -> bool:
        """Nothing of its own sentence follows the quotation (no "he added" of another attribution)."""
        line_end = self.text.find("\n", q.end)
        line_end = len(self.text) if line_end < 0 else line_end
        i = bisect.bisect_right(self.quotations.starts, q.start)
        stop = min(line_end, self.quotations.pieces[i].start) if i < len(self.quotations.pieces) else line_end
        if not self.text[q.end:stop].strip():
            return True
        last = self.doc.char_span(q.end - 1, q.end, alignment_mode="expand")
        inner = self.text[q.start:q.end].rstrip(CHARS)  # a closing '' is two characters
        return last is not None and len(last) > 0 and last[-1].sent.end_char <= q.end + 1 and \
            inner[-1:] in (".", "?", "!")

    def _preceding(self, start: int, verb: Token, source: SpacySpan | None) -> int:
        """Where a quoted content that follows its cue really starts: "A," she said, "B." is one content."""
        first = self.quotations.containing(start, start + 1)
        if first is None or first.start != start or start < verb.idx:
            return start
        i = bisect.bisect_left(self.quotations.starts, start) - 1
        if i < 0:
            return start
        q = self.quotations.pieces[i]
        between = self.text[q.end:start]
        for s, e in ((verb.idx, verb.idx + len(verb)), (source.start_char, source.end_char) if source else (0, 0)):
            if q.end <= s and e <= start:
                between = between.replace(self.text[s:e], " ", 1)
        if "\n" not in self.text[q.start:start] and not between.strip(" ,") and not self._is_used(q.start, q.end):
            return q.start
        return start

    def _following(self, end: int, verb: Token) -> int:
        """Where a quoted content really ends: "A," he said, "B." and "A," he said. "B." are one content,
        as is every quotation that follows in the same paragraph with nothing but space between."""
        last = self.quotations.containing(end - 1, end)
        if last is None or last.end != end:
            return end
        sent = verb.sent
        after = end
        if end <= verb.idx:
            after = sent.end_char  # the quotations after the cue's sentence
            opening = self.quotations.containing(after - 1, after)
            if opening is not None and opening.start > verb.idx \
                    and not self.text[opening.start:after].strip(CHARS + " ") \
                    and not self.quotations.overlapping(end, opening.start):
                after = opening.start  # a sentence the parse ended after the opening mark of the next quotation
            while after > sent.start_char and self.text[after - 1].isspace():
                after -= 1
            i = bisect.bisect_right(self.quotations.starts, verb.idx)
            if i < len(self.quotations.pieces):
                q = self.quotations.pieces[i]
                if q.start < sent.end_char and not self._is_used(q.start, q.end) and self._stands_alone(q) \
                        and not self._cue_between(verb, q.start) and not self._names_a_title(q, verb):
                    end = after = q.end
        i = bisect.bisect_right(self.quotations.starts, after - 1)
        while i < len(self.quotations.pieces):
            q = self.quotations.pieces[i]
            gap = self.text[after:q.start]
            if q.start < after or gap.strip() or "\n" in gap or self._is_used(q.start, q.end) \
                    or not self._stands_alone(q):
                break
            end = after = q.end
            i += 1
        return end

    def according_to(self) -> None:
        for token in self.doc:
            to = _sourcing_preposition(token)
            if to is None:
                continue
            if self.quotations.containing(token.idx, to.idx + len(to)):
                continue  # a sourced claim inside a quotation is part of the quoted words
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
            if pobj is None:
                continue
            phrase_start, phrase_end = token.i, pobj.right_edge.i + 1
            source = self.doc[slice(*_trim(self.doc, pobj.left_edge.i, phrase_end))]
            # the content is the rest of the sentence, or of its part between colons and semicolons
            sent = token.sent
            lo, hi = sent.start, sent.end
            for t in sent:
                if t.text in (":", ";") and not self.quotations.containing(t.idx, t.idx + 1):
                    if t.i < phrase_start:
                        lo = t.i + 1
                    elif t.i >= phrase_end:
                        hi = min(hi, t.i)
            start, end = _trim(self.doc, lo, hi)
            if start >= end:
                continue
            if _trim(self.doc, start, phrase_start)[0] >= phrase_start:  # the phrase opens the sentence
                start, end = _trim(self.doc, phrase_end, end)
            elif _trim(self.doc, phrase_end, end)[0] >= end:  # or closes it
                start, end = _trim(self.doc, start, phrase_start)
            if start >= end:
                continue
            cstart, cend = self._with_marks(self.doc[start].idx, self.doc[end - 1].idx + len(self.doc[end - 1]))
            if self._is_used(cstart, cend):
                continue
            cue = (token.idx, to.idx + len(to))
            self._add(_Found(cstart, cend, cue, "according to" if to.i > token.i else "in", source, 0.8))

    def _named_next(self, after: int) -> _Found | None:
        """The attribution whose speaker opens the next paragraph and says something ("[quotation paragraph]
        / Carstens, a former governor of Mexico's central bank, said that ..."): the speaker of a paragraph
        in quotation marks that no one speaking stands before."""
        paragraph = self.text.find("\n", after)
        if paragraph < 0 or self.text[after:paragraph].strip():
            return None
        following = min((f for f in self.with_source if f.source.start_char > paragraph), default=None,
                        key=lambda f: f.source.start_char)
        if following is None or self.text[paragraph:following.source.start_char].strip() \
                or not self._speaks(following):
            return None
        return following

    def _last_with_source(self, before: int) -> _Found | None:
        i = bisect.bisect_right(self.ends_with_source, before)
        return self.with_source[i - 1] if i else None

    def leftover_quotations(self) -> None:
        self.with_source = sorted((f for f in self.found if f.source is not None), key=lambda f: f.end)
        self.ends_with_source = [f.end for f in self.with_source]
        by_run: dict[int, _Found] = {}
        double_style = any(self._double_marked(q) for q in self.quotations.pieces)
        for f in self.found:
            for q in self.quotations.within(f.start, f.end):
                by_run.setdefault(q.run, f)
        for q in self.quotations.pieces:
            if self._is_used(q.start, q.end):
                continue
            if q.continues and q.run in by_run:
                first = by_run[q.run]
                if not self._joins(first, q):
                    self._add(_Found(q.start, q.end, first.cue, first.cue_lemma, first.source, first.confidence,
                                     canonical=first.canonical))
                continue
            line_start = self.text.rfind("\n", 0, q.start) + 1
            if self.text[line_start:q.start].strip() or double_style and not self._double_marked(q):
                continue  # a paragraph in single marks where quotations take double ones is a subheading
            line_end = self.text.find("\n", q.end)
            rest = self.text[q.end: len(self.text) if line_end < 0 else line_end].strip()
            if rest and len(rest) > 2:
                continue  # a quotation that opens a longer sentence is not a whole-paragraph quote
            previous = self._last_with_source(q.start)
            if previous is not None and self._joins(previous, q):
                by_run[q.run] = previous
            elif previous is not None and q.start - previous.end < 600 and self._speaks(previous):
                self._add(_Found(q.start, q.end, None, None, previous.source, 0.5, canonical=previous.canonical))
                by_run[q.run] = self.found[-1]
            elif (following := self._named_next(q.end)) is not None:
                self._add(_Found(q.start, q.end, None, None, following.source, 0.4, canonical=following.canonical))
                by_run[q.run] = self.found[-1]

    def embedded_posts(self, resolver: SpeakerResolver) -> None:
        """A post embedded in the page is a direct quotation of the author its signature names
        (:mod:`storycheck.quotes.posts`), unless an attribution found already reaches into it."""
        for post in embedded_posts(self.text):
            if post.end <= post.start or self._is_used(post.start, post.end):
                continue
            author = self.doc.char_span(post.author_start, post.author_end, alignment_mode="expand")
            name = self.text[post.author_start:post.author_end]
            canonical = (resolver.resolve(author) if author is not None and len(author) else None) or name
            self._add(_Found(post.start, post.end, None, "post", author, 0.9, canonical=canonical, kind="direct"))
        self.found.sort(key=lambda f: f.start)

    def _speaks(self, f: _Found) -> bool:
        """Whether an attribution is someone speaking, whose next paragraph in quotation marks may go on with
        their words: it quotes, or its cue is a verb of saying ("drug dealers who like the fact that ..." is
        no one speaking: the central banker quoted in the next paragraph is named after it)."""
        return bool(self.quotations.within(f.start, f.end)) or f.cue_lemma in SPEAKING

    def _double_marked(self, q: Quoted) -> bool:
        """The quotation opens with a double mark: single ones, in an article that quotes in double ones,
        set off a subheading ("'A fresh start.'" alone in its paragraph), not more of a speaker's words."""
        opening = self.text[q.start:q.start + 2]
        return is_double(opening) or is_double(opening[:1])

    def _joins(self, f: _Found, q: Quoted) -> bool:
        """Extends a quoted content over the quotation ``q`` when only its own cue and speaker stand
        between them, in its own paragraph: ""A," he said.\n\n"B."" is one attribution, as PolNeAR
        annotates it (the pieces are the content's fragments). A caption or any other text between
        keeps them apart, and so does a content that does not end with a quotation."""
        ending = self.quotations.containing(f.end - 1, f.end)
        if ending is None or ending.end != f.end or q.start < f.end:
            return False
        gap = list(self.text[f.end:q.start])
        for span in (f.cue, (f.source.start_char, f.source.end_char) if f.source is not None else None):
            if span and f.end <= span[0] and span[1] <= q.start:
                gap[span[0] - f.end:span[1] - f.end] = " " * (span[1] - span[0])
        lines = "".join(gap).split("\n")
        if sum(bool(line.strip()) for line in lines[1:]) or self._is_used(f.end, q.start) \
                or any(ch.isalnum() for ch in "".join(gap)) and not self._cue_sentence_ends_paragraph(f, q):
            return False
        self._move(f, f.start, q.end)
        return True

    def _cue_sentence_ends_paragraph(self, f: _Found, q: Quoted) -> bool:
        """Only the rest of the cue's own sentence stands between a quotation and the paragraph of quoted
        words that follows (""A," Collins told MSNBC in an interview.\n\n"B.""): the next paragraph goes on
        with the same words. Not when that rest holds another quotation or another cue verb."""
        first = self.quotations.containing(f.start, f.start + 1)
        if f.cue is None or f.cue[0] < f.end or f.source is None or first is None or first.start != f.start:
            return False  # (a content of quoted words only: mixed ones would take the words of the gap)
        verb = self.doc.char_span(*f.cue, alignment_mode="expand")
        if verb is None or not len(verb):
            return False
        sent = verb[0].sent
        line_end = self.text.find("\n", f.end)
        if sent.start_char > f.end or line_end < 0 or line_end > q.start \
                or self.text[sent.end_char:line_end].strip() or self.quotations.overlapping(f.end, line_end):
            return False
        rest = self.doc.char_span(verb.end_char, line_end, alignment_mode="contract")
        return not any(t.pos_ == "VERB" and t.lemma_.lower() in self.lexicon for t in rest or ())

    def _without_medium(self, f: _Found) -> None:
        """Ends a content at the quotation it closes on when only where the words were said follows
        ("called the plan "reckless" [in a tweet Sunday]", "a "clean energy economy" [in a statement]"): that
        phrase belongs to the saying, not to what was said. A show's name is no such place ("appearances as
        the "senior correspondent" on the Daily Show" says where he appears)."""
        if f.nested:
            return
        last = self.quotations.overlapping(f.end - 1, f.end)
        pieces = self.quotations.within(f.start, f.end)
        if not pieces or last and last[-1].end >= f.end:
            return
        end = pieces[-1].end
        rest = self.doc.char_span(end, f.end, alignment_mode="contract")
        words = [t for t in rest or () if not t.is_punct and not t.is_space]
        if not words or words[0].dep_ != "prep" or words[0].lower_ not in ("in", "on", "via", "during") \
                or not any(c.dep_ == "pobj" and (c.pos_ == "NOUN" and c.lemma_.lower() in _MEDIA
                                                 or c.lemma_.lower() in _PLATFORMS) for c in words[0].children):
            return
        if any(t.i > words[0].right_edge.i and t.ent_type_ not in ("DATE", "TIME") and t.pos_ not in ("ADP", "DET")
               for t in words):
            return  # the phrase (and a time) runs to the end, not "in the memo would fail"
        head = words[0].head
        if head.dep_ in ("acomp", "attr") and pieces[-1].start <= head.idx < end:
            head = head.head  # ""outstanding" in her speech" hangs on the "was" before the quotation
        medium = next(c for c in words[0].children if c.dep_ == "pobj")
        sayings = medium.lemma_.lower() in _WRITTEN and not any(c.dep_ == "poss" for c in medium.children)
        if head.lemma_ == "be" and f.start <= head.idx < pieces[-1].start and not sayings:
            return  # "said Clinton [was] "outstanding" in her speech", "the actor was "terrific" on the show": the
            # reported clause's own phrase; but "the deal was "a disaster" in a tweet" is where it was said
        self._move(f, f.start, end)

    def _sort_outside_furniture(self) -> None:
        """The attributions found so far, in text order, without those in a caption or a widget ("MOST READ
        ..."), which quote nobody."""
        furniture = self.parsed.furniture
        self.found = sorted((f for f in self.found if not furniture.covers(f.start, f.end)), key=lambda f: f.start)

    def _kind(self, f: _Found) -> str:
        if f.kind is not None:
            return f.kind
        return quote_kind(self.quotations, self.text, f.start, f.end, f.cue)

    def _splits(self, at: int) -> bool:
        """The character offset falls inside a quotation, not at one of its edges."""
        q = self.quotations.containing(at, at)
        return q is not None and q.start < at < q.end

    def _choose_edges(self) -> None:
        """Lets the learned span model move each content's edges (:mod:`storycheck.quotes.spanmodel`),
        never into another content."""
        for f in self.found:
            if f.fixed:
                continue  # "said [yes] on Monday", "said [so] herself": no wider than the answer's phrase
            source = (f.source.start_char, f.source.end_char) if f.source is not None else None
            start, end = self.span_model.choose_content(self.doc, self.text, f.start, f.end, f.cue, source,
                                                        f.cue_lemma, self._kind(f), self._is_used, self._splits)
            if (start, end) != (f.start, f.end):
                self._move(f, start, end)

    def _drop_inside_sources(self) -> None:
        """Drops an attribution whose cue stands inside another attribution's source: a clause describing that
        source ("said [Tom Reed, a farmer who backed the mayor]", "[Residents who oppose the road] say ...").
        PolNeAR gives each word to one attribution, and it keeps such a clause in the source. Not when the clause
        reports something of its own, a clause or quoted words ("said Anna Berg, who said [she would vote
        against it]", "who has called for [the mayor to resign]"): that is an attribution, PolNeAR marks it
        apart; nor when the clause describes another party named inside the source ("Officials at the agency,
        which warned of delays, said ...", see :func:`_same_party`); the source holding such a kept clause then
        ends before it ("[Officials at the agency], which warned of delays, said ...")."""
        sources = [(f.source.start_char, f.source.end_char, f) for f in self.found if f.source is not None]
        roots = {}  # id of a found attribution -> its cue's root token, looked up once
        for f in self.found:
            verb = self.doc.char_span(*f.cue, alignment_mode="expand") if f.cue is not None else None
            if verb is not None and len(verb):
                roots[id(f)] = verb.root

        def describes_a_source(f: _Found) -> bool:
            root = roots.get(id(f))
            if root is None or not any(a <= f.cue[0] and f.cue[1] <= b and o is not f and _same_party(root, o.source)
                                       for a, b, o in sources):
                return False
            return not self.quotations.overlapping(f.start, f.end) \
                and not any(c.dep_ in ("ccomp", "xcomp") for c in root.children) \
                and not self._reports_a_clause(f)

        self.found = [f for f in self.found if not describes_a_source(f)]
        for f in self.found:  # each word to one attribution: the outer source stops before the kept clause
            root = roots.get(id(f))
            if root is None:
                continue
            for o in self.found:
                if o is not f and o.source is not None and o.source.start_char <= f.cue[0] \
                        and f.cue[1] <= o.source.end_char:
                    o.source = _before_clause(root, o.source)

    def _reports_a_clause(self, f: _Found) -> bool:
        """The content holds a clause: a verb with its subject or an infinitive ("called for [the mayor to
        resign]", "whose claim [that the vote was rigged]"), not only a noun phrase ("denied [the allegations]")."""
        content = self.doc.char_span(f.start, f.end, alignment_mode="expand")
        if content is None or not len(content) or f.start < f.cue[1]:
            return False
        head = content.root
        return head.pos_ in ("VERB", "AUX") and any(
            content.start <= c.i < content.end and (c.dep_ in SUBJECTS or (c.dep_ == "aux" and c.lower_ == "to"))
            for c in head.children)

    def quotes(self) -> list[Quote]:
        self.according_to()  # first: a sourced sentence holds any attribution inside it
        self.verb_cues()
        self.noun_cues()
        self.colon_quotations()
        self._sort_outside_furniture()
        if self.span_model is not None:  # the learned edges of each source (before it is resolved)
            for f in self.found:
                if f.source is not None:
                    f.source = self.span_model.choose_source(f.source, f.cue_lemma)
        for f in self.found:
            if f.source is not None:  # "the author of [“Winning Big.]”" takes its closing mark
                f.source = with_partners(f.source)
        self._drop_inside_sources()  # after the sources' edges are final
        resolver = SpeakerResolver(self.parsed)
        for f in self.found:
            if f.source is not None:
                f.canonical = resolver.resolve(f.source, before=f.start)
                resolver.note_speaker(f.source.start_char, f.canonical, f.source, (f.start, f.end))
        self.leftover_quotations()
        self._sort_outside_furniture()
        if self.span_model is not None:
            self._choose_edges()
        for f in self.found:
            self._without_medium(f)
        self.embedded_posts(resolver)
        for f in self.found:
            f.titles = self._titles_inside(f)
        aid = self.parsed.article.id
        out = []
        for f in self.found:
            text = self.text[f.start:f.end]
            out.append(Quote(
                id=f"{aid}:q{len(out) + 1}", article_id=aid, kind=self._kind(f),
                start=f.start, end=f.end, text=text,
                cue=Span(aid, *f.cue, self.text[f.cue[0]:f.cue[1]]) if f.cue else None,
                cue_lemma=f.cue_lemma,
                speaker=Span(aid, f.source.start_char, f.source.end_char, f.source.text) if f.source is not None
                else None,
                speaker_canonical=f.canonical, confidence=f.confidence, titles=f.titles))
        return out

    def _titles_inside(self, f: _Found) -> tuple[tuple[int, int], ...]:
        """The quotations of a direct content that name a title in its cue's sentence, after the cue, when a
        quotation of the speaker's own stands before the cue (""A," Perez said on NBC's "Meet the Press." "B.""
        says A and B; the show's name is the writer's)."""
        if f.cue is None or f.nested or self._kind(f) != "direct":
            return ()
        pieces = self.quotations.within(f.start, f.end)
        if len(pieces) < 2 or pieces[0].end > f.cue[0]:
            return ()
        verb = self.doc.char_span(*f.cue, alignment_mode="expand")
        if verb is None or not len(verb):
            return ()
        verb = verb.root
        sent = verb.sent
        return tuple((q.start, q.end) for q in pieces[1:] if f.cue[1] <= q.start < sent.end_char
                     and self._names_a_title(q, verb))



_PACKAGED = object()


def extract_quotes(parsed: ParsedArticle, lexicon: dict[str, str] | None = None,
                   cue_model: CueModel | None | object = _PACKAGED,
                   span_model: SpanModel | None | object = _PACKAGED) -> list[Quote]:
    """Every attribution in the article, in text order. ``lexicon`` replaces the packaged cue lexicon
    (``cues.txt``); :mod:`storycheck.quotes.lexicon` uses it while learning that file, without the
    learned cue gate. ``cue_model`` replaces the packaged gate (:mod:`storycheck.quotes.cuemodel`);
    None runs the rules alone. ``span_model`` likewise replaces the packaged choice of content and
    source edges (:mod:`storycheck.quotes.spanmodel`); None keeps the rules' edges."""
    if cue_model is _PACKAGED:
        cue_model = packaged_model() if lexicon is None else None
    if span_model is _PACKAGED:
        span_model = packaged_span_model() if lexicon is None else None
    return _Extractor(parsed, lexicon, cue_model, span_model).quotes()
