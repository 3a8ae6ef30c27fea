"""SVG snapshots (pytest-textual-snapshot) of the main screens at 100x30 on the sample library.

Deterministic: a fixed theme, no clock, annotations created with a fixed date before the app starts.
Update with: pytest tests/ui/test_snapshots.py --snapshot-update (then look at the SVGs).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from newsreader.store import Library
from newsreader.ui.app import make_app
from newsreader.ui.widgets.article_view import sentence_bounds

from .conftest import SIZE, settle

FIXED = datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)


def annotate_first_article(path: Path) -> int:
    """A tagged annotation on the second paragraph's first sentence of the newest article."""
    with Library.open(path) as library:
        article = library.list_articles()[0]
        body = library.get_article(article.id).body
        start, end = sentence_bounds(body, body.index("\n\n") + 3)
        library.add_annotation(article.id, start, end, tags=["context"], note="Why now?", created=FIXED)
        return article.id


async def _settled(pilot) -> None:
    await settle(pilot)


def test_library_screen(sample_db: Path, snap_compare) -> None:
    assert snap_compare(make_app(str(sample_db)), terminal_size=SIZE, run_before=_settled)


def test_library_grouped_by_source(sample_db: Path, snap_compare) -> None:
    async def grouped(pilot) -> None:
        await settle(pilot)
        await pilot.press("o")
        await settle(pilot)

    assert snap_compare(make_app(str(sample_db)), terminal_size=SIZE, run_before=grouped)


def test_reader_with_quotes_leaders_and_annotation(sample_db: Path, snap_compare) -> None:
    article_id = annotate_first_article(sample_db)

    async def open_reader(pilot) -> None:
        await settle(pilot)
        pilot.app.open_article(article_id)
        await settle(pilot)
        await pilot.press("n")  # a quotation marked, the caret on it
        await settle(pilot)

    assert snap_compare(make_app(str(sample_db)), terminal_size=SIZE, run_before=open_reader)


def test_leaders_screen(sample_db: Path, snap_compare) -> None:
    async def leaders(pilot) -> None:
        await settle(pilot)
        await pilot.press("L")
        await settle(pilot)
        await pilot.press("down")
        await settle(pilot)

    assert snap_compare(make_app(str(sample_db)), terminal_size=SIZE, run_before=leaders)
