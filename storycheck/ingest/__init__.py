"""Ingest: turn text, HTML, RSS/Atom, JSON Lines and WARC inputs into :class:`~storycheck.model.Article` s.

Readers never raise on bad input; they yield :class:`Failure` records with a
one-line reason, so a batch always completes and reports what it could not read.
"""

from storycheck.ingest.readers import Failure, Options
from storycheck.ingest.sources import count_inputs, read_bytes, read_paths, sniff_format

__all__ = ["Failure", "Options", "read_paths", "read_bytes", "sniff_format", "count_inputs"]
