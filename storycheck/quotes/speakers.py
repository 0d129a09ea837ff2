"""Resolves how an article refers to a person or body to one canonical name.

News names a speaker in full once ("NATO Secretary-General Jens Stoltenberg")
and then by surname ("Mr Stoltenberg"), pronoun ("He") or role ("The
Secretary-General", "the GCHQ chief", "the Kremlin's spokesman"). The
:class:`SpeakerResolver` reads the article's PERSON entities once, remembers
the role words written next to each name (titles in front of it and
appositions after it), and maps any later mention back to the full name:

* a mention holding a person's name (or a surname alone, which the small model
  does not always tag as one) resolves through its surname to the
  first full form of that name in the article (the outlet's own spelling, so a
  misspelt first name is kept for the cross-article name check to flag);
* "I" outside a quotation is "the author" (never the antecedent of a later "he" or "she");
* "he"/"she" resolves to the most recent person who was the subject of a
  sentence or a speaker; "who"/"which" to the noun phrase it relates to (the
  name beside a description: "Portline, a logistics firm, which");
* a role resolves to the most recent person described with that role (or a
  synonym: chief ~ boss ~ head ~ leader), else to the next person described
  with the same role word (or a synonym and the rest of the description),
  and with any organisation or place the mention names ("Fire chief warns"
  in a headline, "regional emergency chief Oleksii Marchenko" below it; but
  "NATO chief" is not him), else, when it
  is written as a capitalised title ("The Secretary-General", not "the
  mayor"), to the most recent person quoted;
* "the soldier" after a speaker introduced as "a Russian soldier" is that speaker, "the voice" (of a
  recording) the speaker quoted just before;
* "the agency", "the ministry", "the company" is the organisation named before with that word in its
  name or description ("the Environmental Protection Agency", "Pfizer, the drugmaker"), or, for a
  company, firm, bank, agency..., the organisation that is the subject of the sentence before;
* anything else ("the White House", "a Ukrainian soldier", "one Ukrainian")
  is a body and keeps its own name, without a leading "the".

The resolver is a pure function of the parse apart from the speakers the
caller reports through :meth:`SpeakerResolver.note_speaker` as it goes, which
let pronouns prefer the person being quoted.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from spacy.tokens import Span as SpacySpan, Token

from storycheck.nlp.pipeline import ParsedArticle

HONORIFICS = {"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "prof", "professor",
              "rev", "sen", "senator", "rep", "gov", "governor", "president", "gen", "general", "adm",
              "admiral", "col", "capt", "lt", "sgt", "judge", "justice", "secretary", "minister", "mayor",
              "chancellor", "prime", "vice", "deputy", "former", "the"}
_RELATIVES = ("who", "whom", "which", "that")
_FIRST_PERSON = ("i", "me")
_DESCRIBED_REACH = 1500  # characters: "the soldier" names again a soldier quoted a few paragraphs before
_VOICES = ("voice", "caller")  # who speaks on a recording or call: the speaker quoted just before
PERSON_PRONOUNS = {"he", "she", "him", "her", "i", "we"}
_ROLE_GROUPS = [
    {"chief", "boss", "head", "leader", "chairman", "chairwoman", "chair", "director", "secretary-general",
     "general", "secretary"},
    {"spokesman", "spokeswoman", "spokesperson", "spokesmen", "aide", "press"},
    {"president", "leader"},
    {"minister", "secretary"},
]
# nouns that stand for an organisation named before ("the agency said"), with the words that describe the
# same kind of body
_BODY_GROUPS = [
    {"company", "firm", "business", "group", "maker", "carmaker", "drugmaker", "automaker", "chipmaker",
     "retailer", "manufacturer", "airline", "bank", "lender", "insurer", "giant", "conglomerate", "startup",
     "supplier", "broadcaster", "corporation", "multinational"},
    {"agency", "authority", "regulator", "watchdog", "body", "service", "bureau", "office", "administration"},
    {"ministry", "department"},
    {"committee", "commission", "panel", "council", "board"},
    {"group", "organisation", "organization", "charity", "association", "union", "coalition", "alliance",
     "campaign", "movement", "network", "society", "institute", "foundation", "party"},
    {"court", "tribunal"},
    {"police", "force", "constabulary"},
]
_BODY_NOUNS = set().union(*_BODY_GROUPS)
_BODY_REACH = 3000  # characters: "the agency" names again an organisation named in the last few paragraphs
_UNDESCRIBED = _BODY_GROUPS[0] | _BODY_GROUPS[1]  # "the company", "the agency": the subject just before

_TITLE_WORDS = set().union(*_ROLE_GROUPS) | {"premier", "governor", "senator", "mayor", "ambassador", "envoy",
                                            "commander", "candidate", "nominee", "official", "officer",
                                            "ceo", "cfo", "coo", "founder", "executive"}


def _clean_name(text: str) -> str:
    text = re.sub(r"['\u2019]s$", "", text.strip())
    words = text.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in HONORIFICS:
        words = words[1:]
    return " ".join(words)


def _role_words(tokens) -> set[str]:
    """The lower-cased nouns and adjectives of a description, hyphenated ones also split."""
    words = set()
    for t in tokens:
        if t.pos_ in ("NOUN", "PROPN", "ADJ") and t.ent_type_ != "PERSON":
            words.add(t.lower_)
            words.update(t.lower_.split("-"))
    return words


def antecedent(relative_clause: Token) -> Token:
    """The noun a relative clause's pronoun stands for; the name, when the clause hangs on a description
    set beside it ("Portline, a logistics firm, which said ..." is Portline's statement), but the name
    itself when the name is the apposition ("the owner, Jan Nowak, who said")."""
    noun = relative_clause.head
    if noun.dep_ == "appos" and noun.head.i < noun.i and not _proper(noun) and _proper(noun.head):
        noun = noun.head
    return noun


def _proper(token: Token) -> bool:
    return token.pos_ == "PROPN" or token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "FAC")


def _names_a_person(ent: SpacySpan) -> bool:
    """A PERSON entity with a proper noun in it: the small model also tags a sentence-opening common noun
    as a person ("Flags will fly at half-staff"), who must not become the "he" of the next quotation."""
    return ent.label_ == "PERSON" and any(t.pos_ == "PROPN" for t in ent)


def _body_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and (token.lower_ in _BODY_NOUNS or token.lower_.endswith("maker"))


def _proper_name(token: Token) -> SpacySpan:
    """A proper noun with the proper nouns compounded in front of it ("Human Rights Watch")."""
    start = token.i
    while start > 0 and token.doc[start - 1].dep_ == "compound" and token.doc[start - 1].pos_ == "PROPN" \
            and token.doc[start - 1].head.i in range(start, token.i + 1):
        start -= 1
    return token.doc[start: token.i + 1]


def _describes(noun: Token) -> bool:
    """Whether an apposition describes the organisation it hangs on: set off by a comma ("Pfizer, the
    drugmaker"), not a dateline's dash ("RAMALLAH, West Bank — A military court"), and no noun counting
    people ("a group of investors")."""
    edge = noun.left_edge.i
    return edge > 0 and noun.doc[edge - 1].text == "," and \
        not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def _same_kind(head: str, words: set[str]) -> bool:
    """Whether a body noun ("the company") fits an organisation described by ``words`` ("drugmaker")."""
    words = words | {"maker" for w in words if w.endswith("maker")}  # "drugmaker", "carmaker"
    return head in words or any(head in group and group & words for group in _BODY_GROUPS)


def _same_role(head: str, words: set[str]) -> bool:
    if head in words:
        return True
    return any(head in group and group & words for group in _ROLE_GROUPS)


@dataclass
class _Body:
    name: SpacySpan  # the noun phrase naming it ("Russia's Defence Ministry")
    start: int
    subject: bool
    words: set[str]  # its own words and those describing it ("Pfizer, the drugmaker")


@dataclass
class _Person:
    canonical: str
    start: int  # character offset of the mention
    subject: bool  # subject of its clause (a likely antecedent for "he")
    roles: set[str] = field(default_factory=set)


class SpeakerResolver:
    """Maps mentions in one parsed article to canonical names."""

    def __init__(self, parsed: ParsedArticle):
        self.doc = parsed.doc
        self.full_names: dict[str, str] = {}  # surname (lower) -> first full form
        self.mentions: list[_Person] = []
        self.speakers: list[tuple[int, str]] = []  # (offset, canonical) of people quoted so far
        self.described: list[tuple[int, str, str]] = []  # (offset, head noun, canonical) of "a soldier" quoted
        self.quoted: list[tuple[int, str]] = []  # (offset, canonical) of every speaker quoted so far
        self.ents = list(self.doc.ents)  # read once: Doc.ents and Span.ents walk the whole document
        self._ent_starts = [e.start for e in self.ents]
        people = [e for e in self.ents if _names_a_person(e)]
        for ent in people:
            name = _clean_name(ent.text)
            parts = name.split()
            if len(parts) >= 2:
                self.full_names.setdefault(parts[-1].lower(), name)
        for ent in people:
            root = ent.root
            subject = root.dep_ in ("nsubj", "nsubjpass") or (root.dep_ == "appos" and root.head.dep_ == "nsubj")
            self.mentions.append(_Person(self._name(ent.text), ent.start_char, subject, self._roles_of(ent)))
        self._starts = [m.start for m in self.mentions]
        self.bodies = self._bodies()
        self._body_starts = [b.start for b in self.bodies]
        self.subjects = [m for m in self.mentions if m.subject]
        self._subject_starts = [m.start for m in self.subjects]

    def _name(self, text: str) -> str:
        name = _clean_name(text)
        return self.full_names.get(name.split()[-1].lower(), name) if name else name

    def _roles_of(self, ent: SpacySpan) -> set[str]:
        """Role words written with a name: "NATO chief Jens ..." or "Peskov, the Kremlin's spokesman"."""
        root = ent.root
        words = _role_words(t for t in root.lefts if t.i < ent.start)
        holder = root.head if root.dep_ == "compound" else root
        words |= _role_words(t for t in holder.lefts if t.i < ent.start and t.dep_ in ("compound", "amod"))
        for child in root.children:
            if child.dep_ == "appos":
                words |= _role_words(child.subtree)
        if root.dep_ == "appos":
            words |= _role_words(t for t in root.head.subtree if t.i < ent.start or t.i >= ent.end)
        return words

    def _bodies(self) -> list[_Body]:
        """Organisations named in the article: ORG entities, and any proper noun a body noun describes,
        which the small model often tags as a person or not at all: in apposition either way ("Pfizer, the
        drugmaker", "Human Rights Watch, a rights group", "nuclear company Energoatom") or in front of it
        ("drugmaker Pfizer")."""
        found: dict[int, tuple[SpacySpan, set[str]]] = {}  # root token -> (name, describing words)
        for ent in self.ents:
            if ent.label_ == "ORG":
                found[ent.root.i] = (ent, set())
        for token in self.doc:
            if not _body_noun(token):
                continue
            head = token.head
            if token.dep_ == "appos" and head.pos_ == "PROPN" and _describes(token):  # "Pfizer, the drugmaker"
                name, words = _proper_name(head), _role_words(token.subtree)
            elif token.dep_ == "compound" and head.pos_ == "PROPN":  # "drugmaker Pfizer"
                name, words = _proper_name(head), _role_words(t for t in head.lefts if t.i <= token.i)
            elif head is token:
                continue
            else:
                name = next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
                if name is None:
                    continue
                words = _role_words(t for t in token.subtree if t.i < name.left_edge.i)  # "nuclear company Energoatom"
                name = _proper_name(name)
            if any(t.lower_ in _TITLE_WORDS for t in self.doc[min(token.i, name.start):max(token.i, name.end)]) \
                    or any(t.ent_type_ == "PERSON" and not t.ent_iob_ == "B" for t in name):
                continue  # "the company CEO Jeff Bezos", "Roger McNamee, an investor in the group": people
            known = found.get(name.root.i)
            found[name.root.i] = (known[0] if known else name, (known[1] if known else set()) | words)
        bodies = []
        for _, (span, words) in sorted(found.items()):
            root = span.root
            words = words | {t.lower_ for t in span}
            for child in root.children:
                if child.dep_ == "appos" and _describes(child):
                    words |= _role_words(child.subtree)
            if root.dep_ == "appos" and _describes(root):
                words |= _role_words(t for t in root.head.subtree if t.i < span.start or t.i >= span.end)
            words |= _role_words(t for t in root.lefts if t.i < span.start and t.dep_ in ("compound", "amod"))
            start = min([span.start] + [c.left_edge.i for c in root.lefts
                                        if c.dep_ == "poss" or c.dep_ == "compound" and c.pos_ == "PROPN"])
            holder = root.head if root.dep_ == "appos" and root.head.i < root.i and _body_noun(root.head) else root
            subject = holder.dep_ in ("nsubj", "nsubjpass") or (holder.dep_ == "appos" and holder.head.dep_ == "nsubj")
            bodies.append(_Body(self.doc[start:span.end], span.start_char, subject, words))
        return bodies

    def _named_body(self, mention: SpacySpan) -> str | None:
        """ "The agency" after "the Environmental Protection Agency": the organisation named most recently
        with that word, or one of its kind, in its name or description; "the company" with none such: the
        organisation that is the subject of the sentence before (further back, "the firm" is as often
        another company the report mentions in passing)."""
        root = mention.root
        if not (mention[0].lower_ == "the" and root.pos_ == "NOUN" and root.lower_ in _BODY_NOUNS
                and all(t.pos_ in ("DET", "ADJ", "NOUN") and not t.ent_type_ for t in mention)):
            return None
        head = root.lower_
        described = _role_words(mention) - {head}
        i = bisect.bisect_left(self._body_starts, mention.start_char)
        earlier = self.bodies[max(0, i - 50):i]
        for body in reversed(earlier):
            if mention.start_char - body.start > _BODY_REACH:
                break
            if _same_kind(head, body.words) and not described - body.words:
                return self.resolve(body.name)
        if head in _UNDESCRIBED and not described and mention.sent.start:
            before = self.doc[mention.sent.start - 1].sent.start_char
            for body in reversed(earlier):
                if body.start < before:
                    break
                if body.subject:
                    return self.resolve(body.name)
        return None

    def note_speaker(self, offset: int, canonical: str | None, mention: SpacySpan | None = None) -> None:
        """Records that a person was quoted at ``offset`` (pronouns then prefer them), and a speaker
        introduced by description ("a Russian soldier"), whom "the soldier" may name again."""
        if canonical and mention is not None and self._is_person(mention) \
                and mention.root.lower_ not in _FIRST_PERSON:  # the writer is no "he" or "she" of the text
            bisect.insort(self.speakers, (offset, canonical))
        if canonical and canonical != "the author":
            bisect.insort(self.quoted, (offset, canonical))
        if canonical and mention is not None and len(mention) and mention[0].lower_ in ("a", "an", "one") \
                and mention.root.pos_ == "NOUN":
            bisect.insort(self.described, (offset, mention.root.lemma_.lower(), canonical))

    def _described(self, mention: SpacySpan) -> str | None:
        """ "The soldier" after "a Russian soldier said": the most recent speaker introduced with that noun,
        in the last few paragraphs; "the voice" (of a recording) or "the caller": the last one quoted."""
        if not (len(mention) == 2 and mention[0].lower_ == "the" and mention.root.pos_ == "NOUN"):
            return None
        noun = mention.root.lemma_.lower()
        if noun in _VOICES:
            i = bisect.bisect_left(self.quoted, (mention.start_char,))
            last = self.quoted[i - 1] if i else None
            return last[1] if last and mention.start_char - last[0] < _DESCRIBED_REACH else None
        i = bisect.bisect_left(self.described, (mention.start_char,))
        for offset, head, canonical in reversed(self.described[max(0, i - 10):i]):
            if head == noun and mention.start_char - offset < _DESCRIBED_REACH:
                return canonical
        return None

    def _is_person(self, mention: SpacySpan) -> bool:
        return any(t.ent_type_ == "PERSON" for t in mention) or mention.root.lower_ in PERSON_PRONOUNS or \
            mention.root.lower_ in _TITLE_WORDS

    def _recent_person(self, before: int, *, subject_only: bool) -> str | None:
        mentions = self.subjects if subject_only else self.mentions
        i = bisect.bisect_left(self._subject_starts if subject_only else self._starts, before)
        candidates = [(mentions[i - 1].start, mentions[i - 1].canonical)] if i else []
        j = bisect.bisect_left(self.speakers, (before,))
        if j:
            candidates.append(self.speakers[j - 1])
        return max(candidates)[1] if candidates else None

    def _ents_in(self, mention: SpacySpan) -> list[SpacySpan]:
        i = bisect.bisect_left(self._ent_starts, mention.start)
        found = []
        while i < len(self.ents) and self.ents[i].start < mention.end:
            if self.ents[i].end <= mention.end:
                found.append(self.ents[i])
            i += 1
        return found

    def resolve(self, mention: SpacySpan) -> str | None:
        """The canonical person or body a mention stands for (None for an unresolved pronoun)."""
        root = mention.root
        people = [e for e in self._ents_in(mention) if _names_a_person(e)]
        holding = [e for e in people if e.start <= root.i < e.end]
        if holding or people and root.pos_ == "PROPN":
            return self._name((holding or people)[0].text)  # "Trump aide Kellyanne Conway" is Conway
        # "the Trump administration", "the Clinton campaign": a body named after a person, not the person
        surname = _clean_name(mention.text)
        if root.pos_ == "PROPN" and surname.lower() in self.full_names:  # "Musk told", untagged by the model
            return self.full_names[surname.lower()]
        if root.pos_ == "PRON" or root.lower_ in _RELATIVES:
            if root.lower_ in _RELATIVES and root.head.dep_ == "relcl":
                noun = antecedent(root.head)
                return self.resolve(self.doc[noun.left_edge.i: noun.i + 1])
            if root.lower_ in _FIRST_PERSON:  # outside quotations (no cue inside one is read): the writer
                return "the author"
            if root.lower_ in ("he", "she", "him", "her"):
                return (self._recent_person(mention.start_char, subject_only=True)
                        or self._recent_person(mention.start_char, subject_only=False))
            return None
        head = root.lower_
        if head in _TITLE_WORDS or (root.ent_type_ == "" and head.split("-")[-1] in _TITLE_WORDS):
            i = bisect.bisect_left(self._starts, mention.start_char)
            for person in reversed(self.mentions[max(0, i - 50):i]):  # the last 50 people named
                if _same_role(head, person.roles):
                    return person.canonical
            # a role named before the person ("says emergency chief", "Fire chief warns"): the same role
            # word, or a synonym with the rest of the description; an organisation or place it names must
            # be the person's too ("NATO chief" is not the fire service's chief)
            described = _role_words(mention) - {head}
            named = {t.lower_ for t in mention if t.ent_type_ in ("ORG", "GPE", "NORP")}
            for person in self.mentions[i:i + 20]:
                if (head in person.roles or _same_role(head, person.roles) and described & person.roles) \
                        and not named - person.roles:
                    return person.canonical
            speakers = [s for s in self.speakers if s[0] < mention.start_char]
            capitalised = root.text[:1].isupper() and root.i != mention.sent.start
            if speakers and capitalised and not any(t.ent_type_ in ("ORG", "GPE", "NORP") for t in mention):
                return speakers[-1][1]
        described = self._described(mention) or self._named_body(mention)
        if described:
            return described
        bodies = [e for e in self._ents_in(mention) if e.label_ in ("ORG", "GPE", "NORP", "FAC")]
        counted = any(t.lower_ in ("a", "an", "one") or t.like_num for t in mention if t.i < root.i)
        if bodies and bodies[0].root == root and not (bodies[0].label_ in ("NORP", "GPE") and counted):
            # "the Kremlin" is the body; "one Ukrainian" is a person described by nationality
            return re.sub(r"^the\s+", "", bodies[0].text, flags=re.I)
        text = mention.text.strip().rstrip(",")
        text = re.sub(r"[.,;:]+(['\"\u2019\u201d]+)$", r"\1", text)  # 'of "The Daily Show."': the sentence's stop
        return re.sub(r"^the\s+", "", text, flags=re.I)
