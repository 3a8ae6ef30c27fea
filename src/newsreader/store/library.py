"""The Library: one SQLite file holding articles, their analysis and the reader's annotations.

This is the only place that speaks SQL. It takes an explicit path and never decides where data lives.
Every public method is one transaction; a lock makes one Library safe to share between the UI's
thread workers.
"""

from __future__ import annotations

import contextlib
import functools
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal, ParamSpec, TypeVar

import sqlite_utils

from newsreader.model import (
    Analysis,
    Annotation,
    Article,
    ArticleSummary,
    Leader,
    LeaderQuote,
    LeaderSummary,
    Mention,
    Quote,
    TagCount,
)
from newsreader.store.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

CONTEXT_CHARS = 32

P = ParamSpec("P")
R = TypeVar("R")


class LibraryError(Exception):
    """A library that cannot be opened or written; the message is one line for the user."""


class NotFound(LibraryError):
    pass


ImportStatus = Literal["imported", "updated", "unchanged"]


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    status: ImportStatus
    article_id: int


SortKey = Literal["date", "source", "title"]


def now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _parse_dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def sort_key_for(published: datetime | None) -> str:
    """A string that sorts chronologically across time zones: UTC when a zone is known."""
    if published is None:
        return ""
    if published.tzinfo is not None:
        published = published.astimezone(UTC).replace(tzinfo=None)
    return published.isoformat()


def normalise_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Tags are single words without '#', compared case-insensitively; order of first use kept."""
    seen: dict[str, str] = {}
    for raw in tags:
        for part in str(raw).replace(",", " ").split():
            tag = part.strip().lstrip("#").strip()
            if tag and tag.lower() not in seen:
                seen[tag.lower()] = tag
    return tuple(seen.values())


def _locked(method: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(method)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        self = args[0]
        with self._lock:  # type: ignore[attr-defined]
            return method(*args, **kwargs)

    return wrapper


class Library:
    """Open with :meth:`Library.open`; close with :meth:`close` (or use as a context manager)."""

    def __init__(self, db: sqlite_utils.Database, path: str) -> None:
        self.db = db
        self.path = path
        self._lock = threading.RLock()

    # ----------------------------------------------------------------- opening
    @classmethod
    def open(cls, path: str | Path) -> Library:
        path = str(path)
        if path != ":memory:":
            target = Path(path)
            if target.is_dir():
                raise LibraryError(f"{path}: is a folder, not a library file")
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise LibraryError(f"{target.parent}: cannot create the library folder ({exc.strerror})") from exc
        try:
            conn = sqlite3.connect(path, check_same_thread=False, timeout=10)
            db = sqlite_utils.Database(conn)
            library = cls(db, path)
            library._prepare()
        except sqlite3.DatabaseError as exc:
            reason = str(exc)
            if "file is not a database" in reason:
                reason = "not a newsreader library (not an SQLite database)"
            elif "readonly" in reason or "unable to open" in reason:
                reason = f"cannot write the library ({reason})"
            raise LibraryError(f"{path}: {reason}") from exc
        return library

    def _prepare(self) -> None:
        conn = self.db.conn
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 10000")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        has_tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
        if app_id not in (0, APPLICATION_ID) or (app_id == 0 and has_tables):
            raise LibraryError(f"{self.path}: not a newsreader library (it holds other tables)")
        if version > SCHEMA_VERSION:
            raise LibraryError(
                f"{self.path}: library schema version {version} is newer than this newsreader supports "
                f"({SCHEMA_VERSION}); upgrade newsreader"
            )
        if self.path != ":memory:":
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        if app_id == 0:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        self.migrate(version)

    def migrate(self, from_version: int, to_version: int = SCHEMA_VERSION) -> None:
        """Run the forward migrations after ``from_version``, each in its own transaction."""
        for number in range(from_version + 1, to_version + 1):
            with self.write():
                # Another process may have run this step while we waited for the write lock.
                if self.db.execute("PRAGMA user_version").fetchone()[0] >= number:
                    continue
                MIGRATIONS[number - 1](self.db)
                self.db.execute(f"PRAGMA user_version = {number}")

    @property
    def schema_version(self) -> int:
        return self.db.conn.execute("PRAGMA user_version").fetchone()[0]

    def close(self) -> None:
        with self._lock:
            self.db.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def write(self) -> Iterator[None]:
        """One write transaction (a savepoint when one is already open).

        It starts with BEGIN IMMEDIATE, not sqlite-utils' deferred ``BEGIN``: under WAL a deferred
        transaction whose snapshot predates another process's commit gets SQLITE_BUSY at its first write
        without the busy handler ever waiting. Taking the write lock first makes it wait (busy_timeout).
        """
        conn = self.db.conn
        if conn.in_transaction:
            with self.db.atomic():
                yield
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        try:
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    def _rows(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[dict[str, Any]]:
        return list(self.db.query(sql, params))

    def _one(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> dict[str, Any] | None:
        rows = self._rows(sql, params)
        return rows[0] if rows else None

    # ----------------------------------------------------------------- articles
    @_locked
    def import_articles(
        self,
        items: Iterable[tuple[Article, Analysis]],
        analyser_version: str,
        on_progress: Callable[[int], None] | None = None,
    ) -> list[ImportOutcome]:
        """Add or update a batch of articles in one transaction."""
        outcomes = []
        with self.write():
            for count, (article, analysis) in enumerate(items, 1):
                outcomes.append(self._store_article(article, analysis, analyser_version))
                if on_progress:
                    on_progress(count)
        return outcomes

    def add_article(self, article: Article, analysis: Analysis, analyser_version: str) -> ImportOutcome:
        return self.import_articles([(article, analysis)], analyser_version)[0]

    def _existing_for(self, article: Article) -> dict[str, Any] | None:
        if article.origin:
            row = self._one("SELECT id, content_hash FROM articles WHERE origin = ?", [article.origin])
            if row:
                return row
        if article.feed_id is not None and article.guid:
            row = self._one(
                "SELECT id, content_hash FROM articles WHERE feed_id = ? AND guid = ?",
                [article.feed_id, article.guid],
            )
            if row:
                return row
        if article.url:
            row = self._one("SELECT id, content_hash FROM articles WHERE url = ?", [article.url])
            if row:
                return row
        if article.guid or article.url:
            # Web entries are identified by GUID or URL: two teasers with the same text are two articles.
            return None
        return self._one("SELECT id, content_hash FROM articles WHERE content_hash = ?", [article.content_hash])

    def _source_id(self, name: str | None) -> int | None:
        if not name:
            return None
        row = self._one("SELECT id FROM sources WHERE name = ?", [name])
        if row:
            return row["id"]
        return self.db.execute("INSERT INTO sources (name) VALUES (?)", [name]).lastrowid

    def _store_article(self, article: Article, analysis: Analysis, analyser_version: str) -> ImportOutcome:
        existing = self._existing_for(article)
        if existing and existing["content_hash"] == article.content_hash:
            return ImportOutcome("unchanged", existing["id"])
        stamp = now().isoformat()
        row = {
            "source_id": self._source_id(article.source),
            "title": article.title,
            "standfirst": article.standfirst,
            "byline": article.byline,
            "published": _iso(article.published),
            "sort_key": sort_key_for(article.published),
            "url": article.url,
            "origin": article.origin,
            "body": article.body,
            "comments": article.comments,
            "content_hash": article.content_hash,
            "words": article.words,
            "feed_id": article.feed_id,
            "guid": article.guid,
            "updated": stamp,
        }
        if existing:
            article_id = existing["id"]
            assignments = ", ".join(f'"{key}" = :{key}' for key in row)
            self.db.execute(f"UPDATE articles SET {assignments} WHERE id = :id", {**row, "id": article_id})
            self._reanchor_annotations(article_id, article.body)
            status: ImportStatus = "updated"
        else:
            row["added"] = stamp
            columns = ", ".join(f'"{key}"' for key in row)
            values = ", ".join(f":{key}" for key in row)
            article_id = self.db.execute(f"INSERT INTO articles ({columns}) VALUES ({values})", row).lastrowid
            status = "imported"
        self._write_analysis(article_id, analysis, analyser_version)
        return ImportOutcome(status, article_id)

    def _write_analysis(self, article_id: int, analysis: Analysis, analyser_version: str) -> None:
        for table in ("quotes", "mentions", "article_leaders"):
            self.db.execute(f"DELETE FROM {table} WHERE article_id = ?", [article_id])
        for leader in analysis.leaders:
            self.db.execute(
                "INSERT INTO leaders (id, name, role) VALUES (?, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET role = coalesce(leaders.role, excluded.role)",
                [leader.id, leader.name, leader.role],
            )
            self.db.execute(
                "INSERT INTO article_leaders (article_id, leader_id, role) VALUES (?, ?, ?)",
                [article_id, leader.id, leader.role],
            )
        self.db.conn.executemany(
            'INSERT INTO mentions (article_id, leader_id, start, "end", text) VALUES (?, ?, ?, ?, ?)',
            [(article_id, lead.id, m.start, m.end, m.text) for lead in analysis.leaders for m in lead.mentions],
        )
        known = {leader.id for leader in analysis.leaders}
        self.db.conn.executemany(
            'INSERT INTO quotes (article_id, start, "end", text, speaker, leader_id) VALUES (?, ?, ?, ?, ?, ?)',
            [
                (article_id, q.start, q.end, q.text, q.speaker, q.leader if q.leader in known else None)
                for q in analysis.quotes
            ],
        )
        self.db.execute(
            "UPDATE articles SET analyser_version = ?, quote_count = ?, leader_count = ? WHERE id = ?",
            [analyser_version, len(analysis.quotes), len(analysis.leaders), article_id],
        )

    @_locked
    def stale_articles(
        self, analyser_version: str | None, *, after_id: int = 0, limit: int = 500
    ) -> list[tuple[int, str, str | None, str]]:
        """(id, title, standfirst, body) of articles not analysed by ``analyser_version`` (None: every
        article), in id order after ``after_id``, so callers can walk the library batch by batch."""
        version_clause = "AND analyser_version IS NOT ? " if analyser_version is not None else ""
        params: list[Any] = [after_id] + ([analyser_version] if analyser_version is not None else [])
        rows = self._rows(
            f"SELECT id, title, standfirst, body FROM articles WHERE id > ? {version_clause}ORDER BY id LIMIT ?",
            [*params, limit],
        )
        return [(r["id"], r["title"], r["standfirst"], r["body"]) for r in rows]

    @_locked
    def replace_analyses(self, results: Iterable[tuple[int, Analysis]], analyser_version: str) -> int:
        count = 0
        with self.write():
            for article_id, analysis in results:
                self._write_analysis(article_id, analysis, analyser_version)
                count += 1
        return count

    @_locked
    def count_articles(self) -> int:
        return self.db.execute("SELECT count(*) FROM articles").fetchone()[0]

    @_locked
    def sources(self) -> list[tuple[str, int]]:
        rows = self._rows(
            "SELECT s.name, count(a.id) AS n FROM sources s JOIN articles a ON a.source_id = s.id "
            "GROUP BY s.id ORDER BY s.name COLLATE NOCASE"
        )
        return [(r["name"], r["n"]) for r in rows]

    _SUMMARY_COLUMNS = (
        "a.id, a.title, s.name AS source, a.published, a.byline, a.words, a.quote_count, a.leader_count, "
        "a.annotation_count, a.read_at, a.added, a.sort_key"
    )

    @staticmethod
    def _summary(row: dict[str, Any]) -> ArticleSummary:
        return ArticleSummary(
            id=row["id"],
            title=row["title"],
            source=row["source"],
            published=_parse_dt(row["published"]),
            byline=row["byline"],
            words=row["words"],
            quotes=row["quote_count"],
            leaders=row["leader_count"],
            annotations=row["annotation_count"],
            read=row["read_at"] is not None,
            added=_parse_dt(row["added"]),
        )

    @_locked
    def list_articles(
        self,
        *,
        source: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        text: str | None = None,
        limit: int | None = None,
        offset: int = 0,
        sort: SortKey = "date",
    ) -> list[ArticleSummary]:
        """Articles newest first (or by source / title), filtered.

        ``text`` narrows to titles, sources or leader names containing it (case-insensitive).
        """
        where, params = self._filters(source=source, since=since, until=until, text=text)
        order = {
            "date": "a.sort_key DESC, a.id DESC",
            "source": "s.name IS NULL, s.name COLLATE NOCASE, a.sort_key DESC, a.id DESC",
            "title": "a.title COLLATE NOCASE, a.id",
        }[sort]
        sql = (
            f"SELECT {self._SUMMARY_COLUMNS} FROM articles a LEFT JOIN sources s ON s.id = a.source_id "
            f"{where} ORDER BY {order} LIMIT ? OFFSET ?"
        )
        rows = self._rows(sql, [*params, -1 if limit is None else limit, offset])
        return [self._summary(r) for r in rows]

    @_locked
    def count_matching(
        self,
        *,
        source: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        text: str | None = None,
    ) -> int:
        where, params = self._filters(source=source, since=since, until=until, text=text)
        sql = f"SELECT count(*) FROM articles a LEFT JOIN sources s ON s.id = a.source_id {where}"
        return self.db.execute(sql, params).fetchone()[0]

    @staticmethod
    def _filters(
        *, source: str | None, since: datetime | None, until: datetime | None, text: str | None
    ) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if source:
            clauses.append("s.name = ? COLLATE NOCASE")
            params.append(source)
        if since:
            clauses.append("a.sort_key >= ? AND a.sort_key != ''")
            params.append(sort_key_for(since))
        if until:
            clauses.append("a.sort_key <= ? AND a.sort_key != ''")
            params.append(sort_key_for(until))
        if text:
            pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            clauses.append(
                "(a.title LIKE ? ESCAPE '\\' OR s.name LIKE ? ESCAPE '\\' OR a.id IN ("
                "SELECT al.article_id FROM article_leaders al JOIN leaders l ON l.id = al.leader_id "
                "WHERE l.name LIKE ? ESCAPE '\\'))"
            )
            params += [pattern, pattern, pattern]
        return ("WHERE " + " AND ".join(clauses)) if clauses else "", params

    @_locked
    def get_article(self, article_id: int) -> Article:
        row = self._one(
            "SELECT a.*, s.name AS source FROM articles a LEFT JOIN sources s ON s.id = a.source_id WHERE a.id = ?",
            [article_id],
        )
        if row is None:
            raise NotFound(f"article {article_id}: no such article in this library")
        return Article(
            id=row["id"],
            title=row["title"],
            body=row["body"],
            source=row["source"],
            published=_parse_dt(row["published"]),
            byline=row["byline"],
            standfirst=row["standfirst"],
            url=row["url"],
            comments=row["comments"],
            content_hash=row["content_hash"],
            origin=row["origin"],
            guid=row["guid"],
            feed_id=row["feed_id"],
            note=row["note"],
            read=row["read_at"] is not None,
        )

    @_locked
    def get_analysis(self, article_id: int) -> Analysis:
        quotes = tuple(
            Quote(r["start"], r["end"], r["text"], r["speaker"], r["leader_id"])
            for r in self._rows(
                'SELECT start, "end", text, speaker, leader_id FROM quotes WHERE article_id = ? ORDER BY start',
                [article_id],
            )
        )
        mentions: dict[str, list[Mention]] = {}
        for r in self._rows(
            'SELECT leader_id, start, "end", text FROM mentions WHERE article_id = ? ORDER BY start',
            [article_id],
        ):
            mentions.setdefault(r["leader_id"], []).append(Mention(r["start"], r["end"], r["text"]))
        leaders = tuple(
            Leader(r["id"], r["name"], r["role"], tuple(mentions.get(r["id"], ())))
            for r in self._rows(
                "SELECT l.id, l.name, coalesce(al.role, l.role) AS role FROM article_leaders al "
                "JOIN leaders l ON l.id = al.leader_id WHERE al.article_id = ? "
                "ORDER BY (SELECT min(start) FROM mentions m WHERE m.article_id = al.article_id "
                "AND m.leader_id = al.leader_id)",
                [article_id],
            )
        )
        return Analysis(quotes=quotes, leaders=leaders)

    @_locked
    def delete_article(self, article_id: int) -> None:
        with self.write():
            cursor = self.db.execute("DELETE FROM articles WHERE id = ?", [article_id])
        if cursor.rowcount == 0:
            raise NotFound(f"article {article_id}: no such article in this library")

    @_locked
    def set_read(self, article_id: int, read: bool = True) -> None:
        with self.write():
            self.db.execute(
                "UPDATE articles SET read_at = ? WHERE id = ?",
                [now().isoformat() if read else None, article_id],
            )

    @_locked
    def set_article_note(self, article_id: int, note: str | None) -> None:
        with self.write():
            cursor = self.db.execute(
                "UPDATE articles SET note = ? WHERE id = ?", [note if note and note.strip() else None, article_id]
            )
        if cursor.rowcount == 0:
            raise NotFound(f"article {article_id}: no such article in this library")

    # ----------------------------------------------------------------- annotations
    @staticmethod
    def _annotation(row: dict[str, Any], tags: tuple[str, ...] | None = None) -> Annotation:
        return Annotation(
            id=row["id"],
            article_id=row["article_id"],
            start=row["start"],
            end=row["end"],
            exact=row["exact"],
            prefix=row["prefix"],
            suffix=row["suffix"],
            note=row["note"],
            tags=tags if tags is not None else tuple(t for t in row["tags"].split(" ") if t),
            created=_parse_dt(row["created"]),
            updated=_parse_dt(row["updated"]),
            orphan=bool(row["orphan"]),
        )

    def _set_tags(self, annotation_id: int, tags: tuple[str, ...]) -> None:
        self.db.execute("DELETE FROM annotation_tags WHERE annotation_id = ?", [annotation_id])
        for tag in tags:
            self.db.execute("INSERT INTO tags (name) VALUES (?) ON CONFLICT(name) DO NOTHING", [tag])
            self.db.execute(
                "INSERT OR IGNORE INTO annotation_tags (annotation_id, tag_id) SELECT ?, id FROM tags WHERE name = ?",
                [annotation_id, tag],
            )
        self.db.execute("UPDATE annotations SET tags = ? WHERE id = ?", [" ".join(tags), annotation_id])
        self.db.execute("DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM annotation_tags)")

    @_locked
    def add_annotation(
        self,
        article_id: int,
        start: int,
        end: int,
        *,
        note: str = "",
        tags: Iterable[str] = (),
        created: datetime | None = None,
        exact: str | None = None,
        prefix: str | None = None,
        suffix: str | None = None,
        orphan: bool = False,
        updated: datetime | None = None,
    ) -> Annotation:
        """Mark ``body[start:end]``; an ``orphan`` keeps the given exact/prefix/suffix instead.
        ``created``/``updated`` restore an imported annotation's own times (default: now)."""
        body = self._body(article_id)
        if not orphan:
            if not (0 <= start < end <= len(body)):
                raise LibraryError(f"article {article_id}: passage {start}-{end} is outside the text (0-{len(body)})")
            exact = body[start:end]
            prefix = body[max(0, start - CONTEXT_CHARS) : start]
            suffix = body[end : end + CONTEXT_CHARS]
        else:
            start = end = -1
        stamp = (created or now()).isoformat()
        changed = updated.isoformat() if updated else stamp
        tag_tuple = normalise_tags(tags)
        with self.write():
            annotation_id = self.db.execute(
                'INSERT INTO annotations (article_id, start, "end", exact, prefix, suffix, note, created, updated, '
                "orphan) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [article_id, start, end, exact or "", prefix or "", suffix or "", note, stamp, changed, int(orphan)],
            ).lastrowid
            self._set_tags(annotation_id, tag_tuple)
        return self.get_annotation(annotation_id)

    def _body(self, article_id: int) -> str:
        row = self._one("SELECT body FROM articles WHERE id = ?", [article_id])
        if row is None:
            raise NotFound(f"article {article_id}: no such article in this library")
        return row["body"]

    @_locked
    def get_annotation(self, annotation_id: int) -> Annotation:
        row = self._one("SELECT * FROM annotations WHERE id = ?", [annotation_id])
        if row is None:
            raise NotFound(f"annotation {annotation_id}: no such annotation")
        return self._annotation(row)

    @_locked
    def update_annotation(
        self, annotation_id: int, *, note: str | None = None, tags: Iterable[str] | None = None
    ) -> Annotation:
        self.get_annotation(annotation_id)
        with self.write():
            if note is not None:
                self.db.execute("UPDATE annotations SET note = ? WHERE id = ?", [note, annotation_id])
            if tags is not None:
                self._set_tags(annotation_id, normalise_tags(tags))
            self.db.execute("UPDATE annotations SET updated = ? WHERE id = ?", [now().isoformat(), annotation_id])
        return self.get_annotation(annotation_id)

    @_locked
    def delete_annotation(self, annotation_id: int) -> Annotation:
        """Delete and return the annotation, so the caller can offer undo with :meth:`restore_annotation`."""
        annotation = self.get_annotation(annotation_id)
        with self.write():
            self.db.execute("DELETE FROM annotations WHERE id = ?", [annotation_id])
            self.db.execute("DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM annotation_tags)")
        return annotation

    @_locked
    def restore_annotation(self, annotation: Annotation) -> Annotation:
        """Put back a deleted annotation with its original id, passage, note, tags and dates."""
        with self.write():
            self.db.execute(
                'INSERT INTO annotations (id, article_id, start, "end", exact, prefix, suffix, note, created, '
                "updated, orphan) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    annotation.id,
                    annotation.article_id,
                    annotation.start,
                    annotation.end,
                    annotation.exact,
                    annotation.prefix,
                    annotation.suffix,
                    annotation.note,
                    _iso(annotation.created) or now().isoformat(),
                    _iso(annotation.updated) or now().isoformat(),
                    int(annotation.orphan),
                ],
            )
            self._set_tags(annotation.id, annotation.tags)
        return self.get_annotation(annotation.id)

    @_locked
    def list_annotations(
        self,
        *,
        article_id: int | None = None,
        tag: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Annotation]:
        """Annotations of one article in text order, or across the library newest first."""
        clauses, params = [], []
        if article_id is not None:
            clauses.append("article_id = ?")
            params.append(article_id)
        if tag:
            clauses.append(
                "id IN (SELECT at.annotation_id FROM annotation_tags at JOIN tags t ON t.id = at.tag_id "
                "WHERE t.name = ?)"
            )
            params.append(normalise_tags([tag])[0] if normalise_tags([tag]) else tag)
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        order = "orphan, start, id" if article_id is not None else "updated DESC, id DESC"
        rows = self._rows(
            f"SELECT * FROM annotations {where} ORDER BY {order} LIMIT ? OFFSET ?",
            [*params, -1 if limit is None else limit, offset],
        )
        return [self._annotation(r) for r in rows]

    @_locked
    def count_annotations(self, *, tag: str | None = None) -> int:
        if tag:
            return self.db.execute(
                "SELECT count(*) FROM annotation_tags at JOIN tags t ON t.id = at.tag_id WHERE t.name = ?",
                [tag.lstrip("#")],
            ).fetchone()[0]
        return self.db.execute("SELECT count(*) FROM annotations").fetchone()[0]

    @_locked
    def tags(self) -> list[TagCount]:
        rows = self._rows(
            "SELECT t.name, count(*) AS n FROM tags t JOIN annotation_tags at ON at.tag_id = t.id "
            "GROUP BY t.id ORDER BY n DESC, t.name COLLATE NOCASE"
        )
        return [TagCount(r["name"], r["n"]) for r in rows]

    def _reanchor_annotations(self, article_id: int, body: str) -> None:
        """After the body changed, move each annotation to where its passage now is, or orphan it."""
        for row in self._rows("SELECT * FROM annotations WHERE article_id = ? AND orphan = 0", [article_id]):
            start, end, exact = row["start"], row["end"], row["exact"]
            if body[start:end] == exact:
                continue
            found = find_anchor(body, exact, row["prefix"], row["suffix"], start)
            if found is None:
                self.db.execute('UPDATE annotations SET orphan = 1, start = -1, "end" = -1 WHERE id = ?', [row["id"]])
            else:
                self.db.execute(
                    'UPDATE annotations SET start = ?, "end" = ?, prefix = ?, suffix = ? WHERE id = ?',
                    [
                        found,
                        found + len(exact),
                        body[max(0, found - CONTEXT_CHARS) : found],
                        body[found + len(exact) : found + len(exact) + CONTEXT_CHARS],
                        row["id"],
                    ],
                )

    # ----------------------------------------------------------------- leaders
    @_locked
    def list_leaders(self, *, text: str | None = None) -> list[LeaderSummary]:
        params: list[Any] = []
        where = ""
        if text:
            where = "WHERE l.name LIKE ?"
            params.append(f"%{text}%")
        rows = self._rows(
            "SELECT l.id, l.name, l.role, "
            "(SELECT count(*) FROM article_leaders al WHERE al.leader_id = l.id) AS articles, "
            "(SELECT count(*) FROM quotes q WHERE q.leader_id = l.id) AS quotes "
            f"FROM leaders l {where} ORDER BY articles DESC, quotes DESC, l.name",
            params,
        )
        return [LeaderSummary(r["id"], r["name"], r["role"], r["articles"], r["quotes"]) for r in rows if r["articles"]]

    @_locked
    def quotes_by_leader(self, leader_id: str) -> list[LeaderQuote]:
        rows = self._rows(
            'SELECT q.start, q."end", q.text, q.speaker, q.leader_id, a.id AS article_id, a.title, '
            "a.published, s.name AS source FROM quotes q JOIN articles a ON a.id = q.article_id "
            "LEFT JOIN sources s ON s.id = a.source_id WHERE q.leader_id = ? "
            "ORDER BY a.sort_key DESC, a.id DESC, q.start",
            [leader_id],
        )
        return [
            LeaderQuote(
                article_id=r["article_id"],
                article_title=r["title"],
                source=r["source"],
                published=_parse_dt(r["published"]),
                quote=Quote(r["start"], r["end"], r["text"], r["speaker"], r["leader_id"]),
            )
            for r in rows
        ]

    # ----------------------------------------------------------------- ui (helper: the Textual app)
    @_locked
    def article_groups(self, by: Literal["source", "day"], *, text: str | None = None) -> list[tuple[str | None, int]]:
        """Group keys (source name or YYYY-MM-DD, None/'' when unknown) and sizes, in the order that
        ``list_articles(sort="source")`` / ``list_articles(sort="date")`` returns their rows, so a
        virtual list can map a line to an offset without reading the rows."""
        where, params = self._filters(source=None, since=None, until=None, text=text)
        if by == "source":
            key, order = "s.name", "s.name IS NULL, s.name COLLATE NOCASE"
        else:
            key, order = "substr(a.sort_key, 1, 10)", "substr(a.sort_key, 1, 10) DESC"
        rows = self.db.execute(
            f"SELECT {key} AS k, count(*) FROM articles a LEFT JOIN sources s ON s.id = a.source_id "
            f"{where} GROUP BY k ORDER BY {order}",
            params,
        ).fetchall()
        return [(k, n) for k, n in rows]

    @_locked
    def article_titles(self, ids: Iterable[int]) -> dict[int, tuple[str, str | None]]:
        """(title, source) for each id that exists: labels for rows that point at articles."""
        wanted = sorted(set(ids))
        if not wanted:
            return {}
        marks = ", ".join("?" for _ in wanted)
        rows = self.db.execute(
            f"SELECT a.id, a.title, s.name FROM articles a LEFT JOIN sources s ON s.id = a.source_id "
            f"WHERE a.id IN ({marks})",
            wanted,
        ).fetchall()
        return {r[0]: (r[1], r[2]) for r in rows}

    # ----------------------------------------------------------------- search and export (helper)
    @_locked
    def annotated_article_ids(self) -> list[int]:
        """Articles with annotations or an article-level note, oldest first: what an export covers."""
        rows = self.db.execute(
            "SELECT id FROM articles WHERE annotation_count > 0 OR (note IS NOT NULL AND note != '') ORDER BY id"
        ).fetchall()
        return [r[0] for r in rows]

    @_locked
    def article_ids_for(self, *, url: str | None = None, content_hash: str | None = None) -> list[int]:
        """Articles with this URL or this content hash (how an imported annotation finds its article)."""
        if url:
            return [r[0] for r in self.db.execute("SELECT id FROM articles WHERE url = ? ORDER BY id", [url])]
        if content_hash:
            rows = self.db.execute("SELECT id FROM articles WHERE content_hash = ? ORDER BY id", [content_hash])
            return [r[0] for r in rows]
        return []

    # Export reads many articles at once: one query per table for a whole batch of ids (passed as one
    # JSON array, so no limit on the number of ids), never one query per article.
    @staticmethod
    def _id_array(ids: Iterable[int]) -> str:
        return "[" + ",".join(str(int(i)) for i in ids) + "]"

    @_locked
    def articles_by_id(self, ids: Sequence[int]) -> dict[int, Article]:
        """The articles with these ids (absent ids are simply missing from the result)."""
        rows = self.db.execute(  # columns in Article's field order
            "SELECT a.title, a.body, s.name, a.published, a.byline, a.standfirst, a.url, a.comments, "
            "a.content_hash, a.origin, a.guid, a.feed_id, a.id, a.note, a.read_at "
            "FROM articles a LEFT JOIN sources s ON s.id = a.source_id WHERE a.id IN (SELECT value FROM json_each(?))",
            [self._id_array(ids)],
        )
        return {r[12]: Article(*r[:3], _parse_dt(r[3]), *r[4:14], r[14] is not None) for r in rows}

    @_locked
    def annotations_by_article(self, ids: Sequence[int]) -> dict[int, list[Annotation]]:
        """The annotations of these articles, each article's in text order (as list_annotations)."""
        rows = self.db.execute(  # columns in Annotation's field order
            'SELECT id, article_id, start, "end", exact, prefix, suffix, note, tags, created, updated, orphan '
            "FROM annotations WHERE article_id IN (SELECT value FROM json_each(?)) "
            "ORDER BY article_id, orphan, start, id",
            [self._id_array(ids)],
        )
        found: dict[int, list[Annotation]] = {}
        for r in rows:
            tags = tuple(t for t in r[8].split(" ") if t)
            annotation = Annotation(*r[:8], tags, _parse_dt(r[9]), _parse_dt(r[10]), bool(r[11]))
            found.setdefault(r[1], []).append(annotation)
        return found

    @_locked
    def export_analyses(self, ids: Sequence[int], *, with_quotes: bool = False) -> dict[int, Analysis]:
        """What an export shows of each article's analysis: its leaders in order of first mention (without
        the mentions themselves, the bulk of the analysis) and, when asked, its quotations."""
        param = [self._id_array(ids)]
        leaders: dict[int, list[Leader]] = {}
        for article_id, leader_id, name, role in self.db.execute(
            "SELECT al.article_id, l.id, l.name, coalesce(al.role, l.role) FROM article_leaders al "
            "JOIN leaders l ON l.id = al.leader_id WHERE al.article_id IN (SELECT value FROM json_each(?)) "
            "ORDER BY al.article_id, (SELECT min(start) FROM mentions m WHERE m.article_id = al.article_id "
            "AND m.leader_id = al.leader_id), al.leader_id",
            param,
        ):
            leaders.setdefault(article_id, []).append(Leader(leader_id, name, role))
        quotes: dict[int, list[Quote]] = {}
        if with_quotes:
            for article_id, *fields in self.db.execute(
                'SELECT article_id, start, "end", text, speaker, leader_id FROM quotes '
                "WHERE article_id IN (SELECT value FROM json_each(?)) ORDER BY article_id, start, id",
                param,
            ):
                quotes.setdefault(article_id, []).append(Quote(*fields))
        return {i: Analysis(quotes=tuple(quotes.get(i, ())), leaders=tuple(leaders.get(i, ()))) for i in ids}


def find_anchor(body: str, exact: str, prefix: str, suffix: str, hint: int) -> int | None:
    """Where ``exact`` now stands: the occurrence whose context matches best, nearest the old place."""
    if not exact:
        return None
    candidates = []
    position = body.find(exact)
    while position != -1:
        score = 0
        if prefix and body[max(0, position - len(prefix)) : position] == prefix:
            score += 2
        if suffix and body[position + len(exact) : position + len(exact) + len(suffix)] == suffix:
            score += 2
        candidates.append((-score, abs(position - hint), position))
        position = body.find(exact, position + 1)
    if not candidates:
        return None
    return min(candidates)[2]
