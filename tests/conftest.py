"""Shared fixtures: where the public corpora are, and a fresh store per test."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
EXAMPLES = ROOT / "examples" / "corpus"


def need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is not here (the public corpora live in ../shared)")
    return path


@pytest.fixture(scope="session")
def postgres():
    """A throwaway PostgreSQL server for the whole run (skips where PostgreSQL cannot run)."""
    from pgserver import PostgresServer, unavailable

    if unavailable():
        pytest.skip(unavailable())
    with PostgresServer() as server:
        yield server


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    """A fresh, empty store of each backend: the same tests hold for both."""
    from storycheck.store import open_store

    where = tmp_path / "test.db" if request.param == "sqlite" else request.getfixturevalue("postgres").new_database()
    with open_store(where) as s:
        yield s
