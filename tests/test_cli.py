"""The CLI contract: import, list, show, analyze -- their JSON and their one-line errors."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsreader.cli import cli


def run(*args: str, db: Path | None = None) -> tuple[int, str, str]:
    runner = CliRunner()
    prefix = ["--db", str(db)] if db else []
    result = runner.invoke(cli, [*prefix, *args], catch_exceptions=False, standalone_mode=True)
    return result.exit_code, result.stdout, result.stderr


def run_process(*args: str, env_db: Path) -> subprocess.CompletedProcess[str]:
    """Through the real entry point, so error handling is what a user sees."""
    return subprocess.run(
        [sys.executable, "-m", "newsreader", "--db", str(env_db), *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def imported(tmp_path: Path, sample_dir: Path) -> Path:
    db = tmp_path / "lib.db"
    code, out, err = run("import", str(sample_dir), "--json", db=db)
    assert code == 0, err
    report = json.loads(out)
    assert len(report["imported"]) == 5 and report["failed"] == []
    return db


def test_import_then_reimport_is_unchanged(imported: Path, sample_dir: Path) -> None:
    code, out, _ = run("import", str(sample_dir), "--json", db=imported)
    report = json.loads(out)
    assert code == 0 and len(report["unchanged"]) == 5 and report["imported"] == []


def test_changed_file_updates_and_keeps_id(tmp_path: Path, sample_dir: Path) -> None:
    folder = tmp_path / "articles"
    shutil.copytree(sample_dir, folder)
    db = tmp_path / "lib.db"
    target = folder / "002_e3dd051cb6d3482a.txt"
    first = json.loads(run("import", str(target), "--json", db=db)[1])
    article_id = first["ids"][str(target)]
    target.write_text(target.read_text() + "\n\nA late paragraph added by the editors.\n")
    second = json.loads(run("import", str(target), "--json", db=db)[1])
    assert second["updated"] == [str(target)] and second["ids"][str(target)] == article_id
    shown = json.loads(run("show", str(article_id), "--json", db=db)[1])
    assert shown["text"].endswith("A late paragraph added by the editors.")


def test_list_json_contract(imported: Path) -> None:
    code, out, _ = run("list", "--json", db=imported)
    rows = json.loads(out)
    assert code == 0 and len(rows) == 5
    assert set(rows[0]) == {"id", "title", "source", "published", "byline", "words", "quotes", "leaders", "annotations"}
    dated = [r["published"] for r in rows if r["published"]]
    assert dated == sorted(dated, reverse=True)
    assert rows[-1]["published"] is None or all(r["published"] for r in rows)


def test_list_filters(imported: Path) -> None:
    rows = json.loads(run("list", "--json", "--source", "the independent", db=imported)[1])
    assert [r["source"] for r in rows] == ["The Independent"]
    rows = json.loads(run("list", "--json", "--since", "2022-12-01", db=imported)[1])
    assert rows and all(r["published"] >= "2022-12-01" for r in rows)
    rows = json.loads(run("list", "--json", "--until", "Feb 2022", db=imported)[1])
    assert rows and all(r["published"] < "2022-03-01" for r in rows)
    assert len(json.loads(run("list", "--json", "--limit", "2", db=imported)[1])) == 2


def test_show_json_has_analysis_and_offsets(imported: Path) -> None:
    rows = json.loads(run("list", "--json", db=imported)[1])
    for row in rows:
        data = json.loads(run("show", str(row["id"]), "--json", db=imported)[1])
        assert data["id"] == row["id"] and data["annotations"] == []
        for quote in data["quotes"]:
            assert data["text"][quote["start"] : quote["end"]] == quote["text"]
        for leader in data["leaders"]:
            for mention in leader["mentions"]:
                assert data["text"][mention["start"] : mention["end"]] == mention["text"]


def test_show_renders_text_without_markup(tmp_path: Path) -> None:
    article = tmp_path / "markup.txt"
    article.write_text("A [bold]headline[/bold]\n\nThe minister said the [red]budget[/red] was fine.\n")
    db = tmp_path / "lib.db"
    assert run("import", str(article), db=db)[0] == 0
    code, out, _ = run("show", "1", db=db)
    assert code == 0 and "[red]budget[/red]" in out


def test_analyze_contract_does_not_touch_library(tmp_path: Path, sample_dir: Path) -> None:
    db = tmp_path / "untouched.db"
    code, out, _ = run("--db", str(db), "analyze", str(sample_dir / "004_854efe9d68cbb0f2.txt"), "--json")
    data = json.loads(out)
    assert code == 0 and not db.exists()
    assert {"title", "source", "published", "byline", "text", "quotes", "leaders"} <= set(data)
    assert data["title"].startswith("Macron tells Putin")
    assert data["source"] == "The Independent"
    assert data["published"].startswith("2022-02-07T13:15")


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"", "empty"), (b"\x00\x01\x02binary\x00" * 50, "binary")],
)
def test_bad_files_fail_with_one_line_and_others_import(tmp_path: Path, sample_dir: Path, content: bytes, reason: str):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    good = sample_dir / "002_e3dd051cb6d3482a.txt"
    db = tmp_path / "lib.db"
    result = run_process("import", str(good), str(bad), env_db=db)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    [line] = [x for x in result.stderr.splitlines() if str(bad) in x]
    assert reason in line.lower()
    assert json.loads(run("list", "--json", db=db)[1])[0]["title"].startswith("The “Kremlin”")


def test_missing_path_is_one_line(tmp_path: Path) -> None:
    result = run_process("import", str(tmp_path / "nope.txt"), env_db=tmp_path / "lib.db")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "nope.txt" in result.stderr


def test_bad_library_files_are_one_line_errors(tmp_path: Path) -> None:
    not_db = tmp_path / "garbage.db"
    not_db.write_text("hello " * 1000)
    result = run_process("list", env_db=not_db)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.strip().count("\n") == 0 and "not a newsreader library" in result.stderr
    assert not_db.read_text().startswith("hello")


def test_unwritable_library_location(tmp_path: Path) -> None:
    blocker = tmp_path / "afile"
    blocker.write_text("x")
    article = tmp_path / "a.txt"
    article.write_text("A headline\n\nSome body text that is long enough to import.\n")
    result = run_process("import", str(article), env_db=blocker / "lib.db")
    assert result.returncode == 1 and "cannot create the library folder" in result.stderr


@pytest.mark.parametrize(
    "command", [["list"], ["show", "1"], ["search", "nato"], ["tags"], ["notes"], ["feeds", "list"]]
)
def test_reading_a_library_that_is_not_there_names_it(tmp_path: Path, command: list[str]) -> None:
    """A mistyped --db fails with one line and leaves no empty library behind at the typo."""
    typo = tmp_path / "libary.db"
    result = run_process(*command, env_db=typo)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert (
        result.stderr.strip()
        == f"error: no library at {typo}: check --db/$NEWSREADER_DB (importing articles creates one)"
    )
    assert not typo.exists()


def test_the_default_library_may_be_read_before_it_exists(tmp_path: Path) -> None:
    """A new user's first `newsreader list` shows an empty library instead of an error."""
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data"), "HOME": str(tmp_path)}
    env.pop("NEWSREADER_DB", None)
    result = subprocess.run(
        [sys.executable, "-m", "newsreader", "list"], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0 and "No articles" in result.stdout


def test_bad_date_and_bad_id(imported: Path) -> None:
    result = run_process("list", "--since", "the twelfth of never", env_db=imported)
    assert result.returncode != 0 and "not a date" in result.stderr and "Traceback" not in result.stderr
    result = run_process("show", "abc", env_db=imported)
    assert result.returncode == 1 and "article id is a number" in result.stderr
    result = run_process("show", "999", env_db=imported)
    assert result.returncode == 1 and "no such article" in result.stderr


def test_if_empty_imports_only_once(tmp_path: Path, sample_dir: Path) -> None:
    db = tmp_path / "lib.db"
    assert run("import", "--if-empty", str(sample_dir), db=db)[0] == 0
    assert run("import", "--if-empty", str(tmp_path / "does-not-matter"), db=db)[0] == 0
    assert len(json.loads(run("list", "--json", db=db)[1])) == 5


def test_library_location_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sample_dir: Path) -> None:
    env_db = tmp_path / "env" / "lib.db"
    monkeypatch.setenv("NEWSREADER_DB", str(env_db))
    assert run("import", str(sample_dir / "002_e3dd051cb6d3482a.txt"))[0] == 0
    assert env_db.exists()
    option_db = tmp_path / "opt.db"
    code, _out, err = run("list", "--json", db=option_db)  # --db wins over $NEWSREADER_DB
    assert code == 1 and f"no library at {option_db}" in err
    monkeypatch.delenv("NEWSREADER_DB")
    from newsreader.paths import default_library_path, library_path

    assert library_path(None) == default_library_path()
    assert default_library_path().parts[-2:] == ("newsreader", "library.db")


def test_app_refuses_without_terminal(tmp_path: Path) -> None:
    result = run_process(env_db=tmp_path / "lib.db")
    assert result.returncode == 1 and "needs a terminal" in result.stderr


def test_reanalysis_reads_the_standfirst_as_import_did(tmp_path: Path) -> None:
    article = tmp_path / "deal.txt"
    article.write_text(
        "Deal done\n\nForeign Secretary Yvette Cooper says the deal will hold\n\n"
        "The minister said on Tuesday that the deal was done and would hold through the winter months.\n",
        encoding="utf-8",
    )
    db = tmp_path / "lib.db"
    assert run("import", str(article), db=db)[0] == 0
    before = json.loads(run("show", "1", "--json", db=db)[1])["leaders"]
    assert [leader["name"] for leader in before] == ["Yvette Cooper"]
    assert run("reanalyse", "--all", db=db)[0] == 0
    assert json.loads(run("show", "1", "--json", db=db)[1])["leaders"] == before
