"""Batch mode's merge pass: one event told apart joins up; twins, other years and user splits stay apart."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from storycheck.stories import Edit, Params, apply_edits
from storycheck.stories.clusterer import cluster_in_order, decay
from storycheck.stories.features import extract
from storycheck.stories.merge import merge
from storycheck.stories.refine import batch_matrix
from test_stories_refine import JACKSON, WILLIAMS, WILLIAMS_LATER

PARAMS = Params()


def _merge(articles, groups, dates=None):
    keys = [extract(a, None, PARAMS.weights) for a in articles]
    matrix = batch_matrix(keys, PARAMS.keys_per_channel, PARAMS.channel_weights)

    def factor(gap: float) -> float:
        return 0.0 if gap > PARAMS.close_days else decay(gap, PARAMS)

    return merge(groups, matrix, PARAMS.merge_ratio, dates or [None] * len(articles), factor)


def test_one_event_told_apart_is_joined():
    assert _merge([*WILLIAMS, *WILLIAMS_LATER], [[0, 1, 2], [3, 4, 5]]) == [[0, 1, 2, 3, 4, 5]]
    assert _merge([*WILLIAMS, *WILLIAMS_LATER], [[0, 1, 2], [3], [4], [5]]) == [[0, 1, 2, 3, 4, 5]]


def test_twin_events_are_not_joined():
    assert _merge([*WILLIAMS, *JACKSON], [[0, 1, 2], [3, 4, 5]]) == [[0, 1, 2], [3, 4, 5]]
    # lone reports of the second twin join each other, not the first twin
    assert _merge([*WILLIAMS, *JACKSON], [[0, 1, 2], [3], [4], [5]]) == [[0, 1, 2], [3, 4, 5]]


def test_time_vetoes_a_join():
    """The same event's words a week apart are one story; a season apart, two."""
    start = datetime(2008, 10, 1, tzinfo=timezone.utc)
    for days, expected in ((7, [[0, 1, 2, 3, 4, 5]]), (150, [[0, 1, 2], [3, 4, 5]])):
        dates = [start + timedelta(hours=i) for i in range(3)] + [start + timedelta(days=days, hours=i)
                                                                 for i in range(3)]
        assert _merge([*WILLIAMS, *WILLIAMS_LATER], [[0, 1, 2], [3, 4, 5]], dates) == expected


def test_a_user_split_survives_the_merge_pass():
    articles = [*WILLIAMS, *WILLIAMS_LATER]
    stories = cluster_in_order(articles, None, PARAMS)
    assert len(stories) == 1
    leaving = WILLIAMS_LATER[0].id
    edits = [Edit("split", stories[0].id, leaving)]
    edited = apply_edits(stories, edits, {a.id: a for a in articles})
    assert sorted(len(s.article_ids) for s in edited) == [1, 5]
    # the next run re-clusters the batch (the merge pass would join them again) and replays the edit
    again = apply_edits(cluster_in_order(articles, None, PARAMS), edits, {a.id: a for a in articles})
    assert sorted(len(s.article_ids) for s in again) == [1, 5]


def test_a_channel_weighted_zero_is_switched_off_in_batch_mode():
    from dataclasses import replace

    stories = cluster_in_order([*WILLIAMS, *WILLIAMS_LATER], None, replace(PARAMS, channel_weights=(1.0, 0.0, 0.5)))
    assert sum(len(s.article_ids) for s in stories) == len(WILLIAMS) + len(WILLIAMS_LATER)
