"""What every command shares: the library it works on, JSON output, dates, one-line errors."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import sys
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, ClassVar, NoReturn

import click
from rich.console import Console

from newsreader.model import Analysis, Annotation, Article
from newsreader.paths import library_path
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

    def library(self) -> Library:
        if self._library is None:
            Context.opened = self.db_path
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


# All-digit dates: year first (2022-12-01, 2022/12) or day/month first with the year last (12/01/2022).
_YEAR_FIRST = re.compile(r"^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$")
_YEAR_LAST = re.compile(r"^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$")
_WORD = re.compile(r"[^\W\d_]{2,}")  # a real word ("Feb", "last"), not the lone letter of "1e400"
_YEAR = re.compile(r"^\d{4}$")
# A phrase that names a time of day; without one ("yesterday", "last week") the date means whole days.
_TIME_OF_DAY = re.compile(r"\d:\d|\b(hours?|minutes?|seconds?|now|am|pm)\b", re.IGNORECASE)


def parse_when(text: str, *, end_of_period: bool = False) -> datetime:
    """A date phrase ("last week", "Feb 2022", "2022-12-01") as a datetime, or a one-line error."""
    import dateparser

    def not_a_date() -> NoReturn:
        fail(f"{text!r}: not a date newsreader understands (try 2022-12-01, 'Feb 2022' or 'last week')")

    value = text.strip()
    if _YEAR.match(value):  # dateparser reads "2022" as December 2022
        year = int(value)
        return datetime(year, 12, 31, 23, 59, 59) if end_of_period else datetime(year, 1, 1)
    year_first = _YEAR_FIRST.match(value)
    if year_first:
        # dateparser reads an impossible 2022-13-01 as 13 January; a script meant a real date, so say no.
        year, month, day = (int(part) if part else 1 for part in year_first.groups())
        try:
            datetime(year, month, day)
        except ValueError:
            not_a_date()
    elif not _YEAR_LAST.match(value) and not _WORD.search(value):
        not_a_date()  # bare numbers and signs ("-5", "12345") are not dates, whatever dateparser guesses
    settings = {
        "PREFER_DATES_FROM": "past",
        "PREFER_DAY_OF_MONTH": "last" if end_of_period else "first",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    try:
        parsed = dateparser.parse(value, settings=settings)
    except Exception:  # dateparser raises assorted errors on odd input; every one means "not a date"
        parsed = None
    if parsed is None:
        not_a_date()
    if not _TIME_OF_DAY.search(value):
        # "since yesterday" takes in yesterday's articles, dated at midnight, not only those after
        # this hour; "until yesterday" runs to its end
        parsed = parsed.replace(hour=0, minute=0, second=0, microsecond=0)
    if end_of_period and parsed.hour == 0 and parsed.minute == 0 and parsed.second == 0:
        parsed = parsed.replace(hour=23, minute=59, second=59)
    return parsed


def analysis_json(article: Article, analysis: Analysis) -> dict[str, Any]:
    """The ``newsreader analyze --json`` contract: every offset indexes ``text`` as Python str indices."""
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
                "mentions": [{"start": m.start, "end": m.end, "text": m.text} for m in leader.mentions],
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
