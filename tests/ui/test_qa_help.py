"""The help screen names its sections for people (Lists, Reader…), never by widget class."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsreader.ui.app import make_app
from newsreader.ui.screens.help import HelpScreen, binding_sections

from .conftest import SIZE, settle

CLASS_NAME = re.compile(r"^[A-Z][a-z]+[A-Z]\w*$")  # AnnotationList, LeaderQuoteList…


@pytest.mark.parametrize("key", ["L", "A", "F", "slash", None])
async def test_help_sections_have_readable_names(sample_db: Path, key: str | None) -> None:
    app = make_app(str(sample_db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        if key is None:
            await pilot.press("enter")  # the reader
        else:
            await pilot.press(key)
        await settle(pilot)
        names = [name for name, _rows in binding_sections(app.screen)]
        assert names and not [name for name in names if CLASS_NAME.match(name)], names
        app.action_help()  # "?" would be typed into the search box
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)


async def test_help_scrolls_with_the_list_keys(sample_db: Path) -> None:
    app = make_app(str(sample_db))
    async with app.run_test(size=(80, 12)) as pilot:  # short: the help is longer than the screen
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        scroll = app.screen.query_one("#help-scroll")
        await pilot.press("G")
        await settle(pilot)
        assert scroll.scroll_y == scroll.max_scroll_y > 0
        await pilot.press("g")
        await settle(pilot)
        assert scroll.scroll_y == 0
        await pilot.press("space")
        await settle(pilot)
        assert scroll.scroll_y > 0
