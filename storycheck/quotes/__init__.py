"""Quotes: who said what, with which cue, resolved to one canonical speaker.

``extract_quotes(parsed)`` is a pure function of an article's parse; see
:mod:`storycheck.quotes.extract` for the rules, :mod:`storycheck.quotes.speakers`
for speaker resolution and :mod:`storycheck.quotes.evaluate` for the PolNeAR score.
"""

from storycheck.quotes.extract import extract_quotes
from storycheck.quotes.speakers import SpeakerResolver

__all__ = ["extract_quotes", "SpeakerResolver"]
