"""The user's corrections to a clustering, replayed after every run.

A user who knows better merges two stories or splits an article out of one.
The corrections are kept as an ordered list of edits (in the store) and
applied on top of whatever the clusterer produced, so they survive
re-clustering. They name stories by id, and a story id names the article that
opened it (``s`` + article id, see :func:`storycheck.stories.story_id`); an
edit therefore finds "its" story again after re-clustering as the story that
now holds that article.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Mapping

from storycheck.errors import UserError
from storycheck.model import Article, Story
from storycheck.stories.clusterer import story_id

MERGE = "merge"
SPLIT = "split"


@dataclass(frozen=True)
class Edit:
    """``merge A B``: B's articles join A. ``split S ARTICLE``: the article leaves S for a story of its own."""

    op: str
    a: str
    b: str


def _find(stories: dict[str, Story], home: dict[str, str], sid: str) -> str | None:
    """The current id of the story the user called ``sid``."""
    if sid in stories:
        return sid
    return home.get(sid[1:]) if sid.startswith("s") else None


def _refresh(story: Story, articles: Mapping[str, Article]) -> None:
    dates = [articles[i].published for i in story.article_ids if i in articles and articles[i].published]
    story.first_published = min(dates, default=None)
    story.last_published = max(dates, default=None)
    story.outlets = list(dict.fromkeys(articles[i].outlet for i in story.article_ids if i in articles))


def _title(article_id: str, articles: Mapping[str, Article]) -> str:
    """What a story of its own, or one it now heads, is labelled by: its title (its id if it is gone)."""
    return articles[article_id].title if article_id in articles else article_id


def apply_edits(stories: Iterable[Story], edits: Iterable[Edit], articles: Mapping[str, Article]) -> list[Story]:
    """The stories after the edits, in order; edits whose stories or articles are gone are skipped."""
    by_id = {s.id: Story(s.id, s.label, list(s.article_ids), s.first_published, s.last_published,
                         list(s.outlets)) for s in stories}
    home = {a: s.id for s in by_id.values() for a in s.article_ids}
    for edit in edits:
        if edit.op == MERGE:
            keep, gone = _find(by_id, home, edit.a), _find(by_id, home, edit.b)
            if keep is None or gone is None or keep == gone:
                continue
            merged = by_id.pop(gone)
            by_id[keep].article_ids.extend(merged.article_ids)
            home.update({a: keep for a in merged.article_ids})
            _refresh(by_id[keep], articles)
        elif edit.op == SPLIT:
            article = edit.b
            source = home.get(article)
            if source is None or len(by_id[source].article_ids) < 2:
                continue
            by_id[source].article_ids.remove(article)
            _refresh(by_id[source], articles)
            if article in articles and by_id[source].label == articles[article].title:
                by_id[source].label = _title(by_id[source].article_ids[0], articles)  # it was the leaver's
            if source == story_id(article):  # the story was named after the article that leaves it
                rest = by_id.pop(source)
                rest.id = story_id(rest.article_ids[0])
                by_id[rest.id] = rest
                home.update({a: rest.id for a in rest.article_ids})
            alone = Story(story_id(article), _title(article, articles), [article])
            _refresh(alone, articles)
            by_id[alone.id] = alone
            home[article] = alone.id
        else:
            raise UserError(f"unknown story edit {edit.op!r} (expected merge or split)")
    return list(by_id.values())
