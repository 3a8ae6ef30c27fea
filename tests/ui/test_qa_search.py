"""The search screen's query-language help at the widths people use: nothing wraps mid-row."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsreader.ui.app import make_app
from newsreader.ui.screens.search import SearchScreen, query_help

from .conftest import settle

EXAMPLES = ('"sit down"', "negot*", "-nato", "tag:negotiations", "leader:putin", "speaker:macron", "is:note")


def screen_lines(app) -> list[str]:
    return [strip.text.rstrip() for strip in app.screen._compositor.render_strips()]


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_query_help_fits_the_terminal(sample_db: Path, size: tuple[int, int]) -> None:
    app = make_app(str(sample_db))
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        await settle(pilot)
        assert isinstance(app.screen, SearchScreen)
        screen = "\n".join(screen_lines(app))
        for row in query_help(size[0]).splitlines():
            assert row.rstrip() in screen, row  # whole: no row was wrapped
        for example in EXAMPLES:
            assert example in screen
        assert "words starting negot" in screen


async def test_query_help_follows_a_resize(sample_db: Path) -> None:
    app = make_app(str(sample_db))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        await settle(pilot)
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        lines = screen_lines(app)
        assert any(line.strip().startswith("ceasefire OR truce") for line in lines), lines
