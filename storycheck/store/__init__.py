"""The persistent store: every stage reads and writes through :func:`open_store`.

SQLite is the default (a file in the user's data directory, or ``--db``);
the stages see only :class:`Store`'s methods, so another backend (PostgreSQL
for a shared deployment) slots in here without touching them.
"""

from __future__ import annotations

import os
from pathlib import Path

from storycheck.errors import UserError
from storycheck.store.sqlite import SQLiteStore

Store = SQLiteStore


def default_db_path() -> Path:
    """``$STORYCHECK_DB``, else ``storycheck.db`` in the user's data directory."""
    if os.environ.get("STORYCHECK_DB"):
        return Path(os.environ["STORYCHECK_DB"])
    from platformdirs import user_data_dir

    return Path(user_data_dir("storycheck")) / "storycheck.db"


def open_store(location: str | Path | None = None) -> Store:
    """Open (creating and migrating as needed) the store at ``location``."""
    location = str(location or default_db_path())
    if location.startswith(("postgres://", "postgresql://")):
        raise UserError("PostgreSQL stores are not supported yet; use a SQLite file path")
    return SQLiteStore(location)


__all__ = ["Store", "open_store", "default_db_path"]
