"""Inputs for the cross-check tests built directly: quotes found by their marks, speakers named by the test.

The cross-check consumes the quotes stage's :class:`Quote`s; these tests build them from the quotation
marks so that they test the cross-check alone, whatever the quote extractor does.
"""

from __future__ import annotations

import re
from pathlib import Path

from storycheck.ingest import Failure, read_paths
from storycheck.model import Quote
from storycheck.nlp import parse

SHARED = Path(__file__).parents[1] / ".." / "shared"
EXAMPLES = Path(__file__).parents[1] / "examples" / "corpus"
QUOTED = re.compile(r"“([^”\n]+)")


def read(path: Path):
    return [a for a in read_paths([str(path)]) if not isinstance(a, Failure)]


def quotes_by_marks(parsed, speakers: list[tuple[str, str]]) -> list[Quote]:
    """Every “...” stretch of the article (a paragraph's piece each) as a direct quote.

    The speaker is the one of ``speakers`` (cue substring, full name) whose cue occurs last in the
    text before the quote, within the paragraph or the one before it.
    """
    text = parsed.article.text
    quotes = []
    for m in QUOTED.finditer(text):
        start, end = m.start(1), m.end(1)
        while end > start and text[end - 1] in " .,":
            end -= 1
        window = text[max(0, text.rfind("\n", 0, max(0, text.rfind("\n", 0, start) - 1))):start]
        best, at = None, -1
        for cue, name in speakers:
            pos = window.rfind(cue)
            if pos > at:
                best, at = name, pos
        quotes.append(Quote(id=f"{parsed.article.id}:q{len(quotes)}", article_id=parsed.article.id, kind="direct",
                            start=start, end=end, text=text[start:end], speaker_canonical=best))
    return quotes


def parsed_corpus(path: Path):
    return [parse(a) for a in sorted(read(path), key=lambda a: (a.published is None, a.published or 0, a.id))]
