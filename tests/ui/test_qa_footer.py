"""The footer offers only what applies: no "Open" on a list with nothing in it."""

from __future__ import annotations

from pathlib import Path

from newsreader.ui.app import make_app
from newsreader.ui.screens.annotations import AnnotationsScreen

from .conftest import SIZE, settle


def footer_text(app) -> str:
    return app.screen._compositor.render_strips()[-1].text


async def test_empty_annotations_list_offers_no_open(sample_db: Path, open_library) -> None:
    app = make_app(str(sample_db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "Open" in footer_text(app)  # the library's list has articles
        await pilot.press("A")
        await settle(pilot)
        assert isinstance(app.screen, AnnotationsScreen)
        assert "No annotations yet" in "\n".join(s.text for s in app.screen._compositor.render_strips())
        assert "Open" not in footer_text(app)


async def test_open_appears_once_the_list_fills(sample_db: Path, open_library) -> None:
    library = open_library(sample_db)
    app = make_app(str(sample_db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("A")
        await settle(pilot)
        assert "Open" not in footer_text(app)
        article_id = library.list_articles()[0].id
        library.add_annotation(article_id, 0, 5, note="later", tags=["x"])
        app.screen.reload()
        await settle(pilot)
        assert "Open" in footer_text(app)


async def test_annotation_detail_dates_the_note_not_the_article(sample_db: Path, open_library) -> None:
    library = open_library(sample_db)
    summary = library.list_articles()[0]
    library.add_annotation(summary.id, 0, 5, note="mine", tags=["x"])
    app = make_app(str(sample_db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("A")
        await settle(pilot)
        text = "\n".join(s.text for s in app.screen._compositor.render_strips())
        assert " · noted " in text


async def test_annotation_rows_keep_the_passage_readable_at_80_columns(sample_db: Path, open_library) -> None:
    library = open_library(sample_db)
    summary = library.list_articles()[0]
    body = library.get_article(summary.id).body
    end = body.index(" ", 40)
    library.add_annotation(summary.id, 0, end, note="", tags=["negotiations", "diplomacy"])
    app = make_app(str(sample_db))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("A")
        await settle(pilot)
        rows = [s.text for s in app.screen._compositor.render_strips()]
        row = next(r for r in rows if "#negotiation" in r and "“" in r)  # the list row, not the detail
        shown = row.split("“", 1)[1].split("…", 1)[0]
        assert len(shown) >= 30, rows  # the passage, not the tag and title columns, gets the room
