"""The command palette: one entry per thing to do, including the reader's own actions."""

from __future__ import annotations

from pathlib import Path

from newsreader.ui.app import make_app

from .conftest import SIZE, settle


async def test_palette_has_one_help_entry_and_the_main_screens(sample_db: Path) -> None:
    app = make_app(str(sample_db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        titles = [command.title for command in app.get_system_commands(app.screen)]
        assert "Keys" not in titles  # Textual's panel: a second, different "help"
        for wanted in ("Help", "Theme", "Library", "Leaders", "Annotations", "Search", "Feeds", "Quit"):
            assert wanted in titles
        assert len(titles) == len(set(titles))
