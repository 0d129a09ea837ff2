"""The learned cue gate: it keeps, drops or adds cue verbs in context; the shipped model is plain JSON."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from storycheck.model import Article
from storycheck.quotes import extract_quotes
from storycheck.quotes.cuemodel import MODEL_FILE, CueModel, packaged_model

TEXT = "The mayor said the bridge would open in May.\n\nThe governor wished the road would be ready.\n"


@pytest.fixture(scope="module")
def parsed():
    from storycheck.nlp.pipeline import parse

    return parse(Article.create(outlet="test", title="t", text=TEXT))


def _cues(quotes):
    return sorted(q.cue_lemma for q in quotes)


def test_a_gate_drops_lexicon_cues_and_adds_candidates(parsed):
    rules = _cues(extract_quotes(parsed, cue_model=None))
    assert "say" in rules
    drop_say = CueModel({"lemma=say": -50.0}, 0.0, {}, keep=0.5, add=0.5)
    assert "say" not in _cues(extract_quotes(parsed, cue_model=drop_say))
    add_wish = CueModel({"lemma=wish": 50.0}, 0.0, {"wish": "clause"}, keep=0.0, add=0.5)
    found = extract_quotes(parsed, cue_model=add_wish)
    assert "wish" in _cues(found)
    wished = next(q for q in found if q.cue_lemma == "wish")
    assert wished.text == "the road would be ready" and wished.speaker.text == "The governor"


def test_the_shipped_model_is_json_and_loaded_once():
    data = json.loads(resources.files("storycheck.quotes").joinpath(MODEL_FILE).read_text("utf-8"))
    assert set(data) == {"bias", "keep", "add", "candidates", "weights"}
    assert all(isinstance(w, float) for w in data["weights"].values())
    assert packaged_model() is packaged_model()
