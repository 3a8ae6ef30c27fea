"""Export rate: annotations per second written as Markdown and as W3C Web Annotation JSON.

Exports every annotation of the 10k library (10k annotations over ~6k articles) into an empty folder
through the same function ``newsreader export`` uses, a fresh folder per run.

The note gives the cost of a bare new-file loop measured in the same place just before the runs: on
the shared benchmark machine it swings from ~20 us to over 1 ms per file (kernel time) with what the
other processes are doing to the disk, so a slow disk can be told from slow code.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import make_corpus
from benchmarks.common import Profiled, Result, median, missing_modules, not_measured, parse_common, spread

ROW = "export"
TARGET = 10_000.0
FORMATS = ("markdown", "json")


def exporter(library: Any, fmt: str) -> Callable[[Path], None]:
    from newsreader.cli.export_commands import export_library  # type: ignore[import-not-found]

    def run(folder: Path) -> None:
        export_library(library, fmt=fmt, out=folder)

    return run


def bare_create_us(folder: Path, count: int = 500) -> float:
    """Microseconds to create, write and close one small new file with nothing else around it."""
    folder.mkdir()
    data = b"x" * 1500
    start = time.perf_counter()
    for i in range(count):
        fd = os.open(folder / f"calibrate-{i}.md", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        os.write(fd, data)
        os.close(fd)
    return (time.perf_counter() - start) / count * 1e6


def main() -> None:
    args = parse_common()
    n = 1_000 if args.quick else 10_000
    runs = args.runs or (2 if args.quick else 3)
    missing = missing_modules("newsreader.export.markdown")
    if missing:
        for fmt in FORMATS:
            not_measured(ROW, fmt, "annotations/s", f"{missing[0]} not available", TARGET, higher_is_better=True).emit()
        return
    from newsreader.store import Library

    path = make_corpus.cached_library(n, n)
    with Library.open(path) as library, tempfile.TemporaryDirectory() as tmp:
        count = library.count_annotations()
        bare_us = bare_create_us(Path(tmp) / "calibrate")
        for fmt in FORMATS:
            try:
                run = exporter(library, fmt)
                rates, user, system = [], [], []
                for k in range(runs):
                    with Profiled(args.profile if k == 0 and fmt == FORMATS[0] else None):
                        before = os.times()
                        start = time.perf_counter()
                        run(Path(tmp) / f"{fmt}-{k}")
                        rates.append(count / (time.perf_counter() - start))
                        after = os.times()
                        user.append(after.user - before.user)
                        system.append(after.system - before.system)
            except Exception as exc:
                reason = f"export API not as expected ({type(exc).__name__}: {str(exc)[:120]})"
                not_measured(ROW, fmt, "annotations/s", reason, TARGET, higher_is_better=True).emit()
                continue
            Result(
                row=ROW,
                label=fmt,
                value=median(rates),
                unit="annotations/s",
                target=TARGET,
                higher_is_better=True,
                runs=runs,
                spread=spread(rates, "{:,.0f}"),
                note=(
                    f"{count:,} annotations of a {n:,}-article library, into an empty folder; CPU per run "
                    f"{median(user):.2f} s user + {median(system):.2f} s system (system time is mostly the kernel "
                    f"creating files), i.e. {count / max(median(user), 1e-9):,.0f} annotations per second of user "
                    f"CPU; a bare new-file loop took {bare_us:.0f} us per file there just before"
                ),
                extra={"user_s": user, "system_s": system, "bare_create_us": bare_us},
            ).emit()


if __name__ == "__main__":
    main()
