"""The stored stories, kept current: what the CLI and the web UI show."""

from __future__ import annotations

from storycheck.model import Story
from storycheck.stories.clusterer import cluster
from storycheck.stories.edits import Edit, apply_edits


def current_stories(store, *, recluster: bool = False) -> list[Story]:
    """The stored stories, clustered afresh (with the user's edits) if articles were added since."""
    stories = store.stories()
    if recluster or store.count_unplaced():  # the articles' texts are read only to group them again
        articles = store.articles()
        edits = [Edit(*row) for row in store.story_edits()]
        stories = apply_edits(cluster(articles), edits, {a.id: a for a in articles})
        store.save_stories(stories)
    return stories


def date_span(story: Story) -> str:
    """The days a story's articles were published over ("2025-10-12 – 2025-10-14"), "" when undated."""
    if story.first_published is None:
        return ""
    first, last = story.first_published.strftime("%Y-%m-%d"), story.last_published.strftime("%Y-%m-%d")
    return first if first == last else f"{first} – {last}"
