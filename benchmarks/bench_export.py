"""Export rate: annotations per second written as Markdown and as W3C Web Annotation JSON.

Exports every annotation of the 10k library (10k annotations over ~6k articles) into an empty folder
through the same function ``newsreader export`` uses, a fresh folder per run.
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
                    "creating files, which varies many-fold with the machine's disk activity)"
                ),
                extra={"user_s": user, "system_s": system},
            ).emit()


if __name__ == "__main__":
    main()
