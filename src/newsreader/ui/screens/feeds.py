"""The feeds screen: subscriptions with their last refresh, error state and article count; refresh.

A refresh runs in a thread worker owned by the app (so ``ctrl+r`` works from any screen and survives
leaving this one). It reports progress as messages to every open screen; this screen shows them on its
status line, and the app's other screens reload once new articles are stored.

Quitting cancels it: Textual cancels every worker when the app shuts down, which sets the worker's
``cancelled_event``; the refresh watches that event, closes its connections and returns within a
moment, even from a server that never answers (the app's exit waits for its worker threads, so a
refresh that ran on would hold the terminal for its timeouts). After that the worker tells the app
nothing more: the app is going away.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, cast

from rich.style import Style
from rich.text import Text
from textual import work
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static
from textual.worker import get_current_worker

from newsreader.model import Feed
from newsreader.ui.messages import LibraryChanged

if TYPE_CHECKING:
    from newsreader.feeds import FeedResult, RefreshReport
    from newsreader.ui.app import NewsreaderApp

REFRESH_GROUP = "feeds-refresh"


@dataclass
class RefreshProgress(Message):
    """One feed finished refreshing (``done`` of ``total``); ``finished`` on the last message."""

    done: int
    total: int
    label: str = ""
    new: int = 0
    finished: bool = False
    summary: str = ""


def _summary(report: RefreshReport) -> str:
    failed = report.failed
    text = f"Feeds refreshed: {report.new} new article(s) from {len(report.feeds)} feed(s)"
    if failed:
        text += f"; {len(failed)} failed"
        text += "".join(f"\n{r.label}: {r.error}" for r in failed[:4])
    return text


def _refreshing(app: App) -> bool:
    return any(w.group == REFRESH_GROUP and not w.is_finished for w in app.workers)


class FeedsScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "back", "Back"),
        Binding("r", "refresh_all", "Refresh all"),
        Binding("R", "refresh_selected", "Refresh this"),
        Binding("a", "add_feed", "Add"),
        Binding("d,delete", "remove_feed", "Remove"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._feeds: list[Feed] = []

    @property
    def newsreader(self) -> NewsreaderApp:
        return cast("NewsreaderApp", self.app)

    def compose(self) -> ComposeResult:
        yield Static(Text("Feeds"), id="feeds-title", classes="title-bar")
        table: DataTable[Text] = DataTable(id="feeds-table", cursor_type="row", zebra_stripes=False)
        yield table
        yield Static(Text(""), id="feeds-status")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#feeds-table", DataTable)
        table.add_column("Feed", key="feed")
        table.add_column("Articles", key="articles")
        table.add_column("Last refresh", key="refresh")
        table.add_column("Status", key="status")
        table.focus()
        if _refreshing(self.app):
            self._status(Text("Refreshing…"))

    def on_screen_resume(self) -> None:
        self._load()

    def on_library_changed(self, message: LibraryChanged) -> None:
        self._load()

    # ------------------------------------------------------------------ data
    @work(thread=True, exclusive=True, group="feeds-list", exit_on_error=False)
    def _load(self) -> None:
        from newsreader.store.feeds import list_feeds

        feeds = list_feeds(self.newsreader.library)
        self.app.call_from_thread(self._show, feeds)

    def _show(self, feeds: list[Feed]) -> None:
        self._feeds = feeds
        failing = sum(1 for f in feeds if f.last_error)
        title = f"Feeds · {len(feeds)} subscribed"
        if failing:
            title += f" · {failing} failing"
        self.query_one("#feeds-title", Static).update(
            Text(title + (" · r: refresh all" if feeds else "") + " · a: add")
        )
        table = self.query_one("#feeds-table", DataTable)
        row = table.cursor_row
        table.clear()
        dim = Style(dim=True)
        for feed in feeds:
            when = feed.last_refresh.astimezone().strftime("%Y-%m-%d %H:%M") if feed.last_refresh else "never"
            if feed.last_error:
                status = Text(feed.last_error, style=Style(color="red"))
            elif feed.last_refresh:
                status = Text("ok")
            else:
                status = Text("not refreshed yet", style=dim)
            table.add_row(
                Text(feed.label), Text(str(feed.articles), justify="right"), Text(when), status, key=str(feed.id)
            )
        if feeds:
            table.move_cursor(row=min(row, len(feeds) - 1))
        else:
            self._status(Text("No feeds yet: press a to add one, or run newsreader feeds import FILE.opml", style=dim))
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # False hides the key from the footer: with no feeds there is nothing to refresh or remove.
        if action == "refresh_all":
            return bool(self._feeds)
        if action in ("refresh_selected", "remove_feed"):
            return self._selected() is not None
        return True

    def on_data_table_row_highlighted(self) -> None:
        self.refresh_bindings()

    def _selected(self) -> Feed | None:
        table = self.query_one("#feeds-table", DataTable)
        if not self._feeds or table.cursor_row < 0 or table.cursor_row >= len(self._feeds):
            return None
        return self._feeds[table.cursor_row]

    def _status(self, text: Text) -> None:
        self.query_one("#feeds-status", Static).update(text)

    # ------------------------------------------------------------------ refresh
    @staticmethod
    def start_refresh(app: App, feed_ids: Sequence[int] | None = None) -> None:
        """Refresh in a thread worker owned by ``app``; progress goes to every screen as messages."""
        if _refreshing(app):
            app.notify("A refresh is already running.", severity="warning", timeout=3)
            return
        library = cast("NewsreaderApp", app).library

        def post(message: Message) -> None:
            for screen in app.screen_stack:
                screen.post_message(message)

        def run() -> None:
            from newsreader.feeds import refresh

            worker = get_current_worker()

            def tell(callback: Callable[..., object], *args: object, **kwargs: object) -> None:
                if worker.is_cancelled:  # the app is shutting down: nobody to tell
                    return
                with contextlib.suppress(RuntimeError):  # the app stopped between the check and the call
                    app.call_from_thread(callback, *args, **kwargs)

            def progress(done: int, total: int, result: FeedResult) -> None:
                tell(post, RefreshProgress(done, total, result.label, result.new))
                if result.new or result.updated:  # new articles show up while the rest still refresh
                    tell(cast("NewsreaderApp", app).library_changed, "feeds")

            try:
                report = refresh(library, feed_ids, on_progress=progress, cancelled=worker.cancelled_event)
            except Exception as exc:  # one line for the user, never a traceback
                if worker.is_cancelled:  # e.g. the library closed under a refresh the quit cancelled
                    return
                tell(app.notify, f"Refresh failed: {exc}", severity="error", markup=False)
                tell(post, RefreshProgress(0, 0, finished=True, summary=f"Refresh failed: {exc}"))
                return
            if report.cancelled:
                return
            summary = _summary(report)
            tell(app.notify, summary, severity="warning" if report.failed else "information", timeout=6, markup=False)
            tell(post, RefreshProgress(len(report.feeds), len(report.feeds), finished=True, summary=summary))
            tell(cast("NewsreaderApp", app).library_changed, "feeds")

        app.notify("Refreshing feeds…", timeout=2)
        app.run_worker(run, thread=True, group=REFRESH_GROUP, exit_on_error=False, name="refresh feeds")

    def on_refresh_progress(self, message: RefreshProgress) -> None:
        if message.finished:
            self._status(Text(message.summary.split("\n")[0] if message.summary else "Refresh finished."))
            self._load()
            return
        line = Text(f"Refreshing {message.done}/{message.total} · ")
        line.append(message.label)  # feed titles are data, never markup
        if message.new:
            line.append(f" · {message.new} new")
        self._status(line)

    def action_refresh_all(self) -> None:
        self.start_refresh(self.app)

    def action_refresh_selected(self) -> None:
        feed = self._selected()
        if feed is not None:
            self.start_refresh(self.app, [feed.id])

    # ------------------------------------------------------------------ add / remove
    def action_add_feed(self) -> None:
        from newsreader.ui.screens.modals import PromptModal

        def chosen(url: str | None) -> None:
            if url:
                self._add(url)

        self.app.push_screen(PromptModal("Add a feed", "https://example.org/rss.xml"), chosen)

    @work(thread=True, exclusive=True, group="feeds-edit", exit_on_error=False)
    def _add(self, url: str) -> None:
        from newsreader.feeds import is_url
        from newsreader.store import LibraryError
        from newsreader.store.feeds import add_feed

        if not is_url(url):
            self.app.call_from_thread(
                self.app.notify,
                f"{url}: not a feed address (give an http:// or https:// URL)",
                severity="error",
                markup=False,
            )
            return
        try:
            feed = add_feed(self.newsreader.library, url)
        except LibraryError as exc:
            self.app.call_from_thread(self.app.notify, str(exc), severity="error", markup=False)
            return
        self.app.call_from_thread(self._load)
        self.app.call_from_thread(self.start_refresh, self.app, [feed.id])

    def action_remove_feed(self) -> None:
        from newsreader.ui.screens.modals import ConfirmModal

        feed = self._selected()
        if feed is None:
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self._remove(feed.id)

        self.app.push_screen(ConfirmModal(f"Unsubscribe from {feed.label}? Its articles stay."), answered)

    @work(thread=True, exclusive=True, group="feeds-edit", exit_on_error=False)
    def _remove(self, feed_id: int) -> None:
        from newsreader.store.feeds import remove_feed

        removed = remove_feed(self.newsreader.library, feed_id)
        self.app.call_from_thread(self.app.notify, f"Unsubscribed from {removed.label}", timeout=3, markup=False)
        self.app.call_from_thread(self._load)

    def action_back(self) -> None:
        self.app.pop_screen()
