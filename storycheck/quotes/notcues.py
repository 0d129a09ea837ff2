"""Verbs whose lemma is a cue but that report no attribution of their own where they stand.

A command opening its sentence is the writer's to the reader ("Just ask him.", "Tell me what you think"); a
clause inside what "ask" asks is no one's belief; a clause describing a source is part of that source ("said
[a farmer who backed the mayor]") unless it describes another party named in it; a cue describing another
cue's object is part of that content ("cited [a report showing ...]") unless the noun speaks itself ("critics
who say"). By these tests the extractor skips such a verb, reads it after the cue whose content holds it, or
drops it from inside a source (which then ends before a clause it keeps).
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan, Token

from storycheck.quotes.cuemodel import SUBJECTS
from storycheck.quotes.sources import SPEAKING, _fronted_speaker
from storycheck.quotes.syntax import _opens_sentence, _without_subject


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
