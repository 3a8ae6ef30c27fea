"""Pilot tests of the export action: the current article from the reader, everything from the library."""

from __future__ import annotations

import io
import json
from pathlib import Path

from rich.console import Console
from textual.widgets import Input

from newsreader.ui.app import make_app
from newsreader.ui.screens.export import ExportModal, default_folder
from newsreader.ui.screens.help import HelpScreen
from newsreader.ui.screens.library import LibraryScreen
from newsreader.ui.screens.reader import ReaderScreen

from .conftest import SIZE, settle

NOTE = "Biden sets [bold]terms[/bold]"


def annotate_two_articles(library) -> list[tuple[int, str]]:
    """A tagged, noted passage (the first 60 characters of the body) in each of two articles."""
    made = []
    for summary in library.list_articles()[:2]:
        body = library.get_article(summary.id).body
        passage = body[:60]
        library.add_annotation(summary.id, 0, 60, note=NOTE, tags=["terms"])
        made.append((summary.id, passage))
    return made


def record_notifications(app) -> list[tuple[str, str, bool]]:
    seen: list[tuple[str, str, bool]] = []
    original = app.notify

    def notify(message: str, *args, severity: str = "information", markup: bool = True, **kwargs) -> None:
        seen.append((message, severity, markup))
        original(message, *args, severity=severity, markup=markup, **kwargs)

    app.notify = notify
    return seen


async def fill_modal(pilot, folder: Path) -> ExportModal:
    await settle(pilot)
    modal = pilot.app.screen
    assert isinstance(modal, ExportModal)
    field = modal.query_one("#export-folder", Input)
    assert field.value == str(default_folder())
    field.value = str(folder)
    return modal


async def test_export_current_article_as_markdown(sample_db: Path, open_library, tmp_path: Path) -> None:
    library = open_library(sample_db)
    (article_id, passage), _other = annotate_two_articles(library)
    out = tmp_path / "out"
    app = make_app(str(sample_db))
    async with app.run_test(size=SIZE) as pilot:
        seen = record_notifications(app)
        await settle(pilot)
        app.open_article(article_id)
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("x")
        modal = await fill_modal(pilot, out)
        assert modal.format == "markdown"
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        written = sorted(out.glob("*.md"))
        assert len(written) == 1  # only the current article, not the other annotated one
        text = written[0].read_text(encoding="utf-8")
        assert f"newsreader:end article={article_id} " in text
        assert " ".join(passage.split())[:40] in " ".join(text.split())
        assert "#terms" in text
        message, severity, markup = seen[-1]
        assert severity == "information" and markup is False
        assert str(written[0]) in message
        assert "1 annotation(s) from 1 article(s)" in message
        # the same export again leaves the file as it is and says so
        await pilot.press("x")
        await fill_modal(pilot, out)
        await pilot.press("enter")
        await settle(pilot)
        assert sorted(out.glob("*.md")) == written
        assert f"{written[0]}: unchanged" in seen[-1][0]


async def test_export_everything_as_json_from_the_library(sample_db: Path, open_library, tmp_path: Path) -> None:
    library = open_library(sample_db)
    made = annotate_two_articles(library)
    out = tmp_path / "json-out"
    app = make_app(str(sample_db))
    async with app.run_test(size=SIZE) as pilot:
        seen = record_notifications(app)
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("x")
        modal = await fill_modal(pilot, out)
        await pilot.click("#format-json")
        assert modal.format == "json"
        await pilot.click("#export")
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        path = out / "newsreader-annotations.json"
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["type"] == "AnnotationCollection"
        items = data["first"]["items"]
        assert len(items) == len(made) == 2
        exacts = {
            selector["exact"]
            for item in items
            for selector in item["target"]["selector"]
            if selector["type"] == "TextQuoteSelector"
        }
        assert exacts == {passage for _, passage in made}
        assert all(any(b.get("value") == NOTE for b in item["body"]) for item in items)
        message, severity, markup = seen[-1]
        assert str(path) in message and severity == "information" and markup is False


async def test_unwritable_folder_is_one_line_of_error(sample_db: Path, open_library, tmp_path: Path) -> None:
    annotate_two_articles(open_library(sample_db))
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    app = make_app(str(sample_db))
    async with app.run_test(size=SIZE) as pilot:
        seen = record_notifications(app)
        await settle(pilot)
        await pilot.press("x")
        await fill_modal(pilot, blocker)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        message, severity, markup = seen[-1]
        assert severity == "error" and markup is False
        assert "\n" not in message
        assert message.startswith("Export failed:") and "not a folder" in message
        assert blocker.read_text() == "not a folder"
        assert not [w for w in app.workers if w.error is not None]


async def test_escape_cancels_without_writing(sample_db: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    app = make_app(str(sample_db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("x")
        await settle(pilot)
        assert isinstance(app.screen, ExportModal)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        assert not (tmp_path / "newsreader-export").exists()


async def test_palette_and_help_offer_export_and_search(sample_db: Path) -> None:
    app = make_app(str(sample_db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        titles = {command.title for command in app.get_system_commands(app.screen)}
        assert {"Search", "Export annotations…"} <= titles
        await pilot.press("enter")  # open the first article
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        titles = {command.title for command in app.get_system_commands(reader)}
        assert "Export this article…" in titles
        command = next(c for c in app.get_system_commands(reader) if c.title == "Export this article…")
        command.callback()
        await settle(pilot)
        assert isinstance(app.screen, ExportModal)
        assert "this article" in str(app.screen.what) or reader.article.title in app.screen.what
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        console = Console(width=120, record=True, file=io.StringIO())
        console.print(app.screen._render_help())
        text = console.export_text()
        assert "Export" in text and "Search" in text
