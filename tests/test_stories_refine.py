"""Batch mode's split pass: two twin events glued into one story come apart; one event stays whole."""

from __future__ import annotations

from dataclasses import replace

from storycheck.model import Article
from storycheck.stories import Params, StoryClusterer
from storycheck.stories.clusterer import cluster_in_order
from storycheck.stories.features import extract
from storycheck.stories.refine import batch_matrix, split


def _article(outlet: str, title: str, text: str) -> Article:
    return Article.create(outlet=outlet, title=title, text=text)


WILLIAMS = [  # 2008: one player's DUI arrest
    _article("Union-Tribune", "Chargers' Jamal Williams arrested on suspicion of DUI",
             "San Diego Chargers nose tackle Jamal Williams was arrested on suspicion of drunken driving early "
             "Sunday in Pacific Beach, police said. Williams, 31, was booked into county jail and released."),
    _article("ESPN", "Jamal Williams held on DUI suspicion",
             "Jamal Williams, the Chargers' Pro Bowl nose tackle, was stopped by police in Pacific Beach and "
             "arrested on suspicion of driving under the influence. Williams posted bail on Sunday morning."),
    _article("AP", "Chargers nose tackle Williams arrested",
             "Police in San Diego arrested Chargers nose tackle Jamal Williams on suspicion of drunken driving. "
             "The 31-year-old Williams was released after posting bail, a sheriff's spokesman said."),
]
JACKSON = [  # 2010: another player of the same team, another DUI arrest
    _article("Union-Tribune", "Chargers' Vincent Jackson arrested on suspicion of DUI",
             "San Diego Chargers wide receiver Vincent Jackson was arrested on suspicion of drunken driving "
             "early Tuesday in Mission Valley, the California Highway Patrol said. Jackson was booked and released."),
    _article("ESPN", "Vincent Jackson held on DUI suspicion",
             "Vincent Jackson, the Chargers' leading receiver, was pulled over by the Highway Patrol in Mission "
             "Valley and arrested on suspicion of driving under the influence. Jackson posted bail on Tuesday."),
    _article("AP", "Chargers receiver Jackson arrested",
             "The California Highway Patrol arrested Chargers receiver Vincent Jackson on suspicion of drunken "
             "driving in Mission Valley. Jackson, 27, was released after posting bail, a patrol officer said."),
]


def _vectors(articles: list[Article], params: Params):
    return batch_matrix([extract(a, None, params.weights) for a in articles], params.keys_per_channel,
                        params.channel_weights)


def test_twin_events_in_one_story_are_split():
    params = Params()
    articles = [*WILLIAMS, *JACKSON]
    parts = split(list(range(6)), _vectors(articles, params), params.split_ratio, 3, 100)
    assert parts == [[0, 1, 2], [3, 4, 5]]


WILLIAMS_LATER = [  # the same arrest, told later and from other angles
    _article("Chargers.com", "Team statement on Jamal Williams",
             "The Chargers said they were aware of the arrest of Jamal Williams in Pacific Beach and would "
             "gather all the facts before commenting further on their nose tackle."),
    _article("Times", "Williams to face misdemeanor DUI charge",
             "Prosecutors said Jamal Williams, arrested in Pacific Beach on suspicion of drunken driving, "
             "would face a misdemeanor charge. The Chargers nose tackle's blood alcohol level was not released."),
    _article("NBC San Diego", "Jamal Williams apologises after DUI arrest",
             "Chargers nose tackle Jamal Williams apologised to fans and teammates on Monday, a day after his "
             "arrest in Pacific Beach on suspicion of driving under the influence."),
]


def test_one_event_is_not_split():
    params = Params()
    articles = [*WILLIAMS, *WILLIAMS_LATER]
    parts = split(list(range(6)), _vectors(articles, params), params.split_ratio, 3, 100)
    assert parts == [[0, 1, 2, 3, 4, 5]]


def test_batch_mode_undoes_a_twin_merge_of_the_single_pass():
    # a join threshold low enough that the single pass glues the twins together
    params = replace(Params(), threshold=0.05, split_min=3)
    articles = [*WILLIAMS, *JACKSON]
    streamed = StoryClusterer(params)
    assert len({streamed.add(a) for a in articles}) == 1
    stories = cluster_in_order(articles, None, params)
    assert [s.article_ids for s in stories] == [[a.id for a in WILLIAMS], [a.id for a in JACKSON]]
    assert [s.id for s in stories] == [f"s{WILLIAMS[0].id}", f"s{JACKSON[0].id}"]


def test_key_table_matrix_is_the_weighed_vectors():
    """The compact table gives each article the keys and weights weigh() gives it, scaled per channel."""
    import math
    from collections import Counter

    from storycheck.stories.clusterer import weigh
    from storycheck.stories.features import CHANNELS
    from storycheck.stories.refine import KeyTable

    params = replace(Params(), keys_per_channel=(6, 3, 2))  # small caps, so that ties at the cap matter
    keys = [extract(a, None, params.weights) for a in [*WILLIAMS, *JACKSON, *WILLIAMS_LATER]]
    table = KeyTable()
    for k in keys:
        table.add(k)
    matrix = table.matrix(params.keys_per_channel, params.channel_weights)
    df = [Counter() for _ in CHANNELS]
    for k in keys:
        for c, channel in enumerate(CHANNELS):
            df[c].update(k.counts[channel].keys())
    scale = [math.sqrt(w / sum(params.channel_weights)) for w in params.channel_weights]
    for i, k in enumerate(keys):
        row = matrix[i]
        got = {table.keys[j]: float(w) for j, w in zip(row.indices, row.data)}
        want = {(c, key): w * scale[c] for c, channel in enumerate(CHANNELS)
                for key, w in weigh(k.counts[channel], df[c], len(keys), params.keys_per_channel[c]).items()}
        assert got.keys() == want.keys()
        assert all(abs(got[x] - want[x]) < 1e-6 for x in want)
