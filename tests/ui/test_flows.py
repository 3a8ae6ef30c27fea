"""Pilot tests of the app's flows, on the sample library imported by the CLI's import code."""

from __future__ import annotations

import io
from pathlib import Path

from rich.console import Console
from textual.widgets import Input, TextArea

from newsreader.model import ArticleSummary
from newsreader.ui.app import make_app
from newsreader.ui.screens.annotations import AnnotationList, AnnotationsScreen
from newsreader.ui.screens.help import HelpScreen
from newsreader.ui.screens.leaders import LeadersScreen
from newsreader.ui.screens.library import LibraryScreen
from newsreader.ui.screens.modals import AnnotationModal, ArticleNoteModal, ConfirmModal
from newsreader.ui.screens.reader import ReaderScreen
from newsreader.ui.widgets.article_list import ArticleList
from newsreader.ui.widgets.article_view import ArticleView, sentence_bounds
from newsreader.ui.widgets.virtual_list import Header, VirtualList

from .conftest import MARKUP_BODY, SIZE, markup_library, settle


def screen_text(app) -> str:
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


async def open_first_article(pilot) -> ReaderScreen:
    await settle(pilot)
    await pilot.press("enter")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, ReaderScreen)
    return screen


async def test_library_lists_articles_newest_first(sample_db: Path, open_library) -> None:
    expected = [a.id for a in open_library(sample_db).list_articles()]
    app = make_app(str(sample_db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        articles = app.screen.query_one(ArticleList)
        assert articles.rows == 5
        shown = [articles.item_at(row).id for row in range(articles.rows)]
        assert shown == expected
        days = [articles.item_at(row).published.date() for row in range(5)]
        assert days == sorted(days, reverse=True)
        text = screen_text(app)
        assert "Library · 5 articles" in text
        assert "The Telegraph" in text


async def test_filter_narrows_by_source_title_or_leader(sample_db: Path, open_library) -> None:
    library = open_library(sample_db)
    app = make_app(str(sample_db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f")
        assert isinstance(app.focused, Input)
        await pilot.press(*"telegraph")
        await pilot.pause(0.3)
        await settle(pilot)
        articles = app.screen.query_one(ArticleList)
        assert articles.rows == library.count_matching(text="telegraph") == 1
        assert articles.item_at(0).source == "The Telegraph"
        assert "1 matching" in screen_text(app)
        await pilot.press("escape")  # clears the filter
        await pilot.pause(0.3)
        await settle(pilot)
        assert articles.rows == 5


async def test_grouping_by_source_and_day_adds_headers(sample_db: Path, open_library) -> None:
    sources = {a.source_label for a in open_library(sample_db).list_articles()}
    app = make_app(str(sample_db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        articles = app.screen.query_one(ArticleList)
        await pilot.press("o")
        await settle(pilot)
        headers = [articles.item_at(r) for r in range(articles.rows) if isinstance(articles.item_at(r), Header)]
        assert {h.label for h in headers} == sources
        assert articles.rows == 5 + len(sources)
        assert isinstance(articles.current, ArticleSummary)  # the cursor never rests on a header
        await pilot.press("d")
        await settle(pilot)
        days = [articles.item_at(r).label for r in range(articles.rows) if isinstance(articles.item_at(r), Header)]
        assert days == sorted(days, reverse=True)
        assert "2022-12-01" in days


async def test_open_article_marks_read_and_jumps_between_quotations(sample_db: Path, open_library) -> None:
    library = open_library(sample_db)
    first = library.list_articles()[0]
    analysis = library.get_analysis(first.id)
    assert len(analysis.quotes) >= 2
    app = make_app(str(sample_db))
    async with app.run_test(size=SIZE) as pilot:
        reader = await open_first_article(pilot)
        assert reader.article_id == first.id
        view = reader.query_one(ArticleView)
        assert view.body == library.get_article(first.id).body
        await pilot.press("n")
        assert view.cursor == analysis.quotes[0].start
        assert view.mark == (analysis.quotes[0].start, analysis.quotes[0].end)
        await pilot.press("n")
        assert view.cursor == analysis.quotes[1].start
        await pilot.press("N")
        assert view.cursor == analysis.quotes[0].start
        assert "Quotation 1/" in screen_text(app)
        await pilot.press("escape", "escape")
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
    assert library.get_article(first.id).read


async def test_next_mention_follows_the_selected_leader(sample_db: Path, open_library) -> None:
    library = open_library(sample_db)
    first = library.list_articles()[0]
    leader = library.get_analysis(first.id).leaders[0]
    app = make_app(str(sample_db))
    async with app.run_test(size=SIZE) as pilot:
        reader = await open_first_article(pilot)
        view = reader.query_one(ArticleView)
        assert reader.selected_leader == leader.id
        starts = [m.start for m in leader.mentions]
        visited = []
        for _ in range(len(starts)):
            await pilot.press("m")
            visited.append(view.cursor)
        # from the caret at 0: every later mention in order, then around to the first
        expected = [s for s in starts if s > 0] + [s for s in starts if s == 0]
        assert visited == expected
        assert len(leader.mentions) >= 2
        await pilot.press("M")
        assert view.cursor == expected[-2]


async def test_select_sentence_and_tag_it(sample_db: Path, open_library) -> None:
    library = open_library(sample_db)
    first = library.list_articles()[0]
    body = library.get_article(first.id).body
    app = make_app(str(sample_db))
    async with app.run_test(size=SIZE) as pilot:
        reader = await open_first_article(pilot)
        view = reader.query_one(ArticleView)
        await pilot.press("down", "down", "w", "s")
        start, end = sentence_bounds(body, view.cursor)
        assert view.selection == (start, end)
        await pilot.press("t")
        await settle(pilot)
        assert isinstance(app.screen, AnnotationModal)
        await pilot.press(*"talks Kremlin")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
    saved = library.list_annotations(article_id=first.id)
    assert len(saved) == 1
    assert saved[0].tags == ("talks", "Kremlin")
    assert saved[0].exact == body[start:end]


async def test_extend_selection_by_word_and_paragraph(sample_db: Path, open_library) -> None:
    app = make_app(str(sample_db))
    async with app.run_test(size=SIZE) as pilot:
        reader = await open_first_article(pilot)
        view = reader.query_one(ArticleView)
        body = view.body
        await pilot.press("v", "w", "w")
        start, end = view.selection
        assert start == 0 and len(body[start:end].split()) == 2
        await pilot.press("right_curly_bracket")
        assert view.selection == (0, body.index("\n"))


async def test_note_annotations_screen_edit_delete_undo(sample_db: Path, open_library) -> None:
    library = open_library(sample_db)
    first = library.list_articles()[0]
    app = make_app(str(sample_db))
    async with app.run_test(size=SIZE) as pilot:
        reader = await open_first_article(pilot)
        view = reader.query_one(ArticleView)
        await pilot.press("n", "c")  # the jumped-to quotation is the passage; c writes a note
        await settle(pilot)
        modal = app.screen
        assert isinstance(modal, AnnotationModal)
        assert isinstance(app.focused, TextArea)
        await pilot.press(*"Compare with **March**", "enter", *"second line")
        await pilot.press("ctrl+s")
        await settle(pilot)
        [annotation] = library.list_annotations(article_id=first.id)
        assert annotation.note == "Compare with **March**\nsecond line"
        assert annotation.start == view.cursor

        # the annotations screen lists it; Enter opens the article at the passage
        await pilot.press("escape", "escape")
        await settle(pilot)
        await pilot.press("A")
        await settle(pilot)
        assert isinstance(app.screen, AnnotationsScreen)
        listing = app.screen.query_one(AnnotationList)
        assert listing.rows == 1
        assert listing.current.annotation.id == annotation.id
        assert "Compare with **March**" in screen_text(app)  # the note shows as typed, not rendered
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        view = reader.query_one(ArticleView)
        assert view.cursor == annotation.start
        assert view.mark == (annotation.start, annotation.end)

        # edit: add tags
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, AnnotationModal)
        assert app.screen.existing is not None
        await pilot.press(*"kremlin")
        await pilot.press("ctrl+s")
        await settle(pilot)
        edited = library.get_annotation(annotation.id)
        assert edited.tags == ("kremlin",)
        assert edited.note == annotation.note

        # delete asks first; "n" keeps it
        await pilot.press("d")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmModal)
        await pilot.press("n")
        await settle(pilot)
        assert library.count_annotations() == 1
        await pilot.press("d", "y")
        await settle(pilot)
        assert library.count_annotations() == 0
        assert reader.annotations == ()
        # undo puts it back, with its id, tags and note
        await pilot.press("u")
        await settle(pilot)
        restored = library.get_annotation(annotation.id)
        assert restored.tags == ("kremlin",) and restored.note == annotation.note
        assert [a.id for a in reader.annotations] == [annotation.id]


async def test_annotations_screen_filters_by_tag(sample_db: Path, open_library) -> None:
    library = open_library(sample_db)
    ids = [a.id for a in library.list_articles()]
    library.add_annotation(ids[0], 0, 10, tags=["alpha"])
    library.add_annotation(ids[1], 0, 12, tags=["beta"], note="b")
    library.add_annotation(ids[2], 5, 20, tags=["alpha", "gamma"])
    app = make_app(str(sample_db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.open_annotations()
        await settle(pilot)
        listing = app.screen.query_one(AnnotationList)
        assert listing.rows == 3
        await pilot.press("f", *"alp")
        await pilot.press("right")  # accepts the completion "alpha"
        assert app.screen.query_one("#annotation-filter", Input).value == "alpha"
        await pilot.pause(0.3)
        await settle(pilot)
        assert listing.rows == 2
        assert {listing.item_at(r).annotation.article_id for r in range(2)} == {ids[0], ids[2]}


async def test_leaders_screen_opens_the_article_at_a_quote(sample_db: Path, open_library) -> None:
    library = open_library(sample_db)
    leaders = library.list_leaders()
    top = leaders[0]
    quotes = library.quotes_by_leader(top.id)
    assert quotes
    app = make_app(str(sample_db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("L")
        await settle(pilot)
        assert isinstance(app.screen, LeadersScreen)
        assert app.screen.query_one("#leaders", VirtualList).rows == len(leaders)
        await pilot.press("enter")  # to the leader's quotations
        await settle(pilot)
        assert app.screen.query_one("#quotes", VirtualList).rows == len(quotes)
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        assert reader.article_id == quotes[0].article_id
        view = reader.query_one(ArticleView)
        assert view.cursor == quotes[0].quote.start
        assert view.body[view.mark[0] : view.mark[1]] == quotes[0].quote.text
        # back goes to the leaders screen, L again does not stack another copy
        await pilot.press("escape", "escape")
        await settle(pilot)
        assert isinstance(app.screen, LeadersScreen)
        await pilot.press("L")
        assert sum(isinstance(s, LeadersScreen) for s in app.screen_stack) == 1


async def test_restart_finds_annotations_and_article_note(sample_db: Path, open_library) -> None:
    app = make_app(str(sample_db))
    async with app.run_test(size=SIZE) as pilot:
        reader = await open_first_article(pilot)
        article_id = reader.article_id
        await pilot.press("s", "t", *"keep", "ctrl+s")
        await settle(pilot)
        await pilot.press("a")
        await settle(pilot)
        assert isinstance(app.screen, ArticleNoteModal)
        await pilot.press(*"Read again")
        await pilot.press("ctrl+s")
        await settle(pilot)
    again = make_app(str(sample_db))
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        again.open_article(article_id)
        await settle(pilot)
        reader = again.screen
        assert [a.tags for a in reader.annotations] == [("keep",)]
        assert reader.article.note == "Read again"
        assert "Your note: Read again" in screen_text(again)


async def test_quitting_with_an_open_editor_saves_it(sample_db: Path, open_library) -> None:
    app = make_app(str(sample_db))
    async with app.run_test(size=SIZE) as pilot:
        reader = await open_first_article(pilot)
        article_id = reader.article_id
        await pilot.press("s", "c", *"unsaved thought")
        await settle(pilot)
        await app.action_quit()
    [annotation] = open_library(sample_db).list_annotations(article_id=article_id)
    assert annotation.note == "unsaved thought"


async def test_markup_in_article_text_is_shown_literally(tmp_path: Path) -> None:
    path = tmp_path / "markup.db"
    article_id = markup_library(path)
    app = make_app(str(path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        library_text = screen_text(app)
        assert "[italic]Not italic[/italic] headline" in library_text
        assert "[b]Outlet[/b]" in library_text
        app.open_article(article_id)
        await settle(pilot)
        text = screen_text(app)
        assert '"[bold]this[/bold] is not markup"' in text
        assert "[red]nothing[/] had changed" in text
        view = app.screen.query_one(ArticleView)
        assert view.body == MARKUP_BODY


async def test_mouse_drag_selects_a_passage(tmp_path: Path) -> None:
    path = tmp_path / "markup.db"
    markup_library(path)
    app = make_app(str(path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        view = app.screen.query_one(ArticleView)
        first_body_row = view.display_line_of(0)
        # drag from "The" (column 2 after the gutter) to the end of "minister"
        await pilot.mouse_down(view, offset=(2, first_body_row))
        await pilot.hover(view, offset=(14, first_body_row))
        await pilot.mouse_up(view, offset=(14, first_body_row))
        start, end = view.selection
        assert view.body[start:end] == "The minister"


async def test_empty_library_offers_an_import(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    app = make_app(str(path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.screen.query_one("#empty").display
        assert "Your library is empty" in screen_text(app)
        await pilot.click("#import-path")
        await pilot.press(*str(Path(__file__).parents[2] / "sample_data"), "enter")
        await settle(pilot, rounds=6)
        articles = app.screen.query_one(ArticleList)
        assert articles.rows == 5
        assert not app.screen.query_one("#empty").display


async def test_help_lists_the_bindings_of_the_screen(sample_db: Path) -> None:
    app = make_app(str(sample_db))
    async with app.run_test(size=SIZE) as pilot:
        await open_first_article(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        console = Console(width=100, record=True, file=io.StringIO())
        console.print(app.screen._render_help())
        text = console.export_text()
        for binding in ReaderScreen.BINDINGS + ArticleView.BINDINGS:
            assert binding.description in text
        await pilot.press("escape")
        assert isinstance(app.screen, ReaderScreen)


async def test_resize_keeps_screen_and_selection(sample_db: Path) -> None:
    app = make_app(str(sample_db))
    async with app.run_test(size=SIZE) as pilot:
        reader = await open_first_article(pilot)
        view = reader.query_one(ArticleView)
        await pilot.press("j", "j", "j", "s")
        selection = view.selection
        assert selection
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        assert app.screen is reader
        assert view.selection == selection
        row = view.display_line_of(view.cursor)
        assert view.scroll_offset.y <= row < view.scroll_offset.y + view.scrollable_content_region.height
        await pilot.resize_terminal(*SIZE)
        await settle(pilot)
        assert view.selection == selection


async def test_footer_shows_only_applicable_actions(sample_db: Path) -> None:
    app = make_app(str(sample_db))
    async with app.run_test(size=(160, 30)) as pilot:
        reader = await open_first_article(pilot)
        footer = screen_text(app).splitlines()[-1]
        assert "Tag" not in footer and "Delete" not in footer
        await pilot.press("s")
        await settle(pilot)
        footer = screen_text(app).splitlines()[-1]
        assert "Tag" in footer and "Note" in footer
        assert reader.check_action("delete_annotation", ()) is False


async def test_highlight_kinds_are_distinct_in_dark_and_light_themes(sample_db: Path) -> None:
    app = make_app(str(sample_db))
    async with app.run_test(size=SIZE) as pilot:
        reader = await open_first_article(pilot)
        view = reader.query_one(ArticleView)
        for theme in ("textual-dark", "textual-light"):
            app.theme = theme
            await settle(pilot)
            view._styles.clear()
            kinds = ["quote", "annotation", *(f"leader-{i}" for i in range(6))]
            styles = {kind: view._style(kind) for kind in kinds}
            assert len(set(styles.values())) == len(kinds), theme
            background = view.rich_style.bgcolor
            for kind in ("quote", "leader-0", "leader-1"):
                assert styles[kind].color is not None and styles[kind].color != background, (theme, kind)
            assert styles["annotation"].bgcolor not in (None, background), theme


async def test_command_palette_offers_the_main_actions(sample_db: Path) -> None:
    app = make_app(str(sample_db))
    async with app.run_test(size=SIZE) as pilot:
        reader = await open_first_article(pilot)
        titles = {command.title for command in app.get_system_commands(reader)}
        assert {"Library", "Leaders", "Annotations", "Import articles…", "Help", "Article note"} <= titles
        command = next(c for c in app.get_system_commands(reader) if c.title == "Leaders")
        command.callback()
        await settle(pilot)
        assert isinstance(app.screen, LeadersScreen)
