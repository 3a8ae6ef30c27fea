"""The theme a reader picks is the one the next session opens with."""

from __future__ import annotations

import json
from pathlib import Path

from newsreader.settings import load_settings, settings_path
from newsreader.ui.app import DEFAULT_THEME, make_app


async def test_a_chosen_theme_is_saved_and_reopened(sample_db: Path) -> None:
    app = make_app(str(sample_db))
    async with app.run_test(size=(100, 30)) as pilot:
        assert app.theme == DEFAULT_THEME
        assert not settings_path().exists()  # opening the app writes nothing
        app.theme = "nord"
        await pilot.pause()
    assert load_settings() == {"theme": "nord"}

    again = make_app(str(sample_db))
    async with again.run_test(size=(100, 30)):
        assert again.theme == "nord"


async def test_a_damaged_or_unknown_theme_falls_back_to_the_default(sample_db: Path) -> None:
    settings_path().parent.mkdir(parents=True, exist_ok=True)
    for content in ("{not json", json.dumps({"theme": "no-such-theme"}), json.dumps(["nord"])):
        settings_path().write_text(content, encoding="utf-8")
        app = make_app(str(sample_db))
        async with app.run_test(size=(100, 30)):
            assert app.theme == DEFAULT_THEME


async def test_an_unwritable_config_folder_does_not_stop_the_theme_change(sample_db: Path) -> None:
    settings_path().parent.parent.mkdir(parents=True, exist_ok=True)
    settings_path().parent.write_text("a file where the config folder should be")
    app = make_app(str(sample_db))
    async with app.run_test(size=(100, 30)) as pilot:
        app.theme = "nord"
        await pilot.pause()
        assert app.theme == "nord"
