"""The persistent store: every stage reads and writes through :func:`open_store`.

SQLite is the default (a file in the user's data directory, or ``--db``);
``--db postgresql://…`` (or ``$STORYCHECK_DB``) opens a PostgreSQL database
instead, for a shared deployment. The stages see only the methods of
:class:`~storycheck.store.sql.SQLStore`, which both backends share.
"""

from __future__ import annotations

import os
from pathlib import Path

from storycheck.errors import UserError
from storycheck.store.sql import SQLStore
from storycheck.store.sqlite import SQLiteStore

Store = SQLStore


def default_db_path() -> str:
    """``$STORYCHECK_DB`` (a file or a PostgreSQL URL), else ``storycheck.db`` in the user's data directory."""
    if os.environ.get("STORYCHECK_DB"):
        return os.environ["STORYCHECK_DB"]
    from platformdirs import user_data_dir

    return str(Path(user_data_dir("storycheck")) / "storycheck.db")


def open_store(location: str | Path | None = None, *, create: bool = True, migrate: bool = True) -> Store:
    """Open (creating and migrating as needed) the store at ``location``: a SQLite file, or a
    ``postgresql://`` URL. With ``create=False`` a SQLite file that is not there, or a file or database that
    holds no store, is an error, not a new empty store (for readers: a mistyped or deleted path must not look
    like an empty store, nor another program's database become one). With ``migrate=False`` (a reader that
    writes nothing) an older store is read as it is, not brought to the current schema."""
    location = str(location or default_db_path())
    if location.startswith(("postgres://", "postgresql://")):
        from storycheck.store.postgres import PostgresStore

        return PostgresStore(location, create=create, migrate=migrate)
    if not create and not Path(location).exists():
        raise UserError(f"no store at {location}: `storycheck ingest PATH --db {location}` (or `check "
                        f"PATH --db {location}`) makes one")
    return SQLiteStore(location, create=create, migrate=migrate)


__all__ = ["Store", "open_store", "default_db_path"]
