"""Article-level notes survive a W3C JSON export and import: each is an annotation of the whole
article (a target with a source and no selector), restored once however often the file is imported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsreader.cli import cli
from newsreader.export import w3c
from newsreader.store import Library

SAMPLES = Path(__file__).resolve().parents[2] / "sample_data"


def cli_run(db: Path, *args: str) -> str:
    result = CliRunner().invoke(cli, ["--db", str(db), *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


def notes(db: Path) -> dict[str, str | None]:
    """Each article's own note, keyed by its content (ids differ between libraries)."""
    with Library.open(db) as library:
        return {library.get_article(s.id).content_hash: library.get_article(s.id).note for s in library.list_articles()}


@pytest.fixture
def noted(tmp_path: Path) -> Path:
    db = tmp_path / "source.db"
    cli_run(db, "import", str(SAMPLES))
    with Library.open(db) as library:
        first, second, third = (s.id for s in library.list_articles()[:3])
        library.set_article_note(first, "Whole-article thought: *compare* with the March piece")
        library.set_article_note(second, "Only a note here, no passages marked")
        library.add_annotation(first, 0, 20, note="a passage note", tags=["t"])
        library.add_annotation(third, 0, 10)
    return db


def test_article_notes_are_whole_article_annotations(noted: Path) -> None:
    data = json.loads(cli_run(noted, "export", "--format", "json", "--out", "-"))
    items = data["first"]["items"]
    whole = [i for i in items if "selector" not in i["target"]]
    assert sorted(b["value"] for i in whole for b in i["body"]) == [
        "Only a note here, no passages marked",
        "Whole-article thought: *compare* with the March piece",
    ]
    for item in whole:
        assert item["type"] == "Annotation" and item["motivation"] == "commenting"
        assert set(item["target"]) == {"source"}
        assert [b["purpose"] for b in item["body"]] == ["commenting"]
    assert data["total"] == len(items) == 4


def test_export_then_import_restores_article_notes_once(noted: Path, tmp_path: Path) -> None:
    export = tmp_path / "annotations.json"
    export.write_text(cli_run(noted, "export", "--format", "json", "--out", "-"), encoding="utf-8")
    fresh = tmp_path / "fresh.db"
    cli_run(fresh, "import", str(SAMPLES))
    report = json.loads(cli_run(fresh, "import", str(export), "--json"))["annotations"][str(export)]
    assert (report["article_notes"], report["anchored"], report["failed"]) == (2, 2, [])
    assert notes(fresh) == notes(noted)

    with Library.open(fresh) as library:
        before = library.db.execute("SELECT id, note, updated FROM articles ORDER BY id").fetchall()
    report = json.loads(cli_run(fresh, "import", str(export), "--json"))["annotations"][str(export)]
    assert (report["article_notes"], report["anchored"], report["duplicates"]) == (0, 0, 4)
    with Library.open(fresh) as library:
        assert library.db.execute("SELECT id, note, updated FROM articles ORDER BY id").fetchall() == before
    assert "article note(s) restored" in cli_run(fresh, "import", str(export))


def test_a_note_written_since_is_kept_beside_the_imported_one(noted: Path, tmp_path: Path) -> None:
    export = tmp_path / "annotations.json"
    export.write_text(cli_run(noted, "export", "--format", "json", "--out", "-"), encoding="utf-8")
    with Library.open(noted) as library:
        article_id = next(s.id for s in library.list_articles() if library.get_article(s.id).note)
        original = library.get_article(article_id).note
        library.set_article_note(article_id, "rewritten since the export")
    cli_run(noted, "import", str(export))
    cli_run(noted, "import", str(export))
    with Library.open(noted) as library:
        assert library.get_article(article_id).note == f"rewritten since the export\n\n{original}"


def test_whole_article_target_without_a_note_is_a_problem() -> None:
    found, problems = w3c.parse_collection(
        json.dumps(
            {"type": "Annotation", "target": {"source": "urn:x"}, "body": [{"value": "t", "purpose": "tagging"}]}
        )
    )
    assert found == [] and problems == ["annotation 1: targets the whole article but has no note"]
    found, problems = w3c.parse_collection(
        json.dumps({"type": "Annotation", "target": {"source": "urn:x"}, "body": {"type": "TextualBody", "value": "n"}})
    )
    assert problems == [] and [(f.whole_article, f.note, f.exact) for f in found] == [(True, "n", "")]


def test_export_query_takes_in_articles_whose_own_note_matches(noted: Path) -> None:
    data = json.loads(cli_run(noted, "export", "--format", "json", "--query", "march", "--out", "-"))
    assert [b["value"] for i in data["first"]["items"] for b in i["body"]] == [
        "Whole-article thought: *compare* with the March piece"
    ]
