"""Which words name a person, and which written forms of a name are one person's.

A PERSON entity's name without the words the small model took in with it (a picture credit, an owner, a title:
:func:`_name_text`, :func:`_untitled`) and with a generation's suffix it left out (:func:`_suffix_after`); a
full name's first names, surname and suffix, and whether two full forms name one person (:func:`_name_words`,
:func:`_one_person`: "Donald J. Trump" and "Donald Trump", not "Donald Trump Jr."); a name the model left
untagged or took for an organisation that still names a person (:func:`_introduced_person`,
:func:`_person_taken_for_a_body`), and a place's, which names nobody (:func:`_is_place`). The
:class:`~storycheck.quotes.speakers.SpeakerResolver` builds its table of an article's full names with these and
matches each mention against it. (The cross-article name check is :mod:`storycheck.crosscheck.names`.)
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from storycheck.quotes.bodies import body_noun
from storycheck.quotes.mentions import HONORIFICS, TITLE_WORDS


# what may follow a surname: "Luther Stan Pate IV" is Pate ("Pate said"), not IV
_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}


def _name_words(name: str) -> tuple[list[str], str, str]:
    """A full name's first (and middle) names, its surname and a generation's suffix ("" if none), lower-cased."""
    words = name.lower().replace(",", "").split()
    suffix = words.pop() if len(words) > 2 and words[-1] in _SUFFIXES else ""
    return words[:-1], words[-1], suffix.rstrip(".")


def _one_person(known: str, name: str) -> bool:
    """Two full forms of one surname name one person when their first names agree and their middle names,
    where both give one, do too ("Donald J. Trump", "Donald Trump"); not "Eric" and "Stephen Paddock", not
    "George H.W." and "George W. Bush", nor "Brent Bozell Jr." and "Brent Bozell III", nor "Donald Trump Jr."
    and "Donald Trump" (a son and his father), and an initial ("J. Smith") is nobody's but its own. A surname
    alone ("Pate said") still finds "Luther Stan Pate IV": that is a lookup by surname, not this test."""
    (a, _, one), (b, _, other) = _name_words(known), _name_words(name)
    if one != other:
        return False
    return a[0] == b[0] and len(a[0].rstrip(".")) > 1 and (len(a) == 1 or len(b) == 1 or a[1:] == b[1:])


def _introduced_person(mention: SpacySpan) -> bool:
    """A name the small model left untagged (or took for an organisation), introduced as people are: a
    first name and a surname with a description of a person set beside them ("Takaaki Uesugi, a security
    guard at the town hall"), not of a body ("Human Rights Watch, a rights group")."""
    root = mention.root
    if root.pos_ != "PROPN" or root.ent_type_ not in ("", "PERSON", "ORG") or not any(
            t.dep_ == "compound" and t.pos_ == "PROPN" for t in root.lefts):
        return False
    described = next((c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"), None)
    return described is not None and not body_noun(described)


# last words of a place's name: a place that speaks is the body in it ("Downing Street said", "Capitol Hill")
_PLACE_WORDS = {"street", "yard", "house", "hall", "square", "palace", "hill", "avenue", "road", "office", "centre",
                "center", "park", "court", "place", "tower", "lane", "bridge", "castle", "quay", "gate"}


def _is_place(token) -> bool:
    """A word the article, or the places list, tags as a place anywhere ("Scotland" of "Scotland Yard")."""
    return token.ent_type_ in ("GPE", "LOC", "FAC") or any(
        e.label_ in ("GPE", "LOC") and e.text == token.text for e in token.doc.ents)


# picture agencies whose credit a caption glues to the name after it ("Getty Images Massa cries")
# (as written: "Rex Tillerson" is a name)
_CREDITS = {"Getty", "Images", "GETTY", "IMAGES", "AFP", "Reuters", "REUTERS", "AP", "PA", "EPA", "REX",
            "Shutterstock", "Alamy"}


def _name_text(ent: SpacySpan) -> str:
    """A PERSON entity's text from its first proper noun that is no picture credit, after an owner followed by a
    first name and a surname: the small model sometimes takes in a word before the name ("Both Abe", "GETTY Max
    Verstappen", "Breitbart's Joel Pollak"; "Breitbart's Pollak" stays whole)."""
    doc = ent.doc
    owned = max((t.i + 1 for t in ent if t.tag_ == "POS" and t.i < ent.root.i), default=ent.start)
    if sum(t.pos_ == "PROPN" for t in doc[owned:ent.end]) < 2:  # a first name and a surname after the owner
        owned = ent.start  # "St George's Hospital", tagged as a person, is not "Hospital"
    first = next((t.i for t in doc[owned:ent.end] if t.pos_ == "PROPN" and t.text not in _CREDITS), owned)
    return doc[first:ent.end].text + _suffix_after(ent)


def _suffix_after(ent: SpacySpan) -> str:
    """A generation's suffix the small model left out of a name (" Jr." of "his father, Brent Bozell, Jr.,"),
    else "": without it the father is one more "Brent Bozell" beside his son "Brent Bozell III"."""
    doc, i = ent.doc, ent.end + (ent.end < len(ent.doc) and ent.doc[ent.end].text == ",")
    return f" {doc[i].text}" if i < len(doc) and doc[i].lower_ in _SUFFIXES and ent[-1].lower_ not in _SUFFIXES \
        and doc[i].text[:1].isupper() else ""


def _untitled(tokens) -> list:
    """The tokens of a name without the titles and roles in front of it ("Spokeswoman Haley Morris")."""
    words = list(tokens)
    while len(words) > 1 and words[0].lower_.rstrip(".") in HONORIFICS | TITLE_WORDS:
        words = words[1:]
    return words


def _person_taken_for_a_body(ent: SpacySpan, surnames: set[str]) -> str | None:
    """The full name of a person the small model tagged as an organisation ("Christian Estrosi, the president
    of the region", "Spokeswoman Haley Morris says") while it tags the surname alone as a person elsewhere
    ("Mr. Estrosi said", "Morris says"): a first name (or two) and that surname, capitalised proper nouns and
    no place, without the title in front. Else "Mr. Estrosi" stays "Estrosi" and keeps no first name."""
    if ent.label_ != "ORG":
        return None
    words = _untitled(ent)
    if not 2 <= len(words) <= 3 or words[-1].lower_ not in surnames:
        return None
    if not all(t.pos_ == "PROPN" and t.is_alpha and _capitalised(t) and not _is_place(t)
               for t in words):
        return None
    return " ".join(t.text for t in words)


def _names_a_person(ent: SpacySpan) -> bool:
    """A PERSON entity with a proper noun in it: the small model also tags a sentence-opening common noun
    as a person ("Flags will fly at half-staff"), who must not become the "he" of the next quotation."""
    return ent.label_ == "PERSON" and any(t.pos_ == "PROPN" for t in ent)


def _capitalised(token) -> bool:
    """A word written as a name is: "Sanders", not "sanders" nor "SANDERS"."""
    return token.text[:1].isupper() and not token.is_upper
