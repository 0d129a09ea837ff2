"""Lines that are the website's, not the article's.

Plain-text captures of news pages end with comment forms, share buttons and
newsletter pitches (seed 000 ends with WordPress's "Leave a Reply"). HTML goes
through trafilatura, which knows page structure; for plain text we cut a
trailing block of such lines, and only a trailing one, so that no sentence of
the article itself can be lost.
"""

from __future__ import annotations

import re

TRAILING = re.compile(
    r"^\s*(leave a (reply|comment)|your email address will not be published.*|required fields are marked.*"
    r"|share this( article)?:?|like this:?|related( articles| posts)?:?|subscribe( to our newsletter)?.*"
    r"|sign up for .*newsletter.*|follow us on .*|comments?|post navigation|advertisement"
    r"|click to share on .*|cancel reply|(previous|next) (post|article).*)\s*$",
    re.IGNORECASE,
)


def strip_trailing_boilerplate(text: str) -> tuple[str, list[str]]:
    """``text`` without its trailing boilerplate lines, and the lines removed."""
    lines = text.rstrip().split("\n")
    removed: list[str] = []
    while lines and (not lines[-1].strip() or TRAILING.match(lines[-1])):
        line = lines.pop()
        if line.strip():
            removed.insert(0, line.strip())
    return "\n".join(lines).rstrip(), removed
