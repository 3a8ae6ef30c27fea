"""Every leader in the library; for the selected one, their quotations across articles by date."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, cast

from rich.style import Style
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Footer, Static

from newsreader.model import LeaderQuote, LeaderSummary
from newsreader.ui.messages import LibraryChanged
from newsreader.ui.widgets.virtual_list import VirtualList

if TYPE_CHECKING:
    from newsreader.ui.app import NewsreaderApp


def _fit(text: str, width: int, style: Style | None = None, right: bool = False) -> Text:
    if right:
        text = text.rjust(width)
    cell = Text(text, style=style or Style(), no_wrap=True, overflow="ellipsis")
    cell.truncate(width, overflow="ellipsis", pad=True)
    return cell


class LeaderList(VirtualList):
    def render_item(self, item: LeaderSummary, width: int) -> Text:
        dim = self.get_component_rich_style("virtual-list--dim", default=Style(dim=True))
        name_width = max(8, width - 12)
        name = Text(item.name, style=Style(bold=True), no_wrap=True)
        if item.role:
            name.append(" · " + item.role, style=dim)
        name.truncate(name_width, overflow="ellipsis", pad=True)
        return Text.assemble(name, _fit(str(item.articles), 6, right=True), _fit(str(item.quotes), 6, right=True))


class LeaderQuoteList(VirtualList):
    def render_item(self, item: LeaderQuote, width: int) -> Text:
        dim = self.get_component_rich_style("virtual-list--dim", default=Style(dim=True))
        date = item.published.strftime("%Y-%m-%d") if item.published else "undated"
        source = _fit(item.source or "Unknown source", 16, dim)
        quote = Text("“" + " ".join(item.quote.text.split()) + "”", style=Style(italic=True), no_wrap=True)
        return Text.assemble(_fit(date, 11, dim), source, " ", quote)


class LeadersScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back"),
        Binding("q", "back", "Back", show=False),
        Binding("tab", "switch_pane", "Switch pane", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._leader: LeaderSummary | None = None

    @property
    def newsreader(self) -> NewsreaderApp:
        return cast("NewsreaderApp", self.app)

    def compose(self) -> ComposeResult:
        yield Static(Text("Leaders"), id="leaders-title", classes="title-bar")
        with Horizontal(id="leaders-main"):
            with Vertical(id="leader-list"):
                yield Static(Text.assemble(_fit("Leader", 20), " " * 0), classes="panel-title", id="leader-columns")
                yield LeaderList(id="leaders", empty_text="No leaders yet: import some articles.")
            with Vertical(id="leader-quotes"):
                yield Static(Text("Quotations"), classes="panel-title", id="quotes-title")
                yield LeaderQuoteList(id="quotes", empty_text="No quotations by this leader.")
                yield Static(id="quote-detail", classes="detail")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#leaders", LeaderList).focus()

    def on_screen_resume(self) -> None:
        self._load_leaders()

    def on_library_changed(self, message: LibraryChanged) -> None:
        self._load_leaders()

    def on_resize(self) -> None:
        self._show_columns()

    def _show_columns(self) -> None:
        leaders = self.query_one("#leaders", LeaderList)
        width = leaders.scrollable_content_region.width or 30
        self.query_one("#leader-columns", Static).update(
            Text.assemble(_fit("Leader", max(8, width - 12)), _fit("Arts", 6, right=True), _fit("Quot", 6, right=True))
        )

    @work(thread=True, exclusive=True, group="leaders", exit_on_error=False)
    def _load_leaders(self) -> None:
        leaders = self.newsreader.library.list_leaders()
        self.app.call_from_thread(self._show_leaders, leaders)

    def _show_leaders(self, leaders: list[LeaderSummary]) -> None:
        self.query_one("#leaders-title", Static).update(
            Text(f"Leaders · {len(leaders):,} in the library · Enter: their quotations")
        )
        self.query_one("#leaders", LeaderList).set_items(leaders, keep_cursor=True)
        self._show_columns()

    @on(VirtualList.Highlighted, "#leaders")
    def _leader_highlighted(self, event: VirtualList.Highlighted) -> None:
        event.stop()
        leader = cast(LeaderSummary, event.item)
        if self._leader is not None and self._leader.id == leader.id:
            return
        self._leader = leader
        self._load_quotes(leader)

    @work(thread=True, exclusive=True, group="leader-quotes", exit_on_error=False)
    def _load_quotes(self, leader: LeaderSummary) -> None:
        quotes = self.newsreader.library.quotes_by_leader(leader.id)
        self.app.call_from_thread(self._show_quotes, leader, quotes)

    def _show_quotes(self, leader: LeaderSummary, quotes: list[LeaderQuote]) -> None:
        if self._leader is None or leader.id != self._leader.id:
            return
        title = Text(f"Quotations by {leader.name} ({len(quotes)})")
        self.query_one("#quotes-title", Static).update(title)
        self.query_one("#quotes", LeaderQuoteList).set_items(quotes)
        if not quotes:
            self.query_one("#quote-detail", Static).update("")

    @on(VirtualList.Highlighted, "#quotes")
    def _quote_highlighted(self, event: VirtualList.Highlighted) -> None:
        event.stop()
        item = cast(LeaderQuote, event.item)
        detail = Text()
        detail.append(item.article_title, style=Style(bold=True))
        published = item.published.strftime("%d %b %Y") if item.published else "undated"
        detail.append(f" · {item.source or 'Unknown source'} · {published}", style=Style(dim=True))
        detail.append("\n“" + " ".join(item.quote.text.split()) + "”", style=Style(italic=True))
        if item.quote.speaker:
            detail.append(" — " + item.quote.speaker)
        self.query_one("#quote-detail", Static).update(detail)

    @on(VirtualList.Chosen, "#leaders")
    def _leader_chosen(self, event: VirtualList.Chosen) -> None:
        event.stop()
        quotes = self.query_one("#quotes", LeaderQuoteList)
        if quotes.rows:
            quotes.focus()

    @on(VirtualList.Chosen, "#quotes")
    def _quote_chosen(self, event: VirtualList.Chosen) -> None:
        event.stop()
        item = cast(LeaderQuote, event.item)
        self.newsreader.open_article(item.article_id, item.quote.start, item.quote.end)

    @on(VirtualList.PageWanted)
    def _never(self, event: VirtualList.PageWanted) -> None:
        event.stop()  # both lists hold all their items

    def action_switch_pane(self) -> None:
        leaders = self.query_one("#leaders", LeaderList)
        quotes = self.query_one("#quotes", LeaderQuoteList)
        (leaders if quotes.has_focus else quotes).focus()

    def action_back(self) -> None:
        quotes = self.query_one("#quotes", LeaderQuoteList)
        if quotes.has_focus:
            self.query_one("#leaders", LeaderList).focus()
            return
        self.app.pop_screen()
