"""The search, annotate, notes and tags commands: JSON contracts and one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsreader.cli import cli


def run(db: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["--db", str(db), *args])
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "lib.db"
    sample_dir = Path(__file__).resolve().parents[1] / "sample_data"
    code, _, err = run(path, "import", str(sample_dir))
    assert code == 0, err
    return path


def article_id(db: Path, word: str) -> int:
    rows = json.loads(run(db, "list", "--json")[1])
    return next(r["id"] for r in rows if word in r["title"])


def test_annotate_then_find_it_everywhere(db: Path) -> None:
    aid = article_id(db, "Kremlin")
    code, out, err = run(
        db, "annotate", str(aid), "--passage", "Kremlin", "--occurrence", "2",
        "--tag", "negotiations", "--tag", "#kremlin", "--note", "Peskov *again* rejects the terms", "--json",
    )  # fmt: skip
    assert code == 0, err
    made = json.loads(out)
    body = json.loads(run(db, "show", str(aid), "--json")[1])["text"]
    first = body.index("Kremlin")
    assert made["start"] == body.index("Kremlin", first + 1) and made["tags"] == ["negotiations", "kremlin"]
    hits = json.loads(run(db, "search", "peskov again", "--json")[1])
    assert hits[0]["kind"] == "note" and hits[0]["annotation_id"] == made["id"]
    assert hits[0]["snippet"][slice(*hits[0]["matches"][0])].lower() == "peskov"
    tagged = json.loads(run(db, "search", "tag:negotiations", "--json")[1])
    assert [h["annotation_id"] for h in tagged] == [made["id"]]
    assert json.loads(run(db, "notes", "--tag", "kremlin", "--json")[1])[0]["id"] == made["id"]
    assert {"name": "negotiations", "count": 1} in json.loads(run(db, "tags", "--json")[1])
    code, out, _ = run(db, "notes")
    assert code == 0 and "#negotiations" in out and "Peskov *again*" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--passage", "no such words anywhere"], "is not in the text"),
        (["--passage", "Kremlin"], "add --occurrence"),
        (["--passage", "Kremlin", "--occurrence", "99"], "not 99"),
        (["--passage", "  "], "empty"),
    ],
)
def test_annotate_errors_are_one_line(db: Path, args: list[str], message: str) -> None:
    code, _, err = run(db, "annotate", str(article_id(db, "Kremlin")), *args)
    assert code == 1 and message in err and err.count("\n") == 1


def test_annotate_unknown_article(db: Path) -> None:
    code, _, err = run(db, "annotate", "999", "--passage", "x")
    assert code == 1 and "no such article" in err


@pytest.mark.parametrize(
    "query", ["O'Brien", "20.04", "@nasa", '"unbalanced', "AND OR NOT", "NEAR", "*", "-", ":", "🙂 war", "a:b:c"]
)
def test_hostile_queries_never_trace(db: Path, query: str) -> None:
    code, out, err = run(db, "search", query, "--json")
    assert "Traceback" not in err
    if code == 0:
        assert isinstance(json.loads(out), list)
    else:
        assert code == 1 and err.startswith("error: ") and err.count("\n") == 1


def test_search_human_output_and_help(db: Path) -> None:
    code, out, _ = run(db, "search", "sit", "down", "--limit", "3")
    assert code == 0 and out.count("[") >= 1
    code, out, _ = run(db, "search", "--help")
    assert code == 0 and "speaker:macron" in out and "since:" in out and "is:note" in out
    assert run(db, "search", "zzzqqqxx")[1].startswith("No results")


def test_quotes_by_speaker_from_the_cli(db: Path) -> None:
    hits = json.loads(run(db, "search", "speaker:macron", "--json")[1])
    assert hits and all(h["kind"] == "quote" and "Macron" in h["speaker"] for h in hits)


def test_search_finds_article_notes(tmp_path: Path) -> None:
    from newsreader.store import Library

    path = tmp_path / "lib.db"
    sample_dir = Path(__file__).resolve().parents[1] / "sample_data"
    assert run(path, "import", str(sample_dir))[0] == 0
    aid = article_id(path, "Kremlin")
    with Library.open(path) as library:
        library.set_article_note(aid, "Follow up on the Zaporizhzhia angle")
    code, out, err = run(path, "search", "zaporizhzhia")
    assert code == 0, err
    assert out.startswith(f"[article note] {aid} ") and "Zaporizhzhia angle" in out
    [hit] = json.loads(run(path, "search", "is:note", "zaporizhzhia", "--json")[1])
    assert (hit["kind"], hit["article_id"], hit["annotation_id"], hit["article_note"]) == ("note", aid, None, True)
    assert hit["snippet"][slice(*hit["matches"][0])] == "Zaporizhzhia"
    assert json.loads(run(path, "search", "is:passage", "zaporizhzhia", "--json")[1]) == []
    assert "article notes" in run(path, "search", "--help")[1]
