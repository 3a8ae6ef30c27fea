"""Small dialogs: a prompt, a yes/no question, and the editors that save annotations and notes.

The editors write to the library themselves (in a worker) and dismiss with what was saved, so the
app can save an open editor before quitting (``EditorModal.save_now``) and never lose typed text.
"""

from __future__ import annotations

import sqlite3
from abc import abstractmethod
from collections.abc import Sequence
from typing import ClassVar, TypeVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static, TextArea
from textual.worker import WorkerFailed

from newsreader.model import Annotation
from newsreader.store.library import normalise_tags
from newsreader.ui.widgets.tag_input import TagSuggester

PREVIEW_CHARS = 280
R = TypeVar("R")


def passage_preview(passage: str) -> Text:
    flat = " ".join(passage.split())
    return Text("“" + (flat if len(flat) <= PREVIEW_CHARS else flat[: PREVIEW_CHARS - 1] + "…") + "”")


class PromptModal(ModalScreen[str | None]):
    """Ask for one line of text; dismisses with it, or None."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "dismiss(None)", "Cancel")]

    def __init__(self, title: str, placeholder: str = "", value: str = "") -> None:
        super().__init__(classes="dialog-screen")
        self._title, self._placeholder, self._value = title, placeholder, value

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(Text(self._title), classes="dialog-title")
            yield Input(value=self._value, placeholder=self._placeholder, id="prompt")
            yield Static("Enter: OK · Esc: cancel", classes="dialog-hint")

    @on(Input.Submitted, "#prompt")
    def _submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip() or None)


class ConfirmModal(ModalScreen[bool]):
    """A yes/no question; y/Enter on Yes confirms, n/Esc declines."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "answer(True)", "Yes"),
        Binding("n,escape", "answer(False)", "No"),
    ]

    def __init__(self, question: str) -> None:
        super().__init__(classes="dialog-screen")
        self._question = question

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(Text(self._question), classes="dialog-title")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Yes (y)", id="yes", variant="error")
                yield Button("No (n)", id="no")

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")


class EditorModal(ModalScreen[R]):
    """A dialog whose content is written to the library on save (ctrl+s); Esc asks before discarding."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save", priority=True),
        Binding("escape", "cancel", "Cancel", priority=True),
    ]
    # Below 32 rows the dialog is compacted (see app.tcss) so the note box and the save hint fit.
    VERTICAL_BREAKPOINTS: ClassVar[list[tuple[int, str]] | None] = [(0, "-short"), (32, "-roomy")]

    # Each dialog defines what "changed" means and how its content is stored.
    @property
    @abstractmethod
    def dirty(self) -> bool:
        """Whether the content differs from what the library holds."""

    @abstractmethod
    def write(self) -> R:
        """Store the content (runs in a thread worker) and return what was stored."""

    @work(thread=True, exclusive=True, group="editor-save", exit_on_error=False)
    def _write(self) -> R:
        return self.write()

    async def save_now(self) -> bool:
        try:
            result = await self._write().wait()
        except WorkerFailed as exc:
            reason = str(exc.error)
            if isinstance(exc.error, sqlite3.OperationalError) and ("locked" in reason or "busy" in reason):
                reason = "the library is busy (another program is writing to it); try ctrl+s again in a moment"
            self.notify(f"Not saved: {reason}", severity="error", markup=False)
            return False
        self.dismiss(result)
        return True

    async def action_save(self) -> None:
        await self.save_now()

    def action_cancel(self) -> None:
        if not self.dirty:
            self.dismiss(None)
            return

        def answered(discard: bool | None) -> None:
            if discard:
                self.dismiss(None)

        self.app.push_screen(ConfirmModal("Discard what you typed?"), answered)


class AnnotationModal(EditorModal[Annotation]):
    """Tags and a note for a passage: a new annotation, or an existing one being edited."""

    def __init__(
        self,
        article_id: int,
        start: int,
        end: int,
        passage: str,
        *,
        existing: Annotation | None = None,
        known_tags: Sequence[str] = (),
        focus: str = "tags",
    ) -> None:
        super().__init__(classes="dialog-screen")
        self.article_id, self.start, self.end = article_id, start, end
        self.passage = passage
        self.existing = existing
        self.known_tags = list(known_tags)
        self._focus = focus
        self._initial = (" ".join(existing.tags), existing.note) if existing else ("", "")

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide"):
            yield Label("Edit annotation" if self.existing else "Annotate passage", classes="dialog-title")
            yield Static(passage_preview(self.passage), classes="passage")
            yield Label("Tags — separated by spaces; → accepts a completion", classes="field-label")
            yield Input(
                value=self._initial[0],
                placeholder="e.g. negotiations sanctions",
                id="tags",
                suggester=TagSuggester(self.known_tags),
            )
            yield Label("Note — Markdown welcome", classes="field-label")
            yield TextArea(self._initial[1], id="note", soft_wrap=True, tab_behavior="focus")
            yield Static("ctrl+s: save · Esc: cancel · Tab: next field", classes="dialog-hint")

    def on_mount(self) -> None:
        note = self.query_one("#note", TextArea)
        note.move_cursor(note.document.end)  # typing adds to the note, rather than before its first word
        self.query_one("#note" if self._focus == "note" else "#tags").focus()

    @on(Input.Submitted, "#tags")
    def _tags_done(self) -> None:
        self.query_one("#note", TextArea).focus()

    @property
    def tags(self) -> tuple[str, ...]:
        return normalise_tags([self.query_one("#tags", Input).value])

    @property
    def note(self) -> str:
        return self.query_one("#note", TextArea).text.strip()

    @property
    def dirty(self) -> bool:
        return (" ".join(self.tags), self.note) != (" ".join(normalise_tags([self._initial[0]])), self._initial[1])

    def write(self) -> Annotation:
        library = self.app.library  # type: ignore[attr-defined]
        if self.existing is not None and self.existing.id is not None:
            return library.update_annotation(self.existing.id, note=self.note, tags=self.tags)
        return library.add_annotation(self.article_id, self.start, self.end, note=self.note, tags=self.tags)


class ArticleNoteModal(EditorModal[str]):
    """The reader's note on the whole article."""

    def __init__(self, article_id: int, title: str, note: str | None) -> None:
        super().__init__(classes="dialog-screen")
        self.article_id, self.title_text, self.initial = article_id, title, note or ""

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide"):
            yield Label(Text("Article note — " + self.title_text), classes="dialog-title")
            yield TextArea(self.initial, id="article-note", soft_wrap=True, tab_behavior="focus")
            yield Static("ctrl+s: save · Esc: cancel · Markdown welcome", classes="dialog-hint")

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.move_cursor(area.document.end)  # typing adds to the note, rather than before its first word
        area.focus()

    @property
    def dirty(self) -> bool:
        return self.query_one(TextArea).text.strip() != self.initial.strip()

    def write(self) -> str:
        text = self.query_one(TextArea).text.strip()
        self.app.library.set_article_note(self.article_id, text)  # type: ignore[attr-defined]
        return text
