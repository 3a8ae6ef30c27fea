"""QA findings in the reader: highlight colours on mixed lines, counts in the status line, Esc after an
open at a passage, and the side panel's width at common terminal sizes."""

from __future__ import annotations

from pathlib import Path

from rich.style import Style

from newsreader.store import Library
from newsreader.ui.app import make_app
from newsreader.ui.screens.annotations import AnnotationList, AnnotationsScreen
from newsreader.ui.screens.library import LibraryScreen
from newsreader.ui.screens.reader import ReaderScreen
from newsreader.ui.widgets.article_view import GUTTER, ArticleView

from .conftest import MARKUP_BODY, SIZE, markup_library, settle


def screen_text(app) -> str:
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


async def open_reader(pilot, article_id: int) -> ReaderScreen:
    await settle(pilot)
    pilot.app.open_article(article_id)
    await settle(pilot)
    reader = pilot.app.screen
    assert isinstance(reader, ReaderScreen)
    return reader


def style_of(view: ArticleView, word: str) -> tuple[int, Style]:
    """The visible row showing ``word`` and the style its first cell is drawn in."""
    for y in range(view.size.height):
        strip = view.render_line(y)
        if word in strip.text:
            x = 0
            for segment in strip:
                at = segment.text.find(word)
                if at >= 0 and x + at < len(strip.text):
                    return y, segment.style
                x += len(segment.text)
    raise AssertionError(f"{word!r} is not on screen")


async def test_plain_words_next_to_a_highlight_or_the_caret_keep_the_body_style(tmp_path: Path) -> None:
    path = tmp_path / "library.db"
    article_id = markup_library(path)
    app = make_app(str(path))
    async with app.run_test(size=SIZE) as pilot:
        reader = await open_reader(pilot, article_id)
        view = reader.view
        body = view._base_style()
        gutter = view.get_component_rich_style("article-view--gutter", partial=True)
        assert gutter.bold and gutter.color is not None  # what the plain words used to be drawn in
        # "replied" shares its line with the leader "Joe Biden"; "minister" shares its line with the caret
        # and a quotation: both are plain words in the body style, not the gutter's bold amber.
        for word in ("replied", "minister", "summit"):
            _, style = style_of(view, word)
            assert style == body, (word, style, body)
        _, leader = style_of(view, "Joe Biden")
        assert leader.color != body.color
        # the gutter's own cells still carry its style (the caret's line has no marker, but a styled blank)
        y, _ = style_of(view, "minister")
        first = next(iter(view.render_line(y)))
        assert len(first.text) == GUTTER and first.style.bold


async def test_status_counts_are_singular_for_one(tmp_path: Path) -> None:
    path = tmp_path / "library.db"
    article_id = markup_library(path)  # one quotation, one leader with one mention
    second = MARKUP_BODY.index("A second sentence")
    with Library.open(path) as library:
        library.add_annotation(article_id, second, second + 8, note="one")
    app = make_app(str(path))
    async with app.run_test(size=SIZE) as pilot:
        reader = await open_reader(pilot, article_id)
        assert "1 quotation · 1 leader · 1 annotation —" in screen_text(app)
        reader.go_to(MARKUP_BODY.index("Joe Biden"))
        await settle(pilot)
        assert "Joe Biden — US President · 1 mention " in screen_text(app)
        reader.view.select(0, 1)
        await settle(pilot)
        assert "Selected 1 character —" in screen_text(app)
        reader.view.select(0, 2)
        await settle(pilot)
        assert "Selected 2 characters —" in screen_text(app)


async def test_escape_goes_back_after_opening_at_a_passage_but_first_drops_a_selection(
    sample_db: Path, open_library
) -> None:
    library = open_library(sample_db)
    article = library.list_articles()[0]
    body = library.get_article(article.id).body
    start = body.index(" ", 200) + 1
    library.add_annotation(article.id, start, start + 30, note="look here")
    app = make_app(str(sample_db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("A")
        await settle(pilot)
        annotations = app.screen
        assert isinstance(annotations, AnnotationsScreen)
        assert annotations.query_one(AnnotationList).rows == 1
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        assert reader.view.mark == (start, start + 30)
        await pilot.press("escape")  # the marked passage is where the reader landed, not a selection
        await settle(pilot)
        assert app.screen is annotations

        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        await pilot.press("s")  # a sentence selected by the user: the first Esc clears it
        await settle(pilot)
        assert reader.view.selection is not None
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is reader
        assert reader.view.selection is None and reader.view.mark is None
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is annotations
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)


async def test_side_panel_sizes_to_the_terminal(sample_db: Path, open_library) -> None:
    article_id = open_library(sample_db).list_articles()[0].id
    app = make_app(str(sample_db))
    async with app.run_test(size=(80, 24)) as pilot:
        reader = await open_reader(pilot, article_id)
        side = reader.query_one("#side")
        assert not side.display  # narrow: hidden until p
        await pilot.press("p")
        await settle(pilot)
        assert side.display
        assert 28 <= side.region.width <= 32
        assert reader.view.region.width >= 48
        assert reader.view.text_width >= 44

        await pilot.resize_terminal(120, 40)
        await settle(pilot)
        assert 28 <= side.region.width <= 48
        assert reader.view.region.width >= 72

        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        assert 28 <= side.region.width <= 32
        assert reader.view.region.width >= 48
        # the body is re-wrapped to the narrower view
        view = reader.view
        assert all(len(view.body[start:end].rstrip()) <= view.text_width for start, end in view._lines)
