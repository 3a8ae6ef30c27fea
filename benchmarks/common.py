"""What every benchmark shares: timing statistics, the result record, the machine, the corpus cache.

Each benchmark script prints its results as JSON lines on stdout (``RESULT {...}``) so ``run.py`` can
run it in its own process -- one crash or one missing module costs one row, never the table.
"""

from __future__ import annotations

import importlib.util
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "benchmarks" / "out"
RESULT_PREFIX = "RESULT "

# The benchmarks never read the user's config: a personal gazetteer would change the analysis (and the
# analyser version that names every cached corpus).
os.environ.setdefault("NEWSREADER_CONFIG_DIR", str(OUT / "config"))


@dataclass
class Result:
    """One measured line of the table. ``value`` is None when the row could not be measured."""

    row: str  # the BENCHMARKS.md row this belongs to (see run.ROWS)
    label: str  # e.g. "10k articles"
    value: float | None
    unit: str
    target: float | None = None
    higher_is_better: bool = False
    runs: int = 0
    spread: str = ""  # min-max or IQR of the runs, as text
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def passed(self) -> bool | None:
        if self.value is None or self.target is None:
            return None
        return self.value >= self.target if self.higher_is_better else self.value <= self.target

    def emit(self) -> None:
        print(RESULT_PREFIX + json.dumps(asdict(self)), flush=True)


def not_measured(row: str, label: str, unit: str, reason: str, target: float | None = None, **kw: Any) -> Result:
    return Result(row=row, label=label, value=None, unit=unit, target=target, note=f"not measured: {reason}", **kw)


def module_available(name: str) -> bool:
    """True when ``name`` can be imported (a half-landed package counts as absent)."""
    try:
        if importlib.util.find_spec(name) is None:
            return False
        __import__(name)
    except Exception:
        return False
    return True


def missing_modules(*names: str) -> list[str]:
    return [n for n in names if not module_available(n)]


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def percentile(values: Sequence[float], pct: float) -> float:
    """Nearest-rank percentile (no interpolation: p95 of 50 samples is a sample that happened)."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(pct / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def spread(values: Sequence[float], fmt: str = "{:.3g}") -> str:
    if len(values) < 2:
        return ""
    return f"{fmt.format(min(values))}–{fmt.format(max(values))}"


def repeat(fn: Callable[[], Any], runs: int, warmup: int = 0) -> list[float]:
    """Wall-clock seconds of ``runs`` calls of ``fn`` after ``warmup`` untimed calls."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def run_child(args: list[str], timeout: float = 300, env: dict[str, str] | None = None) -> dict[str, Any]:
    """Run a Python child (``args`` after the interpreter) and parse its last ``RESULT`` line.

    The child's own clock and the parent's are both ``time.monotonic`` (system-wide on Linux), so a
    child may report how long after its spawn something happened via the ``NR_BENCH_T0`` variable.
    """
    child_env = {**os.environ, **(env or {}), "NR_BENCH_T0": repr(time.monotonic())}
    proc = subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, timeout=timeout, env=child_env, cwd=REPO
    )
    for line in reversed(proc.stdout.splitlines()):
        if line.startswith(RESULT_PREFIX):
            return json.loads(line[len(RESULT_PREFIX) :])
    tail = (proc.stderr or proc.stdout).strip().splitlines()[-1:] or ["no output"]
    raise RuntimeError(f"child exited {proc.returncode}: {tail[0][:300]}")


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _ram_gb() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                return f"{int(line.split()[1]) / 1024 / 1024:.1f} GB"
    except OSError:
        pass
    return "unknown"


def machine_info() -> dict[str, str]:
    import sqlite3

    try:
        from importlib.metadata import version

        textual_version = version("textual")
    except Exception:
        textual_version = "not installed"
    load = os.getloadavg() if hasattr(os, "getloadavg") else (0.0, 0.0, 0.0)
    return {
        "CPU": _cpu_model(),
        "cores": str(os.cpu_count()),
        "RAM": _ram_gb(),
        "OS": f"{platform.system()} {platform.release()}",
        "Python": platform.python_version(),
        "SQLite": sqlite3.sqlite_version,
        "textual": textual_version,
        "load average at start": " / ".join(f"{x:.2f}" for x in load),
    }


def profile_top(session_root: Any, limit: int = 12) -> list[dict[str, Any]]:
    """The functions with the most *own* time in a pyinstrument frame tree, with their module.

    Own time (not cumulative) points at the code to change; library frames are kept because "90 %
    inside sqlite3.execute" is itself the finding.
    """
    own: dict[tuple[str, str], float] = {}

    def walk(frame: Any, parent_key: tuple[str, str] | None) -> None:
        key = (frame.function or "?", f"{_short_path(frame.file_path or '?')}:{frame.line_no or 0}")
        if (frame.function or "").startswith("[") and parent_key is not None:
            key = parent_key  # pyinstrument's synthetic "[self]"/"[await]" frames: the parent's own time
        child_time = sum(child.time for child in frame.children)
        own[key] = own.get(key, 0.0) + max(0.0, frame.time - child_time)
        for child in frame.children:
            walk(child, key)

    if session_root is None:
        return []
    walk(session_root, None)
    # Waiting is not work: an idle event loop (sleep, select, a lock) would top every TUI profile.
    idle = {key: t for key, t in own.items() if _is_idle(*key)}
    total = max(1e-9, (session_root.time or 0.0) - sum(idle.values()))
    ranked = sorted((kv for kv in own.items() if kv[0] not in idle), key=lambda kv: kv[1], reverse=True)[:limit]
    return [{"function": f, "where": w, "own_s": round(t, 4), "share": round(t / total, 3)} for (f, w), t in ranked]


_IDLE = {
    ("sleep", "stdlib/asyncio/tasks.py"),
    ("wait", "stdlib/asyncio/locks.py"),
    ("select", "stdlib/selectors.py"),
    ("wait", "stdlib/threading.py"),
    ("_wait", "stdlib/asyncio/tasks.py"),
}


def _is_idle(function: str, where: str) -> bool:
    return (function, where.rsplit(":", 1)[0]) in _IDLE or function in ("select", "poll", "epoll")


def _short_path(path: str) -> str:
    for marker in ("site-packages/", "/src/", "/lib/python3"):
        if marker in path:
            tail = path.split(marker, 1)[1]
            return tail if marker != "/lib/python3" else "stdlib/" + tail.split("/", 1)[-1]
    return path


class Profiled:
    """``with Profiled(path):`` -- pyinstrument around a block when ``path`` is set; else nothing.

    Writes the own-time ranking as JSON and the readable call tree as text next to it.
    """

    def __init__(self, path: str | None) -> None:
        self.path = path
        self.profiler: Any = None

    def __enter__(self) -> Profiled:
        if self.path:
            from pyinstrument import Profiler

            self.profiler = Profiler(interval=0.0005, async_mode="disabled")  # the whole event loop, every task
            self.profiler.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.profiler is None:
            return
        session = self.profiler.stop()
        root = session.root_frame()
        Path(self.path).write_text(json.dumps(profile_top(root), indent=1))
        Path(self.path).with_suffix(".txt").write_text(self.profiler.output_text(unicode=True, color=False))


def parse_common(argv: list[str] | None = None, **defaults: Any) -> Any:
    """The options every benchmark script takes: --quick/--full, --runs, --profile PATH."""
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--full", action="store_true")
    parser.add_argument("--runs", type=int, default=None)
    parser.add_argument("--profile", default=None, help="write a pyinstrument own-time ranking (JSON) here")
    for name, value in defaults.items():
        parser.add_argument(f"--{name.replace('_', '-')}", default=value, type=type(value) if value else None)
    return parser.parse_args(argv)
