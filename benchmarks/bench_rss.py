"""Peak resident memory of the TUI on the largest library, used the way a reader would.

A fresh app process paints the library, pages down ten times, jumps to the end and back, opens three
articles (back to the list after each), then reports ``getrusage(RUSAGE_SELF).ru_maxrss``.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import make_corpus
from benchmarks.common import Result, median, not_measured, parse_common, spread
from benchmarks.tui import run_tui, ui_missing

ROW = "rss"
TARGET = 200.0


def main() -> None:
    args = parse_common()
    n = 5_000 if args.quick else 100_000
    runs = args.runs or (2 if args.quick else 3)
    label = f"{n // 1000}k articles"
    reason = ui_missing()
    if reason:
        not_measured(ROW, label, "MB", reason, TARGET).emit()
        return
    library = make_corpus.cached_library(n, n)
    from newsreader.store import Library

    with Library.open(library) as lib:
        newest = lib.list_articles(limit=3)
        specs = [f"{s.id}:{' '.join(lib.get_article(s.id).body.split()[:3])}" for s in newest]
    extra = [arg for spec in specs for arg in ("--article", spec)]
    try:
        if args.profile:
            run_tui("rss", library, *extra, profile=args.profile)
            return
        samples = [run_tui("rss", library, *extra) for _ in range(runs)]
    except (RuntimeError, TimeoutError, OSError) as exc:
        not_measured(ROW, label, "MB", f"the app did not run ({exc})", TARGET).emit()
        return
    peaks = [s["rss_mb"] for s in samples]
    Result(
        row=ROW,
        label=label,
        value=median(peaks),
        unit="MB",
        target=TARGET,
        runs=runs,
        spread=spread(peaks, "{:.0f}"),
        note="after paging through the list, end/home, opening 3 articles; ru_maxrss of the app process",
    ).emit()


if __name__ == "__main__":
    main()
