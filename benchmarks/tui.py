"""Shared by the TUI benchmarks: run ``tui_child.py`` in a fresh process against a cached corpus."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from benchmarks import make_corpus
from benchmarks.common import missing_modules, run_child

CHILD = str(Path(__file__).resolve().with_name("tui_child.py"))


def ui_missing() -> str | None:
    """Why the TUI cannot be measured, or None."""
    missing = missing_modules("newsreader.ui.app")
    if missing:
        return f"{missing[0]} not available"
    return None


def expect_args(library: Path) -> list[str]:
    """Any of the newest titles on screen means the list has drawn its first rows."""
    args: list[str] = []
    for title in make_corpus.facts_for(library)["newest_titles"][:3]:
        args += ["--expect", title[:24]]
    return args


def run_tui(mode: str, library: Path, *extra: str, profile: str | None = None, timeout: float = 120) -> dict[str, Any]:
    args = [CHILD, mode, str(library), *expect_args(library), "--timeout", str(timeout / 2), *extra]
    if profile:
        args += ["--profile", profile]
    return run_child(args, timeout=timeout)
