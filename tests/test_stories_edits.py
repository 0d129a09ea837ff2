"""Scores, the user's merges and splits (remembered in the store), and the stories commands."""

from __future__ import annotations

import json
from datetime import datetime, timezone

from storycheck.cli import main
from storycheck.model import Article, Story
from storycheck.stories import cluster, story_id
from storycheck.stories.edits import Edit, apply_edits
from storycheck.stories.metrics import bcubed, pairwise
from storycheck.store import open_store


def test_bcubed_and_pairwise_by_hand():
    gold = {"a": 1, "b": 1, "c": 1, "d": 2}
    predicted = {"a": "x", "b": "x", "c": "y", "d": "y"}
    b = bcubed(predicted, gold)
    # precision: a,b 1 each; c,d 1/2 each -> 3/4; recall: a,b 2/3, c 1/3, d 1 -> 2/3
    assert abs(b["p"] - 0.75) < 1e-9 and abs(b["r"] - 2 / 3) < 1e-9
    p = pairwise(predicted, gold)
    assert (p["p"], p["r"]) == (0.5, 1 / 3)
    assert bcubed(gold, gold)["f1"] == pairwise(gold, gold)["f1"] == 1.0


def _articles() -> list[Article]:
    when = datetime(2024, 5, 1, 8, tzinfo=timezone.utc)
    fire = "A fire destroyed the Harbour Street warehouse in Portmere on Tuesday; 40 firefighters fought the blaze."
    vote = "The Portmere council voted 7 to 2 on Thursday to approve the new tram line through the old town."
    return [
        Article.create(outlet="Herald", title="Warehouse fire in Portmere", text=fire, published=when),
        Article.create(outlet="Wire", title="Portmere warehouse destroyed by fire", text=fire + " No one was hurt.",
                       published=when),
        Article.create(outlet="Herald", title="Council approves tram line", text=vote, published=when),
    ]


def test_merge_then_split_and_ids_that_survive_reclustering():
    articles = _articles()
    by_id = {a.id: a for a in articles}
    stories = cluster(articles)
    assert sorted(len(s.article_ids) for s in stories) == [1, 2]
    fire = next(s for s in stories if len(s.article_ids) == 2)
    vote = next(s for s in stories if len(s.article_ids) == 1)
    edits = [Edit("merge", fire.id, vote.id)]
    merged = apply_edits(stories, edits, by_id)
    assert len(merged) == 1 and merged[0].id == fire.id and merged[0].outlets == ["Herald", "Wire"]
    edits.append(Edit("split", fire.id, articles[1].id))
    split = apply_edits(cluster(list(reversed(articles))), edits, by_id)  # re-clustered, same edits
    assert sorted(s.id for s in split) == sorted([fire.id, story_id(articles[1].id)])
    assert next(s for s in split if s.id == fire.id).article_ids == [articles[0].id, articles[2].id]


def test_a_story_whose_label_was_split_out_takes_a_title_of_its_own():
    articles = _articles()[:2]  # the fire, reported twice
    by_id = {a.id: a for a in articles}
    [fire] = cluster(articles)
    leaving = next(a for a in articles if a.title == fire.label)
    after = apply_edits([fire], [Edit("split", fire.id, leaving.id)], by_id)
    rest = next(s for s in after if leaving.id not in s.article_ids)
    alone = next(s for s in after if leaving.id in s.article_ids)
    assert alone.label == leaving.title and rest.label == by_id[rest.article_ids[0]].title != leaving.title


def test_edits_on_stories_that_are_gone_are_skipped():
    stories = [Story("s1", "one", ["1"])]
    assert apply_edits(stories, [Edit("merge", "s1", "snothere"), Edit("split", "s1", "1")], {}) == stories


def test_cli_lists_shows_merges_and_remembers(tmp_path, capsys):
    db = tmp_path / "s.db"
    with open_store(db) as store:
        store.add_articles(_articles())
    assert main(["stories", "--db", str(db), "--format", "json"]) == 0
    listed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(listed) == 2
    big, small = sorted(listed, key=lambda s: -len(s["article_ids"]))
    assert main(["story", big["id"][:8], "--db", str(db)]) == 0
    shown = capsys.readouterr().out
    assert big["label"] in shown and "Herald" in shown and "Wire" in shown
    assert main(["story", "merge", big["id"], small["id"], "--db", str(db)]) == 0
    assert "remembered" in capsys.readouterr().out
    with open_store(db) as store:
        assert len(store.stories()) == 1
        store.add_articles([Article.create(outlet="Post", title="Marathon record falls",
                                           text="A Kenyan runner set a course record at the spring marathon.")])
    # a new article triggers re-clustering; the merge is replayed
    assert main(["stories", "--db", str(db), "--format", "json"]) == 0
    listed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(listed[0]["article_ids"]) == 3 and listed[0]["id"] == big["id"]
    assert main(["story", "split", big["id"], small["article_ids"][0], "--db", str(db)]) == 0
    with open_store(db) as store:
        assert sorted(len(s.article_ids) for s in store.stories()) == [1, 1, 2]
        assert [op for op, _, _ in store.story_edits()] == ["merge", "split"]


def test_eval_stories_prints_scores_and_baseline(tmp_path, capsys):
    path = tmp_path / "gold.jsonl"
    rows = [{"title": a.title, "text": a.text, "outlet": a.outlet, "published": a.published.isoformat(),
             "event": "fire" if "fire" in a.text else "vote", "part": "test"} for a in _articles()]
    rows += [{**rows[0], "part": "dev"}, {**rows[2], "part": "dev"}]
    path.write_text("\n".join(json.dumps(r) for r in rows))
    assert main(["eval", "stories", str(path), "--gold", "event", "--split-field", "part", "--test-values", "test",
                 "--dev-values", "dev", "--format", "json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["bcubed"] == {"p": 1.0, "r": 1.0, "f1": 1.0}
    assert result["stories"] == {"predicted": 2, "gold": 2}
    assert result["baseline"]["distance_chosen_on"] == "dev"
    assert set(result["pairwise"]) == {"p", "r", "f1"}


def test_edits_are_listed_and_undone_and_a_gone_story_says_where_its_article_went(tmp_path, capsys):
    """A user's review: edits could not be listed or undone, and a merged story's id said only "no story"."""
    db = str(tmp_path / "s.db")
    with open_store(db) as store:
        store.add_articles(_articles())
    assert main(["stories", "--db", db, "--format", "json"]) == 0
    big, small = sorted((json.loads(line) for line in capsys.readouterr().out.splitlines()),
                        key=lambda s: -len(s["article_ids"]))
    assert main(["story", "edits", "--db", db]) == 0 and "no hand edits" in capsys.readouterr().out
    assert main(["story", "merge", big["id"], small["id"], "--db", db]) == 0
    capsys.readouterr()
    assert main(["story", small["id"], "--db", db]) == 2
    assert f"is in story {big['id']}" in capsys.readouterr().err
    assert main(["story", "edits", "--db", db]) == 0
    assert capsys.readouterr().out == f"1. merge {big['id']} {small['id']}\n"
    assert main(["story", "undo", "--db", db]) == 0 and "undone: merge" in capsys.readouterr().out
    with open_store(db, create=False) as store:
        assert sorted(len(s.article_ids) for s in store.stories()) == [1, 2] and store.story_edits() == []
    assert main(["story", "undo", "--db", db]) == 2 and "no hand edit to undo" in capsys.readouterr().err
