"""Which organisation "the agency", "the company" or "the ministry" names again.

News names an organisation once ("the Environmental Protection Agency", "Pfizer, the drugmaker",
"Ukraine's state-owned nuclear company Energoatom") and then by its kind: "the agency said", "the company
said". :class:`Organisations` reads the article's organisations once -- ORG entities, and proper nouns a
kind of body describes, which the small model often tags as a person or not at all -- with the words that
describe each, and finds the one a later "the <kind>" stands for:

* the organisation named most recently, within a few paragraphs, with that word or a synonym in its name or
  description ("the company" ~ "drugmaker"; every other word of the mention must be there too: "the
  Russian ministry");
* for a company, firm, bank... nobody described so: the organisation that is the subject of that sentence
  or the one before, when nothing says it is another kind of body ("The European Commission fined Google.
  The company said" is not the Commission);
* never past a nearer, unnamed body of the same kind ("Volkswagen Group ... a group of workers ... the
  group said" is the workers; "at the memorial service, the service said" is no Secret Service).

It finds the name; :class:`storycheck.quotes.speakers.SpeakerResolver` turns it into the canonical form.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Doc, Span as SpacySpan, Token

from storycheck.quotes.mentions import TITLE_WORDS, describing_words, is_subject, proper_name, role_words, \
    same_role

# kinds of body, each with the words that describe the same kind
COMPANY = {"company", "firm", "business", "group", "maker", "carmaker", "drugmaker", "automaker", "chipmaker",
           "retailer", "manufacturer", "airline", "bank", "lender", "insurer", "giant", "conglomerate", "startup",
           "supplier", "broadcaster", "corporation", "multinational"}
KINDS = [
    COMPANY,
    {"agency", "authority", "regulator", "watchdog", "body", "service", "bureau", "office", "administration"},
    {"ministry", "department"},
    {"committee", "commission", "panel", "council", "board"},
    {"organisation", "organization", "group", "charity", "association"},
    {"coalition", "alliance"},
    {"campaign", "movement"},
    {"court", "tribunal"},
    {"police", "constabulary"},
    {"union"}, {"network"}, {"society"}, {"institute"}, {"foundation"}, {"party"},
]
BODY_NOUNS = set().union(*KINDS)
REACH = 3000  # characters: "the agency" names again an organisation named in the last few paragraphs


def body_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and (token.lower_ in BODY_NOUNS or token.lower_.endswith("maker"))


def describes(noun: Token) -> bool:
    """Whether an apposition describes the organisation it hangs on: set off by a comma ("Pfizer, the
    drugmaker"), not a dateline's dash ("RAMALLAH, West Bank — A military court"), and with no of-phrase
    ("a group of investors" counts people; "the maker of Viagra" is left unread too)."""
    edge = noun.left_edge.i
    return edge > 0 and noun.doc[edge - 1].text == "," and \
        not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


@dataclass
class Body:
    name: SpacySpan  # the noun phrase naming it ("Russia's Defence Ministry")
    start: int  # character offset
    subject: bool  # the subject of its clause
    words: set[str]  # its own words and those describing it ("Pfizer, the drugmaker")


class Organisations:
    """The organisations of one parsed article, searchable by offset."""

    def __init__(self, doc: Doc, ents: list[SpacySpan]):
        self.doc = doc
        found: dict[int, tuple[SpacySpan, set[str]]] = {}  # root token -> (name, describing words)
        describing: set[int] = set()  # body nouns that describe a named organisation
        for ent in ents:
            if ent.label_ == "ORG":
                found[ent.root.i] = (ent, set())
        for token in doc:
            if not body_noun(token):
                continue
            named = self._described_by(token)
            if named is None:
                continue
            name, words = named
            if any(t.lower_ in TITLE_WORDS for t in doc[min(token.i, name.start):max(token.i, name.end)]) \
                    or any(t.ent_type_ == "PERSON" and t.ent_iob_ != "B" for t in name):
                continue  # "the company CEO Jeff Bezos", "Roger McNamee, an investor in the group": people
            describing.add(token.i)
            known = found.get(name.root.i)
            found[name.root.i] = (known[0] if known else name, (known[1] if known else set()) | words)
        self.bodies = []
        for _, (span, words) in sorted(found.items()):
            root = span.root
            words = words | {t.lower_ for t in span} | describing_words(span, describes)
            words |= {"maker" for w in words if w.endswith("maker")}  # "drugmaker" is a maker
            start = min([span.start] + [c.left_edge.i for c in root.lefts
                                        if c.dep_ == "poss" or c.dep_ == "compound" and c.pos_ == "PROPN"])
            holder = root.head if root.dep_ == "appos" and root.head.i < root.i and body_noun(root.head) else root
            self.bodies.append(Body(doc[start:span.end], span.start_char, is_subject(holder), words))
        self._starts = [b.start for b in self.bodies]
        # where an unnamed body of each kind is written ("a group of workers", "the memorial service")
        self._unnamed: dict[str, list[int]] = {}
        for token in doc:
            if body_noun(token) and token.i not in describing and not token.ent_type_:
                self._unnamed.setdefault(token.lower_, []).append(token.i)

    @staticmethod
    def _described_by(token: Token) -> tuple[SpacySpan, set[str]] | None:
        """The proper name a body noun describes, with the words of the description."""
        head = token.head
        if token.dep_ == "appos" and head.pos_ == "PROPN" and describes(token):  # "Pfizer, the drugmaker"
            return proper_name(head), role_words(token.subtree)
        if token.dep_ == "compound" and head.pos_ == "PROPN":  # "drugmaker Pfizer"
            return proper_name(head), role_words(t for t in head.lefts if t.i <= token.i)
        name = next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if name is None:  # "nuclear company Energoatom"
            return None
        return proper_name(name), role_words(t for t in token.subtree if t.i < name.left_edge.i)

    def named_again(self, mention: SpacySpan) -> SpacySpan | None:
        """The name of the organisation "the agency" (the mention) stands for, if any."""
        root = mention.root
        if not (mention[0].lower_ == "the" and body_noun(root)
                and all(t.pos_ in ("DET", "ADJ", "NOUN") and not t.ent_type_ for t in mention)):
            return None
        head = root.lower_
        described = role_words(mention) - {head}
        i = bisect.bisect_left(self._starts, mention.start_char)
        earlier = self.bodies[max(0, i - 50):i]
        for body in reversed(earlier):
            if mention.start_char - body.start > REACH:
                break
            if same_role(head, body.words, KINDS) and not described - body.words:
                return None if self._nearer_unnamed(head, body, mention) else body.name
        if head in COMPANY and not described and mention.sent.start:
            before = self.doc[mention.sent.start - 1].sent.start_char
            for body in reversed(earlier):
                if body.start < before:
                    break
                other_kind = any(w in BODY_NOUNS - COMPANY for w in body.words)
                dateline = body.name.start and self.doc[body.name.start - 1].text == "("  # "LONDON (Reuters) -"
                if body.subject and not other_kind and not dateline:
                    return None if self._nearer_unnamed(head, body, mention) else body.name
        return None

    def _nearer_unnamed(self, head: str, body: Body, mention: SpacySpan) -> bool:
        """An unnamed body of the same kind stands between the organisation and the mention: introduced
        as a new one ("a group of workers") or told apart by a modifier ("the memorial service")."""
        positions = self._unnamed.get(head, [])
        lo = bisect.bisect_left(positions, body.name.end)
        for i in positions[lo:bisect.bisect_left(positions, mention.start)]:
            token = self.doc[i]
            new = any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in token.children)
            modified = {c.lower_ for c in token.children if c.dep_ in ("compound", "amod")} - body.words
            if new or modified:
                return True
        return False
