"""Resolves how an article refers to a person or body to one canonical name.

News names a speaker in full once ("NATO Secretary-General Jens Stoltenberg")
and then by surname ("Mr Stoltenberg"), pronoun ("He") or role ("The
Secretary-General", "the GCHQ chief", "the Kremlin's spokesman"). The
:class:`SpeakerResolver` reads the article's PERSON entities once, remembers
the role words written next to each name (titles in front of it and
appositions after it), and maps any later mention back to the full name:

* a mention headed by a person's name (or a surname alone, which the small model
  does not always tag as one) resolves to the first full form of that person in
  the article (the outlet's own spelling, so a misspelt first name is kept for
  the cross-article name check to flag; a first name alone, the one person
  whose full name begins with it: "Megyn", "Hua" of Hua Chunying), a full form the model took for an
  organisation included when it tags the surname as a person's ("Christian
  Estrosi" ... "Mr. Estrosi said"); a surname two people share stays as
  written; a name that only describes someone else ("the mother of Breonna
  Taylor", "Putin's spokesman") is not the speaker;
* "I" outside a quotation is "the author" (never the antecedent of a later "he" or "she");
* "he"/"she" resolves to the most recent person, named before the quotation it
  closes, who was the subject of a sentence (or owned it: "Keim's voice cracked
  when he talked") or a speaker (or someone unnamed a
  subject: "a military source said ... he revealed" is "a military source"), passing over those
  known to be of the other sex (within a few paragraphs): known from a title
  ("Mr Abe" is no "she"), a noun beside the name ("actress", "his wife, Mary",
  "Queen"), a reflexive ("Smith described herself"), or a first name the US
  Census lists give to one sex by wide odds ("Donald"; not "Jordan", nor
  "Jens": unknown fits either pronoun), and preferring to a subject of unknown
  sex a passive clause's agent named after it who is known to fit ("Telegram
  was singled out by Theresa May ... she said"); "who"/"which"/"whose" to
  the noun phrase it relates to (the name beside a description: "Portline, a
  logistics firm, which"; "Farmers whose claim ...");
* a role resolves to the most recent person described with that role (or a
  synonym: chief ~ boss ~ head ~ leader), else to the next person described
  with the same role word (or a synonym and the rest of the description),
  and with any organisation or place the mention names ("Fire chief warns"
  in a headline, "regional emergency chief Oleksii Marchenko" below it; but
  "NATO chief" is not him), else, when it
  is written as a capitalised title ("The Secretary-General", not "the
  mayor"), to the most recent person quoted, or, when nobody is named
  before it, to the speaker who opens the next paragraph ("NATO Secretary
  General has warned ..." / "Jens Stoltenberg said in Brussels ...");
* "the soldier" after a speaker introduced as "a Russian soldier" is that speaker, and "the voice" (of a
  recording) the last speaker introduced so; "the judge" or "the mega donor", nouns no title word, the last
  person that noun was set beside ("Judge Berman", "Republican Party donor Sheldon Adelson"); an epithet
  opening a sentence ("Rihanna is mourning ... The singer posted", "The 76-year-old said") the person just
  named, if a subject or speaker;
* "the agency", "the ministry", "the company" is the organisation :mod:`storycheck.quotes.bodies` finds
  it names again ("the Environmental Protection Agency", "Pfizer, the drugmaker");
* anything else ("the White House", "a Ukrainian soldier", "one Ukrainian")
  is a body and keeps its own name, without a leading "the" (an organisation's
  short form its full one, if given before: "the Times", "The New York Times").

The resolver is a pure function of the parse apart from the speakers the
caller reports through :meth:`SpeakerResolver.note_speaker` as it goes, which
let pronouns prefer the person being quoted.

The passes are :class:`SpeakerResolver`'s; what they read off a name or a
noun beside it lives in the modules beside this one, each importing only
those before it: :mod:`~storycheck.quotes.person_names` (which words name a
person, which written forms are one person's),
:mod:`~storycheck.quotes.sexes` (the sex an article gives a person) and
:mod:`~storycheck.quotes.epithets` (the nouns that stand for a person
instead of the name).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Span as SpacySpan

from storycheck.nlp.pipeline import ParsedArticle
from storycheck.quotes.bodies import Organisations, body_noun
from storycheck.quotes.epithets import (
    _EPITHET_REACH, _EPITHETS, _OTHER_ONE, _PARTIES, PERSON_NOUNS, _POLITICAL_EPITHETS, _POLITICAL_ROLES,
    _leads_clause, _role_heads, _sentence_start,
)
from storycheck.quotes.mentions import (
    HONORIFICS, ROLE_GROUPS, TITLE_WORDS, antecedent, clean_name, describing_words, is_subject, proper_name,
    role_words, same_role,
)
from storycheck.quotes.person_names import (
    _PLACE_WORDS, _capitalised, _introduced_person, _name_text, _name_words, _names_a_person, _one_person,
    _person_taken_for_a_body, _untitled,
)
from storycheck.quotes.sexes import (
    _GENDER, _GENDER_NOUNS, _GENDER_TITLES, _SPEECH_VERBS, _article_sexes, _sexes, _speaks_of_own,
)


_RELATIVES = ("who", "whom", "which", "that")
_FIRST_PERSON = ("i", "me")
_DESCRIBED_REACH = 1500  # characters: "the soldier" names again a soldier quoted a few paragraphs before
# how far back (characters) a pronoun's person may have been named or quoted: a few paragraphs. In 150
# Giveme5W1H texts 183 of 184 resolved pronouns reached back under 1,200; the one beyond, 5,358, was an
# unnamed hospital patient ("The man ... He told CNN") given to a witness named far above (now "the man",
# a person introduced by description)
PRONOUN_REACH = 2000
# what a person or body speaks through, and the verbs of putting one out ("released a statement")
_MEDIA = {"statement", "release", "letter", "email", "e-mail", "memo", "post", "message", "tweet"}
_ISSUING = {"release", "issue", "send", "post", "publish", "provide", "write", "sign", "put", "email", "tweet",
            "share", "make"}
_VOICES = ("voice",)  # who speaks on a recording: the speaker last introduced by description ("a soldier")
PERSON_PRONOUNS = {"he", "she", "him", "her", "i", "we"}


def _without_the(text: str) -> str:
    return re.sub(r"^the\s+", "", text, flags=re.I)


def _about(token) -> bool:
    """Whether a name is what its clause is about, a likely "he" or "she" of the next: its subject, the
    owner of its subject ("Trump's brash style has not dented his popularity. But ... he angered"), or the
    subject of its own relative clause ("At Time, Rana Foroohar, who writes about the economy, says ... She
    writes:"), unless the clause is of two people, the name the last ("Govs. Jeb Bush and Chris Christie, who
    say ...": they)."""
    pair = token.dep_ == "conj" or any(c.dep_ == "conj" for c in token.children)
    return is_subject(token) or token.dep_ == "poss" and is_subject(token.head) or not pair and any(
        c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lower_ == "who" for g in c.children)
        for c in token.children)


def _in_description(ent: SpacySpan, root) -> bool:
    """A name inside the description set beside a speaker's own name ("Mallam Garba Shehu, spokesman for
    President Muhammadu Buhari"): someone else's, not the speaker's. "Mayor of London Sadiq Khan", the name
    under the title itself, is the speaker's."""
    prep = ent.root.head
    return ent.root.dep_ == "pobj" and prep.head.dep_ == "appos" and prep.head.head == root


def _named_after_body(ent: SpacySpan, title) -> bool:
    """A name the parse hung on a title's preposition with the body the title is of ("Washington's ambassador
    to the United Nations Nikki Haley"): the title's holder, written right after the body's name. Not a name
    alone there ("a spokesman for Ban Ki-moon") nor after a title of its own ("for the UN Secretary-General Ban
    Ki-moon")."""
    prep = ent.root.head
    if ent.root.dep_ != "pobj" or prep.head != title or prep.dep_ != "prep":
        return False
    between = ent.doc[prep.i + 1:ent.start]
    return any(t.pos_ == "PROPN" for t in between) and all(
        t.pos_ == "DET" or t.pos_ == "PROPN" and t.ent_type_ in ("ORG", "GPE", "NORP")
        and t.lower_ not in TITLE_WORDS for t in between)


@dataclass
class _Person:
    canonical: str
    start: int  # character offset of the mention
    subject: bool  # subject of its clause (a likely antecedent for "he")
    agent: bool  # who did it in a passive clause ("was singled out [by Theresa May]")
    roles: set[str] = field(default_factory=set)
    heads: set[str] = field(default_factory=set)  # what the person is, right beside the name (see _role_heads)
    token: int = 0  # index of the mention's first token (no char_span lookup to find it again)


def _latest_fitting(people, before: int, fits) -> tuple[int, str] | None:
    """The first of ``people`` ((offset, canonical), latest first) within a pronoun's reach whose sex ``fits``."""
    for start, canonical in people:
        if before - start > PRONOUN_REACH:
            return None
        if fits(canonical):
            return start, canonical
    return None


def _backwards(items: list, end: int):
    """``items[end - 1]``, ``items[end - 2]``, ... without copying the list."""
    return (items[i] for i in range(end - 1, -1, -1))


class SpeakerResolver:
    """Maps mentions in one parsed article to canonical names."""

    def __init__(self, parsed: ParsedArticle):
        self.doc = parsed.doc
        self._text = parsed.article.text  # the doc's text (``Doc.text`` joins the whole document at every call)
        self.full_names: dict[str, list[str]] = {}  # surname (lower) -> the people's first full forms, in order
        self.mentions: list[_Person] = []
        self.speakers: list[tuple[int, str]] = []  # (offset, canonical) of people quoted so far
        self.described: list[tuple[int, str, str]] = []  # (offset, head noun, canonical) of "a soldier" quoted
        self.contents: list[tuple[int, int]] = []  # what people were quoted saying (character spans)
        self.ents = list(self.doc.ents)  # read once: Doc.ents and Span.ents walk the whole document
        self._ent_starts = [e.start for e in self.ents]
        # common nouns of the article: a sentence-opening "Trams" or "Bitcoin" the model tags as a person is
        # the article's "trams" or "bitcoin" (a modal "may" is no noun: "May said" stays Theresa May)
        self._nouns = {w for t in self.doc if t.pos_ == "NOUN" and t.text.islower() for w in (t.lower_, t.lemma_)}
        people = [e for e in self.ents if self._a_name(e)]
        for ent in people:  # full names from anywhere, captions too ("AP:Associated Press ... Cash Warren")
            self._know_full_name(clean_name(_name_text(ent)))
        # surnames the model tags as a person's where they name one: a subject or after a title ("Mr. Estrosi
        # said"), not a modifier ("Hustle assistant coach Darnell Lazare": the team is the Memphis Hustle)
        surnames = {name.lower() for name, e in ((clean_name(_name_text(e)), e) for e in people) if " " not in name
                    and (is_subject(e.root) or e.text.split()[0].lower().rstrip(".") in HONORIFICS)}
        for ent in self.ents:  # and people the model took for bodies, whose surname it tags as a person
            self._know_full_name(_person_taken_for_a_body(ent, surnames) or "")
        self._by_first_name: dict[str, set[str]] = {}  # first name (lower) -> the full names it begins
        for known in self.full_names.values():
            for name in known:
                if len(name.split()[0].rstrip(".")) > 1:  # an initial is nobody's first name
                    self._by_first_name.setdefault(name.split()[0].lower(), set()).add(name)
        titled: dict[str, str] = {}  # canonical -> the sex its first title gives ("Mr", "Ms", "Dame")
        described: dict[str, set[str]] = {}  # canonical -> the sexes nouns and reflexives give ("actress")
        furniture = parsed.furniture  # but a caption's names are no antecedents ("he said" after it)
        # surnames of people named in full as a clause's subject ("Chris Christie got a heated reception"), not
        # only as a founder ("founded by Henry Ford"): see :meth:`_known_surname`
        self._subject_surnames = {_name_words(name)[1] for name, e in ((clean_name(_name_text(e)), e) for e in people)
                                  if " " in name and is_subject(e.root)}
        people += [e for e in self.ents if self._known_surname(e)]  # "Sanders has cast ... He has criticized"
        for ent in (e for e in people if not furniture.covers(e.start_char, e.end_char)):
            canonical = self._name(_name_text(ent))
            agent = ent.root.dep_ == "pobj" and ent.root.head.dep_ == "agent"
            self.mentions.append(_Person(canonical, ent.start_char, _about(ent.root), agent,
                                         describing_words(ent), _role_heads(ent), token=ent.start))
            title = next((t.lower_.rstrip(".") for t in self.doc[max(0, ent.start - 1):ent.end]
                          if t.lower_.rstrip(".") in _GENDER_TITLES), None)
            if title:
                titled.setdefault(canonical, _GENDER_TITLES[title])
            described.setdefault(canonical, set()).update(_article_sexes(ent))
        for t in self.doc:  # "Megyn was incredulous": a first name alone, untagged, as a subject
            alone = t.pos_ == "PROPN" and not t.ent_type_ and not any(c.dep_ == "compound" for c in t.lefts)
            if alone and is_subject(t) and (first_named := self._first_named(t.text)) \
                    and not furniture.covers(t.idx, t.idx + len(t)):
                self.mentions.append(_Person(first_named, t.idx, True, False, token=t.i))
        self.mentions.sort(key=lambda m: m.start)
        self.gender = {**_sexes(described), **titled}  # canonical -> "m" or "f"; unknown: left out
        self._starts = [m.start for m in self.mentions]
        self.subjects = [m for m in self.mentions if m.subject]
        self._subject_starts = [m.start for m in self.subjects]
        # people introduced by description as a clause's subject ("The man, who had sustained an ankle
        # injury, ..."): the "he" of the next sentences may be them, not the last name
        self.described_subjects = [
            (t.idx, f"{self.doc[t.left_edge.i].lower_} {t.lower_}" if self.doc[t.left_edge.i].dep_ == "det"
             else t.lower_, PERSON_NOUNS[t.lemma_.lower()])
            for t in self.doc if t.dep_ == "nsubj" and t.tag_ == "NN" and not t.ent_type_
            and t.lemma_.lower() in PERSON_NOUNS and not furniture.covers(t.idx, t.idx + len(t))
            and not any(c.dep_ in ("compound", "poss") or c.ent_type_ for c in t.children)]
        self._described_starts = [d[0] for d in self.described_subjects]

    def _know_full_name(self, name: str) -> None:
        """Notes a full name ("Jens Stoltenberg") under its surname, unless a form of it is known already."""
        if " " in name:
            known = self.full_names.setdefault(_name_words(name)[1], [])
            if not any(_one_person(n, name) for n in known):
                known.append(name)

    def _a_name(self, ent: SpacySpan) -> bool:
        """A PERSON entity that names someone: with a proper noun in it, and not one word the article also
        writes as a common noun."""
        if not _names_a_person(ent):
            return False
        word = ent.text.lower()
        return len(ent) > 1 or not {word, word.removesuffix("s")} & self._nouns

    def _known_surname(self, ent: SpacySpan) -> bool:
        """A surname of someone named in full that the small model took for an organisation or a common noun
        ("Bernie Sanders ... Sanders says": "sanders", the plural of "sander"; "Chris Christie ... Christie
        slipped in", tagged ORG), as the subject of a sentence's main verb: the "he" of the next sentence.
        Not in a clause below ("Cech said by the time he arrived, Dauer was in a coma, 'almost brain dead,' he
        said"), where a place can be so too ("Cape Erimo" ... "in Erimo")."""
        words = [t for t in ent if t.tag_ != "POS"]
        if not (ent.label_ in ("PERSON", "ORG") and len(words) == 1 and ent.root.dep_ in ("nsubj", "nsubjpass")
                and ent.root.head.dep_ == "ROOT" and _capitalised(words[0]) and words[0].lower_ in self.full_names
                and not self._a_name(ent)):
            return False
        # a word tagged as an organisation may be one named after the person ("founded by Henry Ford ... Ford
        # sold two million trucks"): a person only where the person was a subject in full ("Chris Christie got
        # ... Christie slipped in") or the clause speaks of their "his" or "her"
        return ent.label_ != "ORG" or words[0].lower_ in self._subject_surnames \
            or any(t.lower_ in ("his", "her") for t in ent.root.head.subtree)

    @cached_property
    def organisations(self) -> Organisations:
        """The article's organisations, read when a mention first needs them ("the agency said")."""
        return Organisations(self.doc, self.ents)

    def _full_form(self, name: str) -> str:
        """The first full form in the article of the person a full name names (the outlet's own spelling:
        "Donald J. Trump" after "Donald Trump" is Donald Trump), or the name itself."""
        known = self.full_names.get(_name_words(name)[1], [])
        return next((n for n in known if _one_person(n, name)), name)

    def _name(self, text: str) -> str:
        """The canonical form of a person's name: a full name's first full form; a surname alone, the one
        person the article gives that surname to, else the surname as written ("Paddock" when the article
        names both Stephen and Eric Paddock: which one, only the reader can tell)."""
        name = clean_name(text)
        if not name:
            return name
        if " " in name:
            return self._full_form(name)
        known = self.full_names.get(name.lower(), [])
        return known[0] if len(known) == 1 else (self._first_named(name) if not known else None) or name

    def _first_named(self, name: str) -> str | None:
        """The one person of the article whose full name begins with ``name``, which is no one's surname: news
        calls some people by first name ("Megyn Kelly ... Megyn was incredulous")."""
        found = self._by_first_name.get(name.lower(), set())
        return next(iter(found)) if len(found) == 1 and name.lower() not in self.full_names else None

    def note_speaker(self, offset: int, canonical: str | None, mention: SpacySpan | None = None,
                     content: tuple[int, int] | None = None) -> None:
        """Records that a person was quoted at ``offset`` (pronouns then prefer them) saying ``content``
        (whose people are then no antecedents: see :meth:`_recent_person`), and a speaker introduced by
        description ("a Russian soldier"), whom "the soldier" may name again."""
        own = _speaks_of_own(mention) if mention is not None else None  # a person's sex, if the model took a body
        if canonical and mention is not None and (own is not None or self._is_person(mention)) \
                and mention.root.lower_ not in _FIRST_PERSON:  # the writer is no "he" or "she" of the text
            bisect.insort(self.speakers, (offset, canonical))
            if own is not None:
                self.gender.setdefault(canonical, own)
            if content is not None:
                self.contents.append(content)
        if canonical and mention is not None and len(mention) and mention[0].lower_ in ("a", "an", "one") \
                and mention.root.pos_ == "NOUN":
            bisect.insort(self.described, (offset, mention.root.lemma_.lower(), canonical))

    def _as_quoted(self, offset: int, noun: str) -> str:
        """The canonical a person introduced by description as a subject ("a source" at ``offset``, the noun)
        was quoted under, if quoted there ("a military source said"), so that "he" names them the same way."""
        i = bisect.bisect_right(self.described, (offset, "\uffff"))
        found = self.described[i - 1] if i and offset - self.described[i - 1][0] < 40 else None  # the nearest
        return found[2] if found is not None and noun.split()[-1] == found[1] else noun

    def _described(self, mention: SpacySpan) -> str | None:
        """ "The soldier" after "a Russian soldier said": the most recent speaker introduced with that noun,
        in the last few paragraphs; "the voice" (of a recording): the last one introduced so ("a Russian
        soldier said: ... The voice adds: ...")."""
        if not (len(mention) == 2 and mention[0].lower_ == "the" and mention.root.pos_ == "NOUN"):
            return None
        noun = mention.root.lemma_.lower()
        i = bisect.bisect_left(self.described, (mention.start_char,))
        for offset, head, canonical in reversed(self.described[max(0, i - 10):i]):
            if (head == noun or noun in _VOICES) and mention.start_char - offset < _DESCRIBED_REACH:
                return canonical
        return None

    def _role_again(self, mention: SpacySpan) -> str | None:
        """ "The judge" after "Judge Berman", "the mega donor" after "Republican Party donor Sheldon Adelson":
        the last person (of the last 50 named) whom that noun, no title word, says what they are (see
        :func:`_role_heads`), with any organisation, place or nationality the mention names ("the British
        driver" is not "veteran driver Felipe Massa"). A noun of one, not a body ("the agency"), nor several."""
        root = mention.root
        if not (mention[0].lower_ == "the" and root.tag_ == "NN" and not root.ent_type_ and not body_noun(root)
                and root.lower_ not in TITLE_WORDS):
            return None
        named = {t.lower_ for t in mention if t.ent_type_ in ("ORG", "GPE", "NORP") and t.is_alpha}
        i = bisect.bisect_left(self._starts, mention.start_char)
        return next((p.canonical for p in reversed(self.mentions[max(0, i - 50):i]) if root.lower_ in p.heads
                     and not (named and named - p.roles - self._words_before(p))), None)

    def _epithet(self, mention: SpacySpan) -> str | None:
        """ "The singer posted ..." right after "Rihanna is mourning ...", "The 76-year-old said" after "Adil
        Salahi told ...": an epithet (see ``_EPITHETS``) or an age opening its sentence (or following only a
        quotation or a phrase before the subject: see :func:`_leads_clause`) as the subject names the person
        last named, when that person was a subject, outside anyone's quoted words, a few sentences back at
        most, and of the sex the noun gives ("the actress"); a politician's epithet ("the Kentucky
        Republican"), the person last quoted, if named last."""
        root = mention.root
        if not (mention[0].lower_ == "the" and root.dep_ == "nsubj"
                and (root.lower_ in _EPITHETS or root.lower_ == "old" and root.doc[root.i - 1].text == "-"
                     or root.lower_ in _POLITICAL_EPITHETS and len(mention) > 2)
                and _leads_clause(mention)):
            return None
        i = bisect.bisect_left(self._starts, mention.start_char)
        named = next((m for m in _backwards(self.mentions, i) if not self._in_quoted_words(m.start)), None)
        quoted = next(_backwards(self.speakers, bisect.bisect_left(self.speakers, (mention.start_char,))), None)
        last = max(([(named.start, named.canonical)] if named is not None and named.subject else [])
                   + ([quoted] if quoted is not None else []), default=None)
        if last is None or named is not None and named.start > last[0] \
                or mention.start_char - last[0] > _EPITHET_REACH:
            return None  # nobody, or someone named since who is no subject ("Sarah Silverman and Michael Sheen")
        if root.lower_ in _POLITICAL_EPITHETS and (quoted is None or last[1] != quoted[1]):
            return None  # the politician being quoted, not one named since ("Ryan says no matter what action
            # President Barack Obama takes, ... The Wisconsin Republican says")
        if root.lower_ in _POLITICAL_EPITHETS and not self._politician_fits(mention, last[1]):
            return None
        sex = _GENDER_NOUNS.get(root.lower_)
        return last[1] if sex is None or self.gender.get(last[1], sex) == sex else None

    def _politician_fits(self, mention: SpacySpan, canonical: str) -> bool:
        """Whether a politician's epithet ("the Kentucky Republican") can name a person: one the article gives a
        political role ("Sen.", "a Republican"), of no other party or state than the epithet's where the article
        gives one ("the Democratic nominee" is not "Sen. Tom Hale, a Republican"; "the Kentucky Republican" is
        not "Ohio Sen. Tom Hale": agency style often gives the state first in the epithet, so a state or party
        only the epithet names is no conflict), and no word making the epithet someone else ("the other
        Republican candidate", "the rival candidate") nor a clause of its own ("the state senator who wrote it")."""
        root = mention.root
        if mention.end != root.i + 1 or any(t.lower_ in _OTHER_ONE for t in mention):
            return False
        own = [p for p in self.mentions if p.canonical == canonical and p.start < mention.start_char]
        # (the noun phrase before the name, not a place the sentence is set in: "in Cedar Rapids, Iowa, Rubio")
        words = {w.rstrip(".") for p in own for w in p.roles | self._phrase_before(p)}
        if not words & _POLITICAL_ROLES:
            return False
        said = {t.lower_ for t in mention}
        parties = [{i for i, g in enumerate(_PARTIES) if ws & g} for ws in (said, words)]
        places = [ws & self._places for ws in (said, words)]
        return not any(one and other and not one & other for one, other in (parties, places))  # each names
        # one, not the same

    @cached_property
    def _places(self) -> set[str]:
        """The proper nouns of the article's places (GPE), lower-cased: "Kentucky" in "the Kentucky Republican"
        (not "the" of "the U.S.", which made "the GOP presidential candidate" a place's)."""
        return {t.lower_ for e in self.ents if e.label_ == "GPE" for t in e if t.pos_ == "PROPN"}

    def _is_person(self, mention: SpacySpan) -> bool:
        return any(t.ent_type_ == "PERSON" for t in mention) or mention.root.lower_ in PERSON_PRONOUNS or \
            mention.root.lower_ in TITLE_WORDS or _introduced_person(mention) \
            or mention.root.pos_ == "PROPN" and mention.root.lower_ in self.full_names  # "Arians said", untagged

    def _in_quoted_words(self, start: int) -> bool:
        """Whether ``start`` is inside what a person was quoted saying."""
        return any(s <= start < e for s, e in self.contents)

    def _recent_person(self, before: int, gender: str, *, subject_only: bool,
                       inside_quotes: bool = False) -> tuple[int, str] | None:
        """The person named (as a subject) or quoted last before ``before``, passing over those the article or
        the name lists give the other sex: "she" after "Ms Kawamura ... Mr Abe" is Ms Kawamura, not Mr Abe, nor
        nobody; never past ``PRONOUN_REACH`` (better no speaker than a wrong one). People named inside what
        someone was quoted saying are passed over: in "Smith said police were investigating whether the driver
        fell asleep. He said ...", he goes on speaking, as the speaker does far more often than not; they are
        looked at last (``inside_quotes``), when nobody else fits ("Sgt Amy Cole said John Brown had been
        arrested. He told reporters ..." is Brown)."""
        def fits(canonical: str) -> bool:
            return self.gender.get(canonical, gender) == gender

        def spoken(start: int) -> bool:  # (unless asked for those too)
            return not inside_quotes and self._in_quoted_words(start)

        mentions = self.subjects if subject_only else self.mentions
        i = bisect.bisect_left(self._subject_starts if subject_only else self._starts, before)
        candidates = [_latest_fitting(((m.start, m.canonical) for m in _backwards(mentions, i)
                                       if not spoken(m.start)), before, fits),
                      _latest_fitting(_backwards(self.speakers, bisect.bisect_left(self.speakers, (before,))),
                                      before, fits)]
        if subject_only:  # "the man" is no "she"
            k = bisect.bisect_left(self._described_starts, before)
            described = ((d[0], self._as_quoted(d[0], d[1])) for d in _backwards(self.described_subjects, k)
                         if d[2] in (gender, None) and not spoken(d[0]))
            candidates.append(_latest_fitting(described, before, fits))
        fitting = [c for c in candidates if c is not None]
        return max(fitting) if fitting else None

    def _recent_known(self, subject: tuple[int, str], before: int, gender: str) -> tuple[int, str] | None:
        """The agent of a passive clause named between ``subject`` (of unknown sex) and ``before`` whom the
        article or the name lists give the pronoun's sex: the one who did it ("Telegram was singled out by prime
        minister Theresa May ... she said"). Not an object, in the subject's sentence or a later one ("Narendra
        Modi welcomed John Kerry. 'He is a friend,' he said"; "Cubillo identified the pilot as Juan Manuel
        Retana. ... he said" is Cubillo): the subject is who goes on speaking far more often."""
        people = ((m.start, m.canonical) for m in _backwards(self.mentions, bisect.bisect_left(self._starts, before))
                  if m.start > subject[0] and m.agent)
        return _latest_fitting(people, before, lambda canonical: self.gender.get(canonical) == gender)

    def _pronoun_person(self, before: int, gender: str) -> str | None:
        """Whom "he" or "she" before ``before`` names: the last subject or speaker who fits, unless their sex is
        unknown and someone named since is known to fit (see :meth:`_recent_known`); else the last person named
        who fits."""
        found = self._recent_person(before, gender, subject_only=True)
        if found is not None and found[1] not in self.gender:
            found = self._recent_known(found, before, gender) or found
        found = found or self._recent_person(before, gender, subject_only=False) \
            or self._recent_person(before, gender, subject_only=False, inside_quotes=True)
        return found[1] if found else None

    def _named_next(self, mention: SpacySpan) -> str | None:
        """The person a lead's title stands for when nobody is named before it: the speaker who opens the next
        paragraph, named without a role of their own ("NATO Secretary General has warned ... [new paragraph]
        Jens Stoltenberg said in Brussels ..."). Not someone named in the title's own paragraph ("The Prime
        Minister has warned that Boris Johnson will lose"), nor further on, nor with another role ("Opposition
        leader Keir Starmer said")."""
        i = bisect.bisect_left(self._starts, mention.end_char)
        if i == len(self.mentions):
            return None
        person = self.mentions[i]
        text = self._text
        paragraph = text.find("\n", mention.end_char)
        if paragraph < 0 or person.roles or not person.subject or text[paragraph:person.start].strip():
            return None  # the person must be the first words of the next paragraph
        token = self.doc[person.token]
        while token is not None and token.dep_ == "compound":
            token = token.head
        return person.canonical if token is not None and token.head.lemma_.lower() in _SPEECH_VERBS else None

    def _phrase_before(self, person: _Person) -> set[str]:
        """The words of the noun phrase running up to a person's name, which the parse may not have hung on it
        ("spokeswoman for the festival Anja Marx told"); not past a verb or a comma ("Spokesman Peter Cook said
        Carter")."""
        i = start = person.token
        first = _sentence_start(self.doc, start)
        while i > first and (self.doc[i - 1].pos_ in ("NOUN", "PROPN", "ADJ", "DET")
                             or self.doc[i - 1].lower_ in ("for", "of")):
            i -= 1  # not across "to", "from", "with": "a letter from the president to [Senator Jane Doe]"
        return {t.lower_ for t in self.doc[i:start]}

    def _of_after(self, person: _Person) -> set[str]:
        """The proper nouns of an of-phrase right after a person's name ("President Park Geun-hye of South
        Korea"), which says whose the title is as a place before it would ("the president of South Korea")."""
        end = person.token + 1
        while end < len(self.doc) and self.doc[end].ent_iob_ == "I":
            end += 1
        if end >= len(self.doc) or self.doc[end].lower_ != "of":
            return set()
        words, i = set(), end + 1  # the of-phrase's words only: "of Sweden, Finland's neighbour" is of Sweden
        while i < len(self.doc) and i < end + 5 and (self.doc[i].pos_ == "PROPN" or self.doc[i].lower_ == "the"):
            words.add(self.doc[i].lower_)
            i += 1
        return words - {"the"}

    def _words_before(self, person: _Person, n: int = 8) -> set[str]:
        """The lower-cased words just before a person's mention in its sentence ("according to American
        Airlines spokesman [Joshua Freed]"), which the description of roles may not have taken in."""
        first = max(_sentence_start(self.doc, person.token), person.token - n)
        return {t.lower_ for t in self.doc[first:person.token]}

    def _full_body_name(self, body: SpacySpan) -> str:
        """An organisation's name without "the"; its full form when the article named one organisation so in
        full before ("the Times" after "The New York Times", "the Daily News" after "the New York Daily
        News"), the short form being the full form's last words and no place's ("House", "Street")."""
        name = _without_the(body.text)
        words = name.split()
        if words[-1].lower() in _PLACE_WORDS:
            return name  # "the House" is not the White House
        longer = {full for start, full in self._organisations_ending.get(tuple(words), ())
                  if start < body.start_char}
        return longer.pop() if len(longer) == 1 else name

    @cached_property
    def _organisations_ending(self) -> dict[tuple[str, ...], list[tuple[int, str]]]:
        """Every organisation's name (without "the") with where it stands, under each of its shorter endings
        ("New York Times" under ("York", "Times") and ("Times",); not an ending after "of", "and" or an owner:
        "Bank of Japan" is not under "Japan"): a short form's full forms in one lookup."""
        index: dict[tuple[str, ...], list[tuple[int, str]]] = {}
        for e in self.ents:
            if e.label_ == "ORG":
                full = _without_the(e.text)
                words = full.split()
                for n in range(1, len(words)):
                    if words[-n - 1].lower() not in ("of", "for", "and", "&") and not words[-n - 1].endswith("'s"):
                        index.setdefault(tuple(words[-n:]), []).append((e.start_char, full))  # not "Bank of [Japan]"
        return index

    @cached_property
    def _media(self) -> list[tuple[int, str, SpacySpan]]:
        """Each statement, letter or email the article brings in, with where it stands and its author where the
        article names one ("X released a statement", "X said in a statement", "a statement from X"), else None
        ("a letter signed by 40 residents"): "the letter" after it is that one, not an older one with an author.
        The author may be a pronoun ("It said in a statement"), which :meth:`resolve` may leave unresolved."""
        found = []
        for t in self.doc:
            if t.pos_ != "NOUN" or t.lemma_.lower() not in _MEDIA or t.ent_type_:
                continue
            source = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "from"), None)
            author = next((c for c in source.children if c.dep_ == "pobj"), None) if source is not None else None
            verb = t.head if t.dep_ == "dobj" and t.head.lemma_.lower() in _ISSUING else \
                t.head.head if t.dep_ == "pobj" and t.head.lower_ in ("in", "via") and t.head.head.pos_ == "VERB" \
                else None
            if author is None and verb is not None:
                author = next((c for c in reversed(list(verb.lefts)) if c.dep_ == "nsubj"), None)  # the nearest
            if author is not None and not any(w.is_quote for w in self.doc[min(t.i, author.i):max(t.i, author.i)]):
                # (not across a quotation mark: "In a statement, a rep said, 'Mr. Weinstein acknowledges'")
                last = max([author.i] + [c.right_edge.i for c in author.children if c.dep_ == "prep"])
                found.append((t.idx, t.lemma_.lower(), proper_name(author) if author.pos_ == "PROPN"
                              else self.doc[author.left_edge.i:last + 1]))  # "the credit agency [Equifax]"
            elif not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children):
                found.append((t.idx, t.lemma_.lower(), None))  # a new one of nobody named: "a letter signed by
                # 40 residents" (not "the letter" again, which is the last one)
        return found

    def _author_of(self, mention: SpacySpan) -> SpacySpan | None:
        """Who wrote "the statement" or "the email" that speaks: the author of the last one named (see
        :attr:`_media`), a few paragraphs back at most ("Isiah's family released a statement ... The statement
        said", "The company said in a statement ... 'Criminals exploited ...,' the statement said")."""
        root = mention.root
        if not (mention[0].lower_ == "the" and root.pos_ == "NOUN" and root.lemma_.lower() in _MEDIA
                and all(t.pos_ in ("DET", "ADJ", "NOUN") for t in mention)):
            return None
        noun = root.lemma_.lower()
        i = bisect.bisect_left(self._media_starts, mention.start_char)
        last = next((m for m in _backwards(self._media, i) if m[1] == noun), None)
        if last is None or mention.start_char - last[0] > _DESCRIBED_REACH:
            return None
        return last[2]  # None when the last one's author is not named

    @cached_property
    def _media_starts(self) -> list[int]:
        """Where each of :attr:`_media` stands, for a bisect rather than a scan of all at every mention."""
        return [m[0] for m in self._media]

    def _ents_in(self, mention: SpacySpan) -> list[SpacySpan]:
        i = bisect.bisect_left(self._ent_starts, mention.start)
        found = []
        while i < len(self.ents) and self.ents[i].start < mention.end:
            if self.ents[i].end <= mention.end:
                found.append(self.ents[i])
            i += 1
        return found

    def resolve(self, mention: SpacySpan, before: int | None = None) -> str | None:
        """The canonical person or body a mention stands for (None for an unresolved pronoun). A pronoun's
        person is named before ``before`` (the mention itself, or the start of the quotation it closes:
        in ""... the Drs. Mitchell Weiss ... died," he said", he is not Weiss)."""
        before = mention.start_char if before is None else min(before, mention.start_char)
        root = mention.root
        if root.ent_type_ in ("DATE", "TIME") and root.lower_ != "old":  # "the 76-year-old" is someone
            return None  # "the resolution passed in September, which asked ...": a date says nothing
        people = [e for e in self._ents_in(mention) if self._a_name(e)]
        # the person the mention is about: the name at its head, or set beside its head ("the head of the
        # armed forces, Admiral Sir Tony Radakin"; "Trump aide Kellyanne Conway" is Conway), the author of
        # the work at its head ("a study by Jean Twenge"), the one it is "named"; a name that only describes
        # someone else is not the speaker ("the mother of Breonna Taylor", "a lawyer for Harvey Weinstein",
        # "Putin's spokesman", "the Trump administration")
        holding = [e for e in people if e.start <= root.i < e.end or e.root.dep_ == "appos" and e.root.head == root
                   or root.i == e.end + 1 and self.doc[e.end].text == "-"]  # "Moon Jae" + "-in", cut by the model
        by = [e for e in people if e.root.dep_ == "pobj" and e.root.head.lower_ == "by" or e.root.dep_ == "agent"
              or e.root.head.lemma_ in ("name", "call") and e.root.dep_ in ("oprd", "dobj", "attr")]
        if root.lower_ in TITLE_WORDS:  # "company chairman and chief executive Richard Smith", but not "Putin's
            # spokesman" nor "a spokesman for Ban Ki-moon"
            by += [e for e in people if e.root.dep_ not in ("poss", "pobj") or _named_after_body(e, root)]
        # under an untagged proper noun too, a name only owning or described by the head is someone else
        # ("Merkel's Christian Democrats", "Mallam Garba Shehu, spokesman for President Muhammadu Buhari")
        own = [e for e in people if e.root.dep_ != "poss" and not _in_description(e, root)]
        named = holding or by or (own if root.pos_ == "PROPN" else [])
        if named:
            return self._name(_name_text(named[0]))
        surname = clean_name(mention.text)
        if (root.pos_ == "PROPN" or root.ent_type_ in ("PERSON", "ORG") and _capitalised(root)) \
                and surname.lower() in self.full_names:  # "Musk told", untagged; "Sanders says", a common noun
            return self._name(surname)
        first_named = self._first_named(surname) if root.pos_ == "PROPN" \
            and root.ent_type_ not in ("GPE", "LOC", "FAC", "NORP") else None
        if first_named:  # "Megyn said", untagged by the model (not "Georgia said", a country)
            return first_named
        untitled = " ".join(t.text for t in _untitled(proper_name(root))) if root.pos_ == "PROPN" else ""
        if " " in untitled and any(_one_person(n, untitled) for n in self.full_names.get(root.lower_, [])):
            return self._full_form(untitled)  # a known full name the model left untagged ("Spokeswoman Haley Morris")
        if root.pos_ == "PROPN" and root.lower_ in self.full_names \
                and not any(c.dep_ == "compound" for c in root.lefts):
            return self._name(root.text)  # "Tymczyszyn, who also represents other buyers, said"
        if root.lower_ == "whose":  # "Farmers [whose] claim that ... went unanswered": the farmers'
            clause = next((a for a in root.ancestors if a.dep_ == "relcl"), None)
            if clause is not None:
                noun = antecedent(clause)
                return self.resolve(self.doc[noun.left_edge.i: noun.i + 1])
        if root.lower_ == "whose" or any(c.lower_ == "whose" and c.dep_ == "poss" for c in root.children):
            return None  # "Workers [whose union] claims ...": the workers' union, no name of its own
        if root.pos_ == "PRON" or root.lower_ in _RELATIVES:
            if root.lower_ in _RELATIVES and root.head.dep_ == "relcl":
                noun = antecedent(root.head)
                return self.resolve(self.doc[noun.left_edge.i: noun.i + 1])
            if root.lower_ in _FIRST_PERSON:  # outside quotations (no cue inside one is read): the writer
                return "the author"
            if root.lower_ in _GENDER:
                return self._pronoun_person(before, _GENDER[root.lower_])
            return None
        head = root.lower_
        if head in TITLE_WORDS or (root.ent_type_ == "" and head.split("-")[-1] in TITLE_WORDS):
            i = bisect.bisect_left(self._starts, mention.start_char)
            # an organisation or place the role names must be the person's too ("the former mayor of Nice"
            # is not "London mayor Sadiq Khan"; "NATO chief" is not the fire service's chief)
            named = {t.lower_ for t in mention if t.ent_type_ in ("ORG", "GPE", "NORP") and t.is_alpha}
            for person in reversed(self.mentions[max(0, i - 50):i]):  # the last 50 people named
                roles = person.roles | (self._phrase_before(person) if mention[0].lower_ == "the" else set())
                if same_role(head, roles, ROLE_GROUPS) \
                        and not (named and named - person.roles - self._words_before(person)):
                    return person.canonical
            # a role named before the person ("says emergency chief", "Fire chief warns"): the same role
            # word, or a synonym with the rest of the description
            described = role_words(mention) - {head}
            for person in self.mentions[i:i + 20]:
                if (head in person.roles or same_role(head, person.roles, ROLE_GROUPS) and described & person.roles) \
                        and not (named and named - person.roles - self._of_after(person)):
                    return person.canonical
            speakers = [s for s in self.speakers if s[0] < mention.start_char]
            capitalised = root.text[:1].isupper() and root.i != mention.sent.start
            if speakers and capitalised and not any(t.ent_type_ in ("ORG", "GPE", "NORP") for t in mention):
                return speakers[-1][1]
            if capitalised and i == 0:
                named_next = self._named_next(mention)
                if named_next:
                    return named_next
        described = self._described(mention) or self._role_again(mention) or self._epithet(mention)
        if described:
            return described
        author = self._author_of(mention)
        author = self.resolve(author) if author is not None else None
        if author is not None:  # (a pronoun left unresolved, "It said in a statement", is no author)
            return author
        organisation = self.organisations.named_again(mention) if body_noun(root) else None
        if organisation is not None:
            return self.resolve(organisation)
        bodies = [e for e in self._ents_in(mention) if e.label_ in ("ORG", "GPE", "NORP", "FAC")]
        counted = any(t.lower_ in ("a", "an", "one") or t.like_num for t in mention if t.i < root.i)
        if bodies and bodies[0].root == root and not (bodies[0].label_ in ("NORP", "GPE") and counted):
            # "the Kremlin" is the body; "one Ukrainian" is a person described by nationality
            return self._full_body_name(bodies[0])
        appos = next((c for c in root.children if c.dep_ == "appos" and c.i > root.i), None)
        several = root.tag_ in ("NNS", "NNPS") or appos is not None and any(c.dep_ == "conj" for c in appos.children)
        if appos is not None and several and root.pos_ == "NOUN":
            appos = None  # a list: "Two rival firms, Acme Corp and Globex Inc" are not Acme Corp alone
        if appos is not None and root.pos_ == "PROPN":  # "Tesla, the electric carmaker": as "Tesla" again
            mention = self.doc[mention.start:root.i + 1]
        elif appos is not None and appos.pos_ == "PROPN" and body_noun(root):  # "Europe's biggest bank, HSBC"
            mention = proper_name(appos)
        elif appos is not None and appos.pos_ == "PROPN" and root.pos_ == "NOUN" and len(proper_name(appos)) > 1 \
                and appos.ent_type_ not in ("GPE", "LOC", "FAC"):  # a name the model tags as no person's
            return self._name(proper_name(appos).text)  # "One Republican presidential hopeful, Carly Fiorina"
        text = mention.text.strip().rstrip(",")
        text = re.sub(r"[.,;:]+(['\"\u2019\u201d]+)$", r"\1", text)  # 'of "The Daily Show."': the sentence's stop
        return _without_the(text)
