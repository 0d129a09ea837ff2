"""The web UI: the stored stories, their briefs and the articles they cite, in a browser.

:class:`WebApp` is a plain WSGI application (:mod:`storycheck.web.app`) whose
pages (:mod:`storycheck.web.pages`) reuse the HTML brief; :func:`serve` runs it
on the standard library's threaded WSGI server, enough for a newsroom desk or a
laptop (put any WSGI server in front of ``WebApp`` for more).
"""

from __future__ import annotations

from socketserver import ThreadingMixIn
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from storycheck.web.app import WebApp


class _ThreadingServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the stdlib's signature
        pass


_LOOPBACK = ("127.0.0.1", "localhost", "::1")


def make_web_server(db: str | None, host: str = "127.0.0.1", port: int = 8000, *, quiet: bool = False):
    """A server for the store at ``db`` (``port`` 0 picks a free one: see ``server.server_port``). On a
    loopback address it answers only requests addressed to it (``Host: 127.0.0.1:PORT``)."""
    handler = _QuietHandler if quiet else WSGIRequestHandler
    app = WebApp(db)
    server = make_server(host, port, app, server_class=_ThreadingServer, handler_class=handler)
    if host in _LOOPBACK:
        app.hosts = {f"{name}:{server.server_port}" for name in ("127.0.0.1", "localhost", "[::1]")}
    return server


__all__ = ["WebApp", "make_web_server"]
