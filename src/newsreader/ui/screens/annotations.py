"""Every annotation across the library, newest first, filtered by tag; Enter opens the passage."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, cast

from rich.style import Style
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.reactive import var
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Input, Static

from newsreader.model import Annotation
from newsreader.store.library import normalise_tags
from newsreader.ui.messages import LibraryChanged
from newsreader.ui.widgets.tag_input import TagSuggester
from newsreader.ui.widgets.virtual_list import PAGE_SIZE, VirtualList

if TYPE_CHECKING:
    from newsreader.ui.app import NewsreaderApp

TAGS_WIDTH = 22  # at most: on a narrow terminal tags and title give way, so the passage stays readable
TITLE_WIDTH = 26


def column_widths(width: int) -> tuple[int, int, int]:
    """(tags, passage, title) widths for a row ``width`` cells wide (after the 10-cell date)."""
    tags = min(TAGS_WIDTH, max(12, width // 6))
    title = min(TITLE_WIDTH, max(12, width // 5))
    return tags, max(10, width - 11 - tags - 1 - title - 2), title


@dataclass(frozen=True, slots=True)
class AnnotationRow:
    annotation: Annotation
    title: str
    source: str | None


def _fit(text: str, width: int, style: Style | None = None) -> Text:
    cell = Text(text, style=style or Style(), no_wrap=True, overflow="ellipsis")
    cell.truncate(width, overflow="ellipsis", pad=True)
    return cell


class AnnotationList(VirtualList):
    def render_item(self, item: AnnotationRow, width: int) -> Text:
        dim = self.get_component_rich_style("virtual-list--dim", default=Style(dim=True))
        accent = self.get_component_rich_style("virtual-list--accent", default=Style(bold=True))
        a = item.annotation
        date = (a.updated or a.created).strftime("%Y-%m-%d") if (a.updated or a.created) else ""
        passage = "“" + " ".join(a.exact.split()) + "”" + (" ✎" if a.note else "")
        tags_width, passage_width, title_width = column_widths(width)
        return Text.assemble(
            _fit(date, 10, dim),
            " ",
            _fit(" ".join("#" + t for t in a.tags) or "—", tags_width, accent),
            " ",
            _fit(passage, passage_width),
            "  ",
            _fit(("(orphan) " if a.orphan else "") + item.title, title_width, dim),
        )


class AnnotationsScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back"),
        Binding("q", "back", "Back", show=False),
        Binding("f", "focus_filter", "Filter by tag"),
    ]

    tag: var[str] = var("")
    count: var[int] = var(0)

    def __init__(self, tag: str | None = None) -> None:
        super().__init__()
        self.set_reactive(AnnotationsScreen.tag, tag or "")
        self._active_tag = ""
        self._debounce: Timer | None = None

    @property
    def newsreader(self) -> NewsreaderApp:
        return cast("NewsreaderApp", self.app)

    def compose(self) -> ComposeResult:
        yield Static(id="annotations-title", classes="title-bar")
        yield Input(
            value=self.tag,
            placeholder="Filter by tag (→ completes)…",
            id="annotation-filter",
            suggester=TagSuggester([]),
        )
        yield AnnotationList(
            id="annotation-list", empty_text="No annotations yet: select a passage in an article, then t or c."
        )
        yield Static(id="annotation-detail", classes="detail")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(AnnotationList).focus()

    def on_screen_resume(self) -> None:
        self.reload(keep_cursor=True)

    def on_library_changed(self, message: LibraryChanged) -> None:
        self.reload(keep_cursor=True)

    def reload(self, *, keep_cursor: bool = False) -> None:
        self._load(normalise_tags([self.tag])[0] if normalise_tags([self.tag]) else "", keep_cursor)

    @work(thread=True, exclusive=True, group="annotations-query", exit_on_error=False)
    def _load(self, tag: str, keep_cursor: bool) -> None:
        library = self.newsreader.library
        count = library.count_annotations(tag=tag or None)
        first = self._rows(tag, 0, PAGE_SIZE)
        tags = [t.name for t in library.tags()]
        self.app.call_from_thread(self._show, tag, count, first, tags, keep_cursor)

    def _rows(self, tag: str, offset: int, limit: int) -> list[AnnotationRow]:
        library = self.newsreader.library
        annotations = library.list_annotations(tag=tag or None, limit=limit, offset=offset)
        titles = library.article_titles(a.article_id for a in annotations)
        return [AnnotationRow(a, *titles.get(a.article_id, ("(deleted article)", None))) for a in annotations]

    def _show(self, tag: str, count: int, first: list[AnnotationRow], tags: list[str], keep_cursor: bool) -> None:
        keep_cursor = keep_cursor and tag == self._active_tag
        self._active_tag = tag
        self.count = count
        cast(TagSuggester, self.query_one("#annotation-filter", Input).suggester).tags = tags
        self.query_one(AnnotationList).reset(count, first_page=first, keep_cursor=keep_cursor)
        what = f"tagged #{tag}" if tag else "across the library"
        self.query_one("#annotations-title", Static).update(
            Text(f"Annotations · {count:,} {what} · Enter opens the passage")
        )
        if count == 0:
            self.query_one("#annotation-detail", Static).update("")

    @on(VirtualList.PageWanted, "#annotation-list")
    def _page_wanted(self, event: VirtualList.PageWanted) -> None:
        event.stop()
        self._load_page(self._active_tag, event.generation, event.page, event.offset, event.limit)

    @work(thread=True, group="annotations-pages", exit_on_error=False)
    def _load_page(self, tag: str, generation: int, page: int, offset: int, limit: int) -> None:
        rows = self._rows(tag, offset, limit)
        self.app.call_from_thread(self.query_one(AnnotationList).put_page, generation, page, rows)

    @on(VirtualList.Highlighted, "#annotation-list")
    def _highlighted(self, event: VirtualList.Highlighted) -> None:
        event.stop()
        row = cast(AnnotationRow, event.item)
        a = row.annotation
        detail = Text()
        detail.append(row.title, style=Style(bold=True))
        if row.source:
            detail.append(" · " + row.source, style=Style(dim=True))
        if a.created:
            # "noted": beside the title and outlet a bare date reads as the article's publication date
            detail.append(" · noted " + a.created.strftime("%d %b %Y"), style=Style(dim=True))
        detail.append("\n“" + " ".join(a.exact.split()) + "”", style=Style(italic=True))
        if a.tags:
            detail.append("\n" + " ".join("#" + t for t in a.tags), style=Style(bold=True))
        if a.note:
            detail.append("\n" + a.note)
        self.query_one("#annotation-detail", Static).update(detail)

    @on(VirtualList.Chosen, "#annotation-list")
    def _chosen(self, event: VirtualList.Chosen) -> None:
        event.stop()
        a = cast(AnnotationRow, event.item).annotation
        if a.orphan:
            self.notify("This passage is no longer in the article; opening it at the top.", severity="warning")
            self.newsreader.open_article(a.article_id)
        else:
            self.newsreader.open_article(a.article_id, a.start, a.end)

    @on(Input.Changed, "#annotation-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self.tag = event.value
        if self._debounce is not None:
            self._debounce.stop()
        self._debounce = self.set_timer(0.15, self.reload)

    @on(Input.Submitted, "#annotation-filter")
    def _filter_done(self) -> None:
        self.query_one(AnnotationList).focus()

    def action_focus_filter(self) -> None:
        self.query_one("#annotation-filter", Input).focus()

    def action_back(self) -> None:
        filter_box = self.query_one("#annotation-filter", Input)
        if self.focused is filter_box:
            self.query_one(AnnotationList).focus()
            return
        self.app.pop_screen()
