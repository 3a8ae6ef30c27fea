"""The start screen: every article, newest first, grouped and filtered, loaded page by page."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, Literal, cast

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.reactive import var
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Button, Footer, Input, Static

from newsreader.model import UNKNOWN_SOURCE, ArticleSummary
from newsreader.store.library import SortKey
from newsreader.ui.messages import LibraryChanged
from newsreader.ui.widgets.article_list import ArticleList, column_titles
from newsreader.ui.widgets.virtual_list import PAGE_SIZE, VirtualList

if TYPE_CHECKING:
    from newsreader.ui.app import NewsreaderApp

Grouping = Literal["source", "day"] | None
SORTS: tuple[SortKey, ...] = ("date", "source", "title")
FILTER_DELAY = 0.15  # seconds of quiet typing before the filter query runs

WELCOME = """Your library is empty.

Import article files (plain text, Markdown with front matter, HTML) or a folder of them:
  • type a path below and press Enter, or
  • from a shell: newsreader import PATH   (try: newsreader import sample_data)

Once articles are in, they are listed here newest first."""


@dataclass(frozen=True, slots=True)
class Query:
    text: str
    sort: SortKey
    grouping: Grouping


class LibraryScreen(Screen[None]):
    """Articles in a virtual list; the screen owns the query and answers the list's page requests."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f", "focus_filter", "Filter"),
        Binding("s", "cycle_sort", "Sort"),
        Binding("o", "group('source')", "By source"),
        Binding("d", "group('day')", "By day"),
        Binding("i", "app.import_files", "Import"),
        Binding("x", "export", "Export all", show=False),
        Binding("escape", "clear_filter", "Clear filter"),
        Binding("q", "app.quit", "Quit"),
    ]

    sort: var[SortKey] = var[SortKey]("date")
    grouping: var[Grouping] = var[Grouping](None)
    filter_text: var[str] = var("")
    total: var[int] = var(-1)  # articles in the library (-1: not known yet)
    matching: var[int] = var(0)

    def __init__(self) -> None:
        super().__init__(id="library")
        self._query = Query("", "date", None)
        self._debounce: Timer | None = None

    @property
    def newsreader(self) -> NewsreaderApp:
        return cast("NewsreaderApp", self.app)

    def compose(self) -> ComposeResult:
        yield Static(id="library-title", classes="title-bar")
        yield Input(placeholder="Filter by title, source or leader…", id="filter")
        yield Static(id="columns")
        yield ArticleList(id="articles", empty_text="No articles match the filter.")
        with Vertical(id="empty"):
            yield Static(Text(WELCOME), id="welcome")
            yield Input(placeholder="Path to a file or folder, e.g. sample_data", id="import-path")
            yield Button("Import", id="import-button", variant="primary")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#empty").display = False
        self.query_one(ArticleList).focus()

    def on_screen_resume(self) -> None:
        self.reload(keep_cursor=True)

    def on_library_changed(self, message: LibraryChanged) -> None:
        self.reload(keep_cursor=True)

    def on_resize(self) -> None:
        self._show_columns()

    # ------------------------------------------------------------------ the query
    def reload(self, *, keep_cursor: bool = False) -> None:
        self._load(Query(self.filter_text.strip(), self.sort, self.grouping), keep_cursor)

    @work(thread=True, exclusive=True, group="library-query", exit_on_error=False)
    def _load(self, query: Query, keep_cursor: bool) -> None:
        library = self.newsreader.library
        text = query.text or None
        matching = library.count_matching(text=text)
        groups = library.article_groups(query.grouping, text=text) if query.grouping else None
        first = library.list_articles(text=text, sort=query.sort, limit=PAGE_SIZE)
        total = library.count_articles() if text else matching
        self.app.call_from_thread(self._show, query, matching, total, groups, first, keep_cursor)

    def _show(
        self,
        query: Query,
        matching: int,
        total: int,
        groups: list[tuple[str | None, int]] | None,
        first: list[ArticleSummary],
        keep_cursor: bool,
    ) -> None:
        articles = self.query_one(ArticleList)
        keep_cursor = keep_cursor and query == self._query
        remembered = articles.current.id if keep_cursor and isinstance(articles.current, ArticleSummary) else None
        self._query = query
        labels = None
        if groups is not None:
            labels = [(self._group_label(query.grouping, key), count) for key, count in groups]
        rows = articles.set_groups(labels) if labels is not None else matching
        articles.reset(rows, first_page=first, keep_cursor=keep_cursor)
        if remembered is not None:
            # the same article may have moved (e.g. it was annotated): stay on it if it is in view
            for index, summary in enumerate(first):
                if summary.id == remembered:
                    articles.move_cursor(articles.row_of_offset(index))
                    break
        self.matching, self.total = matching, total
        empty = self.query_one("#empty")
        in_welcome = self.focused is not None and empty in self.focused.ancestors_with_self
        empty.display = total == 0
        for widget in ("#articles", "#filter", "#columns"):
            self.query_one(widget).display = total != 0
        # Keys go where the screen points: the welcome's path box while empty, the list once it fills
        # (a hidden widget keeps focus otherwise, and j/k/Enter or a typed path go nowhere).
        if total == 0 and (self.focused is None or self.focused is articles):
            self.query_one("#import-path", Input).focus()
        elif total != 0 and (self.focused is None or in_welcome):
            articles.focus()
        self._show_title()

    @staticmethod
    def _group_label(grouping: Grouping, key: str | None) -> str:
        if grouping == "source":
            return key or UNKNOWN_SOURCE
        return key or "Undated"

    @on(VirtualList.PageWanted, "#articles")
    def _page_wanted(self, event: VirtualList.PageWanted) -> None:
        event.stop()
        self._load_page(self._query, event.generation, event.page, event.offset, event.limit)

    # Not exclusive: several pages may be in flight while scrolling; the generation drops stale ones.
    @work(thread=True, group="library-pages", exit_on_error=False)
    def _load_page(self, query: Query, generation: int, page: int, offset: int, limit: int) -> None:
        rows = self.newsreader.library.list_articles(
            text=query.text or None, sort=query.sort, limit=limit, offset=offset
        )
        self.app.call_from_thread(self.query_one(ArticleList).put_page, generation, page, rows)

    @on(VirtualList.Chosen, "#articles")
    def _open(self, event: VirtualList.Chosen) -> None:
        event.stop()
        self.newsreader.open_article(event.item.id)

    # ------------------------------------------------------------------ display
    def _show_title(self) -> None:
        if self.total < 0:
            return
        parts = [f"Library · {self.total:,} article{'s' if self.total != 1 else ''}"]
        if self._query.text:
            parts.append(f"{self.matching:,} matching")
        parts.append(f"sorted by {self._query.sort}")
        if self._query.grouping:
            parts.append(f"grouped by {self._query.grouping}")
        self.query_one("#library-title", Static).update(Text(" · ".join(parts)))
        self._show_columns()

    def _show_columns(self) -> None:
        articles = self.query_one(ArticleList)
        width = articles.scrollable_content_region.width or self.size.width
        self.query_one("#columns", Static).update(column_titles(width))

    def palette_commands(self) -> list[SystemCommand]:
        """This screen's entries in the command palette (see ``newsreader.ui.commands``)."""
        return [
            SystemCommand(
                "Group by source", "Sections per outlet (again to ungroup)", lambda: self.action_group("source")
            ),
            SystemCommand("Group by day", "Sections per day (again to ungroup)", lambda: self.action_group("day")),
            SystemCommand("Change sort order", "date → source → title", self.action_cycle_sort),
        ]

    # ------------------------------------------------------------------ actions
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("focus_filter", "cycle_sort", "group", "export") and self.total == 0:
            return False
        if action == "clear_filter":
            return bool(self.filter_text) or self.focused in (self.query_one("#filter"), self.query_one("#import-path"))
        return True

    def watch_total(self) -> None:
        self.refresh_bindings()

    def watch_filter_text(self) -> None:
        self.refresh_bindings()

    def action_export(self) -> None:
        from newsreader.ui.screens.export import start_export

        start_export(self.newsreader)

    def action_focus_filter(self) -> None:
        self.query_one("#filter", Input).focus()

    def action_clear_filter(self) -> None:
        if self.focused is self.query_one("#import-path"):
            self.set_focus(None)  # out of the path box, so the screen's keys (F for feeds…) work again
            return
        filter_box = self.query_one("#filter", Input)
        if filter_box.value:
            filter_box.value = ""
        self.query_one(ArticleList).focus()

    def action_cycle_sort(self) -> None:
        self.sort = SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)]
        # a grouping implies its order; another order ends the grouping
        if (self.grouping == "source" and self.sort != "source") or (self.grouping == "day" and self.sort != "date"):
            self.grouping = None
        self.reload()

    def action_group(self, by: str) -> None:
        if self.grouping == by:
            self.grouping = None
        else:
            self.grouping = cast(Grouping, by)
            self.sort = "source" if by == "source" else "date"
        self.reload()

    @on(Input.Changed, "#filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self.filter_text = event.value
        if self._debounce is not None:
            self._debounce.stop()
        self._debounce = self.set_timer(FILTER_DELAY, self.reload)

    @on(Input.Submitted, "#filter")
    def _filter_done(self) -> None:
        self.query_one(ArticleList).focus()

    @on(Input.Submitted, "#import-path")
    @on(Button.Pressed, "#import-button")
    def _import(self) -> None:
        path = self.query_one("#import-path", Input).value.strip()
        if path:
            self.newsreader.run_import([path])
        else:
            self.notify("Type the path of a file or folder to import.", severity="warning")
