"""Writing exports into a folder without harming anything: file I/O here, no SQL.

* Names are slugs made here (``2022-12-01-title-words-17.md``), always directly inside the folder:
  nothing the article says can reach another folder.
* A name taken by a file we did not write (no marker of ours, or another article's) is left alone;
  the next free name ``-2``, ``-3``... is used, in that order, so the same library always gets the
  same names.
* A file we wrote is replaced only while its fingerprint still matches (the reader has not edited
  it); whatever the reader added after our end marker is kept. An edited file is kept as it is
  and the new export goes to a sibling ``NAME.new.md``, and the outcome says so.
* The same content is not rewritten (the file's time stamp does not move).
"""

from __future__ import annotations

import os
import re
import stat
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from newsreader.export.markdown import split_ours

Status = Literal["written", "updated", "unchanged", "kept-edited"]
MAX_SLUG = 60
MAX_TRIES = 1000


class ExportError(Exception):
    """A folder or file that cannot be written; one line for the user."""


@dataclass(frozen=True, slots=True)
class WriteOutcome:
    path: Path  # where this export's content now is
    status: Status
    kept: Path | None = None  # the reader's edited file we left alone, when status is kept-edited

    def describe(self) -> str:
        if self.status == "kept-edited":
            return f"{self.kept}: edited since the last export, left as it is; wrote {self.path}"
        return f"{self.path}: {self.status}"


def slug(text: str, max_length: int = MAX_SLUG) -> str:
    """Lower-case ASCII words joined by '-': safe as a file name on every system."""
    if text.isascii():  # NFKD and the ASCII filter leave ASCII as it is
        folded = text.lower()
    else:
        folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    words = re.sub(r"[^a-z0-9]+", "-", folded).strip("-")
    if len(words) > max_length:
        words = words[:max_length].rsplit("-", 1)[0] or words[:max_length]
    return words.strip("-") or "untitled"


def article_stem(title: str, published_date: str | None, article_id: int | None) -> str:
    parts = [published_date] if published_date else []
    parts.append(slug(title))
    if article_id is not None:
        parts.append(str(article_id))
    return "-".join(parts)


def prepare_folder(folder: Path) -> Path:
    if folder.exists() and not folder.is_dir():
        raise ExportError(f"{folder}: not a folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"{folder}: cannot create the export folder ({exc.strerror})") from exc
    return folder.resolve()


def _inside(folder: Path, name: str) -> Path:
    # String checks only: a name without separators joined to the folder cannot leave it.
    if not name or "/" in name or "\\" in name or "\0" in name or name in (".", "..") or name.startswith("."):
        raise ExportError(f"{name!r}: not a plain file name")
    return folder / name


# Plain os.open: one system call per step, no buffered text layer. (The flags Windows lacks are 0 there;
# O_BINARY keeps it from turning \n into \r\n.)
_COMMON = getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_READ_FLAGS = os.O_RDONLY | _NOFOLLOW | getattr(os, "O_NONBLOCK", 0) | _COMMON  # a FIFO must not block us
_NEW_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _COMMON  # fails on anything already there, even a symlink
_REPLACE_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | _NOFOLLOW | _COMMON


def _read(path: Path) -> str | None:
    """The text of a regular file, or None for anything we must not touch (symlink, folder, binary)."""
    try:
        fd = os.open(path, _READ_FLAGS)
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        with open(fd, "rb", closefd=False) as handle:
            return handle.read().decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    finally:
        os.close(fd)


def _write_fd(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _create(path: Path, content: str) -> bool:
    """Create ``path`` exclusively with ``content``: one system call to learn that the name is free.
    False when something (file, folder, symlink) is already there."""
    data = content.encode("utf-8")
    try:
        fd = os.open(path, _NEW_FLAGS, 0o666)
    except FileExistsError:
        return False
    except OSError as exc:
        raise ExportError(f"{path}: cannot write ({exc.strerror})") from exc
    try:
        _write_fd(fd, data)
    except OSError as exc:
        os.close(fd)
        path.unlink(missing_ok=True)  # ours, just made: no half file left to look like someone else's
        raise ExportError(f"{path}: cannot write ({exc.strerror})") from exc
    os.close(fd)
    return True


def _replace(path: Path, content: str) -> None:
    """Through a temporary file and os.replace, so a crash leaves the old file or the new one, never
    half of one."""
    target = path.with_name(f".{path.name}.newsreader-tmp")
    try:
        fd = os.open(target, _REPLACE_FLAGS, 0o666)
        try:
            _write_fd(fd, content.encode("utf-8"))
        finally:
            os.close(fd)
        os.replace(target, path)
    except OSError as exc:
        target.unlink(missing_ok=True)
        raise ExportError(f"{path}: cannot write ({exc.strerror})") from exc


def _candidates(stem: str, suffix: str) -> Iterator[str]:
    yield f"{stem}{suffix}"
    for n in range(2, MAX_TRIES):
        yield f"{stem}-{n}{suffix}"


def write_marked(folder: Path, stem: str, content: str, article_id: int, suffix: str = ".md") -> WriteOutcome:
    """Write a Markdown export (ending with our marker for ``article_id``) as ``stem`` in ``folder``."""
    for name in _candidates(stem, suffix):
        path = _inside(folder, name)
        if _create(path, content):
            return WriteOutcome(path, "written")
        existing = _read(path)
        parsed = split_ours(existing) if existing is not None else None
        if parsed is None or parsed[2] != article_id:
            continue  # someone else's file, or another article's: not ours to replace
        _, rest, _, unedited = parsed
        if unedited:
            new = content + ("\n" + rest if rest else "")
            if new == existing:
                return WriteOutcome(path, "unchanged")
            _replace(path, new)
            return WriteOutcome(path, "updated")
        sibling = write_marked(folder, path.name[: -len(suffix)], content, article_id, suffix=".new" + suffix)
        return WriteOutcome(sibling.path, "kept-edited", kept=path)
    raise ExportError(f"{folder}: no free name for {stem}{suffix}")


def write_plain(folder: Path, stem: str, content: str, is_ours: Callable[[str], bool], suffix: str) -> WriteOutcome:
    """Write a file whose ownership ``is_ours(text)`` decides (the JSON export), same naming rules."""
    for name in _candidates(stem, suffix):
        path = _inside(folder, name)
        if _create(path, content):
            return WriteOutcome(path, "written")
        existing = _read(path)
        if existing is None or not is_ours(existing):
            continue
        if existing == content:
            return WriteOutcome(path, "unchanged")
        _replace(path, content)
        return WriteOutcome(path, "updated")
    raise ExportError(f"{folder}: no free name for {stem}{suffix}")


def write_single(path: Path, content: str) -> WriteOutcome:
    """``--single FILE``: the reader named the file, but an unrelated or edited one is still kept."""
    if path.exists() and path.is_dir():
        raise ExportError(f"{path}: is a folder; --single takes a file name")
    folder = prepare_folder(path.parent if str(path.parent) else Path("."))
    name = path.name
    if not name or name.startswith("."):
        raise ExportError(f"{path}: not a plain file name")
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, "md"
    target = folder / name
    if target.exists() or target.is_symlink():
        existing = _read(target)
        parsed = split_ours(existing) if existing is not None else None
        if parsed is None:
            raise ExportError(f"{target}: exists and was not written by newsreader; choose another file")
    return write_marked(folder, stem, content, 0, suffix="." + ext)
