"""Another program holding the library's write lock: the editor keeps what was typed and says why."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from newsreader.ui.app import make_app
from newsreader.ui.screens.modals import AnnotationModal
from newsreader.ui.screens.reader import ReaderScreen

from .conftest import SIZE, settle


async def test_saving_while_locked_keeps_the_editor_then_saves(sample_db: Path, open_library) -> None:
    app = make_app(str(sample_db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("s", "t", *"held")
        await settle(pilot)
        other = sqlite3.connect(sample_db, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        other.execute("UPDATE articles SET title = title")
        try:
            await pilot.press("ctrl+s")
            await settle(pilot, rounds=6)
            assert isinstance(app.screen, AnnotationModal)  # still open, text intact
            messages = [n.message for n in app._notifications]
            assert any("busy" in m and "again" in m for m in messages), messages
        finally:
            other.execute("ROLLBACK")
            other.close()
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
    assert [a.tags for a in open_library(sample_db).list_annotations()] == [("held",)]
