"""Stories: group a stream of articles into real-world events.

:class:`StoryClusterer` takes articles one at a time (single pass, candidate
stories from an inverted index, time decay); :func:`cluster` re-clusters a
whole corpus deterministically (a single pass, then a pass that splits
stories made of two events, :mod:`storycheck.stories.refine`, and one that
joins stories of one event, :mod:`storycheck.stories.merge`);
:func:`apply_edits` replays the user's merges and splits on top of either;
:func:`current_stories` keeps a store's stories up to date with its articles.
"""

from storycheck.stories.clusterer import Params, StoryClusterer, cluster, story_id
from storycheck.stories.edits import Edit, apply_edits
from storycheck.stories.stored import current_stories

__all__ = ["Params", "StoryClusterer", "cluster", "story_id", "Edit", "apply_edits", "current_stories"]
