"""The web UI as a WSGI application over a store: read-only pages, no scripts, no new dependency.

Routes::

    /                     the stories (``?q=`` filters by label, article title or outlet)
    /story/ID             a story's brief, each citation a link to what it cites
    /articles             the stored articles (``?outlet=``, ``?page=``)
    /article/ID?hl=S-E    an article, characters S..E marked (the offsets every citation gives)

It only reads: pages show the stories as stored (``storycheck check`` or
``storycheck stories`` make them), and opening a current store takes no write
lock. Each request opens the store afresh (SQLite connections stay in their
thread, and a page always shows what the store holds now); briefs are computed
once per story, its label and articles, and then kept, since computing one
parses the story's articles.
"""

from __future__ import annotations

import re
import sys
import threading
import traceback
from collections import OrderedDict
from typing import Callable, Iterable
from urllib.parse import parse_qs

from storycheck.errors import UserError
from storycheck.web import pages

_HEADERS = [("Content-Type", "text/html; charset=utf-8"),
            # article text is escaped; the policy is a second wall should anything slip through
            ("Content-Security-Policy",
             "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'"),
            ("X-Content-Type-Options", "nosniff"), ("Referrer-Policy", "no-referrer")]
_RANGE = re.compile(r"(\d{1,9})-(\d{1,9})")
_ID = re.compile(r"[0-9a-zA-Z]{1,64}")  # an id or a prefix of one; anything else names nothing
PAGE_SIZE = 200


class HTTPError(Exception):
    def __init__(self, status: str, message: str):
        super().__init__(message)
        self.status = status


class WebApp:
    """``WebApp(db)`` is a WSGI callable serving the store at ``db`` (a SQLite file or a PostgreSQL URL).

    ``hosts``, when given, are the only ``Host`` headers answered: a UI on 127.0.0.1 must not answer a page
    of another site that a DNS trick pointed at it."""

    def __init__(self, db: str | None = None, *, hosts: set[str] | None = None, briefs_kept: int = 32):
        self.db = db
        self.hosts = hosts
        self._briefs: OrderedDict[str, str] = OrderedDict()
        self._briefs_kept = briefs_kept
        self._lock = threading.Lock()

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        try:
            if self.hosts is not None and environ.get("HTTP_HOST", "") not in self.hosts:
                raise HTTPError("421 Misdirected Request", "This server answers only under its own address.")
            if environ.get("REQUEST_METHOD", "GET") not in ("GET", "HEAD"):
                raise HTTPError("405 Method Not Allowed", "This UI only reads.")
            status, body = "200 OK", self.route(environ.get("PATH_INFO") or "/",
                                                parse_qs(environ.get("QUERY_STRING", "")))
        except HTTPError as err:
            status, body = err.status, pages.error_page(err.status, str(err))
        except Exception:  # a bug or a store gone bad: a page with the same headers, the details in the log
            traceback.print_exc(file=sys.stderr)
            status = "500 Internal Server Error"
            body = pages.error_page(status, "Something went wrong reading the store; the server log says what.")
        data = body.encode("utf-8")
        start_response(status, _HEADERS + [("Content-Length", str(len(data)))])
        return [b""] if environ.get("REQUEST_METHOD") == "HEAD" else [data]

    def _open(self):
        from storycheck.store import open_store

        try:
            return open_store(self.db, create=False, migrate=False)  # never an empty store in place of a deleted one
        except UserError as err:  # its message names the store's file: not for the browser
            raise HTTPError("503 Service Unavailable",
                            "The store cannot be opened (moved, deleted or unreachable?).") from err

    def route(self, path: str, query: dict[str, list[str]]) -> str:
        first = lambda name: query.get(name, [""])[0].strip()  # noqa: E731
        parts = path.strip("/").split("/") if path.strip("/") else []
        if len(parts) == 2 and parts[0] in ("story", "article") and not _ID.fullmatch(parts[1]):
            raise HTTPError("404 Not Found", f"No {parts[0]} has the id {parts[1][:80]!r}.")
        with self._open() as store:
            page = max(1, int(first("page"))) if re.fullmatch(r"[0-9]{1,6}", first("page")) else 1  # else page 1
            if not parts:
                return pages.stories_page(store.stories(), first("q"), unplaced=store.count_unplaced(),
                                          page_no=page, page_size=PAGE_SIZE,
                                          titles=store.story_titles() if first("q") else None)
            if parts == ["articles"]:
                rows, total = store.headlines(outlet=first("outlet") or None, limit=PAGE_SIZE,
                                              offset=(page - 1) * PAGE_SIZE)
                if not rows and total:  # past the last page: the last page
                    page = pages.last_page(total, PAGE_SIZE)
                    rows, total = store.headlines(outlet=first("outlet") or None, limit=PAGE_SIZE,
                                                  offset=(page - 1) * PAGE_SIZE)
                return pages.articles_page(rows, total, first("outlet"), page, PAGE_SIZE)
            if len(parts) == 2 and parts[0] == "story":
                return self._story(store, parts[1])
            if len(parts) == 2 and parts[0] == "article":
                return self._article(store, parts[1], first("hl"))
        raise HTTPError("404 Not Found", f"No page at {path[:200]}.")

    def _story(self, store, story_id: str) -> str:
        from storycheck import pipeline

        try:
            story = store.get_story(story_id)
        except UserError as err:  # its message names the store's file: not for the browser
            now = store.story_holding(story_id)
            where = f" Its article is now in story {now}." if now else ""
            raise HTTPError("404 Not Found", f"No story {story_id!r} (or the prefix is ambiguous).{where}") from err
        key = pipeline.brief_key(story)  # what the brief is made of, code included
        with self._lock:
            if key in self._briefs:
                self._briefs.move_to_end(key)
                return self._briefs[key]
        html = pages.story_page(pipeline.brief(story.id, store, keep=False))  # the UI only reads the store
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
                raise HTTPError("400 Bad Request", f"hl={hl[:40]!r} is not a stretch S-E of this article's "
                                                   f"{len(article.text)} characters.")
            cited = (int(m[1]), int(m[2]))
        return pages.article_page(article, store.stories_of(article.id), cited)
