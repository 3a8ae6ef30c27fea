"""Two processes writing one library: a writer waits for the other's lock instead of failing."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

from newsreader.model import Analysis, Article
from newsreader.store import Library

BODY = "Mr Biden said: “We will talk.” Later Mr Putin replied."
HOLD = 0.5


def _hold_write_lock(path: Path, started: threading.Event) -> None:
    # Another process's connection: it takes the write lock, keeps it for HOLD seconds, then commits.
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE articles SET title = title")
    started.set()
    time.sleep(HOLD)
    other.execute("COMMIT")
    other.close()


def _library_with_article(tmp_path: Path) -> tuple[Library, int]:
    path = tmp_path / "lib.db"
    lib = Library.open(path)
    article = Article(title="Talks", body=BODY, origin="/tmp/a.txt", content_hash="h")
    return lib, lib.add_article(article, Analysis(), "test").article_id


def _while_locked(path: Path, write) -> tuple[float, object]:
    started = threading.Event()
    holder = threading.Thread(target=_hold_write_lock, args=(path, started))
    holder.start()
    started.wait(5)
    began = time.monotonic()
    try:
        result = write()
    finally:
        holder.join()
    return time.monotonic() - began, result


def test_annotating_waits_for_another_writer_then_succeeds(tmp_path: Path) -> None:
    lib, article_id = _library_with_article(tmp_path)
    with lib:
        # A read first, so the library's connection holds a read snapshot when the other writer starts.
        lib.list_annotations(article_id=article_id)
        waited, annotation = _while_locked(
            tmp_path / "lib.db", lambda: lib.add_annotation(article_id, 0, 8, note="n", tags=["t"])
        )
        assert waited >= HOLD * 0.8
        assert [a.id for a in lib.list_annotations(article_id=article_id)] == [annotation.id]


def test_updating_and_deleting_wait_for_another_writer(tmp_path: Path) -> None:
    lib, article_id = _library_with_article(tmp_path)
    with lib:
        annotation = lib.add_annotation(article_id, 0, 8, note="n")
        waited, updated = _while_locked(tmp_path / "lib.db", lambda: lib.update_annotation(annotation.id, note="m"))
        assert waited >= HOLD * 0.8 and updated.note == "m"
        waited, _ = _while_locked(tmp_path / "lib.db", lambda: lib.set_article_note(article_id, "whole"))
        assert waited >= HOLD * 0.8 and lib.get_article(article_id).note == "whole"
        waited, _ = _while_locked(tmp_path / "lib.db", lambda: lib.delete_annotation(annotation.id))
        assert waited >= HOLD * 0.8 and lib.list_annotations() == []


def test_write_transactions_stay_in_wal_mode(tmp_path: Path) -> None:
    lib, _ = _library_with_article(tmp_path)
    with lib:
        assert lib.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_two_processes_upgrading_one_library_both_succeed(tmp_path: Path) -> None:
    import sqlite_utils

    from newsreader.store import SCHEMA_VERSION
    from newsreader.store.schema import APPLICATION_ID

    path = tmp_path / "old.db"
    old = Library(sqlite_utils.Database(sqlite3.connect(path)), str(path))
    old.db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    old.migrate(0, SCHEMA_VERSION - 1)
    old.close()
    # Both saw the old version before either upgraded: the second must not re-run the last step.
    first = Library(sqlite_utils.Database(sqlite3.connect(path, timeout=10)), str(path))
    second = Library(sqlite_utils.Database(sqlite3.connect(path, timeout=10)), str(path))
    first.migrate(SCHEMA_VERSION - 1)
    second.migrate(SCHEMA_VERSION - 1)
    assert first.schema_version == second.schema_version == SCHEMA_VERSION
    first.close()
    second.close()
