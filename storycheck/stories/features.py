"""What an article says about *which* event it reports, as weighted keys.

Story clustering must tell apart twin events (another shooting in the same
city, last year's earthquake), and what separates them is names, numbers and
dates more than topic words. So an article becomes three bags of keys, one per
channel:

- ``terms``: content words (lower-cased, stop words out, a light plural
  stemmer),
- ``names``: capitalised phrases found without a parser (or spaCy's entities
  when the caller has them), each phrase plus its last word ("Lohan"),
- ``numbers``: numbers, years and month-day dates ("2013", "6.1", "may-3").

Words in the title and the lead count more than words in the tail; an outlet's
own summary of the article (a JSON record's ``description``, a feed entry's
summary, an HTML page's meta description) counts as lead, unless the body
opens with it -- a short or badly extracted body still shows its event. Page
furniture (captions, "Most read" widgets that name other stories) gives no
keys. Parsing is
a few regular expressions, so the clusterer runs far faster than spaCy and
the benchmark can leave the parse out.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from storycheck.ingest.boilerplate import Furniture
from storycheck.model import Article, Entity

CHANNELS = ("terms", "names", "numbers")

NEWS_STOP_WORDS = frozenset({
    "said", "says", "say", "told", "tell", "according", "reported", "report", "reports", "reporting",
    "mr", "mrs", "ms", "dr", "just", "like", "year", "years", "day", "days", "time", "week", "weeks",
    "including", "people", "new", "also", "would", "could", "one", "two", "news", "read", "image",
    "copyright", "photo", "click", "share", "comment", "comments", "getty", "images", "ap", "reuters",
})
STOP_WORDS = ENGLISH_STOP_WORDS | NEWS_STOP_WORDS

MONTHS = {m: i for i, m in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"), 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
# capitalised words that are not names even mid-sentence
NOT_NAMES = frozenset(MONTHS) | WEEKDAYS | frozenset({"i", "mr", "mrs", "ms", "dr", "st"})
NAME_JOINERS = frozenset({"of", "de", "del", "da", "van", "von", "al", "bin", "la", "le", "du", "der"})

# tokens: words (with inner apostrophes, hyphens, dots as in U.S.), numbers, and sentence ends
TOKEN = re.compile(r"[A-Za-z\u00C0-\u024F][\w'’\-]*(?:\.[A-Za-z]\.?)*|\d[\d,.]*\d|\d|[.!?\n]")
PTB_QUOTES = re.compile(r"``|''")
SENTENCE_ENDS = frozenset(".!?\n")
NUMERIC_ENTITY_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"})


SUMMARY_KEYS = ("description", "summary", "lead", "abstract")  # where readers keep an article's summary


def summary_of(article: Article) -> str:
    """The article's summary as its outlet wrote it (from ``extra``), or "" when it has none or the
    body opens with it (its words would count twice)."""
    for key in SUMMARY_KEYS:
        value = article.extra.get(key)
        if isinstance(value, str) and value.strip():
            summary = " ".join(value.split())
            opening = " ".join(article.text[:len(value) + 1000].split())
            return "" if summary[:100] in opening else summary
    return ""


@dataclass(frozen=True)
class Weights:
    """How much a token counts by where it stands."""

    title: float = 3.0
    lead: float = 2.0
    lead_tokens: int = 60  # the first words of the body that make up the lead
    max_chars: int = 6000  # the tail beyond is not read: events are told up front


@dataclass
class ArticleKeys:
    """An article's keys per channel, each with its position-weighted count."""

    article_id: str
    counts: dict[str, Counter]


def stem(word: str) -> str:
    """A light plural stemmer: enough to meet "troops"/"troop", never mangling names."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _number(token: str) -> str | None:
    value = token.replace(",", "")
    if value.count(".") > 1:
        return None
    if value.endswith(".0"):
        value = value[:-2]
    return value


def _tokens(text: str) -> list[str]:
    return TOKEN.findall(PTB_QUOTES.sub('"', text))


def _lead_end(tokens: list[str], lead_words: int) -> int:
    """The index in ``tokens`` where the lead (the first ``lead_words`` words) ends."""
    words = 0
    for i, token in enumerate(tokens):
        if token not in SENTENCE_ENDS:
            words += 1
            if words > lead_words:
                return i
    return len(tokens)


@functools.lru_cache(maxsize=1 << 18)
def _word(token: str) -> tuple[str, str | None, bool]:
    """A word token's lower-case form, its ``terms`` key (None for stop words) and whether it
    could be (part of) a name. Memoised: news repeats its words, and this is the inner loop."""
    lower = token.lower().replace("’", "'").removesuffix("'s").strip("'-.")
    term = None if len(lower) < 3 or lower in STOP_WORDS or lower in WEEKDAYS else stem(lower)
    name = token[0].isupper() and lower not in NOT_NAMES and lower.split("'")[0] not in STOP_WORDS
    return lower, term, name


def _names(tokens: list[str], lower_words: set[str], *, title: bool) -> list[str]:
    """Capitalised phrases; a capitalised word that the text also writes in lower case is no name
    when it opens a sentence (or stands in a title, where every word may be capitalised)."""
    names: list[str] = []
    phrase: list[str] = []
    sentence_start = True

    def close() -> None:
        while phrase and phrase[-1] in NAME_JOINERS:
            phrase.pop()
        if phrase:
            names.append(" ".join(phrase))
            if len(phrase) > 1:
                names.append(phrase[-1])
        phrase.clear()

    for token in tokens:
        if token in SENTENCE_ENDS or token[0].isdigit():
            if phrase:
                close()
            sentence_start = token in SENTENCE_ENDS
            continue
        lower, _, name = _word(token)
        if name and not ((sentence_start or title) and lower in lower_words):
            phrase.append(lower)
        elif phrase:
            if lower in NAME_JOINERS and not name:
                phrase.append(lower)
            else:
                close()
        sentence_start = False
    close()
    return names


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the characters of ``spans`` turned to spaces (offsets stay where they were)."""
    if not spans:
        return text
    pieces, at = [], 0
    for start, end in spans:
        pieces += [text[at:start], " " * (end - start)]
        at = end
    return "".join(pieces) + text[at:]


def extract(article: Article, entities: list[Entity] | None = None,
            weights: Weights = Weights()) -> ArticleKeys:
    """The keys of one article; ``entities`` (e.g. from spaCy) replace the cheap name finder. Page furniture
    (captions, "Most read" and "Read more" widgets naming other stories) is the site's, not the article's:
    its words are no keys."""
    furniture = Furniture(article.text)
    body = _blanked(article.text, furniture.spans)
    title = article.title.strip()
    first_line = body.lstrip().split("\n", 1)[0].strip()
    if title and first_line == title:  # the title is often repeated as the first line
        body = body.lstrip()[len(first_line):]
    title_tokens = _tokens(title)
    summary_tokens = _tokens(summary_of(article))
    body_tokens = _tokens(body[:weights.max_chars])
    lower_words = {_word(t)[0] for t in body_tokens + summary_tokens if t[0].islower()}
    lead_end = _lead_end(body_tokens, weights.lead_tokens)

    counts = {channel: Counter() for channel in CHANNELS}
    terms, numbers = counts["terms"], counts["numbers"]
    for part, tokens in (("title", title_tokens), ("summary", summary_tokens), ("body", body_tokens)):
        previous = ""
        for i, token in enumerate(tokens):
            if token in SENTENCE_ENDS:
                previous = ""
                continue
            weight = weights.title if part == "title" else \
                weights.lead if part == "summary" or i < lead_end else 1.0
            if token[0].isdigit():
                value = _number(token)
                if value is not None:
                    numbers[value] += weight
                    if previous in MONTHS and value.isdigit() and int(value) <= 31:
                        numbers[f"{MONTHS[previous]}-{value}"] += weight
                previous = ""
                continue
            previous, term, _ = _word(token)
            if term is not None:
                terms[term] += weight

    names = counts["names"]
    for name in _names(title_tokens, lower_words, title=True):
        names[name] += weights.title
    for name in _names(summary_tokens, lower_words, title=False):
        names[name] += weights.lead
    if entities is not None:
        lead_chars = len(article.text) - len(body) + sum(len(t) + 1 for t in body_tokens[:lead_end])
        for entity in entities:
            if entity.label in NUMERIC_ENTITY_LABELS or entity.start >= weights.max_chars \
                    or furniture.covers(entity.start, entity.end):
                continue
            parts = (entity.canonical or entity.text).lower().removeprefix("the ").split()
            if parts:
                weight = weights.lead if entity.start < lead_chars else 1.0
                names[" ".join(parts)] += weight
                if len(parts) > 1:
                    names[parts[-1]] += weight
    else:
        for tokens, weight in ((body_tokens[:lead_end], weights.lead), (body_tokens[lead_end:], 1.0)):
            for name in _names(tokens, lower_words, title=False):
                names[name] += weight
    return ArticleKeys(article.id, counts)


def title_words(title: str) -> set[str]:
    """The content terms of a title, as keys of the ``terms`` channel."""
    words = set()
    for token in _tokens(title):
        if token[0].isalpha() and (term := _word(token)[1]) is not None:
            words.add(term)
    return words
