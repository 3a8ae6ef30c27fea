"""Running a :class:`~newsreader.search.CompiledQuery` over a Library: one ranked list of hits.

Each kind lives in its own FTS5 table (annotations_fts, quotes_fts, articles_fts; article-level notes
in article_notes_fts, found as notes without an annotation id). Every table is
asked for its best ``limit`` rows only (bm25 inside SQLite, ``LIMIT`` early), the candidates are
merged on one scale, and only the final page gets snippets and offsets -- snippet()/highlight() over
a whole result set is what makes full-text search slow.

Scale: bm25 is negative and not comparable across tables (each has its own document lengths and
term frequencies; in a small table a word in half the rows gets an IDF of ~0). So kinds are tiers --
notes, then marked passages, then quotations, then articles -- and within a tier ``x = -bm25`` is
squashed to ``x / (x + 1)`` (0..1, same order): a note that matches always outranks a word in
passing in a long article, and a stronger match wins within a kind.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from newsreader.search import MARK_CLOSE, MARK_OPEN, CompiledQuery, SearchHit, parse_marked
from newsreader.store.library import Library, _locked, _parse_dt, sort_key_for

KIND_TIERS = {"note": 3.0, "passage": 2.0, "quote": 1.0, "article": 0.0}
SNIPPET_TOKENS = 24
WINDOW = 1000  # at most this many matches of a kind are ranked by bm25; see _ranked
COMMON_BM25 = "-1.0"  # the score given to matches of a word too common to rank (squashes to 0.5)
PLAIN_SNIPPET_CHARS = 200
# bm25 column weights: a title word says more than a body word; a note or tag more than the passage
ARTICLE_BM25 = "bm25(articles_fts, 5.0, 1.0)"
ANNOTATION_BM25 = "bm25(annotations_fts, 1.0, 2.0, 2.0)"
QUOTE_BM25 = "bm25(quotes_fts, 1.0, 0.5)"
ARTICLE_NOTE_BM25 = "bm25(article_notes_fts)"
ARTICLE_NOTE = "article-note"  # candidate kind of an article's own note; its hits are kind "note"


@dataclass(frozen=True, slots=True)
class _Candidate:
    kind: str
    rowid: int
    score: float
    when: str  # for ordering filter-only results: newest first


def _like(value: str) -> str:
    return "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _squash(bm25: float) -> float:
    x = max(0.0, -bm25)
    return x / (x + 1.0)


def _marks(values: Sequence[Any]) -> str:
    return ", ".join("?" for _ in values)


class _Filters:
    """SQL conditions for the qualifiers, resolved once per query (leader and source names -> ids)."""

    def __init__(self, library: Library, query: CompiledQuery) -> None:
        self.query = query
        self.empty = False  # a qualifier names nothing in this library: no result can match
        self.article_sql: list[str] = []
        self.article_params: list[Any] = []
        for leader in query.leaders:
            ids = _leader_ids(library, leader)
            if not ids:
                self.empty = True
            # EXISTS probes the primary key per candidate row; IN (SELECT ...) would build the whole set first.
            self.article_sql.append(
                "EXISTS (SELECT 1 FROM article_leaders al WHERE al.article_id = a.id "
                f"AND al.leader_id IN ({_marks(ids)}))"
            )
            self.article_params += ids
        if query.sources:
            ids = [i for source in query.sources for i in _source_ids(library, source)]
            if not ids:
                self.empty = True
            self.article_sql.append(f"a.source_id IN ({_marks(ids)})")
            self.article_params += ids
        if query.excluded_sources:
            ids = [i for source in query.excluded_sources for i in _source_ids(library, source)]
            if ids:
                self.article_sql.append(f"(a.source_id IS NULL OR a.source_id NOT IN ({_marks(ids)}))")
                self.article_params += ids
        wanted_tags = [t.lower() for t in (*query.tags, *query.excluded_tags)]
        self.tag_ids: dict[str, int] = {}
        if wanted_tags:
            rows = library.db.execute(
                f"SELECT lower(name), id FROM tags WHERE lower(name) IN ({_marks(wanted_tags)})", wanted_tags
            ).fetchall()
            self.tag_ids = dict(rows)
            if any(t.lower() not in self.tag_ids for t in query.tags):
                self.empty = True
        self.speaker_sql: list[str] = []
        self.speaker_params: list[Any] = []
        for speaker in query.speakers:
            ids = _leader_ids(library, speaker)
            self.speaker_sql.append(f"(q.speaker LIKE ? ESCAPE '\\' OR q.leader_id IN ({_marks(ids)}))")
            self.speaker_params += [_like(speaker), *ids]

    def published(self) -> tuple[list[str], list[Any]]:
        """Date conditions on the article's publication date (articles and quotations)."""
        sql, params = [], []
        if self.query.since:
            sql.append("a.sort_key >= ? AND a.sort_key != ''")
            params.append(sort_key_for(self.query.since))
        if self.query.before:
            sql.append("a.sort_key < ? AND a.sort_key != ''")
            params.append(sort_key_for(self.query.before))
        return sql, params

    def on_articles(self) -> tuple[list[str], list[Any]]:
        """Source, leader and publication-date conditions: what articles and their own notes are filtered by."""
        dates, date_params = self.published()
        return self.article_sql + dates, self.article_params + date_params

    def written(self) -> tuple[list[str], list[Any]]:
        """Date conditions on when the reader wrote the annotation (ISO strings compare in order)."""
        sql, params = [], []
        if self.query.since:
            sql.append("n.created >= ?")
            params.append(self.query.since.isoformat())
        if self.query.before:
            sql.append("n.created < ?")
            params.append(self.query.before.isoformat())
        return sql, params

    def tag_sql(self) -> tuple[list[str], list[Any]]:
        sql, params = [], []
        probe = "EXISTS (SELECT 1 FROM annotation_tags at WHERE at.annotation_id = n.id AND at.tag_id = ?)"
        for tag in self.query.tags:
            tag_id = self.tag_ids.get(tag.lower())
            if tag_id is None:
                self.empty = True
            sql.append(probe)
            params.append(tag_id)
        for tag in self.query.excluded_tags:
            if (tag_id := self.tag_ids.get(tag.lower())) is not None:
                sql.append("NOT " + probe)
                params.append(tag_id)
        return sql, params


def _leader_ids(library: Library, text: str) -> list[str]:
    rows = library.db.execute(
        "SELECT id FROM leaders WHERE id = ? OR id LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\'",
        [text.lower(), _like(text.lower().replace(" ", "-")), _like(text)],
    ).fetchall()
    return [r[0] for r in rows]


def _source_ids(library: Library, text: str) -> list[int]:
    rows = library.db.execute("SELECT id FROM sources WHERE name LIKE ? ESCAPE '\\'", [_like(text)]).fetchall()
    return [r[0] for r in rows]


def _where(conditions: list[str]) -> str:
    return " AND ".join(conditions) if conditions else "1"


def _ranked(
    library: Library,
    fts: str,
    bm25: str,
    joins: str,
    when: str,
    conditions: list[str],
    params: list[Any],
    match: str,
    limit: int,
) -> list[tuple[int, float, str]]:
    """(rowid, bm25, when) of the best ``limit`` rows of ``fts`` matching ``match`` and ``conditions``.

    bm25 costs a pass over every match (~150 ms for a word in most of 100k articles; its IDF pass
    alone reads the whole doclist). So a query is ranked by bm25 only when it has at most WINDOW
    matches of this kind (after filters: the window widens x4 until ``limit`` of its rows pass);
    beyond that the newest matches come first. Finding a window walks the doclist newest first,
    which FTS5 does without scoring.
    """
    where = _where(conditions)
    bound = 0
    size = WINDOW
    while True:
        row = library.db.execute(
            f"SELECT count(*), min(id) FROM (SELECT rowid AS id FROM {fts} WHERE {fts} MATCH ? "
            "ORDER BY rowid DESC LIMIT ?)",
            [match, size],
        ).fetchone()
        if row[0] < size:  # the window holds every match
            bound = 0
            break
        bound = row[1]
        if not conditions:
            break
        passing = library.db.execute(
            f"SELECT count(*) FROM (SELECT 1 FROM {fts} f {joins} WHERE {fts} MATCH ? AND f.rowid >= ? "
            f"AND {where} LIMIT ?)",
            [match, bound, *params, limit],
        ).fetchone()[0]
        if passing >= limit:
            break
        size *= 4
    if bound:
        # More matches than the window: a word this common carries no relevance signal worth a full
        # bm25 pass, so these hits come newest first at a middling score.
        sql = (
            f"SELECT f.rowid, {COMMON_BM25}, {when} FROM {fts} f {joins} WHERE {fts} MATCH ? "
            f"AND f.rowid >= ? AND {where} ORDER BY f.rowid DESC LIMIT ?"
        )
    else:
        sql = (
            f"SELECT f.rowid, {bm25} AS r, {when} FROM {fts} f {joins} WHERE {fts} MATCH ? "
            f"AND f.rowid >= ? AND {where} ORDER BY r LIMIT ?"
        )
    return library.db.execute(sql, [match, bound, *params, limit]).fetchall()


def _articles(library: Library, query: CompiledQuery, filters: _Filters, limit: int) -> list[_Candidate]:
    conditions, params = filters.on_articles()
    match = query.match()
    if match is not None:
        joins = "CROSS JOIN articles a ON a.id = f.rowid"
        rows = _ranked(library, "articles_fts", ARTICLE_BM25, joins, "a.sort_key", conditions, params, match, limit)
        return [_Candidate("article", r[0], KIND_TIERS["article"] + _squash(r[1]), r[2]) for r in rows]
    conditions += _excluding("articles_fts", "a.id", query)
    sql = (
        f"SELECT a.id, a.sort_key FROM articles a WHERE {_where(conditions)} "
        "ORDER BY a.sort_key DESC, a.id DESC LIMIT ?"
    )
    rows = library.db.execute(sql, [*params, *_excluded_params(query), limit]).fetchall()
    return [_Candidate("article", r[0], 0.0, r[1]) for r in rows]


def _quotes(library: Library, query: CompiledQuery, filters: _Filters, limit: int) -> list[_Candidate]:
    dates, date_params = filters.published()
    conditions = filters.article_sql + filters.speaker_sql + dates
    params = filters.article_params + filters.speaker_params + date_params
    match = query.match()
    if match is not None:
        joins = "CROSS JOIN quotes q ON q.id = f.rowid CROSS JOIN articles a ON a.id = q.article_id"
        rows = _ranked(library, "quotes_fts", QUOTE_BM25, joins, "a.sort_key", conditions, params, match, limit)
        return [_Candidate("quote", r[0], KIND_TIERS["quote"] + _squash(r[1]), r[2]) for r in rows]
    conditions += _excluding("quotes_fts", "q.id", query)
    sql = (
        # Articles newest first as the outer loop (their date index), so LIMIT stops the walk early.
        f"SELECT q.id, a.sort_key FROM articles a CROSS JOIN quotes q ON q.article_id = a.id "
        f"WHERE {_where(conditions)} ORDER BY a.sort_key DESC, a.id DESC, q.start LIMIT ?"
    )
    rows = library.db.execute(sql, [*params, *_excluded_params(query), limit]).fetchall()
    return [_Candidate("quote", r[0], 0.0, r[1]) for r in rows]


def _article_notes(library: Library, query: CompiledQuery, filters: _Filters, limit: int) -> list[_Candidate]:
    """Articles' own notes. They carry no tags and no time of writing, so tag: leaves them out and
    since:/before: go by the article's publication date."""
    if query.tags:
        return []
    conditions, params = filters.on_articles()
    match = query.match()
    if match is not None:
        joins = "CROSS JOIN articles a ON a.id = f.rowid"
        rows = _ranked(
            library, "article_notes_fts", ARTICLE_NOTE_BM25, joins, "a.sort_key", conditions, params, match, limit
        )
        return [_Candidate(ARTICLE_NOTE, r[0], KIND_TIERS["note"] + _squash(r[1]), r[2]) for r in rows]
    conditions += ["a.note IS NOT NULL", *_excluding("article_notes_fts", "a.id", query)]
    sql = (
        f"SELECT a.id, a.sort_key FROM articles a WHERE {_where(conditions)} "
        "ORDER BY a.sort_key DESC, a.id DESC LIMIT ?"
    )
    rows = library.db.execute(sql, [*params, *_excluded_params(query), limit]).fetchall()
    return [_Candidate(ARTICLE_NOTE, r[0], 0.0, r[1]) for r in rows]


def _annotation_columns(query: CompiledQuery) -> tuple[str, ...] | None:
    wanted = query.kinds & {"note", "passage"}
    if wanted == {"note"}:
        return ("note", "tags")
    if wanted == {"passage"}:
        return ("exact",)
    return None


def _annotations(library: Library, query: CompiledQuery, filters: _Filters, limit: int) -> list[_Candidate]:
    dates, date_params = filters.written()
    tags, tag_params = filters.tag_sql()
    conditions = filters.article_sql + tags + dates
    params = filters.article_params + tag_params + date_params
    if query.has_text:
        # One ranked list per tier: a note match (in the note or tags) and a passage match.
        joins = "CROSS JOIN annotations n ON n.id = f.rowid CROSS JOIN articles a ON a.id = n.article_id"
        found: dict[int, _Candidate] = {}
        for kind, columns in (("passage", ("exact",)), ("note", ("note", "tags"))):
            if kind not in query.kinds:
                continue
            match = query.match(columns)
            assert match is not None
            rows = _ranked(
                library, "annotations_fts", ANNOTATION_BM25, joins, "n.updated", conditions, params, match, limit
            )
            for r in rows:
                found[r[0]] = _Candidate(kind, r[0], KIND_TIERS[kind] + _squash(r[1]), r[2])
        return list(found.values())
    if query.kinds & {"note", "passage"} == {"note"}:
        conditions.append("n.note != ''")
    conditions += _excluding("annotations_fts", "n.id", query)
    sql = (
        # Newest annotations first as the outer loop (their index), so LIMIT stops the walk early.
        "SELECT n.id, n.updated FROM annotations n CROSS JOIN articles a ON a.id = n.article_id "
        f"WHERE {_where(conditions)} ORDER BY n.updated DESC, n.id DESC LIMIT ?"
    )
    rows = library.db.execute(sql, [*params, *_excluded_params(query), limit]).fetchall()
    return [_Candidate("annotation", r[0], 0.0, r[1]) for r in rows]


def _excluding(table: str, id_column: str, query: CompiledQuery) -> list[str]:
    """Filter-only queries have no MATCH to hang NOT on: exclude the matching rows instead."""
    if query.negative_match() is None:
        return []
    return [f"{id_column} NOT IN (SELECT rowid FROM {table} WHERE {table} MATCH ?)"]


def _excluded_params(query: CompiledQuery) -> list[Any]:
    negative = query.negative_match()
    return [negative] if negative is not None else []


@_locked
def _run(library: Library, query: CompiledQuery, limit: int) -> list[SearchHit]:
    filters = _Filters(library, query)
    if filters.empty or limit <= 0:
        return []
    candidates: list[_Candidate] = []
    if query.kinds & {"note", "passage"}:
        candidates += _annotations(library, query, filters, limit)
    if "note" in query.kinds:
        candidates += _article_notes(library, query, filters, limit)
    if "quote" in query.kinds:
        candidates += _quotes(library, query, filters, limit)
    if "article" in query.kinds and not query.speakers and not query.tags:
        candidates += _articles(library, query, filters, limit)
    if query.has_text:
        candidates.sort(key=lambda c: (-c.score, c.kind, c.rowid))
    else:
        order = {"annotation": 0, ARTICLE_NOTE: 1, "quote": 2, "article": 3}
        candidates.sort(key=lambda c: c.when or "", reverse=True)  # stable: newest first within a kind
        candidates.sort(key=lambda c: order[c.kind])
    return _hits(library, query, candidates[: limit * 2], limit)


def search(library: Library, query: CompiledQuery, *, limit: int = 20) -> list[SearchHit]:
    """The best ``limit`` hits for ``query``, best first (newest first when only filters were given)."""
    return _run(library, query, limit)


# ----------------------------------------------------------------------------- building hits


def _article_meta(library: Library, ids: set[int]) -> dict[int, tuple[str, str | None, datetime | None]]:
    if not ids:
        return {}
    rows = library.db.execute(
        f"SELECT a.id, a.title, s.name, a.published FROM articles a LEFT JOIN sources s ON s.id = a.source_id "
        f"WHERE a.id IN ({_marks(ids)})",
        sorted(ids),
    ).fetchall()
    return {r[0]: (r[1], r[2], _parse_dt(r[3])) for r in rows}


def _plain(text: str) -> str:
    text = " ".join(text.replace(MARK_OPEN, "").replace(MARK_CLOSE, "").split())
    return text if len(text) <= PLAIN_SNIPPET_CHARS else text[: PLAIN_SNIPPET_CHARS - 1].rstrip() + "…"


def _snippet(marked: str | None) -> tuple[str, tuple[tuple[int, int], ...]]:
    text, spans = parse_marked(marked or "")
    # FTS5 keeps the newlines of the text; a snippet is one line.
    return text.replace("\n", " ").replace("\r", " "), spans


def _snip(column: int, table: str) -> str:
    return f"snippet({table}, {column}, '{MARK_OPEN}', '{MARK_CLOSE}', '…', {SNIPPET_TOKENS})"


def _marked(db: Any, table: str, match_all: str | None, ids: list[int]) -> dict[int, str]:
    """rowid -> the first column's snippet with the matched words marked, for the hits ``ids`` of ``table``."""
    if match_all is None:
        return {}
    sql = (
        f"SELECT rowid, {_snip(0, table)} FROM {table} WHERE {table} MATCH ? "
        f"AND rowid BETWEEN ? AND ? AND +rowid IN ({_marks(ids)})"
    )
    return dict(db.execute(sql, [match_all, min(ids), max(ids), *ids]).fetchall())


_TABLE_KIND = {"note": "annotation", "passage": "annotation"}


def _hits(library: Library, query: CompiledQuery, candidates: list[_Candidate], limit: int) -> list[SearchHit]:
    # Snippets are asked for with a rowid range FTS5 can seek (one pass) and the exact ids as a plain
    # filter ("+rowid"): "rowid IN (...)" alone re-runs the whole MATCH per id, ruinous for prefixes.
    by_kind: dict[str, list[int]] = {}
    for c in candidates:
        by_kind.setdefault(_TABLE_KIND.get(c.kind, c.kind), []).append(c.rowid)
    built: dict[tuple[str, int], SearchHit] = {}
    match_all = query.match()
    match_notes = query.match(_annotation_columns(query))
    tier_of = {c.rowid: c.kind for c in candidates if c.kind in ("note", "passage")}
    db = library.db

    if ids := by_kind.get("annotation"):
        rows = db.execute(
            f'SELECT id, article_id, start, "end", exact, note, tags, orphan FROM annotations '
            f"WHERE id IN ({_marks(ids)})",
            ids,
        ).fetchall()
        marked: dict[int, tuple[str, str]] = {}
        if match_notes is not None:
            for r in db.execute(
                f"SELECT rowid, {_snip(0, 'annotations_fts')}, {_snip(1, 'annotations_fts')} FROM annotations_fts "
                f"WHERE annotations_fts MATCH ? AND rowid BETWEEN ? AND ? AND +rowid IN ({_marks(ids)})",
                [match_notes, min(ids), max(ids), *ids],
            ):
                marked[r[0]] = (r[1], r[2])
        for aid, article_id, start, end, exact, note, tags, orphan in rows:
            passage_marked, note_marked = marked.get(aid, ("", ""))
            if "passage" not in query.kinds or ("note" in query.kinds and MARK_OPEN in note_marked):
                kind = "note"
            elif "note" not in query.kinds or MARK_OPEN in passage_marked or not note:
                kind = "passage"
            else:
                kind = "note"
            kind = tier_of.get(aid, kind)  # a ranked hit's tier is the column query that found it
            chosen = note_marked if kind == "note" else passage_marked
            snippet, spans = (
                _snippet(chosen) if MARK_OPEN in chosen else (_plain(note if kind == "note" else exact), ())
            )
            built[("annotation", aid)] = SearchHit(
                kind=kind,
                article_id=article_id,
                snippet=snippet,
                spans=spans,
                start=None if orphan else start,
                end=None if orphan else end,
                annotation_id=aid,
                tags=tuple(t for t in tags.split(" ") if t),
            )

    if ids := by_kind.get(ARTICLE_NOTE):
        marked_notes = _marked(db, "article_notes_fts", match_all, ids)
        for article_id, note in db.execute(
            f"SELECT id, note FROM articles WHERE id IN ({_marks(ids)}) AND note IS NOT NULL", ids
        ):
            chosen = marked_notes.get(article_id, "")
            snippet, spans = _snippet(chosen) if MARK_OPEN in chosen else (_plain(note), ())
            built[(ARTICLE_NOTE, article_id)] = SearchHit(
                kind="note",
                article_id=article_id,
                snippet=snippet,
                spans=spans,
            )

    if ids := by_kind.get("quote"):
        marked_quotes = _marked(db, "quotes_fts", match_all, ids)
        for qid, article_id, start, end, text, speaker in db.execute(
            f'SELECT id, article_id, start, "end", text, speaker FROM quotes WHERE id IN ({_marks(ids)})', ids
        ):
            chosen = marked_quotes.get(qid, "")
            snippet, spans = _snippet(chosen) if MARK_OPEN in chosen else (_plain(text), ())
            built[("quote", qid)] = SearchHit(
                kind="quote",
                article_id=article_id,
                snippet=snippet,
                spans=spans,
                start=start,
                end=end,
                speaker=speaker,
            )

    if ids := by_kind.get("article"):
        marked_articles: dict[int, tuple[str, int | None, int | None]] = {}
        if match_all is not None:
            # highlight() of the body gives the first match's offset exactly: nothing is marked before it.
            for rowid, snip, lit in db.execute(
                f"SELECT rowid, {_snip(1, 'articles_fts')}, "
                f"highlight(articles_fts, 1, '{MARK_OPEN}', '{MARK_CLOSE}') FROM articles_fts "
                f"WHERE articles_fts MATCH ? AND rowid BETWEEN ? AND ? AND +rowid IN ({_marks(ids)})",
                [match_all, min(ids), max(ids), *ids],
            ):
                first = lit.find(MARK_OPEN)
                close = lit.find(MARK_CLOSE, first) if first >= 0 else -1
                span = (first, close - 1) if first >= 0 and close > first else (None, None)
                marked_articles[rowid] = (snip, *span)
        bodies = {}
        missing = [i for i in ids if MARK_OPEN not in marked_articles.get(i, ("",))[0]]
        if missing:
            bodies = dict(
                db.execute(
                    f"SELECT id, substr(body, 1, {PLAIN_SNIPPET_CHARS * 2}) FROM articles "
                    f"WHERE id IN ({_marks(missing)})",
                    missing,
                ).fetchall()
            )
        for article_id in ids:
            snip, start, end = marked_articles.get(article_id, ("", None, None))
            snippet, spans = _snippet(snip) if MARK_OPEN in snip else (_plain(bodies.get(article_id, "")), ())
            built[("article", article_id)] = SearchHit(
                kind="article",
                article_id=article_id,
                snippet=snippet,
                spans=spans,
                start=start,
                end=end,
            )

    meta = _article_meta(library, {hit.article_id for hit in built.values()})
    hits: list[SearchHit] = []
    for c in candidates:
        hit = built.get((_TABLE_KIND.get(c.kind, c.kind), c.rowid))
        if hit is None or hit.article_id not in meta:
            continue
        if hit.kind not in query.kinds:
            continue
        title, source, published = meta[hit.article_id]
        hits.append(replace(hit, title=title, source=source, published=published, score=round(c.score, 6)))
    return hits[:limit]
