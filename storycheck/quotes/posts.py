"""Social-media posts embedded in a page: their author's words, quoted whole.

A page that embeds a tweet or an Instagram post keeps, in its extracted text,
the post's words followed by a signature: "— Elon Musk (@elonmusk) February 6,
2018" or "A post shared by Name (@handle) on ...". The post is a direct
quotation of its author as surely as words in quotation marks are, though no
mark or cue verb says so: the quotes stage reports it as one (cue lemma
"post"), and reuse detection counts it, like any quotation, as no evidence of
copying between two outlets that embed it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SIGNATURE = re.compile(
    r"(?<![\w-])[—–-]{1,2}\s*(?P<name>[^\n()]{1,80}?)\s*\(@\w{1,15}\)\s*"
    r"(?:[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]{2,8}\.? \d{4})"
    r"|A post shared by (?P<iname>[^\n()]{1,80}?)\s*\(@[\w.]{1,30}\)[^\n]{0,60}")
POST_CHARS = 400  # characters a post may run to before its signature (a tweet is 280)


@dataclass(frozen=True)
class Post:
    """One embedded post: its words, its author's name, and the whole stretch with the signature."""

    start: int  # the post's words, characters
    end: int
    author_start: int  # the author's name in the signature
    author_end: int
    signature_end: int  # the end of the signature


def embedded_posts(text: str) -> list[Post]:
    """The posts embedded in ``text``: what stands before a signature in its paragraph, or the paragraph
    before when the signature stands alone, at most a post's length."""
    posts = []
    for m in _SIGNATURE.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        if not text[start:m.start()].strip():  # the signature alone: the post is the paragraph before
            before = text[:start].rstrip()
            start = before.rfind("\n") + 1
        start = max(start, m.start() - POST_CHARS)
        end = m.start()
        while start < end and text[start].isspace():
            start += 1
        if text.startswith("<", start) and 0 <= text.find(">", start, end):
            start = text.find(">", start, end) + 1  # the markup a crawl kept (<tweet id="..." author="...">)
            while start < end and text[start].isspace():
                start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        group = "name" if m.group("name") is not None else "iname"
        posts.append(Post(start, end, m.start(group), m.end(group), m.end()))
    return posts
