"""Search latency, p50 and p95, over the largest library (100k articles + 100k annotations).

About fifty queries a reader would type -- words, phrases, prefixes, exclusions, the qualifiers
(tag:, leader:, speaker:, source:, since:, before:, is:) and a few hostile ones -- each run through
the same path as ``newsreader search`` (compile the query text, run it on the store, build snippets).
One untimed pass warms the page cache; the timed passes pool every query's latencies.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import make_corpus
from benchmarks.common import Profiled, Result, median, missing_modules, not_measured, parse_common, percentile

ROW = "search"
TARGETS = {"p50": 10.0, "p95": 30.0}
LIMIT = 20  # one screen of results, as the CLI and the TUI ask for

QUERIES = [
    "sanctions", "ceasefire talks", "nuclear plant", "grain exports", "energy prices", "peace",
    "sovereignty", "negotiating table", "war crimes", "humanitarian corridor",
    '"across the board"', '"in the coming days"', '"sit down"', '"national sovereignty"', '"air power"',
    "negot*", "sover*", "diplom*",
    "war -ukraine", "talks -nato", "summit -china",
    "leader:putin", "leader:macron sovereignty", "leader:scholz", "speaker:biden", "speaker:zelensky war",
    "speaker:peskov", "speaker:macron peace",
    "tag:negotiations", "tag:sanctions", "tag:energy is:note", "tag:follow-up", "#timeline",
    "source:reuters ceasefire", 'source:"the guardian" sanctions', "source:bbc",
    "before:2022-03-01 talks", 'since:"last year" inflation', "since:2023-06-01 tag:nato",
    "is:quote peace", "is:note follow", "is:article blackout", "is:quote leader:putin",
    "O'Brien", "AND OR NOT", "20.04", "@nasa", '"unbalanced', "Kyiv’s", "key line",
]  # fmt: skip


def searcher(library: Any) -> Callable[[str], int]:
    """A function running one query text the way the CLI does; returns the number of hits."""
    from newsreader.search import compile_query  # type: ignore[attr-defined]
    from newsreader.store.search import search  # type: ignore[import-not-found]

    def run(text: str) -> int:
        return len(search(library, compile_query(text), limit=LIMIT))

    return run


def main() -> None:
    args = parse_common()
    n = 5_000 if args.quick else 100_000
    passes = args.runs or (2 if args.quick else 3)
    scope = f"{n // 1000}k articles + {n // 1000}k annotations"
    missing = missing_modules("newsreader.search", "newsreader.store.search")
    if missing:
        for name, target in TARGETS.items():
            not_measured(ROW, f"{name}, {scope}", "ms", f"{missing[0]} not available", target).emit()
        return
    from newsreader.store import Library

    path = make_corpus.cached_library(n, n)
    failures: list[str] = []
    latencies: dict[str, list[float]] = {q: [] for q in QUERIES}
    hits: dict[str, int] = {}
    with Library.open(path) as library:
        try:
            run = searcher(library)
        except (ImportError, AttributeError, TypeError) as exc:
            for name, target in TARGETS.items():
                not_measured(ROW, f"{name}, {scope}", "ms", f"search API not as expected ({exc})", target).emit()
            return
        for query in QUERIES:  # warm-up, and which queries fail
            try:
                hits[query] = run(query)
            except Exception as exc:
                failures.append(f"{query!r}: {type(exc).__name__}: {str(exc)[:80]}")
        good = [q for q in QUERIES if q in hits]
        with Profiled(args.profile):
            for _ in range(passes):
                for query in good:
                    start = time.perf_counter()
                    run(query)
                    latencies[query].append((time.perf_counter() - start) * 1000)
    pooled = [t for q in good for t in latencies[q]]
    slowest = sorted(good, key=lambda q: median(latencies[q]), reverse=True)[:3]
    note = (
        f"{len(good)} queries × {passes} passes, limit {LIMIT}; slowest: "
        + ", ".join(f"{q} {median(latencies[q]):.0f} ms" for q in slowest)
        + f"; {sum(1 for q in good if hits[q] == 0)} queries with no hits"
    )
    if failures:
        note += f"; {len(failures)} raised: " + "; ".join(failures[:3])
    for name, target in TARGETS.items():
        Result(
            row=ROW,
            label=f"{name}, {scope}",
            value=percentile(pooled, 50 if name == "p50" else 95),
            unit="ms",
            target=target,
            runs=len(pooled),
            spread=f"{min(pooled):.1f}–{max(pooled):.0f}",
            note=note if name == "p95" else "",
        ).emit()


if __name__ == "__main__":
    main()
