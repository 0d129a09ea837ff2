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
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from storycheck.model import Quote, Span
from storycheck.nlp.pipeline import ParsedArticle
from storycheck.quotes.cuemodel import SUBJECTS, CueModel, packaged_model
from storycheck.quotes.marks import CHARS, Quoted, closes, find_quoted, is_double, with_partners
from storycheck.quotes.bodies import BODY_NOUNS
from storycheck.quotes.mentions import TITLE_WORDS
from storycheck.quotes.posts import embedded_posts
from storycheck.quotes.spanmodel import SpanModel
from storycheck.quotes.spanmodel import packaged_model as packaged_span_model
from storycheck.quotes.speakers import EPITHETS, PERSON_NOUNS, SpeakerResolver

_CUE_PARTS = ("aux", "auxpass", "neg")
_NOT_CUE = ("then", "so", "however", "thus")  # adverbs annotators leave out of a cue


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


# cues of saying or writing, whose speaker a following paragraph in quotation marks goes on quoting
SPEAKING = frozenset({
    "say", "tell", "add", "warn", "insist", "explain", "claim", "state", "announce", "stress", "emphasize",
    "emphasise", "speak", "write", "tweet", "post", "note", "argue", "continue", "comment", "reply", "respond",
    "recall", "describe", "ask", "answer", "acknowledge", "admit", "concede", "declare", "urge", "vow", "promise",
    "predict", "suggest", "according to", "call", "report", "confirm", "deny", "testify", "assert", "allege",
    "reiterate", "remark", "mention", "observe", "recount", "repeat", "shout", "yell", "scream", "cry", "complain",
    "caution", "point", "joke", "quip", "boast", "plead", "pledge", "protest", "counter", "retort", "conclude",
    "summarize", "summarise", "elaborate", "whisper", "exclaim", "lament", "blog"})


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


# Cues whose object is the addressee: "[police] told [residents] to stay indoors". Without the object
# ("Residents told to stay indoors", headline style) the verb is a reduced passive: its subject was told.
_ADDRESSEE_CUES = ("tell", "urge", "order", "advise", "instruct", "warn", "encourage", "command", "direct")
# more verbs whose object is the one spoken to, which the rules above are better without (measured on train)
_ADDRESSED = ("ask", "assure", "reassure", "remind", "inform", "promise")


def _reduced_passive(verb: Token) -> bool:
    return verb.lemma_.lower() in _ADDRESSEE_CUES and verb.tag_ in ("VBD", "VBN") \
        and not any(c.dep_ in ("dobj", "dative", "iobj", "auxpass") for c in verb.children) \
        and any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                for c in verb.children)


def _subject(verb: Token) -> SpacySpan | None:
    """The source of a cue verb: its subject, passive agent, or the subject of the verb it depends on
    (also through a preposition: "[She] ended by saying ..."); none for an addressee told to do
    something ("[residents] told to keep windows shut")."""
    if _reduced_passive(verb):
        return None
    agent = _agent(verb)
    if agent is not None:
        return agent
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    if subjects:  # the nearest: a quotation before the cue is sometimes parsed as a second subject
        return _phrase(min(subjects, key=lambda c: abs(c.i - verb.i)))
    for prep in (c for c in verb.lefts if c.dep_ == "prep"):
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if len(objects) > 1 and all(t.dep_ in ("aux", "advmod", "neg")
                                    for t in verb.doc[objects[-1].right_edge.i + 1:verb.i]):
            return _phrase(objects[-1])  # "In another call [a soldier] said": a subject read as a second object
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in ("VERB", "AUX"):
        return _subject(verb.head.head)  # "[the governor] said, before clarifying that ..."
    if verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.lemma_.lower() == "ask" and verb.i < verb.head.i \
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None  # "Asked about it, [he] said ...": who was asked is no speaker of the question
    if verb.dep_ in ("conj", "advcl", "xcomp", "relcl") and verb.head.i != verb.i:
        if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return None
        source = _reporter(verb) or _trailing_subject(verb) or _caused(verb) or _subject(verb.head)
        if source is not None and _dummy(source, verb.head):
            return None  # "[It]'s hard to imagine ...", "it takes time to develop ...": no one imagines
        return source
    return None


def _reporter(verb: Token) -> SpacySpan | None:
    """The speaker of a participle or coordinated cue without a subject that the parse hung on the clause
    another speaker's verb reports: "[Carson] said he plans to preview a strategy, insisting that ...",
    "[Trump] complained Khan had attacked him and questioned why ..." -- the cue goes with the saying, as
    PolNeAR reads it (on train 58 speakers changed: 55 now PolNeAR's, 2 right ones lost)."""
    clause = verb.head
    if not (verb.tag_ == "VBG" and verb.dep_ == "advcl" or verb.dep_ == "conj") or clause.dep_ != "ccomp" \
            or clause.i > verb.i:
        return None
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None  # "[his wife] had phoned him and to say she was trapped": an infinitive is her purpose
    saying = clause.head
    if saying.pos_ != "VERB" or saying.lemma_.lower() not in SPEAKING or saying.i > clause.i \
            or saying.dep_ == "parataxis":
        return None
    subject = next((c for c in saying.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i > saying.i or subject.tag_ == "WDT" or subject.lower_ in _NOT_SOURCES:
        return None
    return _phrase(subject)


# verbs that bring someone to do something: "[The victory] prompted [Priebus] to declare ..." (not a speaker's
# "urge", "ask", "push" or "persuade": "[The council] pushed Democrats to say ...")
_CAUSING = ("lead", "leave", "prompt", "cause", "drive", "force", "spur", "inspire")


def _caused(verb: Token) -> SpacySpan | None:
    """The speaker of an infinitive cue after a verb that brings someone to it: that someone, the verb's object,
    not its subject ("This leads [many cyber experts] to suspect ...", "leaving [some] to question ..."; on train
    11 speakers changed, all 11 now PolNeAR's)."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.lemma_.lower() not in _CAUSING \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    obj = next((c for c in head.children if c.dep_ in ("dobj", "dative") and c.i < verb.i), None)
    if obj is None or obj.tag_ in ("WDT", "WP") or obj.lower_ in _NOT_SOURCES:
        return None
    return _phrase(obj)


_DUMMY_HEADS = ("be", "take", "mean")  # "it is hard to say", "it takes time to build", "it means admitting"


def _dummy(source: SpacySpan, head: Token) -> bool:
    """The subject the cue took from the verb above it is a dummy "it" or "there" of "be", "take" or "mean":
    it names no one (on train 35 sources dropped: 34 that PolNeAR does not have, one referential "it" that it has)."""
    return len(source) == 1 and source[0].lower_ in ("it", "there") and head.lemma_.lower() in _DUMMY_HEADS


_CLIMB = ("xcomp", "advcl", "conj", "acomp", "pcomp", "prep", "pobj", "dobj", "relcl", "acl", "advmod", "attr")


def _controller(verb: Token) -> SpacySpan | None:
    """The understood subject of a cue that is an infinitive or -ing form without a subject of its own:
    the subject of the nearest clause above it ("[Deacon] had nothing bad to say about ...", "[he] made
    a point of saying ...", "[Trump] was back to implying ..."); none when that is a pronoun that names
    no one ("it", "which"), and none when the cue modifies a noun and has an object or clause of its own:
    then that noun is who speaks ("looking for [someone] to explain why ...")."""
    if not (verb.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)):
        return None
    if verb.dep_ in ("relcl", "acl") and any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
        return None
    node = verb
    while node.dep_ in _CLIMB and node.head.i != node.i:
        node = node.head
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            if subject.tag_ in ("WDT", "WP") or subject.lower_ in ("it", "this", "that", "there"):
                return None
            return _phrase(subject)
    return None


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


def _cue_start(verb: Token) -> int:
    """The verb with the auxiliaries, negation and adverbs right before it ("has not publicly said"); a
    linking adverb ("then", "so") only right after the subject ("Trump [then asked]", but "and then
    [asked]"), as PolNeAR marks it."""
    start = verb.i
    subject_ends = {c.right_edge.i for c in verb.children if c.dep_ in SUBJECTS}
    parts = {c.i for c in verb.children if c.dep_ in _CUE_PARTS or (
        c.dep_ == "advmod" and c.i < verb.i and c.tag_ != "WRB"
        and (c.lower_ not in _NOT_CUE or c.i - 1 in subject_ends))}
    while start - 1 in parts:
        start -= 1
    return start


_LINKS = ("aux", "prt", "advmod", "neg")
_MEDIUMS = ("statement", "story", "report", "release", "video", "tweet", "post", "letter", "ad", "memo", "note")
_ISSUING = ("issue", "release", "publish", "post", "send", "put", "write", "tweet", "file", "circulate", "share")
# verbs of putting something forward: its subject stands behind what the thing says ("cited a poll showing")
_PRESENTING = _ISSUING + ("cite", "present", "launch", "unveil", "propose", "introduce", "submit", "produce",
                          "commission", "run", "start")


def _issuer_verb(noun: Token) -> Token | None:
    """The verb that put out a statement, report or post ("[issued] a statement saying"), not one that
    only got hold of it ("obtained a memo saying")."""
    if noun.lemma_.lower() in _MEDIUMS and noun.dep_ == "dobj" and noun.head.lemma_.lower() in _ISSUING:
        return noun.head
    return None


def _predicate_start(word: Token) -> int:
    """Where the predicate of ``word`` starts: a verb with its auxiliaries and adverbs, an adjective or
    adverb with its own adverbs and its copula ("[has been very vocal]", "[was back]")."""
    doc = word.doc
    if word.pos_ in ("VERB", "AUX"):
        return _cue_start(word)
    first, copula = word.left_edge.i, word.head
    if word.dep_ in ("acomp", "advmod") and copula.i < first and copula.pos_ == "AUX" \
            and all(t.dep_ in _LINKS for t in doc[copula.i + 1:first]):
        return _cue_start(copula)
    return first


def _adjective_start(verb: Token, start: int) -> int:
    """Where an infinitive cue that completes an adjective starts: at the adjective's copula with its
    auxiliaries and adverbs ("[was quick to point out]", "[are slightly more likely to say]", "[has been
    careful not to mention]"), or at the adjective without one ("a critic, [quick to add] ..."). The
    adjective tells how the thing is said, and PolNeAR takes it into the cue."""
    adjective = verb.head
    if verb.dep_ != "xcomp" or adjective.pos_ != "ADJ" or adjective.i > verb.i \
            or verb.doc[start].lower_ not in ("to", "not") or adjective.i + 1 != start:
        return start
    return _predicate_start(adjective)


def _governed_start(verb: Token, start: int) -> int:
    """Where a gerund cue that completes the word right before its preposition starts: at that word's
    predicate ("[began by saying]", "[pivoted to arguing]", "[was magnanimous in declaring]"), the way
    of saying being part of the cue in PolNeAR; not after a preposition that opens its own phrase ("In
    describing the plan, ...")."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.dep_ != "prep" or prep.i + 1 != start \
            or prep.head.i + 1 != prep.i or prep.head.pos_ not in ("VERB", "AUX", "ADJ", "ADV"):
        return start
    return _predicate_start(prep.head)


def _manner(word: Token, verb: Token) -> bool:
    """A bare adverb of the cue verb right after it, saying how or when it was said ("said
    [sarcastically]", "has said [repeatedly]", "shot [back]"): part of the cue in PolNeAR. Not a
    linking adverb ("said, however,") nor a name the parser took for an adverb."""
    return word.dep_ == "advmod" and word.head.i == verb.i and word.pos_ == "ADV" \
        and word.n_lefts + word.n_rights == 0 and word.lower_ not in _NOT_CUE and word.text[:1].islower()


def _day(word: Token, verb: Token) -> bool:
    """A bare day name right after the cue verb ("said [Tuesday]"), which PolNeAR more often than not
    takes into the cue (60 to 43 on train); not a longer date ("said last week")."""
    return word.dep_ == "npadvmod" and word.head.i == verb.i and word.pos_ == "PROPN" \
        and word.ent_type_ == "DATE" and word.n_lefts + word.n_rights == 0


def _cue_span(verb: Token, through: Token | None = None) -> tuple[int, int]:
    """The cue as written: the verb with the auxiliaries and negation right before it ("has not said"),
    the verbs it is the infinitive of ("declined to comment", "went on to say", "seemed to suggest";
    not "prompted him to say"), the adjective or word it completes ("was quick to point out", "began by
    saying"), its particle, a bare adverb or day after it ("said sarcastically", "said Tuesday"), and
    ``through``: the preposition whose object is the content ("called for"). A participle on a medium
    takes the verb that issued it ("issued a statement saying"), as PolNeAR marks it."""
    doc = verb.doc
    start = _cue_start(verb)
    head = verb
    while (head.dep_ == "xcomp" or head.dep_ == "advcl" and doc[start].lower_ == "to") and head.head.i < head.i \
            and head.head.pos_ in ("VERB", "AUX") \
            and not any(c.dep_ in ("dobj", "dative") for c in head.head.children) \
            and all(t.dep_ in _LINKS for t in doc[head.head.i + 1:start]):
        head = head.head
        start = _cue_start(head)
    start = _governed_start(head, _adjective_start(head, start))
    if verb.tag_ == "VBG" and verb.dep_ == "acl" and head is verb and _issuer_verb(verb.head) is not None:
        start = _cue_start(verb.head.head)  # "[issued a statement saying] ...", as PolNeAR has it
    end = verb.i + 1
    if end < len(doc) and doc[end].dep_ == "prt" and doc[end].head.i == verb.i:
        end += 1
    if end < len(doc) and (_manner(doc[end], verb) or _day(doc[end], verb)):
        end += 1
    if through is not None and through.i >= end:
        end = through.i + 1
    if end < len(doc) and doc[end].lower_ == "in" and doc[end].head.i == verb.i and any(
            c.dep_ == "pobj" and c.lemma_.lower() == "statement" for c in doc[end].children):
        end = doc[end].right_edge.i + 1  # PolNeAR takes "said in a statement" as the cue (2:1 on train)
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])


_OBJECT_PARTS = ("dobj", "prep", "xcomp", "oprd", "ccomp", "dative")
_OBJECT_PREPS = ("of", "for", "as", "to", "about", "against", "with", "over", "into")
_ADDRESSING = ("talk", "speak", "write", "say", "explain", "complain")  # "talking to [reporters]" names no content
_CONTENT_PREPS = ("about", "to", "of", "against", "for", "on", "upon")
# and whom or what a stance is taken at or with ("lashed out [at] the press", "agreed [with] the analysis"), not where
_TARGET_PREPS = ("at", "with")
_AGREEING = ("agree", "disagree")
# "looked back at [the house]" is a gaze, not a retort (only "look" is a cue in the present cues.txt; the others
# guard a relearned one)
_SEEING = ("look", "stare", "glance", "gaze", "peer")


def _retort(verb: Token, prep: Token) -> bool:
    """"at" after the cue's particle or adverb "out" or "back": "lashed out at", "fired back at" (not a gaze)."""
    return prep.lower_ == "at" and verb.lemma_.lower() not in _SEEING and any(
        t.lower_ in ("out", "back") and t.head.i == verb.i for t in verb.doc[verb.i + 1:prep.i])


# occasions one speaks at: "lashed out [at a press conference]" says where, not at whom
_OCCASIONS = frozenset({"conference", "meeting", "rally", "hearing", "event", "session", "forum", "debate", "summit",
                        "convention", "briefing", "ceremony", "dinner", "luncheon", "breakfast", "gathering"})


def _at_target(verb: Token, prep: Token) -> bool:
    """The preposition names whom a retort or attack is aimed at ("lashed out at", "fired back at": the verb's
    particle or adverb "out" or "back" before it) or whom one agrees with ("agreed with", "disagrees with");
    a country too ("lashed out at [Mexico]"), not an occasion or medium ("lashed out at a press conference"),
    nor blows ("lashed out at the suspect with a baton": an instrument; but "lashed out at the council with
    unusual anger" is a retort); "fired back at" only at words said or a name; and only someone agrees
    ("The results agree with the model" is no attribution)."""
    if any(t.is_quote for t in verb.doc[prep.i:verb.sent.end]):
        return False  # the words said follow: "chanted back at him, "Go home!"" says them
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.ent_type_ in ("FAC", "EVENT") or pobj.lemma_.lower() in _OCCASIONS | _MEDIA:
        return False
    subject = next((c for c in verb.lefts if c.dep_ in SUBJECTS), None)
    if prep.lower_ == "with":
        return verb.lemma_.lower() in _AGREEING and not (
            subject is not None and subject.pos_ == "NOUN" and not _someone(subject)
            and not any(_someone(g) for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children))  # "[Only a quarter of Americans] agree with him" agree
    if not _retort(verb, prep):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ == "pobj" and g.lemma_.lower() in _INSTRUMENTS
                                                            for g in c.children)
           for c in list(verb.children) + list(pobj.children)):
        return False  # "lashed out at the suspect [with a baton]": a blow (not "with a tweet", "with anger")
    if verb.lemma_.lower() != "fire" or pobj.lemma_.lower() in _WORDS_SAID:
        return True  # "fired back at [Trump's comments]", "at [the governor's barbs]"
    # "fired back at" is as often shots as words: at a common noun it is left unread ("Police fired back at the
    # suspect"; who bears arms is world knowledge: three review rounds' lists each broke ordinary sentences);
    # at a name (which the parse tags a person, an organisation or a place alike: "at [Sanders]") it is a retort
    # unless armed men fire ("Troops fired back at Hamas")
    return pobj.pos_ == "PROPN" and pobj.ent_type_ not in ("NORP", "LOC", "FAC") \
        and not (subject is not None and subject.lemma_.lower() in _ARMED)


# who fires shots, at a name too: "[Troops] fired back at Hamas"
_ARMED = frozenset({"police", "policeman", "officer", "soldier", "troop", "trooper", "gunman", "gunmen", "militant",
                    "fighter", "rebel", "insurgent", "militia", "army", "force", "sniper", "guard"})


# what blows are struck with: "lashed out at the suspect [with a baton]" is no retort
_INSTRUMENTS = frozenset({"baton", "stick", "knife", "fist", "gun", "club", "bat", "hammer", "rifle", "pistol", "weapon",
                          "sword", "rock", "stone", "bottle", "brick", "machete", "axe", "pipe", "whip", "taser"})


def _for_clause(verb: Token) -> Token | None:
    """An infinitive clause with its own subject opened by "for" right after the cue: "called for [the
    president to resign]" (the parse makes it an adverbial clause, "for" its marker)."""
    clause = next((c for c in verb.rights if c.dep_ == "advcl"), None)
    if clause is None or verb.doc[clause.left_edge.i].lower_ != "for" \
            or not all(t.dep_ == "advmod" and t.head.i == verb.i for t in verb.doc[verb.i + 1:clause.left_edge.i]) \
            or not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return None  # (an adverb may come between: "called again for [the director to step down]")
    return clause


_VOICING = ("express", "voice", "sound")  # an attitude voiced: "expressed [concern]", "sounded [a cautious note]"
# light verbs and the nouns that make a stance of them: "showed [no sign]", "made [the case]", "took [aim]"
_STANCES = {
    "show": ("sign", "interest", "inclination", "willingness"),
    "make": ("case", "point", "mention", "comment", "statement", "reference", "argument", "announcement", "prediction",
             "plea", "call", "appeal", "commitment", "observation", "joke", "remark", "claim", "accusation",
             "allegation", "promise", "pledge", "secret", "apology"),
    "take": ("aim", "issue", "shot", "swipe", "jab", "stance", "position"),
    "raise": ("question", "concern", "doubt", "alarm"),
    "cast": ("doubt",),
    # speech delivered, given, offered or provided: "[delivered a critique of]", "[gave an account of]" (not "draw",
    # "pay", "issue", which lost more than they gained on train: "drew contrasts with", "paid tribute on [social
    # media]", "issued a statement expressing optimism about")
    "deliver": ("defense", "critique", "indictment", "rebuke", "tirade", "attack", "warning", "message", "update"),
    "give": ("account", "answer", "preview", "hint", "assurance", "endorsement", "testimonial"),
    "provide": ("detail", "evidence", "clarity", "example"),
    "offer": ("thought", "opinion", "defense", "praise", "criticism", "support", "condolence", "retort", "preview"),
}
_ABOUT = ("about", "for", "of", "over", "on", "at", "with", "against", "regarding")  # what a stance is about
_NOUN_PREPS = _ABOUT + ("in", "to")  # and on its noun: "interest [in]", "references [to]" (not "made the case to")
# prepositions that name a place, a medium or a listener unless the noun asks for them: "made the announcement
# [at] a press conference", "a statement [on] Twitter", "made a call [to] his lawyer"
_ASKED_FOR = {"at": ("aim", "shot", "swipe", "jab"), "with": ("issue",), "to": ("reference", "allusion", "commitment"),
              "on": ("stance", "position", "thought", "opinion", "update", "detail", "clarity", "doubt", "question",
                     "concern", "hint", "preview", "view", "criticism")}


def _stance_noun(verb: Token) -> Token | None:
    """The object that makes a stance of the verb: an attitude voiced ("expressed [concern]") or a light verb's
    noun ("made [the case]", "took [aim]"); not one with an owner, which annotators keep in the content
    ("voiced [his disapproval of the ruling]")."""
    noun = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    lemma = verb.lemma_.lower()
    if noun is None or noun.pos_ != "NOUN" or noun.left_edge.i != verb.i + 1 \
            or not (lemma in _VOICING or noun.lemma_.lower() in _STANCES.get(lemma, ())) \
            or any(c.dep_ == "poss" for c in noun.children):
        return None
    return noun


def _attitude_span(verb: Token) -> tuple[int, int, Token] | None:
    """The content of a stance (see :func:`_stance_noun`), and the word that then ends the cue: "expressed
    concern [that the bill would pass]", "voiced support for [the plan]", "made no mention of [Bush]", "took a
    shot at [Clinton]". PolNeAR takes the noun, and a preposition right after it, into the cue (on train, 27
    of 43 objects of "express" that have a complement, 8 of 8 "showed no sign"; light verbs are cues only
    so), the complement being the content. None without one ("expressed concern.", "made the appeal on
    [Tuesday]")."""
    doc, noun = verb.doc, _stance_noun(verb)
    if noun is None:
        return None
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if after is not None and after.dep_ == "prep" and (after.head.i == noun.i and after.lower_ in _NOUN_PREPS
                                                       or after.head.i == verb.i and after.lower_ in _ABOUT) \
            and not (after.lower_ == "of" and verb.lemma_.lower() == "take") \
            and noun.lemma_.lower() in _ASKED_FOR.get(after.lower_, (noun.lemma_.lower(),)):  # "a shot of whiskey"
        obj = next((c for c in after.children if c.dep_ in ("pobj", "pcomp")), None)
        if obj is not None and obj.ent_type_ not in ("DATE", "TIME", "GPE", "LOC", "FAC"):
            return obj.left_edge.i, _before_relative(obj) if obj.dep_ == "pobj" else obj.right_edge.i + 1, after
    for clause in [*noun.rights, *verb.rights]:  # "concern [that ...]", parsed on the noun or on the verb
        on_noun = clause.head.i == noun.i and clause.dep_ in ("acl", "ccomp", "relcl") \
            and doc[clause.left_edge.i].lower_ == "that"
        if clause.left_edge.i == noun.i + 1 and (on_noun or clause.dep_ == "ccomp" and clause.head.i == verb.i):
            return clause.left_edge.i, clause.right_edge.i + 1, noun
    return None


# phrasal verbs of stance, the preposition joining the cue and its object the content ("[distanced himself from]
# the bill", "[doubled down on] his comments", "[threw her support behind] Cruz", "[hinted at] his playbook");
# each a cue in most of its uses on train, where the lexicon misses them
_PHRASAL = {"distance": "from", "double": "on", "throw": "behind", "hint": "at", "side": "with", "open": "about"}
_PHRASAL_PARTICLE = {"double": "down", "open": "up"}  # the particle the verb must have


def _phrasal_prep(verb: Token) -> Token | None:
    """The preposition of a phrasal stance verb (see _PHRASAL), when it has an object; else None."""
    lemma = verb.lemma_.lower()
    prep = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ == _PHRASAL.get(lemma)), None)
    if prep is None or not any(c.dep_ in ("pobj", "pcomp") for c in prep.children) or verb.dep_ == "relcl":
        return None  # (in a relative clause, part of what another said: "in an interview in which he doubled down")
    particle = _PHRASAL_PARTICLE.get(lemma)
    if particle and not any(c.dep_ in ("prt", "advmod") and c.lower_ == particle for c in verb.children):
        return None
    between = verb.doc[verb.i + 1:prep.i]
    if len(between) > 3 or any(t.pos_ in ("PROPN", "NUM") or t.is_punct for t in between):
        return None  # a name or a clause between: not "distanced himself from", "threw her weight behind"
    if lemma == "throw" and not (len(between) and between[-1].lower_ in ("support", "weight", "backing")):
        return None  # "threw the ball behind the batter"
    return prep


def _stance(verb: Token) -> bool:
    """The verb takes a stance with an object (see :func:`_attitude_span` and :func:`_phrasal_prep`): a cue
    whatever the lexicon says."""
    return _phrasal_prep(verb) is not None or _attitude_span(verb) is not None


def _asked_span(verb: Token) -> tuple[int, int, Token | None] | None:
    """What someone was asked, without the one asked: "asked [the voters] [if they wanted a bridge]", "asked
    [the court] [for a ruling]" -- PolNeAR's content is the question or request, the addressee no part of it;
    but not before an infinitive, whose understood subject the addressee is: "asked [the council to delay the
    vote]". None when "ask" asks a question named by a noun ("asked him [a question]", "kept asking questions")."""
    if verb.lemma_.lower() != "ask":
        return None
    objects = [c for c in verb.rights if c.dep_ in ("dobj", "dative")]
    if len(objects) > 1 or objects and (objects[0].pos_ not in ("NOUN", "PROPN", "PRON")
                                        or objects[0].tag_ in ("WP", "WDT") or objects[0].lemma_.lower() == "question"):
        return None
    after = objects[0].right_edge.i if objects else verb.i
    for c in verb.rights:
        if c.i <= after:
            continue
        if _is_question(c):
            return c.left_edge.i, c.right_edge.i + 1, None
        if objects and c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ == "pobj" for g in c.children):
            return c.i, c.right_edge.i + 1, None
        if c.dep_ not in ("advmod", "npadvmod", "punct", "agent"):
            return None
    return None


def _is_question(clause: Token) -> bool:
    """The clause is what "ask" asks: "asked [whether ...]", and "asked [if ...]" when the asking is told as
    done; "will ask the judge again if prosecutors say ...", "even if", "only if" are conditions."""
    if clause.dep_ not in ("ccomp", "advcl") or clause.head.lemma_.lower() != "ask":
        return False
    marks = [m.lower_ for m in clause.children if m.dep_ == "mark"]
    if "whether" in marks:
        return True
    return "if" in marks and clause.head.tag_ in ("VBD", "VBN") \
        and not any(m.dep_ == "advmod" and m.i < clause.i and m.lower_ in ("even", "only") for m in clause.children)


_OPENERS = ("advmod", "cc", "intj", "punct", "neg")  # what may stand before a command: "Just ask", "Or", "Please"


def _without_subject(verb: Token, tags: tuple[str, ...] = ("VB", "VBP")) -> bool:
    """The verb has one of the tags (a bare form: the parser tags some as present tense) and no subject."""
    return verb.tag_ in tags and not any(c.dep_ in SUBJECTS + ("expl",) for c in verb.children)


def _opens_sentence(verb: Token, do: bool = False) -> bool:
    """Nothing stands before the verb in its sentence but a conjunction or an adverb hanging on it ("Just ask",
    "Or", "Please"), and with ``do`` an auxiliary "do" ("Don't believe them")."""
    return all(t.head.i == verb.i and (t.dep_ in _OPENERS or do and t.dep_ == "aux" and t.lower_ == "do")
               for t in verb.sent if t.i < verb.i)


def _imperative(verb: Token) -> bool:
    """The verb is a command opening its sentence, the writer's to the reader: a bare form (the parser tags some
    as present tense) with no subject and nothing before it but a conjunction, an adverb or "do not" ("Call it
    the politics of pique.", "Just ask him.", "Don't believe them."), or a bare verb joined to such a command
    ("Read the report and [tell] your neighbours"). It reports no one's words or thoughts."""
    if not _without_subject(verb) or _fronted_speaker(verb) is not None:
        return False
    if verb.dep_ == "conj":
        return verb.head.i < verb.i and _imperative(verb.head)
    return verb.dep_ == "ROOT" and _opens_sentence(verb, do=True)


def _yours_in_command(verb: Token) -> bool:
    """The verb's subject is the reader addressed by a command above it: "Tell me what [you] think about the
    plan.", "Say what [you] want about Smith, he won.": the reader's, no one's reported words."""
    if not any(c.dep_ in SUBJECTS and c.lower_ == "you" for c in verb.children):
        return False
    return any(_imperative(a) for a in verb.ancestors)


def _describing_clause(cue: Token, source: SpacySpan) -> Token:
    """The relative or participle clause holding the cue, climbing from it while its heads stay inside the source
    (the cue's last ancestor inside the source when no such clause holds it)."""
    node = cue
    while node.dep_ not in ("relcl", "acl") and node.head.i != node.i and source.start <= node.head.i < source.end:
        node = node.head
    return node


def _same_party(cue: Token, source: SpacySpan) -> bool:
    """The clause holding the cue describes the source itself ("[Residents who oppose the road]", "[Tom Reed, a
    farmer who backed the mayor]", "[Some of the residents who denied the charges]"), not another party named
    inside it ("Officials at [the agency], which warned of delays"): the noun the clause hangs on is the
    source's head or in apposition or joined to it, or the people a quantity or group of it is made of
    (:func:`_partitive`)."""
    node = _describing_clause(cue, source)
    if node.dep_ not in ("relcl", "acl"):
        return True  # no clause describing a noun: as before
    noun = node.head
    while noun.i != source.root.i and noun.head.i != noun.i and (noun.dep_ in ("appos", "conj") or _partitive(noun)):
        noun = noun.head.head if _partitive(noun) else noun.head
    return noun.i == source.root.i


def _before_clause(cue: Token, source: SpacySpan) -> SpacySpan:
    """The source up to the clause describing a noun in it that holds the cue ("[Officials at the agency], which
    warned of delays", "[Farmers] whose claim that ... went unanswered"), without the comma or dash before it;
    the source as it is when no such clause ends it after its first word."""
    node = _describing_clause(cue, source)
    if node.dep_ not in ("relcl", "acl") or not source.start <= node.head.i < source.end \
            or not all(t.is_punct for t in source.doc[node.right_edge.i + 1:source.end]):
        return source  # (nor the name set after it: "The head of the group backing Bush, [Mike Murphy]")
    end = node.left_edge.i
    while end > source.start and (source.doc[end - 1].text in (",", ";", ":", "-", "--", "\u2013", "\u2014")
                                  or source.doc[end - 1].is_space):  # not a closing bracket: "(D-Conn.)"
        end -= 1
    return source.doc[source.start:end] if source.start < end < source.end else source


_PARTS = frozenset({"some", "most", "many", "all", "few", "several", "half", "none", "each", "both", "any", "one",
                    "more", "much", "dozens", "hundreds", "thousands", "millions", "scores", "group", "number",
                    "majority", "minority", "handful", "lot", "lots", "couple", "rest", "share", "percent", "%"})


def _partitive(noun: Token) -> bool:
    """The noun follows "of" after a quantity or group, which is the noun's own people: "[Some] of the residents",
    "[a group] of nurses", "[dozens] of senators", "[two] of the officers"."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.head.head.i == noun.head.i:
        return False
    part = noun.head.head
    return part.lower_ in _PARTS or part.lemma_.lower() in _PARTS or part.like_num


def _fronted_speaker(verb: Token) -> Token | None:
    """The speaker after a verb of saying that opens its sentence, the words said after a colon or comma: "Say
    [the organisers]: "We are thrilled."", "Writes [the editor]: "..."", "Say [officials]: the road will close
    on Monday.", "Insist [the Smiths]: ..." The parse reads the verb as a command and the speaker as its object,
    so the verb must agree with it: a bare "Say" or "Write" with a plural speaker or joined ones, "Says" or
    "Writes" with one ("Write the editor: ..." and "Report the landlord, ..." are commands to the reader). Not
    a verb whose object is the one spoken to ("Tell your friends: ...", "Ask the experts: ...", "Write your
    senators: ...") nor an object that names no one ("Repeat the questions: ...", "Say Happy Birthday: ...")."""
    doc = verb.doc
    lemma = verb.lemma_.lower()
    if verb.dep_ != "ROOT" or not _without_subject(verb, ("VB", "VBP", "VBZ")) or lemma not in SPEAKING \
            or lemma in _ADDRESSEE_CUES + _ADDRESSED + ("call",) or not _opens_sentence(verb):
        return None
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ not in ("PROPN", "NOUN") or not (_someone(obj) or obj.tag_ == "NNPS") \
            or any(c.dep_ == "poss" and c.lower_ == "your" for c in obj.children):
        return None  # "Write your senators: ...": the reader is told to write to someone
    plural = obj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in obj.children)
    if plural == (verb.tag_ == "VBZ"):
        return None  # "Write the editor: ...", "Writes the editors ...": a command, or no speaker
    k = obj.right_edge.i
    while k > obj.i and doc[k].is_punct:  # a colon the parse hung on the object
        k -= 1
    k += 1
    for child in verb.rights:  # "in the report": where it was said
        if child.i > obj.i and child.i == k and child.dep_ in ("prep", "npadvmod", "advmod"):
            k = child.right_edge.i + 1
    if k + 1 >= len(doc) or doc[k].text not in (":", ","):
        return None
    said = doc[k + 1].is_quote or any(c.dep_ == "ccomp" and c.left_edge.i == k + 1 for c in verb.children)
    return obj if said else None


# a possessor's coming or going: "upon [his return]" is when ("upon [his election]" may be what was remarked upon)
_PASSAGES = frozenset({"arrival", "return", "departure", "death", "retirement", "release", "exit", "entry", "landing"})
# events a bare noun after "on"/"upon" names as a time ("upon [arrival]"): those and the ends of things
_EVENT_NOUNS = _PASSAGES | {"completion", "election", "receipt", "conclusion", "reflection"}


def _upon_event(prep: Token, word: Token) -> bool:
    """What follows "upon" (or a bare "on") is when, not what: "testified upon [his return]", "wrote upon
    [hearing the news]", "testified upon [arrival]", "commented on [arrival]". After "upon" a gerund, an event
    noun with no determiner, or one a possessor's coming or going ("upon [his return]", "upon [her death]");
    "remarked upon [the weather]", "commented upon [the election]", "remarked upon [the death of the queen]"
    are topics. After "on" only a singular event noun with nothing on it but a place or time ("commented on
    [arrival in Paris]"): "commented on [his return]", "on [elections in Russia]", "on [release of the
    report]", "commented on [arriving late]" are topics."""
    lemma = word.lemma_.lower()
    if prep.lower_ == "upon":
        return word.dep_ == "pcomp" and word.tag_ == "VBG" or lemma in _EVENT_NOUNS and not any(
            c.dep_ == "det" or c.dep_ == "poss" and lemma not in _PASSAGES for c in word.children)
    return prep.lower_ == "on" and lemma in _EVENT_NOUNS and word.tag_ == "NN" \
        and not any(c.dep_ != "prep" or c.lower_ == "of" for c in word.children)  # "on arrival [in Paris]" too


def _object_span(verb: Token, takes: str) -> tuple[int, int, Token | None] | None:
    """The content of a verb that takes an object: "accused [him of lying]", "praised [the plan]",
    "talked about [the plan]"; with the preposition that then belongs to the cue (PolNeAR marks
    "called for", "referring to", "talked about" as the cue); an attitude's complement (see
    :func:`_attitude_span`)."""
    attitude = _attitude_span(verb) or _asked_span(verb)
    if attitude is not None:
        return attitude
    phrasal = _phrasal_prep(verb)
    if phrasal is not None:
        pobj = next(c for c in phrasal.children if c.dep_ in ("pobj", "pcomp"))
        return pobj.left_edge.i, _before_relative(pobj) if pobj.dep_ == "pobj" else pobj.right_edge.i + 1, phrasal
    clause = _for_clause(verb)
    if takes == "object" and clause is not None:
        return clause.left_edge.i + 1, clause.right_edge.i + 1, verb.doc[clause.left_edge.i]
    parts = [c for c in verb.rights if c.dep_ in _OBJECT_PARTS]
    if takes == "object" and parts and parts[0].dep_ == "prep" \
            and all(t.dep_ in ("prt", "advmod") for t in verb.doc[verb.i + 1:parts[0].i]) \
            and (parts[0].lower_ in _CONTENT_PREPS and not (parts[0].lower_ == "to" and verb.lemma_ in _ADDRESSING)
                 or _at_target(verb, parts[0])):
        pobj = [c for c in parts[0].children if c.dep_ in ("pobj", "pcomp") and c.ent_type_ not in ("DATE", "TIME")
                and not _upon_event(parts[0], c)
                and not (parts[0].lower_ in _TARGET_PREPS and c.ent_type_ in ("FAC", "EVENT"))]
        if pobj and not any(c.dep_ == "dobj" for c in parts):  # not "spoke on [Sunday]"
            end = _before_relative(pobj[0])
            if parts[0].lower_ == "at":  # how the retort came is no part of its target: "at [his critics] with a tweet"
                end = min([end] + [c.i for c in pobj[0].rights if c.dep_ == "prep" and c.lower_ == "with"])
            return pobj[0].left_edge.i, end, parts[0]
    if not any(c.dep_ == "dobj" for c in parts):
        pronoun = next((c for c in verb.lefts if c.dep_ == "dobj" and c.tag_ in ("WDT", "WP")), None)
        if takes == "object" and verb.dep_ == "relcl" and pronoun is not None and not parts:
            return pronoun.i, pronoun.i + 1, None  # "the trade bill, [which] he once supported"
        said = [c for c in parts if c.dep_ in ("oprd", "xcomp", "ccomp") or c.dep_ == "prep" and c.lower_ == "as"]
        if takes == "object" and pronoun is not None and said:
            return pronoun.i, said[-1].right_edge.i + 1, None  # "[which] he called ["a disgrace"]"
        return None
    first = next(c for c in parts if c.dep_ == "dobj")
    # "accused him of", "described it as"; not "on Sunday", "at a forum", "during the primaries"
    last = first
    for c in (c for c in parts if c.i > first.i):
        if c.dep_ == "prep" and c.lower_ not in _OBJECT_PREPS:
            break
        last = c
    if last is first:
        return first.left_edge.i, _before_relative(first), None
    return first.left_edge.i, last.right_edge.i + 1, None


def _before_relative(noun: Token) -> int:
    """Where an object content ends: before a relative clause set off by a comma ("criticized [the
    plan], which ..."), which PolNeAR's annotators mostly leave out (52 of 70 times on train)."""
    doc = noun.doc
    for child in noun.rights:
        if child.dep_ == "relcl" and doc[child.left_edge.i - 1].text == "," \
                and child.right_edge.i == noun.right_edge.i:
            return child.left_edge.i - 1
    return noun.right_edge.i + 1


_RAISING = ("seem", "appear")
# what sets a phrase off: a comma, semicolon, bracket or dash (a spaced hyphen), not the hyphen of "high-ranking"
_SET_OFF = re.compile(r"[,;(\u2014]|--|\s[-\u2013]|[-\u2013]\s")
# verbs whose object or complement is what the speaker calls a thing, the speaker's words, not a title
_NAMING = ("call", "dub", "label", "name", "brand", "term", "nickname", "describe")
# prepositions of time, before which a quotation is no title: "said after "A long night."" (but "said on "Meet
# the Press"", "a co-editor of "Small Town Ledger"")
_TIME_PREPS = ("after", "before", "since", "until", "till")
# media in which one says things, not places where the reported happens ("in a tweet", not "on the show")
_WRITTEN = frozenset({"statement", "interview", "tweet", "post", "release", "email", "letter", "memo", "op-ed",
                      "message", "blog", "column", "editorial", "podcast"})
# where words were said or posted: a phrase "in a tweet", "on his radio show" after a quotation is the saying's
_MEDIA = _WRITTEN | {"page", "show", "broadcast", "speech", "video", "appearance"}
_PLATFORMS = ("facebook", "twitter", "instagram", "youtube", "univision")  # names, yet places of saying
_NETWORKS = ("cnn", "msnbc", "cnbc", "fox", "abc", "nbc", "cbs", "bbc", "npr", "pbs", "c-span", "hbo", "tiktok",
             "reddit", "telegram", "truth social", "x")  # broadcasters and platforms, said "on"
_NETWORK_WORDS = ("news", "tv", "radio", "television", "network", "channel")  # "on [Fox News]", "on [Sky TV]"
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
# who can feel or believe: pronouns of persons, and nouns of people and the bodies they form ("[Windows] were
# rattled by the blast" is no attribution; "[Voters] are worried" is)
_PERSONAL_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they", "me", "us", "him", "her", "them", "who",
                                "someone", "somebody", "many", "some", "others", "most", "few", "both", "all"})
_NO_ONE = frozenset({"nobody", "everyone", "everybody", "none", "anyone", "anybody", "noone"})
# feelings that things can have too: "[Windows] were rattled", "the region was roiled", "the boat was upset"
_THING_FEELINGS = frozenset({"rattle", "rattled", "upset", "disturb", "disturbed", "trouble", "troubled", "roil",
                             "roiled", "shake", "shaken", "unsettle", "unsettled", "concerned"})
# nouns of people beside TITLE_WORDS, bodies.BODY_NOUNS and the speakers' PERSON_NOUNS and EPITHETS
_PEOPLE_NOUNS = frozenset({
    "people", "person", "men", "child", "parent", "family", "investor", "voter", "critic", "ally", "supporter",
    "opponent", "lawmaker", "legislator", "member", "citizen", "expert", "economist", "observer", "teacher", "fan",
    "donor", "conservative", "liberal", "democrat", "republican", "trader", "consumer", "customer", "shopper",
    "staff", "politician", "negotiator", "government", "establishment", "policymaker", "scientist", "banker",
    "user", "viewer", "reader", "listener", "audience", "public", "community", "player", "coach", "team",
    "colleague", "rival", "partner", "delegate", "strategist", "pollster", "adviser", "advisor", "advocate",
    "judge", "jury", "attorney", "troop", "veteran", "immigrant", "refugee", "protestor", "demonstrator",
    "organizer", "organiser", "camp", "base", "caucus", "delegation", "leadership", "manager", "shareholder",
    "stakeholder", "creditor", "borrower", "taxpayer", "homeowner", "tenant", "landlord", "commentator",
    "journalist", "reporter", "editor", "writer", "author", "congressman", "congresswoman", "representative",
    "elite", "media", "newspaper", "paper", "outlet", "villager", "pilot", "retiree", "moderate", "progressive",
    "evangelical", "parishioner", "athlete", "speaker", "engineer", "widow", "widower"})
# who can be a speaker or feel: all of the above, read once
_SOMEONE = frozenset(TITLE_WORDS | BODY_NOUNS | PERSON_NOUNS.keys() | EPITHETS | _PEOPLE_NOUNS)


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


def _animate_experiencer(verb: Token) -> bool:
    """A verb of feeling whose experiencer (passive subject, or else object) can feel it (:func:`_can_feel`) and
    whose subject is not "which"."""
    if any(c.dep_ == "nsubj" and c.lower_ == "which" for c in verb.children):
        return False
    who = next((c for c in verb.children if c.dep_ == "nsubjpass"), None) \
        or next((c for c in verb.rights if c.dep_ == "dobj"), None)
    return who is None or _can_feel(who, verb)


def _someone(token: Token) -> bool:
    """A person or body by name, or a noun of people or of the bodies they form ("reported [the broadcaster]",
    "recalled [villagers]"), not a thing ("reported [record sales]")."""
    if token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    return token.lemma_.lower() in _SOMEONE or token.lower_ in _SOMEONE


def _can_feel(token: Token, verb: Token) -> bool:
    """Who feels what ``verb`` says can feel it: not "nobody", "everyone", "no one", nor a pronoun of things;
    and where things too can be "rattled", "upset" or "troubled" ("[Windows] were rattled by the blast", "the
    region was roiled"), someone named or a noun of people or of the bodies they form."""
    lower = token.lower_
    if lower in _NO_ONE or any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
        return False
    if token.pos_ == "PRON":
        return lower in _PERSONAL_PRONOUNS
    if verb.lemma_.lower() not in _THING_FEELINGS and verb.lower_ not in _THING_FEELINGS:
        return True  # "[Nurses] were angered", "The ruling angered [pilots]": only someone is angered
    return _someone(token)


_DEMONSTRATIVES = ("this", "that", "what")  # not "those": "Those say it will save money" are people
_NAME_PARTS = ("PROPN", "NOUN", "ADV", "ADJ", "X")  # what the parser calls an unknown capitalised name
_NOT_SOURCES = _DEMONSTRATIVES + ("these", "those", "it", "there", "which", "here")
# nouns that carry an attribution in PolNeAR's train split when a that-clause or infinitive follows
_NOUN_CUES = {"claim", "suggestion", "assertion", "complaint", "allegation", "belief", "hope", "fear",
              "warning", "promise", "pledge", "decision", "argument", "speculation",
              "statement", "criticism", "view", "insistence", "accusation", "threat", "vow", "call", "demand",
              "request", "assumption", "announcement", "prediction", "expectation", "concern", "reluctance"}
# what is said, which only words are fired back at ("fired back at [Trump's comments]")
_WORDS_SAID = frozenset(_NOUN_CUES | {"comment", "remark", "rhetoric", "tweet", "speech", "attack", "jab", "jibe",
                                      "barb", "insult", "charge", "report", "article", "ad", "editorial", "column",
                                      "op-ed", "letter", "post"})


def _noun_cue_start(noun: Token) -> int:
    """Where a noun cue starts: at its article and modifiers after any owner ("[an assertion] that",
    "Trump's [recent evidence-free assertion] that"), which PolNeAR takes into the cue; the owner is
    the source."""
    owners = [c.right_edge.i for c in noun.lefts if c.dep_ == "poss"]
    after = max(owners, default=-1)
    return min([c.left_edge.i for c in noun.lefts if c.i > after and c.left_edge.i > after], default=noun.i)


def _raised(verb: Token) -> tuple[int, int] | None:
    """The content of a raising cue, subject and complement together, the cue a hole in it:
    "[Sanders] seemed [to reap the benefits]", "[Trump] is expected [to win]" (passive, no agent),
    "It appears [that ...]". PolNeAR gives these no source. None when the verb is not one."""
    lemma = verb.lemma_.lower()
    passive = any(c.dep_ == "auxpass" for c in verb.children) and not any(c.dep_ == "agent" for c in verb.children)
    if not (lemma in _RAISING or (lemma == "expect" and passive)):
        return None
    comp = next((c for c in verb.rights if c.dep_ in ("xcomp", "acomp", "attr", "ccomp", "oprd")), None)
    if comp is None:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ == "it" or subject.i > verb.i:
        return comp.left_edge.i, comp.right_edge.i + 1
    return subject.left_edge.i, comp.right_edge.i + 1


def _passive_subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)


def _agent(verb: Token) -> SpacySpan | None:
    for child in verb.children:
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return _phrase(pobj)
    return None


_PASSIVE_PREPS = ("for", "of")  # what a passive cue is about: "[was known for]", "[is accused of]"


def _passive_content(verb: Token) -> tuple[tuple[int, int] | None, Token | None]:
    """A passive cue's content: its subject with what is said of it, the cue a hole ("[Manafort] is
    known as [a debate expert]", "[Trump] was challenged [over hiring]", "[The plan] was approved"),
    and the "as" that PolNeAR puts in the cue."""
    subject = _passive_subject(verb)
    for child in verb.rights:
        if child.dep_ == "oprd":
            return (subject.left_edge.i, child.right_edge.i + 1), None
        if child.dep_ == "prep" and child.lower_ == "as":
            return (subject.left_edge.i, child.right_edge.i + 1), child
        if child.dep_ == "prep" and child.lower_ == "about" and child.i == verb.i + 1:
            pobj = next((g for g in child.children if g.dep_ in ("pobj", "pcomp")), None)
            if pobj is not None:  # "Trump was asked about [a loan]": the subject was only asked
                return (pobj.left_edge.i, pobj.right_edge.i + 1), child
        if child.dep_ == "prep" and child.lower_ in ("for", "over", "of", "about", "on"):
            # the preposition right after the verb joins the cue ("is known for", "was accused of")
            joins = child.i == verb.i + 1 and child.lower_ in _PASSIVE_PREPS
            return (subject.left_edge.i, child.right_edge.i + 1), child if joins else None
    if subject.pos_ == "PRON":
        return None, None  # "Nobody else was quoted"
    return (subject.left_edge.i, subject.right_edge.i + 1), None


# things written or spoken, whose words are their author's ("[Forbes] shot back in an article stating ...")
_AUTHORED = ("speech", "article", "book", "story", "report", "ad", "video", "letter", "email", "message", "paper",
             "op-ed", "memo", "tweet", "post", "cover", "advertisement", "commercial", "column", "editorial")
# verbs whose subject only got, used or judged such a thing ("Reporters obtained a memo saying ...")
_NOT_AUTHORING = ("obtain", "receive", "get", "read", "see", "watch", "review", "reject", "dismiss", "call", "cite",
                  "quote", "deny", "dispute", "criticize", "slam", "attack", "question", "mock", "condemn", "blast",
                  "respond", "react", "reply", "answer", "rebut", "refer")  # "Ren was responding to reports claiming"


def _author(noun: Token) -> SpacySpan | None:
    """The author of a speech, article, ad or the like that a participle cue hangs from: the subject of the
    verb whose object it is, directly or through a preposition ("[Mr. Manafort] helped draft a report
    defending ...", "[he] spent much of his speech praising ..."; on train 10 sources right, 2 still wrong, none
    lost). None for a verb of getting or judging it, or a subject that names no one ("which", "it")."""
    if noun.lemma_.lower() not in _AUTHORED:
        return None
    node = noun
    while node.dep_ in ("pobj", "prep", "dobj", "compound", "conj", "appos") and node.head.i != node.i \
            and node.head.pos_ not in ("VERB", "AUX"):
        node = node.head
    governor = node.head
    if node.dep_ not in ("dobj", "prep", "pobj", "dative") or governor.pos_ not in ("VERB", "AUX") \
            or governor.lemma_.lower() in _NOT_AUTHORING:
        return None
    subject = next((c for c in governor.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ in ("WDT", "WP") or subject.lower_ in _NOT_SOURCES:
        return None
    return _phrase(subject)


def _holder(verb: Token) -> SpacySpan | None:
    """The noun a participle cue hangs from, as its source: "[a statement] saying ...", "[groups]
    backing Rubio" -- the noun phrase up to the participle; but whoever issued a statement, report or
    post is the source of what it says ("[the company] issued a statement saying"), and whoever puts
    forward any other thing that speaks is the source of what it says ("[He] cited polling data
    showing ...", "[Greenpeace] launched a petition calling on ..."; but not whoever only found, got or
    judged it: "Reporters obtained [documents] showing ...", "The judge rejected [a lawsuit] claiming
    ..."); so too the author of a speech, article or ad (:func:`_author`)."""
    noun = verb.head
    if _issuer_verb(noun) is not None:
        issuer = _subject(noun.head)  # "[The company] issued a statement saying ..."
        if issuer is not None:
            return issuer
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _PRESENTING and noun.lemma_.lower() not in _MEDIUMS:
        subject = next((c for c in noun.head.children if c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP")), None)
        if subject is not None:
            return _phrase(subject)
    author = _author(noun)
    if author is not None:
        return author
    start, end = _trim(verb.doc, noun.left_edge.i, verb.left_edge.i)
    if start >= end or not start <= noun.i < end:
        return None
    return verb.doc[start:end]


def _trailing_subject(verb: Token) -> SpacySpan | None:
    """A participle set off by a comma after its sentence's main verb, hanging (as parsed) on a clause inside
    that verb's object or complement, is a clause of the sentence: its understood subject is the main clause's
    ("[Carson] rejected the notion that it mattered, saying ...", "[The senator] questioned why the agency had
    not acted, implying ..."). None when the main clause has no subject that names someone, when the
    participle's head is the main verb itself (the rules above read it), or when it hangs on a joined or
    adverbial clause ("..., and she conceded, saying ...", "... while the minister spoke, warning ..."): that
    clause's own subject is read as before (who speaks after "although the mayor objected" or "after the audit
    came out" is world knowledge: two review rounds' rules for it each broke ordinary sentences)."""
    doc, root = verb.doc, verb.sent.root
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "acl") or verb.i == 0 or doc[verb.i - 1].text != "," \
            or root.i > verb.i or verb.head.i == root.i or root.pos_ not in ("VERB", "AUX") \
            or (verb.head.i > verb.i and not _inside_marks(verb.head)) \
            or (verb.head.dep_ in SUBJECTS and verb.head.head.i > verb.i):
        return None  # (nor one inside the clause it hangs on: "He said the firm, citing costs, would close")
    top = next(a for a in [verb.head, *verb.head.ancestors] if a.head.i == root.i)  # the clause below the root
    if top.dep_ not in _COMPLEMENTS and not (top.dep_ == "conj" and top.pos_ in ("NOUN", "PROPN")):
        return None  # a joined or adverbial clause, a subject ...: its own subject, as before (a joined noun is
        # another object: "[The chairman] called for a vote, and then a second vote, declaring ...")
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i > root.i or not _names_someone(subject):
        return None  # only someone: not "[The fracas] erupted after the vote that ..., calling ..."
    return _phrase(subject)


_COMPLEMENTS = ("dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative")


def _names_someone(subject: Token) -> bool:
    """The subject names someone, not from inside a quotation: a personal pronoun, or a noun of people."""
    return not _inside_marks(subject) and (
        (subject.lower_ in _PERSONAL_PRONOUNS and subject.tag_ == "PRP")
        or (subject.pos_ != "PRON" and _someone(subject)))


def _inside_marks(token: Token) -> bool:
    """The token stands inside a quotation (as :func:`~storycheck.quotes.marks.find_quoted` pairs the marks:
    single ones too, and a quotation opened in an earlier sentence)."""
    return _quotations_of(token.doc.text).containing(token.idx, token.idx + len(token)) is not None


@lru_cache(maxsize=2)
def _quotations_of(text: str) -> _Quotations:
    """The quoted pieces of an article's text, found once for the module's functions and the extractor."""
    return _Quotations(text)


def _subject_after_comma(verb: Token) -> Token | None:
    """The cue's nearest subject before it when a comma stands right before that subject and nothing but
    auxiliaries, "not" and adverbs between it and the cue ("..., the farmer said", "..., she has often
    said")."""
    doc = verb.doc
    subject = next((c for c in reversed(list(verb.lefts)) if c.dep_ in SUBJECTS), None)  # the nearest
    if subject is None or subject.left_edge.i == 0 or doc[subject.left_edge.i - 1].text != "," \
            or not all(t.head.i == verb.i and t.dep_ in ("aux", "neg", "advmod")
                       for t in doc[subject.right_edge.i + 1:verb.i]):
        return None
    return subject


def _set_off(verb: Token, lexicon: dict[str, str]) -> bool:
    """The cue's clause stands between commas inside another clause: "Many of them, he said, have ...";
    also when the parse hangs the words opening that clause on the cue ("In the end, she said, [voters] will
    decide"): then its subject stands right after a comma, and the clause after it is neither one of a
    list of clauses ending in "and" or "or" (serial comma or not) that a cue that can stand alone opens
    ("Yesterday, the mayor complained, the clerk resigned(,) and ..."; not after "said": "Yesterday, the mayor
    said, [the clerk resigned and the meeting ended early]") nor
    one a cue of its own closes ("After the vote, the mayor complained, [the clerk said]")."""
    doc = verb.doc
    lo, hi = verb.left_edge.i, verb.right_edge.i
    after = doc[hi] if doc[hi].text == "," else doc[hi + 1] if hi + 1 < len(doc) else None
    if after is None or after.text != ",":
        return False
    before = doc[lo] if doc[lo].text == "," else doc[lo - 1] if lo > 0 else None
    if before is not None and before.text == "," and before.i < verb.i:
        return True
    subject = _subject_after_comma(verb)
    if subject is None or subject.left_edge.i <= lo:
        return False
    head = verb.head
    listed = any(c.dep_ == "cc" and c.i > hi and (doc[c.i - 1].text == "," or any(
        j.dep_ == "conj" and j.i > c.i and any(g.dep_ in SUBJECTS for g in j.children) for j in head.children))
        for c in head.children)  # ", and ..." or "and [the meeting] ended": a list of clauses
    return not (verb.lemma_.lower() not in _NEEDS_WORDS and listed) \
        and not (head.lemma_.lower() in lexicon and _closing_clause(head) is not None)


# cues that cannot stand alone: "Yesterday, the mayor said, the clerk resigned, the auditor quit, and ..." reports
# the list, "..., the mayor complained, ..." is one (not "write": "..., the mayor wrote, the clerk resigned and ...")
_NEEDS_WORDS = ("say", "add", "note", "state", "insist", "claim", "explain", "argue", "warn", "report", "tell",
                "find", "show", "reveal", "conclude", "suggest", "confirm", "estimate", "predict")


_ASPECT = ("continue", "begin", "start", "keep", "stop")  # "continues [to rise]" reports nothing


def _when_or_where(prep: Token) -> bool:
    """The preposition says when or where something was said: "reported [on Tuesday]", "noted [in a column]",
    "wrote [in The Ledger]", "said [on Twitter]", "said [on CNN]"; after any cue but "say" a name after "on"
    is what was talked about ("reported on [Boeing]", "commented on [Apple]"), as in _CONTENT_PREPS, unless it
    names a broadcaster or platform ("noted on [CNN]", "argued on [Fox News]"); after "report" a name is the topic
    ("As the Ledger reported on [Sky News], its shares fell": news organisations are reported on) unless a
    person reports ("As she reported on CNN, ...")."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return prep.lower_ in ("in", "on", "at", "during") and pobj is not None \
        and (pobj.ent_type_ in ("DATE", "TIME") or pobj.lemma_.lower() in _MEDIA or pobj.lower_ in _PLATFORMS
             or pobj.pos_ == "PROPN" and (prep.lower_ != "on" or prep.head.lemma_.lower() == "say"
                                          or (prep.head.lemma_.lower() != "report" or _a_person_reports(prep.head))
                                          and _a_network(pobj)))


def _a_person_reports(verb: Token) -> bool:
    """A person is the one reporting ("As [she] reported on CNN, ..."): on air, not about a network, which
    an outlet reports on ("As the Ledger reported on Sky News, its shares fell")."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    return subject is not None and (subject.lower_ in _PERSONAL_PRONOUNS and subject.tag_ == "PRP"
                                    or subject.ent_type_ == "PERSON")


def _a_network(name: Token) -> bool:
    """A broadcaster or platform named after "on": where something was said, not what about ("noted on [CNN]",
    "argued on [Fox News]", "wrote on [Truth Social]"; not "reported on [Boeing]")."""
    words = [t for t in name.doc[name.left_edge.i:name.i + 1] if t.dep_ in ("compound", "nmod") or t.i == name.i]
    full = " ".join(t.lower_ for t in words)
    return full in _NETWORKS or name.lower_ in _PLATFORMS \
        or name.lower_ in _NETWORK_WORDS and len(words) > 1 and all(t.pos_ == "PROPN" for t in words)


_OBJECTLESS = ("testify", "speak", "talk", "joke", "lecture", "preach", "chat", "campaign", "rant")
# cues that need no object: "as" before them can only mean "while" ("As she testified on Tuesday, ...")


def _as_reported(verb: Token) -> tuple[int, int] | None:
    """The clause an "as"-clause cue stands before or after ("As The Daily Caller reported, [the star
    gave $5,000]"; "[the increases boost spending], as some liberals hope"): its head's tokens on the
    far side of the cue's clause."""
    head = verb.head
    deps = {c.dep_ for c in verb.children if c.dep_ != "prep" or not _when_or_where(c)}
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) or head.pos_ not in ("VERB", "AUX") \
            or not deps & set(SUBJECTS + ("agent",)) or deps & {"dobj", "ccomp", "xcomp", "attr", "dative", "prep"}:
        return None  # (a passive with its agent reports too: "As reported by the Ledger, ...")
    if verb.tag_ == "VBG":
        return None  # "As he was explaining, the lights went out": a time, not a source
    if verb.lemma_.lower() in _OBJECTLESS and any(c.dep_ == "prep" and _when_or_where(c) for c in verb.children) \
            and head.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in head.children) \
            and not any(t.is_quote for t in head.subtree):
        return None  # someone's speaking at a time or place beside another past event: "As she testified on
        # Tuesday, her husband wept" is a time ("As the Ledger reported on Monday, the mill closed" reports);
        # a cue whose object is the gap "as" fills never means "while" ("As the mayor noted in her speech, ...")
    doc = verb.doc
    # a conjunction or sentence adverb opening the sentence is no part of what was reported ("But as she noted, ...")
    words = [t.i for t in head.subtree if not t.is_punct
             and not (t.head.i == head.i and t.dep_ in ("cc", "advmod") and t.i < verb.left_edge.i
                      and all(u.is_punct or u.head.i == head.i and u.dep_ in ("cc", "advmod")
                              for u in doc[head.left_edge.i:t.i + 1]))]
    own = [t.i for t in verb.subtree if not t.is_punct]
    if own[0] <= words[0] and doc[own[-1] + 1:own[-1] + 2].text == ",":
        return own[-1] + 1, head.right_edge.i + 1
    if own[-1] >= words[-1] and own[0] > 0 and doc[own[0] - 1].text == ",":
        return head.left_edge.i, own[0]
    return None  # set off by a comma: "The crowd grew restless as the senator joked" is a time


def _closing_clause(verb: Token) -> tuple[int, int] | None:
    """The clause a cue closes when the parse did not make it the cue's complement ("[The plan will cost more
    than the city can pay], she said." read with "said" hanging on a verb of the clause, or with the clause
    in pieces): the cue's subject right after a comma, the cue ending its sentence (nothing after it but
    punctuation and the cue's own adverbs and prepositional phrases: when, where or how it was said), and a
    clause with a verb from the sentence's start to that comma. (_reports_before and _reported_before take
    such a clause when the parse made it the cue's complement or coordinated it with the cue.)"""
    doc, sent = verb.doc, verb.sent
    subject = _subject_after_comma(verb)
    if subject is None or subject.tag_ in ("WP", "WDT") or verb.dep_ == "conj" or subject.left_edge.i - 1 <= sent.start:
        return None
    if any(c.dep_ not in ("punct", "npadvmod", "prep", "advmod", "aux", "neg") for c in verb.rights) \
            or any(not t.is_punct and not t.is_space and not verb.i <= t.i <= verb.right_edge.i
                   for t in doc[verb.i + 1:sent.end]):
        return None
    if sent.text.rstrip().endswith(":"):
        return None  # "In a post, she wrote:" -- what follows the colon is what was written
    start, end = _trim(doc, sent.start, subject.left_edge.i - 1)
    if start >= end or not any(t.pos_ in ("VERB", "AUX") and any(c.dep_ in SUBJECTS + ("expl",) for c in t.children)
                               and not any(c.dep_ == "mark" for c in t.children)
                               and not any(a.dep_ == "prep" and start <= a.i < end for a in t.ancestors)
                               for t in doc[start:end]):
        return None  # a clause of its own, not a time or condition ("As the vote neared, he said."), nor one
        # describing a noun in a phrase saying where or when ("In a post [that went viral], she wrote.")
    return start, end


_CIRCUMSTANCE_NOUNS = ("time", "day", "night", "evening", "morning", "afternoon", "week", "month", "year", "moment",
                       "hour", "way", "place")  # "the way he talks", "the place she testified": how, when, where


# cues that need an object: a noun before them fills its gap, whatever it names ("[the place] he described")
_NEED_OBJECT = ("describe", "mention", "recall", "recount", "predict", "outline", "detail", "cite", "remember",
                "envision", "imagine", "propose", "portray", "depict", "forecast", "promise")


def _antecedent(verb: Token) -> tuple[int, int, Token | None] | None:
    """What a relative clause cue with nothing of its own to say is about: the noun it describes, with no
    relative word ("[the lesson] they intended", "[everything] the senator says"); not a time, place or manner
    ("the last time he testified", "the hearing where she testified", "the way he talks"; but "[the place] he
    described", a cue that needs an object), nor whom the cue
    addresses ("the woman he asked", "the reporters he talked to"), nor a noun a stranded preposition of
    place or time ties to the cue ("the committee she testified before")."""
    noun, doc = verb.head, verb.doc
    if verb.dep_ != "relcl" or noun.pos_ not in ("NOUN", "PRON") or noun.i > verb.i or noun.tag_ in ("WP", "WDT", "PRP") \
            or any(c.dep_ in ("dobj", "ccomp", "xcomp", "oprd", "attr", "dative") or c.tag_ in ("WP", "WDT", "WRB")
                   for c in verb.children) \
            or not any(c.dep_ in SUBJECTS and c.i < verb.i for c in verb.children) \
            or any(t.tag_ in ("WP", "WDT", "WRB") or t.lower_ == "that" for t in doc[noun.i + 1:verb.left_edge.i + 1]):
        return None
    lemma = verb.lemma_.lower()
    if (noun.ent_type_ in ("DATE", "TIME") or noun.lemma_.lower() in _CIRCUMSTANCE_NOUNS) \
            and (lemma not in _NEED_OBJECT or noun.dep_ == "npadvmod"):
        return None  # "the spring [she testified]", "the evening he called, ...": a time (not "[The week] he
        # described": a cue that needs an object has its gap there, unless the noun is itself a fronted time
        # of another clause: "The night he remembered, the city burned")
    if lemma in _ADDRESSEE_CUES + _ADDRESSED + ("call",) and (_someone(noun) or noun.lower_ in _NO_ONE):
        return None  # "the woman he asked", "nobody he called": the one spoken to
    to = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if lemma in _ADDRESSING and to is not None and to.lower_ == "to" \
            and (to.dep_ == "aux" and to.head.i != to.i + 1 or to.dep_ != "aux" and not list(to.children)):
        return None  # "the friend he wrote to" (however parsed: "to" may be the aux of a later verb, "The
        # lawmakers he wrote to did not respond"; not the cue's purpose, "[the letter] he wrote to thank donors")
    if any(c.i > verb.i and c.tag_ == "IN" and c.dep_ in ("prep", "advmod") and not list(c.children)
           and (c.lower_ not in _CONTENT_PREPS and not _retort(verb, c) and not (c.lower_ == "with" and lemma in _AGREEING)
                or c.lower_ == "to" and lemma in _ADDRESSING)
           for c in verb.children):
        return None  # "the committee she testified before", "the reporters he talked to"
    start = noun.left_edge.i
    while start < noun.i and doc[start].dep_ in ("advmod", "mark", "cc", "punct"):
        start += 1  # "[essentially] the rules", "[While] not everything"
    start, end = _trim(doc, start, verb.left_edge.i)
    # a preposition left at the end of the clause joins the cue: "the rules he [rails against]"
    stranded = next((c for c in verb.rights if c.dep_ == "prep" and not list(c.children)), None)
    return (start, end, stranded) if start < end else None


def _that_after_a_time(verb: Token) -> tuple[int, int] | None:
    """A that-clause after a phrase of time on the cue, which the parse hung on that phrase's noun as a
    relative clause ("He said upon entering [the room] that the air was stale"): "that" is its marker, not its
    subject or object, and the clause has a subject of its own and its verb its object or complement (or a
    passive subject), so "that" fills no gap in it ("He said at the meeting that the council held on Monday" is
    the meeting's relative clause; an intransitive clause is left unread too); not a claim's own clause ("upon
    hearing the claim that ...")."""
    prep = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ in ("upon", "on", "after", "before", "during",
                                                                              "while", "in", "at")), None)
    if prep is None or any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children):
        return None
    for clause in prep.subtree:
        first = verb.doc[clause.left_edge.i]
        if clause.dep_ in ("relcl", "acl") and first.lower_ == "that" and first.dep_ == "mark" \
                and first.head.i == clause.i and clause.right_edge.i == prep.right_edge.i \
                and any(c.dep_ in SUBJECTS for c in clause.children) and clause.head.lemma_.lower() not in _NOUN_CUES \
                and any(c.dep_ in _FILLED for c in clause.children):  # no gap "that" could fill: not "that [the
            # council] held" (a meeting it held)
            return first.i, clause.right_edge.i + 1
    return None


_FILLED = _COMPLEMENTS + ("nsubjpass",)  # a verb with its object


def _answer(verb: Token) -> tuple[int, int] | None:
    """A one-word answer right after the cue, what was said: "the governor said [yes]", "voters said [no to
    the tax]" (not its time or occasion: "[no to the tax] on Tuesday", "at its meeting"), "did not say [so]"
    (not "said so that ...", a purpose)."""
    doc = verb.doc
    word = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if word is None or word.head.i != verb.i or word.lower_ not in ("yes", "no", "so") \
            or word.dep_ not in ("intj", "advmod", "dobj", "npadvmod") or list(word.children):
        return None
    after = doc[word.i + 1] if word.i + 1 < len(doc) else None
    if word.lower_ != "so" and after is not None and after.lower_ == "to" and after.dep_ == "prep" \
            and after.head.i in (verb.i, word.i) and any(c.dep_ == "pobj" for c in after.children):
        end = after.right_edge.i + 1  # "said [no to the tax]"
        for node in (after, next(c for c in after.children if c.dep_ == "pobj")):
            for c in reversed(list(node.rights)):  # not its time: "said [no to the tax] on Tuesday"
                if c.right_edge.i + 1 == end and c.i > word.i and (
                        c.ent_type_ in ("DATE", "TIME") and c.dep_ in ("npadvmod", "nmod", "pobj") and c.head.i != after.i
                        or c.dep_ == "prep" and c.lower_ in ("on", "in", "at", "during") and any(
                            g.dep_ == "pobj" and (g.ent_type_ in ("DATE", "TIME") or g.lemma_.lower() in _OCCASIONS)
                            for g in c.children)):  # or its occasion: "[no to the plan] at its meeting on Monday"
                    end = c.left_edge.i
        return word.i, end
    return word.i, word.i + 1


def _reports_before(verb: Token, clause: Token) -> bool:
    """The cue closes the clause it reports, set off by a comma before its subject ("[He said at a conference
    that he was comfortable], The Post reported"): a clause with a subject of its own, from the sentence's
    start to that comma, and no object after the cue ("..., the moderators didn't ask her about it")."""
    doc = verb.doc
    subject = next((c for c in verb.lefts if c.dep_ in SUBJECTS), None)
    return clause.dep_ == "ccomp" and clause.i < verb.i and subject is not None and subject.i > clause.i \
        and clause.left_edge.i == verb.sent.start and doc[subject.left_edge.i - 1].text == "," \
        and clause.right_edge.i == subject.left_edge.i - 2 \
        and any(c.dep_ in SUBJECTS or c.dep_ == "expl" for c in clause.children) \
        and (verb.lemma_.lower() in _ADDRESSEE_CUES or not any(c.dep_ == "dobj" for c in verb.children))


def _describes_object(verb: Token, cues: set[int]) -> bool:
    """The cue is a relative clause or participle on the object of an earlier cue ("Cruz pointed to [a poll
    that shows him winning]", "cited [polling data showing ...]"): part of what that cue's content names, so
    it comes after it (PolNeAR marks the outer attribution only); not a relative set off by a comma."""
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ not in ("relcl", "acl") or node.tag_ == "VB" or verb.doc[node.left_edge.i - 1].text == ",":
        return False  # nor a bare verb: "looking for [someone] to explain why ..." is not what was looked for
    noun = node.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        noun = noun.head
    return noun.dep_ in ("dobj", "prep") and noun.head.i in cues and noun.head.i < verb.i


def _speaks_for_noun(verb: Token) -> bool:
    """A speech verb whose subject is the noun it describes, through a relative pronoun or as a participle: the
    noun speaks ("rebuked critics [who say] he should ...", "rejected a lawsuit [claiming] ..."), an attribution
    of its own."""
    return verb.lemma_.lower() in SPEAKING and (verb.dep_ == "acl" and verb.tag_ == "VBG" or any(
        c.dep_ in SUBJECTS and c.tag_ in ("WP", "WDT") for c in verb.children))


def _reported_before(verb: Token) -> tuple[int, int] | None:
    """The clause before a cue the parse coordinated with it ("[Sanders remains committed], his aide
    told The Huffington Post"): a comma, no conjunction, then the cue's subject."""
    head = verb.head
    subject = next((c for c in verb.lefts if c.dep_ in SUBJECTS), None)
    if subject is None or head.i > verb.i or head.pos_ not in ("VERB", "AUX") \
            or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children) \
            or verb.lemma_.lower() not in _ADDRESSEE_CUES and any(c.dep_ == "dobj" for c in verb.children) \
            or any(c.dep_ == "cc" and head.i < c.i < verb.i for c in head.children):
        return None
    start = verb.left_edge.i
    if start == 0 or verb.doc[start - 1].text != ",":
        return None
    return head.left_edge.i, start - 1


def _content_head(verb: Token, takes: str) -> Token | None:
    if _attitude_span(verb) is not None:
        return None  # a stance's complement, found with the words that join the cue (see _attitude_span)
    for child in verb.children:
        if child.dep_ == "ccomp" and child.i > verb.i:
            return child
    if takes == "to":
        for child in verb.children:
            if child.dep_ == "xcomp" and child.i > verb.i:
                return child
    if takes != "object" or not any(c.dep_ == "dobj" and c.i > verb.i for c in verb.children):
        for child in verb.children:  # a clause before the cue; not for an object cue that has its object
            if child.dep_ == "ccomp":  # ("[...], 89% endorse [background checks]")
                return child
    if not any(c.dep_ in ("dobj", "prep") and c.i > verb.i for c in verb.children) and verb.lemma_ not in _ASPECT:
        for child in verb.children:  # "claim [to object to ...]", "is considering [issuing summonses]"
            if child.dep_ == "xcomp" and child.i > verb.i and child.pos_ in ("VERB", "AUX"):
                return child
    if takes == "clause":
        return _clause_after_adjunct(verb)
    return None


def _within_phrase(noun: Token, prep: Token) -> bool:
    """The noun is the object of ``prep``, or of a preposition inside its phrase or joined to it ("in
    one of a series of [messages]", "on social media and in [interviews]"), not of a verb within it
    ("by mentioning [the fact]")."""
    node = noun
    while node.i != prep.i and node.dep_ in ("pobj", "prep", "conj") and node.head.i != node.i:
        node = node.head
    return node.i == prep.i and noun.dep_ == "pobj"


_CIRCUMSTANCE_PREPS = ("in", "at", "on", "during", "following", "after", "before", "since")  # where or when


def _clause_after_adjunct(verb: Token) -> Token | None:
    """A that-clause right after an adjunct of the cue, which the parse hangs on the adjunct's noun:
    "alleged in the suit [that Trump earned $5 million]", "predicted at the debate [that ...]". Only
    after a phrase saying where or when (not "complained about the fact that ...", whose object is
    the content), and only a "that" that opens a clause, not a relative pronoun ("said at a rally
    that drew thousands")."""
    if any(c.dep_ == "dobj" for c in verb.children) and verb.lemma_.lower() not in _ADDRESSEE_CUES + _ADDRESSED:
        return None  # "reached a settlement at the hearing that ...": the object is what was said
    for prep in (c for c in verb.rights if c.dep_ == "prep" and c.lower_ in _CIRCUMSTANCE_PREPS):
        for token in prep.subtree:
            if token.dep_ in ("acl", "relcl", "ccomp") and token.pos_ in ("VERB", "AUX") \
                    and token.head.pos_ in ("NOUN", "PROPN") and _within_phrase(token.head, prep) \
                    and verb.doc[token.left_edge.i].lower_ == "that" and verb.doc[token.left_edge.i].dep_ == "mark" \
                    and verb.doc[token.left_edge.i - 1].text != "," \
                    and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children):
                return token
    return None


# the survey a finding was read in: "[In] a CNN/ORC poll released Monday, 31% of Republicans said ...", the
# whole sentence sourced to the poll as by "according to" (PolNeAR marks 21 of 28 such "in"s on train)
_SURVEYS = frozenset({"poll", "survey"})


def _sourcing_preposition(token: Token) -> Token | None:
    """The preposition of "according to", or "in" before a poll or survey; else None."""
    if token.lower_ == "according":
        nxt = token.nbor() if token.i + 1 < len(token.doc) else None
        return nxt if nxt is not None and nxt.lower_ == "to" else None
    if token.lower_ == "in" and token.dep_ == "prep" and token.is_sent_start:
        pobj = next((c for c in token.children if c.dep_ == "pobj"), None)
        after = pobj.right_edge.i + 1 if pobj is not None else len(token.doc)
        if pobj is not None and pobj.lemma_.lower() in _SURVEYS and after < len(token.doc) \
                and token.doc[after].text == ",":  # opening its sentence, set off ("in the polls" is no source)
            return token
    return None


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
