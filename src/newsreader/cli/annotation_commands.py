"""Search, and annotations from the command line: search, annotate, notes, tags."""

from __future__ import annotations

from typing import Any

import click
from rich.console import Console
from rich.text import Text

from newsreader.cli.common import Context, annotation_json, emit_json, fail, pass_context
from newsreader.search import SearchHit
from newsreader.store import NotFound

MATCH_STYLE = "bold reverse"

SEARCH_HELP = """Search your notes (on passages and on whole articles), marked passages, quotations and articles.

\b
  sanctions grain          every word (AND is implied)
  "sit down"               an exact phrase
  negot*                   words starting with "negot"
  ceasefire OR truce       either word;  NOT word  is the same as  -word
  -nato  -"air power"      leave out results containing these
  tag:negotiations #energy your annotations with this tag (-tag:done leaves them out)
  leader:putin             in articles about this leader
  speaker:macron           quotations by this speaker
  source:"the independent" from this outlet (-source:... leaves it out)
  since:"last month"       published since (your notes: written since)
  before:2022-03-01        published before (your notes: written before)
  is:note is:passage is:quote is:article
                           only this kind of result (is:note includes article notes,
                           which go by the article's date)

Notes and marked passages rank above quotations, quotations above articles. A word found in more
than 1,000 items of one kind is too common to rank; those come newest first.

\b
Examples:
  newsreader search 'speaker:macron sovereignty'
  newsreader search 'tag:negotiations since:"March 2022"'
"""


def hit_json(hit: SearchHit) -> dict[str, Any]:
    return {
        "kind": hit.kind,
        "article_id": hit.article_id,
        "title": hit.title,
        "source": hit.source,
        "published": hit.published.isoformat() if hit.published else None,
        "snippet": hit.snippet,
        "matches": [list(span) for span in hit.spans],
        "start": hit.start,
        "end": hit.end,
        "score": hit.score,
        "annotation_id": hit.annotation_id,
        "article_note": hit.is_article_note,  # a note on the whole article (kind "note", no annotation id)
        "speaker": hit.speaker,
        "tags": list(hit.tags),
    }


def snippet_text(hit: SearchHit, style: str = MATCH_STYLE) -> Text:
    text = Text(hit.snippet)
    for start, end in hit.spans:
        text.stylize(style, start, end)
    return text


# A query may start with an exclusion (-nato): hand unknown "options" to the query, not to click.
@click.command("search", help=SEARCH_HELP, context_settings={"ignore_unknown_options": True})
@click.argument("query", nargs=-1, required=True)
@click.option("--limit", type=click.IntRange(min=1, max=10_000), default=20, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON (matches are [start, end] in the snippet).")
@pass_context
def search_command(context: Context, query: tuple[str, ...], limit: int, as_json: bool) -> None:
    from newsreader.search import QueryError, compile_query
    from newsreader.store.search import search

    text = " ".join(query)
    try:
        compiled = compile_query(text)
    except QueryError as exc:
        fail(str(exc))
    hits = search(context.library(existing=True), compiled, limit=limit)
    if as_json:
        emit_json([hit_json(h) for h in hits])
        return
    if not hits:
        click.echo(f"No results for {text!r}.")
        return
    console = Console(highlight=False)
    for hit in hits:
        head = Text()
        head.append(f"[{hit.label}] ", style="bold")
        head.append(f"{hit.article_id} ", style="dim")
        head.append(hit.title, style="bold")
        meta = [hit.source or "", hit.published.date().isoformat() if hit.published else ""]
        if hit.speaker:
            meta.insert(0, f"{hit.speaker} said")
        if hit.tags:
            meta.append(" ".join("#" + t for t in hit.tags))
        head.append("  " + " · ".join(m for m in meta if m), style="dim")
        console.print(head)
        line = Text("  ")
        line.append_text(snippet_text(hit))
        console.print(line)


def occurrences(body: str, passage: str) -> list[int]:
    found, at = [], body.find(passage)
    while at != -1:
        found.append(at)
        at = body.find(passage, at + 1)
    return found


@click.command("annotate")
@click.argument("article_id", type=int)
@click.option("--passage", required=True, help="The exact text to mark, as it appears in the article.")
@click.option(
    "--occurrence", type=click.IntRange(min=1), help="Which occurrence, when the text appears more than once."
)
@click.option("--tag", "tags", multiple=True, help="A tag (repeat for several).")
@click.option("--note", default="", help="A note (Markdown allowed).")
@click.option("--json", "as_json", is_flag=True, help="Print the new annotation as JSON.")
@pass_context
def annotate_command(
    context: Context,
    article_id: int,
    passage: str,
    occurrence: int | None,
    tags: tuple[str, ...],
    note: str,
    as_json: bool,
) -> None:
    """Mark a passage of an article, with tags and a note."""
    from newsreader.store import LibraryError, NotFound

    library = context.library(existing=True)
    try:
        body = library.get_article(article_id).body
    except NotFound as exc:
        fail(str(exc))
    if not passage.strip():
        fail("--passage: empty; give the exact text to mark")
    places = occurrences(body, passage)
    shown = passage if len(passage) <= 50 else passage[:49] + "…"
    if not places:
        fail(f"article {article_id}: the passage {shown!r} is not in the text (it must match exactly)")
    if occurrence is None and len(places) > 1:
        fail(
            f"article {article_id}: the passage {shown!r} appears {len(places)} times; "
            f"add --occurrence 1..{len(places)}"
        )
    if occurrence is not None and occurrence > len(places):
        fail(f"article {article_id}: the passage {shown!r} appears {len(places)} time(s), not {occurrence}")
    start = places[(occurrence or 1) - 1]
    try:
        annotation = library.add_annotation(article_id, start, start + len(passage), note=note, tags=tags)
    except LibraryError as exc:
        fail(str(exc))
    if as_json:
        emit_json(annotation_json(annotation))
    else:
        click.echo(f"annotation {annotation.id}: article {article_id}, characters {annotation.start}-{annotation.end}")


@click.command("notes")
@click.option("--tag", help="Only annotations with this tag.")
@click.option("--article", "article_id", type=int, help="Only this article's annotations (in text order).")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_context
def notes_command(context: Context, tag: str | None, article_id: int | None, limit: int | None, as_json: bool) -> None:
    """List your annotations, newest first."""
    library = context.library(existing=True)
    if article_id is not None:
        try:
            library.get_article(article_id)  # a mistyped id is an error, not "no annotations"
        except NotFound as exc:
            fail(str(exc))
    annotations = library.list_annotations(article_id=article_id, tag=tag, limit=limit)
    if as_json:
        emit_json([annotation_json(a) for a in annotations])
        return
    if not annotations:
        if tag is None and article_id is None:
            click.echo("No annotations yet. Mark a passage with: newsreader annotate ID --passage TEXT")
        else:
            where = [f"tagged #{tag.lstrip('#')}"] if tag is not None else []
            where += [f"on article {article_id}"] if article_id is not None else []
            click.echo(f"No annotations {' '.join(where)}.")
        return
    titles = library.article_titles(a.article_id for a in annotations)
    console = Console(highlight=False)
    for a in annotations:
        head = Text()
        head.append(f"{a.id} ", style="dim")
        head.append(titles.get(a.article_id, ("?", None))[0], style="bold")
        if a.tags:
            head.append("  " + " ".join("#" + t for t in a.tags), style="cyan")
        if a.orphan:
            head.append("  (orphan: passage not found in the text)", style="yellow")
        console.print(head)
        console.print(Text("  > " + " ".join(a.exact.split()), style="italic"))
        if a.note:
            console.print(Text("  " + a.note))


@click.command("tags")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_context
def tags_command(context: Context, as_json: bool) -> None:
    """List tags with how many annotations carry each."""
    tags = context.library(existing=True).tags()
    if as_json:
        emit_json([{"name": t.name, "count": t.count} for t in tags])
        return
    if not tags:
        click.echo("No tags yet.")
        return
    for t in tags:
        click.echo(f"{t.count:6d}  #{t.name}")


COMMANDS = [search_command, annotate_command, notes_command, tags_command]
