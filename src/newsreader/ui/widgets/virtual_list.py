"""A list that knows how many rows it has but holds only the pages it has shown.

Building one widget (or one DataTable row) per article costs seconds at 100k articles. This widget
renders lines itself (the Line API) and asks its owner for rows page by page with a
:class:`VirtualList.PageWanted` message; the owner fetches them in a worker and hands them back with
:meth:`VirtualList.put_page`. A generation number, bumped by :meth:`reset`, lets late answers to an
old query be dropped.

Rows may be items (fetched) or headers (computed by a subclass from what it already knows, e.g.
group sizes), so a grouped list still maps any line to an item offset without reading rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

PAGE_SIZE = 100
MAX_PAGES = 60  # pages kept in memory; the farthest from the cursor are dropped first


@dataclass(frozen=True, slots=True)
class Header:
    """A non-selectable row that names a group."""

    label: str
    count: int


class VirtualList(ScrollView, can_focus=True):
    """One line per row; rows are fetched lazily in pages by the owner."""

    ALLOW_SELECT = False
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up,k", "cursor_up", "Up", show=False),
        Binding("down,j", "cursor_down", "Down", show=False),
        Binding("pageup,ctrl+b", "page_up", "Page up", show=False),
        Binding("pagedown,ctrl+f,space", "page_down", "Page down", show=False),
        Binding("home,g", "first", "Top", show=False),
        Binding("end,G", "last", "Bottom", show=False),
        Binding("enter", "choose", "Open"),
    ]
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "virtual-list--cursor",
        "virtual-list--header",
        "virtual-list--dim",
        "virtual-list--accent",
        "virtual-list--loading",
    }

    @dataclass
    class PageWanted(Message):
        """Rows ``offset .. offset+limit`` of item space are needed (answer with ``put_page``)."""

        virtual_list: VirtualList
        generation: int
        page: int
        offset: int
        limit: int

        @property
        def control(self) -> VirtualList:
            return self.virtual_list

    @dataclass
    class Highlighted(Message):
        virtual_list: VirtualList
        row: int
        item: Any

        @property
        def control(self) -> VirtualList:
            return self.virtual_list

    @dataclass
    class Chosen(Message):
        virtual_list: VirtualList
        row: int
        item: Any

        @property
        def control(self) -> VirtualList:
            return self.virtual_list

    def __init__(
        self, *, name: str | None = None, id: str | None = None, classes: str | None = None, empty_text: str = ""
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.generation = 0
        self.rows = 0
        self.cursor = 0
        self.empty_text = empty_text
        self._pages: dict[int, Sequence[Any]] = {}
        self._pending: set[int] = set()
        self._static = False
        self._last_highlight: tuple[int, int, Any] | None = None

    # ------------------------------------------------------------------ data in
    def reset(self, rows: int, *, first_page: Sequence[Any] | None = None, keep_cursor: bool = False) -> int:
        """Start a new query of ``rows`` rows; returns the generation later pages must carry."""
        self.generation += 1
        self._static = False
        self._pages.clear()
        self._pending.clear()
        if (self.rows > 0) != (rows > 0):
            self.refresh_bindings()
        self.rows = rows
        if first_page is not None:
            self._pages[0] = first_page
        self.cursor = min(self.cursor, max(0, rows - 1)) if keep_cursor else 0
        self.virtual_size = Size(0, rows)
        if not keep_cursor:
            self.scroll_to(y=0, animate=False, immediate=True)
        self.cursor = self._selectable_from(self.cursor, 1)
        self._last_highlight = None
        self.refresh()
        self.call_after_refresh(self._announce)
        return self.generation

    def set_items(self, items: Sequence[Any], *, keep_cursor: bool = False) -> None:
        """Hold every item at once (small lists): no paging, no messages."""
        self.reset(len(items), keep_cursor=keep_cursor)
        self._static = True
        self._pages = {0: items}

    def put_page(self, generation: int, page: int, items: Sequence[Any]) -> None:
        if generation != self.generation:
            return
        self._pending.discard(page)
        self._pages[page] = items
        if len(self._pages) > MAX_PAGES:
            here = self.item_offset(self.cursor) // PAGE_SIZE if self.rows else 0
            for stale in sorted(self._pages, key=lambda p: -abs(p - here))[: len(self._pages) - MAX_PAGES]:
                del self._pages[stale]
        self.refresh()
        self._announce()

    # ------------------------------------------------------------------ row model (subclasses refine)
    def header_at(self, row: int) -> Header | None:
        return None

    def item_offset(self, row: int) -> int:
        """The item index in query order that ``row`` shows (rows that are headers are never asked)."""
        return row

    def row_of_offset(self, offset: int) -> int:
        return offset

    def item_at(self, row: int) -> Any:
        """The item shown on ``row``, a Header, or None while its page is loading."""
        if not 0 <= row < self.rows:
            return None
        header = self.header_at(row)
        if header is not None:
            return header
        offset = self.item_offset(row)
        if self._static:
            items = self._pages.get(0, ())
            return items[offset] if offset < len(items) else None
        page, index = divmod(offset, PAGE_SIZE)
        items = self._pages.get(page)
        if items is None:
            self._want(page)
            return None
        return items[index] if index < len(items) else None

    @property
    def current(self) -> Any:
        item = self.item_at(self.cursor)
        return None if isinstance(item, Header) else item

    def _want(self, page: int) -> None:
        if page in self._pending:
            return
        self._pending.add(page)
        self.post_message(self.PageWanted(self, self.generation, page, page * PAGE_SIZE, PAGE_SIZE))

    # ------------------------------------------------------------------ rendering
    def render_item(self, item: Any, width: int) -> Text:
        """One row's text; subclasses lay out columns. Never parse item text as markup."""
        return Text(str(item), no_wrap=True, overflow="ellipsis")

    def render_header(self, header: Header, width: int) -> Text:
        return Text.assemble((f"── {header.label} ", ""), (f"({header.count})", ""), no_wrap=True)

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        row = self.scroll_offset.y + y
        base = self.rich_style
        if self.rows == 0:
            if y == 0 and self.empty_text:
                style = self.get_component_rich_style("virtual-list--dim", default=Style())
                return self._strip(Text(self.empty_text, style=style), width, base)
            return Strip.blank(width, base)
        if row >= self.rows:
            return Strip.blank(width, base)
        item = self.item_at(row)
        if item is None:
            text = Text("…", style=self.get_component_rich_style("virtual-list--loading", default=Style(dim=True)))
        elif isinstance(item, Header):
            text = self.render_header(item, width)
            text.stylize(self.get_component_rich_style("virtual-list--header", default=Style(bold=True)))
        else:
            text = self.render_item(item, width)
        overlay = None
        if row == self.cursor and not isinstance(item, Header):
            overlay = self.get_component_rich_style("virtual-list--cursor", default=Style(reverse=True))
        return self._strip(text, width, base, overlay)

    def _strip(self, text: Text, width: int, base: Style, overlay: Style | None = None) -> Strip:
        """Text to a Strip on the widget's style; ``overlay`` (the cursor) wins over the text's styles."""
        text.no_wrap = True
        text.truncate(width, overflow="ellipsis", pad=overlay is not None)
        segments = [Segment(s.text, base + s.style if s.style else base) for s in text.render(self.app.console, "")]
        if overlay is not None:
            segments = [Segment(s.text, (s.style or base) + overlay) for s in segments]
        return Strip(segments).crop_extend(0, width, base)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self.refresh()

    # ------------------------------------------------------------------ cursor
    def _selectable_from(self, row: int, step: int) -> int:
        if self.rows == 0:
            return 0
        row = max(0, min(row, self.rows - 1))
        probe = row
        while 0 <= probe < self.rows and self.header_at(probe) is not None:
            probe += step
        if not 0 <= probe < self.rows:
            probe = row
            while 0 <= probe < self.rows and self.header_at(probe) is not None:
                probe -= step
        return max(0, min(probe, self.rows - 1))

    def move_cursor(self, row: int, *, step: int = 1) -> None:
        if self.rows == 0:
            return
        old = self.cursor
        self.cursor = self._selectable_from(row, step)
        self.refresh_line(old)
        self.refresh_line(self.cursor)
        self.scroll_to_row(self.cursor)
        self._announce()

    def scroll_to_row(self, row: int, *, center: bool = False) -> None:
        height = self.scrollable_content_region.height or 1
        top = self.scroll_offset.y
        if center:
            self.scroll_to(y=max(0, row - height // 2), animate=False, immediate=True)
        elif row < top:
            # show the group header above the first row of a group too
            above = row - 1 if row > 0 and self.header_at(row - 1) is not None else row
            self.scroll_to(y=above, animate=False, immediate=True)
        elif row >= top + height:
            self.scroll_to(y=row - height + 1, animate=False, immediate=True)

    def _announce(self) -> None:
        """Say which item is under the cursor, once per change (and once it has loaded)."""
        item = self.current
        key = (self.generation, self.cursor, item)
        if item is None or key == self._last_highlight:
            return
        self._last_highlight = key
        self.post_message(self.Highlighted(self, self.cursor, item))

    def action_cursor_up(self) -> None:
        self.move_cursor(self.cursor - 1, step=-1)

    def action_cursor_down(self) -> None:
        self.move_cursor(self.cursor + 1, step=1)

    def action_page_up(self) -> None:
        self.move_cursor(self.cursor - max(1, self.scrollable_content_region.height - 1), step=-1)

    def action_page_down(self) -> None:
        self.move_cursor(self.cursor + max(1, self.scrollable_content_region.height - 1), step=1)

    def action_first(self) -> None:
        self.move_cursor(0, step=1)

    def action_last(self) -> None:
        self.move_cursor(self.rows - 1, step=-1)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "choose":
            return self.rows > 0  # an empty list has nothing to open: keep "Open" out of the footer
        return True

    def action_choose(self) -> None:
        item = self.current
        if item is not None:
            self.post_message(self.Chosen(self, self.cursor, item))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        row = self.scroll_offset.y + offset.y
        if not 0 <= row < self.rows or self.header_at(row) is not None:
            return
        self.focus()
        self.move_cursor(row)
        if event.chain >= 2:
            self.action_choose()
