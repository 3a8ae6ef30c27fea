"""The open benchmark's timer (benchmarks/tui_child.py) stops at the frame that first draws the body."""

from __future__ import annotations

import time
from pathlib import Path

from benchmarks.tui_child import FrameWatch, frame_lines

from newsreader.ui.app import make_app

from .conftest import SIZE, settle


async def test_the_timer_stops_at_the_first_frame_that_shows_the_body(sample_db: Path, open_library) -> None:
    library = open_library(sample_db)
    article = library.list_articles()[0]
    needle = " ".join(library.get_article(article.id).body.split()[:4])
    app = make_app(str(sample_db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        frames = FrameWatch(app)
        hooked = app._display
        drawn: list[tuple[float, str, str]] = []  # every frame: when it was handed over, screen, its text

        def spy(screen, update) -> None:
            hooked(screen, update)
            text = "\n".join(frame_lines(update)) if update is not None else ""
            drawn.append((time.monotonic(), type(screen).__name__, text))

        app._display = spy
        frames.expect([needle], "ReaderScreen")
        start = time.monotonic()
        app.open_article(article.id)
        shown = await frames.wait(30)
        await settle(pilot)  # the frames after it: the reader's resize pass, the side panel
        reader = [(at, text) for at, name, text in drawn if name == "ReaderScreen"]
        first = next(i for i, (_, text) in enumerate(reader) if needle in text)
        assert start < shown <= reader[first][0]  # that frame, not the one after it
        assert first + 1 < len(reader) and shown < reader[first + 1][0]
        assert not any(needle in text for _, text in reader[:first])

        # and back: the library's frame is found the same way
        title = article.title[:20]
        frames.expect([title], "LibraryScreen")
        app.pop_screen()
        back = await frames.wait(30)
        assert back > shown
        assert any(title in text for at, name, text in drawn if name == "LibraryScreen" and at >= back)
