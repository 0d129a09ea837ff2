"""Who speaks: the source of a cue read off the parse, and who can be one.

A cue's subject, passive agent or the subject of the verb it hangs from (:func:`_subject`), the understood
subject of an infinitive or -ing cue (:func:`_controller`), the noun a participle cue hangs from or whoever put
forward or wrote the thing that speaks (:func:`_holder`, :func:`_author`), the speaker after a fronted "Say"
(:func:`_fronted_speaker`); and who can speak or feel at all (:func:`_someone`, :func:`_can_feel`), which the
rules for cues and contents ask too. The verbs of saying (``SPEAKING``) and of speaking to someone live here,
the lowest module that reads them. The cue-verb pass of :mod:`storycheck.quotes.extract` tries these in turn.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan, Token

from storycheck.quotes.bodies import BODY_NOUNS
from storycheck.quotes.cuemodel import SUBJECTS
from storycheck.quotes.cuespans import _MEDIUMS, _PRESENTING, _issuer_verb
from storycheck.quotes.epithets import EPITHETS, PERSON_NOUNS
from storycheck.quotes.mentions import TITLE_WORDS
from storycheck.quotes.syntax import _inside_marks, _opens_sentence, _phrase, _trim, _without_subject


# cues of saying or writing, whose speaker a following paragraph in quotation marks goes on quoting
SPEAKING = frozenset({
    "say", "tell", "add", "warn", "insist", "explain", "claim", "state", "announce", "stress", "emphasize",
    "emphasise", "speak", "write", "tweet", "post", "note", "argue", "continue", "comment", "reply", "respond",
    "recall", "describe", "ask", "answer", "acknowledge", "admit", "concede", "declare", "urge", "vow", "promise",
    "predict", "suggest", "according to", "call", "report", "confirm", "deny", "testify", "assert", "allege",
    "reiterate", "remark", "mention", "observe", "recount", "repeat", "shout", "yell", "scream", "cry", "complain",
    "caution", "point", "joke", "quip", "boast", "plead", "pledge", "protest", "counter", "retort", "conclude",
    "summarize", "summarise", "elaborate", "whisper", "exclaim", "lament", "blog"})


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
        listed = _listed_subject(prep, verb)
        if listed is not None:
            return _phrase(listed)
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


def _listed_subject(prep: Token, verb: Token) -> Token | None:
    """A subject the parse read as one more item of a fronted place's list: "In St. Petersburg, Florida, [Rabbi
    Jacob Luski of Congregation B'nai Israel] said ..." (Luski a conjunct of Florida): someone, whose phrase
    ends right before the verb."""
    doc = verb.doc
    listed = [t for t in prep.subtree if t.dep_ in ("conj", "appos") and t.right_edge.i < verb.i
              and all(x.dep_ in ("aux", "advmod", "neg") for x in doc[t.right_edge.i + 1:verb.i])]
    # the item nearest the verb, and a person or body ("In Paris, France said" is too unsure to take), set off
    # by a comma: one joined to the item before by "and" or "or" is half of a joint subject ("In Gaza, Israel
    # and Hamas said"), which the list hides
    last = max(listed, key=lambda t: t.i, default=None)
    if last is None or doc[last.left_edge.i - 1].text != "," \
            or not (last.ent_type_ in ("PERSON", "ORG") or _someone(last) and not last.ent_type_):
        return None
    return last


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


# who can feel or believe: pronouns of persons, and nouns of people and the bodies they form ("[Windows] were
# rattled by the blast" is no attribution; "[Voters] are worried" is)
_PERSONAL_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they", "me", "us", "him", "her", "them", "who",
                                "someone", "somebody", "many", "some", "others", "most", "few", "both", "all"})
_NO_ONE = frozenset({"nobody", "everyone", "everybody", "none", "anyone", "anybody", "noone"})
# feelings that things can have too: "[Windows] were rattled", "the region was roiled", "the boat was upset"
_THING_FEELINGS = frozenset({"rattle", "rattled", "upset", "disturb", "disturbed", "trouble", "troubled", "roil",
                             "roiled", "shake", "shaken", "unsettle", "unsettled", "concerned"})
# nouns of people beside TITLE_WORDS, bodies.BODY_NOUNS and epithets' PERSON_NOUNS and EPITHETS
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
_NOT_SOURCES = _DEMONSTRATIVES + ("these", "those", "it", "there", "which", "here")


def _agent(verb: Token) -> SpacySpan | None:
    for child in verb.children:
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return _phrase(pobj)
    return None


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
