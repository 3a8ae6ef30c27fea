"""The user's preferences that outlive a session (the app's theme), kept in the config folder.

A JSON file rather than a table in the library: a preference belongs to the person, and one person
may keep several libraries. A missing or damaged file means "no preferences", never an error.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path
from typing import Any

from newsreader.paths import config_dir

SETTINGS_FILE = "settings.json"


def settings_path() -> Path:
    return config_dir() / SETTINGS_FILE


def load_settings() -> dict[str, Any]:
    try:
        data = json.loads(settings_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def save_setting(key: str, value: Any) -> bool:
    """Store one preference; False when the config folder cannot be written (the app goes on)."""
    settings = load_settings()
    settings[key] = value
    path = settings_path()
    partial = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial.write_text(json.dumps(settings, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        partial.replace(path)  # whole file or nothing: a crash mid-write leaves the old preferences
    except OSError:
        with contextlib.suppress(OSError):  # the folder itself may be what failed
            partial.unlink(missing_ok=True)
        return False
    return True
