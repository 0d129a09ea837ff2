"""Numbers and what they count, and conflicts between outlets over them.

A number is only comparable with another when both count the same thing in
the same situation: "14 people were taken to hospital" and "sent 41 people to
hospital" are the same quantity; "14 people" and "6,500 runners" are not. So a
:class:`NumberMention` carries the counted noun (its ``unit``), and two mentions
are compared only when their units agree and the words around them (the
clause the number sits in) agree too. Qualifiers ("less than", "about",
"almost") turn a value into a range, and two values conflict only when their
ranges do not meet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import datetime

import numpy as np

from spacy.tokens import Token

from storycheck.crosscheck.publishers import count_independent
from storycheck.model import NumberMention, Span
from storycheck.nlp.pipeline import ParsedArticle
from storycheck.unionfind import DisjointSet

NUMBER_LABELS = {"CARDINAL", "PERCENT", "MONEY", "QUANTITY"}
WORD_VALUES = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12, "dozens": 24,
    "hundreds": 200, "thousands": 2000, "a": 1, "an": 1,
}
MULTIPLIERS = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6, "billion": 1e9,
               "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12}
CURRENCIES = {"$": "usd", "us$": "usd", "dollar": "usd", "dollars": "usd", "£": "gbp", "pound": "gbp",
              "pounds": "gbp", "€": "eur", "euro": "eur", "euros": "eur", "¥": "jpy", "yen": "jpy"}
MEASURES = {"percent", "usd", "gbp", "eur", "jpy", "money", "meter", "metre", "foot", "feet", "kilogram", "kg",
            "pound", "ton", "tonne", "mile", "kilometer", "kilometre", "km", "inch", "litre", "liter", "gallon",
            "degree", "hour", "minute", "second", "day", "week", "month", "year", "point", "share"}
MEASURE_THRESHOLD = 0.75  # a measure ("$121 billion") says less about what it measures than a count does
SURE_THRESHOLD = 0.88  # frames this close need no shared situation word
CROWDED = 3  # figures in one sentence that make it a tally: its numbers are compared with nothing
# Nouns after a number that name or locate rather than count ("the 12200 block", "2045 GMT", ".38 caliber").
NAMING_UNITS = {"block", "gmt", "utc", "edt", "est", "bst", "cet", "m.", "a.m.", "p.m.", "am", "pm", "caliber",
                "calibre", "number", "no", "page", "chapter", "route", "highway", "interstate", "flight", "room",
                "square", "size", "version", "update", "model", "series", "grade", "level", "round", "stage",
                "time", "other", "one"}  # "three times longer": a ratio; "two others": a pronoun
# nouns a number's parse may hang on that count nothing: days, months, the number's own word, "a total of"
NOT_COUNTED = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "total", "dozen",
               "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "tally"}
MONTH_NAMES = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december"}  # a count only lower-cased: "30 marches", not "six in March"
CLOCK = re.compile(r"\d\s*(?:am|pm|a\.m\.|p\.m\.)$|\d:\d\d$", re.I)  # "11.38am", "6am", "11:38"; not "$2.50"
# one measure written two ways (a weight in pounds is no money: money's unit is its currency code)
UNIT_ALIASES = {"lb": "pound", "lbs": "pound", "kg": "kilogram", "kgs": "kilogram", "km": "kilometre",
                "kilometer": "kilometre", "meter": "metre", "ft": "foot", "feet": "foot", "liter": "litre",
                "mi": "mile"}
UPPER = ("just under", "less than", "fewer than", "under", "below", "up to", "at most", "no more than", "not more than",
         "as many as")
MAXIMA = ("up to", "at most", "no more than", "not more than", "as many as")  # a stated maximum, not a bound on a count
LOWER = ("just over", "more than", "over", "at least", "above", "upwards of", "no less than", "not less than",
         "no fewer than", "not fewer than")
NEARLY = ("almost", "nearly")
ROUGH = ("about", "around", "some", "roughly", "approximately", "an estimated", "estimated", "dozens", "hundreds",
         "thousands")
NUM_RE = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*([a-z]+)?", re.I)


def parse_value(text: str) -> float | None:
    """The value a number phrase names: "134,500" -> 134500, "1.5million" -> 1.5e6, "a dozen" -> 12."""
    lowered = re.split(r" (?:or|to) ", text.lower().replace("\u00a0", " "))[0]  # a range: its first end
    m = NUM_RE.search(lowered)
    if m:
        digits = m.group(1).replace(",", "")
        try:
            value = float(digits)
        except ValueError:
            return None
        suffix = (m.group(2) or "")
        rest = lowered[m.end():].split()
        if suffix in MULTIPLIERS:
            value *= MULTIPLIERS[suffix]
        elif rest and rest[0] in MULTIPLIERS and rest[0] not in ("m", "b", "k"):
            value *= MULTIPLIERS[rest[0]]
        return value
    words = re.findall(r"[a-z]+", lowered)
    value = None
    for w in words:
        if w in WORD_VALUES and w not in ("a", "an"):
            value = (value or 1) * WORD_VALUES[w] if WORD_VALUES[w] >= 100 and value else WORD_VALUES[w]
        elif w in MULTIPLIERS and value is not None:
            value *= MULTIPLIERS[w]
    return value


def qualifier(text: str) -> str:
    """The qualifier a number phrase holds, the longest that fits ("not more than 40" is at most 40, not more)."""
    lowered = " " + text.lower() + " "
    return max((q for q in UPPER + LOWER + NEARLY + ROUGH if f" {q} " in lowered), key=len, default="")


def _pair(text: str) -> tuple[float, float] | None:
    """The two figures of a range written "A or B" / "A to B" ("three or four", "50 to 70"), if it is one."""
    pair = re.search(r"(\S+) (?:or|to) (\S+)$", text)
    values = (parse_value(pair.group(1)), parse_value(pair.group(2))) if pair else (None, None)
    return None if None in values else values


def value_range(mention: NumberMention) -> tuple[float, float]:
    """The values a mention allows, given its qualifier ("less than 20" -> [0, 20], "at least 2" -> [2, inf))."""
    q = qualifier(mention.text)
    v = mention.value
    pair = _pair(mention.text)
    if pair is not None:
        low, high = sorted(pair)
        return low * 0.995, high * 1.005
    if q in UPPER:
        low, high = 0.0, v
    elif q in LOWER:
        low, high = v, float("inf")
    elif q in NEARLY:
        low, high = v * 0.85, v
    elif q in ROUGH:
        low, high = v * 0.85, v * 1.15
    else:
        low, high = v * 0.995, v * 1.005
    return (low, high) if low <= high else (high, low)


def _counted_noun(root: Token, label: str) -> str:
    """What a number counts: the noun it modifies, "percent", or a currency."""
    if label == "PERCENT":
        return "percent"
    if label == "MONEY":
        for t in (root, *root.children, root.head):
            code = CURRENCIES.get(t.lower_)
            if code:
                return code
        sym = root.doc[root.i - 1].text.lower() if root.i else ""
        return CURRENCIES.get(sym, "money")
    head = root
    # "2.3 million people": million -> people; "a dozen outlets"; "20 percent of its troops"
    while head.dep_ in ("nummod", "quantmod", "compound", "npadvmod", "amod") and head.head != head:
        head = head.head
        if head.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() not in MULTIPLIERS:
            break
    if head == root and root.pos_ == "NOUN" and not root.like_num and root.lemma_.lower() not in MULTIPLIERS:
        return root.lemma_.lower()  # a quantity whose root is its unit: "2,000 tonnes"
    if head == root or head.pos_ not in ("NOUN", "PROPN"):
        # "21 of the more than 200 Chibok schoolgirls": a part counts what its whole is made of
        whole = next((g for c in root.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")), None)
        if whole is not None:
            return _noun_lemma(whole)
        # "taken 14 of them", "400 dead": a number used as a noun counts nothing we can name
        if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN":
            return root.head.head.lemma_.lower()
        return ""
    if head.lemma_.lower() in ("percent", "per", "%"):
        return "percent"
    return head.lemma_.lower()


def _noun_lemma(token: Token) -> str:
    """A noun's lemma; a capitalised common noun the model took for a name ("our Chibok Girls") loses
    its plural s as a lemma would."""
    lemma = token.lemma_.lower()
    if token.pos_ == "PROPN" and lemma.endswith("s") and not lemma.endswith(("ss", "es", "us", "is")) \
            and len(lemma) > 3:  # "Girls", not "Mercedes"
        return lemma[:-1]
    return lemma


def _clause(token: Token) -> list[Token]:
    """The tokens of the clause a number sits in (the subtree of its nearest verb)."""
    head = token
    while head.pos_ not in ("VERB", "AUX") and head.head != head:
        head = head.head
    return list(head.subtree) if head.pos_ in ("VERB", "AUX") else list(token.sent)


def _presupposed(span) -> bool:
    """A count under a definite determiner or a possessive ("the two countries", "their three
    children") refers to a set the text already has: it presupposes the number instead of reporting
    it, and usually points at something other than the story's own figures (his visits to "the
    three countries"), so it is compared with nothing."""
    root = span.root
    noun = root.head if root.dep_ in ("nummod", "quantmod") else None
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(c.i < span.start and (c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "these", "those")))
               for c in noun.children)


REPORTING = {"say", "tell", "report", "add", "announce", "state", "accord", "claim", "confirm", "write", "note"}


def _people(span) -> set[str]:
    """Surname keys of the people the count belongs to: the persons named in the number's clause
    ("Palmer is retiring after 15 seasons", "the Weisses and their two children"), not those who
    only report it ("…, said Smith", "according to Smith")."""
    from storycheck.crosscheck.names import name_parts, translit_key

    clause = _clause(span.root)
    reporting = {t.i for h in clause if h.lemma_.lower() in REPORTING and h.i != span.root.i
                 for c in h.children if c.dep_ in ("nsubj", "pobj", "prep", "agent") for t in c.subtree}
    reporting |= {t.i for h in clause if h.dep_ == "parataxis" for t in h.subtree}
    keys = set()
    inside = {t.i for t in clause} - reporting
    for e in span.sent.ents:
        if e.label_ == "PERSON" and e.start in inside and not (span.start <= e.start < span.end):
            parts = name_parts(e.text)
            if parts and parts[-1][:1].isupper():
                keys.add(translit_key(parts[-1]))
    return keys


def _is_identifier(span) -> bool:
    """A number that names rather than counts: "Falcon 9 rockets", "update 5.50", "Flight 370"."""
    first, last = span[0], span[-1]
    before = span.doc[first.i - 1] if first.i > 0 else None
    if before is not None and before.pos_ == "PROPN" and before.text[:1].isupper() and not before.is_sent_start:
        return True
    head = last.head
    if last.dep_ == "appos" and any(t.is_punct for t in span.doc[head.i + 1:first.i]):
        return False  # set off by a comma or a dash, an apposition says how much: "the amount — more than $284bn"
    return last.dep_ in ("nummod", "appos", "npadvmod") and head.pos_ in ("NOUN", "PROPN") and head.i < first.i


PART_WORDS = {"other", "more", "additional", "further", "remaining", "extra", "another"}


def _counts_a_part(root: Token) -> bool:
    noun = root.head if root.dep_ in ("nummod", "quantmod") else root
    return any(_part_word(c) for c in noun.children if c.dep_ in ("amod", "advmod")) or \
        any(_part_word(c) for c in root.children)


def _part_word(token: Token) -> bool:
    """"three more bodies", "the two other victims"; not the bound "more than $284 billion"."""
    if token.lower_ not in PART_WORDS:
        return False
    return not (token.i + 1 < len(token.doc) and token.nbor(1).lower_ == "than")


PARTITIVE_HEADS = {"one", "each", "both", "either", "neither", "none", "some", "all", "any", "most", "many",
                   "several", "few", "half"}


def _partitive_set(doc, start: int) -> bool:
    """The number names the set a part is taken from: "one of two offshore companies", "each of 12 teams"."""
    return start >= 2 and doc[start - 1].lower_ == "of" and (
        doc[start - 2].lower_ in PARTITIVE_HEADS or doc[start - 2].like_num)


def _with_qualifier(doc, start: int) -> int:
    """Move ``start`` back over a qualifier right before the number ("almost", "less than")."""
    best = start
    for phrase in UPPER + LOWER + NEARLY + ROUGH:
        words = phrase.split()
        first = start - len(words)
        if first >= 0 and [t.lower_ for t in doc[first:start]] == words:
            best = min(best, first)
    return best


def extract_numbers(parsed: ParsedArticle) -> list[NumberMention]:
    """Every counted number in the article (dates, times, ordinals and bare years left out)."""
    doc = parsed.doc
    furniture = parsed.furniture  # a caption's or a widget's figures are not the report's
    candidates = [(e.start, e.end, e.label_) for e in doc.ents if e.label_ in NUMBER_LABELS]
    covered = {i for s, e, _ in candidates for i in range(s, e)}
    other = {i for e in doc.ents if e.label_ not in NUMBER_LABELS for i in range(e.start, e.end)}
    for t in doc:  # the small model misses some ("1.5million signatures")
        if t.i in covered or t.i in other:
            continue
        if t.dep_ == "nummod" and (t.like_num or re.match(r"\d", t.text)):
            candidates.append((t.i, t.i + 1, "CARDINAL"))
    mentions = []
    for start, end, label in sorted(candidates):
        start = _with_qualifier(doc, start)
        if end + 1 < len(doc) and doc[end].lower_ in ("or", "to") and doc[end + 1].like_num:
            end += 2  # "three or four robbers", "50 to 70 people": a range
        span = doc[start:end]
        if furniture.covers(span.start_char, span.end_char):
            continue
        value = parse_value(span.text)
        if value is None or (value == 1 and not any(ch.isdigit() for ch in span.text)):
            continue  # "one of them", "a dozen" is kept; "one" as a pronoun-like word is not a count
        root = span.root
        if _is_identifier(span):
            continue
        unit = _counted_noun(root, label)
        if _counts_a_part(root):
            continue  # "the two other victims", "three more bodies": a remainder, not the total
        if _partitive_set(doc, start):
            continue  # "one of two companies": how many the set holds, not how many the story is about
        if not unit or unit in NAMING_UNITS or "-" in span.text:
            continue  # "a 10-metre dhow", "170,000-square-foot": a measure used as an adjective
        if unit in NOT_COUNTED or CLOCK.search(span.text) and label not in ("MONEY", "PERCENT") \
                or unit in MONTH_NAMES and _capitalised_after(span, unit):
            continue  # "at least six on Friday", "a total of 51", "dozens were hurt", "11.38am", "in March"
        unit = UNIT_ALIASES.get(unit, unit)  # "400lb" and "400 pounds" are one weight
        if unit not in MEASURES and value != int(value):
            unit += " (size)"  # "a 6.1 quake" measures the quake; "two quakes" counts them
        mentions.append(_mention(parsed, span, value, unit))
    mentions.extend(_ages(parsed))
    return sorted(mentions, key=lambda m: (m.start, m.end))


def _capitalised_after(span, word: str) -> bool:
    """Whether the first ``word`` after the number is capitalised ("six in March", not "30 marches")."""
    return next((t.text[:1].isupper() for t in span.sent if t.i >= span.end and t.lemma_.lower() == word), False)


def _mention(parsed: ParsedArticle, span, value: float, unit: str) -> NumberMention:
    article = parsed.article
    s_start, s_end = span.sent.start_char, span.sent.end_char
    while s_end > s_start and article.text[s_end - 1].isspace():
        s_end -= 1
    return NumberMention(article_id=article.id, start=span.start_char, end=span.end_char, text=span.text,
                         value=value, unit=unit, sentence=Span(article.id, s_start, s_end, article.text[s_start:s_end]))


AGE_UNIT = "age of "  # an age's unit names its person: "age of Ahed Tamimi"
AGE_SAME_DAYS = 90  # reports further apart may give a person's age either side of a birthday
AGE_WORDS = {word: value for word, value in WORD_VALUES.items() if word.isalpha() and 0 < value < 100
             and word not in ("a", "an", "dozen", "dozens")}  # "a four-year-old boy"


def _ages(parsed: ParsedArticle) -> list[NumberMention]:
    """People's ages ("16-year-old Ahed Tamimi", "Stephen Paddock, 64,", "Juan Retana, aged 34"), each with
    the unit "age of" its person's name, so that two outlets giving one person different ages conflict, and
    the ages of a family's members (Emma Bowden, 48; Heather Bowden, 11) are never compared. The model
    tags these ages as dates, which the counted numbers leave out. Only a full name written at the age
    counts: a surname alone ("Jones, 52, died", after "Mary Jones said her husband ...") may be another
    member of the family, and an unnamed person ("a 42-year-old man" of one outlet, "a 25-year-old man" of
    another) as often two people as one."""
    doc, furniture = parsed.doc, parsed.furniture
    found = []
    for t in doc:
        years = int(t.text) if re.fullmatch(r"\d{1,3}", t.text) else AGE_WORDS.get(t.lower_, 0)
        if not 0 < years < 120:
            continue
        span, person = None, None
        nxt = doc[t.i + 1: t.i + 5]
        if [w.lower_ for w in nxt] == ["-", "year", "-", "old"]:  # "16-year-old Ahed Tamimi"
            span, old = doc[t.i: t.i + 5], nxt[-1]
            if old.dep_ == "amod":
                person = _named(old.head)
        elif t.dep_ == "appos" and t.i >= 2 and doc[t.i - 1].text == "," and t.head.i == t.i - 2 \
                and (t.i + 1 == len(doc) or doc[t.i + 1].text in (",", ")", ".", ";")) \
                and not (t.i + 2 < len(doc) and doc[t.i + 2].like_num):  # "Paddock, 64,"; not "IE6, 7, 8"
            span, person = doc[t.i: t.i + 1], _named(t.head)
        elif t.i >= 1 and doc[t.i - 1].lower_ == "aged" and doc[t.i - 1].dep_ in ("amod", "acl"):  # "aged 34"
            span, person = doc[t.i: t.i + 1], _named(doc[t.i - 1].head)
        if span is None or person is None or furniture.covers(span.start_char, span.end_char):
            continue
        name = _full_name(person)
        if name:
            found.append(_mention(parsed, span, float(years), AGE_UNIT + name))
    return found


def _named(token: Token) -> Token | None:
    """The capitalised proper noun heading a person's name: the token itself, or the name in apposition
    to a noun ("a 16-year-old Palestinian girl, Ahed Tamimi") or given as its name ("a male named Harambe")."""
    if any(ch.isdigit() for ch in token.text):
        return None  # "the 12-year-old IE6": a product
    if token.pos_ == "PROPN" and token.text[:1].isupper():
        return token
    named = [g for c in token.children if c.dep_ == "acl" and c.lower_ in ("named", "called")
             for g in c.children if g.dep_ in ("oprd", "dobj", "attr")]  # "a 17-year-old male named Harambe"
    return next((c for c in [*token.children, *named] if c.dep_ in ("appos", "oprd", "dobj", "attr")
                 and c.pos_ == "PROPN" and c.text[:1].isupper()), None)


def _full_name(head: Token) -> str | None:
    """A person's first and last names as written, without titles and initials ("Sen. John S. McCain" ->
    John McCain; "Bruce M. Steinberg" -> Bruce Steinberg), or None for a name of one word ("Jones", "Mr Smith",
    "a male named Harambe")."""
    from storycheck.crosscheck.names import name_parts

    words = [c for c in head.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [head]
    parts = [w for w in name_parts(" ".join(w.text for w in words)) if not re.fullmatch(r"[A-Z]\.?", w)]
    return " ".join(parts) if len(parts) >= 2 else None


# Situations a count can describe that must never be compared with each other ("3 killed" vs "10 injured").
OUTCOMES = {
    "death": {"kill", "die", "dead", "death", "fatality", "perish", "murder", "body", "toll", "life"},
    "injury": {"injure", "wound", "hurt", "injury", "hospital", "hospitalise", "hospitalize", "treat", "burn"},
    "missing": {"miss", "missing", "unaccounted"},
    "arrest": {"arrest", "detain", "detention", "charge", "custody"},
}
FRAME_CUT = {"nsubj", "nsubjpass", "csubj", "ccomp", "conj", "advcl", "relcl", "parataxis", "cc", "punct", "mark",
             "appos", "xcomp", "acl"}


def _frame(span) -> tuple[list[Token], set[str]]:
    """The words that say what a number counts and what happened to it, without the number itself,
    and the lemmas of the situation among them.

    The counted noun with its modifiers and prepositional phrases, and the verb that governs it
    (through a preposition: "in 54 games") with that verb's objects and prepositional phrases;
    subjects and other clauses are left out. The situation is the verb's side: "merchant" in "two
    merchant vessels" says what kind of thing is counted, "rescued" what happened to it; a
    prepositional phrase of the noun other than "of" counts as the verb's side too (its attachment
    is the parser's guess).
    """
    own = set(range(span.start, span.end))
    noun = span.root
    while noun.dep_ in ("nummod", "quantmod", "compound") and noun.head != noun:
        noun = noun.head
    keep: set[int] = set()

    def add(token: Token, depth: int) -> None:
        keep.add(token.i)
        if depth == 0:
            return
        for child in token.children:
            if child.dep_ not in FRAME_CUT:
                add(child, depth - 1)

    add(noun, 3)
    # a prepositional phrase after the counted noun may as well belong to the verb ("open three
    # shelters for families" / "three shelters were prepared for families"): where the parser hangs
    # it says nothing, so its words are situation words on either side; "of" phrases name the kind
    # of thing counted ("2,000 tonnes of ammonium nitrate") and stay on the noun's side
    floating = {t.i for child in noun.children if child.dep_ == "prep" and child.lower_ != "of"
                for t in child.subtree}
    noun_side = set(keep) - floating
    verb = noun.head
    if verb.dep_ == "prep" and verb.head != verb:
        verb = verb.head
    if verb.pos_ in ("VERB", "AUX") and verb != noun:
        keep.add(verb.i)
        for child in verb.children:
            if child.dep_ in ("dobj", "prep", "agent", "attr", "acomp", "prt", "auxpass", "dative", "oprd") \
                    or child.i == noun.i:
                add(child, 3)
    doc = span.doc
    tokens = [doc[i] for i in sorted(keep - own) if not doc[i].is_punct and not doc[i].is_space]
    situation = {t.lemma_.lower() for t in tokens if t.i not in noun_side and t.pos_ in ("VERB", "NOUN", "PROPN", "ADJ")
                 and t.lemma_.lower() not in ("be", "have", "do", "say")}
    return tokens, situation


# A date that points back from the story's time ("last month", "earlier this month", "two years ago")
# marks a sentence about something before the event reported: its figures are compared only with a
# sentence that shares a date word with it, not with the undated or otherwise dated figures of the event.
PAST = {"last", "earlier", "ago", "previous", "previously"}
DATE_FILLER = {"the", "this", "of", "a", "an", "on", "in", "at", "and", "s"}


@dataclass
class NumberContext:
    """A mention with the words that frame it, for comparing situations."""

    mention: NumberMention
    frame: str
    lemmas: set[str]
    family: str
    times: set[str] = field(default_factory=set)  # clock times in the sentence ("9:34 a.m.")
    years: set[str] = field(default_factory=set)  # years the sentence names ("In 2004, a 9.1 quake")
    situation: set[str] = field(default_factory=set)  # what happened to what is counted (see _frame)
    crowded: bool = False  # the sentence is a tally ("53 catches for 605 yards and five touchdowns")
    people: set[str] = field(default_factory=set)  # whose count it is (see _people)
    presupposed: bool = False  # "the two countries": a set the text refers to, no reported figure
    dates: set[str] = field(default_factory=set)  # the words of the sentence's dates ("last", "month")
    publisher: str = ""  # of the article the mention counts as (see publishers.count_independent)
    published: datetime | None = None  # the article's date: a person's age changes with it

    @property
    def source(self) -> tuple[str, str]:
        return self.family, self.publisher or self.family


def contexts(parsed: ParsedArticle, mentions: list[NumberMention], family: str) -> list[NumberContext]:
    out = []
    for m in mentions:
        span = parsed.doc.char_span(m.start, m.end, alignment_mode="expand")
        tokens, situation = _frame(span) if span is not None else ([], set())
        ents = list(span.sent.ents) if span is not None else []
        times = {e.text.lower() for e in ents if e.label_ == "TIME"}
        years = {y for e in ents if e.label_ == "DATE" for y in re.findall(r"\b(?:1[89]|20)\d\d\b", e.text)}
        dates = {w for e in ents if e.label_ == "DATE" for w in re.findall(r"\w+", e.text.lower())} - DATE_FILLER
        figures = [e for e in ents if e.label_ in NUMBER_LABELS]
        out.append(NumberContext(m, " ".join(t.text for t in tokens) or m.unit,
                                 {t.lemma_.lower() for t in tokens}, family, times, years, situation,
                                 crowded=len(figures) >= CROWDED, dates=dates,
                                 people=_people(span) if span is not None else set(),
                                 presupposed=span is not None and _presupposed(span),
                                 published=parsed.article.published))
    return out


def _outcomes(lemmas: set[str]) -> set[str]:
    return {name for name, words in OUTCOMES.items() if lemmas & words}


@dataclass
class NumberConflict:
    unit: str
    mentions: list[NumberMention]  # every mention of the quantity, grouped by value
    explanation: str


@dataclass
class NumberComparison:
    conflicts: list[NumberConflict] = field(default_factory=list)
    agreements: list[list[NumberMention]] = field(default_factory=list)
    # a quantity one source family alone reports: its mentions, one per article, the family's first
    # article first (a copy repeating its original's number is the same single source, listed once)
    single_sourced: list[list[NumberMention]] = field(default_factory=list)


def comparable(a: NumberContext, b: NumberContext, cosine: float, threshold: float, likeness: bool = True) -> bool:
    """Whether two mentions (of different articles) can be the same quantity; without ``likeness``, only
    whether nothing tells them apart (not whether their sentences are alike)."""
    if a.mention.unit != b.mention.unit:
        return False
    oa, ob = _outcomes(a.lemmas), _outcomes(b.lemmas)
    if oa and ob and not (oa & ob):
        return False  # deaths vs injuries
    if a.times and b.times and not (a.times & b.times):
        return False  # a price at 9:34 a.m. and at mid-afternoon
    if a.years and b.years and not (a.years & b.years):
        return False  # this year's quake and the one in 2004
    if (_before_its_year(a) or _before_its_year(b)) and not (a.years & b.years):
        return False  # "In 2004, seven people died at Ufton Nervet" in a 2016 report is background
    if (a.dates & PAST or b.dates & PAST) and not (a.dates & b.dates):
        return False  # "last month" the navy rescued two vessels; "this year" pirates attacked 100
    if a.mention.unit.startswith(AGE_UNIT):  # one person's age, whatever the sentences say about them,
        # but not across a birthday: Tamimi was 16 at the slap and 17 at the indictment
        return not (a.published and b.published and abs((a.published - b.published).days) > AGE_SAME_DAYS)
    if a.crowded or b.crowded or a.presupposed or b.presupposed:
        return False
    if a.people and b.people and not (a.people & b.people):
        return False  # Palmer's 15 seasons and Arians' five; the Weisses' two children and the Steinbergs' three
    if not likeness:
        return True
    if a.mention.unit in MEASURES:
        return cosine >= MEASURE_THRESHOLD and bool((a.lemmas & b.lemmas) - {a.mention.unit})
    return cosine >= SURE_THRESHOLD or (cosine >= threshold and bool(a.situation & b.situation))


def _before_its_year(item: NumberContext) -> bool:
    """The sentence names only years before the article's own: it tells the past, not the event reported."""
    return bool(item.published and item.years) and all(int(y) < item.published.year for y in item.years)


def _tightness(mention: NumberMention) -> tuple:
    """Sorts an exact figure before a qualified one ("80" before "at least 60"): the range's relative width,
    then the value, then the text and article (so that no order of input decides a tie)."""
    lo, hi = value_range(mention)
    return round((hi - lo) / max(abs(mention.value), 1.0), 6), mention.value, mention.text, mention.article_id


def _stated_bound(mention: NumberMention) -> dict[str, float]:
    """The bound a figure states: "up to 14" a maximum of 14, "at least 4" a minimum of 4 (any lower bound:
    ``LOWER``); "up to 10 or 12" states no one bound."""
    if _pair(mention.text) is not None:
        return {}
    q = qualifier(mention.text)
    return {"max": mention.value} if q in MAXIMA else {"min": mention.value} if q in LOWER else {}


def _buckets(members: list[NumberContext]) -> list[list[NumberMention]]:
    """The members split into sets of mutually compatible values: a value joins a set only when one
    figure fits every value in it (the ranges' intersection), so "at least 60", which fits both, does
    not make "almost 80" and "at least 84" agree. Two stated bounds of one kind must be the same bound: "up
    to 14 years" and "up to 10 years" of one sentence disagree, though 8 fits both, and "at least four dead"
    and "at least six dead" are two reports of the toll, not one (both may be true; neither confirms the
    other). Stated bounds are placed first, then the other figures tightest first, each in the first set it
    fits, or the set whose bound it equals (an exact six joins "at least six", not "at least four"), so the
    sets do not hang on the order of the mentions; each set keeps its mentions in the order given."""
    order = {id(m.mention): k for k, m in enumerate(members)}
    values: list[list[NumberMention]] = []
    common: list[tuple[float, float]] = []  # the range every value of the set allows
    bounds: list[dict[str, float]] = []  # the bounds a set's mentions state ({"max": 14}, {"min": 4})
    def near(x: float, y: float) -> bool:
        return abs(x - y) <= 0.005 * max(abs(x), 1.0)

    # stated bounds first, each then tightest first: an exact six joins "at least six", not "at least four"
    ordered = sorted((m.mention for m in members),
                     key=lambda m: (not _stated_bound(m), _tightness(m)))
    for mention in ordered:
        lo, hi = value_range(mention)
        stated = _stated_bound(mention)
        fitting = [k for k, (blo, bhi) in enumerate(common) if lo <= bhi and blo <= hi
                   and all(near(v, bounds[k][kind]) for kind, v in stated.items() if kind in bounds[k])]
        if fitting:
            k = next((k for k in fitting if any(near(mention.value, v) for v in bounds[k].values())), fitting[0])
            values[k].append(mention)
            common[k] = (max(lo, common[k][0]), min(hi, common[k][1]))
            bounds[k].update(stated)
        else:
            values.append([mention])
            common.append((lo, hi))
            bounds.append(dict(stated))
    return [sorted(bucket, key=lambda mention: order[id(mention)]) for bucket in values]


def compare_numbers(items: list[NumberContext], similarity: np.ndarray,
                    threshold: float = 0.6) -> NumberComparison:
    """Agreements, conflicts and single-sourced numbers among a story's mentions.

    ``similarity[i, j]`` is the cosine similarity of the frames of ``items[i]`` and ``items[j]``.
    Two mentions are linked when they are :func:`comparable` and each is the other's best match in
    its article; the linked groups are quantities. A disagreement is reported only when every
    article involved uses the unit for one value: otherwise it counts several things alike.
    """
    result = NumberComparison()
    n = len(items)
    sets = DisjointSet(range(n))

    def best(i: int, article_id: str) -> int | None:
        scored = [(similarity[i, j], j) for j in range(n) if items[j].mention.article_id == article_id
                  and comparable(items[i], items[j], float(similarity[i, j]), threshold)]
        return max(scored)[1] if scored else None

    articles = list(dict.fromkeys(it.mention.article_id for it in items))
    for i in range(n):
        for article_id in articles:
            if article_id == items[i].mention.article_id:
                continue
            j = best(i, article_id)
            if j is not None and best(j, items[i].mention.article_id) == i:
                sets.union(i, j)
    by_unit: dict[tuple[str, str], list[NumberContext]] = {}
    for it in items:
        by_unit.setdefault((it.mention.article_id, it.mention.unit), []).append(it)
    for member_ids in sets.groups().values():
        members = [items[i] for i in member_ids]
        values = _buckets(members)
        if len(values) > 1:
            # an article that itself gives this unit several values counts several things with it
            # ("13 homers" this month, "33 homers" this season): which of them the others contradict
            # cannot be told, so nothing is reported
            unit = members[0].mention.unit
            if any(len(_buckets(by_unit[(a, unit)])) > 1 for a in {m.mention.article_id for m in members}):
                continue
            what = f"ages of {unit.removeprefix(AGE_UNIT)}" if unit.startswith(AGE_UNIT) else f"counts of {unit}"
            listing = " vs ".join(f"{min(b, key=_tightness).text} ({len(b)} article{'s' if len(b) > 1 else ''})"
                                  for b in values)
            result.conflicts.append(NumberConflict(
                unit=unit, mentions=[m for b in values for m in b],
                explanation=f"different {what}: {listing}"))
        elif count_independent(m.source for m in members) >= 2:
            result.agreements.append(values[0])
        elif not _given_elsewhere(members[0], items, threshold):
            result.single_sourced.append(values[0])
    return result


def _given_elsewhere(member: NumberContext, items: list[NumberContext], threshold: float) -> bool:
    """Another source gives the same figure in a sentence too unlike this one to be compared as one
    quantity: the same value (not a range: "at least 50" does not give 59), and everything else that
    tells two quantities apart in agreement (unit, deaths or injuries, year, date, whose count; see
    :func:`comparable`, here without the likeness of the sentences). Such a number is not "from one
    source only". Two things :func:`comparable` guards against do not matter here: a figure the text
    takes as known ("the 21 girls") or gives in a tally still shows the figure is known there, and the
    unit may be named more or less narrowly ("21 schoolgirls" / "21 girls"). Nor does a bound, unless the two
    bound opposite ways: "more than $284 billion" in five papers gives the figure a sixth states as "the entire
    $284 billion"; "more than 50 injured" does not give "fewer than 50 attended"."""
    unit = member.mention.unit
    # a measure is tied to its thing by the words around it (see comparable), unless the figure itself is
    # telling: two papers' "$284 billion" are one sum, their "12.5 percent" or "30 days" need not be one thing
    telling = unit in MONEY_UNITS and _significant_digits(member.mention.value) >= 3
    return any(count_independent([it.source, member.source]) == 2 and it.mention.value == member.mention.value
               and _one_unit(unit, it.mention.unit) and not _opposite_bounds(member.mention, it.mention)
               and comparable(_as_reported(member, unit), _as_reported(it, unit), 1.0, threshold,
                              likeness=not telling) for it in items)


MONEY_UNITS = {"usd", "gbp", "eur", "jpy", "money"}


def _significant_digits(value: float) -> int:
    """284e9 -> 3, 30 -> 1, 84522.54 -> 7."""
    return len(f"{abs(value):.10g}".replace(".", "").replace("-", "").split("e")[0].strip("0")) or 1


def _opposite_bounds(a: NumberMention, b: NumberMention) -> bool:
    """"fewer than 50" and "more than 50": the same figure, bounding two different things."""
    qa, qb = qualifier(a.text), qualifier(b.text)
    return qa in UPPER and qb in LOWER or qa in LOWER and qb in UPPER


# a count named more narrowly by one of these words before its noun is the same count ("21 schoolgirls" /
# "21 girls"); a general rule would join kilograms and grams, firefighters and fighters, grandchildren
# and children
NARROWER = ("school",)


def _one_unit(a: str, b: str) -> bool:
    """Units naming one count more or less narrowly: "schoolgirl" / "girl" (see ``NARROWER``)."""
    return a == b or any(x == prefix + y for x, y in ((a, b), (b, a)) for prefix in NARROWER)


def _as_reported(item: NumberContext, unit: str) -> NumberContext:
    return replace(item, mention=replace(item.mention, unit=unit), presupposed=False, crowded=False)
