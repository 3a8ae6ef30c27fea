"""`newsreader export` when nothing matches: nothing written anywhere, one line on stderr, exit 0."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsreader.cli import cli
from newsreader.store import Library

SAMPLES = Path(__file__).resolve().parent.parent / "sample_data"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "lib.db"
    assert CliRunner().invoke(cli, ["--db", str(path), "import", str(SAMPLES)]).exit_code == 0
    return path


def export(db: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Through the real entry point, so stdout and stderr are what a shell sees."""
    return subprocess.run(
        [sys.executable, "-m", "newsreader", "--db", str(db), "export", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )


@pytest.mark.parametrize(
    ("args", "why"),
    [
        (("--format", "markdown", "--out", "-"), "the library has no annotations and no article notes"),
        (("--format", "json", "--out", "-"), "the library has no annotations and no article notes"),
        (("--single", "-"), "the library has no annotations and no article notes"),
        (("--out", "notes"), "the library has no annotations and no article notes"),
        (("--format", "json", "--out", "notes"), "the library has no annotations and no article notes"),
        (("--single", "all.md"), "the library has no annotations and no article notes"),
        (("--tag", "missing", "--out", "-"), "no annotations or notes match --tag 'missing'"),
        (("--query", "zzzqqq", "--out", "notes"), "no annotations or notes match --query 'zzzqqq'"),
    ],
)
def test_nothing_to_export_writes_nothing(db: Path, tmp_path: Path, args: tuple[str, ...], why: str) -> None:
    work = tmp_path / "work"
    work.mkdir()
    done = export(db, work, *args)
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    assert done.stderr == f"nothing to export ({why})\n"
    assert list(work.iterdir()) == []  # no folder, no stub file


def test_an_article_without_annotations_is_nothing_to_export(db: Path, tmp_path: Path) -> None:
    with Library.open(db) as library:
        article_id = library.list_articles()[0].id
    done = export(db, tmp_path, "--article", str(article_id), "--out", "-")
    assert (done.returncode, done.stdout) == (0, "")
    assert done.stderr == f"nothing to export (article {article_id} has no annotations and no note)\n"


def test_json_report_still_says_zero(db: Path, tmp_path: Path) -> None:
    done = export(db, tmp_path, "--out", "notes", "--json")
    assert done.returncode == 0
    assert json.loads(done.stdout) == {"articles": 0, "annotations": 0, "files": []}
    assert done.stderr.startswith("nothing to export (")
    assert not (tmp_path / "notes").exists()


def test_an_article_note_alone_is_something_to_export(db: Path, tmp_path: Path) -> None:
    with Library.open(db) as library:
        article_id = library.list_articles()[0].id
        library.set_article_note(article_id, "worth a second read")
    done = export(db, tmp_path, "--out", "-")
    assert done.returncode == 0 and done.stderr == ""
    assert "worth a second read" in done.stdout
