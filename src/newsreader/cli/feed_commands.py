"""Commands for news from the web: ``feeds add/list/remove/import/export`` and ``refresh``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.table import Table
from rich.text import Text

from newsreader.cli.common import Context, emit_json, fail, pass_context
from newsreader.model import Feed
from newsreader.store import LibraryError, NotFound


def feed_json(feed: Feed) -> dict[str, Any]:
    return {
        "id": feed.id,
        "url": feed.url,
        "name": feed.name,
        "title": feed.title,
        "label": feed.label,
        "full_text": feed.full_text,
        "tags": list(feed.tags),
        "articles": feed.articles,
        "last_refresh": feed.last_refresh.isoformat() if feed.last_refresh else None,
        "last_error": feed.last_error,
    }


def _check_url(url: str) -> str:
    from newsreader.feeds import is_url

    url = url.strip()
    if not is_url(url):
        fail(f"{url}: not a feed address (give an http:// or https:// URL)")
    return url


@click.group("feeds")
def feeds_group() -> None:
    """Subscribe to RSS and Atom feeds; `newsreader refresh` fetches them.

    \b
    Examples:
      newsreader feeds add https://example.org/rss.xml --name "Example News"
      newsreader feeds import subscriptions.opml
      newsreader refresh
    """


@feeds_group.command("add")
@click.argument("url")
@click.option("--name", help="Show the feed's articles under this outlet name (default: the feed's title).")
@click.option("--full-text", is_flag=True, help="Always fetch each entry's page when the feed carries a teaser.")
@click.option("--tag", "tags", multiple=True, help="A tag (folder) for the feed; repeatable.")
@pass_context
def add_command(context: Context, url: str, name: str | None, full_text: bool, tags: tuple[str, ...]) -> None:
    """Subscribe to the feed at URL (fetched by the next refresh)."""
    from newsreader.store.feeds import add_feed

    url = _check_url(url)
    try:
        feed = add_feed(context.library(), url, name=(name or "").strip() or None, full_text=full_text, tags=tags)
    except LibraryError as exc:
        fail(str(exc))
    click.echo(f"added feed {feed.id}: {feed.url}")


@feeds_group.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_context
def list_command(context: Context, as_json: bool) -> None:
    """List subscribed feeds with their article counts and last refresh."""
    from newsreader.store.feeds import list_feeds

    feeds = list_feeds(context.library(existing=True))
    if as_json:
        emit_json([feed_json(f) for f in feeds])
        return
    if not feeds:
        click.echo("No feeds. Subscribe with: newsreader feeds add URL")
        return
    table = Table(show_header=True, header_style="bold")
    for name, justify in (("id", "right"), ("feed", "left"), ("url", "left"), ("tags", "left")):
        table.add_column(name, justify=justify)  # type: ignore[arg-type]
    table.add_column("articles", justify="right")
    table.add_column("last refresh")
    table.add_column("status")
    for f in feeds:
        table.add_row(
            str(f.id),
            Text(f.label),
            Text(f.url),
            Text(", ".join(f.tags)),
            str(f.articles),
            f.last_refresh.astimezone().strftime("%Y-%m-%d %H:%M") if f.last_refresh else "never",
            Text(f.last_error, style="red") if f.last_error else Text("ok" if f.last_refresh else "—"),
        )
    Console(highlight=False).print(table)


@feeds_group.command("remove")
@click.argument("feed")
@pass_context
def remove_command(context: Context, feed: str) -> None:
    """Unsubscribe from FEED (its id or URL). Its articles stay in the library."""
    from newsreader.store.feeds import find_feed, remove_feed

    library = context.library(existing=True)
    try:
        found = find_feed(library, feed)
        remove_feed(library, found.id)
    except NotFound as exc:
        fail(str(exc))
    click.echo(f"removed feed {found.id}: {found.url} ({found.articles} article(s) kept)")


@feeds_group.command("import")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print what was added as JSON.")
@pass_context
def import_opml_command(context: Context, file: Path, as_json: bool) -> None:
    """Subscribe to every feed in an OPML FILE; folders become tags. Known feeds are skipped."""
    from newsreader.feeds import is_url, subscribe_many
    from newsreader.ingest.opml import OpmlError, parse_opml

    try:
        data = file.read_bytes()
    except FileNotFoundError:
        fail(f"{file}: no such file")
    except IsADirectoryError:
        fail(f"{file}: is a directory, not an OPML file")
    except OSError as exc:
        fail(f"{file}: {exc.strerror or exc}")
    try:
        listed = parse_opml(data)
    except OpmlError as exc:
        fail(f"{file}: {exc}")
    usable = [f for f in listed if is_url(f.url)]
    refused = [f.url for f in listed if not is_url(f.url)]
    added = subscribe_many(context.library(), ((f.url, f.title, f.tags, f.full_text) for f in usable))
    if as_json:
        emit_json({"added": [feed_json(f) for f in added], "skipped": len(usable) - len(added), "refused": refused})
        return
    click.echo(f"added {len(added)} feed(s); {len(usable) - len(added)} already subscribed")
    for url in refused:
        click.echo(f"refused: {url}: not an http:// or https:// feed address", err=True)


@feeds_group.command("export")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path), required=False)
@pass_context
def export_opml_command(context: Context, file: Path | None) -> None:
    """Write the subscriptions as OPML to FILE (default, or -: standard output)."""
    from newsreader.ingest.opml import OpmlFeed, write_opml
    from newsreader.store.feeds import list_feeds

    feeds = list_feeds(context.library(existing=True))
    text = write_opml(OpmlFeed(f.url, f.name or f.title, f.tags, f.full_text) for f in feeds)
    if file is None or str(file) == "-":  # "-" is standard output, as in `newsreader export --out -`
        click.echo(text, nl=False)
        return
    try:
        file.write_text(text, encoding="utf-8")
    except OSError as exc:
        fail(f"{file}: cannot write ({exc.strerror or exc})")
    click.echo(f"wrote {len(feeds)} feed(s) to {file}", err=True)


@click.command("refresh")
@click.option("--feed", "feed_refs", multiple=True, help="Only this feed (id or URL); repeatable.")
@click.option("--full", is_flag=True, help="Fetch each entry's page for the full text when the feed has a teaser.")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=10.0, show_default=True, help="Seconds to wait.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@pass_context
def refresh_command(context: Context, feed_refs: tuple[str, ...], full: bool, timeout: float, as_json: bool) -> None:
    """Fetch every feed (or --feed) and import the new articles, analysed like files."""
    from newsreader.feeds import FeedResult, refresh
    from newsreader.fetch import FetchSettings
    from newsreader.store.feeds import find_feed, list_feeds

    library = context.library(existing=True)
    try:
        feed_ids = [find_feed(library, ref).id for ref in feed_refs] or None
    except NotFound as exc:
        fail(str(exc))
    if feed_ids is None and not list_feeds(library):
        if as_json:
            emit_json({"feeds": [], "new": 0, "updated": 0, "unchanged": 0, "failed": 0})
            return
        click.echo("No feeds. Subscribe with: newsreader feeds add URL")
        return
    settings = FetchSettings(timeout=timeout)
    if sys.stderr.isatty() and not as_json:
        from rich.progress import Progress

        with Progress(console=Console(stderr=True), transient=True) as bar:
            task = bar.add_task("refreshing", total=None)

            def show(done: int, total: int, result: FeedResult) -> None:
                bar.update(task, completed=done, total=total, description=f"refreshing ({result.label[:30]})")

            report = refresh(library, feed_ids, full=full, on_progress=show, settings=settings)
    else:
        report = refresh(library, feed_ids, full=full, settings=settings)
    if as_json:
        emit_json(report.as_json())
    else:
        print_refresh(report)
    if report.failed:
        sys.exit(1)


def print_refresh(report: Any) -> None:
    table = Table(title="Refresh", show_header=True, header_style="bold")
    table.add_column("id", justify="right")
    table.add_column("feed")
    table.add_column("new", justify="right")
    table.add_column("unchanged", justify="right")
    table.add_column("result")
    for r in report.feeds:
        if r.status == "failed":
            outcome = Text(f"failed: {r.error}", style="red")
        elif r.not_modified:
            outcome = Text("not modified")
        else:
            outcome = Text("ok" + (f", {r.updated} upgraded to full text" if r.updated else ""))
            if r.skipped:
                outcome.append(f", {len(r.skipped)} entr{'y' if len(r.skipped) == 1 else 'ies'} refused", "yellow")
        table.add_row(str(r.feed_id), Text(r.label), str(r.new), str(r.unchanged), outcome)
    Console(highlight=False).print(table)
    click.echo(
        f"{report.new} new article(s) from {len(report.feeds)} feed(s) in {report.seconds:.1f} s; "
        f"{len(report.failed)} failed"
    )
    for r in report.feeds:
        for line in r.skipped:
            click.echo(f"refused: feed {r.feed_id}: {line}", err=True)
        for line in r.warnings:
            click.echo(f"warning: feed {r.feed_id}: {line}", err=True)
        if r.status == "failed":
            click.echo(f"failed: feed {r.feed_id} ({r.url}): {r.error}", err=True)


COMMANDS = [feeds_group, refresh_command]


def import_urls(library: Any, specs: list[str], *, source: str | None, report: Any) -> list[str]:
    """Import the http(s) URLs among ``specs`` (one article page each) into ``report``; return the
    other specs (files, folders, globs) for the file importer."""
    from newsreader.feeds import fetch_page_article, is_url

    urls = [spec for spec in specs if is_url(spec)]
    if not urls:
        return list(specs)
    from newsreader.cli.library_commands import _store_batch, analyser
    from newsreader.fetch import FetchError
    from newsreader.ingest.html import PageError

    analyse, version = analyser()
    batch = []
    for url in dict.fromkeys(urls):
        try:
            article = fetch_page_article(url, source=source)
        except (FetchError, PageError) as exc:
            report.failed.append((url, str(exc)))
            continue
        batch.append((url, article, analyse(article)))
    if batch:
        _store_batch(library, batch, version, report)
    return [spec for spec in specs if not is_url(spec)]
