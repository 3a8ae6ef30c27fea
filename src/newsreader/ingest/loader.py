"""Files on disk -> Articles: finding the inputs, reading them safely, merging metadata.

Which value wins, field by field:

- ``source``: the ``source`` argument (``--source``) > front matter > manifest.csv > the outlet the
  text names itself (outlets.toml).
- ``title``, ``url``, ``byline``: front matter > manifest.csv > detected in the text.
- ``published``: front matter > a date line printed in the text > manifest.csv. A printed date is
  the outlet's own and carries a time (and often a zone); a manifest date is a day, so it fills a
  gap rather than overrule the page. A manifest or front matter date without a time is midnight
  with no zone.

Anything that cannot be read raises ``IngestError`` with a one-line reason; nothing else escapes.
"""

from __future__ import annotations

import glob
import os
import stat
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType

from newsreader.ingest.dates import parse_date_value
from newsreader.ingest.errors import IngestError
from newsreader.ingest.frontmatter import FrontMatterError
from newsreader.ingest.html import parse_html_document
from newsreader.ingest.manifest import MANIFEST_NAME, read_manifest
from newsreader.ingest.text import Parsed, parse_document
from newsreader.model import Article

MAX_BYTES = 5 * 1024 * 1024

Loader = Callable[..., Parsed]  # (text: str, *, name: str) -> Parsed

# Suffix -> loader. A new input format is one line here (its loader returns Parsed).
LOADERS: dict[str, Loader] = {
    ".txt": parse_document,
    ".text": parse_document,
    ".md": parse_document,
    ".markdown": parse_document,
    ".html": parse_html_document,
    ".htm": parse_html_document,
}

_EMPTY: Mapping[str, str] = MappingProxyType({})


@dataclass(frozen=True)
class Loaded:
    article: Article
    warnings: tuple[str, ...] = ()  # e.g. "not valid UTF-8; decoded as cp1252"


@dataclass(frozen=True)
class InputItem:
    path: Path
    overrides: Mapping[str, str] = field(default_factory=lambda: _EMPTY)  # from manifest.csv


def supported_suffixes() -> tuple[str, ...]:
    return tuple(sorted(LOADERS))


def _loader_for(path: Path) -> Loader | None:
    # A file with no suffix at all is read as plain text.
    return LOADERS.get(path.suffix.lower()) if path.suffix else parse_document


def _unsupported(path: Path | str) -> IngestError:
    suffix = Path(path).suffix
    return IngestError(path, f"unsupported file type {suffix!r} (supported: {', '.join(supported_suffixes())})")


# -- reading -----------------------------------------------------------------------------------


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def _read_bytes(path: Path) -> bytes:
    try:
        info = path.stat()
    except FileNotFoundError:
        raise IngestError(path, "no such file or directory") from None
    except PermissionError:
        raise IngestError(path, "permission denied") from None
    except OSError as exc:
        raise IngestError(path, exc.strerror or str(exc)) from None
    if stat.S_ISDIR(info.st_mode):
        raise IngestError(path, "is a directory, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise IngestError(path, "not a regular file")
    if info.st_size > MAX_BYTES:
        raise IngestError(path, f"file too large ({_megabytes(info.st_size)}; the limit is 5 MB)")
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except PermissionError:
        raise IngestError(path, "permission denied") from None
    except IsADirectoryError:
        raise IngestError(path, "is a directory, not a file") from None
    except OSError as exc:
        raise IngestError(path, exc.strerror or str(exc)) from None
    if len(data) > MAX_BYTES:  # grew since stat
        raise IngestError(path, "file too large (the limit is 5 MB)")
    return data


# Control bytes other than tab, newlines, form feed and ESC (terminal text keeps those), and the
# complement: deleting the complement with bytes.translate leaves just the control bytes, counted in C.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\f\x1b") + b"\x7f"
_NOT_CONTROL_BYTES = bytes(b for b in range(256) if b not in _CONTROL_BYTES)


def _looks_binary(data: bytes) -> bool:
    if b"\x00" in data:
        return True
    sample = data[:65536]
    controls = len(sample.translate(None, _NOT_CONTROL_BYTES))
    return controls > 0.02 * len(sample)


def decode(data: bytes, path: Path | str) -> tuple[str, tuple[str, ...]]:
    """Bytes -> text: UTF-8 (BOM or not), UTF-16 with a BOM, else cp1252, else latin-1 (warned)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), ("decoded as UTF-16",)
        except UnicodeDecodeError:
            raise IngestError(path, "undecodable text (broken UTF-16)") from None
    if _looks_binary(data):
        raise IngestError(path, "binary file, not text")
    try:
        return data.decode("utf-8-sig"), ()
    except UnicodeDecodeError:
        pass
    high = sum(1 for byte in data[:65536] if byte >= 0x80)
    if high > 0.3 * min(len(data), 65536):
        raise IngestError(path, "binary file, not text (not UTF-8 and mostly non-ASCII bytes)")
    for encoding in ("cp1252", "latin-1"):
        try:
            return data.decode(encoding), (f"not valid UTF-8; decoded as {encoding}",)
        except UnicodeDecodeError:
            continue
    raise IngestError(path, "undecodable text")  # latin-1 decodes any bytes; kept for clarity


# -- metadata ----------------------------------------------------------------------------------


def _date(value: str | None, where: str, warnings: list[str]):
    if not value:
        return None
    when = parse_date_value(value)
    if when is None:
        warnings.append(f"{where}: cannot read published date {value!r}; ignored")
    return when


def merge_metadata(
    parsed: Parsed, overrides: Mapping[str, str] | None = None, source: str | None = None
) -> tuple[Article, list[str]]:
    """The article with front matter, manifest and --source applied (precedence: module docstring)."""
    detected = parsed.article
    declared = parsed.declared
    manifest = {("byline" if k == "author" else k): v for k, v in (overrides or {}).items() if v}
    warnings: list[str] = []

    def pick(name: str) -> str | None:
        return declared.get(name) or manifest.get(name) or getattr(detected, name)

    published = (
        _date(declared.get("published"), "front matter", warnings)
        or detected.published
        or _date(manifest.get("published"), "manifest", warnings)
    )
    article = replace(
        detected,
        title=pick("title") or detected.title,
        source=(source or "").strip() or pick("source"),
        published=published,
        url=pick("url"),
        byline=pick("byline"),
        standfirst=pick("standfirst"),
    )
    return article, warnings


# -- public ------------------------------------------------------------------------------------


def load_file(path: Path | str, *, source: str | None = None, overrides: Mapping[str, str] | None = None) -> Loaded:
    """Read one article file. Raises IngestError (one line: path and reason) for anything unreadable:
    missing, permission denied, a directory, empty, binary, over 5 MB, unsupported type, bad front
    matter, or nothing left once page furniture is removed."""
    path = Path(path)
    loader = _loader_for(path)
    if loader is None:
        raise _unsupported(path)
    data = _read_bytes(path)
    if not data.strip():
        raise IngestError(path, "empty file")
    text, decode_warnings = decode(data, path)
    try:
        parsed = loader(text, name=path.name)
    except FrontMatterError as exc:
        raise IngestError(path, str(exc)) from None
    article, warnings = merge_metadata(parsed, overrides, source)
    if not article.body.strip():
        reason = (
            "empty file" if not parsed.article.title.strip() else "no article text (only a title or page furniture)"
        )
        raise IngestError(path, reason)
    article = replace(article, origin=str(path.resolve()))
    return Loaded(article, (*decode_warnings, *warnings))


class _Manifests:
    """manifest.csv files read once each; errors reported once."""

    def __init__(self, errors: list[IngestError]) -> None:
        self._cache: dict[Path, dict[Path, dict[str, str]]] = {}
        self._errors = errors

    def rows(self, folder: Path) -> dict[Path, dict[str, str]]:
        if folder not in self._cache:
            manifest = folder / MANIFEST_NAME
            rows: dict[Path, dict[str, str]] = {}
            if manifest.is_file():
                rows, errors = read_manifest(manifest)
                self._errors.extend(errors)
            self._cache[folder] = rows
        return self._cache[folder]

    def overrides(self, file: Path, folders: Sequence[Path]) -> Mapping[str, str]:
        """Merged rows naming ``file`` from the manifests in ``folders`` (outermost first; the
        nearest manifest wins a field)."""
        merged: dict[str, str] = {}
        resolved = file.resolve()
        for folder in folders:
            merged.update(self.rows(folder).get(resolved, {}))
        return MappingProxyType(merged) if merged else _EMPTY


def _hidden(name: str) -> bool:
    return name.startswith(".")


def _walk(root: Path, errors: list[IngestError]) -> list[Path]:
    found: list[Path] = []

    def failed(exc: OSError) -> None:
        errors.append(
            IngestError(
                exc.filename or root,
                "permission denied" if isinstance(exc, PermissionError) else (exc.strerror or str(exc)),
            )
        )

    for folder, dirnames, filenames in os.walk(root, onerror=failed):
        dirnames[:] = sorted(d for d in dirnames if not _hidden(d))
        for name in filenames:
            if _hidden(name) or name == MANIFEST_NAME:
                continue
            if Path(name).suffix.lower() in LOADERS:
                found.append(Path(folder) / name)
    return sorted(found, key=lambda p: p.relative_to(root).parts)


def _folders_between(root: Path, file: Path) -> list[Path]:
    folders = [root]
    for part in file.parent.relative_to(root).parts:
        folders.append(folders[-1] / part)
    return folders


def expand_inputs(specs: Sequence[str]) -> tuple[list[InputItem], list[IngestError]]:
    """Files, folders (recursive, sorted; hidden entries, manifest.csv and unsupported types skipped)
    and glob patterns (``**`` recursive) -> input items with their manifest.csv overrides, plus an
    error for each spec that names nothing usable. A file named explicitly must have a supported
    type. Each file appears once however many specs name it."""
    items: list[InputItem] = []
    errors: list[IngestError] = []
    manifests = _Manifests(errors)
    seen: set[Path] = set()

    def add(file: Path, folders: Sequence[Path]) -> None:
        key = file.resolve()
        if key not in seen:
            seen.add(key)
            items.append(InputItem(file, manifests.overrides(file, folders)))

    def add_folder(root: Path, spec: str) -> None:
        files = _walk(root, errors)
        if not files:
            errors.append(IngestError(spec, f"no {', '.join(supported_suffixes())} files in this folder"))
        for file in files:
            add(file, _folders_between(root, file))

    for spec in specs:
        expanded = os.path.expanduser(spec)
        if glob.has_magic(expanded) and not Path(expanded).exists():
            matches = sorted(glob.glob(expanded, recursive=True))
            files = [Path(m) for m in matches if Path(m).is_file() and Path(m).suffix.lower() in LOADERS
                     and Path(m).name != MANIFEST_NAME]  # fmt: skip
            folders = [Path(m) for m in matches if Path(m).is_dir()]
            if not files and not folders:
                reason = "no supported files match this pattern" if matches else "no files match this pattern"
                errors.append(IngestError(spec, reason))
            for file in files:
                add(file, [file.parent])
            for folder in folders:
                add_folder(folder, str(folder))
            continue
        path = Path(expanded)
        if path.is_dir():
            add_folder(path, spec)
        elif path.exists() or path.is_symlink():
            if _loader_for(path) is None:
                errors.append(_unsupported(spec))
            else:
                add(path, [path.parent])
        else:
            errors.append(IngestError(spec, "no such file or directory"))
    return items, errors
