"""W3C JSON import restores each annotation's own times (created, modified), and importing the same
export again changes nothing."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsreader.cli import cli
from newsreader.export import w3c
from newsreader.store import Library

SAMPLES = Path(__file__).resolve().parents[2] / "sample_data"
CREATED = datetime(2023, 5, 2, 8, 15, tzinfo=UTC)
MODIFIED = datetime(2024, 1, 20, 17, 45, 30, tzinfo=UTC)


def cli_run(db: Path, *args: str) -> str:
    result = CliRunner().invoke(cli, ["--db", str(db), *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


def rows(db: Path) -> list[tuple]:
    """Every annotation as stored, keyed by its article's content (ids differ between libraries)."""
    with Library.open(db) as library:
        hashes = {s.id: library.get_article(s.id).content_hash for s in library.list_articles()}
        return sorted(
            (hashes[a.article_id], a.start, a.end, a.exact, a.prefix, a.suffix, a.note, a.tags, a.orphan,
             a.created, a.updated)
            for a in library.list_annotations()
        )  # fmt: skip


def export_json(db: Path, path: Path) -> None:
    path.write_text(cli_run(db, "export", "--format", "json", "--out", "-"), encoding="utf-8")


def raw_tables(db: Path) -> tuple[list, list]:
    with Library.open(db) as library:
        annotations = [tuple(r) for r in library.db.execute("SELECT * FROM annotations ORDER BY id").fetchall()]
        tags = [tuple(r) for r in library.db.execute("SELECT * FROM annotation_tags ORDER BY 1, 2").fetchall()]
    return annotations, tags


@pytest.fixture
def annotated(tmp_path: Path) -> Path:
    """Samples with annotations made long ago, one edited later, one edited just now, one orphan."""
    db = tmp_path / "source.db"
    cli_run(db, "import", str(SAMPLES))
    with Library.open(db) as library:
        first, second = (library.get_article(s.id) for s in library.list_articles()[:2])
        library.add_annotation(first.id, 0, 20, note="made and never touched", tags=["old"], created=CREATED)  # type: ignore[arg-type]
        library.add_annotation(
            first.id, 30, 60, note="edited months later", tags=["edited"], created=CREATED, updated=MODIFIED,  # type: ignore[arg-type]
        )  # fmt: skip
        recent = library.add_annotation(second.id, 5, 25, created=CREATED)  # type: ignore[arg-type]
        library.update_annotation(recent.id, note="edited today")  # type: ignore[arg-type]
        library.add_annotation(
            second.id, -1, -1, note="lost its passage", created=CREATED, updated=MODIFIED,  # type: ignore[arg-type]
            exact="a passage cut from the text", prefix="before ", suffix=" after", orphan=True,
        )  # fmt: skip
    return db


def test_created_and_modified_survive_the_round_trip(annotated: Path, tmp_path: Path) -> None:
    export = tmp_path / "annotations.json"
    export_json(annotated, export)
    items = json.loads(export.read_text(encoding="utf-8"))["first"]["items"]
    assert {item["modified"] for item in items} >= {MODIFIED.isoformat(), CREATED.isoformat()}

    fresh = tmp_path / "fresh.db"
    cli_run(fresh, "import", str(SAMPLES))
    report = json.loads(cli_run(fresh, "import", str(export), "--json"))["annotations"][str(export)]
    assert (report["anchored"], len(report["orphans"]), report["failed"]) == (3, 1, [])
    restored = rows(fresh)
    assert restored == rows(annotated)
    assert {(a[6], a[9], a[10]) for a in restored} >= {
        ("made and never touched", CREATED, CREATED),
        ("edited months later", CREATED, MODIFIED),
        ("lost its passage", CREATED, MODIFIED),
    }
    # Re-exported from the new library, the file says the same (apart from the local ids).
    again = tmp_path / "again.json"
    export_json(fresh, again)

    def without_ids(path: Path) -> list[dict]:
        found = json.loads(path.read_text(encoding="utf-8"))["first"]["items"]
        return sorted(json.dumps({k: v for k, v in i.items() if k != "id"}, sort_keys=True) for i in found)

    assert without_ids(again) == without_ids(export)


def test_importing_the_same_export_again_changes_nothing(annotated: Path, tmp_path: Path) -> None:
    export = tmp_path / "annotations.json"
    export_json(annotated, export)
    fresh = tmp_path / "fresh.db"
    cli_run(fresh, "import", str(SAMPLES))
    cli_run(fresh, "import", str(export))
    before = raw_tables(fresh)
    report = json.loads(cli_run(fresh, "import", str(export), "--json"))["annotations"][str(export)]
    assert (report["anchored"], report["orphans"], report["duplicates"]) == (0, [], 4)
    assert raw_tables(fresh) == before  # not a row, a time or a tag touched
    # ... and into the library it came from.
    source_before = raw_tables(annotated)
    cli_run(annotated, "import", str(export))
    assert raw_tables(annotated) == source_before


def _one(item: dict) -> w3c.ImportedAnnotation:
    base = {
        "type": "Annotation",
        "target": {"source": "urn:x", "selector": [{"type": "TextQuoteSelector", "exact": "q"}]},
    }
    found, problems = w3c.parse_collection(json.dumps({**base, **item}))
    assert not problems
    return found[0]


def test_times_as_other_tools_write_them() -> None:
    zulu = _one({"created": "2023-05-02T08:15:00Z", "modified": "2024-01-20T17:45:30.250Z"})
    assert zulu.created == CREATED and zulu.modified == MODIFIED + timedelta(milliseconds=250)
    offset = _one({"created": "2023-05-02T10:15:00+02:00"})
    assert offset.created == CREATED and offset.created.utcoffset() == timedelta(hours=2)
    assert offset.modified is None
    naive = _one({"created": "2023-05-02T08:15:00"})  # no zone: UTC, like everything the library writes
    assert naive.created == CREATED and naive.created.tzinfo == UTC
    assert _one({"created": "yesterday", "modified": 5}).created is None
    only_modified = _one({"modified": "2024-01-20T17:45:30Z"})
    assert only_modified.created == only_modified.modified == MODIFIED
    # A modified time before the creation is not believed past the creation.
    backwards = _one({"created": "2024-01-20T17:45:30Z", "modified": "2023-05-02T08:15:00Z"})
    assert backwards.modified == backwards.created == MODIFIED
    assert UTC == UTC


def test_hostile_files_are_one_line_or_ignored_offsets() -> None:
    with pytest.raises(w3c.W3CError, match="nested too deeply"):
        w3c.parse_collection("[" * 100_000 + "]" * 100_000)
    for position in ({"start": -9, "end": -1}, {"start": True, "end": 4}, {"start": 7, "end": 3}):
        item = _one({"target": {"source": "urn:x", "selector": [
            {"type": "TextQuoteSelector", "exact": "q"}, {"type": "TextPositionSelector", **position},
        ]}})  # fmt: skip
        assert (item.start, item.end) == (None, None)
