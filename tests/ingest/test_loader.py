"""Reading files: every kind of bad input gets one clear line, good ones load with warnings."""

from __future__ import annotations

import builtins
import os
from datetime import datetime
from pathlib import Path

import pytest

from newsreader.ingest import IngestError, InputItem, expand_inputs, load_file, supported_suffixes
from newsreader.ingest import loader as loader_module

ARTICLE = (
    "A headline about the summit\n\nThe leaders met on Monday and agreed to talk again.\n\nMore text follows here.\n"
)


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def failure(path: Path | str, **kwargs) -> IngestError:
    with pytest.raises(IngestError) as info:
        load_file(path, **kwargs)
    error = info.value
    assert str(error) == f"{error.path}: {error.reason}"
    assert "\n" not in str(error)
    assert error.path == str(path)
    return error


def test_a_good_file_loads(tmp_path: Path) -> None:
    loaded = load_file(write(tmp_path / "a.txt", ARTICLE))
    assert loaded.warnings == ()
    assert loaded.article.title == "A headline about the summit"
    assert loaded.article.body.startswith("The leaders met on Monday")
    assert loaded.article.origin == str((tmp_path / "a.txt").resolve())


def test_missing_path(tmp_path: Path) -> None:
    assert failure(tmp_path / "nope.txt").reason == "no such file or directory"


def test_directory_given_as_a_file(tmp_path: Path) -> None:
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    assert "is a directory" in failure(folder).reason


@pytest.mark.parametrize("content", [b"", b"   \n\n\t \r\n"])
def test_empty_file(tmp_path: Path, content: bytes) -> None:
    assert failure(write(tmp_path / "empty.txt", content)).reason == "empty file"


def test_only_furniture(tmp_path: Path) -> None:
    path = write(tmp_path / "f.txt", "Source link\n\nComments\n\nAdvertisement\n")
    assert "no article text" in failure(path).reason


def test_binary_file(tmp_path: Path) -> None:
    path = write(tmp_path / "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    assert "binary" in failure(path).reason


def test_binary_without_nul_bytes(tmp_path: Path) -> None:
    path = write(tmp_path / "noise.txt", bytes([1, 2, 3, 200, 201, 4, 5, 6, 7, 8] * 200))
    assert "binary" in failure(path).reason


def test_cp1252_bytes_are_decoded_with_a_warning(tmp_path: Path) -> None:
    text = "Macron\u2019s \u201cnew balance\u201d \u2013 a headline\n\nThe caf\u00e9 talks went on.\n\nMore text.\n"
    loaded = load_file(write(tmp_path / "w.txt", text.encode("cp1252")))
    assert loaded.warnings == ("not valid UTF-8; decoded as cp1252",)
    assert loaded.article.title == "Macron\u2019s \u201cnew balance\u201d \u2013 a headline"
    assert "caf\u00e9" in loaded.article.body


def test_latin1_bytes_undefined_in_cp1252(tmp_path: Path) -> None:
    # 0x81 and 0x9d are unassigned in cp1252, so only latin-1 can read this file.
    data = b"Zurich \x81 report\n\nThe caf\xe9 in M\xfcnchen\x9d closed.\n\nMore text.\n"
    loaded = load_file(write(tmp_path / "l.txt", data))
    assert loaded.warnings == ("not valid UTF-8; decoded as latin-1",)
    assert "caf\u00e9 in M\u00fcnchen closed." in loaded.article.body  # C1 control \x9d stripped


def test_utf8_with_bom(tmp_path: Path) -> None:
    loaded = load_file(write(tmp_path / "bom.txt", b"\xef\xbb\xbf" + ARTICLE.encode()))
    assert loaded.warnings == () and loaded.article.title == "A headline about the summit"


def test_utf16_with_bom(tmp_path: Path) -> None:
    loaded = load_file(write(tmp_path / "u16.txt", ARTICLE.encode("utf-16")))
    assert loaded.warnings == ("decoded as UTF-16",)
    assert loaded.article.title == "A headline about the summit"


def test_file_over_5mb_is_refused_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.txt"
    with open(path, "wb") as handle:
        handle.truncate(5 * 1024 * 1024 + 1)  # sparse: costs no disk
    opened: list[str] = []
    real_open = builtins.open
    monkeypatch.setattr(builtins, "open", lambda *a, **k: opened.append(a[0]) or real_open(*a, **k))
    error = failure(path)
    assert "too large" in error.reason and "5 MB" in error.reason
    assert str(path) not in map(str, opened)


def test_file_of_exactly_5mb_is_read(tmp_path: Path) -> None:
    para = "The talks went on late into the night and nobody left the room early. " * 10 + "\n\n"
    body = ("Headline\n\n" + para * 100000)[: 5 * 1024 * 1024]
    loaded = load_file(write(tmp_path / "five.txt", body))
    assert loaded.article.title == "Headline"


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / "secret.txt", ARTICLE)
    if os.geteuid() != 0:
        path.chmod(0)
    else:  # root reads mode-000 files, so make open() refuse the way the kernel would
        real_open = builtins.open

        def refusing_open(file, *args, **kwargs):
            if str(file) == str(path):
                raise PermissionError(13, "Permission denied", str(file))
            return real_open(file, *args, **kwargs)

        monkeypatch.setattr(builtins, "open", refusing_open)
    try:
        assert failure(path).reason == "permission denied"
    finally:
        path.chmod(0o644)


def test_unsupported_suffix_named_explicitly(tmp_path: Path) -> None:
    path = write(tmp_path / "paper.pdf", b"%PDF-1.4")
    assert "unsupported file type '.pdf'" in failure(path).reason
    items, errors = expand_inputs([str(path)])
    assert items == [] and len(errors) == 1 and "unsupported file type '.pdf'" in str(errors[0])


def test_invalid_front_matter(tmp_path: Path) -> None:
    path = write(tmp_path / "fm.md", "---\ntitle: [unclosed\nsource: X\n---\nHeadline\n\nBody text here.\n")
    assert "front matter is not valid YAML" in failure(path).reason


def test_source_argument_wins(tmp_path: Path) -> None:
    text = "---\nsource: Front Matter Times\n---\n" + ARTICLE
    path = write(tmp_path / "s.md", text)
    article = load_file(path, source="Command Line News", overrides={"source": "Manifest Daily"}).article
    assert article.source == "Command Line News"
    assert load_file(path, overrides={"source": "Manifest Daily"}).article.source == "Front Matter Times"


def test_manifest_fills_gaps_and_printed_date_wins(tmp_path: Path) -> None:
    printed = "Headline here\n\n3 December 2022 10:00\n\nThe leaders met and talked.\n\nMore.\n"
    path = write(tmp_path / "p.txt", printed)
    overrides = {"published": "2022-12-01", "title": "Manifest title", "byline": "Jo Bloggs"}
    article = load_file(path, overrides=overrides).article
    assert article.published == datetime(2022, 12, 3, 10, 0)
    assert article.title == "Manifest title" and article.byline == "Jo Bloggs"
    undated = write(tmp_path / "u.txt", ARTICLE)
    assert load_file(undated, overrides={"published": "2022-12-01"}).article.published == datetime(2022, 12, 1)


def test_unreadable_manifest_date_is_a_warning(tmp_path: Path) -> None:
    loaded = load_file(write(tmp_path / "u.txt", ARTICLE), overrides={"published": "sometime soon"})
    assert loaded.article.published is None
    assert loaded.warnings == ("manifest: cannot read published date 'sometime soon'; ignored",)


# -- expand_inputs -----------------------------------------------------------------------------


def test_folder_is_recursive_sorted_and_skips_what_it_cannot_read(tmp_path: Path) -> None:
    root = tmp_path / "dump"
    for rel in ("b.txt", "a.md", "sub/c.text", "sub/deeper/d.markdown", "z.TXT"):
        write(root / rel, ARTICLE)
    for rel in ("notes.pdf", "image.png", ".hidden.txt", ".git/x.txt", "sub/.cache/y.txt", "manifest.csv"):
        write(root / rel, "file\n" if rel.endswith(".csv") else ARTICLE)
    items, errors = expand_inputs([str(root)])
    assert errors == []
    assert [i.path.relative_to(root).as_posix() for i in items] == [
        "a.md",
        "b.txt",
        "sub/c.text",
        "sub/deeper/d.markdown",
        "z.TXT",
    ]


def test_a_folder_with_nothing_to_read_is_an_error(tmp_path: Path) -> None:
    write(tmp_path / "only.pdf", b"%PDF")
    items, errors = expand_inputs([str(tmp_path)])
    assert items == []
    listed = ", ".join(supported_suffixes())
    assert [str(e) for e in errors] == [f"{tmp_path}: no {listed} files in this folder"]


def test_globs_and_duplicates(tmp_path: Path) -> None:
    for rel in ("x/1.txt", "x/2.txt", "x/y/3.txt", "x/4.pdf"):
        write(tmp_path / rel, ARTICLE)
    items, errors = expand_inputs([str(tmp_path / "x" / "*.txt"), str(tmp_path / "x" / "1.txt")])
    assert errors == []
    assert [i.path.name for i in items] == ["1.txt", "2.txt"]
    items, errors = expand_inputs([str(tmp_path / "x" / "**" / "*.txt")])
    assert sorted(i.path.name for i in items) == ["1.txt", "2.txt", "3.txt"]
    items, errors = expand_inputs([str(tmp_path / "x" / "*.doc")])
    assert items == [] and "no files match" in errors[0].reason


def test_missing_paths_are_errors_and_the_rest_still_come(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", ARTICLE)
    items, errors = expand_inputs([str(tmp_path / "missing.txt"), str(good)])
    assert [i.path for i in items] == [good]
    assert [str(e) for e in errors] == [f"{tmp_path / 'missing.txt'}: no such file or directory"]


def test_manifest_overrides_attach_to_items(tmp_path: Path) -> None:
    root = tmp_path / "dump"
    write(root / "a.txt", ARTICLE)
    write(root / "sub" / "b.txt", ARTICLE)
    write(root / "c.txt", ARTICLE)
    write(
        root / "manifest.csv",
        "file,title,source,published,url,author\n"
        "a.txt,,Reuters,2022-12-03,https://example.org/a,Jane Doe\n"
        "sub/b.txt,A given title,,,,\n"
        "gone.txt,,X,,,\n",
    )
    write(root / "sub" / "manifest.csv", "File,Source\nb.txt,Nearer Source\n")
    items, errors = expand_inputs([str(root)])
    by_name = {i.path.name: i for i in items}
    assert dict(by_name["a.txt"].overrides) == {
        "source": "Reuters",
        "published": "2022-12-03",
        "url": "https://example.org/a",
        "byline": "Jane Doe",
    }
    assert dict(by_name["b.txt"].overrides) == {"title": "A given title", "source": "Nearer Source"}
    assert dict(by_name["c.txt"].overrides) == {}
    assert [e.reason for e in errors] == ["line 4: no such file 'gone.txt'"]
    article = load_file(by_name["a.txt"].path, overrides=by_name["a.txt"].overrides).article
    assert (article.source, article.published, article.url, article.byline) == (
        "Reuters",
        datetime(2022, 12, 3),
        "https://example.org/a",
        "Jane Doe",
    )
    # A file named on its own still gets its folder's manifest row.
    items, _ = expand_inputs([str(root / "a.txt")])
    assert items[0].overrides["source"] == "Reuters"


def test_manifest_without_file_column(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", ARTICLE)
    write(tmp_path / "manifest.csv", "name,source\na.txt,X\n")
    items, errors = expand_inputs([str(tmp_path)])
    assert len(items) == 1 and items[0].overrides == {}
    assert [e.reason for e in errors] == ["manifest has no 'file' column"]


def test_input_item_is_plain_data() -> None:
    item = InputItem(Path("a.txt"), {})
    assert item.path == Path("a.txt") and dict(item.overrides) == {}


def test_loaders_table_is_extensible() -> None:
    assert {".txt", ".text", ".md", ".markdown"} <= set(loader_module.LOADERS)
