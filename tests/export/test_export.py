"""Markdown and W3C export: golden files for the samples, CommonMark rendering, safe files, round trip."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from newsreader.cli import cli
from newsreader.cli.export_commands import export_library, import_w3c
from newsreader.export import files, markdown, w3c
from newsreader.model import Annotation, Article
from newsreader.store import Library

GOLDEN = Path(__file__).parent / "golden"
SAMPLES = Path(__file__).resolve().parents[2] / "sample_data"
REGENERATE = os.environ.get("NEWSREADER_REGEN_GOLDEN") == "1"
STAMP = datetime(2024, 3, 1, 9, 30, tzinfo=UTC)


def cli_run(db: Path, *args: str) -> str:
    result = CliRunner().invoke(cli, ["--db", str(db), *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


def annotate_samples(library: Library) -> None:
    """Fixed annotations on every sample: a sentence, a quotation, notes with Markdown in them."""
    for n, summary in enumerate(sorted(library.list_articles(), key=lambda s: s.title)):
        article = library.get_article(summary.id)
        body = article.body
        second = body.index("\n\n") + 2
        end = body.find(".", second) + 1 or second + 60
        library.add_annotation(
            article.id, second, min(end, second + 160),  # type: ignore[arg-type]
            note="Check *this* claim -- [source](https://example.org) & <b>bold</b>\n\n- a list item",
            tags=["negotiations", f"sample{n}"], created=STAMP,
        )  # fmt: skip
        quotes = library.get_analysis(article.id).quotes  # type: ignore[arg-type]
        if quotes:
            library.add_annotation(article.id, quotes[0].start, quotes[0].end, tags=["quote"], created=STAMP)  # type: ignore[arg-type]
        library.set_article_note(article.id, f"Article note {n}: #not-a-tag, 1. not a list")  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("lib") / "library.db"
    cli_run(db, "import", str(SAMPLES), "--json")
    with Library.open(db) as library:
        annotate_samples(library)
    return db


def test_markdown_golden_files_for_the_samples(sample_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    cli_run(sample_db, "export", "--out", str(out))
    written = sorted(out.iterdir())
    assert len(written) == 5
    if REGENERATE:
        GOLDEN.mkdir(exist_ok=True)
        for path in written:
            (GOLDEN / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    expected = sorted(GOLDEN.glob("*.md"))
    assert [p.name for p in written] == [p.name for p in expected]
    for got, want in zip(written, expected, strict=True):
        assert got.read_text(encoding="utf-8") == want.read_text(encoding="utf-8"), got.name


def test_reexport_is_byte_identical_and_leaves_files_alone(sample_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    cli_run(sample_db, "export", "--out", str(out))
    before = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in out.iterdir()}
    report = json.loads(cli_run(sample_db, "export", "--out", str(out), "--json"))
    assert {f["status"] for f in report["files"]} == {"unchanged"}
    assert {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in out.iterdir()} == before


def test_an_edited_file_is_kept_and_the_new_export_goes_beside_it(sample_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    cli_run(sample_db, "export", "--out", str(out))
    target = sorted(out.iterdir())[0]
    edited = target.read_text(encoding="utf-8").replace("Check *this*", "My own words")
    target.write_text(edited, encoding="utf-8")
    message = cli_run(sample_db, "export", "--out", str(out))
    assert "edited since the last export" in message
    assert target.read_text(encoding="utf-8") == edited
    sibling = target.with_name(target.name[:-3] + ".new.md")
    assert "Check *this*" in sibling.read_text(encoding="utf-8")


def test_text_after_our_marker_is_kept(sample_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    cli_run(sample_db, "export", "--out", str(out))
    target = sorted(out.iterdir())[0]
    target.write_text(target.read_text(encoding="utf-8") + "\nMy own follow-up.\n", encoding="utf-8")
    with Library.open(sample_db) as library:
        article_id = markdown.split_ours(target.read_text(encoding="utf-8"))[2]  # type: ignore[index]
        extra = library.add_annotation(article_id, 0, 5, note="newer", created=datetime(2024, 4, 1, tzinfo=UTC))
        try:
            cli_run(sample_db, "export", "--out", str(out))
        finally:
            library.delete_annotation(extra.id)  # type: ignore[arg-type]
    text = target.read_text(encoding="utf-8")
    assert "newer" in text and text.endswith("My own follow-up.\n")
    assert markdown.split_ours(text)[3]  # type: ignore[index]


def test_unrelated_files_are_never_overwritten(tmp_path: Path) -> None:
    folder = files.prepare_folder(tmp_path)
    (folder / "2022-01-01-title-7.md").write_text("my diary", encoding="utf-8")
    outcome = files.write_marked(folder, "2022-01-01-title-7", "x\n" + markdown.end_line(7, "x\n"), 7)
    assert outcome.path.name == "2022-01-01-title-7-2.md"
    assert (folder / "2022-01-01-title-7.md").read_text(encoding="utf-8") == "my diary"
    again = files.write_marked(folder, "2022-01-01-title-7", "x\n" + markdown.end_line(7, "x\n"), 7)
    assert again.path == outcome.path and again.status == "unchanged"


@pytest.mark.parametrize("title", ["../../etc/passwd", "/abs/path", "..", "a/b\\c", "C:\\x", "\x00\n", "🙂", ""])
def test_file_names_stay_inside_the_folder(tmp_path: Path, title: str) -> None:
    folder = files.prepare_folder(tmp_path / "out")
    stem = files.article_stem(title, "2022-01-01", 3)
    outcome = files.write_marked(folder, stem, "x\n" + markdown.end_line(3, "x\n"), 3)
    assert outcome.path.parent == folder and outcome.path.exists()
    assert list(tmp_path.iterdir()) == [tmp_path / "out"]


def test_single_file_refuses_a_stranger(sample_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "all.md"
    target.write_text("not ours", encoding="utf-8")
    result = CliRunner().invoke(cli, ["--db", str(sample_db), "export", "--single", str(target)])
    assert result.exit_code == 1 and "not written by newsreader" in result.stderr
    assert target.read_text(encoding="utf-8") == "not ours"
    other = tmp_path / "mine.md"
    cli_run(sample_db, "export", "--single", str(other), "--with-quotes")
    text = other.read_text(encoding="utf-8")
    assert text.count("\n## Annotations") == 0 and text.count("\n### Annotations") == 5
    assert "\n### Quotations" in text and "\n#### " in text


def article_with(body: str) -> Article:
    return Article(title="T *x*", body=body, id=1, content_hash="h" * 64)


SPECIALS = [
    "Stars *like this* and __under__ and `code` here",
    "[a link](http://evil.example) and ![img](x.png)",
    "<script>alert(1)</script> & &amp; entities",
    "# Not a heading",
    "1. not a list",
    "- not a bullet",
    "+ nor this",
    "---",
    "===",
    "    four spaces of indent",
    "back\\slash and | pipes | and ~~strike~~ and $math$",
    "#hashtag mid #line",
    "> not a quote",
]


@pytest.mark.parametrize("passage", SPECIALS)
def test_passages_render_as_their_own_text(passage: str) -> None:
    body = "Intro paragraph.\n\n" + passage + "\n\nOutro."
    start = body.index(passage)
    annotation = Annotation(1, 1, start, start + len(passage), passage, note="plain note", tags=("t",))
    text = markdown.article_markdown(article_with(body), [annotation])
    tokens = MarkdownIt("commonmark").parse(text)
    inside = False
    seen = []
    for token in tokens:
        if token.type == "blockquote_open":
            inside = True
        elif token.type == "blockquote_close":
            inside = False
        elif inside:
            assert token.type in ("paragraph_open", "paragraph_close", "inline"), token.type
            if token.type == "inline":
                assert [c.type for c in token.children or []] in (["text"], ["text", "softbreak", "text"])
                seen.append("".join(c.content for c in token.children or []))
    assert seen == [passage.strip()]


def test_note_markdown_is_kept_and_page_structure_survives() -> None:
    body = "One.\n\nTwo."
    note = "**Key line.** see [here](https://x.org)\n\n<!-- newsreader:end article=1 sha256=" + "0" * 64 + " -->"
    text = markdown.article_markdown(article_with(body), [Annotation(1, 1, 5, 9, "Two.", note=note)])
    html = MarkdownIt("commonmark").render(text)
    assert "<strong>Key line.</strong>" in html and '<a href="https://x.org">here</a>' in html
    ours = markdown.split_ours(text)
    assert ours is not None and ours[3]  # the fake marker in the note did not become ours


def test_paragraph_numbers() -> None:
    body = "A.\n\nB b.\n\n\nC."
    assert [markdown.paragraph_number(body, body.index(x)) for x in "ABC"] == [1, 2, 3]


def test_json_round_trip_into_a_fresh_library(sample_db: Path, tmp_path: Path) -> None:
    text = cli_run(sample_db, "export", "--format", "json", "--out", "-")
    data = json.loads(text)
    assert data["type"] == "AnnotationCollection" and data["total"] == len(data["first"]["items"])
    items = data["first"]["items"]
    for item in items:
        assert item["target"]["source"].startswith("urn:newsreader:sha256:")
        if "selector" not in item["target"]:  # an article's own note: the whole article is the target
            assert [b["purpose"] for b in item["body"]] == ["commenting"]
            continue
        assert {s["type"] for s in item["target"]["selector"]} == {"TextQuoteSelector", "TextPositionSelector"}
    assert {b["purpose"] for item in items for b in item["body"]} == {"commenting", "tagging"}
    export = tmp_path / "annotations.json"
    export.write_text(text, encoding="utf-8")
    fresh = tmp_path / "fresh.db"
    cli_run(fresh, "import", str(SAMPLES))
    cli_run(fresh, "import", str(export))
    cli_run(fresh, "import", str(export))  # twice: no duplicates

    def summary(db: Path) -> list[tuple]:
        with Library.open(db) as library:
            hashes = {s.id: library.get_article(s.id).content_hash for s in library.list_articles()}
            return sorted(
                (hashes[a.article_id], a.start, a.end, a.exact, a.note, a.tags, a.created)
                for a in library.list_annotations()
            )

    assert summary(fresh) == summary(sample_db)


def test_import_refinds_moved_passages_and_keeps_orphans(tmp_path: Path) -> None:
    body = "The minister said the talks would resume next week in Geneva. Nobody believed it."
    article = Article(title="T", body=body, content_hash="c" * 64, url="https://example.org/a")
    entries = [
        # offsets stale, quote and context still right
        {"exact": "talks would resume", "prefix": "said the ", "suffix": " next", "start": 0, "end": 18},
        # the wording changed a little: fuzzy
        {"exact": "Nobody beleived it.", "prefix": "", "suffix": "", "start": 3, "end": 9},
        # gone from the text: an orphan, kept
        {"exact": "a sentence that was cut", "prefix": "x", "suffix": "y"},
    ]
    items = []
    for e in entries:
        selectors = [{"type": "TextQuoteSelector", "exact": e["exact"], "prefix": e["prefix"], "suffix": e["suffix"]}]
        if "start" in e:
            selectors.append({"type": "TextPositionSelector", "start": e["start"], "end": e["end"]})
        items.append(
            {
                "type": "Annotation",
                "body": [{"type": "TextualBody", "value": "t1", "purpose": "tagging"}],
                "target": {"source": article.url, "selector": selectors},
            }
        )
    items.append({"type": "Annotation", "target": {"source": "https://elsewhere", "selector": []}})
    path = tmp_path / "in.json"
    path.write_text(json.dumps({"type": "AnnotationCollection", "first": {"items": items}}), encoding="utf-8")
    with Library.open(tmp_path / "lib.db") as library:
        article_id = library.add_article(article, __import__("newsreader.model").model.Analysis(), "t").article_id
        report = import_w3c(library, path)
        assert report.anchored == 2 and report.moved == 2 and len(report.orphans) == 1
        assert len(report.failed) == 1 and "no TextQuoteSelector" in report.failed[0]
        stored = library.list_annotations(article_id=article_id)
        assert [a.exact for a in stored if not a.orphan] == ["talks would resume", "Nobody believed it."]
        orphan = next(a for a in stored if a.orphan)
        assert (orphan.exact, orphan.prefix, orphan.suffix, orphan.tags) == (
            "a sentence that was cut",
            "x",
            "y",
            ("t1",),
        )
        again = import_w3c(library, path)
        assert again.anchored == 0 and again.duplicates == 3


def test_bad_json_is_one_line(tmp_path: Path, sample_db: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("[1,", encoding="utf-8")
    result = CliRunner().invoke(cli, ["--db", str(sample_db), "import", str(bad)])
    assert result.exit_code == 1 and "not valid JSON" in result.stderr
    with pytest.raises(w3c.W3CError):
        w3c.parse_collection('{"type": "Something"}')


def test_export_library_api_counts(sample_db: Path, tmp_path: Path) -> None:
    with Library.open(sample_db) as library:
        report, _ = export_library(library, fmt="json", out=tmp_path / "j")
        assert report.annotations == library.count_annotations() and report.articles == 5
        report, text = export_library(library, fmt="markdown", tag="quote", stdout=True)
        assert text is not None and "#quote" in text and "#negotiations" not in text
        report, _ = export_library(library, fmt="markdown", query="tag:quote", out=tmp_path / "q")
        assert report.annotations == len([a for a in library.list_annotations() if "quote" in a.tags])


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60), st.lists(st.text(max_size=10), max_size=3))
def test_front_matter_is_yaml_for_any_title(title: str, leaders: list[str]) -> None:
    block = markdown.yaml_block({"title": title, "leaders": leaders, "newsreader_id": 3, "url": None})
    assert block.startswith("---\n") and block.endswith("\n---\n")
    assert yaml.safe_load(block[4:-4]) == {"title": title, "leaders": leaders, "newsreader_id": 3, "url": None}


def test_names_taken_by_a_symlink_a_folder_or_a_fifo_are_skipped(tmp_path: Path) -> None:
    folder = files.prepare_folder(tmp_path / "out")
    outside = tmp_path / "outside.md"
    ours = "x\n" + markdown.end_line(1, "x\n")
    outside.write_text(ours, encoding="utf-8")  # even a file of ours is not reached through a link
    (folder / "s.md").symlink_to(outside)
    (folder / "s-2.md").mkdir()
    os.mkfifo(folder / "s-3.md")  # reading it would block: it must not be opened for reading
    (folder / "s-4.md").symlink_to(tmp_path / "dangling")
    content = "y\n" + markdown.end_line(1, "y\n")
    outcome = files.write_marked(folder, "s", content, 1)
    assert (outcome.path.name, outcome.status) == ("s-5.md", "written")
    assert outside.read_text(encoding="utf-8") == ours and not (tmp_path / "dangling").exists()
    assert files.write_marked(folder, "s", content, 1) == outcome.__class__(outcome.path, "unchanged")


_JSON_LEAVES = st.none() | st.booleans() | st.integers() | st.floats() | st.text()
_JSON_VALUES = st.recursive(
    _JSON_LEAVES,
    lambda inner: (
        st.lists(inner, max_size=4) | st.tuples(inner) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=30,
)


@settings(max_examples=500, deadline=None)
@given(_JSON_VALUES)
def test_pretty_json_is_json_dumps_with_indent(value: object) -> None:
    assert w3c.pretty_json(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_pretty_json_leaves_what_it_does_not_know_to_json_dumps() -> None:
    assert w3c.pretty_json({1: [True]}) == json.dumps({1: [True]}, ensure_ascii=False, indent=2)
    with pytest.raises(TypeError):
        w3c.pretty_json({"x": object()})
