"""Feed bytes (RSS 0.9x/1.0/2.0, Atom) -> a feed title and its entries, with feedparser. Pure: no I/O.

Hostile or broken input raises :class:`FeedError` with one line: "not a feed (HTML page)",
"malformed XML: line 3, column 7: mismatched tag". Feedparser recovers what it can from broken XML;
we accept that only for undefined entities (``&nbsp;`` in RSS is everywhere and harmless) -- any other
well-formedness error usually means a truncated or corrupted download, and silently storing half a
feed would hide that from the reader.
"""

from __future__ import annotations

import email.utils
import hashlib
import re
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from newsreader.ingest.html import clean_line, fragment_to_text

# An entry whose text is shorter than this is taken for a teaser when full text is wanted.
SUMMARY_WORDS = 150

_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])", re.I | re.S)
_BYTE_ESCAPES = re.compile(rb"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b\n]*(?:\x07|\x1b\\)?|\x1b[ -/]*[0-~]?")
_BYTE_CONTROLS = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_EMAIL_NAME = re.compile(r"^\S+@\S+\s*\((.+)\)$")
_CHARSET = re.compile(r";\s*charset\s*=\s*\"?([\w.:-]+)\"?", re.I)


class FeedError(ValueError):
    """Bytes that are not a usable feed; the message is one line for the user."""


@dataclass(frozen=True, slots=True)
class FeedEntry:
    guid: str
    title: str | None
    url: str | None
    author: str | None
    published: datetime | None
    summary: str  # plain text
    content: str  # plain text of the full content element, "" when the feed has none

    @property
    def text(self) -> str:
        return self.content if len(self.content) >= len(self.summary) else self.summary

    @property
    def is_summary(self) -> bool:
        """True when the feed seems to carry only a teaser for this entry."""
        return not self.content or len(self.text.split()) < SUMMARY_WORDS


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    title: str | None
    link: str | None
    entries: tuple[FeedEntry, ...]
    warnings: tuple[str, ...] = field(default=())


def _looks_like_html(data: bytes, content_type: str | None) -> bool:
    media = (content_type or "").split(";")[0].strip().lower()
    return media in ("text/html", "application/xhtml+xml") or bool(_HTML_START.match(data[:4096]))


def _header_charset_fix(data: bytes, content_type: str | None) -> str | None:
    """Drop an HTTP charset that contradicts the bytes: valid multi-byte UTF-8 labelled latin-1 is
    UTF-8 (the reverse -- latin-1 labelled UTF-8 -- feedparser already detects and re-decodes)."""
    if not content_type:
        return None
    match = _CHARSET.search(content_type)
    if not match or match.group(1).lower().replace("_", "-") in ("utf-8", "utf8"):
        return content_type
    if data.isascii():
        return content_type
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return content_type
    return _CHARSET.sub("", content_type)


def _when(entry: Any) -> datetime | None:
    """The entry's date, keeping the zone it was printed with; feedparser's own value is UTC-only."""
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if raw:
            try:
                return email.utils.parsedate_to_datetime(raw)
            except (TypeError, ValueError, IndexError):
                pass
            try:
                return datetime.fromisoformat(raw.strip())
            except ValueError:
                pass
        parsed: time.struct_time | None = entry.get(f"{key}_parsed")
        if parsed:
            try:
                return datetime(*parsed[:6], tzinfo=UTC)
            except ValueError:
                continue
    return None


def _author(entry: Any) -> str | None:
    """RSS prints "email (Name)"; the name is the byline."""
    raw = clean_line(entry.get("author"))
    if raw and (match := _EMAIL_NAME.match(raw)):
        return clean_line(match.group(1))
    detail = entry.get("author_detail") or {}
    return clean_line(detail.get("name")) or raw


def _content_text(entry: Any) -> str:
    best = ""
    for part in entry.get("content") or ():
        text = fragment_to_text(part.get("value") or "")
        if len(text) > len(best):
            best = text
    return best


def _guid(entry: Any, url: str | None, title: str | None, published: datetime | None) -> str:
    guid = clean_line(entry.get("id"))
    if guid:
        return guid
    if url:
        return url
    seed = f"{title or ''}|{published.isoformat() if published else ''}|{entry.get('summary', '')[:500]}"
    return "sha1:" + hashlib.sha1(seed.encode("utf-8", "replace")).hexdigest()


def parse_feed(data: bytes, content_type: str | None = None, url: str | None = None) -> ParsedFeed:
    """Parse feed bytes as served (``content_type`` is the HTTP header, used for its charset).

    Relative entry links resolve against ``url``.
    """
    import feedparser

    if not data.strip():
        raise FeedError("empty response (no feed)")
    wide = data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data[:4]
    iso2022 = b"iso-2022" in data[:200].lower() or "iso-2022" in (content_type or "").lower()  # ESC is its shift
    if not wide and not iso2022:
        # Terminal escapes and other C0 controls are illegal in XML: one in a title would make the
        # whole feed "not well-formed". Removed at the byte level (safe in any ASCII-compatible
        # encoding) so the feed parses and the text stays harmless.
        data = _BYTE_CONTROLS.sub(b"", _BYTE_ESCAPES.sub(b"", data))
    headers = {}
    fixed_type = _header_charset_fix(data, content_type)
    if fixed_type:
        headers["content-type"] = fixed_type
    if url:
        headers["content-location"] = url
    # No sanitising or link rewriting inside content: it becomes plain text (fragment_to_text drops
    # scripts and styles), and both passes cost a quarter of the parse.
    parsed = feedparser.parse(data, response_headers=headers, sanitize_html=False, resolve_relative_uris=False)
    version = parsed.get("version", "")
    problem = parsed.get("bozo_exception")
    warnings: list[str] = []
    if not version:
        if _looks_like_html(data, content_type):
            raise FeedError("not a feed (HTML page)")
        if problem is not None and hasattr(problem, "getLineNumber"):
            raise FeedError(f"malformed XML: {_sax_reason(problem)}")
        raise FeedError("not a feed (no RSS or Atom found)")
    if problem is not None and hasattr(problem, "getLineNumber"):
        if "undefined entity" not in str(problem):
            raise FeedError(f"malformed XML: {_sax_reason(problem)}")
        warnings.append(f"recovered from {_sax_reason(problem)}")
    entries = []
    for entry in parsed.entries:
        link = entry.get("link") or None
        title = clean_line(entry.get("title"))
        published = _when(entry)
        summary = fragment_to_text(entry.get("summary") or "")
        content = _content_text(entry)
        author = _author(entry)
        entries.append(
            FeedEntry(
                guid=_guid(entry, link, title, published),
                title=title,
                url=link.strip() if link else None,
                author=author,
                published=published,
                summary=summary,
                content=content,
            )
        )
    feed = parsed.get("feed", {})
    return ParsedFeed(
        title=clean_line(feed.get("title")),
        link=feed.get("link") or None,
        entries=tuple(entries),
        warnings=tuple(warnings),
    )


def _sax_reason(problem: Any) -> str:
    try:
        where = f"line {problem.getLineNumber()}, column {problem.getColumnNumber()}: "
        return where + str(problem.getMessage())
    except Exception:  # pragma: no cover - a SAX exception without position
        return " ".join(str(problem).split())
