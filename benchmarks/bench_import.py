"""Import of plain-text articles (~700 words each): read, clean, analyse, store and index.

Times the CLI's own code path (``newsreader.cli.library_commands.import_files``) into a fresh library
per run, so every article is new; the file set is generated once and cached.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import make_corpus
from benchmarks.common import OUT, Profiled, Result, median, missing_modules, not_measured, parse_common, spread

ROW = "import"
TARGET = 500


def text_corpus(count: int) -> Path:
    folder = OUT / f"text-g{make_corpus.GENERATOR_VERSION}-n{count}"
    if not folder.exists():
        partial = folder.with_name(folder.name + ".partial")
        shutil.rmtree(partial, ignore_errors=True)
        make_corpus.write_text_files(partial, count)
        partial.rename(folder)
    return folder


def main() -> None:
    args = parse_common()
    count = 200 if args.quick else 1000
    runs = args.runs or (2 if args.quick else 3)
    label = f"{count:,} files"
    missing = missing_modules("newsreader.ingest", "newsreader.analysis")
    if missing:
        not_measured(ROW, label, "articles/s", f"{missing[0]} not available", TARGET).emit()
        return
    from newsreader.cli.library_commands import ImportReport, import_files
    from newsreader.store import Library

    folder = text_corpus(count)
    rates: list[float] = []
    report = ImportReport()
    with tempfile.TemporaryDirectory() as tmp:
        for run in range(runs):
            library = Library.open(Path(tmp) / f"import-{run}.db")
            report = ImportReport()
            with Profiled(args.profile if run == 0 else None):
                start = time.perf_counter()
                import_files(library, [str(folder)], source=None, report=report)
                elapsed = time.perf_counter() - start
            library.close()
            rates.append(len(report.imported) / elapsed)
    note = f"{count:,} files of ~700 words, fresh library each run, batches of the CLI's size"
    if report.failed or len(report.imported) != count:
        note += f"; {len(report.imported)} imported, {len(report.failed)} failed ({report.failed[:1]})"
    Result(
        row=ROW,
        label=label,
        value=median(rates),
        unit="articles/s",
        target=TARGET,
        higher_is_better=True,
        runs=runs,
        spread=spread(rates, "{:,.0f}"),
        note=note,
    ).emit()


if __name__ == "__main__":
    main()
