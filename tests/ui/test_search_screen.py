"""Pilot tests of the search screen: results as you type, ranking, opening at the match, bad queries."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, Static

from newsreader.search import compile_query
from newsreader.store.search import search
from newsreader.ui.app import make_app
from newsreader.ui.screens.help import HelpScreen
from newsreader.ui.screens.library import LibraryScreen
from newsreader.ui.screens.reader import ReaderScreen
from newsreader.ui.screens.search import KIND_WIDTH, QUERY_HELP, SearchResults, SearchScreen
from newsreader.ui.widgets.article_view import ArticleView

from .conftest import SIZE, settle

PASSAGE = "Asked if a Russian withdrawal from Crimea should be a condition for negotiations"
NOTE = "Crimea is the [bold]sticking point[/bold] for any talks"


def annotate(library, tag: str = "crimea") -> tuple[int, int, int]:
    """A note on the Crimea passage of the sample article that has it: (article id, start, end)."""
    for summary in library.list_articles():
        body = library.get_article(summary.id).body
        if PASSAGE in body:
            start = body.index(PASSAGE)
            library.add_annotation(summary.id, start, start + len(PASSAGE), note=NOTE, tags=[tag])
            return summary.id, start, start + len(PASSAGE)
    raise AssertionError("no sample article has the passage")


def screen_text(app) -> str:
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


async def open_search(pilot) -> SearchScreen:
    await settle(pilot)
    await pilot.press("slash")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, SearchScreen)
    assert isinstance(pilot.app.focused, Input)
    return screen


async def type_query(pilot, text: str) -> None:
    query = pilot.app.screen.query_one("#search-query", Input)
    query.value = ""
    await pilot.press(*text)
    await pilot.pause(0.3)  # past the debounce
    await settle(pilot)


def message_text(screen: SearchScreen) -> str:
    return str(screen.query_one("#search-message", Static).content)


async def test_empty_query_shows_the_query_language(sample_db: Path) -> None:
    app = make_app(str(sample_db))
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_search(pilot)
        assert message_text(screen) == QUERY_HELP
        text = screen_text(app)
        for example in ("tag:negotiations", "leader:putin", "speaker:macron", "since:", "is:note"):
            assert example in text
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)


async def test_results_as_you_type_note_first_and_enter_opens_at_the_match(sample_db: Path, open_library) -> None:
    library = open_library(sample_db)
    article_id, start, end = annotate(library)
    expected = search(library, compile_query("crimea"), limit=50)
    assert len(expected) > 1  # the word is in articles too, so ranking matters
    app = make_app(str(sample_db))
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_search(pilot)
        await type_query(pilot, "crimea")
        results = screen.query_one(SearchResults)
        assert results.display
        assert [(h.kind, h.article_id, h.start) for h in screen.hits] == [
            (h.kind, h.article_id, h.start) for h in expected
        ]
        first = screen.hits[0]
        assert first.kind == "note"
        assert (first.article_id, first.start, first.end) == (article_id, start, end)
        assert results.option_count == len(expected)
        text = screen_text(app)
        assert "note".ljust(KIND_WIDTH) + "  " + first.title[:30] in text
        assert first.source and first.source in text
        assert "sticking point" in text
        # the matched word is styled in the snippet, from the hit's spans
        prompt = results.get_option_at_index(0).prompt
        assert any(span.end - span.start == len("crimea") for span in prompt.spans), prompt.spans
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        view = reader.query_one(ArticleView)
        assert reader.article_id == article_id
        assert view.mark == (start, end)
        assert view.cursor == start
        await pilot.press("escape")  # back at once: the mark is where the hit landed, not a selection
        await settle(pilot)
        assert app.screen is screen
        assert screen.hits and screen.hits[0].kind == "note"


async def test_arrows_and_jk_move_through_results(sample_db: Path, open_library) -> None:
    library = open_library(sample_db)
    annotate(library)
    app = make_app(str(sample_db))
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_search(pilot)
        await type_query(pilot, "putin")
        results = screen.query_one(SearchResults)
        assert results.option_count >= 3
        assert results.highlighted == 0
        await pilot.press("down", "down")  # from the query box
        assert results.highlighted == 2
        assert isinstance(app.focused, Input)
        await pilot.press("up")
        assert results.highlighted == 1
        results.focus()
        await pilot.press("j", "j", "k")
        assert results.highlighted == 2
        hit = screen.hits[2]
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.article_id == hit.article_id
        if hit.start is not None and hit.end is not None and hit.end > hit.start:
            assert app.screen.query_one(ArticleView).mark == (hit.start, hit.end)


@pytest.mark.parametrize("query", ['"unbalanced', "AND OR", "(", "tag:", "-nato", "since:tomorrowish", "*"])
async def test_hostile_queries_show_a_message_not_a_traceback(sample_db: Path, query: str) -> None:
    app = make_app(str(sample_db))
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_search(pilot)
        await type_query(pilot, query)
        assert isinstance(app.screen, SearchScreen)
        assert not [w for w in app.workers if w.error is not None]
        if screen.message:  # a clear one-line message instead of results
            assert "\n" not in screen.message
            assert message_text(screen) == screen.message
            assert screen.message[:40] in screen_text(app)  # (a long message wraps)
            assert not screen.query_one(SearchResults).display
        else:  # or it searched sensibly
            assert screen.hits or "Nothing matches" in message_text(screen)
        assert "Traceback" not in screen_text(app)


async def test_query_errors_are_reported(sample_db: Path) -> None:
    app = make_app(str(sample_db))
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_search(pilot)
        await type_query(pilot, "tag:")
        assert screen.message.startswith("tag: needs a value")
        await type_query(pilot, "is:thing")
        assert "is:thing is not a kind" in message_text(screen)
        await type_query(pilot, "putin")
        assert not screen.message and screen.hits


async def test_markup_in_a_note_shows_literally(sample_db: Path, open_library) -> None:
    annotate(open_library(sample_db))
    app = make_app(str(sample_db))
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_search(pilot)
        await type_query(pilot, "sticking")
        assert screen.hits[0].kind == "note"
        text = screen_text(app)
        assert "[bold]sticking point[/bold]" in text


async def test_stale_results_are_dropped(sample_db: Path) -> None:
    app = make_app(str(sample_db))
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_search(pilot)
        await type_query(pilot, "putin")
        putin = list(screen.hits)
        assert putin
        # an answer for an older query arriving late must not replace the current one
        screen._show(screen._sequence - 1, "macron", [], "")
        assert screen.hits == putin
        assert screen.query_one(SearchResults).option_count == len(putin)


async def test_typing_fast_runs_one_query_after_the_pause(sample_db: Path, monkeypatch) -> None:
    from newsreader.ui.screens import search as search_screen

    seen: list[str] = []
    real = search_screen.compile_query

    def counting(text: str):
        seen.append(text)
        return real(text)

    monkeypatch.setattr(search_screen, "compile_query", counting)
    app = make_app(str(sample_db))
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_search(pilot)
        await type_query(pilot, "biden")
        assert seen == ["biden"]
        assert screen.hits


async def test_help_shows_search_keys_and_the_query_language(sample_db: Path) -> None:
    import io

    from rich.console import Console

    app = make_app(str(sample_db))
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_search(pilot)
        screen.query_one(SearchResults).focus()
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        console = Console(width=120, record=True, file=io.StringIO())
        console.print(app.screen._render_help())
        text = console.export_text()
        assert "Search" in text and "Open" in text and "Next result" in text
        assert "speaker:macron" in text


async def test_an_article_note_is_a_result_that_opens_its_article(sample_db: Path, open_library) -> None:
    library = open_library(sample_db)
    article_id = library.list_articles()[0].id
    library.set_article_note(article_id, "Read this beside the Zaporizhzhia coverage")
    app = make_app(str(sample_db))
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_search(pilot)
        await type_query(pilot, "zaporizhzhia")
        [hit] = screen.hits
        assert (hit.kind, hit.article_id, hit.annotation_id, hit.start) == ("note", article_id, None, None)
        text = screen_text(app)
        assert "article note".ljust(KIND_WIDTH) + "  " + hit.title[:20] in text
        assert "beside the Zaporizhzhia coverage" in text
        prompt = screen.query_one(SearchResults).get_option_at_index(0).prompt
        assert any(span.end - span.start == len("zaporizhzhia") for span in prompt.spans), prompt.spans
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen) and app.screen.article_id == article_id
        # the article opens at the top, without the warning meant for a passage that has gone
        assert not any("no longer in the article" in str(n.message) for n in app._notifications)
