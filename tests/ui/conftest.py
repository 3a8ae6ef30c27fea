"""Fixtures for the app tests: a library built from sample_data by the CLI's own import code."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from textual.pilot import Pilot

from newsreader.cli.library_commands import ImportReport, import_files
from newsreader.model import Analysis, Article, Leader, Mention, Quote
from newsreader.store import Library
from newsreader.ui.app import NewsreaderApp, make_app

SAMPLES = Path(__file__).parents[2] / "sample_data"
SIZE = (100, 30)


@pytest.fixture(scope="session")
def _sample_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "library.db"
    library = Library.open(path)
    report = ImportReport()
    import_files(library, [str(SAMPLES)], source=None, report=report)
    library.close()
    assert not report.failed, report.failed
    assert len(report.imported) == 5
    return path


@pytest.fixture
def sample_db(_sample_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the five sample articles, imported and analysed as `newsreader import` does."""
    path = tmp_path / "library.db"
    shutil.copy(_sample_template, path)
    return path


@pytest.fixture
def open_library() -> Callable[[Path], Library]:
    opened: list[Library] = []

    def opener(path: Path) -> Library:
        library = Library.open(path)
        opened.append(library)
        return library

    yield opener
    for library in opened:
        library.close()


@pytest.fixture
def app_for() -> Callable[[Path], NewsreaderApp]:
    def factory(path: Path) -> NewsreaderApp:
        return make_app(str(path))

    return factory


async def settle(pilot: Pilot, rounds: int = 3) -> None:
    """Let workers finish and the messages they post be handled (workers may start more workers)."""
    for _ in range(rounds):
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
    await pilot.pause()


MARKUP_BODY = (
    'The minister said "[bold]this[/bold] is not markup" at the summit.\n\n'
    "Joe Biden replied that [red]nothing[/] had changed. A second sentence follows here."
)


def markup_library(path: Path) -> int:
    """One article whose title and body look like Rich markup, with one quotation and one leader."""
    with Library.open(path) as library:
        quote_start = MARKUP_BODY.index("[bold]")
        quote_end = MARKUP_BODY.index('" at')
        biden = MARKUP_BODY.index("Joe Biden")
        analysis = Analysis(
            quotes=(Quote(quote_start, quote_end, MARKUP_BODY[quote_start:quote_end], "The minister"),),
            leaders=(Leader("joe-biden", "Joe Biden", "US President", (Mention(biden, biden + 9, "Joe Biden"),)),),
        )
        article = Article(
            title="[italic]Not italic[/italic] headline",
            body=MARKUP_BODY,
            source="[b]Outlet[/b]",
            published=datetime(2024, 5, 1, 9, 30),
            content_hash="markup-test",
        )
        return library.add_article(article, analysis, "test").article_id
