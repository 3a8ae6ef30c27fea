"""Command palette entries (ctrl+p) for the main actions, and for the current screen's own actions."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from textual.app import SystemCommand
from textual.screen import Screen

if TYPE_CHECKING:
    from newsreader.ui.app import NewsreaderApp


def main_commands(app: NewsreaderApp, screen: Screen) -> Iterable[SystemCommand]:
    from newsreader.ui.app import _module_exists

    yield SystemCommand("Library", "All articles, newest first", app.action_go_library)
    yield SystemCommand("Leaders", "Every leader, with their quotations across articles", app.open_leaders)
    yield SystemCommand("Annotations", "Every passage you tagged or noted", app.open_annotations)
    yield SystemCommand("Import articles…", "Import a file, a folder or a glob pattern", app.action_import_files)
    yield SystemCommand("Help", "Keys of this screen", app.action_help)
    yield SystemCommand("Export annotations…", "Everything you annotated, as Markdown or W3C JSON", app.action_export)
    if _module_exists("newsreader.ui.screens.search"):
        yield SystemCommand("Search", "Notes, quotations and articles", app.action_search)
    if _module_exists("newsreader.ui.screens.feeds"):
        yield SystemCommand("Feeds", "Subscriptions and their state", app.action_feeds)
        yield SystemCommand("Refresh feeds", "Fetch new articles from every feed", app.action_refresh_feeds)
    # The current screen's own actions, described by the screen (e.g. the reader's "Article note").
    screen_commands = getattr(screen, "palette_commands", None)
    if callable(screen_commands):
        yield from screen_commands()
