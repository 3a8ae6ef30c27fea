"""What every command shares: the library it works on, JSON output, dates, one-line errors."""

from __future__ import annotations

import json
import os
import sqlite3
import sys
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, ClassVar, NoReturn

import click
from rich.console import Console

from newsreader import dates
from newsreader.model import Analysis, Annotation, Article
from newsreader.paths import DB_ENV, library_path
from newsreader.store import Library, LibraryError

err_console = Console(stderr=True, highlight=False, soft_wrap=True)


class UserError(click.ClickException):
    """A failure the user can act on: printed as one line, exit code 1."""

    def show(self, file: Any = None) -> None:
        click.echo(f"error: {self.message}", err=True)


def fail(message: str) -> NoReturn:
    raise UserError(message)


@dataclass
class Context:
    db_option: str | None = None
    _library: Library | None = field(default=None, repr=False)
    # The library the running command opened, so an error raised deep in a command can name it.
    opened: ClassVar[Path | None] = None

    @property
    def db_path(self) -> Path:
        return library_path(self.db_option)

    def library(self, *, existing: bool = False) -> Library:
        """The library, opened once per command; ``existing`` for commands that only read it.

        A read on a library file that is not there is almost always a mistyped ``--db`` or
        ``$NEWSREADER_DB``: say so instead of quietly creating an empty library at the typo. The
        default library is exempt, so a new user's first ``newsreader list`` shows an empty library.
        """
        if self._library is None:
            Context.opened = self.db_path
            named = bool(self.db_option or os.environ.get(DB_ENV))
            if existing and named and not self.db_path.exists():
                fail(f"no library at {self.db_path}: check --db/${DB_ENV} (importing articles creates one)")
            try:
                self._library = Library.open(self.db_path)
            except LibraryError as exc:
                fail(str(exc))
        return self._library


pass_context = click.make_pass_decorator(Context)


def emit_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=_json_default))


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    raise TypeError(f"cannot serialise {type(value).__name__}")


def parse_when(text: str, *, end_of_period: bool = False) -> datetime:
    """A date phrase ("last week", "Feb 2022", "2022-12-01") as a datetime, or a one-line error."""
    try:
        return dates.parse_when(text, end_of_period=end_of_period)
    except dates.DateError:
        fail(f"{text!r}: not a date newsreader understands (try 2022-12-01, 'Feb 2022' or 'last week')")


def analysis_json(article: Article, analysis: Analysis) -> dict[str, Any]:
    """The ``newsreader analyze --json`` contract: every offset indexes ``text`` as Python str indices.

    The exception says so: a leader's mention with ``"in": "title"`` or ``"in": "standfirst"`` names
    them in the headline or standfirst and indexes that field.
    """
    return {
        "title": article.title,
        "source": article.source,
        "published": article.published.isoformat() if article.published else None,
        "byline": article.byline,
        "standfirst": article.standfirst,
        "url": article.url,
        "text": article.body,
        "quotes": [
            {"start": q.start, "end": q.end, "text": q.text, "speaker": q.speaker, "leader": q.leader}
            for q in analysis.quotes
        ],
        "leaders": [
            {
                "id": leader.id,
                "name": leader.name,
                "role": leader.role,
                "mentions": [{"start": m.start, "end": m.end, "text": m.text} for m in leader.mentions]
                + [{"start": m.start, "end": m.end, "text": m.text, "in": m.field} for m in leader.header_mentions],
            }
            for leader in analysis.leaders
        ],
    }


def run_guarded(command: click.Group) -> None:
    """Run the CLI; an unexpected failure is still one line (NEWSREADER_DEBUG=1 shows the traceback)."""
    try:
        command.main(standalone_mode=False, prog_name="newsreader")
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        if isinstance(exc, UserError):
            exc.show()
        else:
            hint = ""
            if isinstance(exc, click.UsageError) and exc.ctx is not None:
                hint = f" (try '{exc.ctx.command_path} --help')"
            click.echo(f"error: {exc.format_message()}{hint}", err=True)
        sys.exit(exc.exit_code)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    except sqlite3.OperationalError as exc:
        if os.environ.get("NEWSREADER_DEBUG") or not is_busy(exc):
            _unexpected(exc)
        where = f"{Context.opened}: " if Context.opened else ""
        click.echo(
            f"error: {where}the library is busy: another program (another newsreader?) is writing to it; "
            "try again when it has finished",
            err=True,
        )
        sys.exit(1)
    except Exception as exc:
        _unexpected(exc)


def is_busy(exc: sqlite3.OperationalError) -> bool:
    """Whether SQLite gave up waiting for another connection's lock."""
    return "locked" in str(exc) or "busy" in str(exc)


def _unexpected(exc: Exception) -> NoReturn:
    if os.environ.get("NEWSREADER_DEBUG"):
        raise exc
    click.echo(f"error: {type(exc).__name__}: {exc} (set NEWSREADER_DEBUG=1 for details)", err=True)
    sys.exit(1)


def annotation_json(a: Annotation) -> dict[str, Any]:
    return {
        "id": a.id,
        "article_id": a.article_id,
        "start": a.start,
        "end": a.end,
        "text": a.exact,
        "note": a.note,
        "tags": list(a.tags),
        "orphan": a.orphan,
        "created": a.created.isoformat() if a.created else None,
        "updated": a.updated.isoformat() if a.updated else None,
    }
