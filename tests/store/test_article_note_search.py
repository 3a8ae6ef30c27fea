"""Article-level notes are searchable (schema v7: article_notes_fts), as notes of the whole article."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import datetime
from pathlib import Path

import sqlite_utils

from newsreader.model import Analysis, Article
from newsreader.search import compile_query
from newsreader.store import SCHEMA_VERSION, Library
from newsreader.store.schema import APPLICATION_ID
from newsreader.store.search import search


def _article(title: str, body: str, published: datetime) -> Article:
    return Article(
        title=title,
        body=body,
        source="Reuters",
        published=published,
        url=f"https://x/{title}",
        content_hash=hashlib.sha256(body.encode()).hexdigest(),
    )


def run(lib: Library, text: str):
    return search(lib, compile_query(text, now=datetime(2024, 5, 1)), limit=20)


def _two_articles(lib: Library) -> tuple[int, int]:
    outcomes = lib.import_articles(
        [
            (_article("Grain", "Ships carry grain across the sea.", datetime(2022, 3, 1)), Analysis()),
            (_article("Talks", "Envoys met in Geneva on Tuesday.", datetime(2023, 6, 1)), Analysis()),
        ],
        "test",
    )
    return outcomes[0].article_id, outcomes[1].article_id


def test_an_article_note_is_found_as_a_note_of_its_article(library: Library) -> None:
    grain, _talks = _two_articles(library)
    library.set_article_note(grain, "Compare with the **Odessa** blockade coverage")
    [hit] = run(library, "odessa")
    assert (hit.kind, hit.article_id, hit.annotation_id, hit.title) == ("note", grain, None, "Grain")
    assert hit.is_article_note and hit.label == "article note"
    assert hit.start is None and hit.end is None
    assert hit.snippet[slice(*hit.spans[0])] == "Odessa"
    assert [h.article_id for h in run(library, "is:note odessa")] == [grain]
    assert run(library, "is:passage odessa") == [] and run(library, "is:article odessa") == []
    assert run(library, "tag:anything odessa") == []  # article notes carry no tags
    assert [h.article_id for h in run(library, "odessa -blockade")] == []


def test_article_notes_rank_with_notes_and_follow_edits(library: Library) -> None:
    grain, talks = _two_articles(library)
    library.set_article_note(talks, "Geneva again: third round")
    hits = run(library, "geneva")
    assert [(h.kind, h.article_id) for h in hits] == [("note", talks), ("article", talks)]
    library.set_article_note(talks, "moved to Vienna")
    assert [h.kind for h in run(library, "geneva")] == ["article"]
    assert [h.article_id for h in run(library, "vienna")] == [talks]
    library.set_article_note(talks, None)
    assert run(library, "vienna") == []
    library.set_article_note(grain, "Vienna too")
    library.delete_article(grain)
    assert run(library, "vienna") == []
    assert library.db.execute("INSERT INTO article_notes_fts(article_notes_fts) VALUES('integrity-check')")


def test_filter_only_queries_list_article_notes(library: Library) -> None:
    grain, talks = _two_articles(library)
    library.set_article_note(grain, "an old thought")
    library.set_article_note(talks, "a newer thought")
    assert [(h.article_id, h.is_article_note) for h in run(library, "is:note")] == [(talks, True), (grain, True)]
    assert [h.article_id for h in run(library, "is:note since:2023")] == [talks]  # the article's date
    assert [h.article_id for h in run(library, "is:note before:2023")] == [grain]
    assert [h.article_id for h in run(library, "is:note -newer")] == [grain]


def test_migration_from_v6_keeps_everything_and_indexes_existing_notes(tmp_path: Path) -> None:
    path = tmp_path / "v6.db"
    old = Library(sqlite_utils.Database(sqlite3.connect(path)), str(path))
    old.db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    old.migrate(0, 6)
    old.db.conn.commit()
    grain, talks = _two_articles(old)
    old.set_article_note(grain, "Written before the upgrade: Odessa")
    old.add_annotation(talks, 0, 6, note="envoy note", tags=["geneva"])
    old.set_read(talks)
    tables = ("articles", "annotations", "annotation_tags", "tags", "sources")
    before = {t: old.db.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in tables}
    old.close()

    with Library.open(path) as lib:
        assert lib.schema_version == SCHEMA_VERSION == 7
        assert {t: lib.db.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in tables} == before
        assert [(h.article_id, h.is_article_note) for h in run(lib, "odessa")] == [(grain, True)]
        assert [h.annotation_id is not None for h in run(lib, "envoy is:note")] == [True]
        lib.set_article_note(talks, "added after the upgrade")
        assert sorted(h.article_id for h in run(lib, "upgrade")) == [grain, talks]
