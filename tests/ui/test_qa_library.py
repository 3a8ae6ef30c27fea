"""A new user's first minutes: the empty library's import box, then the list it fills."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from newsreader.ui.app import make_app
from newsreader.ui.screens.library import LibraryScreen
from newsreader.ui.screens.reader import ReaderScreen
from newsreader.ui.widgets.article_list import ArticleList

from .conftest import SIZE, settle

SAMPLES = Path(__file__).parents[2] / "sample_data"


async def test_empty_library_takes_the_typed_path_without_a_click(tmp_path: Path) -> None:
    app = make_app(str(tmp_path / "empty.db"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        # The welcome says "type a path below": a path starting with / must not open the search screen.
        await pilot.press(*str(SAMPLES))
        assert isinstance(app.screen, LibraryScreen)
        assert app.screen.query_one("#import-path", Input).value == str(SAMPLES)


async def test_after_the_first_import_the_keys_work_on_the_list(tmp_path: Path) -> None:
    app = make_app(str(tmp_path / "empty.db"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.screen.query_one("#import-path", Input).value = str(SAMPLES)
        await pilot.press("enter")
        await settle(pilot, rounds=6)
        articles = app.screen.query_one(ArticleList)
        assert articles.rows == 5
        assert app.screen.focused is articles
        await pilot.press("j", "enter")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)


async def test_escape_leaves_the_path_box_for_the_screen_keys(tmp_path: Path) -> None:
    app = make_app(str(tmp_path / "empty.db"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.focused, Input)
        await pilot.press("escape", "F")
        await settle(pilot)
        assert type(app.screen).__name__ == "FeedsScreen"
