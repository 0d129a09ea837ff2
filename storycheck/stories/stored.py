"""The stored stories, kept current: what the CLI and the web UI show."""

from __future__ import annotations

from storycheck.model import Article, Story
from storycheck.stories.clusterer import Params, StoryClusterer, _stream_order, cluster_resumable
from storycheck.stories.edits import Edit, apply_edits

STATE = "stories"  # the name the clustering's stream is kept under in the store


def current_stories(store, *, recluster: bool = False) -> list[Story]:
    """The stored stories, with the articles added since joined to them, and the user's edits applied.

    The first time (or with ``recluster``, or when the clustering's parameters or code changed) every stored
    article is clustered in batch mode, whose stories the same articles always give. The stream that batch
    mode ends in is kept in the store; articles ingested later join it one by one, each the story it is most
    like or a new one, as a stream would place them, so an update costs what the new articles cost, not what
    the store holds. ``storycheck stories --recluster`` groups everything afresh."""
    stories = store.stories()
    if not recluster and not store.count_unplaced():
        return stories
    params = Params()
    state = None if recluster else store.get_state(STATE)
    clusterer = StoryClusterer.from_state(state, params) if state is not None else None
    if clusterer is None:
        articles = store.articles()
        clusterer = cluster_resumable(articles, params)
        known: dict[str, Article] = {a.id: a for a in articles}
    else:
        placed = set(clusterer.article_ids())
        for article in sorted(store.unplaced_articles(), key=_stream_order):
            if article.id not in placed:
                clusterer.add(article)
        known = _StoredArticles(store)
    stories = apply_edits(clusterer.stories(), [Edit(*row) for row in store.story_edits()], known)
    with store.transaction():
        store.save_stories(stories)
        store.put_state(STATE, clusterer.state())
    return stories


class _StoredArticles(dict):
    """The store's articles, each read when an edit first asks for it (edits touch a few stories only)."""

    def __init__(self, store):
        super().__init__()
        self.store = store

    def __contains__(self, article_id) -> bool:
        if not dict.__contains__(self, article_id):
            found = self.store.articles(ids=[article_id])
            if not found:
                return False
            self[article_id] = found[0]
        return True

    def __getitem__(self, article_id) -> Article:
        if article_id not in self:
            raise KeyError(article_id)
        return dict.__getitem__(self, article_id)


def date_span(story: Story) -> str:
    """The days a story's articles were published over ("2025-10-12 – 2025-10-14"), "" when undated."""
    if story.first_published is None:
        return ""
    first, last = story.first_published.strftime("%Y-%m-%d"), story.last_published.strftime("%Y-%m-%d")
    return first if first == last else f"{first} – {last}"
