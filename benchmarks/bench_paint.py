"""TUI first paint: process start -> the library list has drawn its first rows, at several library sizes.

Every run is a fresh process (interpreter start, imports, opening the library, the first query, the
first render), after one untimed warm-up run per size so the figures compare warm page caches.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import make_corpus
from benchmarks.common import Result, median, not_measured, parse_common, spread
from benchmarks.tui import run_tui, ui_missing

ROW = "paint"
TARGET = 0.8
FLATNESS = 1.5  # largest-N paint over smallest-N paint: "flat in N", as a number


def sizes(quick: bool) -> list[int]:
    return [1_000, 5_000] if quick else [1_000, 10_000, 100_000]


def label(n: int) -> str:
    return f"{n // 1000}k articles"


def main() -> None:
    args = parse_common()
    runs = args.runs or (3 if args.quick else 5)
    reason = ui_missing()
    if reason:
        for n in sizes(args.quick):
            not_measured(ROW, label(n), "s", reason, TARGET).emit()
        return
    medians: dict[int, float] = {}
    after_imports: dict[int, float] = {}  # the part that can depend on N: open, query, first render
    for n in sizes(args.quick):
        library = make_corpus.cached_library(n, n)
        try:
            if args.profile:  # one profiled run at the largest size says where the time goes
                if n == sizes(args.quick)[-1]:
                    run_tui("paint", library, profile=args.profile)
                continue
            run_tui("paint", library)  # warm-up
            samples = [run_tui("paint", library) for _ in range(runs)]
        except (RuntimeError, TimeoutError, OSError) as exc:
            not_measured(ROW, label(n), "s", f"the app did not paint ({exc})", TARGET).emit()
            continue
        paints = [s["paint_s"] for s in samples]
        medians[n] = median(paints)
        after_imports[n] = median([s["paint_s"] - s["imports_s"] for s in samples])
        Result(
            row=ROW,
            label=label(n),
            value=medians[n],
            unit="s",
            target=TARGET,
            runs=runs,
            spread=spread(paints),
            note=(
                f"of which Python start {median([s['python_start_s'] for s in samples]):.2f} s, "
                f"imports done at {median([s['imports_s'] for s in samples]):.2f} s, "
                f"list drawn {after_imports[n]:.2f} s after them; "
                f"peak RSS {median([s['rss_mb'] for s in samples]):.0f} MB"
            ),
        ).emit()
    if len(medians) >= 2:
        small, large = min(medians), max(medians)
        Result(
            row=ROW,
            label=f"flatness: {label(large)} / {label(small)}",
            value=medians[large] / medians[small],
            unit="×",
            target=FLATNESS,
            runs=runs,
            note=(
                f"ratio of medians; 'flat in N' read as at most {FLATNESS}× from {small:,} to {large:,} articles; "
                f"the part after imports: {after_imports[large]:.2f} s vs {after_imports[small]:.2f} s"
            ),
        ).emit()


if __name__ == "__main__":
    main()
