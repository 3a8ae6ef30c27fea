"""Editing what is already written: the note editors open with the caret after the text, ready to add."""

from __future__ import annotations

from pathlib import Path

from newsreader.ui.app import make_app
from newsreader.ui.screens.modals import AnnotationModal, ArticleNoteModal
from newsreader.ui.screens.reader import ReaderScreen

from .conftest import SIZE, settle


async def open_first(pilot) -> ReaderScreen:
    await settle(pilot)
    await pilot.press("enter")
    await settle(pilot)
    assert isinstance(pilot.app.screen, ReaderScreen)
    return pilot.app.screen


async def test_article_note_is_continued_not_prefixed(sample_db: Path, open_library) -> None:
    library = open_library(sample_db)
    article_id = library.list_articles()[0].id
    library.set_article_note(article_id, "First thought.")
    app = make_app(str(sample_db))
    async with app.run_test(size=SIZE) as pilot:
        await open_first(pilot)
        await pilot.press("a")
        await settle(pilot)
        assert isinstance(app.screen, ArticleNoteModal)
        await pilot.press(*" Second.", "ctrl+s")
        await settle(pilot)
    assert library.get_article(article_id).note == "First thought. Second."


async def test_annotation_note_is_continued_not_prefixed(sample_db: Path, open_library) -> None:
    library = open_library(sample_db)
    article_id = library.list_articles()[0].id
    body = library.get_article(article_id).body
    annotation = library.add_annotation(article_id, 0, body.index(" "), note="Check this.", tags=["verify"])
    app = make_app(str(sample_db))
    async with app.run_test(size=SIZE) as pilot:
        await open_first(pilot)
        app.screen.go_to(annotation.start)
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, AnnotationModal)
        await pilot.press("tab", *" Twice.", "ctrl+s")
        await settle(pilot)
    edited = library.get_annotation(annotation.id)
    assert edited.note == "Check this. Twice." and edited.tags == ("verify",)


async def test_annotation_editor_fits_an_80_by_24_terminal(sample_db: Path) -> None:
    app = make_app(str(sample_db))
    async with app.run_test(size=(80, 24)) as pilot:
        await open_first(pilot)
        await pilot.press("n", "S", "t")  # a whole paragraph: the longest preview
        await settle(pilot)
        assert isinstance(app.screen, AnnotationModal)
        text = "\n".join(strip.text for strip in app.screen._compositor.render_strips())
        # how to save is on screen, and so is the note box's bottom edge
        assert "ctrl+s: save" in text, text
        note = app.screen.query_one("#note")
        assert note.region.bottom <= app.screen.query_one(".dialog").content_region.bottom
        assert note.size.height >= 3
