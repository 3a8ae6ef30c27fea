"""Pilot tests of the feeds screen and the refresh action, against a real local feed server."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from tests.feeds.support import LocalServer, Route, rss, serving
from textual.widgets import DataTable, Static
from textual.worker import WorkerState

from newsreader.store.feeds import add_feed, get_feed, list_feeds
from newsreader.ui.app import make_app
from newsreader.ui.screens.feeds import FeedsScreen
from newsreader.ui.screens.library import LibraryScreen
from newsreader.ui.widgets.article_list import ArticleList

from .conftest import SIZE, settle


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with serving() as httpd:
        yield httpd


def _entries(prefix: str, count: int) -> list[dict[str, str]]:
    return [
        {
            "title": f"[bold]{prefix} story {i}[/bold]",  # looks like markup; must show as text
            "link": f"http://news.invalid/{prefix}/{i}",
            "guid": f"{prefix}-{i}",
            "pubDate": "Thu, 01 Dec 2022 21:13:00 +0100",
            "description": f"{prefix} story {i}: the minister said talks would go on.",
        }
        for i in range(count)
    ]


def cells(table: DataTable) -> list[list[str]]:
    return [[str(cell) for cell in table.get_row_at(row)] for row in range(table.row_count)]


async def test_feeds_screen_lists_and_refreshes(sample_db: Path, server: LocalServer, open_library) -> None:
    server.routes["/good.xml"] = Route(rss(_entries("Good", 2), title="[red]Good Feed[/red]").encode())
    library = open_library(sample_db)
    add_feed(library, server.url("/good.xml"))
    add_feed(library, server.url("/gone.xml"), name="Gone Feed")

    app = make_app(str(sample_db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("F")
        await settle(pilot)
        assert isinstance(app.screen, FeedsScreen)
        table = app.screen.query_one("#feeds-table", DataTable)
        assert cells(table) == [
            ["Gone Feed", "0", "never", "not refreshed yet"],
            [server.url("/good.xml"), "0", "never", "not refreshed yet"],
        ]

        await pilot.press("r")
        await settle(pilot)
        rows = {row[0]: row for row in cells(table)}
        assert rows["Gone Feed"][3] == "HTTP 404"
        good = rows["[red]Good Feed[/red]"]  # the feed's title, shown as text
        assert good[1] == "2" and good[3] == "ok"
        assert good[2] != "never"
        status = str(app.screen.query_one("#feeds-status", Static).render())
        assert "Feeds refreshed: 2 new article(s) from 2 feed(s); 1 failed" in status
        assert "Feeds · 2 subscribed · 1 failing" in str(app.screen.query_one("#feeds-title", Static).render())

        # Back in the library, the new articles are there without a restart.
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        articles = app.screen.query_one(ArticleList)
        assert articles.rows == 7
        titles = {articles.item_at(row).title for row in range(articles.rows)}
        assert "[bold]Good story 0[/bold]" in titles


async def test_refresh_runs_in_a_worker_and_the_ui_stays_responsive(
    sample_db: Path, server: LocalServer, open_library
) -> None:
    release = threading.Event()

    def slow(handler: BaseHTTPRequestHandler) -> None:
        release.wait(5)
        body = rss(_entries("Slow", 1), title="Slow Feed").encode()
        handler.send_response(200)
        handler.send_header("Content-Type", "application/rss+xml")
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    server.routes["/slow.xml"] = slow
    add_feed(open_library(sample_db), server.url("/slow.xml"))
    app = make_app(str(sample_db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+r")  # from the library screen
        started = time.monotonic()
        await pilot.pause(0.2)
        assert any(w.group == "feeds-refresh" and not w.is_finished for w in app.workers)
        # The server is still holding the answer, yet keys are handled at once.
        await pilot.press("F")
        await pilot.pause()
        assert isinstance(app.screen, FeedsScreen)
        await pilot.press("ctrl+r")  # a second refresh is refused while one runs
        await pilot.pause()
        assert any("already running" in str(n.message) for n in app._notifications)
        assert time.monotonic() - started < 3
        release.set()
        await settle(pilot)
        table = app.screen.query_one("#feeds-table", DataTable)
        assert cells(table)[0][:2] == ["Slow Feed", "1"]
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen.query_one(ArticleList).rows == 6


async def test_add_and_remove_from_the_screen(sample_db: Path, server: LocalServer, open_library) -> None:
    server.routes["/new.xml"] = Route(rss(_entries("New", 1), title="New Feed").encode())
    app = make_app(str(sample_db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("F")
        await settle(pilot)
        await pilot.press("a")
        await pilot.pause()
        await pilot.press(*server.url("/new.xml"), "enter")
        await settle(pilot)  # added, then refreshed at once
        table = app.screen.query_one("#feeds-table", DataTable)
        assert cells(table)[0][:2] == ["New Feed", "1"]

        await pilot.press("d")
        await pilot.pause()
        await pilot.press("y")
        await settle(pilot)
        assert table.row_count == 0
    library = open_library(sample_db)
    assert list_feeds(library) == []
    assert library.count_articles() == 6  # the feed's article stays


@pytest.mark.parametrize("key", ["q", "ctrl+q"])
async def test_quitting_during_a_refresh_exits_at_once(
    sample_db: Path, server: LocalServer, open_library, monkeypatch: pytest.MonkeyPatch, capfd, key: str
) -> None:
    """One feed answers, one server never does: quitting mid-refresh ends the refresh within a second
    (not the fetch timeouts), with no traceback, and what was committed stays."""
    from newsreader import feeds as feeds_module

    def hang(handler: BaseHTTPRequestHandler) -> None:
        server.stop.wait(30)

    server.routes["/quick.xml"] = Route(rss(_entries("Quick", 2), title="Quick Feed").encode(), etag='"q1"')
    server.routes["/hang.xml"] = hang
    library = open_library(sample_db)
    quick = add_feed(library, server.url("/quick.xml"))
    stuck = add_feed(library, server.url("/hang.xml"))

    returned = threading.Event()
    outcome: list[object] = []
    real_refresh = feeds_module.refresh

    def watched(*args: object, **kwargs: object) -> object:
        try:
            report = real_refresh(*args, **kwargs)
            outcome.append(report)
            return report
        except BaseException as exc:
            outcome.append(exc)
            raise
        finally:
            returned.set()

    monkeypatch.setattr(feeds_module, "refresh", watched)
    app = make_app(str(sample_db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+r")
        deadline = time.monotonic() + 5
        while server.hits["/hang.xml"] == 0 or get_feed(library, quick.id).etag is None:
            assert time.monotonic() < deadline, "the refresh never got going"
            await pilot.pause(0.02)
        worker = next(w for w in app.workers if w.group == "feeds-refresh")
        quit_at = time.monotonic()
        await pilot.press(key)
    assert returned.wait(1.0), "the refresh was still running a second after quitting"
    assert time.monotonic() - quit_at < 1.5
    await asyncio.wait_for(asyncio.get_running_loop().shutdown_default_executor(), 1.0)  # what asyncio.run waits on

    report = outcome[0]
    assert not isinstance(report, BaseException), report
    assert report.cancelled
    assert worker.state != WorkerState.ERROR
    assert "Traceback" not in capfd.readouterr().err
    assert library.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert library.count_articles() == 7  # the five samples and the quick feed's two, committed before the quit
    hanging = get_feed(library, stuck.id)
    assert hanging.last_error is None and hanging.etag is None


def _footer(app) -> str:
    return app.screen._compositor.render_strips()[-1].text


async def test_footer_offers_only_what_applies(sample_db: Path, open_library) -> None:
    app = make_app(str(sample_db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("F")
        await settle(pilot)
        assert isinstance(app.screen, FeedsScreen)
        footer = _footer(app)
        # No feeds: nothing to refresh or remove, only adding one (and going back).
        assert "Add" in footer and "Back" in footer
        for label in ("Refresh this", "Refresh all", "Remove"):
            assert label not in footer, footer
        assert "r: refresh" not in str(app.screen.query_one("#feeds-title", Static).render())
        await pilot.press("R", "d")  # hidden actions do nothing
        await settle(pilot)
        assert isinstance(app.screen, FeedsScreen)

        add_feed(open_library(sample_db), "http://news.invalid/rss.xml", name="Later Feed")
        app.screen.on_screen_resume()  # reload, as coming back to the screen does
        await settle(pilot)
        footer = _footer(app)
        for label in ("Refresh this", "Refresh all", "Remove", "Add"):
            assert label in footer, footer
