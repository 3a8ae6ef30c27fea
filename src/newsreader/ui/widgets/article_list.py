"""The library's article list: a VirtualList of ArticleSummary rows, optionally in groups."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from rich.style import Style
from rich.text import Text

from newsreader.model import ArticleSummary
from newsreader.ui.widgets.virtual_list import Header, VirtualList

DATE_WIDTH = 10
COUNTS_WIDTH = 12  # three right-aligned counts of width 3 with a space before each


def column_widths(width: int) -> tuple[int, int]:
    """(source, title) widths for a row ``width`` cells wide: marker, date and counts are fixed."""
    source = max(8, min(20, width // 6))
    title = max(10, width - 2 - (DATE_WIDTH + 1) - (source + 1) - COUNTS_WIDTH)
    return source, title


def _cell(text: str, width: int) -> Text:
    cell = Text(text, no_wrap=True, overflow="ellipsis")
    cell.truncate(width, overflow="ellipsis", pad=True)
    return cell


def column_titles(width: int) -> Text:
    source, title = column_widths(width)
    return Text.assemble(
        "  ",
        _cell("Date", DATE_WIDTH),
        " ",
        _cell("Source", source),
        " ",
        _cell("Title", title),
        Text(f"{'Quo':>4}{'Ldr':>4}{'Not':>4}", no_wrap=True),
    )


class ArticleList(VirtualList):
    """Rows are articles in query order; with groups, a header row precedes each group."""

    def __init__(self, *, id: str | None = None, empty_text: str = "") -> None:
        super().__init__(id=id, empty_text=empty_text)
        self._header_rows: list[int] = []
        self._item_starts: list[int] = []
        self._groups: list[Header] = []

    def set_groups(self, groups: Sequence[tuple[str, int]] | None) -> int:
        """Use ``(label, size)`` groups in query order (None: no grouping); returns the row count."""
        self._groups = [Header(label, count) for label, count in groups or ()]
        self._header_rows, self._item_starts = [], []
        line = items = 0
        for header in self._groups:
            self._header_rows.append(line)
            self._item_starts.append(items)
            line += header.count + 1
            items += header.count
        return line

    def header_at(self, row: int) -> Header | None:
        if not self._groups:
            return None
        index = bisect_right(self._header_rows, row) - 1
        return self._groups[index] if index >= 0 and self._header_rows[index] == row else None

    def item_offset(self, row: int) -> int:
        if not self._groups:
            return row
        index = bisect_right(self._header_rows, row) - 1
        return self._item_starts[index] + row - self._header_rows[index] - 1

    def row_of_offset(self, offset: int) -> int:
        if not self._groups:
            return offset
        index = bisect_right(self._item_starts, offset) - 1
        return self._header_rows[index] + 1 + offset - self._item_starts[index]

    def render_item(self, item: ArticleSummary, width: int) -> Text:
        source_width, title_width = column_widths(width)
        dim = self.get_component_rich_style("virtual-list--dim", default=Style(dim=True))
        accent = self.get_component_rich_style("virtual-list--accent", default=Style(bold=True))
        marker = Text("● ", style=accent) if not item.read else Text("  ")
        date = item.published.strftime("%Y-%m-%d") if item.published else "undated"
        date_cell = _cell(date, DATE_WIDTH)
        date_cell.stylize(dim)
        title = _cell(item.title, title_width)
        if not item.read:
            title.stylize(Style(bold=True))

        def count(value: int) -> Text:
            return Text(f"{value:>4}" if value else f"{'·':>4}", style=None if value else dim, no_wrap=True)

        return Text.assemble(
            marker,
            date_cell,
            " ",
            _cell(item.source_label, source_width),
            " ",
            title,
            count(item.quotes),
            count(item.leaders),
            count(item.annotations),
        )
