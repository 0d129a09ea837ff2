"""How a mention of a person or body is read off the parse: its name, its describing words, its role.

Shared by :mod:`storycheck.quotes.speakers` (people) and :mod:`storycheck.quotes.bodies`
(organisations), which both map a later mention ("Mr Stoltenberg", "the agency") back to the name an
article gave first.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Span as SpacySpan, Token

HONORIFICS = {"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "prof", "professor",
              "rev", "sen", "senator", "rep", "gov", "governor", "president", "gen", "general", "adm",
              "admiral", "col", "capt", "lt", "sgt", "judge", "justice", "secretary", "minister", "mayor",
              "chancellor", "prime", "vice", "deputy", "former", "the",
              "rabbi", "reverend", "imam", "pastor", "bishop", "archbishop", "cardinal", "sheikh"}
ROLE_GROUPS = [
    {"chief", "boss", "head", "leader", "chairman", "chairwoman", "chair", "director", "secretary-general",
     "general", "secretary"},
    {"spokesman", "spokeswoman", "spokesperson", "spokesmen", "aide", "press"},
    {"president", "leader"},
    {"minister", "secretary"},
]
TITLE_WORDS = set().union(*ROLE_GROUPS) | {"premier", "governor", "senator", "mayor", "ambassador", "envoy",
                                          "commander", "candidate", "nominee", "official", "officer",
                                          "ceo", "cfo", "coo", "founder", "executive"}


def clean_name(text: str) -> str:
    """A name without a possessive and the honorifics in front of it ("Mr Stoltenberg's" -> "Stoltenberg")."""
    text = re.sub(r"['\u2019]s$", "", text.strip())
    words = text.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in HONORIFICS:
        words = words[1:]
    return " ".join(words)


def role_words(tokens) -> set[str]:
    """The lower-cased nouns and adjectives of a description, hyphenated ones also split."""
    words = set()
    for t in tokens:
        if t.pos_ in ("NOUN", "PROPN", "ADJ") and t.ent_type_ != "PERSON":
            words.add(t.lower_)
            words.update(t.lower_.split("-"))
    return words


def describing_words(name: SpacySpan, keep: Callable[[Token], bool] = lambda appos: True) -> set[str]:
    """Words written with a name: in front of it ("NATO chief Jens ...", "drugmaker Pfizer") and in an
    apposition either side of it ("Peskov, the Kremlin's spokesman"; "the spokesman, Peskov") that
    ``keep`` accepts."""
    root = name.root
    words = role_words(t for t in root.lefts if t.i < name.start)
    holder = root.head if root.dep_ == "compound" else root
    words |= role_words(t for t in holder.lefts if t.i < name.start and t.dep_ in ("compound", "amod"))
    for child in root.children:
        if child.dep_ == "appos" and keep(child):
            words |= role_words(child.subtree)
    if root.dep_ == "appos" and keep(root):
        words |= role_words(t for t in root.head.subtree if t.i < name.start or t.i >= name.end)
    return words


def is_subject(token: Token) -> bool:
    """The subject of its clause, or a name set beside the subject ("Peskov, the spokesman, said")."""
    return token.dep_ in ("nsubj", "nsubjpass") or (token.dep_ == "appos" and token.head.dep_ == "nsubj")


def same_role(head: str, words: set[str], groups: list[set[str]]) -> bool:
    """Whether ``head`` ("chief", "company") is one of ``words`` or a synonym of one in ``groups``."""
    return head in words or any(head in group and group & words for group in groups)


def proper_name(token: Token) -> SpacySpan:
    """A proper noun with the proper nouns compounded in front of it ("Human Rights Watch")."""
    start = token.i
    while start > 0 and token.doc[start - 1].dep_ == "compound" and token.doc[start - 1].pos_ == "PROPN" \
            and token.doc[start - 1].head.i in range(start, token.i + 1):
        start -= 1
    return token.doc[start: token.i + 1]


def proper(token: Token) -> bool:
    return token.pos_ == "PROPN" or token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "FAC")


def antecedent(relative_clause: Token) -> Token:
    """The noun a relative clause's pronoun stands for; the name, when the clause hangs on a description
    set beside it ("Portline, a logistics firm, which said ..." is Portline's statement), but the name
    itself when the name is the apposition ("the owner, Jan Nowak, who said")."""
    noun = relative_clause.head
    if noun.dep_ == "appos" and noun.head.i < noun.i and not proper(noun) and proper(noun.head):
        noun = noun.head
    return noun
