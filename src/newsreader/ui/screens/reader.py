"""One article: highlights, a side panel of leaders and quotations, and annotating passages."""

from __future__ import annotations

import gc
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, cast

from rich.style import Style
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.reactive import var
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Collapsible, Footer, Static

from newsreader.model import Analysis, Annotation, Article, Leader, Quote
from newsreader.store import Library
from newsreader.ui.screens.modals import AnnotationModal, ArticleNoteModal, ConfirmModal
from newsreader.ui.widgets.article_view import ArticleView, Span
from newsreader.ui.widgets.virtual_list import VirtualList

if TYPE_CHECKING:
    from newsreader.ui.app import NewsreaderApp

UNDO_SECONDS = 10.0
SIDE_PANEL_MIN_WIDTH = 100  # below this terminal width the panel starts hidden


@dataclass(frozen=True, slots=True)
class ReaderData:
    """Everything the reader shows, read in one go from the library (in a worker)."""

    article: Article
    analysis: Analysis
    annotations: tuple[Annotation, ...]
    tags: list[str]

    @classmethod
    def fetch(cls, library: Library, article_id: int) -> ReaderData:
        """Read the article and mark it read. Blocking: call from a thread worker."""
        article = library.get_article(article_id)
        data = cls(
            article,
            library.get_analysis(article_id),
            tuple(library.list_annotations(article_id=article_id)),
            [t.name for t in library.tags()],
        )
        if not article.read:
            library.set_read(article_id)
        return data


@dataclass(frozen=True, slots=True)
class LeaderRow:
    leader: Leader
    colour: int
    quotes: int


class LeaderPanel(VirtualList):
    def render_item(self, item: LeaderRow, width: int) -> Text:
        dim = self.get_component_rich_style("virtual-list--dim", default=Style(dim=True))
        counts = f" {len(item.leader.mentions)}× {item.quotes}q"
        text = Text(item.leader.name, style=Style(bold=True), no_wrap=True, overflow="ellipsis")
        if item.leader.role:
            text.append(" " + item.leader.role, style=dim)
        text.truncate(max(1, width - len(counts)), overflow="ellipsis", pad=True)
        text.append(counts, style=dim)
        return text


class QuotePanel(VirtualList):
    def render_item(self, item: Quote, width: int) -> Text:
        text = Text((item.speaker or "?") + ": ", style=Style(bold=True), no_wrap=True, overflow="ellipsis")
        text.append("“" + " ".join(item.text.split()) + "”", style=Style(italic=True))
        return text


def meta_line(article: Article) -> str:
    parts = [article.source_label]
    parts.append(article.published.strftime("%d %b %Y %H:%M").replace(" 00:00", "") if article.published else "undated")
    if article.byline:
        parts.append(article.byline)
    parts.append(f"{article.words:,} words")
    return " · ".join(parts)


def counted(number: int, noun: str) -> str:
    """``1 quotation``, ``2 quotations``, ``1,204 characters``: the status line's counts."""
    return f"{number:,} {noun if number == 1 else noun + 's'}"


def annotation_marker(annotation: Annotation) -> str:
    return "#" if annotation.tags else ("✎" if annotation.note else "▌")


class ReaderScreen(Screen[None]):
    """Owns the article, its analysis and its annotations; the ArticleView only draws them."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back"),
        Binding("q", "back", "Back", show=False),
        Binding("n", "next_quote(1)", "Next quote"),
        Binding("N", "next_quote(-1)", "Prev quote", show=False),
        Binding("m", "next_mention(1)", "Next mention"),
        Binding("M", "next_mention(-1)", "Prev mention", show=False),
        Binding("right_square_bracket", "next_annotation(1)", "Next note", show=False),
        Binding("left_square_bracket", "next_annotation(-1)", "Prev note", show=False),
        Binding("Q", "select_quote", "Select quote", show=False),
        Binding("t", "annotate('tags')", "Tag"),
        Binding("c", "annotate('note')", "Note"),
        Binding("e", "edit_annotation", "Edit"),
        Binding("d", "delete_annotation", "Delete"),
        Binding("u", "undo_delete", "Undo"),
        Binding("a", "article_note", "Article note", show=False),
        Binding("p", "toggle_panel", "Panel"),
        Binding("C", "toggle_comments", "Comments", show=False),
        Binding("x", "export", "Export", show=False),
    ]

    show_panel: var[bool] = var(True)
    selected_leader: var[str | None] = var(None)
    loaded: var[bool] = var(False)

    def __init__(
        self, article_id: int, *, start: int | None = None, end: int | None = None, data: ReaderData | None = None
    ) -> None:
        super().__init__()
        self.article_id = article_id
        self._data = data
        self._target = (start, end) if start is not None else None
        self.article: Article | None = None
        self.analysis = Analysis()
        self.annotations: tuple[Annotation, ...] = ()
        self.known_tags: list[str] = []
        self._quote_starts: list[int] = []
        self._colours: dict[str, int] = {}
        self._deleted: Annotation | None = None
        self._side_filled = False
        self._undo_timer: Timer | None = None

    @property
    def newsreader(self) -> NewsreaderApp:
        return cast("NewsreaderApp", self.app)

    @property
    def view(self) -> ArticleView:
        return self.query_one(ArticleView)

    def compose(self) -> ComposeResult:
        yield Static(Text("Loading…"), id="reader-title", classes="title-bar")
        with Horizontal(id="reader-main"):
            with Vertical(id="reader-body"):
                # The comments section is mounted by _show, for the few articles that have comments:
                # composed for every article, its five widgets were styled on every open.
                yield ArticleView(id="article")
            # Empty until the body is on screen (_fill_side): its lists cost a fifth of an open to
            # compose, style and draw, and at narrow widths, where it starts hidden, it may never be needed.
            yield Vertical(id="side")
        yield Static(id="reader-status")
        yield Footer()

    def on_mount(self) -> None:
        self.show_panel = self.app.size.width >= SIDE_PANEL_MIN_WIDTH
        self.view.focus()
        if self._data is not None:  # read ahead by the app, so the screen lays out once
            data, self._data = self._data, None
            self._show(data.article, data.analysis, data.annotations, data.tags)
        else:
            self._load()

    def on_unmount(self) -> None:
        # A closed reader leaves its widgets in reference cycles (child <-> parent) that only a full
        # collection frees; left to the collector's own timing, that 40-90 ms pause tends to land in
        # the middle of the next open. Collect once the screen below has been drawn instead.
        self.app.call_after_refresh(gc.collect)

    # ------------------------------------------------------------------ loading
    @work(thread=True, exclusive=True, group="reader-load", exit_on_error=False)
    def _load(self) -> None:
        data = ReaderData.fetch(self.newsreader.library, self.article_id)
        self.app.call_from_thread(self._show, data.article, data.analysis, data.annotations, data.tags)

    def _show(self, article: Article, analysis: Analysis, annotations: tuple[Annotation, ...], tags: list[str]) -> None:
        self.article, self.analysis, self.annotations, self.known_tags = article, analysis, annotations, tags
        self._colours = {leader.id: index for index, leader in enumerate(analysis.leaders)}
        self._quote_starts = [q.start for q in analysis.quotes]
        self.query_one("#reader-title", Static).update(Text(article.title))
        self.view.load(article.body, self._spans(), self._preamble())
        if self.show_panel:
            self.call_after_refresh(self._fill_side)
        if analysis.leaders:
            self.selected_leader = analysis.leaders[0].id
        self._show_comments(article.comments)
        if self._target is not None:
            start, end = self._target
            self.view.go_to(start or 0, end)
        self.loaded = True
        self._update_status()
        self.refresh_bindings()

    async def _fill_side(self) -> None:
        """Mount the side panel's lists, once, with this article's leaders and quotations."""
        if self._side_filled or self.article is None:
            return
        self._side_filled = True
        leaders = LeaderPanel(id="panel-leaders", empty_text="No leaders named.")
        quotes = QuotePanel(id="panel-quotes", empty_text="No quotations found.")
        titles = Static("Leaders", classes="panel-title"), Static("Quotations", classes="panel-title")
        await self.query_one("#side").mount_all([titles[0], leaders, titles[1], quotes])
        quotes_by = Counter(q.leader for q in self.analysis.quotes if q.leader)
        leaders.set_items(
            [LeaderRow(leader, self._colours[leader.id], quotes_by[leader.id]) for leader in self.analysis.leaders]
        )
        quotes.set_items(list(self.analysis.quotes))
        self.watch_selected_leader(self.selected_leader)

    def _show_comments(self, comments: str | None) -> None:
        if not comments:
            return
        title = f"Reader comments ({counted(comments.count(chr(10)) + 1, 'line')}) — C toggles"
        text = Static(Text(comments), id="comments-text")
        box = VerticalScroll(Collapsible(text, title=title, collapsed=True, id="comments"), id="comments-box")
        self.query_one("#reader-body").mount(box)

    def _preamble(self) -> list[Text]:
        assert self.article is not None
        article = self.article
        lines = [Text(article.title, style=Style(bold=True)), Text(meta_line(article), style=Style(dim=True))]
        if article.standfirst:
            lines.append(Text(article.standfirst, style=Style(italic=True)))
        if article.note:
            lines.append(Text("Your note: ", style=Style(bold=True)).append(article.note))
        lines.append(Text(""))
        return lines

    def _spans(self) -> list[Span]:
        spans = [Span(q.start, q.end, "quote") for q in self.analysis.quotes]
        for leader in self.analysis.leaders:
            spans += [Span(m.start, m.end, "leader", self._colours[leader.id]) for m in leader.mentions]
        spans += [
            Span(a.start, a.end, "annotation", a.id or 0, annotation_marker(a))
            for a in self.annotations
            if not a.orphan
        ]
        return spans

    @work(thread=True, exclusive=True, group="reader-annotations", exit_on_error=False)
    def _reload_annotations(self, then: tuple[int, int] | None = None) -> None:
        library = self.newsreader.library
        annotations = tuple(library.list_annotations(article_id=self.article_id))
        tags = [t.name for t in library.tags()]
        self.app.call_from_thread(self._show_annotations, annotations, tags)

    def _show_annotations(self, annotations: tuple[Annotation, ...], tags: list[str]) -> None:
        self.annotations, self.known_tags = annotations, tags
        self.view.set_spans(self._spans())
        self._update_status()
        self.refresh_bindings()

    # ------------------------------------------------------------------ where the caret is
    def annotation_at(self, offset: int) -> Annotation | None:
        for annotation in self.annotations:
            if not annotation.orphan and annotation.start <= offset < annotation.end:
                return annotation
        return None

    def quote_at(self, offset: int) -> Quote | None:
        index = bisect_right(self._quote_starts, offset) - 1
        if index >= 0 and offset < self.analysis.quotes[index].end:
            return self.analysis.quotes[index]
        return None

    def leader_at(self, offset: int) -> Leader | None:
        for leader in self.analysis.leaders:
            for mention in leader.mentions:
                if mention.start <= offset < mention.end:
                    return leader
        return None

    def passage(self) -> tuple[int, int] | None:
        """The passage an annotate action applies to: the selection, else the marked jump target."""
        view = self.view
        if view.selection:
            return view.selection
        if view.mark and view.mark[0] <= view.cursor <= view.mark[1]:
            return view.mark
        return None

    @on(ArticleView.CursorMoved)
    def _cursor_moved(self, event: ArticleView.CursorMoved) -> None:
        leader = self.leader_at(event.cursor)
        if leader is not None and leader.id != self.selected_leader:
            self.selected_leader = leader.id
        self._update_status()
        self.refresh_bindings()

    def watch_selected_leader(self, leader_id: str | None) -> None:
        panels = self.query(LeaderPanel) if self.is_mounted else None
        if leader_id is None or not panels:
            return
        panel = panels.first()
        index = next((i for i, leader in enumerate(self.analysis.leaders) if leader.id == leader_id), None)
        if index is not None and panel.cursor != index:
            panel.move_cursor(index)

    def _update_status(self) -> None:
        if self.article is None:
            return
        view = self.view
        cursor = view.cursor
        status = Text(no_wrap=True, overflow="ellipsis")
        annotation = self.annotation_at(cursor)
        quote = self.quote_at(cursor)
        if view.selection:
            start, end = view.selection
            status.append(f"Selected {counted(end - start, 'character')}", style=Style(bold=True))
            status.append(" — t: tag · c: note · Esc: clear")
        elif annotation is not None:
            status.append(" ".join("#" + tag for tag in annotation.tags) or "highlight", style=Style(bold=True))
            if annotation.note:
                status.append(" · " + annotation.note.strip().splitlines()[0])
            status.append(" — e: edit · d: delete")
        elif quote is not None:
            number = self.analysis.quotes.index(quote) + 1
            status.append(f"Quotation {number}/{len(self.analysis.quotes)}", style=Style(bold=True))
            status.append(f" — {quote.speaker or 'speaker unknown'}")
            if self.passage():
                status.append(" · t: tag · c: note")
        elif self.passage():
            status.append("Marked passage", style=Style(bold=True))
            status.append(" — t: tag · c: note")
        else:
            leader = self.leader_at(cursor)
            if leader is not None:
                status.append(leader.name, style=Style(bold=True))
                status.append(f" — {leader.role or 'no role known'} · {counted(len(leader.mentions), 'mention')}")
            else:
                analysis = self.analysis
                status.append(
                    f"{counted(len(analysis.quotes), 'quotation')} · {counted(len(analysis.leaders), 'leader')} · "
                    f"{counted(len(self.annotations), 'annotation')} — v: select · s: sentence · ?: help"
                )
        percent = 100 * cursor // max(1, len(self.article.body))
        status.append(f"  {percent}%", style=Style(dim=True))
        self.query_one("#reader-status", Static).update(status)

    def palette_commands(self) -> list[SystemCommand]:
        """This screen's entries in the command palette (see ``newsreader.ui.commands``)."""
        return [
            SystemCommand("Article note", "Write a note on the whole article", self.action_article_note),
            SystemCommand("Toggle side panel", "Leaders and quotations of this article", self.action_toggle_panel),
            SystemCommand("Next quotation", "Jump to the next quotation", lambda: self.action_next_quote(1)),
            SystemCommand("Select current sentence", "Then t to tag or c to note", self.view.action_select_sentence),
            SystemCommand("Export this article…", "Its annotations as Markdown or W3C JSON", self.action_export),
        ]

    # ------------------------------------------------------------------ actions
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if not self.loaded:
            return action in ("back",) or None
        cursor = self.view.cursor
        if action == "next_quote" or action == "select_quote":
            return bool(self.analysis.quotes)
        if action == "next_mention":
            return self.selected_leader is not None
        if action == "next_annotation":
            return any(not a.orphan for a in self.annotations)
        if action == "annotate":
            return self.passage() is not None or self.annotation_at(cursor) is not None
        if action in ("edit_annotation", "delete_annotation"):
            return self.annotation_at(cursor) is not None
        if action == "undo_delete":
            return self._deleted is not None
        if action == "toggle_comments":
            return bool(self.article and self.article.comments)
        return True

    def action_back(self) -> None:
        # Esc first drops a selection the user made (v, s, a drag). A passage marked because the article
        # was opened at a search hit, annotation or quotation is only a highlight of where they landed:
        # Esc goes straight back, as it does from any other reader.
        if self.view.anchor is not None and self.view.clear_selection():
            self._update_status()
            self.refresh_bindings()
            return
        self.app.pop_screen()

    def go_to(self, start: int, end: int | None = None) -> None:
        self.view.go_to(start, end)
        self.view.focus()

    def _jump(self, starts: list[int], spans: list[tuple[int, int]], direction: int, what: str) -> None:
        cursor = self.view.cursor
        if not starts:
            return
        if direction > 0:
            index = bisect_right(starts, cursor)
            if index >= len(starts):
                self.notify(f"No more {what} below; back to the first.", timeout=2)
                index = 0
        else:
            index = bisect_left(starts, cursor) - 1
            if index < 0:
                self.notify(f"No more {what} above; on to the last.", timeout=2)
                index = len(starts) - 1
        self.go_to(*spans[index])

    def action_next_quote(self, direction: int) -> None:
        quotes = self.analysis.quotes
        self._jump(self._quote_starts, [(q.start, q.end) for q in quotes], direction, "quotations")

    def action_next_mention(self, direction: int) -> None:
        leader = next((lead for lead in self.analysis.leaders if lead.id == self.selected_leader), None)
        if leader is None:
            return
        mentions = leader.mentions
        self._jump([m.start for m in mentions], [(m.start, m.end) for m in mentions], direction, "mentions")

    def action_next_annotation(self, direction: int) -> None:
        placed = [a for a in self.annotations if not a.orphan]
        self._jump([a.start for a in placed], [(a.start, a.end) for a in placed], direction, "annotations")

    def action_select_quote(self) -> None:
        quote = self.quote_at(self.view.cursor)
        if quote is None:
            index = bisect_right(self._quote_starts, self.view.cursor)
            if index >= len(self.analysis.quotes):
                return
            quote = self.analysis.quotes[index]
        self.view.select(quote.start, quote.end)

    def action_annotate(self, focus: str) -> None:
        assert self.article is not None
        passage = self.passage()
        if passage is None:
            existing = self.annotation_at(self.view.cursor)
            if existing is not None:
                self._edit(existing, focus)
            return
        start, end = passage
        modal = AnnotationModal(
            self.article_id, start, end, self.article.body[start:end], known_tags=self.known_tags, focus=focus
        )
        self.app.push_screen(modal, self._saved)

    def action_edit_annotation(self) -> None:
        existing = self.annotation_at(self.view.cursor)
        if existing is not None:
            self._edit(existing, "tags")

    def _edit(self, annotation: Annotation, focus: str) -> None:
        modal = AnnotationModal(
            self.article_id,
            annotation.start,
            annotation.end,
            annotation.exact,
            existing=annotation,
            known_tags=self.known_tags,
            focus=focus,
        )
        self.app.push_screen(modal, self._saved)

    def _saved(self, annotation: Annotation | None) -> None:
        if annotation is None:
            return
        self.view.clear_selection()
        self.notify("Annotation saved.", timeout=2)
        self._reload_annotations()

    def action_delete_annotation(self) -> None:
        annotation = self.annotation_at(self.view.cursor)
        if annotation is None or annotation.id is None:
            return
        passage = " ".join(annotation.exact.split())
        short = passage if len(passage) <= 60 else passage[:59] + "…"
        annotation_id = annotation.id

        def answered(yes: bool | None) -> None:
            if yes:
                self._delete(annotation_id)

        self.app.push_screen(ConfirmModal(f"Delete the annotation on “{short}”?"), answered)

    @work(thread=True, exclusive=True, group="reader-write", exit_on_error=False)
    def _delete(self, annotation_id: int) -> None:
        deleted = self.newsreader.library.delete_annotation(annotation_id)
        self.app.call_from_thread(self._after_delete, deleted)

    def _after_delete(self, deleted: Annotation) -> None:
        self._deleted = deleted
        if self._undo_timer is not None:
            self._undo_timer.stop()
        self._undo_timer = self.set_timer(UNDO_SECONDS, self._forget_undo)
        self.notify("Annotation deleted — press u to undo.", timeout=UNDO_SECONDS)
        self._reload_annotations()

    def _forget_undo(self) -> None:
        self._deleted = None
        self.refresh_bindings()

    def action_undo_delete(self) -> None:
        if self._deleted is None:
            return
        annotation, self._deleted = self._deleted, None
        self._restore(annotation)

    @work(thread=True, exclusive=True, group="reader-write", exit_on_error=False)
    def _restore(self, annotation: Annotation) -> None:
        self.newsreader.library.restore_annotation(annotation)
        self.app.call_from_thread(self.notify, "Annotation restored.", timeout=2)
        self.app.call_from_thread(self._reload_annotations)

    def action_article_note(self) -> None:
        if self.article is None:
            return

        def saved(note: str | None) -> None:
            if note is not None and self.article is not None:
                from dataclasses import replace

                self.article = replace(self.article, note=note or None)
                self.view.set_preamble(self._preamble())
                self.notify("Article note saved.", timeout=2)

        self.app.push_screen(ArticleNoteModal(self.article_id, self.article.title, self.article.note), saved)

    def action_export(self) -> None:
        from newsreader.ui.screens.export import start_export

        start_export(self.newsreader, self.article_id, self.article.title if self.article else None)

    def action_toggle_panel(self) -> None:
        self.show_panel = not self.show_panel

    def watch_show_panel(self, show: bool) -> None:
        side = self.query_one("#side")
        side.display = show
        if show and self.article is not None:
            self.call_after_refresh(self._fill_side)
        if not show and side.has_focus_within:
            self.view.focus()

    def action_toggle_comments(self) -> None:
        for collapsible in self.query(Collapsible):
            collapsible.collapsed = not collapsible.collapsed

    # ------------------------------------------------------------------ side panel
    @on(VirtualList.Highlighted, "#panel-leaders")
    def _leader_highlighted(self, event: VirtualList.Highlighted) -> None:
        event.stop()
        self.selected_leader = cast(LeaderRow, event.item).leader.id

    @on(VirtualList.Chosen, "#panel-leaders")
    def _leader_chosen(self, event: VirtualList.Chosen) -> None:
        event.stop()
        self.selected_leader = cast(LeaderRow, event.item).leader.id
        self.action_next_mention(1)

    @on(VirtualList.Chosen, "#panel-quotes")
    def _quote_chosen(self, event: VirtualList.Chosen) -> None:
        event.stop()
        quote = cast(Quote, event.item)
        self.go_to(quote.start, quote.end)

    @on(VirtualList.Highlighted)
    @on(VirtualList.PageWanted)
    def _panel_quiet(self, event: VirtualList.Highlighted | VirtualList.PageWanted) -> None:
        event.stop()
