"""``storycheck eval reuse`` on Clough & Stevenson, and the robust reading of its files."""

from __future__ import annotations

import json

from conftest import SHARED, need
from storycheck.reuse.cloughstevenson import decode, load
from storycheck.reuse.model import shipped

CORPUS = SHARED / "data" / "clough-stevenson"


def test_files_in_any_of_the_corpus_encodings_are_read():
    assert decode("it\x92s a \x93test\x94\r\n".encode("latin-1")) == "it’s a “test”\n"
    assert decode("\ufeffcafé".encode("utf-8")) == "café"
    answers, sources = load(need(CORPUS))
    assert len(answers) == 95 and sorted(sources) == list("abcde")
    assert {a.category for a in answers} == {"cut", "light", "heavy", "non"}
    assert all(a.text.strip() and "\ufffd" not in a.text for a in answers)


def test_eval_reports_cross_validated_scores_beside_the_baseline(capsys):
    from storycheck.cli import main

    assert main(["eval", "reuse", str(need(CORPUS)), "--format", "json"]) == 0
    result = json.loads(capsys.readouterr().out)
    for system in (result, result["baseline"]):
        assert set(system["four_class"]) == {"accuracy", "macro_f1"}
        assert 0 <= system["binary"]["accuracy"] <= 1
    assert result["four_class"]["accuracy"] >= 0.80
    assert result["binary"]["accuracy"] >= 0.95
    assert result["four_class"]["macro_f1"] > result["baseline"]["four_class"]["macro_f1"]


def test_the_shipped_classifier_matches_the_measures_it_is_given():
    from storycheck.reuse.align import FEATURE_NAMES

    assert shipped().features == FEATURE_NAMES
    assert shipped().categories == ["cut", "light", "heavy", "non"]
