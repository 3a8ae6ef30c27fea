"""A folder's manifest.csv: metadata a researcher received with an article dump.

Columns ``file,title,source,published,url,author`` (``byline`` accepted for ``author``); any may be
empty; ``file`` is relative to the manifest's folder. Only non-empty cells become overrides.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from newsreader.ingest.errors import IngestError

MANIFEST_NAME = "manifest.csv"
_COLUMNS = {"title": "title", "source": "source", "published": "published", "url": "url",
            "author": "byline", "byline": "byline"}  # fmt: skip
_MAX_BYTES = 5 * 1024 * 1024


def read_manifest(path: Path) -> tuple[dict[Path, dict[str, str]], list[IngestError]]:
    """{resolved file path: overrides} and one error per unreadable manifest or bad row.

    Override keys are the Article field names (``author`` becomes ``byline``).
    """
    try:
        if path.stat().st_size > _MAX_BYTES:
            return {}, [IngestError(path, "manifest larger than 5 MB")]
        data = path.read_bytes()
    except OSError as exc:
        return {}, [IngestError(path, f"cannot read manifest ({exc.strerror or exc})")]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    fields = [(name or "").strip().lower() for name in reader.fieldnames or []]
    if "file" not in fields:
        return {}, [IngestError(path, "manifest has no 'file' column")]
    reader.fieldnames = fields
    rows: dict[Path, dict[str, str]] = {}
    errors: list[IngestError] = []
    folder = path.parent
    try:
        for row in reader:
            name = (row.get("file") or "").strip()
            if not name:
                continue
            target = (folder / name).resolve()
            if not target.is_file():
                errors.append(IngestError(path, f"line {reader.line_num}: no such file {name!r}"))
                continue
            overrides = {}
            for column, field in _COLUMNS.items():
                value = " ".join((row.get(column) or "").split())
                if value and field not in overrides:
                    overrides[field] = value
            rows[target] = overrides
    except csv.Error as exc:
        errors.append(IngestError(path, f"line {reader.line_num}: not valid CSV ({exc})"))
    return rows, errors
