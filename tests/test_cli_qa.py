"""Bad input a script can give the CLI: each gets one line naming the thing and the reason, exit code 1."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsreader.cli import cli

ARTICLE = 'Talks resume\n\nThe envoy arrived on Monday. "We will not back down," Joe Biden said.\n'


def run(db: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["--db", str(db), *args], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "lib.db"
    article = tmp_path / "talks.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert run(path, "import", str(article))[0] == 0
    return path


def test_notes_for_a_missing_article_is_an_error(db: Path) -> None:
    code, out, err = run(db, "notes", "--article", "999999")
    assert code == 1 and out == ""
    assert err.strip() == "error: article 999999: no such article in this library"


def test_notes_with_a_filter_that_matches_nothing_says_so(db: Path) -> None:
    assert run(db, "annotate", "1", "--passage", "The envoy arrived", "--tag", "travel")[0] == 0
    code, out, _ = run(db, "notes", "--tag", "sanctions")
    assert code == 0
    assert out.strip() == "No annotations tagged #sanctions."
    code, out, _ = run(db, "notes", "--tag", "sanctions", "--json")
    assert code == 0 and json.loads(out) == []


def test_list_with_filters_that_match_nothing_does_not_say_the_library_is_empty(db: Path) -> None:
    code, out, _ = run(db, "list", "--source", "Nobody Times")
    assert code == 0
    assert "No articles match" in out and "Import some" not in out


@pytest.mark.parametrize("value", ["2022-13-01", "2022/13/01", "2022-02-30", "-5", "1e400", "12345"])
def test_list_rejects_what_is_not_a_date(db: Path, value: str) -> None:
    code, out, err = run(db, "list", "--since", value)
    assert code == 1 and out == ""
    assert err.startswith(f"error: {value!r}: not a date") and err.count("\n") == 1


@pytest.mark.parametrize("value", ["2022-12-01", "2022-12", "Feb 2022", "12/01/2022", "1 December 2022", "last week"])
def test_list_accepts_dates(db: Path, value: str) -> None:
    code, _, err = run(db, "list", "--since", value, "--until", "today", "--json")
    assert code == 0, err


@pytest.fixture
def write_lock(db: Path) -> Iterator[None]:
    """Another process's write transaction on the library, held for the test."""
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE articles SET title = title")
    yield
    other.execute("ROLLBACK")
    other.close()


def test_a_locked_library_is_one_line_naming_it(db: Path, write_lock: None) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "newsreader", "--db", str(db), "annotate", "1", "--passage", "The envoy arrived"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"error: {db}: the library is busy")
    assert "OperationalError" not in lines[0] and "Traceback" not in result.stderr


def test_after_the_lock_nothing_is_lost(db: Path) -> None:
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE articles SET title = title")
    subprocess.run(
        [sys.executable, "-m", "newsreader", "--db", str(db), "annotate", "1", "--passage", "The envoy arrived"],
        capture_output=True,
        timeout=120,
    )
    other.execute("ROLLBACK")
    other.close()
    code, out, _ = run(db, "show", "1", "--json")
    assert code == 0 and json.loads(out)["title"] == "Talks resume"
    assert run(db, "annotate", "1", "--passage", "The envoy arrived")[0] == 0


def test_search_query_may_start_with_an_exclusion(db: Path) -> None:
    # `-nato` is query syntax, not an option: the shell passes it first when the user types it first
    code, out, err = run(db, "search", "-nato", "envoy", "--json")
    assert code == 0, err
    assert [hit["kind"] for hit in json.loads(out)] == ["article"]
    code, _, err = run(db, "search", "-nato")
    assert code == 1 and err.startswith("error: -word only leaves things out")


def test_a_file_name_that_is_not_utf8_fails_alone(tmp_path: Path) -> None:
    folder = tmp_path / "dump"
    folder.mkdir()
    (folder / "good.txt").write_text(ARTICLE, encoding="utf-8")
    bad = os.fsdecode(bytes(folder) + b"/caf\xe9.txt")  # Latin-1 name, as old archives have
    Path(bad).write_text(ARTICLE.replace("Talks resume", "Other talks"), encoding="utf-8")
    db = tmp_path / "lib.db"
    result = subprocess.run(
        [sys.executable, "-m", "newsreader", "--db", str(db), "import", str(folder), "--json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    assert report["imported"] == [str(folder / "good.txt")]
    [failure] = report["failed"]
    assert failure["input"].endswith("caf\ufffd.txt") and "not valid UTF-8" in failure["reason"]
    assert "Traceback" not in result.stderr and "UnicodeEncodeError" not in result.stderr


def test_import_if_empty_on_a_full_library_still_answers_in_json(db: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text(ARTICLE.replace("Talks resume", "Other talks"), encoding="utf-8")
    code, out, err = run(db, "import", "--if-empty", str(other), "--json")
    assert code == 0
    report = json.loads(out)  # a script piping to jq gets a report, not nothing
    assert report["imported"] == [] and report["failed"] == []
    code, out, err = run(db, "import", "--if-empty", str(other))
    assert code == 0 and "not empty" in err and "nothing imported" in err
    assert len(json.loads(run(db, "list", "--json")[1])) == 1


def test_importing_articles_and_an_annotation_export_is_one_json_document(db: Path, tmp_path: Path) -> None:
    assert run(db, "annotate", "1", "--passage", "The envoy arrived", "--tag", "travel")[0] == 0
    exported = tmp_path / "annotations.json"
    code, out, _ = run(db, "export", "--format", "json", "--out", "-")
    exported.write_text(out, encoding="utf-8")
    other = tmp_path / "other.txt"
    other.write_text("Other talks\n\nA different envoy left on Tuesday.\n", encoding="utf-8")
    code, out, err = run(db, "import", str(exported), str(other), "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["imported"] == [str(other)]
    assert report["annotations"][str(exported)]["duplicates"] == 1


def test_feeds_export_dash_is_standard_output(db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert run(db, "feeds", "add", "https://example.org/rss.xml", "--name", "Example")[0] == 0
    code, out, err = run(db, "feeds", "export", "-")
    assert code == 0, err
    assert out.startswith("<?xml") and 'xmlUrl="https://example.org/rss.xml"' in out
    assert not (tmp_path / "-").exists()  # like export --out -, not a file named "-"


def test_export_single_dash_is_standard_output(db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert run(db, "annotate", "1", "--passage", "The envoy arrived", "--tag", "travel")[0] == 0
    code, out, err = run(db, "export", "--single", "-")
    assert code == 0, err
    assert "The envoy arrived" in out and "#travel" in out
    assert not list(tmp_path.glob("-*"))  # no "-.md" beside the library


def test_dates_without_a_time_cover_whole_days() -> None:
    from datetime import datetime, timedelta

    from newsreader.cli.common import parse_when

    today = datetime.now().replace(hour=0, minute=0, second=0, microsecond=0)
    yesterday = today - timedelta(days=1)
    # an article dated yesterday (midnight) is "since yesterday", and one from late yesterday "until" it
    assert parse_when("yesterday") == yesterday
    assert parse_when("yesterday", end_of_period=True) == yesterday.replace(hour=23, minute=59, second=59)
    assert parse_when("today", end_of_period=True) == today.replace(hour=23, minute=59, second=59)
    assert parse_when("2022") == datetime(2022, 1, 1)  # a year is the whole year, not its December
    assert parse_when("2022", end_of_period=True) == datetime(2022, 12, 31, 23, 59, 59)
    hours = parse_when("3 hours ago")
    assert abs((datetime.now() - hours) - timedelta(hours=3)) < timedelta(minutes=1)  # a time stays a time
