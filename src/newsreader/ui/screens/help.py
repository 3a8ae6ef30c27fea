"""Every key of the screen it was opened from, read from the live bindings (so it is never stale)."""

from __future__ import annotations

from typing import ClassVar

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.dom import DOMNode
from textual.screen import Screen
from textual.widgets import DataTable, Footer, OptionList, Static

from newsreader.ui.widgets.virtual_list import VirtualList

SECTION_NAMES = {
    "LibraryScreen": "Library",
    "ReaderScreen": "Reader",
    "ArticleView": "Article text: caret and selection",
    "AnnotationsScreen": "Annotations",
    "LeadersScreen": "Leaders",
    "SearchScreen": "Search",
    "SearchResults": "Lists",
    "VirtualList": "Lists",
    "ArticleList": "Lists",
    "LeaderPanel": "Lists",
    "QuotePanel": "Lists",
    "NewsreaderApp": "Everywhere",
}

MOUSE_NOTES = (
    "Mouse: click a row to select it, double-click to open; in an article, drag to select a passage. "
    "ctrl+p opens the command palette; ctrl+q quits."
)


def section_name(node: DOMNode) -> str:
    """A heading for the node's keys: every list is "Lists", a screen is named without "Screen"."""
    name = type(node).__name__
    if name in SECTION_NAMES:
        return SECTION_NAMES[name]
    if isinstance(node, (VirtualList, OptionList, DataTable)):
        return "Lists"
    if isinstance(node, Screen):
        return name.removesuffix("Screen") or name
    return name


def binding_sections(screen: Screen) -> list[tuple[str, list[tuple[str, str]]]]:
    """(section, [(keys, description)]) for the screen, its widgets and the app, in that order."""
    nodes: list[DOMNode] = [screen, *screen.walk_children(), screen.app]
    sections: dict[str, list[tuple[str, str]]] = {}
    seen_classes: set[type] = set()
    for node in nodes:
        cls = type(node)
        if cls in seen_classes or not (cls.__module__.startswith("newsreader") or cls.__name__ == "NewsreaderApp"):
            continue
        seen_classes.add(cls)
        merged: dict[tuple[str, str], list[str]] = {}
        for _key, bindings in node._bindings.key_to_bindings.items():
            for binding in bindings:
                if binding.system:
                    continue
                description = binding.description or binding.action.replace("_", " ")
                merged.setdefault((binding.action, description), []).append(screen.app.get_key_display(binding))
        name = section_name(node)
        rows = sections.setdefault(name, [])
        for (_action, description), keys in merged.items():
            entry = (" / ".join(dict.fromkeys(keys)), description)
            if entry not in rows:
                rows.append(entry)
    return [(name, rows) for name, rows in sections.items() if rows]


class HelpScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "app.pop_screen", "Close help"),
        Binding("j,down", "scroll('down')", "Down", show=False),
        Binding("k,up", "scroll('up')", "Up", show=False),
        Binding("g,home", "scroll('home')", "Top", show=False),
        Binding("G,end", "scroll('end')", "Bottom", show=False),
        Binding("space,pagedown,ctrl+f", "scroll('page_down')", "Page down", show=False),
        Binding("pageup,ctrl+b", "scroll('page_up')", "Page up", show=False),
    ]

    def __init__(self, target: Screen) -> None:
        super().__init__()
        self.target = target

    def compose(self) -> ComposeResult:
        yield Static(Text("Keys — " + type(self.target).__name__.removesuffix("Screen")), classes="title-bar")
        with VerticalScroll(id="help-scroll"):
            yield Static(self._render_help(), id="help-text")
        yield Footer()

    def _render_help(self) -> Group:
        parts = []
        for name, rows in binding_sections(self.target):
            table = Table(title=name, title_justify="left", show_header=False, box=None, padding=(0, 2))
            table.add_column("keys", style="bold", no_wrap=True)
            table.add_column("action")
            for keys, description in rows:
                table.add_row(Text(keys), Text(description))
            parts += [table, Text("")]
        notes = getattr(self.target, "help_notes", None)  # e.g. the search screen's query language
        if isinstance(notes, str):
            parts += [Text(notes), Text("")]
        parts.append(Text(MOUSE_NOTES))
        return Group(*parts)

    def action_scroll(self, direction: str) -> None:
        scroll = self.query_one("#help-scroll", VerticalScroll)
        moves = {
            "down": scroll.scroll_down,
            "up": scroll.scroll_up,
            "home": scroll.scroll_home,
            "end": scroll.scroll_end,
            "page_down": scroll.scroll_page_down,
            "page_up": scroll.scroll_page_up,
        }
        moves[direction](animate=False)
