"""The app's import (i) takes what `newsreader import` takes, W3C annotation exports included."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from newsreader.cli.export_commands import export_library
from newsreader.ui.app import make_app
from newsreader.ui.screens.modals import PromptModal

from .conftest import SIZE, settle


async def test_import_key_restores_an_annotation_export(sample_db: Path, open_library, tmp_path: Path) -> None:
    library = open_library(sample_db)
    article_id = library.list_articles()[0].id
    annotation = library.add_annotation(article_id, 0, 12, note="keep me", tags=["backup"])
    export_library(library, fmt="json", out=tmp_path)
    [exported] = list(tmp_path.glob("*.json"))
    library.delete_annotation(annotation.id)
    assert library.count_annotations() == 0

    app = make_app(str(sample_db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("i")
        await settle(pilot)
        assert isinstance(app.screen, PromptModal)
        app.screen.query_one(Input).value = str(exported)
        await pilot.press("enter")
        await settle(pilot, rounds=6)
        messages = " ".join(n.message for n in app._notifications)
        assert "1 annotation(s) restored" in messages, messages
        assert "unsupported file type" not in messages
    [restored] = library.list_annotations()
    assert (restored.start, restored.end, restored.note, restored.tags) == (0, 12, "keep me", ("backup",))


async def test_import_key_reports_a_bad_annotation_file(sample_db: Path, tmp_path: Path) -> None:
    bad = tmp_path / "broken.json"
    bad.write_text('{"not": ', encoding="utf-8")
    app = make_app(str(sample_db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.run_import([str(bad)])
        await settle(pilot, rounds=6)
        messages = " ".join(n.message for n in app._notifications)
        assert f"{bad}: not valid JSON" in messages, messages
