"""The mouse, as the help promises: click a row to select it, double-click to open."""

from __future__ import annotations

from pathlib import Path

from newsreader.ui.app import make_app
from newsreader.ui.screens.library import LibraryScreen
from newsreader.ui.screens.reader import ReaderScreen
from newsreader.ui.widgets.article_list import ArticleList

from .conftest import SIZE, settle


async def test_click_selects_and_double_click_opens(sample_db: Path) -> None:
    app = make_app(str(sample_db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        articles = app.screen.query_one(ArticleList)
        await pilot.click(articles, offset=(5, 2))
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen) and articles.cursor == 2
        wanted = articles.item_at(2).id
        await pilot.click(articles, offset=(5, 2), times=2)
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen) and app.screen.article_id == wanted


async def test_clicking_a_group_header_does_nothing(sample_db: Path) -> None:
    app = make_app(str(sample_db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("o")
        await settle(pilot)
        articles = app.screen.query_one(ArticleList)
        assert articles.header_at(0) is not None
        before = articles.cursor
        await pilot.click(articles, offset=(5, 0), times=2)
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen) and articles.cursor == before
