"""Every key the README promises, pressed as a user would, on the sample library."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Collapsible

from newsreader.ui.app import make_app
from newsreader.ui.screens.library import LibraryScreen
from newsreader.ui.screens.reader import LeaderPanel, QuotePanel, ReaderScreen
from newsreader.ui.widgets.article_list import ArticleList
from newsreader.ui.widgets.article_view import ArticleView, paragraph_bounds, sentence_bounds

from .conftest import SIZE, settle


async def open_article(pilot, title_part: str) -> ReaderScreen:
    await settle(pilot)
    articles = pilot.app.screen.query_one(ArticleList)
    row = next(r for r in range(articles.rows) if title_part in articles.item_at(r).title)
    articles.move_cursor(row)
    await pilot.press("enter")
    await settle(pilot)
    assert isinstance(pilot.app.screen, ReaderScreen)
    return pilot.app.screen


async def test_library_sort_group_and_vim_keys(sample_db: Path) -> None:
    app = make_app(str(sample_db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        articles = screen.query_one(ArticleList)
        await pilot.press("s")
        await settle(pilot)
        sources = [articles.item_at(r).source_label.lower() for r in range(articles.rows)]
        assert screen.sort == "source" and sources == sorted(sources[:-1]) + sources[-1:]
        await pilot.press("s")
        await settle(pilot)
        titles = [articles.item_at(r).title.lower() for r in range(articles.rows)]
        assert screen.sort == "title" and titles == sorted(titles)
        await pilot.press("d")
        await settle(pilot)
        assert screen.grouping == "day" and screen.sort == "date"
        assert articles.header_at(0) is not None  # the first row names a day
        await pilot.press("G")
        assert articles.cursor == articles.rows - 1
        await pilot.press("g")
        assert articles.header_at(articles.cursor) is None  # the cursor skips the header
        await pilot.press("d")
        await settle(pilot)
        assert screen.grouping is None


async def test_reader_caret_and_selection_keys(sample_db: Path) -> None:
    app = make_app(str(sample_db))
    async with app.run_test(size=SIZE) as pilot:
        reader = await open_article(pilot, "Macron tells Putin")
        view = reader.query_one(ArticleView)
        body = view.body
        await pilot.press("w", "w", "b")
        first_word_end = next(i for i, ch in enumerate(body) if not ch.isalnum() and i > 0)
        assert view.cursor == body.index(body[first_word_end:].lstrip(" ")[:1], first_word_end)
        await pilot.press("g", "right_parenthesis")
        assert view.cursor == sentence_bounds(body, 0)[1]
        await pilot.press("left_parenthesis")
        assert view.cursor == 0
        await pilot.press("v", "w", "w")
        start, end = view.selection
        assert start == 0 and end == view.cursor and len(body[start:end].split()) == 2
        await pilot.press("escape")
        assert not view.selection and isinstance(app.screen, ReaderScreen)
        await pilot.press("S")
        assert view.selection == paragraph_bounds(body, 0)
        await pilot.press("escape", "n", "Q")
        quote = reader.analysis.quotes[0]
        assert view.selection == (quote.start, quote.end)


async def test_reader_panel_annotation_jumps_and_comments(sample_db: Path, open_library) -> None:
    library = open_library(sample_db)
    app = make_app(str(sample_db))
    async with app.run_test(size=SIZE) as pilot:
        reader = await open_article(pilot, "I’ll sit down")  # the Telegraph piece has reader comments
        view = reader.query_one(ArticleView)
        body = view.body
        first = body.index("Putin")
        second = body.index("Ukraine", first + 100)
        for start in (first, second):
            library.add_annotation(reader.article_id, start, start + 5, note="n", tags=["t"])
        reader._reload_annotations()
        await settle(pilot)
        await pilot.press("g", "right_square_bracket")
        assert view.cursor == first
        await pilot.press("right_square_bracket")
        assert view.cursor == second
        await pilot.press("left_square_bracket")
        assert view.cursor == first

        # the side panel: p hides and shows it; Enter on a quotation jumps there
        side = reader.query_one("#side")
        assert side.display
        await pilot.press("p")
        assert not side.display
        await pilot.press("p")
        assert side.display
        quotes = reader.query_one(QuotePanel)
        quotes.focus()
        await pilot.press("j", "j", "enter")
        await settle(pilot)
        target = reader.analysis.quotes[2]
        assert view.cursor == target.start and app.focused is view
        leaders = reader.query_one(LeaderPanel)
        leaders.focus()
        await pilot.press("j")
        chosen = leaders.current.leader
        await pilot.press("enter")
        await settle(pilot)
        assert view.cursor in [m.start for m in chosen.mentions] and app.focused is view
        await pilot.press("m")
        assert view.cursor in [m.start for m in chosen.mentions]

        # C opens and closes the comments
        comments = reader.query_one(Collapsible)
        assert comments.collapsed
        await pilot.press("C")
        assert not comments.collapsed
        await pilot.press("C")
        assert comments.collapsed
