"""Commands over the article library: import, list, show, analyze, reanalyse."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.table import Table
from rich.text import Text

from newsreader.cli.common import Context, analysis_json, annotation_json, emit_json, fail, parse_when, pass_context
from newsreader.model import Analysis, Article
from newsreader.store import Library

IMPORT_BATCH = 500
PROGRESS_THRESHOLD = 20  # below this many inputs a progress bar only flickers


def analyser() -> tuple[Callable[[Article], Analysis], str]:
    """The analysis function (with the user's gazetteer, if any) and its version.

    The version includes a digest of the user's gazetteer, so editing it re-analyses the library.
    """
    import hashlib

    from newsreader.analysis import ANALYSER_VERSION, analyze, load_gazetteer
    from newsreader.paths import user_gazetteer_path

    user_file = user_gazetteer_path()
    version = ANALYSER_VERSION
    try:
        gazetteer = load_gazetteer(user_file)
        if user_file is not None:
            version += "+" + hashlib.sha256(user_file.read_bytes()).hexdigest()[:12]
    except (OSError, ValueError) as exc:
        fail(f"{user_file}: cannot read your leaders file ({exc})")

    def run(article: Article) -> Analysis:
        return analyze(article.body, title=article.title, standfirst=article.standfirst, gazetteer=gazetteer)

    return run, version


@dataclass
class ImportReport:
    imported: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    ids: dict[str, int] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {
            "imported": self.imported,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "failed": [{"input": name, "reason": reason} for name, reason in self.failed],
            "warnings": self.warnings,
            "ids": self.ids,
        }


def import_files(
    library: Library,
    specs: list[str],
    *,
    source: str | None,
    report: ImportReport,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Load, analyse and store every file the specs name, in batches of one transaction each."""
    from newsreader.cli.feed_commands import import_urls
    from newsreader.ingest import expand_inputs, load_file

    specs = import_urls(library, specs, source=source, report=report)  # http(s) URLs: one article page each
    items, errors = expand_inputs(specs)
    report.failed.extend((e.path, e.reason) for e in errors)
    items = [item for item in items if _utf8_name(item.path, report)]
    analyse, version = analyser()
    total = len(items)
    workers = _import_workers(total)
    if workers > 1:
        from newsreader.paths import user_gazetteer_path

        jobs = [(str(item.path), source, dict(item.overrides)) for item in items]
        outcomes = _parallel_outcomes(jobs, workers, user_gazetteer_path(), analyse)
        batch_size = PARALLEL_BATCH
    else:
        outcomes = (_outcome(load_file, analyse, str(item.path), source, item.overrides) for item in items)
        batch_size = IMPORT_BATCH
    done = 0

    def loaded() -> Iterator[tuple[str, Article, Analysis]]:
        nonlocal done
        for name, outcome in outcomes:
            done += 1
            if progress:
                progress(done, total)
            if isinstance(outcome[0], str):  # (path, reason) of an IngestError
                report.failed.append(outcome)
                continue
            result, analysis = outcome
            report.warnings.extend(f"{name}: {w}" for w in result.warnings)
            yield name, result.article, analysis

    batch: list[tuple[str, Article, Analysis]] = []
    for entry in loaded():
        batch.append(entry)
        if len(batch) >= batch_size:
            _store_batch(library, batch, version, report)
            batch = []
    if batch:
        _store_batch(library, batch, version, report)


def _utf8_name(path: os.PathLike[str] | str, report: ImportReport) -> bool:
    """Whether the file's name can be stored (the library keeps it as UTF-8 text). A name in another
    encoding (Latin-1 archives) fails alone, named readably, instead of aborting the whole import."""
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError:
        readable = os.fsencode(path).decode("utf-8", "replace")
        report.failed.append((readable, "the file name is not valid UTF-8; rename the file to import it"))
        return False
    return True


# ---- parallel import: reading and analysing a file is pure CPU work (~7 ms for 700 words), so above
# a few dozen files it is spread over worker processes; results come back in input order and every
# store write stays in this process, so the outcome is the same as the sequential loop's.
PARALLEL_THRESHOLD = 200  # below this, starting the workers (~0.5 s the first time) costs more than they save
PARALLEL_BATCH = 100  # smaller store batches overlap the writes with the workers' analysis
# (name, (Loaded, Analysis)) or, for a file that cannot be read, (name, (path, reason)): an IngestError
# itself does not survive pickling (its constructor takes two arguments).
_Outcome = tuple[str, tuple[Any, Any]]


def _import_workers(total: int) -> int:
    cores = os.cpu_count() or 1
    return min(cores, 8) if total > PARALLEL_THRESHOLD and cores > 1 else 1


def _outcome(
    load: Callable[..., Any], analyse: Callable[[Article], Analysis], path: str, source: str | None, overrides: Any
) -> _Outcome:
    from newsreader.ingest import IngestError

    try:
        result = load(path, source=source, overrides=overrides)
    except IngestError as exc:
        return path, (exc.path, exc.reason)
    return path, (result, analyse(result.article))


_worker_analyse: Callable[[Article], Analysis] | None = None


def _worker_init(gazetteer_file: str | None) -> None:
    global _worker_analyse
    from newsreader.analysis import analyze, load_gazetteer

    gazetteer = load_gazetteer(Path(gazetteer_file) if gazetteer_file else None)

    def run(article: Article) -> Analysis:
        return analyze(article.body, title=article.title, standfirst=article.standfirst, gazetteer=gazetteer)

    _worker_analyse = run


def _worker_job(job: tuple[str, str | None, dict[str, str]]) -> _Outcome:
    from newsreader.ingest import load_file

    assert _worker_analyse is not None
    path, source, overrides = job
    return _outcome(load_file, _worker_analyse, path, source, overrides)


def _parallel_outcomes(
    jobs: list[tuple[str, str | None, dict[str, str]]],
    workers: int,
    gazetteer_file: Path | None,
    analyse: Callable[[Article], Analysis],
) -> Iterator[_Outcome]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    from newsreader.ingest import load_file

    # Not "fork": the TUI imports from a thread worker, and forking a process while other threads
    # run can copy a held lock into the child. A forkserver forks warm workers (the modules below
    # already imported) and outlives the pool, so the next import in the same session starts fast.
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(list(_WORKER_MODULES))
    chunksize = max(1, min(20, len(jobs) // (workers * 8)))
    done = 0
    try:
        with ProcessPoolExecutor(
            workers,
            mp_context=context,
            initializer=_worker_init,
            initargs=(str(gazetteer_file) if gazetteer_file else None,),
        ) as pool:
            try:
                for outcome in pool.map(_worker_job, jobs, chunksize=chunksize):
                    done += 1
                    yield outcome
            finally:
                pool.shutdown(wait=True, cancel_futures=True)
    except (BrokenProcessPool, OSError):
        # No workers here (e.g. a calling script without an ``if __name__ == "__main__"`` guard, or
        # no process limits left): the rest is done in this process, with the same results.
        pass
    for path, source, overrides in jobs[done:]:
        yield _outcome(load_file, analyse, path, source, overrides)


_WORKER_MODULES = ("newsreader.cli.library_commands", "newsreader.analysis", "newsreader.ingest")


def _store_batch(
    library: Library, batch: list[tuple[str, Article, Analysis]], version: str, report: ImportReport
) -> None:
    outcomes = library.import_articles([(article, analysis) for _, article, analysis in batch], version)
    for (name, _, _), outcome in zip(batch, outcomes, strict=True):
        getattr(report, outcome.status).append(name)
        report.ids[name] = outcome.article_id


def print_report(report: ImportReport) -> None:
    console = Console(stderr=False, highlight=False)
    table = Table(title="Import", show_header=True, header_style="bold")
    table.add_column("result")
    table.add_column("count", justify="right")
    for label in ("imported", "updated", "unchanged"):
        table.add_row(label, str(len(getattr(report, label))))
    table.add_row("failed", str(len(report.failed)), style="red" if report.failed else None)
    console.print(table)
    for warning in report.warnings:
        click.echo(f"warning: {warning}", err=True)
    for name, reason in report.failed:
        click.echo(f"failed: {name}: {reason}", err=True)


@click.command("import")
@click.argument("paths", nargs=-1, required=True)
@click.option("--source", help="Outlet name for every imported article (overrides detection).")
@click.option("--if-empty", is_flag=True, help="Import only when the library has no articles yet.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@pass_context
def import_command(context: Context, paths: tuple[str, ...], source: str | None, if_empty: bool, as_json: bool) -> None:
    """Import article files, folders (recursive) and glob patterns into the library.

    \b
    Examples:
      newsreader import sample_data
      newsreader import 'dumps/**/*.txt' --source Reuters
    """
    library = context.library()
    if if_empty and (count := library.count_articles()):
        if as_json:
            emit_json(ImportReport().as_json())  # a script still gets a report to read
        else:
            click.echo(f"The library is not empty ({count:,} articles): nothing imported (--if-empty).", err=True)
        return
    annotations: dict[str, Any] | None = None
    if annotation_files := [p for p in paths if p.lower().endswith(".json")]:  # W3C exports: export_commands
        from newsreader.cli.export_commands import import_w3c_files

        ok, annotations = import_w3c_files(library, annotation_files, as_json)
        paths = tuple(p for p in paths if p not in annotation_files)
        if not paths or not ok:
            if as_json:
                emit_json({"annotations": annotations})
            sys.exit(0 if ok else 1)
    analyse, version = analyser()
    reanalyse(library, analyse, version)  # articles stored by an older analyser catch up first
    report = ImportReport()
    if sys.stderr.isatty() and not as_json:
        from rich.progress import Progress

        with Progress(transient=True) as bar:
            task = bar.add_task("importing", total=None)

            def show(done: int, total: int) -> None:
                if total >= PROGRESS_THRESHOLD:
                    bar.update(task, completed=done, total=total)

            import_files(library, list(paths), source=source, report=report, progress=show)
    else:
        import_files(library, list(paths), source=source, report=report)
    if as_json:
        # one document: the articles' report, with the annotation files' reports when there were any
        emit_json(report.as_json() | ({"annotations": annotations} if annotations is not None else {}))
    else:
        print_report(report)
    if report.failed:
        sys.exit(1)


def summary_json(summary: Any) -> dict[str, Any]:
    return {
        "id": summary.id,
        "title": summary.title,
        "source": summary.source,
        "published": summary.published.isoformat() if summary.published else None,
        "byline": summary.byline,
        "words": summary.words,
        "quotes": summary.quotes,
        "leaders": summary.leaders,
        "annotations": summary.annotations,
    }


@click.command("list")
@click.option("--source", help="Only this outlet (case-insensitive).")
@click.option("--since", help="Published on or after: 2022-12-01, 'Feb 2022', 'last week'.")
@click.option("--until", help="Published on or before (same forms as --since).")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many articles.")
@click.option("--sort", type=click.Choice(["date", "source", "title"]), default="date", show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_context
def list_command(
    context: Context,
    source: str | None,
    since: str | None,
    until: str | None,
    limit: int | None,
    sort: str,
    as_json: bool,
) -> None:
    """List articles, newest first."""
    library = context.library(existing=True)
    rows = library.list_articles(
        source=source,
        since=parse_when(since) if since else None,
        until=parse_when(until, end_of_period=True) if until else None,
        limit=limit,
        sort=sort,  # type: ignore[arg-type]
    )
    if as_json:
        emit_json([summary_json(r) for r in rows])
        return
    if not rows:
        if source or since or until:
            click.echo("No articles match these filters.")
        else:
            click.echo("No articles. Import some with: newsreader import PATH")
        return
    table = Table(show_header=True, header_style="bold", expand=False)
    for name, justify in (("id", "right"), ("date", "left"), ("source", "left"), ("title", "left")):
        table.add_column(name, justify=justify)  # type: ignore[arg-type]
    for column in ("quotes", "leaders", "notes"):
        table.add_column(column, justify="right")
    for r in rows:
        table.add_row(
            str(r.id),
            r.published.strftime("%Y-%m-%d") if r.published else "—",
            Text(r.source_label),
            Text(r.title),
            str(r.quotes),
            str(r.leaders),
            str(r.annotations),
        )
    Console(highlight=False).print(table)


def _article_id(value: str) -> int:
    try:
        return int(value)
    except ValueError:
        fail(f"{value!r}: an article id is a number (see newsreader list)")


@click.command("show")
@click.argument("article_id")
@click.option("--json", "as_json", is_flag=True, help="Print JSON (the analyze object plus id and annotations).")
@pass_context
def show_command(context: Context, article_id: str, as_json: bool) -> None:
    """Show one article with its quotations and leaders highlighted."""
    from newsreader.store import NotFound

    library = context.library(existing=True)
    try:
        article = library.get_article(_article_id(article_id))
    except NotFound as exc:
        fail(str(exc))
    analysis = library.get_analysis(article.id)  # type: ignore[arg-type]
    annotations = library.list_annotations(article_id=article.id)
    if as_json:
        data = analysis_json(article, analysis)
        data["id"] = article.id
        data["note"] = article.note
        data["comments"] = article.comments
        data["annotations"] = [annotation_json(a) for a in annotations]
        emit_json(data)
        return
    from newsreader.cli.render import render_article

    Console(highlight=False).print(render_article(article, analysis, annotations))


@click.command("analyze")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--source", help="Outlet name (overrides detection).")
@click.option("--json", "as_json", is_flag=True, help="Print the JSON contract (offsets index into 'text').")
def analyze_command(file: Path, source: str | None, as_json: bool) -> None:
    """Parse and analyse one file without touching the library."""
    from newsreader.ingest import IngestError, load_file

    try:
        loaded = load_file(file, source=source)
    except IngestError as exc:
        fail(str(exc))
    for warning in loaded.warnings:
        click.echo(f"warning: {file}: {warning}", err=True)
    analyse, _ = analyser()
    analysis = analyse(loaded.article)
    if as_json:
        emit_json(analysis_json(loaded.article, analysis))
        return
    from newsreader.cli.render import render_article

    Console(highlight=False).print(render_article(loaded.article, analysis, []))


@click.command("reanalyse")
@click.option("--all", "everything", is_flag=True, help="Re-analyse every article, not only stale ones.")
@pass_context
def reanalyse_command(context: Context, everything: bool) -> None:
    """Re-run the analyser on articles analysed by an older version (or all of them)."""
    library = context.library(existing=True)
    analyse, version = analyser()
    total = reanalyse(library, analyse, version, everything=everything)
    click.echo(f"re-analysed {total} article(s)")


def reanalyse(
    library: Library, analyse: Callable[[Article], Analysis], version: str, *, everything: bool = False
) -> int:
    """Analyse, batch by batch, every article whose stored analysis is not from ``version``."""
    total = 0
    last_id = 0
    while batch := library.stale_articles(None if everything else version, after_id=last_id, limit=IMPORT_BATCH):
        results = [
            (aid, analyse(Article(title=title, standfirst=standfirst, body=body)))
            for aid, title, standfirst, body in batch
        ]
        library.replace_analyses(results, version)
        total += len(results)
        last_id = batch[-1][0]
    return total


COMMANDS = [import_command, list_command, show_command, analyze_command, reanalyse_command]
