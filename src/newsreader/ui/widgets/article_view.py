"""An article body as one widget that wraps the text once and renders only the lines on screen.

Offsets are ``str`` indices into the body, as everywhere in newsreader. The widget keeps a caret
(``cursor``) and an optional selection anchor; selecting is "visual mode": set the anchor (``v``),
then any caret move (character, word, sentence, paragraph, line) extends the selection. Mouse drag
does the same. Highlights (quotations, leader mentions, annotations) are given as plain spans; the
text is never parsed as markup.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

LEADER_COLOURS = 6
GUTTER = 2
MIN_WIDTH = 10
_TOKEN = re.compile(r"\S+[^\S\n]*|[^\S\n]+")
_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f]")
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s|$)")


@dataclass(frozen=True, slots=True)
class Span:
    """A highlighted stretch of the body; ``kind`` is quote, leader, annotation or mark."""

    start: int
    end: int
    kind: str
    index: int = 0  # the leader colour, or the annotation id
    marker: str = ""  # gutter marker for annotations: '#' tagged, '✎' note only, '▌' plain


def wrap_offsets(body: str, width: int) -> list[tuple[int, int]]:
    """Lines as (start, end) offsets: paragraphs split at newlines, words wrapped to ``width`` cells."""
    width = max(width, MIN_WIDTH)
    ascii_only = body.isascii()
    measure = len if ascii_only else cell_len
    # A body with one curly quote or dash is not ASCII, yet nearly all its words are: those are
    # measured with len(), which is what cell_len gives for printable ASCII (it counts control
    # characters as 0 cells, so a body holding any keeps cell_len for every non-ASCII body's word).
    plain = ascii_only or _CONTROL.search(body) is None
    lines: list[tuple[int, int]] = []
    start, size = 0, len(body)
    while True:
        end = body.find("\n", start)
        if end == -1:
            end = size
        line_start, used = start, 0
        for match in _TOKEN.finditer(body, start, end):
            token = match.group()
            quick = ascii_only or (plain and token.isascii())
            word = len(token.rstrip()) if quick else cell_len(token.rstrip())
            if used and used + word > width:
                lines.append((line_start, match.start()))
                line_start, used = match.start(), 0
            if word > width:  # a word longer than the line: cut it
                cut = line_start
                while measure(body[line_start : match.end()].rstrip()) > width:
                    taken = 0
                    cut = line_start
                    while cut < match.end() and taken + measure(body[cut]) <= width:
                        taken += measure(body[cut])
                        cut += 1
                    lines.append((line_start, cut))
                    line_start = cut
                used = measure(body[line_start : match.end()])
                continue
            used += len(token) if quick else cell_len(token)
        lines.append((line_start, end))
        if end >= size:
            return lines
        start = end + 1


def paragraph_bounds(body: str, offset: int) -> tuple[int, int]:
    start = body.rfind("\n", 0, offset) + 1
    end = body.find("\n", offset)
    return start, len(body) if end == -1 else end


def sentence_bounds(body: str, offset: int) -> tuple[int, int]:
    """The sentence around ``offset``, without surrounding spaces; paragraph breaks end sentences."""
    p_start, p_end = paragraph_bounds(body, offset)
    start = p_start
    for match in _SENTENCE_END.finditer(body, p_start, p_end):
        if match.end() > offset or (match.end() == offset and offset == p_end):
            end = match.end()
            break
        start = match.end()
    else:
        end = p_end
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return start, end


class ArticleView(ScrollView, can_focus=True):
    """The body with a caret, a selection and highlights; a preamble (title, byline…) scrolls with it."""

    ALLOW_SELECT = False  # our own selection: offsets into the body, not screen cells
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("left,h", "move('char', -1)", "Left", show=False),
        Binding("right,l", "move('char', 1)", "Right", show=False),
        Binding("up,k", "move_line(-1)", "Line up", show=False),
        Binding("down,j", "move_line(1)", "Line down", show=False),
        Binding("w,ctrl+right", "move('word', 1)", "Next word", show=False),
        Binding("b,ctrl+left", "move('word', -1)", "Previous word", show=False),
        Binding("right_parenthesis", "move('sentence', 1)", "Sentence end", show=False),
        Binding("left_parenthesis", "move('sentence', -1)", "Sentence start", show=False),
        Binding("right_curly_bracket", "move('paragraph', 1)", "Paragraph end", show=False),
        Binding("left_curly_bracket", "move('paragraph', -1)", "Paragraph start", show=False),
        Binding("pagedown,space", "move_page(1)", "Page down", show=False),
        Binding("pageup", "move_page(-1)", "Page up", show=False),
        Binding("g,home", "move_to_edge(-1)", "Top", show=False),
        Binding("G,end", "move_to_edge(1)", "Bottom", show=False),
        Binding("shift+left", "extend('char', -1)", "Extend left", show=False),
        Binding("shift+right", "extend('char', 1)", "Extend right", show=False),
        Binding("ctrl+shift+right", "extend('word', 1)", "Extend by word", show=False),
        Binding("ctrl+shift+left", "extend('word', -1)", "Extend back by word", show=False),
        Binding("v", "toggle_selection", "Select"),
        Binding("s", "select_sentence", "Sentence"),
        Binding("S", "select_paragraph", "Paragraph", show=False),
    ]
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article-view--quote",
        "article-view--annotation",
        "article-view--gutter",
        "article-view--selection",
        "article-view--mark",
        "article-view--cursor",
        *(f"article-view--leader-{i}" for i in range(LEADER_COLOURS)),
    }

    @dataclass
    class CursorMoved(Message):
        """The caret or selection changed; ``selection`` is (start, end) when non-empty."""

        view: ArticleView
        cursor: int
        selection: tuple[int, int] | None

        @property
        def control(self) -> ArticleView:
            return self.view

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.body = ""
        self.cursor = 0
        self.anchor: int | None = None
        self.mark: tuple[int, int] | None = None
        self._preamble: list[Text] = []
        self._pre_lines: list[Text] = []
        self._lines: list[tuple[int, int]] = [(0, 0)]
        self._starts: list[int] = [0]
        self._spans: list[Span] = []
        self._line_spans: list[list[Span]] = []
        self._gutter: dict[int, str] = {}
        self._laid_out_width = -1
        self._cache: dict[int, Strip] = {}
        self._styles: dict[str, Style] = {}
        self._goal_column: int | None = None
        self._dragging = False

    # ------------------------------------------------------------------ data in
    def load(self, body: str, spans: Iterable[Span], preamble: Sequence[Text] = (), cursor: int = 0) -> None:
        self.body = body
        self._preamble = list(preamble)
        self._spans = sorted(spans, key=lambda s: (s.start, s.end))
        self.cursor = max(0, min(cursor, len(body)))
        self.anchor = None
        self.mark = None
        self._laid_out_width = -1
        self._layout()

    def set_spans(self, spans: Iterable[Span]) -> None:
        self._spans = sorted(spans, key=lambda s: (s.start, s.end))
        self._index_spans()
        self._cache.clear()
        self.refresh()

    def set_preamble(self, preamble: Sequence[Text]) -> None:
        self._preamble = list(preamble)
        self._laid_out_width = -1
        self._layout()

    @property
    def selection(self) -> tuple[int, int] | None:
        if self.anchor is None or self.anchor == self.cursor:
            return None
        return min(self.anchor, self.cursor), max(self.anchor, self.cursor)

    def select(self, start: int, end: int) -> None:
        self.anchor = start
        self._set_cursor(end)

    def clear_selection(self) -> bool:
        """Drop the selection and the mark; False when there was none."""
        had = self.anchor is not None or self.mark is not None
        self.anchor = None
        self.mark = None
        self._changed()
        return had

    def go_to(self, start: int, end: int | None = None) -> None:
        """Put the caret at ``start`` and the line in the middle of the view; mark ``start..end``."""
        self.anchor = None
        self.mark = (start, end) if end is not None and end > start else None
        self._set_cursor(start, center=True)

    # ------------------------------------------------------------------ layout
    @property
    def text_width(self) -> int:
        return self._text_width(self.scrollable_content_region.width)

    @staticmethod
    def _text_width(width: int) -> int:
        return max(MIN_WIDTH, width - GUTTER - 1)

    def _layout(self) -> None:
        width = self.scrollable_content_region.width
        if width <= 0 or width == self._laid_out_width:
            return
        self._laid_out_width = width
        wrap = self._text_width(width)
        console = self.app.console
        self._pre_lines = []
        for text in self._preamble:
            if not text.plain:
                self._pre_lines.append(Text(""))
                continue
            self._pre_lines.extend(text.wrap(console, wrap))
        self._lines = wrap_offsets(self.body, wrap)
        self._starts = [start for start, _ in self._lines]
        self._index_spans()
        self._cache.clear()
        self.virtual_size = Size(0, len(self._pre_lines) + len(self._lines))
        self.refresh()

    def _index_spans(self) -> None:
        self._line_spans = [[] for _ in self._lines]
        self._gutter = {}
        for span in self._spans:
            first = self.line_of(span.start)
            last = self.line_of(max(span.start, span.end - 1))
            for line in range(first, last + 1):
                self._line_spans[line].append(span)
            if span.kind == "annotation":
                for line in range(first, last + 1):
                    self._gutter.setdefault(line, "▌")
                self._gutter[first] = span.marker or "▌"

    def on_resize(self) -> None:
        self._layout()
        self._scroll_to_cursor(center=False)

    def line_of(self, offset: int) -> int:
        """The wrapped body line holding ``offset`` (a caret position)."""
        return max(0, bisect_right(self._starts, offset) - 1)

    def display_line_of(self, offset: int) -> int:
        return len(self._pre_lines) + self.line_of(offset)

    def offset_at(self, x: int, y: int) -> int | None:
        """The caret position under content cell (x, y) of the whole document, or None in the preamble."""
        line = y - len(self._pre_lines)
        if line < 0:
            return 0 if not self._lines else self._lines[0][0]
        line = min(line, len(self._lines) - 1)
        start, end = self._lines[line]
        column = max(0, x - GUTTER)
        used = 0
        for index in range(start, end):
            used += cell_len(self.body[index])
            if used > column:
                return index
        return end

    def column_of(self, offset: int) -> int:
        start, _ = self._lines[self.line_of(offset)]
        return cell_len(self.body[start:offset])

    # ------------------------------------------------------------------ rendering
    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles.clear()
        self._cache.clear()
        self.refresh()

    def _base_style(self) -> Style:
        # rich_style walks the ancestors for their backgrounds: once per style change, not once per row.
        style = self._styles.get("")
        if style is None:
            style = self._styles[""] = self.rich_style
        return style

    def _style(self, name: str) -> Style:
        style = self._styles.get(name)
        if style is None:
            style = self._styles[name] = self.get_component_rich_style(f"article-view--{name}", partial=True)
        return style

    def _changed(self) -> None:
        self._cache.clear()
        self.refresh()

    def render_lines(self, crop: Region) -> list[Strip]:
        # Once per frame, not per line: the width comes from a look-up in the screen's layout map.
        self._layout()
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        row = self.scroll_offset.y + y
        strip = self._cache.get(row)
        if strip is None:
            strip = self._cache[row] = self._render_row(row, max(0, self._laid_out_width))
        return strip

    def _render_row(self, row: int, width: int) -> Strip:
        base = self._base_style()
        pre = len(self._pre_lines)
        if row < pre:
            text = Text(" " * GUTTER).append_text(self._pre_lines[row])
        elif row - pre < len(self._lines):
            text = self._body_line(row - pre)
        else:
            return Strip.blank(width, base)
        segments = [Segment(s.text, base + s.style if s.style else base) for s in text.render(self.app.console, "")]
        return Strip(segments).crop_extend(0, width, base)

    def _body_line(self, line: int) -> Text:
        start, end = self._lines[line]
        text = Text(self.body[start:end], no_wrap=True, end="")
        for span in self._line_spans[line]:
            name = f"leader-{span.index % LEADER_COLOURS}" if span.kind == "leader" else span.kind
            text.stylize(self._style(name), max(span.start, start) - start, min(span.end, end) - start)
        if self.mark:
            self._overlay(text, start, end, self.mark, "mark")
        if self.selection:
            self._overlay(text, start, end, self.selection, "selection")
        if self.line_of(self.cursor) == line:
            if self.cursor >= end:
                text.append(" ")
            text.stylize(self._style("cursor"), self.cursor - start, self.cursor - start + 1)
        # The gutter style goes on a span over the gutter cells, not on the Text: a Text's own style is
        # the base of every cell of the line once spans exist, so plain words took the gutter's colour.
        line_text = Text(self._gutter.get(line, " ").ljust(GUTTER), no_wrap=True, end="")
        line_text.stylize(self._style("gutter"), 0, GUTTER)
        return line_text.append_text(text)

    def _overlay(self, text: Text, start: int, end: int, span: tuple[int, int], name: str) -> None:
        left, right = max(span[0], start), min(span[1], end)
        if left < right:
            text.stylize(self._style(name), left - start, right - start)

    # ------------------------------------------------------------------ caret movement
    def _set_cursor(self, offset: int, *, center: bool = False, keep_goal: bool = False) -> None:
        self.cursor = max(0, min(offset, len(self.body)))
        if not keep_goal:
            self._goal_column = None
        self._changed()
        self._scroll_to_cursor(center=center)
        self.post_message(self.CursorMoved(self, self.cursor, self.selection))

    def _scroll_to_cursor(self, *, center: bool) -> None:
        height = self.scrollable_content_region.height
        if height <= 0:
            self.call_after_refresh(self._scroll_to_cursor, center=center)
            return
        row = self.display_line_of(self.cursor)
        top = self.scroll_offset.y
        if center and not top <= row < top + height - 2:
            self.scroll_to(y=max(0, row - height // 3), animate=False, immediate=True)
        elif row < top:
            self.scroll_to(y=row, animate=False, immediate=True)
        elif row >= top + height:
            self.scroll_to(y=row - height + 1, animate=False, immediate=True)

    def target(self, unit: str, direction: int) -> int:
        """Where a caret move by ``unit`` ('char', 'word', 'sentence', 'paragraph') lands."""
        body, here = self.body, self.cursor
        if unit == "char":
            return here + direction
        if unit == "word":
            if direction > 0:
                position = here
                while position < len(body) and not body[position].isalnum():
                    position += 1
                while position < len(body) and (body[position].isalnum() or body[position] in "'’-_"):
                    position += 1
                return position
            position = here
            while position > 0 and not body[position - 1].isalnum():
                position -= 1
            while position > 0 and (body[position - 1].isalnum() or body[position - 1] in "'’-_"):
                position -= 1
            return position
        if unit == "sentence":
            start, end = sentence_bounds(body, here)
            if direction > 0:
                if here < end:
                    return end
                nxt = here
                while nxt < len(body) and (body[nxt].isspace() or nxt == here):
                    nxt += 1
                return sentence_bounds(body, nxt)[1] if nxt < len(body) else len(body)
            if here > start:
                return start
            prev = here - 1
            while prev > 0 and body[prev].isspace():
                prev -= 1
            return sentence_bounds(body, max(0, prev))[0]
        # paragraph
        start, end = paragraph_bounds(body, here)
        if direction > 0:
            if here < end:
                return end
            nxt = end
            while nxt < len(body) and body[nxt] == "\n":
                nxt += 1
            return paragraph_bounds(body, nxt)[1] if nxt < len(body) else len(body)
        if here > start:
            return start
        prev = start - 1
        while prev > 0 and body[prev - 1] == "\n":
            prev -= 1
        return paragraph_bounds(body, max(0, prev))[0]

    def action_move(self, unit: str, direction: int) -> None:
        self._set_cursor(self.target(unit, direction))

    def action_extend(self, unit: str, direction: int) -> None:
        if self.anchor is None:
            self.anchor = self.cursor
        self._set_cursor(self.target(unit, direction))

    def action_move_line(self, delta: int) -> None:
        line = self.line_of(self.cursor)
        target = max(0, min(len(self._lines) - 1, line + delta))
        if self._goal_column is None:
            self._goal_column = self.column_of(self.cursor)
        goal = self._goal_column
        if target == line:
            # first/last line: scroll the preamble into view instead of doing nothing
            self.scroll_to(y=0 if delta < 0 else None, animate=False, immediate=True)
            return
        self._set_cursor(self.offset_at(goal + GUTTER, target + len(self._pre_lines)) or 0, keep_goal=True)

    def action_move_page(self, direction: int) -> None:
        height = max(1, self.scrollable_content_region.height - 2)
        self.scroll_to(y=max(0, self.scroll_offset.y + direction * height), animate=False, immediate=True)
        line = max(0, min(len(self._lines) - 1, self.line_of(self.cursor) + direction * height))
        self._set_cursor(self._lines[line][0])

    def action_move_to_edge(self, direction: int) -> None:
        if direction < 0:
            self.scroll_to(y=0, animate=False, immediate=True)
        self._set_cursor(0 if direction < 0 else len(self.body))

    def action_toggle_selection(self) -> None:
        if self.anchor is None:
            self.anchor = self.cursor
            self.mark = None
        else:
            self.anchor = None
        self._set_cursor(self.cursor)

    def action_select_sentence(self) -> None:
        start, end = sentence_bounds(self.body, self.cursor)
        if end > start:
            self.select(start, end)

    def action_select_paragraph(self) -> None:
        start, end = paragraph_bounds(self.body, self.cursor)
        if end > start:
            self.select(start, end)

    # ------------------------------------------------------------------ mouse
    def on_mouse_down(self, event: events.MouseDown) -> None:
        offset = event.get_content_offset(self)
        if offset is None or event.button != 1:
            return
        position = self.offset_at(offset.x, offset.y + self.scroll_offset.y)
        if position is None:
            return
        self.focus()
        self._dragging = True
        self.capture_mouse()
        self.mark = None
        self.anchor = position
        self._set_cursor(position)

    def on_mouse_move(self, event: events.MouseMove) -> None:
        if not self._dragging:
            return
        offset = event.get_content_offset_capture(self)
        height = self.scrollable_content_region.height
        if offset.y < 0:
            self.scroll_to(y=max(0, self.scroll_offset.y - 1), animate=False, immediate=True)
        elif offset.y >= height:
            self.scroll_to(y=self.scroll_offset.y + 1, animate=False, immediate=True)
        y = max(0, min(offset.y, height - 1)) + self.scroll_offset.y
        position = self.offset_at(max(0, offset.x), y)
        if position is not None and position != self.cursor:
            self._set_cursor(position)

    def on_mouse_up(self, event: events.MouseUp) -> None:
        if not self._dragging:
            return
        self._dragging = False
        self.capture_mouse(False)
        if self.anchor == self.cursor:
            self.anchor = None
            self._set_cursor(self.cursor)
