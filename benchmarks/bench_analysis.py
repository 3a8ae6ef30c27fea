"""Analysis alone: words per second of ``newsreader.analysis.analyze`` on one core.

The bodies are the five samples (cleaned by the real ingest when it is there) plus generated
~650-word articles. The gazetteer is loaded once before timing, as the importer does; each run
analyses every body once.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import make_corpus
from benchmarks.common import Profiled, Result, median, missing_modules, not_measured, parse_common, spread

ROW = "analysis"
TARGET = 200_000


def bodies(generated: int) -> list[tuple[str, str]]:
    """(title, body) pairs: the samples, then ``generated`` corpus templates."""
    pairs = []
    for path in sorted(make_corpus.SAMPLES.glob("*.txt")):
        try:
            from newsreader.ingest import load_file

            article = load_file(path).article
            pairs.append((article.title, article.body))
        except Exception:  # ingest not there (or failing): the raw text still exercises the analyser
            text = path.read_text(encoding="utf-8")
            pairs.append((text.split("\n", 1)[0], text))
    material = make_corpus.load_material()
    pairs += [make_corpus.template_body(material, i) for i in range(generated)]
    return pairs


def main() -> None:
    args = parse_common()
    runs = args.runs or (3 if args.quick else 5)
    missing = missing_modules("newsreader.analysis")
    if missing:
        not_measured(ROW, "words/s, one core", "words/s", f"{missing[0]} not available", TARGET).emit()
        return
    from newsreader.analysis import analyze, load_gazetteer

    load_start = time.perf_counter()
    gazetteer = load_gazetteer()
    gazetteer_ms = (time.perf_counter() - load_start) * 1000
    texts = bodies(40 if args.quick else 200)
    words = sum(len(body.split()) for _, body in texts)
    sample_words = sum(len(body.split()) for _, body in texts[:5])
    analyze(texts[0][1], title=texts[0][0], gazetteer=gazetteer)  # warm caches (regexes, automaton)

    rates, sample_rates = [], []
    with Profiled(args.profile):
        for _ in range(runs):
            start = time.perf_counter()
            for title, body in texts[:5]:
                analyze(body, title=title, gazetteer=gazetteer)
            samples_done = time.perf_counter()
            for title, body in texts[5:]:
                analyze(body, title=title, gazetteer=gazetteer)
            done = time.perf_counter()
            rates.append(words / (done - start))
            sample_rates.append(sample_words / (samples_done - start))
    Result(
        row=ROW,
        label="words/s, one core",
        value=median(rates),
        unit="words/s",
        target=TARGET,
        higher_is_better=True,
        runs=runs,
        spread=spread(rates, "{:,.0f}"),
        note=(
            f"{len(texts)} articles, {words:,} words per run; the five samples alone "
            f"{median(sample_rates):,.0f} words/s; gazetteer load {gazetteer_ms:.0f} ms (once per process, not timed)"
        ),
    ).emit()


if __name__ == "__main__":
    main()
