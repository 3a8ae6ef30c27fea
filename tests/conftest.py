"""Fixtures shared by every test package."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsreader.store import Library

REPO = Path(__file__).resolve().parents[1]
SAMPLE_DIR = REPO / "sample_data"


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the real user's library or config."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("NEWSREADER_DB", str(home / "library.db"))
    monkeypatch.setenv("NEWSREADER_CONFIG_DIR", str(home / "config"))


@pytest.fixture
def sample_dir() -> Path:
    return SAMPLE_DIR


@pytest.fixture
def library(tmp_path: Path):
    lib = Library.open(tmp_path / "library.db")
    yield lib
    lib.close()
