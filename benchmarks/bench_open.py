"""Open an article in the reader: from ``app.open_article(id)`` (what Enter calls) to the first frame,
handed by the app to its terminal driver, that shows the body (see ``FrameWatch`` in tui_child.py).

A library of two long articles (2k and 50k words, analysed, one annotation per ~100 words, so all three
highlight kinds are drawn). Each run is a fresh app process that opens both, once each (a second open
of the same article could be served from the app's memory and would flatter the figure).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import make_corpus
from benchmarks.common import Result, median, not_measured, parse_common, spread
from benchmarks.tui import run_tui, ui_missing
from benchmarks.tui_child import SETTLE

ROW = "open"
TARGETS = {2_000: 50.0, 50_000: 500.0}


def label(words: int) -> str:
    return f"{words // 1000}k words"


def main() -> None:
    args = parse_common()
    runs = args.runs or (3 if args.quick else 5)
    reason = ui_missing()
    if reason:
        for words, target in TARGETS.items():
            not_measured(ROW, label(words), "ms", reason, target).emit()
        return
    library = make_corpus.cached_reader_library()
    articles = make_corpus.facts_for(library)["articles"]
    specs = [f"{a['id']}:{a['first_words']}" for a in articles]
    extra = [arg for spec in specs for arg in ("--article", spec)]
    try:
        if args.profile:
            run_tui("open", library, *extra, profile=args.profile)
            return
        run_tui("open", library, *extra)  # warm-up
        samples = [run_tui("open", library, *extra) for _ in range(runs)]
    except (RuntimeError, TimeoutError, OSError) as exc:
        for words, target in TARGETS.items():
            not_measured(ROW, label(words), "ms", f"the reader did not draw ({exc})", target).emit()
        return
    for article, (words, target) in zip(articles, TARGETS.items(), strict=True):
        times = [s["open_ms"][str(article["id"])] for s in samples]
        Result(
            row=ROW,
            label=label(words),
            value=median(times),
            unit="ms",
            target=target,
            runs=runs,
            spread=spread(times, "{:.0f}"),
            note=(
                f"{article['words']:,} words, {article['quotes']} quotes, {article['leaders']} leaders, "
                f"{article['annotations']} annotations; timed to the first frame handed to the terminal driver that "
                f"shows the body, library left idle {SETTLE * 1000:.0f} ms before each open; the first open also "
                f"imports the reader ({median([s['reader_import_ms'] for s in samples]):.0f} ms, not included)"
            ),
        ).emit()


if __name__ == "__main__":
    main()
