"""The spaCy layer: offsets that slice the text, paragraphs that end sentences, places fixed."""

from __future__ import annotations

import pytest
from conftest import SEEDS, need

from storycheck.ingest import read_paths
from storycheck.nlp import parse, parse_many


@pytest.fixture(scope="module")
def seeds():
    return [parse(a) for a in read_paths([str(need(SEEDS))])]


def test_every_sentence_and_entity_slices_the_original_text(seeds):
    for parsed in seeds:
        text = parsed.article.text
        assert parsed.sentences
        for item in parsed.sentences + parsed.entities:
            assert text[item.start:item.end] == item.text
            assert item.article_id == parsed.article.id


def test_a_line_break_always_ends_a_sentence(seeds):
    for parsed in seeds:
        assert not any("\n" in s.text for s in parsed.sentences)


def test_kyiv_and_donbas_are_places(seeds):
    labels = {(e.text, e.label) for p in seeds for e in p.entities}
    assert ("Kyiv", "GPE") in labels and ("Donbas", "LOC") in labels
    assert not any(text == "Kyiv" and label in ("PERSON", "ORG") for text, label in labels)


def test_people_are_found(seeds):
    people = {e.text for p in seeds for e in p.entities if e.label == "PERSON"}
    assert {"Jens Stoltenberg", "Jan Stoltenberg", "Dmitry Peskov"} <= people


def test_parse_many_keeps_order_and_articles(seeds):
    articles = [p.article for p in seeds]
    again = list(parse_many(articles, batch_size=1))
    assert [p.article.id for p in again] == [a.id for a in articles]
    assert [len(p.sentences) for p in again] == [len(p.sentences) for p in seeds]
