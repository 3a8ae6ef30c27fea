"""Export from the app: ask where and in which format, then run the CLI's own export in a worker.

The writing is ``newsreader.cli.export_commands.export_library`` -- the same code as
``newsreader export`` -- so names, no-clobber rules and file contents are identical.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, RadioButton, RadioSet, Static

if TYPE_CHECKING:
    from newsreader.cli.export_commands import ExportReport
    from newsreader.ui.app import NewsreaderApp

FOLDER_NAME = "newsreader-export"
SHOWN_PATHS = 6  # a notification lists at most this many files


def default_folder() -> Path:
    return Path.cwd() / FOLDER_NAME


class ExportModal(ModalScreen[tuple[Path, str] | None]):
    """Folder and format; dismisses with (folder, "markdown" | "json"), or None."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "dismiss(None)", "Cancel")]

    def __init__(self, what: str, folder: Path | None = None) -> None:
        super().__init__(classes="dialog-screen")
        self.what = what
        self.folder = folder or default_folder()

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide", id="export-dialog"):
            yield Label(Text("Export annotations — " + self.what), classes="dialog-title")
            yield Label("Folder (created if missing; files you edited are never overwritten)", classes="field-label")
            yield Input(value=str(self.folder), id="export-folder")
            yield Label("Format", classes="field-label")
            with RadioSet(id="export-format"):
                yield RadioButton("Markdown — one file per article", value=True, id="format-markdown")
                yield RadioButton("W3C Web Annotation JSON — one file", id="format-json")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Export", id="export", variant="primary")
                yield Button("Cancel", id="cancel")
            yield Static("Enter: export · Tab: next field · Esc: cancel", classes="dialog-hint")

    def on_mount(self) -> None:
        self.query_one("#export-folder", Input).focus()

    @property
    def format(self) -> str:
        pressed = self.query_one(RadioSet).pressed_button
        return "json" if pressed is not None and pressed.id == "format-json" else "markdown"

    def _done(self) -> None:
        folder = self.query_one("#export-folder", Input).value.strip()
        if not folder:
            self.notify("Type the folder to export into.", severity="warning")
            return
        self.dismiss((Path(folder).expanduser(), self.format))

    @on(Input.Submitted, "#export-folder")
    @on(Button.Pressed, "#export")
    def _export(self) -> None:
        self._done()

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.dismiss(None)


def start_export(app: NewsreaderApp, article_id: int | None = None, title: str | None = None) -> None:
    """Ask for a folder and a format, then export one article (``article_id``) or every annotation."""
    what = f"“{title}”" if title else ("this article" if article_id is not None else "everything annotated")

    def chosen(answer: tuple[Path, str] | None) -> None:
        if answer is not None:
            folder, fmt = answer
            run_export(app, folder, fmt, article_id)

    app.push_screen(ExportModal(what), chosen)


def run_export(app: NewsreaderApp, folder: Path, fmt: str, article_id: int | None = None) -> None:
    """Export in a thread worker; the outcome (paths written, or one line of error) is a notification."""
    app.run_worker(
        lambda: _export(app, folder, fmt, article_id),
        name="export",
        group="export",
        thread=True,
        exclusive=True,
        exit_on_error=False,
    )


def _export(app: NewsreaderApp, folder: Path, fmt: str, article_id: int | None) -> None:
    from newsreader.cli.export_commands import export_library
    from newsreader.export.files import ExportError

    try:
        report, _ = export_library(app.library, fmt=fmt, out=folder, article_id=article_id)
    except ExportError as exc:
        app.call_from_thread(app.notify, f"Export failed: {exc}", severity="error", timeout=8, markup=False)
        return
    except Exception as exc:  # a store or file error: one line for the reader, never a traceback
        message = f"Export failed: {type(exc).__name__}: {exc}".splitlines()[0]
        app.call_from_thread(app.notify, message, severity="error", timeout=8, markup=False)
        return
    app.call_from_thread(app.notify, export_summary(report, folder), timeout=10, markup=False)


def export_summary(report: ExportReport, folder: Path) -> str:
    """What the export did, and where: the paths written (a few), for a notification."""
    if not report.outcomes:
        return f"Nothing to export yet: no annotations (nothing written to {folder})."
    lines = [
        f"Exported {report.annotations} annotation(s) from {report.articles} article(s) "
        f"into {report.outcomes[0].path.parent}:"
    ]
    for outcome in report.outcomes[:SHOWN_PATHS]:
        lines.append(outcome.describe())
    if len(report.outcomes) > SHOWN_PATHS:
        lines.append(f"… and {len(report.outcomes) - SHOWN_PATHS} more file(s)")
    return "\n".join(lines)
