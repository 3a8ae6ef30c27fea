"""The command line: a thin click layer over ingest, analysis, the store and export.

A package rather than one module so each area's commands read in one sitting. Every read command
takes ``--json``. Errors reach the user as one line naming the thing and the reason, never a traceback.
"""

from __future__ import annotations

import os
import sys

import click

from newsreader import __version__
from newsreader.cli.common import Context, fail, run_guarded


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db",
    "db",
    type=click.Path(dir_okay=False, path_type=str),
    default=None,
    help="Library file (default: $NEWSREADER_DB, else the user data folder).",
)
@click.version_option(__version__, prog_name="newsreader")
@click.pass_context
def cli(ctx: click.Context, db: str | None) -> None:
    """newsreader: read the news closely -- quotations, leaders, notes, search, export.

    With no command, opens the app on your library.
    """
    ctx.obj = Context(db_option=db)
    if ctx.invoked_subcommand is None:
        open_app(ctx.obj)


def open_app(context: Context) -> None:
    if not sys.stdout.isatty() and not os.environ.get("NEWSREADER_FORCE_TUI"):
        fail("the app needs a terminal; use a subcommand (newsreader --help) from scripts")
    library = context.library()  # open once here so a bad path fails with one line, before the UI starts
    library.close()
    from newsreader.ui.app import make_app  # the UI is imported only for the app itself

    make_app(str(context.db_path)).run()


def _register() -> None:
    from newsreader.cli import annotation_commands, export_commands, feed_commands, library_commands

    for command in [*library_commands.COMMANDS, *feed_commands.COMMANDS]:
        cli.add_command(command)
    for command in [*annotation_commands.COMMANDS, *export_commands.COMMANDS]:
        cli.add_command(command)


_register()


def main() -> None:
    run_guarded(cli)
