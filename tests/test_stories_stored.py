"""The store's stories kept current: batch mode the first time, then new articles join the kept stream."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace

import pytest
from conftest import EXAMPLES, SHARED

from storycheck.ingest import Failure, read_paths
from storycheck.stories import cluster, current_stories
from storycheck.stories import stored
from storycheck.stories.clusterer import Params, StoryClusterer, _stream_order, cluster_resumable

GIVEME = SHARED / "data" / "giveme5w1h" / "docs.jsonl"


def _giveme(n: int):
    if not GIVEME.exists():
        pytest.skip("../shared/data/giveme5w1h is not there")
    articles = [a for a in read_paths([str(GIVEME)]) if not isinstance(a, Failure)]
    return sorted(articles, key=_stream_order)[:n]


def test_a_stream_kept_as_json_goes_on_as_if_never_stopped():
    articles = _giveme(120)
    whole = StoryClusterer()
    for a in articles:
        whole.add(a)
    first = StoryClusterer()
    for a in articles[:60]:
        first.add(a)
    again = StoryClusterer.from_state(json.loads(json.dumps(first.state())))
    for a in articles[60:]:
        again.add(a)
    assert again.stories() == whole.stories() and len(whole.stories()) > 10


def test_a_stream_kept_by_other_parameters_is_not_taken_up():
    state = StoryClusterer().state()
    assert StoryClusterer.from_state(state) is not None
    assert StoryClusterer.from_state(state, replace(Params(), threshold=0.3)) is None
    assert StoryClusterer.from_state(state | {"version": -1}) is None


def test_the_resumable_batch_gives_the_batch_stories():
    articles = _giveme(150)
    assert cluster_resumable(articles).stories() == cluster(articles)


def test_new_articles_join_the_stored_stories_without_a_re_clustering(store, tmp_path, monkeypatch):
    """Both backends: a copy ingested later joins the story of its source, an unrelated report opens a story of
    its own, the user's edits still hold, and nothing is clustered afresh."""
    stored_dir, later_dir = tmp_path / "stored", tmp_path / "later"
    stored_dir.mkdir(), later_dir.mkdir()
    for path in EXAMPLES.iterdir():
        shutil.copy(path, (later_dir if path.stem == "metro-bulletin" else stored_dir) / path.name)
    store.add_articles(read_paths([str(stored_dir)]))
    before = current_stories(store)  # batch mode, its stream kept
    fire = next(s for s in before if len(s.article_ids) == 4)
    marathon = next(s for s in before if len(s.article_ids) == 1)
    store.add_story_edit("split", fire.id, fire.article_ids[-1])  # the user takes one report out
    assert store.get_state(stored.STATE) is not None

    def no_batch(*args, **kwargs):
        raise AssertionError("clustered afresh")

    monkeypatch.setattr(stored, "cluster_resumable", no_batch)
    store.add_articles(read_paths([str(later_dir)]))
    store.add_articles(a for a in _giveme(1))
    after = current_stories(store)
    metro = next(a.id for a in store.articles() if a.outlet == "Metro Bulletin")
    giveme = _giveme(1)[0].id
    by_article = {a: s for s in after for a in s.article_ids}
    assert by_article[metro].id == fire.id and fire.article_ids[-1] not in by_article[metro].article_ids
    assert by_article[giveme].article_ids == [giveme]
    assert by_article[marathon.article_ids[0]].article_ids == marathon.article_ids
    assert store.count_unplaced() == 0  # nothing new: the stories are read as stored
    assert current_stories(store) == sorted(after, key=lambda s: s.id)
