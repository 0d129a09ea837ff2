"""``storycheck serve``: the web UI over the persistent store."""

from __future__ import annotations

import sys

from storycheck.errors import UserError
from storycheck.ingest.cli import add_db_argument


def register(sub) -> None:
    p = sub.add_parser("serve", help="browse the stored stories, briefs and articles in a web browser")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, this machine only)")
    p.add_argument("--port", type=int, default=8000, help="port (default: 8000; 0 picks a free one)")
    add_db_argument(p)
    p.set_defaults(func=serve)


def serve(args) -> int:
    from storycheck.store import open_store
    from storycheck.web import make_web_server

    open_store(args.db, create=False, migrate=False).close()  # a store that cannot be opened fails here, not on a request
    try:
        server = make_web_server(args.db, args.host, args.port)
    except OSError as err:
        raise UserError(f"cannot listen on {args.host}:{args.port}: {err.strerror or err}") from err
    print(f"storycheck: serving http://{args.host}:{server.server_port}/ (Ctrl-C stops)", file=sys.stderr)
    with server:
        server.serve_forever()
    return 0
