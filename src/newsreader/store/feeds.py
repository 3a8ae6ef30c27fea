"""Feed subscriptions: the SQL behind ``newsreader feeds`` and refresh, as functions over a Library.

Kept apart from library.py so the lead's module stays readable; each function takes the Library's
lock, so UI thread workers may call these like Library methods. Tags are stored one per line (folder
paths such as "Tech/Python" may hold spaces).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from newsreader.model import Feed
from newsreader.store.library import Library, LibraryError, NotFound, _parse_dt, now

_UNSET: Any = object()


def _feed(row: dict[str, Any]) -> Feed:
    return Feed(
        id=row["id"],
        url=row["url"],
        name=row["name"],
        title=row["title"],
        full_text=bool(row["full_text"]),
        tags=tuple(t for t in (row["tags"] or "").split("\n") if t),
        etag=row["etag"],
        last_modified=row["last_modified"],
        last_refresh=_parse_dt(row["last_refresh"]),
        last_error=row["last_error"],
        articles=row.get("articles", 0) or 0,
    )


def _tags(tags: Iterable[str]) -> str:
    kept: list[str] = []
    for tag in tags:
        tag = " ".join(str(tag).split())
        if tag and tag.lower() not in (k.lower() for k in kept):
            kept.append(tag)
    return "\n".join(kept)


_SELECT = "SELECT f.*, (SELECT count(*) FROM articles a WHERE a.feed_id = f.id) AS articles FROM feeds f"


def add_feed(
    library: Library,
    url: str,
    *,
    name: str | None = None,
    title: str | None = None,
    full_text: bool = False,
    tags: Iterable[str] = (),
) -> Feed:
    """Subscribe; a URL already subscribed raises LibraryError naming its feed id."""
    with library._lock:
        existing = library._one("SELECT id FROM feeds WHERE url = ?", [url])
        if existing:
            raise LibraryError(f"{url}: already subscribed (feed {existing['id']})")
        with library.write():
            feed_id = library.db.execute(
                "INSERT INTO feeds (url, name, title, full_text, tags, added) VALUES (?, ?, ?, ?, ?, ?)",
                [url, name, title, int(full_text), _tags(tags), now().isoformat()],
            ).lastrowid
        return get_feed(library, feed_id)


def get_feed(library: Library, feed_id: int) -> Feed:
    with library._lock:
        row = library._one(f"{_SELECT} WHERE f.id = ?", [feed_id])
    if row is None:
        raise NotFound(f"feed {feed_id}: no such feed (see newsreader feeds list)")
    return _feed(row)


def find_feed(library: Library, id_or_url: str) -> Feed:
    """A feed by its id ("3") or its exact URL."""
    text = id_or_url.strip()
    if text.isdigit():
        return get_feed(library, int(text))
    with library._lock:
        row = library._one(f"{_SELECT} WHERE f.url = ?", [text])
    if row is None:
        raise NotFound(f"{text}: no such feed (see newsreader feeds list)")
    return _feed(row)


def list_feeds(library: Library, feed_ids: Iterable[int] | None = None) -> list[Feed]:
    """Feeds by name (or title, or URL), each with the number of its articles in the library."""
    params: list[Any] = []
    where = ""
    if feed_ids is not None:
        ids = list(feed_ids)
        where = f" WHERE f.id IN ({', '.join('?' for _ in ids)})" if ids else " WHERE 0"
        params = ids
    with library._lock:
        rows = library._rows(f"{_SELECT}{where} ORDER BY coalesce(f.name, f.title, f.url) COLLATE NOCASE, f.id", params)
    return [_feed(r) for r in rows]


def remove_feed(library: Library, feed_id: int) -> Feed:
    """Unsubscribe. Articles stay in the library (their feed_id becomes null); returns the feed."""
    feed = get_feed(library, feed_id)
    with library._lock, library.write():
        # Explicit rather than relying on ON DELETE SET NULL, which needs foreign_keys on the connection.
        library.db.execute("UPDATE articles SET feed_id = NULL WHERE feed_id = ?", [feed_id])
        library.db.execute("DELETE FROM feeds WHERE id = ?", [feed_id])
    return feed


def update_feed(
    library: Library,
    feed_id: int,
    *,
    name: str | None = _UNSET,
    title: str | None = _UNSET,
    full_text: bool = _UNSET,
    tags: Iterable[str] = _UNSET,
    etag: str | None = _UNSET,
    last_modified: str | None = _UNSET,
    last_refresh: datetime | None = _UNSET,
    last_error: str | None = _UNSET,
) -> None:
    """Set the given fields (others untouched): options, and the state a refresh leaves behind."""
    values: dict[str, Any] = {}
    for key, value in (
        ("name", name),
        ("title", title),
        ("etag", etag),
        ("last_modified", last_modified),
        ("last_error", last_error),
    ):
        if value is not _UNSET:
            values[key] = value
    if full_text is not _UNSET:
        values["full_text"] = int(full_text)
    if tags is not _UNSET:
        values["tags"] = _tags(tags)
    if last_refresh is not _UNSET:
        values["last_refresh"] = last_refresh.isoformat() if last_refresh else None
    if not values:
        return
    assignments = ", ".join(f"{key} = :{key}" for key in values)
    with library._lock, library.write():
        cursor = library.db.execute(f"UPDATE feeds SET {assignments} WHERE id = :id", {**values, "id": feed_id})
    if cursor.rowcount == 0:
        raise NotFound(f"feed {feed_id}: no such feed")


def known_entries(
    library: Library, feed_id: int, guids: Iterable[str], urls: Iterable[str]
) -> tuple[dict[str, tuple[int, int]], dict[str, tuple[int, int]]]:
    """Which entries are already stored: ({guid: (article id, words)}, {url: (article id, words)}).

    GUIDs count within this feed; URLs across the whole library (the same story reached by two feeds
    or imported by hand is one article).
    """
    by_guid: dict[str, tuple[int, int]] = {}
    by_url: dict[str, tuple[int, int]] = {}
    guid_list, url_list = list(dict.fromkeys(guids)), list(dict.fromkeys(urls))
    with library._lock:
        for start in range(0, len(guid_list), 500):
            chunk = guid_list[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            for row in library._rows(
                f"SELECT id, guid, words FROM articles WHERE feed_id = ? AND guid IN ({marks})", [feed_id, *chunk]
            ):
                by_guid[row["guid"]] = (row["id"], row["words"])
        for start in range(0, len(url_list), 500):
            chunk = url_list[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            for row in library._rows(f"SELECT id, url, words FROM articles WHERE url IN ({marks})", chunk):
                by_url[row["url"]] = (row["id"], row["words"])
    return by_guid, by_url
