"""Messages that cross screens. Widget-specific messages live on their widget class."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message


@dataclass
class LibraryChanged(Message):
    """Articles were added, changed or annotated elsewhere (import, feed refresh, another screen):
    every screen showing library data reloads what it shows, keeping its place."""

    reason: str = ""


@dataclass
class ImportFinished(Message):
    """An import started from the UI finished; ``summary`` is one line for the user."""

    summary: str
    failed: int = 0
