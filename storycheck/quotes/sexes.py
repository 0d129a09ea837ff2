"""What an article says of a person's sex, by which "he" or "she" passes over people of the other.

A title in front of the name (``_GENDER_TITLES``: "Mr", "Dame"), a noun set beside it or a reflexive of the
name's own verb (:func:`_article_sexes`: "actress", "his wife, Mary", "described herself"), a "his" or "her" in
what a name the small model took for an organisation said (:func:`_speaks_of_own`), and the US Census first-name
lists, counted only where the article's nouns say nothing else (:func:`_sexes`). The sex each pronoun asks for
(``_GENDER``) lives here with them, and the verbs of saying (``_SPEECH_VERBS``), this being the lowest module
that reads them. The :class:`~storycheck.quotes.speakers.SpeakerResolver` reads these as it learns an article's
people and as speakers are reported to it.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from storycheck.quotes import first_names
from storycheck.quotes.person_names import _PLACE_WORDS, _capitalised, _is_place


_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}
_GENDER_TITLES = {"mr": "m", "sir": "m", "lord": "m", "mrs": "f", "ms": "f", "miss": "f", "dame": "f", "lady": "f"}
# nouns set beside a name that say the person's sex ("actress Meryl Streep", "Jane Doe, a mother of two", "his
# wife, Mary", "Queen Elizabeth"); not "actor", "chair", "spokesperson", nor "chairman", "spokesman", which news
# writes of women too (the -woman forms are sure)
_GENDER_NOUNS = {**dict.fromkeys(("man", "boy", "father", "son", "husband", "brother", "grandfather", "grandson",
                                  "uncle", "nephew", "widower", "boyfriend", "king", "prince", "duke", "emperor"),
                                 "m"),
                 **dict.fromkeys(("woman", "girl", "mother", "daughter", "wife", "sister", "grandmother",
                                  "granddaughter", "aunt", "niece", "widow", "girlfriend", "queen", "princess",
                                  "duchess", "empress", "actress", "chairwoman", "spokeswoman", "congresswoman",
                                  "businesswoman", "councilwoman"), "f")}
_REFLEXIVES = {"himself": "m", "herself": "f"}
_SPEECH_VERBS = ("say", "tell", "add", "warn", "insist", "explain", "claim", "state", "announce", "stress", "speak")


def _article_sexes(ent: SpacySpan) -> set[str]:
    """The sexes the article gives a named person at this mention: a noun set beside the name ("actress Meryl
    Streep", "Queen Elizabeth", "Jane Doe, a mother of two", "his wife, Mary") or a reflexive that is the
    object of the name's own verb or stands by the name ("Smith described herself as", "Smith himself said":
    the one pronoun that cannot point elsewhere). Not a noun the name only describes ("Trump's wife", "the
    woman Trump appointed"), nor a surname that is such a word ("Coretta Scott King")."""
    root = ent.root
    beside = [t for t in root.lefts if t.i < ent.start and t.dep_ in ("compound", "amod", "nmod")]
    beside += [t for t in ent if t.i < root.i][:1] + [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        beside.append(root.head)
    sexes = {_GENDER_NOUNS[t.lower_] for t in beside if t.lower_ in _GENDER_NOUNS}
    if root.dep_ in ("nsubj", "nsubjpass"):
        # the verb's one object ("described herself"; not "spoke to Ngozi about herself", "bought Ngozi a house
        # for herself") or the name's own emphatic ("Smith himself")
        objects = [c for c in root.head.children if c.dep_ in ("dobj", "dative")]
        own = objects if len(objects) == 1 else []
        sexes |= {_REFLEXIVES[t.lower_] for t in own + list(root.children) if t.lower_ in _REFLEXIVES}
    return sexes


def _speaks_of_own(mention: SpacySpan) -> str | None:
    """The sex of a name the small model took for an organisation ("Kudirat Okesola said her husband was on
    the tram") that speaks of its own "her" or "his" in what it said: a body says "its". Only a first name and
    a surname (two or three capitalised proper nouns, none a place's), the subject of a speech verb."""
    root = mention.root
    words = [t for t in mention if t.pos_ == "PROPN"]
    if not (2 <= len(words) == len(mention) <= 3 and root.ent_type_ in ("ORG", "")
            and all(_capitalised(t) for t in words)
            and root.dep_ == "nsubj" and root.head.lemma_.lower() in _SPEECH_VERBS) \
            or root.lower_ in _PLACE_WORDS or any(_is_place(t) for t in words):
        return None  # "Scotland Yard said his officers", "Downing Street said her talks": places that speak
    for t in root.head.subtree:
        if t.i >= mention.end and t.dep_ == "poss" and t.lower_ in ("his", "her", "its", "their"):
            return {"his": "m", "her": "f"}.get(t.lower_)  # the first possessive: "its" is a body's
    return None


def _sexes(described: dict[str, set[str]]) -> dict[str, str]:
    """Each person's sex where the article's nouns and the first-name lists agree on one (a title aside):
    "chairman Mary Barra" or "Jean Smith, a mother" and a list's "Jean" said otherwise is no evidence at all."""
    sexes = {}
    for canonical, said in described.items():
        said = said | ({first_names.sex_of(canonical)} - {None})
        if len(said) == 1:
            sexes[canonical] = next(iter(said))
    return sexes
