"""Guards for what keeps opening an article fast (benchmarks/bench_open.py), and that the reader still
behaves the same with them: one wrap and one drawing of each row per open, the comments section only
for articles that have comments, a re-wrap when the terminal is resized."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from rich.cells import cell_len
from textual.strip import Strip
from textual.widgets import Collapsible

from newsreader.model import Analysis, Article, Leader, Mention, Quote
from newsreader.store import Library
from newsreader.ui.app import make_app
from newsreader.ui.screens.reader import LeaderPanel, QuotePanel, ReaderScreen
from newsreader.ui.widgets import article_view
from newsreader.ui.widgets.article_view import ArticleView

from .conftest import SIZE, settle

PARAGRAPH = (
    "The prime minister said on Tuesday that “the talks will go on” — and that the government "
    "would not change course before the summit in Brussels next week. "
)
COMMENTS = "reader1: first comment\nreader2: a reply to it\nreader3: another view"


def long_article(path: Path, *, comments: str | None = None) -> int:
    """An article several screens long (so the view scrolls), with a quotation and a leader."""
    body = "\n\n".join(PARAGRAPH * 3 for _ in range(12))
    quote_start = body.index("“") + 1
    quote_end = body.index("”")
    mention = body.index("prime minister")
    analysis = Analysis(
        quotes=(Quote(quote_start, quote_end, body[quote_start:quote_end], "The prime minister"),),
        leaders=(Leader("pm", "A Minister", "Prime Minister", (Mention(mention, mention + 14, "prime minister"),)),),
    )
    article = Article(
        title="A long article",
        body=body,
        source="Outlet",
        published=datetime(2024, 5, 1, 9, 30),
        content_hash=f"long-{comments is not None}",
        comments=comments,
    )
    with Library.open(path) as library:
        return library.add_article(article, analysis, "test").article_id


def body_lines_fit(view: ArticleView) -> bool:
    width = view.text_width
    return all(cell_len(view.body[start:end].rstrip()) <= width for start, end in view._lines)


async def test_an_open_wraps_the_body_once_and_draws_each_row_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    article_id = long_article(tmp_path / "library.db")
    wraps: list[int] = []
    rows: list[int] = []
    real_wrap, real_row = article_view.wrap_offsets, ArticleView._render_row

    def counting_wrap(body: str, width: int) -> list[tuple[int, int]]:
        wraps.append(width)
        return real_wrap(body, width)

    def counting_row(self: ArticleView, row: int, width: int) -> Strip:
        rows.append(row)
        return real_row(self, row, width)

    monkeypatch.setattr(article_view, "wrap_offsets", counting_wrap)
    monkeypatch.setattr(ArticleView, "_render_row", counting_row)
    app = make_app(str(tmp_path / "library.db"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.open_article(article_id)
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        view = screen.view
        # The scrollbar appearing after the first layout used to narrow the view: a second wrap, and
        # every visible row drawn twice.
        assert len(wraps) == 1, wraps
        assert len(rows) == len(set(rows)), sorted(rows)
        assert view.show_vertical_scrollbar
        assert view.max_scroll_y > 0
        assert wraps[0] == view.text_width
        assert body_lines_fit(view)


async def test_comments_section_only_for_articles_with_comments(tmp_path: Path) -> None:
    path = tmp_path / "library.db"
    plain = long_article(path)
    commented = long_article(path, comments=COMMENTS)
    app = make_app(str(path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.open_article(plain)
        await settle(pilot)
        assert not app.screen.query("#comments-box")
        assert app.screen.check_action("toggle_comments", ()) is False
        await pilot.press("C")  # no comments: nothing to toggle, nothing breaks
        app.pop_screen()
        await settle(pilot)

        app.open_article(commented)
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        collapsible = screen.query_one("#comments", Collapsible)
        assert collapsible.collapsed
        assert collapsible.title == "Reader comments (3 lines) — C toggles"
        await pilot.press("C")
        await settle(pilot)
        assert not collapsible.collapsed
        text = "\n".join(strip.text for strip in screen._compositor.render_strips())
        assert "reader2: a reply to it" in text
        await pilot.press("C")
        await settle(pilot)
        assert collapsible.collapsed


async def test_resize_rewraps_the_body_and_keeps_the_caret(tmp_path: Path) -> None:
    article_id = long_article(tmp_path / "library.db")
    app = make_app(str(tmp_path / "library.db"))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.open_article(article_id)
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        view = screen.view
        wide_lines = len(view._lines)
        for _ in range(30):
            await pilot.press("j")
        caret = view.cursor
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        assert len(view._lines) > wide_lines
        assert view.text_width == view.scrollable_content_region.width - 3
        assert body_lines_fit(view)
        assert view.cursor == caret
        top = view.scroll_offset.y
        assert top <= view.display_line_of(caret) < top + view.scrollable_content_region.height
        narrow_lines = len(view._lines)
        await pilot.press("p")  # the side panel off: the body gets its width back
        await settle(pilot)
        assert not screen.query_one("#side").display
        assert len(view._lines) < narrow_lines
        assert body_lines_fit(view)
        assert view.cursor == caret


async def test_side_panel_filled_after_the_body_and_only_when_shown(tmp_path: Path) -> None:
    article_id = long_article(tmp_path / "library.db")
    app = make_app(str(tmp_path / "library.db"))
    async with app.run_test(size=(80, 24)) as pilot:  # narrow: the panel starts hidden
        await settle(pilot)
        app.open_article(article_id)
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        assert not screen.query_one("#side").display
        assert not screen.query(LeaderPanel)  # never shown, never built
        await pilot.press("p")
        await settle(pilot)
        leaders, quotes = screen.query_one(LeaderPanel), screen.query_one(QuotePanel)
        assert leaders.rows == 1 and leaders.current.leader.name == "A Minister"
        assert quotes.rows == 1
        text = "\n".join(strip.text for strip in screen._compositor.render_strips())
        assert "A Minister" in text and "Quotations" in text
        await pilot.press("p", "p")  # hidden and shown again: the same lists, not a second set
        await settle(pilot)
        assert len(screen.query(LeaderPanel)) == 1
