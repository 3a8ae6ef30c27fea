"""Importing many files in worker processes gives exactly what the sequential import gives."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest

from newsreader.cli import library_commands
from newsreader.cli.library_commands import ImportReport, import_files
from newsreader.store import Library

SAMPLES = Path(__file__).resolve().parents[1] / "sample_data"


def _corpus(folder: Path, copies: int = 12) -> Path:
    """The samples (with their manifest) plus variants of them, an empty file and a binary one."""
    shutil.copytree(SAMPLES, folder)
    texts = sorted(SAMPLES.glob("*.txt"))
    for i in range(copies):
        for sample in texts:
            title, rest = sample.read_text(encoding="utf-8").split("\n", 1)
            variant = folder / "more" / f"{i:02d}-{sample.name}"
            variant.parent.mkdir(exist_ok=True)
            variant.write_text(f"{title} ({i})\n{rest}\n\nThe talks resume on day {i}.\n", encoding="utf-8")
    (folder / "more" / "empty.txt").write_text("", encoding="utf-8")
    (folder / "more" / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    return folder


def _run(db: Path, folder: Path) -> tuple[ImportReport, list[tuple[int, int]], list[tuple[object, ...]]]:
    library = Library.open(db)
    report = ImportReport()
    calls: list[tuple[int, int]] = []
    import_files(library, [str(folder)], source=None, report=report, progress=lambda d, t: calls.append((d, t)))
    stored = [
        (name, library.get_article(article_id), library.get_analysis(article_id))
        for name, article_id in sorted(report.ids.items())
    ]
    library.close()
    return report, calls, stored


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return _corpus(tmp_path / "corpus")


def _force_workers(monkeypatch: pytest.MonkeyPatch, workers: int) -> None:
    monkeypatch.setattr(library_commands, "_import_workers", lambda total: workers)


def _forbid_in_process_work(monkeypatch: pytest.MonkeyPatch) -> None:
    # The workers have their own copy of the module; only this process's loop would call this one.
    def in_process(*args: object) -> None:
        raise AssertionError("a file was read in the parent process")

    monkeypatch.setattr(library_commands, "_outcome", in_process)


def test_parallel_import_matches_sequential(corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _force_workers(monkeypatch, 1)
    sequential = _run(tmp_path / "seq.db", corpus)
    _force_workers(monkeypatch, 2)
    _forbid_in_process_work(monkeypatch)
    parallel = _run(tmp_path / "par.db", corpus)
    seq_report, seq_calls, seq_stored = sequential
    par_report, par_calls, par_stored = parallel
    assert len(seq_report.imported) + len(seq_report.unchanged) == 5 + 5 * 12
    assert par_report.as_json() == seq_report.as_json()  # same order, failures, warnings and ids
    assert sorted(reason for _, reason in par_report.failed) == ["binary file, not text", "empty file"]
    total = 5 + 5 * 12 + 2
    assert par_calls == seq_calls == [(done, total) for done in range(1, total + 1)]
    assert par_stored == seq_stored
    # The manifest's overrides reached the workers.
    assert any(article.source for _, article, _ in par_stored)


def test_parallel_import_from_a_thread(corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The TUI imports from a Textual thread worker.
    _force_workers(monkeypatch, 2)
    _forbid_in_process_work(monkeypatch)
    results: list[object] = []

    def work() -> None:
        try:
            results.append(_run(tmp_path / "thread.db", corpus)[0])
        except Exception as exc:  # reported below, not lost in the thread
            results.append(exc)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(timeout=120)
    assert not thread.is_alive()
    [report] = results
    assert isinstance(report, ImportReport)
    assert len(report.imported) + len(report.unchanged) == 65 and len(report.failed) == 2


def test_without_worker_processes_the_import_still_completes(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import concurrent.futures

    class NoProcesses:
        def __init__(self, *args: object, **kwargs: object) -> None:
            raise OSError("no processes")

    _force_workers(monkeypatch, 1)
    sequential = _run(tmp_path / "seq.db", corpus)
    _force_workers(monkeypatch, 2)
    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", NoProcesses)
    fallback = _run(tmp_path / "fallback.db", corpus)
    assert fallback[0].as_json() == sequential[0].as_json()
    assert fallback[2] == sequential[2]


def test_only_many_files_on_several_cores_use_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(library_commands.os, "cpu_count", lambda: 2)
    assert library_commands._import_workers(library_commands.PARALLEL_THRESHOLD) == 1
    assert library_commands._import_workers(library_commands.PARALLEL_THRESHOLD + 1) == 2
    monkeypatch.setattr(library_commands.os, "cpu_count", lambda: 1)
    assert library_commands._import_workers(10_000) == 1
