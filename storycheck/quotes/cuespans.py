"""Where a cue starts and ends in the text, as PolNeAR marks it.

A cue is more than its verb: the auxiliaries, negation and adverbs before it ("has not publicly said"), the
verb it is the infinitive of ("declined to comment"), the adjective or word it completes ("was quick to point
out", "began by saying"), a particle, adverb or day after it ("said Tuesday"), the verb that issued the
statement a participle hangs on ("issued a statement saying"). :func:`_cue_span` gives those edges,
:func:`_noun_cue_start` a noun cue's start, and :func:`_sourcing_preposition` finds the cue of "according to"
and of "in" a poll (the first pass).
"""

from __future__ import annotations

from spacy.tokens import Token

from storycheck.quotes.cuemodel import SUBJECTS


_CUE_PARTS = ("aux", "auxpass", "neg")
_NOT_CUE = ("then", "so", "however", "thus")  # adverbs annotators leave out of a cue


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


def _noun_cue_start(noun: Token) -> int:
    """Where a noun cue starts: at its article and modifiers after any owner ("[an assertion] that",
    "Trump's [recent evidence-free assertion] that"), which PolNeAR takes into the cue; the owner is
    the source."""
    owners = [c.right_edge.i for c in noun.lefts if c.dep_ == "poss"]
    after = max(owners, default=-1)
    return min([c.left_edge.i for c in noun.lefts if c.i > after and c.left_edge.i > after], default=noun.i)


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
