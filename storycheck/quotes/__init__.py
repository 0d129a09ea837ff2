"""Quotes: who said what, with which cue, resolved to one canonical speaker.

``extract_quotes(parsed)`` is a pure function of an article's parse. Where things are:

* the passes: :mod:`~storycheck.quotes.extract` (start here: its docstring lists them), over
  :mod:`~storycheck.quotes.marks` (quotation marks) and :mod:`~storycheck.quotes.posts` (embedded posts);
* what the passes read off the parse (each of these importing only those before it here, and the speaker
  modules named next):
  :mod:`~storycheck.quotes.syntax`, :mod:`~storycheck.quotes.titles`, :mod:`~storycheck.quotes.cuespans`,
  :mod:`~storycheck.quotes.sources`, :mod:`~storycheck.quotes.notcues`, :mod:`~storycheck.quotes.objects`,
  :mod:`~storycheck.quotes.contents`;
* who a speaker is: :mod:`~storycheck.quotes.speakers` (the resolver) over
  :mod:`~storycheck.quotes.mentions`, :mod:`~storycheck.quotes.person_names`,
  :mod:`~storycheck.quotes.sexes`, :mod:`~storycheck.quotes.first_names`,
  :mod:`~storycheck.quotes.epithets` and :mod:`~storycheck.quotes.bodies`;
* what was learned from PolNeAR train and ships as data: the cue lexicon (``cues.txt``,
  :mod:`~storycheck.quotes.lexicon`), the cue gate (:mod:`~storycheck.quotes.cuemodel`, trained by
  :mod:`~storycheck.quotes.train_cues`) and the span model (:mod:`~storycheck.quotes.spanmodel`, trained by
  :mod:`~storycheck.quotes.train_spans`), read and written by :mod:`~storycheck.quotes.packaged`;
* the score: :mod:`~storycheck.quotes.evaluate` over :mod:`~storycheck.quotes.polnear`; the command:
  :mod:`~storycheck.quotes.cli`.
"""

from storycheck.quotes.extract import extract_quotes
from storycheck.quotes.speakers import SpeakerResolver

__all__ = ["extract_quotes", "SpeakerResolver"]
