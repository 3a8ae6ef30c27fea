"""Run every benchmark and write BENCHMARKS.md: ``make bench`` (--full) or ``make bench-quick`` (--quick).

Each row's script runs in its own process (see common.py); a row whose code has not landed, or whose
script fails, says so in the table instead of stopping the run. In full mode a row that misses its
target is run once more under pyinstrument and its hottest functions go into the Findings section.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import OUT, REPO, RESULT_PREFIX, Result, machine_info


@dataclass(frozen=True)
class Row:
    key: str
    what: str
    target: str
    script: str


ROWS = [
    Row("paint", "TUI first paint of the library (process start → list drawn), 1k / 10k / 100k articles",
        "≤ 0.8 s, flat in N", "bench_paint.py"),
    Row("import", "import of plain-text articles (~700 words) incl. analysis and indexing", "≥ 500 articles/s",
        "bench_import.py"),
    Row("analysis", "analysis alone", "≥ 200k words/s on one core", "bench_analysis.py"),
    Row("open", "open an article in the reader (2k words / 50k words)", "≤ 50 ms / ≤ 500 ms", "bench_open.py"),
    Row("search", "search p50 / p95 over 100k annotations + 100k articles", "≤ 10 ms / ≤ 30 ms", "bench_search.py"),
    Row("export", "export", "≥ 10k annotations/s", "bench_export.py"),
    Row("rss", "peak RSS of the TUI with 100k articles", "≤ 200 MB", "bench_rss.py"),
    # Not a target of the benchmarks issue: the feeds issue's closing figure, written by its helper.
    Row("feeds", "feed refresh, local server (issue 6)", "no target", "bench_feeds.py"),
]  # fmt: skip

# Every corpus a mode uses (library sizes, each with as many annotations as articles; text files),
# built before any timing so generation never overlaps a measurement.
CORPORA = {"quick": ([1_000, 5_000], 200), "full": ([1_000, 10_000, 100_000], 1_000)}

FINDINGS_NOTES = REPO / "benchmarks" / "FINDINGS.md"


def prepare(mode: str) -> str:
    """Generate (or find cached) every corpus of ``mode``; says what it had to generate."""
    from benchmarks import make_corpus
    from benchmarks.bench_import import text_corpus

    started = time.perf_counter()
    sizes, files = CORPORA[mode]
    version = make_corpus.analyser_version()
    os.environ["NR_BENCH_ANALYSER"] = version  # every script of this run uses these corpora
    try:
        for n in sizes:
            make_corpus.cached_library(n, n)
        make_corpus.cached_reader_library()
        text_corpus(files)
    except Exception as exc:  # a broken generator must not hide the rows that need no corpus
        return f"corpus generation failed: {type(exc).__name__}: {exc}"
    return f"corpora ready in {time.perf_counter() - started:.0f} s (analyser {version})"


def run_script(row: Row, mode: str, extra: list[str], timeout: float) -> tuple[list[Result], str]:
    """The results a script printed, and its stderr tail (for a failure's reason)."""
    script = REPO / "benchmarks" / row.script
    if not script.exists():
        return [Result(row.key, "", None, "", note=f"not measured: benchmarks/{row.script} not written yet")], ""
    try:
        proc = subprocess.run(
            [sys.executable, str(script), f"--{mode}", *extra],
            capture_output=True,
            text=True,
            timeout=timeout,
            cwd=REPO,
        )
    except subprocess.TimeoutExpired:
        return [Result(row.key, "", None, "", note=f"not measured: timed out after {timeout:.0f} s")], ""
    results = [
        Result(**json.loads(line[len(RESULT_PREFIX) :]))
        for line in proc.stdout.splitlines()
        if line.startswith(RESULT_PREFIX)
    ]
    tail = (proc.stderr.strip().splitlines() or [""])[-1][:300]
    if not results:
        results = [Result(row.key, "", None, "", note=f"not measured: script failed ({tail or proc.returncode})")]
    elif proc.returncode != 0:
        results[-1].note += f" (script then failed: {tail})"
    return results, tail


def fmt_value(result: Result) -> str:
    if result.value is None:
        return "—"
    value = result.value
    if result.unit in ("words/s", "articles/s", "annotations/s"):
        text = f"{value:,.0f}"
    elif result.unit == "×":
        text = f"{value:.2f}"
    elif value >= 100:
        text = f"{value:,.0f}"
    else:
        text = f"{value:.3g}"
    return f"{text} {result.unit}"


def fmt_target(result: Result) -> str:
    if result.target is None:
        return ""
    sign = "≥" if result.higher_is_better else "≤"
    target = f"{result.target:,.0f}" if result.target >= 100 else f"{result.target:g}"
    return f"{sign} {target} {result.unit}"


def verdict(result: Result) -> str:
    if result.value is None:
        return "not measured"
    return {True: "pass", False: "**miss**", None: "info"}[result.passed]


def write_report(
    path: Path,
    mode: str,
    results: dict[str, list[Result]],
    profiles: dict[str, list[dict]],
    machine: dict[str, str],
    seconds: float,
) -> None:
    lines = [
        "# Benchmarks",
        "",
        f"Generated by `make bench{'-quick' if mode == 'quick' else ''}` (`benchmarks/run.py --{mode}`) on "
        f"{datetime.now().astimezone():%Y-%m-%d %H:%M %Z} in {seconds:.0f} s. "
        + (
            "**Quick mode: small corpora, fewer runs -- run `make bench` for the real figures.** "
            if mode == "quick"
            else ""
        )
        + "Figures are medians of the runs shown; *spread* is min–max over those runs. The machine is shared "
        "(other processes, 2 cores), so compare ratios and repeated runs rather than single figures.",
        "",
        "## Targets and measurements",
        "",
        "| what | target | measured | target (this line) | runs | spread | result | notes |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for row in ROWS:
        for index, result in enumerate(results.get(row.key, [])):
            what = row.what if index == 0 else ""
            target = row.target if index == 0 else ""
            label = f"{result.label}: " if result.label else ""
            note = result.note.replace("|", "\\|").replace("\n", " ")
            lines.append(
                f"| {what} | {target} | {label}{fmt_value(result)} | {fmt_target(result)} | {result.runs or ''} "
                f"| {result.spread} | {verdict(result)} | {note} |"
            )
    lines += ["", "## Machine", ""]
    lines += [f"- {key}: {value}" for key, value in machine.items()]
    lines += ["", "## Findings", ""]
    missed = [r for rs in results.values() for r in rs if r.passed is False]
    if not missed:
        lines.append("Every measured line meets its target.")
    else:
        lines.append("Lines that miss their target: " + "; ".join(f"{r.row} ({r.label})" for r in missed) + ".")
    if FINDINGS_NOTES.exists():
        lines += ["", FINDINGS_NOTES.read_text(encoding="utf-8").strip()]
    if profiles:
        lines += [
            "",
            "### Profiles of the missed rows (pyinstrument, own time, one run)",
            "",
            "Own time is time spent in the function itself, not in what it calls: the place to change. "
            "The full call trees are in `benchmarks/out/profile-*.txt` after a run.",
        ]
        for key, top in profiles.items():
            lines += ["", f"**{key}**", "", "| function | where | own s | share |", "|---|---|---|---|"]
            lines += [f"| `{t['function']}` | `{t['where']}` | {t['own_s']:.3f} | {t['share']:.0%} |" for t in top[:10]]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--quick", action="store_true", help="small corpora, few runs (under a minute once cached)")
    group.add_argument("--full", action="store_true", help="the real sizes (default)")
    parser.add_argument("--only", action="append", choices=[r.key for r in ROWS], help="run only these rows")
    parser.add_argument("--profile", action=argparse.BooleanOptionalAction, default=None,
                        help="profile rows that miss (default: on in full mode)")  # fmt: skip
    parser.add_argument("--out", type=Path, default=REPO / "BENCHMARKS.md")
    args = parser.parse_args(argv)
    mode = "quick" if args.quick else "full"
    profile = args.profile if args.profile is not None else mode == "full"

    OUT.mkdir(parents=True, exist_ok=True)
    # The benchmarks never read the user's config (a personal gazetteer would change the analysis).
    os.environ["NEWSREADER_CONFIG_DIR"] = str(OUT / "config")
    os.environ["NEWSREADER_DB"] = str(OUT / "unused-default.db")
    machine = machine_info()
    started = time.perf_counter()
    machine["corpora"] = prepare(mode)
    print(machine["corpora"], flush=True)
    results: dict[str, list[Result]] = {}
    profiles: dict[str, list[dict]] = {}
    timeout = 600 if mode == "quick" else 3600
    for row in ROWS:
        if args.only and row.key not in args.only:
            continue
        print(f"[{time.perf_counter() - started:6.1f}s] {row.key} ...", flush=True)
        results[row.key], _ = run_script(row, mode, [], timeout)
        for result in results[row.key]:
            print(f"    {result.label or row.key}: {fmt_value(result)} {verdict(result)} {result.note}", flush=True)
        if profile and any(r.passed is False for r in results[row.key]):
            target = OUT / f"profile-{row.key}.json"
            target.unlink(missing_ok=True)
            run_script(row, mode, ["--runs", "1", "--profile", str(target)], timeout)
            if target.exists():
                profiles[row.key] = json.loads(target.read_text())
    if args.only and args.out.exists():
        print("(--only: the report holds only these rows)")
    end_load = os.getloadavg() if hasattr(os, "getloadavg") else (0.0, 0.0, 0.0)
    machine["load average at end"] = " / ".join(f"{x:.2f}" for x in end_load)
    write_report(args.out, mode, results, profiles, machine, time.perf_counter() - started)
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
