"""`storycheck eval quotes` and `storycheck quotes` on a tiny PolNeAR-style folder and a text file."""

from __future__ import annotations

import json

import pytest

from storycheck.cli import main
from storycheck.quotes.polnear import read_split

TEXT = ("\u201cWe will win,\u201d Anna Berg said. \u201cThe others will not.\u201d\n\n"
        "The mayor said the bridge would open in May.\n\n"
        "Nobody else was quoted.\n")


def _ann(text: str) -> str:
    def at(s: str, nth: int = 0) -> tuple[int, int]:
        i = -1
        for _ in range(nth + 1):
            i = text.index(s, i + 1)
        return i, i + len(s)

    q1, q2 = at("\u201cWe will win,\u201d"), at("\u201cThe others will not.\u201d")
    rows = [("Source", [at("Anna Berg")]), ("Cue", [at("said")]), ("Content", [q1, q2]),
            ("Source", [at("The mayor")]), ("Cue", [at("said", 1)]),
            ("Content", [at("the bridge would open in May")])]
    lines = []
    for n, (kind, frags) in enumerate(rows, 1):
        offsets = ";".join(f"{s} {e}" for s, e in frags)
        lines.append(f"T{n}\t{kind} {offsets}\t{' '.join(text[s:e] for s, e in frags)}")
    lines.append("E1\tAttribution:T99 Source:T1 Cue:T2 Content:T3")
    lines.append("E2\tAttribution:T98 Source:T4 Cue:T5 Content:T6")
    return "\n".join(lines) + "\n"


@pytest.fixture
def polnear_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("STORYCHECK_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr("storycheck.quotes.polnear.CACHE", tmp_path / "cache")
    for split in ("dev",):
        (tmp_path / split / "text").mkdir(parents=True)
        (tmp_path / split / "attributions").mkdir(parents=True)
        (tmp_path / split / "text" / "nyt_2016-10-01_x.txt").write_text(TEXT, "utf-8")
        # two annotators: the first by id is scored
        (tmp_path / split / "attributions" / "nyt_2016-10-01_x_aaaa.ann").write_text(_ann(TEXT), "utf-8")
        (tmp_path / split / "attributions" / "nyt_2016-10-01_x_zzzz.ann").write_text("", "utf-8")
    return tmp_path


def test_reader_takes_one_annotation_per_text(polnear_dir):
    [text] = read_split(polnear_dir, "dev")
    assert text.annotator == "aaaa" and len(text.attributions) == 2
    assert len(text.attributions[0].content.fragments) == 2


def test_eval_quotes_json_scores_a_perfect_extraction(polnear_dir, capsys):
    assert main(["eval", "quotes", str(polnear_dir), "--split", "dev", "--format", "json"]) == 0
    result = json.loads(capsys.readouterr().out)
    for role in ("source", "cue", "content", "quoted_content"):
        assert result[role]["exact"] == {"p": 1.0, "r": 1.0, "f1": 1.0}, role
        assert result[role]["overlap"]["f1"] == 1.0
    assert result["link_accuracy"] == 1.0
    # the second run reads the parse cache and gives the same answer
    assert main(["eval", "quotes", str(polnear_dir), "--split", "dev", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == result


def test_agreement_scores_every_other_annotator_against_the_first(polnear_dir, capsys):
    from storycheck.quotes.evaluate import agreement

    [multi] = [t for t in read_split(polnear_dir, "dev") if t.others]
    assert len(multi.attributions) == 2 and multi.others == [[]]  # the second annotator marked nothing
    assert agreement([multi])["content"]["exact"]["r"] == 0.0
    (polnear_dir / "dev" / "attributions" / "nyt_2016-10-01_x_zzzz.ann").write_text(_ann(TEXT), "utf-8")
    same = agreement(read_split(polnear_dir, "dev"))
    assert same["content"]["exact"]["f1"] == 1.0 and same["quoted_content"]["exact"]["f1"] == 1.0
    assert main(["eval", "quotes", str(polnear_dir), "--split", "dev", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["agreement"]["source"]["exact"]["f1"] == 1.0


def test_fragments_with_only_space_between_are_one_span():
    from storycheck.quotes.evaluate import _normalise

    text = "\u201cOne sentence. Another one,\u201d she said."
    end = text.index(" she")
    split = ((0, 14), (15, end))  # PolNeAR stores a content over two sentences as two fragments
    assert _normalise(text, split) == _normalise(text, [(0, end)]) == ((0, end),)
    assert len(_normalise(text, [(0, 13), (end + 1, end + 4)])) == 2  # words between: still two


def test_eval_quotes_table_prints_the_published_anchors(polnear_dir, capsys):
    assert main(["eval", "quotes", str(polnear_dir), "--split", "dev"]) == 0
    out = capsys.readouterr().out
    assert "CofeNet" in out and "72.9" in out and "content" in out


def test_eval_quotes_on_a_folder_without_the_split_is_a_user_error(tmp_path, capsys):
    assert main(["eval", "quotes", str(tmp_path), "--split", "dev"]) == 2
    assert "does not hold" in capsys.readouterr().err


def test_quotes_command_on_a_text_file(tmp_path, capsys):
    path = tmp_path / "story.txt"
    path.write_text("Bridge to open in May\n\n" + TEXT, "utf-8")
    assert main(["quotes", str(path), "--format", "json"]) == 0
    result = json.loads(capsys.readouterr().out)
    speakers = [q["speaker_canonical"] for q in result["quotes"]]
    assert speakers == ["Anna Berg", "mayor"]
    assert main(["quotes", str(path)]) == 0
    assert "Anna Berg" in capsys.readouterr().out


def test_quotes_command_with_an_unknown_id_is_a_user_error(tmp_path, capsys):
    db = str(tmp_path / "s.db")
    assert main(["quotes", "no-such-article", "--db", db]) == 2  # no store there: none is made
    assert "no-such-article is no file, nor can it be looked up: no store at" in capsys.readouterr().err
    (tmp_path / "a.txt").write_text("Bridge to open in May\n\n" + TEXT, "utf-8")
    assert main(["ingest", str(tmp_path / "a.txt"), "--db", db, "-q"]) == 0
    assert main(["quotes", "no-such-article", "--db", db]) == 2
    assert "no article" in capsys.readouterr().err


def test_quotes_command_on_a_stored_article(tmp_path, capsys):
    from storycheck.model import Article
    from storycheck.store import open_store

    article = Article.create(outlet="Daily", title="Bridge", text=TEXT)
    with open_store(tmp_path / "s.db") as store:
        store.add_articles([article])
    assert main(["quotes", article.id[:8], "--db", str(tmp_path / "s.db"), "--format", "json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["article_id"] == article.id
    assert result["quotes"][0]["id"] == f"{article.id}:q1"
    assert result["quotes"][0]["kind"] == "direct"


def test_lexicon_pruning_drops_learned_cues_whose_attributions_miss_gold():
    from storycheck.nlp.pipeline import parse
    from storycheck.quotes.lexicon import prune
    from storycheck.quotes.polnear import GoldAttribution, GoldSpan, GoldText, articles_of

    def span(text: str, words: str) -> GoldSpan:
        i = text.index(words)
        return GoldSpan(((i, i + len(words)),))

    texts = []
    for n in range(8):
        text = f"The minister delivered a speech in town {n}. The mayor announced a new bridge {n}."
        gold = GoldAttribution(span(text, "The mayor"), span(text, "announced"), span(text, f"a new bridge {n}"))
        texts.append(GoldText(f"t{n}", text, "a", [gold]))
    parsed = [parse(a) for a in articles_of(texts)]
    lexicon = {"deliver": "object", "announce": "object", "say": "clause"}
    # "delivered a speech" is no attribution in gold, eight times; "say" is hand-written and kept
    assert prune(lexicon, texts, parsed) == {"announce": "object", "say": "clause"}
