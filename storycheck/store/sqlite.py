"""The SQLite store: one file, WAL mode, one transaction per batch (the default backend)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from storycheck.errors import UserError
from storycheck.store.sql import SQLStore


class SQLiteStore(SQLStore):
    begin = "BEGIN IMMEDIATE"  # take the write lock at once: two writers queue instead of deadlocking

    def __init__(self, path: str | Path, create: bool = True, migrate: bool = True):
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        try:
            self.db = sqlite3.connect(self.path, isolation_level=None, timeout=30)
            self.db.execute("PRAGMA journal_mode=WAL")
        except sqlite3.DatabaseError as err:
            raise UserError(f"{self.path} is not a storycheck store ({err})") from err
        self.db.execute("PRAGMA foreign_keys=ON")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self._migrate(create, migrate)
