"""YAML front matter: a metadata header that a Markdown or text file declares about itself.

    ---
    title: Macron tells Putin he wants to avoid war
    source: The Independent
    published: 2022-02-07
    url: https://example.org/...
    author: Thomas Kingsley
    ---

What the file declares wins over anything detected in its text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime

import yaml

_FENCE = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?)(?:\n)?^(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL | re.MULTILINE)

# Accepted spellings of each field, first one canonical.
FIELDS: Mapping[str, tuple[str, ...]] = {
    "title": ("title", "headline"),
    "source": ("source", "outlet", "publisher", "site", "site_name", "publication"),
    "published": ("published", "date", "pubdate", "published_at", "publication_date"),
    "url": ("url", "link", "canonical_url"),
    "byline": ("byline", "author", "authors", "by"),
    "standfirst": ("standfirst", "subtitle", "subheading", "dek", "description", "summary"),
}


_KEY_LINE = re.compile(r"^[A-Za-z_][\w -]{0,40}:(?:\s|$)", re.MULTILINE)


class FrontMatterError(ValueError):
    """Front matter that is present but cannot be read."""


def _as_text(value: object) -> str:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return ", ".join(_as_text(v) for v in value if v is not None)
    if isinstance(value, Mapping):  # author: {name: ...}
        return _as_text(value.get("name", ""))
    return "" if value is None else str(value).strip()


def canonical_fields(raw: Mapping[str, object]) -> dict[str, str]:
    """Known fields under their canonical names, as non-empty strings; other keys ignored."""
    lowered = {str(k).strip().lower().replace("-", "_"): v for k, v in raw.items()}
    fields: dict[str, str] = {}
    for field, spellings in FIELDS.items():
        for spelling in spellings:
            text = _as_text(lowered.get(spelling))
            if text:
                fields[field] = " ".join(text.split())
                break
    return fields


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """(declared fields, the rest of the text). Text without front matter comes back whole.

    Raises FrontMatterError for a fenced header of ``key: value`` lines that is not valid YAML.
    """
    match = _FENCE.match(text)
    if match is None or not _KEY_LINE.search(match["yaml"]):
        # Two rules around a headline are typography, not metadata.
        return {}, text
    try:
        data = yaml.safe_load(match["yaml"]) if match["yaml"].strip() else {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        raise FrontMatterError(f"front matter is not valid YAML{where}") from None
    if data is None:
        data = {}
    if not isinstance(data, Mapping):
        return {}, text
    return canonical_fields(data), text[match.end() :]
