"""Export annotations (Markdown, W3C JSON) and bring a W3C export back in."""

from __future__ import annotations

import itertools
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click

from newsreader.cli.common import Context, emit_json, fail, pass_context
from newsreader.export import files, markdown, w3c
from newsreader.model import Analysis, Annotation, Article
from newsreader.store import Library, LibraryError, NotFound, find_anchor

JSON_STEM = "newsreader-annotations"
FUZZY_THRESHOLD = 90.0  # rapidfuzz partial ratio (0-100) a re-found passage must reach


@dataclass
class ExportReport:
    articles: int = 0
    annotations: int = 0
    outcomes: list[files.WriteOutcome] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "annotations": self.annotations,
            "files": [
                {"path": str(o.path), "status": o.status, "kept": str(o.kept) if o.kept else None}
                for o in self.outcomes
            ],
        }


BATCH = 2_000  # articles read per round of queries: a few set-based queries, bounded memory


def selected(
    library: Library,
    *,
    article_id: int | None = None,
    tag: str | None = None,
    query: str | None = None,
    with_analysis: bool = False,
    with_quotes: bool = False,
) -> Iterator[tuple[Article, list[Annotation], Analysis | None]]:
    """(article, its chosen annotations, its analysis when asked) in article id order, for every article
    the filters select. The filters are checked at once (a bad query fails before anything is written);
    the articles are then read lazily in batches of ``BATCH``, one query per table per batch."""
    wanted: dict[int, set[int]] = {}
    if query is not None:
        from newsreader.search import compile_query
        from newsreader.store.search import search

        compiled = compile_query(query)
        hits = search(library, compiled, limit=1_000_000)
        for hit in hits:
            if hit.annotation_id is not None:
                wanted.setdefault(hit.article_id, set()).add(hit.annotation_id)
            elif hit.is_article_note:  # the article's own note matched: export the article with it
                wanted.setdefault(hit.article_id, set())
        ids = sorted(wanted)
    elif article_id is not None:
        library.get_article(article_id)  # NotFound now, before a folder is made
        ids = [article_id]
    elif tag is not None:
        ids = sorted({a.article_id for a in library.list_annotations(tag=tag)})
    else:
        ids = library.annotated_article_ids()
    return _read_batches(library, ids, tag, wanted if query is not None else None, with_analysis, with_quotes)


def _read_batches(
    library: Library,
    ids: list[int],
    tag: str | None,
    wanted: dict[int, set[int]] | None,
    with_analysis: bool,
    with_quotes: bool,
) -> Iterator[tuple[Article, list[Annotation], Analysis | None]]:
    key = tag.lstrip("#").lower() if tag is not None else None
    for first in range(0, len(ids), BATCH):
        batch = ids[first : first + BATCH]
        articles = library.articles_by_id(batch)
        if len(articles) < len(batch):
            library.get_article(next(i for i in batch if i not in articles))  # raises NotFound for it
        marked = library.annotations_by_article(batch)
        analyses = library.export_analyses(batch, with_quotes=with_quotes) if with_analysis else {}
        for aid in batch:
            annotations = marked.get(aid, [])
            if key is not None:
                annotations = [a for a in annotations if key in (t.lower() for t in a.tags)]
            if wanted is not None:
                annotations = [a for a in annotations if a.id in wanted[aid]]
            yield articles[aid], annotations, analyses.get(aid)


def export_library(
    library: Library,
    *,
    fmt: str = "markdown",
    out: Path | None = None,
    article_id: int | None = None,
    tag: str | None = None,
    query: str | None = None,
    single: Path | None = None,
    with_quotes: bool = False,
    stdout: bool = False,
) -> tuple[ExportReport, str | None]:
    """Export what the filters select; returns the report and, with ``stdout``, the text itself."""
    report = ExportReport()
    chosen = _with_content(
        selected(
            library, article_id=article_id, tag=tag, query=query, with_analysis=fmt != "json", with_quotes=with_quotes
        )
    )
    first = next(chosen, None)
    if first is None:
        # Nothing matched: write nothing at all -- no empty folder, no stub document to stdout or a file.
        return report, None
    chosen = itertools.chain([first], chosen)
    markdown_files = fmt != "json" and single is None and not stdout
    folder = files.prepare_folder(out or Path(".")) if markdown_files or (fmt == "json" and not stdout) else None
    if markdown_files:
        assert folder is not None
        for article, marked, analysis in chosen:  # one file at a time: nothing held but the current batch
            report.articles += 1
            report.annotations += len(marked)
            content = markdown.article_markdown(article, marked, analysis, with_quotes=with_quotes)
            date = article.published.date().isoformat() if article.published else None
            stem = files.article_stem(article.title, date, article.id)
            report.outcomes.append(files.write_marked(folder, stem, content, article.id or 0))
        return report, None
    entries = list(chosen)
    report.articles = len(entries)
    report.annotations = sum(len(a) for _, a, _ in entries)
    if fmt == "json":
        text = w3c.collection_json((article, annotations) for article, annotations, _ in entries)
        if stdout:
            return report, text
        assert folder is not None
        if single is not None:
            folder, stem = files.prepare_folder(single.parent), single.stem
        else:
            stem = JSON_STEM
        report.outcomes.append(files.write_plain(folder, stem, text, _is_our_json, ".json"))
        return report, None
    text = markdown.single_markdown(entries, with_quotes=with_quotes)
    if stdout:
        return report, text
    report.outcomes.append(files.write_single(single, text))  # type: ignore[arg-type]
    return report, None


def _with_content(
    entries: Iterator[tuple[Article, list[Annotation], Analysis | None]],
) -> Iterator[tuple[Article, list[Annotation], Analysis | None]]:
    """The entries with something to export: annotations, or the article's own note."""
    for entry in entries:
        article, marked, _ = entry
        if marked or (article.note and article.note.strip()):
            yield entry


def nothing_matched(article_id: int | None, tag: str | None, query: str | None) -> str:
    """Why an export found nothing, for the one line that says so."""
    if article_id is not None and tag is None and query is None:
        return f"article {article_id} has no annotations and no note"
    chosen = [f"article {article_id}" if article_id is not None else ""]
    chosen += [f"--tag {tag!r}" if tag is not None else "", f"--query {query!r}" if query is not None else ""]
    if not any(chosen):
        return "the library has no annotations and no article notes"
    return "no annotations or notes match " + ", ".join(c for c in chosen if c)


def _is_our_json(text: str) -> bool:
    try:
        data = json.loads(text)
    except ValueError:
        return False
    return isinstance(data, dict) and data.get("label") == "newsreader annotations"


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(["markdown", "json"]), default="markdown", show_default=True)
@click.option("--out", "out", default=None, help="Folder to write into (default: here), or - for standard output.")
@click.option("--article", "article_id", type=int, help="Only this article.")
@click.option("--tag", help="Only annotations with this tag.")
@click.option("--query", help="Only annotations this search finds (see newsreader search --help).")
@click.option(
    "--single", type=click.Path(dir_okay=False, path_type=Path), help="Everything in one file (- for standard output)."
)
@click.option("--with-quotes", is_flag=True, help="Markdown: add the article's quotations grouped by speaker.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@pass_context
def export_command(
    context: Context,
    fmt: str,
    out: str | None,
    article_id: int | None,
    tag: str | None,
    query: str | None,
    single: Path | None,
    with_quotes: bool,
    as_json: bool,
) -> None:
    """Export annotations as Markdown (one file per article) or W3C Web Annotation JSON.

    \b
    Re-exporting is safe: names are slugs inside the folder, files you did not write are never
    replaced, and a file you edited since the last export is kept (the new one goes beside it).
    \b
    Examples:
      newsreader export --out notes/
      newsreader export --format json --out - > annotations.json
      newsreader export --tag negotiations --single negotiations.md --with-quotes
    """
    from newsreader.search import QueryError

    if single is not None and str(single) == "-":  # "-" is standard output, as for --out
        single, out = None, "-"
    library = context.library(existing=True)
    if article_id is not None:
        try:
            library.get_article(article_id)
        except NotFound as exc:
            fail(str(exc))
    try:
        report, text = export_library(
            library,
            fmt=fmt,
            out=None if out in (None, "-") else Path(out),
            article_id=article_id,
            tag=tag,
            query=query,
            single=single,
            with_quotes=with_quotes,
            stdout=out == "-",
        )
    except QueryError as exc:
        fail(f"--query: {exc}")
    except files.ExportError as exc:
        fail(str(exc))
    if report.articles == 0:
        # The same for a folder, a single file and standard output: nothing written, a note on stderr.
        click.echo(f"nothing to export ({nothing_matched(article_id, tag, query)})", err=True)
        if as_json:
            emit_json(report.as_json())
        return
    if text is not None:
        sys.stdout.write(text)
        return
    if as_json:
        emit_json(report.as_json())
        return
    for outcome in report.outcomes:
        if outcome.status != "unchanged":
            click.echo(outcome.describe())
    unchanged = sum(1 for o in report.outcomes if o.status == "unchanged")
    tail = f" ({unchanged} file(s) already up to date)" if unchanged else ""
    click.echo(f"exported {report.annotations} annotation(s) from {report.articles} article(s){tail}")


# ----------------------------------------------------------------------------- W3C import


@dataclass
class W3CImportReport:
    anchored: int = 0
    moved: int = 0  # re-found by quote and context, or fuzzily, not at the stored offsets
    orphans: list[str] = field(default_factory=list)
    duplicates: int = 0
    failed: list[str] = field(default_factory=list)
    article_notes: int = 0  # article-level notes set or added to

    def as_json(self) -> dict[str, Any]:
        return {
            "anchored": self.anchored,
            "article_notes": self.article_notes,
            "moved": self.moved,
            "orphans": self.orphans,
            "duplicates": self.duplicates,
            "failed": self.failed,
        }


def _article_for(library: Library, source: str) -> int | None:
    if source.startswith(w3c.URN_PREFIX):
        ids = library.article_ids_for(content_hash=source[len(w3c.URN_PREFIX) :])
    else:
        ids = library.article_ids_for(url=source)
    return ids[0] if ids else None


def locate(body: str, item: w3c.ImportedAnnotation) -> tuple[int, int] | None:
    """Where the passage is now: stored offsets, then quote and context, then a close fuzzy match."""
    if item.start is not None and item.end is not None and body[item.start : item.end] == item.exact:
        return item.start, item.end
    found = find_anchor(body, item.exact, item.prefix, item.suffix, item.start or 0)
    if found is not None:
        return found, found + len(item.exact)
    from rapidfuzz import fuzz

    if len(item.exact) < 8:  # a few letters match somewhere in any article
        return None
    alignment = fuzz.partial_ratio_alignment(item.exact, body, score_cutoff=FUZZY_THRESHOLD)
    if alignment is None:
        return None
    start, end = alignment.dest_start, alignment.dest_end
    if not 0.8 <= (end - start) / len(item.exact) <= 1.25:
        return None
    return start, end


def import_w3c(library: Library, path: Path) -> W3CImportReport:
    """Restore the annotations of a W3C export into the articles they target, without duplicates."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise w3c.W3CError(f"cannot read ({getattr(exc, 'strerror', None) or exc})") from exc
    items, problems = w3c.parse_collection(text)
    report = W3CImportReport(failed=list(problems))
    bodies: dict[int, str] = {}
    existing: dict[int, set[tuple[Any, ...]]] = {}
    for item in items:
        article_id = _article_for(library, item.source)
        if article_id is None:
            report.failed.append(f"{item.label}: its article ({item.source}) is not in this library")
            continue
        if item.whole_article:
            try:
                _restore_article_note(library, article_id, item.note, report)
            except LibraryError as exc:
                report.failed.append(f"{item.label}: {exc}")
            continue
        if article_id not in bodies:
            bodies[article_id] = library.get_article(article_id).body
            existing[article_id] = {_key(a) for a in library.list_annotations(article_id=article_id)}
        body = bodies[article_id]
        place = locate(body, item)
        if place is None:
            key: tuple[Any, ...] = ("orphan", item.exact, item.prefix, item.suffix)
        else:
            key = ("at", place[0], place[1])
        if key in existing[article_id]:
            report.duplicates += 1
            continue
        try:
            if place is None:
                library.add_annotation(
                    article_id, -1, -1, note=item.note, tags=item.tags, created=item.created,
                    updated=item.modified, exact=item.exact, prefix=item.prefix, suffix=item.suffix, orphan=True,
                )  # fmt: skip
                report.orphans.append(f"article {article_id}: {_short(item.exact)}")
            else:
                library.add_annotation(
                    article_id, *place, note=item.note, tags=item.tags, created=item.created, updated=item.modified
                )
                report.anchored += 1
                if (item.start, item.end) != place:
                    report.moved += 1
        except LibraryError as exc:
            report.failed.append(f"{item.label}: {exc}")
            continue
        existing[article_id].add(key)
    return report


def _restore_article_note(library: Library, article_id: int, note: str, report: W3CImportReport) -> None:
    """Put an exported article note back. A note the article already holds (alone or within the
    reader's own note) is a duplicate, so importing twice changes nothing; a different note the reader
    wrote since is kept, with the imported one added after it rather than lost."""
    current = library.get_article(article_id).note or ""
    if note.strip() in current:
        report.duplicates += 1
        return
    library.set_article_note(article_id, f"{current.rstrip()}\n\n{note}" if current.strip() else note)
    report.article_notes += 1


def _key(annotation: Annotation) -> tuple[Any, ...]:
    if annotation.orphan:
        return ("orphan", annotation.exact, annotation.prefix, annotation.suffix)
    return ("at", annotation.start, annotation.end)


def _short(text: str, width: int = 60) -> str:
    flat = " ".join(text.split())
    return repr(flat if len(flat) <= width else flat[: width - 1] + "…")


def import_w3c_files(library: Library, paths: list[str], as_json: bool) -> tuple[bool, dict[str, Any]]:
    """The part of ``newsreader import`` for .json files: whether every file went in, and each file's
    report (the caller prints the JSON, so one import prints one document)."""
    ok = True
    reports: dict[str, Any] = {}
    for name in paths:
        try:
            report = import_w3c(library, Path(name))
        except w3c.W3CError as exc:
            click.echo(f"failed: {name}: {exc}", err=True)
            ok = False
            continue
        reports[name] = report.as_json()
        ok = ok and not report.failed
        if not as_json:
            click.echo(
                f"{name}: {report.anchored} annotation(s) restored ({report.moved} re-found elsewhere in the text), "
                f"{len(report.orphans)} kept as orphans, {report.article_notes} article note(s) restored, "
                f"{report.duplicates} already present"
            )
            for orphan in report.orphans:
                click.echo(f"orphan: {orphan} (passage not found; kept, not anchored)", err=True)
            for failure in report.failed:
                click.echo(f"failed: {name}: {failure}", err=True)
    return ok, reports


COMMANDS = [export_command]
