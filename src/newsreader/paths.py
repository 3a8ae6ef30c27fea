"""Where the library and the user's configuration live. Only the CLI asks; the store is told."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "newsreader"
DB_ENV = "NEWSREADER_DB"
CONFIG_ENV = "NEWSREADER_CONFIG_DIR"


def default_library_path() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False) / "library.db"


def library_path(option: str | os.PathLike[str] | None = None) -> Path:
    """``--db`` first, then ``$NEWSREADER_DB``, then the platform's user data folder."""
    if option:
        return Path(option).expanduser()
    if env := os.environ.get(DB_ENV):
        return Path(env).expanduser()
    return default_library_path()


def config_dir() -> Path:
    if env := os.environ.get(CONFIG_ENV):
        return Path(env).expanduser()
    return platformdirs.user_config_path(APP_NAME, appauthor=False)


def user_gazetteer_path() -> Path | None:
    """The user's own leaders file, which extends the bundled gazetteer, when they wrote one."""
    for name in ("leaders.toml", "leaders.json"):
        candidate = config_dir() / name
        if candidate.is_file():
            return candidate
    return None
