"""The content of a cue that takes an object, and the preposition that then joins the cue.

"accused [him of lying]", "talked about [the plan]", "lashed out at [the council]", "asked the voters [if they
wanted a bridge]"; and stances, whose noun and preposition PolNeAR takes into the cue ("expressed concern [that
...]", "took a shot at [Clinton]", "distanced himself from [the bill]"): a stance is a cue whatever the lexicon
says. :func:`_object_span` is what the extractor calls; the lists of media and of nouns of saying live here, the
lowest module that reads them.
"""

from __future__ import annotations

from spacy.tokens import Token

from storycheck.quotes.cuemodel import SUBJECTS
from storycheck.quotes.notcues import _is_question
from storycheck.quotes.sources import _someone


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


# media in which one says things, not places where the reported happens ("in a tweet", not "on the show")
_WRITTEN = frozenset({"statement", "interview", "tweet", "post", "release", "email", "letter", "memo", "op-ed",
                      "message", "blog", "column", "editorial", "podcast"})
# where words were said or posted: a phrase "in a tweet", "on his radio show" after a quotation is the saying's
_MEDIA = _WRITTEN | {"page", "show", "broadcast", "speech", "video", "appearance"}


# nouns that carry an attribution in PolNeAR's train split when a that-clause or infinitive follows
_NOUN_CUES = {"claim", "suggestion", "assertion", "complaint", "allegation", "belief", "hope", "fear",
              "warning", "promise", "pledge", "decision", "argument", "speculation",
              "statement", "criticism", "view", "insistence", "accusation", "threat", "vow", "call", "demand",
              "request", "assumption", "announcement", "prediction", "expectation", "concern", "reluctance"}
# what is said, which only words are fired back at ("fired back at [Trump's comments]")
_WORDS_SAID = frozenset(_NOUN_CUES | {"comment", "remark", "rhetoric", "tweet", "speech", "attack", "jab", "jibe",
                                      "barb", "insult", "charge", "report", "article", "ad", "editorial", "column",
                                      "op-ed", "letter", "post"})
