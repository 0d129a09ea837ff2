"""The content of a cue where the parse gives it no complement or object of its own.

The clause a cue interrupts, closes, follows or frames ("This campaign, he says, is different", "[Prices rose],
she said.", "As the Ledger reported, [...]", "[...], his aide told The Post"); a that-clause the parse hung on
a phrase of where or when ("alleged in the suit [that ...]", found with the complement by
:func:`_content_head`; "said upon entering the room [that ...]"); a raising or passive cue's subject and
complement, the cue a hole in them ("[Sanders] seemed [to reap the benefits]"); the noun a relative-clause cue
describes ("[the plan] she described"); a one-word answer ("said [no]"). The cue-verb pass of
:mod:`storycheck.quotes.extract` tries them in turn.
"""

from __future__ import annotations

from spacy.tokens import Token

from storycheck.quotes.cuemodel import SUBJECTS
from storycheck.quotes.objects import (
    _ADDRESSING, _AGREEING, _CONTENT_PREPS, _MEDIA, _NOUN_CUES, _OCCASIONS, _attitude_span, _retort,
)
from storycheck.quotes.sources import _ADDRESSED, _ADDRESSEE_CUES, _COMPLEMENTS, _NO_ONE, _PERSONAL_PRONOUNS, _someone
from storycheck.quotes.syntax import _trim


_RAISING = ("seem", "appear")
_PLATFORMS = ("facebook", "twitter", "instagram", "youtube", "univision")  # names, yet places of saying
_NETWORKS = ("cnn", "msnbc", "cnbc", "fox", "abc", "nbc", "cbs", "bbc", "npr", "pbs", "c-span", "hbo", "tiktok",
             "reddit", "telegram", "truth social", "x")  # broadcasters and platforms, said "on"
_NETWORK_WORDS = ("news", "tv", "radio", "television", "network", "channel")  # "on [Fox News]", "on [Sky TV]"


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


def _that_after_the_addressee(verb: Token) -> tuple[int, int] | None:
    """The that-clause of a verb of telling which the parse hung on the one told as a relative clause ("List
    College Dean Shuly Rubin Schwartz told [the Daily News of New York] that Weiss had emerged as a student
    leader"): the one told is someone, "that" is the clause's marker (not a relative pronoun, which the parse
    tags as a subject or object) and the clause has a subject of its own."""
    if verb.lemma_.lower() not in _ADDRESSEE_CUES + _ADDRESSED or any(c.dep_ in ("ccomp", "xcomp")
                                                                         for c in verb.children):
        return None
    told = next((c for c in verb.rights if c.dep_ in ("dobj", "dative")), None)
    if told is None or not _someone(told):
        return None
    for clause in told.subtree:
        first = verb.doc[clause.left_edge.i]
        if clause.dep_ in ("relcl", "acl") and first.lower_ == "that" and first.dep_ == "mark" \
                and first.head.i == clause.i and clause.right_edge.i == told.right_edge.i \
                and any(c.dep_ in SUBJECTS for c in clause.children):
            return first.i, clause.right_edge.i + 1
    return None


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
