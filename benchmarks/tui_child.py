"""The TUI side of the paint, open and memory benchmarks: one fresh process per measurement.

Started by bench_paint / bench_open / bench_rss with ``NR_BENCH_T0`` (the parent's ``time.monotonic()``
just before the spawn; monotonic is system-wide on Linux) so "process start -> list drawn" includes
interpreter start-up and every import, as a user would wait for them. The app runs headless
(``run_test``); "drawn" means the screen's composed lines contain the expected text -- the same lines a
terminal would receive.

    python benchmarks/tui_child.py paint DB --expect "title one" --expect "title two"
    python benchmarks/tui_child.py open DB --expect ... --article 3:"first words of its body"
    python benchmarks/tui_child.py rss DB --expect ...
"""

from __future__ import annotations

import time

T0 = time.monotonic()  # before any other import: the child's own start, if no parent time is given

import argparse  # noqa: E402
import asyncio  # noqa: E402
import contextlib  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
from typing import Any  # noqa: E402

SIZE = (120, 40)
POLL = 0.003  # seconds between looks at the screen: the resolution of the paint and rss figures
SETTLE = 0.2  # seconds the library screen is left idle before each open


def screen_text(app: Any) -> str:
    try:
        return "\n".join(strip.text for strip in app.screen._compositor.render_strips())
    except Exception:  # a screen in the middle of being pushed has nothing to compose yet
        return ""


async def wait_for(app: Any, needles: list[str], timeout: float, screen_name: str | None = None) -> float:
    """monotonic time when any needle is on screen (and the screen is ``screen_name``, if given)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if screen_name is None or type(app.screen).__name__ == screen_name:
            text = screen_text(app)
            if any(needle in text for needle in needles):
                return time.monotonic()
        await asyncio.sleep(POLL)
    raise TimeoutError(f"not on screen after {timeout:.0f}s: {needles[:2]!r}; screen shows: {screen_text(app)[:400]!r}")


def frame_lines(update: Any) -> list[str]:
    """The text of each line a compositor update writes to the terminal (only the parts it writes)."""
    if hasattr(update, "chops"):  # ChopsUpdate: fragments of the changed lines, clipped to the dirty spans
        lines = []
        for y, x1, x2 in update.spans:
            ends = update.chop_ends[y]
            parts = [
                strip.text
                for end, (x, strip) in zip(ends, update.chops[y].items(), strict=False)
                if strip is not None and x < x2 and end > x1
            ]
            lines.append("".join(parts))
        return lines
    return ["".join(strip.text for strip in line) for line in getattr(update, "strips", ())]


class FrameWatch:
    """Timestamps the first frame, handed by the app to its terminal driver, that shows some text.

    Every frame goes through ``App._display(screen, update)``: in a terminal it renders the update to
    escape sequences and queues them for the writer thread; headless (``run_test``) it returns early. The
    hook does the rendering a terminal would (so that cost stays in the figure), then timestamps; only
    after the timestamp does it look for the text, in what this frame writes.
    """

    def __init__(self, app: Any) -> None:
        self.app = app
        self.needles: list[str] = []
        self.screen_name: str | None = None
        self.seen = asyncio.Event()
        self.seen_at = 0.0
        self._display = app._display
        app._display = self._hooked

    def expect(self, needles: list[str], screen_name: str) -> None:
        """Watch for the next frame of ``screen_name`` that shows any of ``needles``."""
        self.needles, self.screen_name = needles, screen_name
        self.seen.clear()

    def _hooked(self, screen: Any, update: Any) -> None:
        batched = self.app._batch_count  # a frame inside a batch is dropped, not drawn
        self._display(screen, update)
        if not self.needles or update is None or batched or type(screen).__name__ != self.screen_name:
            return
        update.render_segments(self.app.console)
        drawn = time.monotonic()
        if any(needle in line for line in frame_lines(update) for needle in self.needles):
            self.seen_at, self.needles = drawn, []
            self.seen.set()

    async def wait(self, timeout: float) -> float:
        """monotonic time of the frame that showed the text."""
        try:
            await asyncio.wait_for(self.seen.wait(), timeout)
        except TimeoutError:
            raise TimeoutError(
                f"not drawn after {timeout:.0f}s: {self.needles[:2]!r}; screen shows: {screen_text(self.app)[:400]!r}"
            ) from None
        return self.seen_at


async def settle(pilot: Any) -> None:
    """Let the app go idle, as it is by the time a user has read the screen and pressed a key.

    Textual defers some work to the first refresh after a screen is shown (the library screen's
    ``Footer`` recomposes its keys with ``call_after_refresh``); without this it landed inside the
    first open of every process. ``SETTLE`` is far shorter than any reader's reaction time.
    """
    await pilot.app.workers.wait_for_complete()
    await pilot.pause(SETTLE)
    await pilot.pause()


def _profiled(path: str | None) -> Any:
    if path:
        sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
        from benchmarks.common import Profiled

        return Profiled(path)
    return contextlib.nullcontext()


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


async def main(args: argparse.Namespace) -> dict[str, Any]:
    t0 = float(os.environ.get("NR_BENCH_T0", T0))
    import newsreader.cli
    from newsreader.ui.app import make_app

    imported = time.monotonic()
    app = make_app(args.db)
    result: dict[str, Any] = {"mode": args.mode}
    async with app.run_test(size=SIZE) as pilot:
        painted = await wait_for(app, args.expect, args.timeout)
        result["paint_s"] = painted - t0
        result["imports_s"] = imported - t0
        result["python_start_s"] = T0 - t0
        if args.mode == "open":
            # The reader's modules load on the first open of a session; timed apart so that the figures
            # below are what every open costs.
            start = time.monotonic()
            import newsreader.ui.screens.reader  # noqa: F401

            result["reader_import_ms"] = (time.monotonic() - start) * 1000
            result["open_ms"] = {}
            frames = FrameWatch(app)
            profiled = _profiled(args.profile)
            profiled.__enter__()
            for spec in args.article:
                article_id, needle = spec.split(":", 1)
                await settle(pilot)
                frames.expect([needle], "ReaderScreen")
                start = time.monotonic()
                app.open_article(int(article_id))
                shown = await frames.wait(args.timeout)
                result["open_ms"][article_id] = (shown - start) * 1000
                frames.expect(args.expect, "LibraryScreen")
                app.pop_screen()
                await frames.wait(args.timeout)
            profiled.__exit__(None, None, None)
        elif args.mode == "rss":
            # Use the app the way a reader would: page through the list, jump to the end, open articles.
            for key in ["pagedown"] * 10 + ["end", "home"]:
                await pilot.press(key)
                await pilot.pause(0.02)
            for spec in args.article:
                article_id, needle = spec.split(":", 1)
                app.open_article(int(article_id))
                await wait_for(app, [needle], args.timeout, screen_name="ReaderScreen")
                app.pop_screen()
                await pilot.pause()
        result["rss_mb"] = rss_mb()
    return result


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["paint", "open", "rss"])
    parser.add_argument("db")
    parser.add_argument("--expect", action="append", required=True, help="text the drawn list must show")
    parser.add_argument("--article", action="append", default=[], help="ID:text that shows its body is drawn")
    parser.add_argument("--timeout", type=float, default=60)
    parser.add_argument("--profile", default=None)
    return parser.parse_args(argv)


if __name__ == "__main__":
    arguments = parse()
    # open: only the opens are profiled (inside main); paint and rss: the whole process.
    with _profiled(arguments.profile if arguments.mode != "open" else None):
        outcome = asyncio.run(main(arguments))
    print("RESULT " + json.dumps(outcome), flush=True)
