"""The newsreader app: a factory for the CLI and the tests, and the screen-switching API.

Screen-switching API for other screens (search, feeds, …) — call these on ``self.app``:

- ``open_article(article_id, start=None, end=None)``: push the reader on that article; with a span,
  the reader scrolls to it and marks it (a search hit, a quotation, an annotation).
- ``open_leaders()``, ``open_annotations(tag=None)``, ``action_help()``.
- ``library_changed(reason)``: after writing to the library from a worker (import, feed refresh),
  tell every open screen to reload what it shows (they keep their place).
- ``app.library``: the open :class:`~newsreader.store.Library`; call it only from thread workers
  (``@work(thread=True, exclusive=True, exit_on_error=False)``), never on the event loop.

Optional screens are imported inside their action, so the app runs without them:
``newsreader.ui.screens.search.SearchScreen`` (key ``/``) and
``newsreader.ui.screens.feeds.FeedsScreen`` (key ``F``); ``ctrl+r`` calls
``FeedsScreen.start_refresh(app)`` (a classmethod/staticmethod the feeds helper provides) when present.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import importlib.util
import select
import signal
import sys
from collections.abc import Iterable
from typing import ClassVar

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen

from newsreader.settings import load_settings, save_setting
from newsreader.store import Library
from newsreader.ui.messages import LibraryChanged

DEFAULT_THEME = "textual-dark"


def _module_exists(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except ImportError:
        return False


def terminal_gone(fd: int | None = None) -> bool:
    """True once the terminal under the app has hung up (its window closed, its ssh session dropped).

    Textual's input thread reads end-of-file from a hung-up terminal in a tight loop and never
    quits, so the app would stay behind, spinning a core, with nobody to see it.
    """
    try:
        fd = sys.__stdin__.fileno() if fd is None else fd
        poller = select.poll()
        poller.register(fd, 0)  # no events asked for: only hang-up and errors are reported
        return any(events & (select.POLLHUP | select.POLLERR | select.POLLNVAL) for _, events in poller.poll(0))
    except (AttributeError, ValueError, OSError):
        return False


def _freeze_heap() -> None:
    gc.collect()
    gc.freeze()


class NewsreaderApp(App[None]):
    CSS_PATH = "app.tcss"
    TITLE = "newsreader"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("question_mark", "help", "Help"),
        Binding("L", "open_leaders", "Leaders"),
        Binding("A", "open_annotations", "Annotations"),
        Binding("slash", "search", "Search"),
        Binding("F", "feeds", "Feeds"),
        Binding("ctrl+r", "refresh_feeds", "Refresh feeds", show=False),
    ]

    def __init__(self, library: Library, *, owns_library: bool = True) -> None:
        super().__init__()
        self.library = library
        self._owns_library = owns_library
        saved = load_settings().get("theme")
        self._saved_theme = saved if isinstance(saved, str) and saved in self.available_themes else DEFAULT_THEME
        self.theme = self._saved_theme

    def watch_theme(self, theme: str) -> None:
        # The theme picked in the command palette is the one the next session opens with.
        if theme != self._saved_theme and save_setting("theme", theme):
            self._saved_theme = theme

    def get_default_screen(self) -> Screen:
        from newsreader.ui.screens.library import LibraryScreen

        return LibraryScreen()

    def on_ready(self) -> None:
        # Performance (issue 7): what is alive once the first screen is up (Textual, the library screen,
        # the modules) lives as long as the app. Frozen out of the collector's reach, a later full
        # collection scans only what came since, instead of landing as a 40-90 ms pause in an open.
        self.call_after_refresh(_freeze_heap)
        if not self.is_headless:
            self._quit_with_the_terminal()

    def _quit_with_the_terminal(self) -> None:
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):  # no signals on this platform
            asyncio.get_running_loop().add_signal_handler(signal.SIGHUP, self.exit)
        self.set_interval(1.0, self._exit_if_terminal_gone, name="terminal watch")

    def _exit_if_terminal_gone(self) -> None:
        if terminal_gone():
            self.exit()

    def on_unmount(self) -> None:
        # The lock waits for a write still running in a worker before the file is closed.
        if self._owns_library:
            self.library.close()

    # ------------------------------------------------------------------ screen switching
    def open_article(self, article_id: int, start: int | None = None, end: int | None = None) -> None:
        from newsreader.ui.screens.reader import ReaderScreen

        current = self.screen
        if isinstance(current, ReaderScreen) and current.article_id == article_id:
            if start is not None:
                current.go_to(start, end)
            return
        self._open_article(article_id, start, end)

    @work(thread=True, exclusive=True, group="open-article", exit_on_error=False)
    def _open_article(self, article_id: int, start: int | None, end: int | None) -> None:
        """Read the article first and push the reader with it: one layout instead of two."""
        from newsreader.store import NotFound
        from newsreader.ui.screens.reader import ReaderData, ReaderScreen

        try:
            data = ReaderData.fetch(self.library, article_id)
        except NotFound as exc:
            self.call_from_thread(self.notify, str(exc), severity="error", markup=False)
            return
        self.call_from_thread(self.push_screen, ReaderScreen(article_id, start=start, end=end, data=data))

    def open_leaders(self) -> None:
        from newsreader.ui.screens.leaders import LeadersScreen

        self._switch_to(LeadersScreen)

    def open_annotations(self, tag: str | None = None) -> None:
        from newsreader.ui.screens.annotations import AnnotationsScreen

        self._switch_to(AnnotationsScreen, tag=tag)

    def _switch_to(self, screen_type: type[Screen], **kwargs: object) -> None:
        """Bring up a list screen: reuse it when it is already on the stack instead of stacking copies."""
        for index, screen in enumerate(self.screen_stack):
            if isinstance(screen, screen_type):
                while len(self.screen_stack) > index + 1:
                    self.pop_screen()
                return
        self.push_screen(screen_type(**kwargs))

    def library_changed(self, reason: str = "") -> None:
        for screen in self.screen_stack:
            screen.post_message(LibraryChanged(reason))

    # ------------------------------------------------------------------ actions
    def action_go_library(self) -> None:
        while len(self.screen_stack) > 1:
            self.pop_screen()

    def action_open_leaders(self) -> None:
        self.open_leaders()

    def action_open_annotations(self) -> None:
        self.open_annotations()

    def action_help(self) -> None:
        from newsreader.ui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def action_search(self) -> None:
        if not _module_exists("newsreader.ui.screens.search"):
            self.notify("Search is not available in this build.", severity="warning")
            return
        from newsreader.ui.screens.search import SearchScreen  # type: ignore[import-not-found]

        self._switch_to(SearchScreen)

    def action_feeds(self) -> None:
        if not _module_exists("newsreader.ui.screens.feeds"):
            self.notify("Feeds are not available in this build.", severity="warning")
            return
        from newsreader.ui.screens.feeds import FeedsScreen  # type: ignore[import-not-found]

        self._switch_to(FeedsScreen)

    def action_refresh_feeds(self) -> None:
        if not _module_exists("newsreader.ui.screens.feeds"):
            self.notify("Feeds are not available in this build.", severity="warning")
            return
        from newsreader.ui.screens.feeds import FeedsScreen  # type: ignore[import-not-found]

        FeedsScreen.start_refresh(self)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "search":
            return _module_exists("newsreader.ui.screens.search")
        if action in ("feeds", "refresh_feeds"):
            return _module_exists("newsreader.ui.screens.feeds")
        return True

    def action_import_files(self) -> None:
        from newsreader.ui.screens.modals import PromptModal

        def chosen(path: str | None) -> None:
            if path:
                self.run_import([path])

        self.push_screen(
            PromptModal("Import articles", "A file, a folder (recursive) or a glob pattern", "sample_data"), chosen
        )

    def action_export(self) -> None:
        """Every annotation in the library (the reader's own x exports just its article)."""
        from newsreader.ui.screens.export import start_export

        start_export(self)

    async def action_quit(self) -> None:
        """Quit without losing an open editor's text: it is saved first."""
        from newsreader.ui.screens.modals import EditorModal

        for screen in reversed(self.screen_stack):
            if isinstance(screen, EditorModal) and screen.dirty:
                await screen.save_now()
        self.exit()

    # ------------------------------------------------------------------ import
    def run_import(self, paths: list[str]) -> None:
        self.notify(f"Importing {', '.join(paths)}…", timeout=2, markup=False)
        self._import(paths)

    @work(thread=True, exclusive=True, group="import", exit_on_error=False)
    def _import(self, paths: list[str]) -> None:
        # As `newsreader import`: a .json file is an annotation export to restore, the rest articles.
        annotation_files = [p for p in paths if p.lower().endswith(".json")]
        article_paths = [p for p in paths if p not in annotation_files]
        restored = [self._import_annotations(name) for name in annotation_files]
        lines = [line for line, _ok in restored]
        failed = not all(ok for _line, ok in restored)
        if article_paths:
            from newsreader.cli.library_commands import ImportReport, import_files

            report = ImportReport()
            try:
                import_files(self.library, article_paths, source=None, report=report)
            except Exception as exc:  # the user gets one line, never a traceback
                self.call_from_thread(self.notify, f"Import failed: {exc}", severity="error", markup=False)
                return
            lines.append(
                f"Imported {len(report.imported)}, updated {len(report.updated)}, "
                f"unchanged {len(report.unchanged)}, failed {len(report.failed)}"
            )
            lines += [f"{name}: {reason}" for name, reason in report.failed[:5]]
            failed = failed or bool(report.failed)
        self.call_from_thread(
            self.notify,
            "\n".join(lines),
            severity="warning" if failed else "information",
            timeout=6,
            markup=False,
        )
        self.call_from_thread(self.library_changed, "import")

    def _import_annotations(self, name: str) -> tuple[str, bool]:
        """Restore one W3C export: what to tell the user, and whether every annotation went in."""
        from pathlib import Path

        from newsreader.cli.export_commands import import_w3c

        try:
            report = import_w3c(self.library, Path(name).expanduser())
        except Exception as exc:  # not JSON, not an export, unreadable: one line, never a traceback
            return f"{name}: {exc}", False
        line = (
            f"{name}: {report.anchored} annotation(s) restored, {len(report.orphans)} kept as orphans, "
            f"{report.duplicates} already present"
        )
        problems = [f"\n{problem}" for problem in report.failed[:3]]
        return line + "".join(problems), not report.failed

    # ------------------------------------------------------------------ command palette
    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        from newsreader.ui.commands import main_commands

        for command in super().get_system_commands(screen):
            # Textual's "Keys" panel would sit beside our own "Help" (every key of the screen) as a
            # second, different answer to the same question.
            if command.title != "Keys":
                yield command
        yield from main_commands(self, screen)


def make_app(db_path: str, *, library: Library | None = None) -> NewsreaderApp:
    """The app on the library at ``db_path`` (or on an already open ``library``, which the caller keeps)."""
    if library is not None:
        return NewsreaderApp(library, owns_library=False)
    return NewsreaderApp(Library.open(db_path))
