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


@pytest.fixture
def store(tmp_path):
    from storycheck.store import open_store

    with open_store(tmp_path / "test.db") as s:
        yield s
