"""The learned span model: it moves the edges of contents and sources; the shipped model is plain JSON."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from storycheck.model import Article
from storycheck.quotes import extract_quotes
from storycheck.quotes.spanmodel import MODEL_FILE, SpanModel, packaged_model, source_candidates

TEXT = ("Trump, who relishes counter-punching, said the plan would fail, and the room went quiet.\n\n"
        "Karen Janes, 67, of Exeter, N.H., said she would vote for him.\n")


@pytest.fixture(scope="module")
def parsed():
    from storycheck.nlp.pipeline import parse

    return parse(Article.create(outlet="test", title="t", text=TEXT))


def _by_lemma(quotes, start):
    return next(q for q in quotes if q.speaker is not None and q.speaker.start == start)


def test_without_a_model_the_rules_keep_their_edges(parsed):
    quotes = extract_quotes(parsed, span_model=None)
    assert _by_lemma(quotes, 0).speaker.text.startswith("Trump, who relishes")


def test_source_candidates_cut_a_relative_clause_and_an_age(parsed):
    doc = parsed.doc
    trump = doc.char_span(0, TEXT.index(", said"), alignment_mode="expand")
    texts = {TEXT[c.start:c.end] for c in source_candidates(trump)}
    assert "Trump" in texts and trump.text in texts
    janes = doc.char_span(TEXT.index("Karen"), TEXT.index(", said she"), alignment_mode="expand")
    assert "Karen Janes" in {TEXT[c.start:c.end] for c in source_candidates(janes)}


def test_a_model_that_prefers_cuts_shortens_sources_and_contents(parsed):
    cutting = SpanModel({"why=end:punct,": 5.0}, {"why=cut-relcl": 5.0, "why=cut-comma": 5.0}, 0.0, 0.0)
    quotes = extract_quotes(parsed, span_model=cutting)
    trump = _by_lemma(quotes, 0)
    assert trump.speaker.text == "Trump"
    assert trump.text == "the plan would fail"
    janes = _by_lemma(quotes, TEXT.index("Karen"))
    assert janes.speaker.text == "Karen Janes"
    assert janes.text == "she would vote for him"


def test_the_shipped_model_widens_a_partial_quotation_to_its_phrase():
    from storycheck.nlp.pipeline import parse

    # (the rules alone now take "warned of [a "ferocious" battle ahead ...]": a quotation under the cue's
    # preposition is part of its object)
    text = "Kasich admitted \u201cone or two mistakes\u201d where his campaign may have \u201cgone too far.\u201d\n"
    parsed = parse(Article.create(outlet="test", title="t", text=text))
    [rules] = extract_quotes(parsed, span_model=None)
    assert rules.text == "\u201cone or two mistakes\u201d"
    [learned] = extract_quotes(parsed)
    assert learned.text == "\u201cone or two mistakes\u201d where his campaign may have \u201cgone too far.\u201d"
    assert learned.kind == "mixed" and learned.speaker.text == "Kasich"


def test_the_shipped_model_is_json_and_loaded_once():
    data = json.loads(resources.files("storycheck.quotes").joinpath(MODEL_FILE).read_text("utf-8"))
    assert set(data) == {"content", "source", "content_margin", "source_margin"}
    assert all(isinstance(w, float) for w in data["content"].values())
    assert packaged_model() is packaged_model()
