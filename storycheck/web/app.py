"""The web UI as a WSGI application over a store: read-only pages, no scripts, no new dependency.

Routes::

    /                     the stories (``?q=`` filters by label or outlet)
    /story/ID             a story's brief, each citation a link to what it cites
    /articles             the stored articles (``?outlet=``)
    /article/ID?hl=S-E    an article, characters S..E marked (the offsets every citation gives)

Each request opens the store afresh (SQLite connections stay in their thread,
and a page always shows what the store holds now); briefs are computed once per
story and its set of articles and then kept, since computing one parses the
story's articles.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from typing import Callable, Iterable
from urllib.parse import parse_qs, unquote

from storycheck.errors import UserError
from storycheck.web import pages

_HEADERS = [("Content-Type", "text/html; charset=utf-8"),
            # article text is escaped; the policy is a second wall should anything slip through
            ("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'"),
            ("X-Content-Type-Options", "nosniff"), ("Referrer-Policy", "no-referrer")]
_RANGE = re.compile(r"(\d{1,9})-(\d{1,9})")


class HTTPError(Exception):
    def __init__(self, status: str, message: str):
        super().__init__(message)
        self.status = status


class WebApp:
    """``WebApp(db)`` is a WSGI callable serving the store at ``db``."""

    def __init__(self, db: str | None = None, *, briefs_kept: int = 32):
        self.db = db
        self._briefs: OrderedDict[tuple, str] = OrderedDict()
        self._briefs_kept = briefs_kept
        self._lock = threading.Lock()

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        if environ.get("REQUEST_METHOD", "GET") not in ("GET", "HEAD"):
            status, body = "405 Method Not Allowed", pages.error_page("405 Method Not Allowed", "This UI only reads.")
        else:
            try:
                status, body = "200 OK", self.route(environ.get("PATH_INFO") or "/",
                                                    parse_qs(environ.get("QUERY_STRING", "")))
            except HTTPError as err:
                status, body = err.status, pages.error_page(err.status, str(err))
        data = body.encode("utf-8")
        start_response(status, _HEADERS + [("Content-Length", str(len(data)))])
        return [b""] if environ.get("REQUEST_METHOD") == "HEAD" else [data]

    def route(self, path: str, query: dict[str, list[str]]) -> str:
        from storycheck.store import open_store

        first = lambda name: query.get(name, [""])[0].strip()  # noqa: E731
        parts = [unquote(p) for p in path.strip("/").split("/")] if path.strip("/") else []
        with open_store(self.db) as store:
            if not parts:
                from storycheck.stories import current_stories

                return pages.stories_page(current_stories(store), first("q"))
            if parts == ["articles"]:
                return pages.articles_page(store.articles(outlet=first("outlet") or None), first("outlet"))
            if len(parts) == 2 and parts[0] == "story":
                return self._story(store, parts[1])
            if len(parts) == 2 and parts[0] == "article":
                return self._article(store, parts[1], first("hl"))
        raise HTTPError("404 Not Found", f"No page at {path}.")

    def _story(self, store, story_id: str) -> str:
        from storycheck import pipeline
        from storycheck.stories import current_stories

        current_stories(store)
        try:
            story = store.get_story(story_id)
        except UserError as err:  # its message names the store's file: not for the browser
            raise HTTPError("404 Not Found", f"No story {story_id!r} (or the prefix is ambiguous).") from err
        key = (story.id, tuple(sorted(story.article_ids)))
        with self._lock:
            if key in self._briefs:
                self._briefs.move_to_end(key)
                return self._briefs[key]
        html = pages.story_page(pipeline.brief(story.id, store))
        with self._lock:
            self._briefs[key] = html
            while len(self._briefs) > self._briefs_kept:
                self._briefs.popitem(last=False)
        return html

    def _article(self, store, article_id: str, hl: str) -> str:
        try:
            article = store.get_article(article_id)
        except UserError as err:
            raise HTTPError("404 Not Found", f"No article {article_id!r} (or the prefix is ambiguous).") from err
        cited = None
        if hl:
            m = _RANGE.fullmatch(hl)
            if not m or not int(m[1]) < int(m[2]) <= len(article.text):
                raise HTTPError("400 Bad Request", f"hl={hl!r} is not a stretch S-E of this article's "
                                                   f"{len(article.text)} characters.")
            cited = (int(m[1]), int(m[2]))
        return pages.article_page(article, store.stories_of(article.id), cited)
