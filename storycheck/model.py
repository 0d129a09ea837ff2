"""The types that flow between storycheck's stages.

Every stage takes some of these and returns others; nothing else crosses a
stage boundary. Every annotation names the article it belongs to and carries
character offsets ``start``/``end`` into :attr:`Article.text`, such that
``article.text[x.start:x.end] == x.text``. That is what lets a report cite the
exact sentence a claim, quote or conflict comes from.

The types are plain dataclasses so that they serialise with
:func:`dataclasses.asdict` and compare by value in tests.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Literal

QuoteKind = Literal["direct", "indirect", "mixed"]
ReuseKind = Literal["verbatim", "light", "heavy", "partial", "independent"]


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def content_key(text: str) -> str:
    """The text reduced to what identifies it: NFC, case-folded, white space folded."""
    text = unicodedata.normalize("NFC", text).casefold()
    return re.sub(r"\s+", " ", text).strip()


def article_id(outlet: str, text: str) -> str:
    """A stable id from the outlet and the normalised content.

    The outlet is part of the key because a verbatim copy published by another
    outlet is a different article (and precisely what reuse detection must see);
    the same text from the same outlet is the same article, however often it is
    ingested.
    """
    digest = hashlib.sha256(f"{content_key(outlet)}\x00{content_key(text)}".encode()).hexdigest()
    return digest[:16]


@dataclass
class Article:
    """One news report as ingested: its text and where it came from."""

    id: str
    outlet: str
    title: str
    text: str
    url: str | None = None
    published: datetime | None = None  # always timezone-aware when set
    byline: str | None = None
    language: str = "en"
    source_path: str | None = None  # the input file (with "#n" for the n-th item of a feed/JSONL/WARC)
    source_format: str = "text"  # text | html | rss | jsonl | warc
    ingested_at: datetime = field(default_factory=utcnow)
    extra: dict = field(default_factory=dict)  # anything else a reader found (e.g. gold labels in JSONL)

    @classmethod
    def create(cls, *, outlet: str, title: str, text: str, **kw) -> "Article":
        return cls(id=article_id(outlet, text), outlet=outlet, title=title, text=text, **kw)


@dataclass(frozen=True)
class Span:
    """A cited piece of an article: the unit of provenance."""

    article_id: str
    start: int
    end: int
    text: str


@dataclass
class Sentence:
    article_id: str
    start: int
    end: int
    text: str
    paragraph: int = 0  # index of the paragraph (blank-line or line separated) it lies in


@dataclass
class Entity:
    article_id: str
    start: int
    end: int
    text: str
    label: str  # PERSON, ORG, GPE, LOC, NORP, ...
    canonical: str | None = None  # filled by name resolution (e.g. "Mr Stoltenberg" -> "Jens Stoltenberg")


@dataclass
class Quote:
    """An attribution: who said what, with which cue, and how it was reported."""

    id: str
    article_id: str
    kind: QuoteKind
    start: int  # the content span
    end: int
    text: str
    cue: Span | None = None
    cue_lemma: str | None = None
    speaker: Span | None = None  # the mention in the text ("He", "Mr Stoltenberg"), if any
    speaker_canonical: str | None = None  # the resolved person or body ("Jens Stoltenberg")
    confidence: float = 1.0
    # quotations inside the content span that are not what was said: the title of the show the cue's sentence
    # names between two of the speaker's quotations (""A," she said on NBC's "Meet the Press." "B."")
    titles: tuple[tuple[int, int], ...] = ()


@dataclass
class NumberMention:
    """A number and what it counts ("134,500 new conscripts")."""

    article_id: str
    start: int
    end: int
    text: str
    value: float
    unit: str  # what is counted or measured: "conscripts", "percent", "buses", "usd"
    sentence: Span | None = None


@dataclass
class Claim:
    """A factual statement of the story, as one clause, with whom it is attributed to."""

    id: str
    article_id: str
    start: int
    end: int
    text: str
    attributed_to: str | None = None
    quote_id: str | None = None  # when the claim is (part of) a quotation


@dataclass
class Story:
    """A real-world event and the articles that report it."""

    id: str
    label: str
    article_ids: list[str]
    first_published: datetime | None = None
    last_published: datetime | None = None
    outlets: list[str] = field(default_factory=list)


@dataclass
class Passage:
    """A stretch of text that one article shares with another."""

    source_start: int
    source_end: int
    target_start: int
    target_end: int
    similarity: float  # 0..1, 1 = identical


@dataclass
class ReuseLink:
    """Article ``target_id`` reuses text of ``source_id``.

    ``direction`` is ``"known"`` when the source is a news agency's and the
    target a paper's, or was published strictly earlier; otherwise (missing
    or equal dates) it is ``"unknown"`` and the order of the ids carries no
    meaning.
    """

    source_id: str
    target_id: str
    kind: ReuseKind
    source_share: float  # fraction of the source's text found in the target
    target_share: float  # fraction of the target's text taken from the source
    direction: Literal["known", "unknown"] = "unknown"
    passages: list[Passage] = field(default_factory=list)
