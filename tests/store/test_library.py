"""The store: migrations, import identity, annotations, leaders -- against real SQLite files."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
import sqlite_utils

from newsreader.model import Analysis, Article, Leader, Mention, Quote
from newsreader.store import SCHEMA_VERSION, Library, LibraryError, NotFound
from newsreader.store.schema import APPLICATION_ID

BODY = "Mr Biden said: “We will talk.” Later Mr Putin replied.\n\nA second paragraph about peace."


def make_article(body: str = BODY, **fields) -> Article:
    defaults = dict(title="Talks", source="The Telegraph", origin="/tmp/a.txt", content_hash=str(hash(body)))
    defaults.update(fields)
    return Article(body=body, **defaults)


def make_analysis(body: str = BODY) -> Analysis:
    start = body.index("We will")
    quote = Quote(start, start + len("We will talk."), "We will talk.", "Joe Biden", "joe-biden")
    biden = Leader("joe-biden", "Joe Biden", "US President", (Mention(0, 8, "Mr Biden"),))
    p = body.index("Mr Putin")
    putin = Leader("vladimir-putin", "Vladimir Putin", None, (Mention(p, p + 8, "Mr Putin"),))
    return Analysis(quotes=(quote,), leaders=(biden, putin))


def test_new_library_is_at_current_schema_with_wal(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "lib.db"
    with Library.open(path) as lib:
        assert lib.schema_version == SCHEMA_VERSION
        assert lib.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert lib.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert path.exists()


@pytest.mark.parametrize("start_version", range(SCHEMA_VERSION))
def test_migrates_forward_from_every_earlier_version(tmp_path: Path, start_version: int) -> None:
    path = tmp_path / "old.db"
    # A library as an older newsreader left it: the first migrations only, with data in it.
    old = Library(sqlite_utils.Database(sqlite3.connect(path)), str(path))
    old.db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    old.migrate(0, start_version)
    assert old.schema_version == start_version
    if start_version >= 1:
        old.db.execute(
            "INSERT INTO articles (title, body, content_hash, added, updated) "
            "VALUES ('Old', 'old body', 'h', '2022-01-01T00:00:00', '2022-01-01T00:00:00')"
        )
        old.db.conn.commit()
    old.close()
    with Library.open(path) as upgraded:
        assert upgraded.schema_version == SCHEMA_VERSION
        if start_version >= 1:
            [row] = upgraded.list_articles()
            assert row.title == "Old"
            assert upgraded.get_article(row.id).body == "old body"


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    Library.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    with pytest.raises(LibraryError, match="newer than this newsreader supports"):
        Library.open(path)


def test_foreign_sqlite_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER)")
    conn.commit()
    conn.close()
    with pytest.raises(LibraryError, match="not a newsreader library"):
        Library.open(path)
    conn = sqlite3.connect(path)
    assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["invoices"]
    conn.close()


def test_non_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("this is not a database at all, just words " * 100)
    with pytest.raises(LibraryError, match="not a newsreader library"):
        Library.open(path)


def test_uncreatable_folder_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(LibraryError, match="cannot create the library folder"):
        Library.open(blocker / "sub" / "lib.db")


def test_import_is_idempotent_and_update_keeps_id(library: Library) -> None:
    first = library.add_article(make_article(), make_analysis(), "v1")
    assert first.status == "imported"
    again = library.add_article(make_article(), make_analysis(), "v1")
    assert again == type(first)("unchanged", first.article_id)
    changed_body = BODY + "\n\nA third paragraph."
    updated = library.add_article(make_article(changed_body, content_hash="other"), make_analysis(changed_body), "v1")
    assert updated.status == "updated" and updated.article_id == first.article_id
    assert library.count_articles() == 1
    assert library.get_article(first.article_id).body.endswith("A third paragraph.")


def test_analysis_rows_round_trip(library: Library) -> None:
    outcome = library.add_article(make_article(), make_analysis(), "v1")
    analysis = library.get_analysis(outcome.article_id)
    assert analysis == make_analysis()
    [summary] = library.list_articles()
    assert (summary.quotes, summary.leaders, summary.annotations) == (1, 2, 0)
    leaders = {s.id: s for s in library.list_leaders()}
    assert leaders["joe-biden"].quotes == 1 and leaders["joe-biden"].articles == 1
    [lq] = library.quotes_by_leader("joe-biden")
    assert lq.quote.text == "We will talk." and lq.source == "The Telegraph"


def test_list_orders_newest_first_across_time_zones_and_filters(library: Library) -> None:
    est = timezone(timedelta(hours=-5))
    dated = [
        ("a", datetime(2022, 2, 7, 13, 15, tzinfo=est), "The Independent"),  # 18:15 UTC
        ("b", datetime(2022, 2, 7, 19, 0, tzinfo=UTC), "Reuters"),
        ("c", None, None),
        ("d", datetime(2022, 12, 1, 21, 13), "The Telegraph"),
    ]
    for title, published, source in dated:
        library.add_article(
            make_article(
                f"body {title}", title=title, published=published, source=source, origin=title, content_hash=title
            ),
            Analysis(),
            "v1",
        )
    assert [r.title for r in library.list_articles()] == ["d", "b", "a", "c"]
    assert [r.title for r in library.list_articles(source="reuters")] == ["b"]
    assert [r.title for r in library.list_articles(since=datetime(2022, 3, 1))] == ["d"]
    assert [r.title for r in library.list_articles(until=datetime(2022, 3, 1))] == ["b", "a"]
    assert [r.title for r in library.list_articles(limit=2, offset=1)] == ["b", "a"]
    assert [r.title for r in library.list_articles(sort="title")] == ["a", "b", "c", "d"]
    assert library.list_articles(text="indep")[0].title == "a"
    assert library.count_matching(text="%") == 0


def test_annotations_tags_edit_delete_restore(library: Library) -> None:
    aid = library.add_article(make_article(), make_analysis(), "v1").article_id
    start = BODY.index("second paragraph")
    note = library.add_annotation(aid, start, start + 16, note="Key point", tags=["#peace", "Talks", "peace"])
    assert note.exact == "second paragraph"
    assert note.tags == ("peace", "Talks")
    assert BODY[start - len(note.prefix) : start] == note.prefix and len(note.prefix) <= 32
    assert [t.name for t in library.tags()] == ["peace", "Talks"]
    assert library.list_articles()[0].annotations == 1
    edited = library.update_annotation(note.id, note="Changed", tags=["diplomacy"])
    assert edited.note == "Changed" and edited.tags == ("diplomacy",)
    assert [t.name for t in library.tags()] == ["diplomacy"]
    assert [a.id for a in library.list_annotations(tag="DIPLOMACY")] == [note.id]
    removed = library.delete_annotation(note.id)
    assert library.list_annotations() == [] and library.list_articles()[0].annotations == 0
    restored = library.restore_annotation(removed)
    assert restored == removed
    assert library.list_articles()[0].annotations == 1
    with pytest.raises(LibraryError, match="outside the text"):
        library.add_annotation(aid, 5, 10_000)
    with pytest.raises(NotFound):
        library.get_annotation(9999)


def test_changed_body_reanchors_or_orphans_annotations(library: Library) -> None:
    aid = library.add_article(make_article(), make_analysis(), "v1").article_id
    start = BODY.index("peace")
    kept = library.add_annotation(aid, start, start + 5, note="n")
    gone_start = BODY.index("Later")
    gone = library.add_annotation(aid, gone_start, gone_start + 5)
    new_body = "An inserted lead paragraph.\n\n" + BODY.replace("Later", "Then")
    library.add_article(make_article(new_body, content_hash="new"), Analysis(), "v1")
    moved = library.get_annotation(kept.id)
    assert new_body[moved.start : moved.end] == "peace" and not moved.orphan
    orphan = library.get_annotation(gone.id)
    assert orphan.orphan and orphan.exact == "Later"


def test_fts_indexes_follow_writes(library: Library) -> None:
    aid = library.add_article(make_article(), make_analysis(), "v1").article_id
    library.add_annotation(aid, 0, 8, note="negotiations matter", tags=["talks"])

    def hits(table: str, query: str) -> int:
        return library.db.execute(f"SELECT count(*) FROM {table}_fts WHERE {table}_fts MATCH ?", [query]).fetchone()[0]

    assert hits("articles", "paragraph") == 1
    assert hits("annotations", "negotiation") == 1  # porter stemming
    assert hits("annotations", "talks") == 1
    assert hits("quotes", "biden") == 1
    library.delete_article(aid)
    assert hits("articles", "paragraph") == 0 and hits("annotations", "talks") == 0 and hits("quotes", "biden") == 0


def test_stale_articles_are_found_and_reanalysed(library: Library) -> None:
    aid = library.add_article(make_article(), Analysis(), "v1").article_id
    assert library.stale_articles("v1") == []
    assert [row[0] for row in library.stale_articles("v2")] == [aid]
    library.replace_analyses([(aid, make_analysis())], "v2")
    assert library.stale_articles("v2") == []
    assert library.list_articles()[0].quotes == 1


def test_article_note_and_read_flag(library: Library) -> None:
    aid = library.add_article(make_article(), Analysis(), "v1").article_id
    library.set_article_note(aid, "Whole-article thought")
    library.set_read(aid)
    article = library.get_article(aid)
    assert article.note == "Whole-article thought" and article.read
    assert library.list_articles()[0].read
    with pytest.raises(NotFound):
        library.set_article_note(999, "x")


def test_web_entries_with_same_text_are_distinct_but_files_dedupe(library: Library) -> None:
    teaser = "Read more on our website."
    first = library.add_article(
        make_article(teaser, origin=None, url="https://a.example/1", content_hash="t"), Analysis(), "v1"
    )
    second = library.add_article(
        make_article(teaser, origin=None, url="https://a.example/2", content_hash="t"), Analysis(), "v1"
    )
    assert first.article_id != second.article_id and second.status == "imported"
    copy = library.add_article(make_article(BODY, origin="/elsewhere/copy.txt", content_hash="same"), Analysis(), "v1")
    again = library.add_article(make_article(BODY, origin="/other/copy.txt", content_hash="same"), Analysis(), "v1")
    assert again.status == "unchanged" and again.article_id == copy.article_id


def test_marking_read_or_annotating_does_not_reindex_the_body(library: Library) -> None:
    aid = library.add_article(make_article(), make_analysis(), "v1").article_id
    before = library.db.conn.total_changes
    library.set_read(aid)
    assert library.db.conn.total_changes - before == 1  # the article row only, no FTS delete + insert
    library.add_article(make_article(BODY + " Edited.", content_hash="edited"), make_analysis(), "v1")
    found = library.db.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'edited'").fetchone()[0]
    assert found == 1
