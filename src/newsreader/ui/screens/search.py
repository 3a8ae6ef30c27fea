"""Search across notes, passages, quotations and articles, as you type; Enter opens the match.

The query runs in a thread worker after a short pause in typing; each run carries a sequence number
and only the newest one's answer is shown, so a slow early query can never overwrite a later one.
Snippets are plain text with match spans from the store: they are styled as Rich Text, never markup.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, cast

from rich.style import Style
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from newsreader.search import QueryError, SearchHit, compile_query
from newsreader.store.search import search
from newsreader.ui.messages import LibraryChanged

if TYPE_CHECKING:
    from newsreader.ui.app import NewsreaderApp

SEARCH_DELAY = 0.2  # seconds of quiet typing before the query runs
RESULT_LIMIT = 50
KIND_LABELS = {"note": "note", "passage": "passage", "quote": "quotation", "article": "article"}
KIND_WIDTH = max(len(label) for label in (*KIND_LABELS.values(), "article note"))

QUERY_HELP = """Type to search your notes, marked passages, quotations and articles.

  sanctions grain          every word              "sit down"           an exact phrase
  negot*                   words starting negot    ceasefire OR truce   either word
  -nato                    leave out a word        tag:negotiations     annotations with a tag
  leader:putin             about this leader       speaker:macron       quotations by a speaker
  source:"the independent" from this outlet        since:"last month"   before:2022-03-01
  is:note  is:passage  is:quote  is:article        only this kind of result
                                                   is:note finds notes on whole articles too

↑/↓ move through the results · Enter opens the article at the match · Esc goes back"""

# The same in one column, for terminals too narrow for the two above (80 columns wrapped them mid-row).
QUERY_HELP_NARROW = """Type to search your notes, marked passages, quotations and articles
(is:note also finds the notes you wrote about whole articles).

  sanctions grain           every word
  "sit down"                an exact phrase
  negot*                    words starting negot
  ceasefire OR truce        either word
  -nato                     leave out a word
  tag:negotiations          annotations with a tag
  leader:putin              about this leader
  speaker:macron            quotations by a speaker
  source:"the independent"  from this outlet
  since:"last month"        published since
  before:2022-03-01         published before
  is:note is:quote …        only this kind (is:passage, is:article too)

↑/↓ results · Enter opens the match · Esc goes back"""
HELP_PADDING = 4  # #search-message's padding, left and right


def query_help(width: int) -> str:
    """The query language in two columns when ``width`` has room for them, else in one."""
    widest = max(len(line) for line in QUERY_HELP.splitlines())
    return QUERY_HELP if width >= widest + HELP_PADDING else QUERY_HELP_NARROW


class SearchResults(OptionList):
    """The hits, two lines each; j/k move as ↑/↓ do when the list has focus."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("g", "first", "First", show=False),
        Binding("G", "last", "Last", show=False),
    ]
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "search-results--match",
        "search-results--kind",
        "search-results--meta",
    }


def hit_prompt(hit: SearchHit, width: int, match: Style, kind: Style, meta: Style) -> Text:
    """Two lines cut to ``width`` (an option list would wrap them): kind, title, source and date (the
    title gives way), then the snippet with its matches styled, scrolled so the first match shows."""
    details = [hit.source or "unknown source"]
    details.append(hit.published.strftime("%Y-%m-%d") if hit.published else "undated")
    if hit.kind == "quote" and hit.speaker:
        details.append(hit.speaker)
    if hit.tags:
        details.append(" ".join("#" + tag for tag in hit.tags))
    tail = " · " + " · ".join(details)
    indent = KIND_WIDTH + 2
    title = Text(hit.title or "(untitled)", style=Style(bold=True))
    title.truncate(max(12, width - indent - len(tail)), overflow="ellipsis")
    label = hit.label if hit.is_article_note else KIND_LABELS.get(hit.kind, hit.kind)
    head = Text(label.ljust(KIND_WIDTH), style=kind)
    head.append("  ")
    head.append_text(title)
    head.append(tail, style=meta)
    head.truncate(width, overflow="ellipsis")

    room = max(10, width - indent)
    snippet = Text(hit.snippet)
    for start, end in hit.spans:
        snippet.stylize(match, start, end)
    if hit.spans and hit.spans[0][1] > room - 1:
        cut = max(0, hit.spans[0][0] - room // 3)
        snippet = Text("…").append_text(snippet[cut:])
    snippet.truncate(room, overflow="ellipsis")
    return Text.assemble(head, "\n", " " * indent, snippet, no_wrap=True, overflow="ellipsis")


class SearchScreen(Screen[None]):
    """Owns the query and its hits; the list only shows them."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back"),
        Binding("down", "move(1)", "Next result", show=False),
        Binding("up", "move(-1)", "Previous result", show=False),
        Binding("slash", "focus_query", "Edit query", show=False),
        Binding("enter", "open", "Open"),
    ]

    help_notes = QUERY_HELP  # shown by the help screen under the keys

    def __init__(self) -> None:
        super().__init__(id="search")
        self.hits: list[SearchHit] = []
        self.message = ""  # the query error, or "" when the query ran
        self._sequence = 0
        self._shown_text = ""
        self._debounce: Timer | None = None

    @property
    def newsreader(self) -> NewsreaderApp:
        return cast("NewsreaderApp", self.app)

    @property
    def results(self) -> SearchResults:
        return self.query_one(SearchResults)

    def compose(self) -> ComposeResult:
        yield Static(Text("Search"), id="search-title", classes="title-bar")
        yield Input(placeholder='Search notes, quotations, articles… e.g. tag:energy "grain deal"', id="search-query")
        yield Static(Text(query_help(self.app.size.width)), id="search-message")
        yield SearchResults(id="search-results")
        yield Footer()

    def on_mount(self) -> None:
        self.results.display = False
        self.query_one("#search-query", Input).focus()

    def on_library_changed(self, message: LibraryChanged) -> None:
        self._run_now()

    def on_screen_resume(self) -> None:
        self._run_now()  # annotations may have changed in the reader

    # ------------------------------------------------------------------ running the query
    @on(Input.Changed, "#search-query")
    def _query_changed(self, event: Input.Changed) -> None:
        if self._debounce is not None:
            self._debounce.stop()
        self._debounce = self.set_timer(SEARCH_DELAY, self._run_now)

    def _run_now(self) -> None:
        if self._debounce is not None:
            self._debounce.stop()
            self._debounce = None
        self._sequence += 1
        self._search(self._sequence, self.query_one("#search-query", Input).value)

    @work(thread=True, exclusive=True, group="search-query", exit_on_error=False)
    def _search(self, sequence: int, text: str) -> None:
        if not text.strip():
            self.app.call_from_thread(self._show, sequence, text, [], "")
            return
        try:
            hits = search(self.newsreader.library, compile_query(text), limit=RESULT_LIMIT)
        except QueryError as exc:
            self.app.call_from_thread(self._show, sequence, text, [], str(exc))
            return
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show, sequence, text, hits, "")

    def _show(self, sequence: int, text: str, hits: list[SearchHit], error: str) -> None:
        if sequence != self._sequence:
            return  # a newer query is on its way
        results = self.results
        keep = text == self._shown_text and results.highlighted is not None
        previous = results.highlighted if keep else None
        self._shown_text = text
        self.hits, self.message = hits, error
        message = self.query_one("#search-message", Static)
        title = self.query_one("#search-title", Static)
        if not text.strip():
            title.update(Text("Search"))
            message.update(Text(query_help(self.size.width)))
            message.display, results.display = True, False
            results.clear_options()
            return
        if error:
            title.update(Text("Search"))
            message.update(Text(error, style=Style(bold=True)))
            message.display, results.display = True, False
            results.clear_options()
            return
        count = f"{len(hits)}{'+' if len(hits) >= RESULT_LIMIT else ''} result{'s' if len(hits) != 1 else ''}"
        title.update(Text(f"Search · {count} · Enter opens the match"))
        self._render_hits()
        if hits:
            results.highlighted = min(previous, len(hits) - 1) if previous is not None else 0
        message.update(Text("Nothing matches. Fewer words, a prefix (negot*) or is:article may help."))
        message.display, results.display = not hits, bool(hits)

    def _render_hits(self) -> None:
        results = self.results
        styles = [
            results.get_component_rich_style(name, partial=True)
            for name in ("search-results--match", "search-results--kind", "search-results--meta")
        ]
        width = results.scrollable_content_region.width
        if not results.display or width <= 0:  # not laid out yet: the screen less the list's gutter
            width = self.size.width - results.styles.gutter.width
        width -= 1  # room for the scroll bar, which comes and goes with the number of hits
        highlighted = results.highlighted
        results.set_options(Option(hit_prompt(hit, width, *styles)) for hit in self.hits)
        if highlighted is not None and self.hits:
            results.highlighted = min(highlighted, len(self.hits) - 1)

    def on_resize(self) -> None:
        if self.hits:
            self._render_hits()  # titles give way to the source and date at the new width
        elif not self.query_one("#search-query", Input).value.strip():
            self.query_one("#search-message", Static).update(Text(query_help(self.size.width)))

    # ------------------------------------------------------------------ moving and opening
    @property
    def current(self) -> SearchHit | None:
        index = self.results.highlighted
        if index is None or not 0 <= index < len(self.hits):
            return None
        return self.hits[index]

    def action_move(self, step: int) -> None:
        results = self.results
        if results.option_count:
            results.action_cursor_down() if step > 0 else results.action_cursor_up()

    def action_focus_query(self) -> None:
        self.query_one("#search-query", Input).focus()

    def action_open(self) -> None:
        hit = self.current
        if hit is None:
            return
        if hit.start is None:
            if hit.kind in ("note", "passage") and not hit.is_article_note:
                self.notify("This passage is no longer in the article; opening it at the top.", severity="warning")
            self.newsreader.open_article(hit.article_id)
        else:
            self.newsreader.open_article(hit.article_id, hit.start, hit.end)

    @on(Input.Submitted, "#search-query")
    def _submitted(self) -> None:
        if self._debounce is not None:  # Enter before the pause: the hits on screen are for older text
            self._run_now()
            return
        self.action_open()

    @on(OptionList.OptionSelected, "#search-results")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_open()

    def action_back(self) -> None:
        self.app.pop_screen()
