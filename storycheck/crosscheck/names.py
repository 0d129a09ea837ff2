"""Names across a story's articles: harmless variants merged, errors reported.

Outlets spell one entity in many ways. Most are harmless: titles ("Mr",
"President"), possessives, initials, and above all romanisations of names
written in another script (Zelenskyy / Zelensky, Oleksiy / Oleksii, Donbass /
Donbas) or the Russian and Ukrainian forms of a place (Kiev / Kyiv). These are
merged silently. :func:`translit_key` makes that test principled: it folds the
spelling choices romanisation systems differ on (double letters, y/i, kh/h,
ks/x, ie/ye, w/v, j/y) so that two romanisations of one name get one key.

What is left is reported: the same surname with a different first name for the
same person ("Jens" / "Jan" Stoltenberg, "Iryna" / "Olena" Dovzhenko). Two
people can share a surname, so a difference counts as an error only when the
story says it is one person: both spellings carry the same role ("Mayor", "NATO
chief"), or the same quoted words are given to both, and no single article
names both.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field

from rapidfuzz.distance import Levenshtein

from storycheck.model import Entity
from storycheck.quotes.marks import CHARS

TITLES = {
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lord", "lady", "rev", "st", "jr", "sr",
    "president", "vice", "prime", "minister", "pm", "chancellor", "secretary", "general", "gen", "col", "colonel",
    "sen", "senator", "rep", "representative", "gov", "governor", "mayor", "king", "queen", "prince", "princess",
    "pope", "judge", "justice", "chief", "captain", "capt", "lt", "sgt", "officer", "deputy", "admiral", "ambassador",
    "commissioner", "director", "professor", "coach", "the", "former", "late",
}
# Role words: what a person is in the story. Two spellings sharing one of these (attached to the
# name) are taken to be one person.
ROLE_WORDS = {
    "president", "minister", "chancellor", "secretary", "general", "governor", "mayor", "senator", "chief",
    "head", "leader", "spokesman", "spokeswoman", "spokesperson", "commander", "ambassador", "director", "boss",
    "king", "queen", "pope", "judge", "coach", "captain", "ceo", "chairman", "chairwoman", "chair", "founder",
    "prosecutor", "sheriff", "commissioner", "admiral", "envoy", "manager", "owner", "police", "premier",
}
# Places whose Russian and Ukrainian (or older and newer) romanisations are too far apart for
# the spelling rules; each maps to the form the rules then compare.
KNOWN_VARIANTS = {
    "kiev": "kyiv", "kiew": "kyiv", "odessa": "odesa", "kharkov": "kharkiv", "lvov": "lviv", "lugansk": "luhansk",
    "nikolaev": "mykolaiv", "nikolayev": "mykolaiv", "chernigov": "chernihiv", "zaporozhye": "zaporizhzhia",
    "zaporizhia": "zaporizhzhia", "dnepr": "dnipro", "dnieper": "dnipro", "rovno": "rivne", "chernobyl": "chornobyl",
    "bombay": "mumbai", "peking": "beijing", "burma": "myanmar", "calcutta": "kolkata", "madras": "chennai",
}
# Standard English diminutives: the same first name, not a different one.
DIMINUTIVES = {
    "bill": "william", "will": "william", "billy": "william", "bob": "robert", "rob": "robert", "bobby": "robert",
    "jim": "james", "jimmy": "james", "mike": "michael", "tom": "thomas", "dick": "richard", "rick": "richard",
    "joe": "joseph", "tony": "anthony", "dave": "david", "steve": "steven", "stephen": "steven", "chris": "christopher",
    "dan": "daniel", "danny": "daniel", "ed": "edward", "ted": "edward", "kate": "katherine", "katie": "katherine",
    "liz": "elizabeth", "beth": "elizabeth", "sam": "samuel", "nick": "nicholas", "alex": "alexander",
    "matt": "matthew", "pat": "patrick", "ron": "ronald", "don": "donald", "jack": "john", "johnny": "john",
    "chuck": "charles", "charlie": "charles", "andy": "andrew", "greg": "gregory", "jeff": "jeffrey",
    "ben": "benjamin", "sue": "susan", "jenny": "jennifer", "peggy": "margaret", "maggie": "margaret",
    "ray": "raymond", "jerry": "gerald", "larry": "lawrence", "jon": "john", "hank": "henry", "harry": "henry",
    "fred": "frederick", "al": "albert", "bert": "albert", "vince": "vincent", "walt": "walter", "phil": "philip",
}
SPELLING_SIMILARITY = 0.8  # first-name keys this close are spellings of one name (Gurbanguli / Kurbanguly)
POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
PRONOUNS = {"he", "she", "it", "they", "him", "her", "them", "his", "hers", "its", "their", "we", "i", "you"}


def fold(text: str) -> str:
    """Lower case without accents."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def translit_key(word: str) -> str:
    """One key for the romanisations of one name: Zelenskyy/Zelensky, Oleksiy/Oleksii, Donbass/Donbas."""
    w = fold(word)
    w = re.sub(r"[^a-z]", "", w)
    w = KNOWN_VARIANTS.get(w, w)
    for a, b in (("kh", "h"), ("ck", "k"), ("ks", "x"), ("ph", "f"), ("w", "v"), ("ie", "ye"), ("j", "y"),
                 ("tch", "ch"), ("sch", "sh"), ("iy", "y"), ("yi", "y"), ("ii", "y"), ("ij", "y")):
        w = w.replace(a, b)
    w = w.replace("y", "i")
    w = re.sub(r"(.)\1+", r"\1", w)  # double letters: Donbass/Donbas, Zelenskyy/Zelensky
    return w


def name_parts(text: str) -> list[str]:
    """The words of a name without titles, possessives and punctuation: "Mr. Stoltenberg's" -> ["Stoltenberg"]."""
    words = []
    for raw in text.replace("\n", " ").split():
        word = POSSESSIVE.sub("", raw.strip(".,;:()[]" + CHARS))
        if not word or fold(word).rstrip(".") in TITLES:
            continue
        words.append(word)
    return words


def is_initial(word: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]\.?(?:[A-Z]\.?)*", word))


RUN_TOGETHER = re.compile(r"[A-Z][a-z]+([A-Z][a-z]+)")


def first_names_compatible(a: str, b: str) -> bool:
    """Same first name up to romanisation, or one is an initial of the other, or one is the other
    run together with the word before it ("DailyZhang" / "Zhang": a word of a caption or a link
    glued on when the page's markup was stripped, not another name)."""
    if is_initial(a) or is_initial(b):
        return fold(a)[0] == fold(b)[0]
    for x, y in ((a, b), (b, a)):
        glued = RUN_TOGETHER.fullmatch(x)
        if glued and translit_key(glued.group(1)) == translit_key(y):
            return True
    ka, kb = translit_key(a), translit_key(b)
    ka, kb = translit_key(DIMINUTIVES.get(fold(a), ka)), translit_key(DIMINUTIVES.get(fold(b), kb))
    return ka == kb or Levenshtein.normalized_similarity(ka, kb) >= SPELLING_SIMILARITY


@dataclass
class Mention:
    entity: Entity
    parts: list[str]
    role: set[str] = field(default_factory=set)


@dataclass
class NameCluster:
    """One entity across the story, with every spelling used for it."""

    key: str
    label: str
    name: str  # the most frequent full spelling
    variants: dict[str, list[Entity]]  # spelling -> mentions


@dataclass
class NameConflict:
    """Two spellings of one person's name that cannot both be right."""

    surname: str
    spellings: list[str]
    mentions: dict[str, list[Entity]]
    evidence: str


def role_words(entity: Entity, doc) -> set[str]:
    """Role words attached to a mention: "Mayor Iryna Dovzhenko", "NATO chief Jan Stoltenberg", "The mayor, X"."""
    span = doc.char_span(entity.start, entity.end, alignment_mode="expand")
    if span is None:
        return set()
    words = set()
    # words just before the name in the same noun phrase ("NATO chief Jan Stoltenberg")
    i = span.start - 1
    while i >= 0 and i >= span.start - 4 and doc[i].pos_ in ("NOUN", "PROPN", "ADJ") and not doc[i].is_punct:
        words.add(doc[i].lemma_.lower())
        i -= 1
    # an apposition either way: "The mayor, Iryna Dovzhenko," / "Iryna Dovzhenko, the mayor,"
    root = span.root
    for t in [root.head] if root.dep_ == "appos" else []:
        words |= {x.lemma_.lower() for x in t.subtree if x.pos_ == "NOUN"}
    for child in root.children:
        if child.dep_ == "appos":
            words |= {x.lemma_.lower() for x in child.subtree if x.pos_ == "NOUN"}
    return words & ROLE_WORDS


def cluster_names(entities_by_article: dict[str, list[Entity]], docs: dict,
                  quoted_together: set[tuple[str, str, str]] = frozenset(),
                  speakers: dict[str, list[str]] | None = None,
                  ) -> tuple[list[NameCluster], list[NameConflict]]:
    """Merge the spellings of each entity and report the spellings that are errors.

    ``docs`` maps article id to its spaCy Doc (for role words); ``quoted_together`` holds
    ``(surname key, article id, article id)`` for quotes by a speaker of that surname that were
    grouped as one statement across the two articles; ``speakers`` the speaker names the quotes of
    each article were resolved to (an article that gives a quote to "Uma Thurman" knows an Uma).
    """
    people: dict[str, list[Mention]] = defaultdict(list)  # surname key -> mentions
    others: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for article_id, entities in entities_by_article.items():
        for e in entities:
            parts = name_parts(e.text)
            if not parts or fold(parts[-1]) in PRONOUNS:
                continue
            if e.label == "PERSON":
                people[translit_key(parts[-1])].append(Mention(e, parts, role_words(e, docs[article_id])))
            elif e.label in ("GPE", "LOC", "ORG", "FAC", "NORP"):
                key = " ".join(translit_key(p) for p in parts)
                others[(e.label if e.label != "LOC" else "GPE", key)].append(Mention(e, parts))

    # the name parts each article uses for people: a first name alone ("Uma") counts
    given_names: dict[str, set[str]] = defaultdict(set)
    for group in people.values():
        for m in group:
            given_names[m.entity.article_id].update(translit_key(p) for p in m.parts)
    for article_id, names in (speakers or {}).items():
        for name in names:
            given_names[article_id].update(translit_key(p) for p in name_parts(name))
    clusters: list[NameCluster] = []
    conflicts: list[NameConflict] = []
    for (label, key), mentions in others.items():
        clusters.append(_cluster(key, label, mentions))
    for surname, mentions in people.items():
        full = [m for m in mentions if len(m.parts) >= 2 and not is_initial(m.parts[0])]
        firsts: dict[str, list[Mention]] = defaultdict(list)  # first-name key -> mentions
        for m in full:
            firsts[translit_key(m.parts[0])].append(m)
        if len(firsts) <= 1:
            clusters.append(_cluster(surname, "PERSON", mentions))
            continue
        # several first names: one cluster per first name, short mentions go to the main one
        groups = sorted(firsts.values(), key=len, reverse=True)
        for g in groups:
            clusters.append(_cluster(surname + ":" + translit_key(g[0].parts[0]), "PERSON", g))
        short = [m for m in mentions if m not in full]
        if short:
            clusters.append(_cluster(surname, "PERSON", short))
        for i in range(len(groups)):
            for j in range(i + 1, len(groups)):
                conflict = _name_error(surname, groups[i], groups[j], quoted_together, given_names)
                if conflict:
                    conflicts.append(conflict)
    return clusters, conflicts


def _spelling(m: Mention) -> str:
    return " ".join(m.parts)


def _cluster(key: str, label: str, mentions: list[Mention]) -> NameCluster:
    variants: dict[str, list[Entity]] = defaultdict(list)
    for m in mentions:
        variants[_spelling(m)].append(m.entity)
    name = max(variants, key=lambda v: (len(v.split()) > 1, len(variants[v]), len(v)))
    return NameCluster(key=key, label=label, name=name, variants=dict(variants))


def _name_error(surname: str, a: list[Mention], b: list[Mention], quoted_together: set[tuple[str, str, str]],
                given_names: dict[str, set[str]]) -> NameConflict | None:
    arts_a = {m.entity.article_id for m in a}
    arts_b = {m.entity.article_id for m in b}
    if arts_a & arts_b:
        return None  # one article names both: two people who share a surname
    first_a, first_b = translit_key(a[0].parts[0]), translit_key(b[0].parts[0])
    if any({first_a, first_b} <= names for names in given_names.values()):
        return None  # an article knows both first names ("Uma" and "Robert Thurman"): two people
    if any(first_names_compatible(x.parts[0], y.parts[0]) for x in a for y in b):
        return None
    spell_a, spell_b = _spelling(a[0]), _spelling(b[0])
    roles = set().union(*(m.role for m in a)) & set().union(*(m.role for m in b))
    if roles:
        evidence = f"both described as {', '.join(sorted(roles))}"
    elif fold(a[0].parts[0])[:1] == fold(b[0].parts[0])[:1] \
            and any((surname, *sorted((x, y))) in quoted_together for x in arts_a for y in arts_b):
        # a shared quotation is weak evidence of one person (outlets quote relatives; quotes get misread):
        # enough for a near spelling ("Jens" / "Jan"), not for another first name ("Uma" / "Robert")
        evidence = "the same quoted words are attributed to both"
    else:
        return None
    return NameConflict(surname=a[0].parts[-1], spellings=[spell_a, spell_b],
                        mentions={spell_a: [m.entity for m in a], spell_b: [m.entity for m in b]},
                        evidence=evidence)
