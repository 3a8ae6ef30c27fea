"""Refreshing feeds: fetch, parse, analyse and store new entries. UI-free; progress goes to a callback.

One feed's failure is that feed's result ("HTTP 404", "not a feed (HTML page)"), never the end of the
refresh: every other feed still refreshes and nothing already stored is touched. A feed's ETag and
Last-Modified are saved only once its new entries are stored, so an interrupted refresh fetches them
again next time rather than skipping them.

Entries already in the library (same feed and GUID, or the same URL from anywhere) are not fetched,
analysed or stored again. With full text on (``--full`` or the feed's own setting), an entry whose feed
text is only a teaser gets its linked page fetched and the article extracted with trafilatura; a
stored teaser is upgraded the same way, and the longer text always wins, so nothing is shortened.

A hostile feed is bounded: more than ``MAX_ENTRIES`` entries is refused before parsing (a 10 MB feed
of 100,000 tiny entries costs feedparser ~16 s of CPU), at most ``MAX_PAGES`` linked pages are fetched
per feed and refresh, within ``PAGE_TIME`` seconds (the rest wait for the next one, so a feed can
neither turn us into a crawler nor hold a refresh for an hour of slow pages), a
linked page of more than ``MAX_PAGE_ELEMENTS`` elements is not handed to trafilatura (minutes of CPU),
and new articles are analysed and stored ``STORE_BATCH`` at a time, each batch one transaction.

A refresh can be stopped from another thread (``cancelled``, a threading.Event, e.g. a Textual
worker's): its tasks are cancelled within ``POLL`` seconds, which closes every connection; a batch
already being written finishes its transaction, one not yet begun is dropped, and the feeds not yet
finished keep their old ETag, so the next refresh picks up what was missed.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any, Literal, TypeVar
from urllib.parse import urlsplit

from newsreader.fetch import Fetched, Fetcher, FetchError, FetchSettings
from newsreader.ingest import content_hash
from newsreader.ingest.feeds import SUMMARY_WORDS, FeedEntry, FeedError, ParsedFeed, parse_feed
from newsreader.ingest.html import PageError, page_to_article
from newsreader.model import Analysis, Article, Feed
from newsreader.store import Library
from newsreader.store import feeds as feed_store
from newsreader.store.library import now

T = TypeVar("T")
MAX_ENTRIES = 5000  # per feed document
MAX_PAGES = 100  # linked pages fetched per feed and refresh
PAGE_TIME = 120.0  # seconds one feed's linked pages may take, however slowly their servers trickle
STORE_BATCH = 100  # articles analysed and written per transaction
# trafilatura's time grows faster than the page's element count: 20k <p> take ~2 s, 40k ~9 s, 250k ~4 min.
MAX_PAGE_ELEMENTS = 25_000
MAX_LINE = 500  # characters of a title, byline or feed name
POLL = 0.05  # seconds between looks at the cancel event

Status = Literal["new", "unchanged", "failed"]
Analyser = tuple[Callable[[Article], Analysis], str]


@dataclass
class FeedResult:
    """What one feed's refresh did. ``error`` is set (one line) when ``status == "failed"``."""

    feed_id: int
    label: str
    url: str
    status: Status = "unchanged"
    new: int = 0
    unchanged: int = 0
    updated: int = 0  # stored teasers replaced by the full text
    not_modified: bool = False  # the server answered 304
    error: str | None = None
    skipped: list[str] = field(default_factory=list)  # entries refused, one line each
    warnings: list[str] = field(default_factory=list)
    article_ids: list[int] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "feed": self.feed_id,
            "label": self.label,
            "url": self.url,
            "status": self.status,
            "new": self.new,
            "unchanged": self.unchanged,
            "updated": self.updated,
            "not_modified": self.not_modified,
            "error": self.error,
            "skipped": self.skipped,
            "warnings": self.warnings,
        }


@dataclass
class RefreshReport:
    feeds: list[FeedResult] = field(default_factory=list)
    seconds: float = 0.0
    requests: int = 0
    cancelled: bool = False  # stopped early: ``feeds`` holds the ones that finished

    @property
    def new(self) -> int:
        return sum(r.new for r in self.feeds)

    @property
    def failed(self) -> list[FeedResult]:
        return [r for r in self.feeds if r.status == "failed"]

    def as_json(self) -> dict[str, Any]:
        return {
            "feeds": [r.as_json() for r in self.feeds],
            "new": self.new,
            "updated": sum(r.updated for r in self.feeds),
            "unchanged": sum(r.unchanged for r in self.feeds),
            "failed": len(self.failed),
            "seconds": round(self.seconds, 3),
            "requests": self.requests,
            "cancelled": self.cancelled,
        }


ProgressCallback = Callable[[int, int, FeedResult], None]


def _default_analyser() -> Analyser:
    from newsreader.cli.library_commands import analyser

    return analyser()


def refresh(
    library: Library,
    feed_ids: Sequence[int] | None = None,
    *,
    full: bool = False,
    on_progress: ProgressCallback | None = None,
    settings: FetchSettings | None = None,
    analyser: Analyser | None = None,
    cancelled: threading.Event | None = None,
) -> RefreshReport:
    """Refresh the feeds (all, or ``feed_ids``) from synchronous code: a thread, the CLI. Setting
    ``cancelled`` from another thread ends it early (the report says ``cancelled``)."""
    return asyncio.run(
        refresh_async(
            library,
            feed_ids,
            full=full,
            on_progress=on_progress,
            settings=settings,
            analyser=analyser,
            cancelled=cancelled,
        )
    )


async def refresh_async(
    library: Library,
    feed_ids: Sequence[int] | None = None,
    *,
    full: bool = False,
    on_progress: ProgressCallback | None = None,
    settings: FetchSettings | None = None,
    analyser: Analyser | None = None,
    cancelled: threading.Event | None = None,
) -> RefreshReport:
    """Refresh feeds concurrently (bounded by ``settings``); ``on_progress(done, total, result)``
    is called as each feed finishes, in the calling thread's event loop."""
    started = time.perf_counter()
    report = RefreshReport()
    finished: list[FeedResult] = []

    async def run() -> None:
        feeds = await asyncio.to_thread(feed_store.list_feeds, library, feed_ids)
        chosen = analyser or await asyncio.to_thread(_default_analyser)
        async with Fetcher(settings) as fetcher:
            job = _Refresh(library, fetcher, chosen, full, cancelled)

            async def one(feed: Feed) -> FeedResult:
                result = await job.feed(feed)
                finished.append(result)
                if on_progress:
                    on_progress(len(finished), len(feeds), result)
                return result

            tasks = [asyncio.create_task(one(feed)) for feed in feeds]
            try:
                report.feeds = list(await asyncio.gather(*tasks))
            finally:
                # A feed that stopped the refresh (cancelled mid-store) does not stop its siblings by
                # itself: they end here, before the connections close under them and their errors
                # would be recorded as the feeds' own.
                for task in tasks:
                    task.cancel()
                await asyncio.gather(*tasks, return_exceptions=True)
                report.requests = fetcher.requests

    if cancelled is None:
        await run()
    else:
        work = asyncio.create_task(run())
        try:
            while not work.done():
                await asyncio.wait({work}, timeout=POLL)
                if cancelled.is_set() and not work.done():
                    work.cancel()
            if work.cancelled() and cancelled.is_set():
                report.cancelled = True
            else:
                work.result()  # its exception, if any
        finally:
            if not work.done():  # we ourselves were cancelled: take the work down with us
                work.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await work
        if report.cancelled:
            report.feeds = list(finished)
    report.seconds = time.perf_counter() - started
    return report


class _Refresh:
    def __init__(
        self, library: Library, fetcher: Fetcher, analyser: Analyser, full: bool, cancelled: threading.Event | None
    ) -> None:
        self.library = library
        self.fetcher = fetcher
        self.analyse, self.version = analyser
        self.full = full
        self.cancelled = cancelled
        # Parsing, extraction and analysis are CPU-bound Python: more threads than cores only add
        # GIL contention, so they queue here while the network side keeps every connection busy.
        self.cpu = asyncio.Semaphore(max(1, min(4, os.cpu_count() or 1)))

    async def _cpu_bound(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        async with self.cpu:
            return await asyncio.to_thread(fn, *args, **kwargs)

    async def feed(self, feed: Feed) -> FeedResult:
        result = FeedResult(feed.id, feed.label, feed.url)
        try:
            await self._refresh(feed, result)
        except (FetchError, FeedError) as exc:
            self._fail(result, str(exc))
        except Exception as exc:  # a bug in one feed's handling must not stop the others
            self._fail(result, f"{type(exc).__name__}: {' '.join(str(exc).split())}")
        if result.status == "failed":
            try:
                await asyncio.to_thread(
                    feed_store.update_feed, self.library, feed.id, last_refresh=now(), last_error=result.error
                )
            except Exception as exc:  # the library itself failing: still report this feed's error
                result.warnings.append(f"could not record the error: {exc}")
        return result

    @staticmethod
    def _fail(result: FeedResult, error: str) -> None:
        result.status = "failed"
        result.error = error
        result.new = result.updated = 0

    async def _refresh(self, feed: Feed, result: FeedResult) -> None:
        want_full = self.full or feed.full_text
        # An explicit --full asks to revisit stored teasers, which a 304 would hide.
        validators = {} if self.full else {"etag": feed.etag, "last_modified": feed.last_modified}
        fetched = await self.fetcher.fetch(feed.url, **validators)
        if fetched.not_modified:
            result.not_modified = True
            await asyncio.to_thread(feed_store.update_feed, self.library, feed.id, last_refresh=now(), last_error=None)
            return
        listed = _count(_ENTRY_TAG, fetched.content, MAX_ENTRIES + 1)
        if listed > MAX_ENTRIES:
            raise FeedError(f"refused: the feed lists more than {MAX_ENTRIES} entries")
        parsed = await self._cpu_bound(parse_feed, fetched.content, fetched.content_type, fetched.url)
        result.warnings.extend(parsed.warnings)
        source = feed.name or _clip(parsed.title) or feed.title or urlsplit(feed.url).hostname
        fresh, upgrades = await self._sort_entries(feed, parsed, result, want_full)
        pages = _Pages(MAX_PAGES, asyncio.get_running_loop().time() + PAGE_TIME)
        articles = await asyncio.gather(
            *(self._article(feed, e, source, fetched, want_full, result, pages) for e in fresh)
        )
        upgraded = await asyncio.gather(
            *(self._upgrade(e, article_id, fetched, result, pages) for e, article_id in upgrades)
        )
        if pages.deferred:
            result.warnings.append(
                f"{pages.deferred} linked page(s) left for the next refresh "
                f"(at most {MAX_PAGES} pages and {PAGE_TIME:g} s per feed at a time)"
            )
        batch = [a for a in articles if a is not None] + [a for a in upgraded if a is not None]
        if batch:
            outcomes = await self._cpu_bound(self._store, batch)
            if self.cancelled is not None and self.cancelled.is_set():
                raise asyncio.CancelledError  # a batch was dropped: the ETag must not claim it stored
            for outcome in outcomes:
                result.article_ids.append(outcome.article_id)
                if outcome.status == "imported":
                    result.new += 1
                elif outcome.status == "updated":
                    result.updated += 1
                else:
                    result.unchanged += 1
        await asyncio.to_thread(
            feed_store.update_feed,
            self.library,
            feed.id,
            title=_clip(parsed.title) or feed.title,
            # Entries left for later must not be hidden behind a 304 next time.
            etag=None if pages.deferred else fetched.etag,
            last_modified=None if pages.deferred else fetched.last_modified,
            last_refresh=now(),
            last_error=None,
        )
        if result.new or result.updated:
            result.status = "new"

    async def _sort_entries(
        self, feed: Feed, parsed: ParsedFeed, result: FeedResult, want_full: bool
    ) -> tuple[list[FeedEntry], list[tuple[FeedEntry, int]]]:
        """New entries, and stored teasers worth upgrading; refused links are skipped with a reason."""
        entries: list[FeedEntry] = []
        seen: set[str] = set()
        for entry in parsed.entries:
            if entry.guid in seen or (entry.url and entry.url in seen):
                continue  # the same entry twice in one feed
            seen.update(filter(None, (entry.guid, entry.url)))
            if entry.url:
                try:
                    scheme = urlsplit(entry.url).scheme.lower()
                except ValueError:  # "http://[::1/x": one broken link must not fail the whole feed
                    result.skipped.append(f"{_entry_label(entry)}: refused link (not a valid URL)")
                    continue
                if scheme not in ("http", "https"):
                    result.skipped.append(
                        f"{_entry_label(entry)}: refused link ({scheme or 'relative'}:// is not http or https)"
                    )
                    continue
            entries.append(entry)
        by_guid, by_url = await asyncio.to_thread(
            feed_store.known_entries,
            self.library,
            feed.id,
            [e.guid for e in entries],
            [e.url for e in entries if e.url],
        )
        fresh: list[FeedEntry] = []
        upgrades: list[tuple[FeedEntry, int]] = []
        for entry in entries:
            known = by_guid.get(entry.guid) or (by_url.get(entry.url) if entry.url else None)
            if known is None:
                fresh.append(entry)
                continue
            article_id, words = known
            if want_full and entry.url and words < SUMMARY_WORDS:
                upgrades.append((entry, article_id))
            else:
                result.unchanged += 1
        return fresh, upgrades

    async def _page_text(self, url: str, fetched: Fetched, pages: _Pages) -> Article | None:
        """The linked page's article, or None when the feed's page budget (count or time) is spent."""
        if not pages.take():
            return None
        try:
            async with asyncio.timeout_at(pages.deadline):
                # A feed on a public address may not point us at the reader's own network; a local feed may.
                page = await self.fetcher.fetch(url, allow_private=not fetched.public)
        except TimeoutError:  # still queued or downloading when the feed's time ran out
            pages.deferred += 1
            return None
        if _count(_START_TAG, page.content, MAX_PAGE_ELEMENTS + 1) > MAX_PAGE_ELEMENTS:
            raise PageError(f"refused: the page has more than {MAX_PAGE_ELEMENTS} HTML elements")
        return await self._cpu_bound(page_to_article, page.content, url=page.url)

    async def _article(
        self,
        feed: Feed,
        entry: FeedEntry,
        source: str | None,
        fetched: Fetched,
        want_full: bool,
        result: FeedResult,
        pages: _Pages,
    ) -> Article | None:
        body = entry.text
        byline = entry.author
        published = entry.published
        if entry.url and ((want_full and entry.is_summary) or not body):
            try:
                page = await self._page_text(entry.url, fetched, pages)
                if page is None:  # left for the next refresh; a teaser is stored meanwhile
                    return self._entry_article(feed, entry, source, body, byline, published) if body else None
                if len(page.body) > len(body):
                    body = page.body
                    byline = byline or page.byline
                    published = published or page.published
            except (FetchError, PageError) as exc:
                message = f"{_entry_label(entry)}: full text not fetched ({exc})"
                if not body:
                    result.skipped.append(message)
                    return None
                result.warnings.append(message)
        if not body:
            result.skipped.append(f"{_entry_label(entry)}: the entry has no text and no link")
            return None
        return self._entry_article(feed, entry, source, body, byline, published)

    @staticmethod
    def _entry_article(
        feed: Feed, entry: FeedEntry, source: str | None, body: str, byline: str | None, published: datetime | None
    ) -> Article:
        return Article(
            title=_clip(entry.title) or _first_words(body),
            body=body,
            source=source,
            published=_usable_date(published),
            byline=_clip(byline),
            url=entry.url,
            guid=entry.guid,
            feed_id=feed.id,
            content_hash=content_hash(body),
        )

    async def _upgrade(
        self, entry: FeedEntry, article_id: int, fetched: Fetched, result: FeedResult, pages: _Pages
    ) -> Article | None:
        assert entry.url
        try:
            page = await self._page_text(entry.url, fetched, pages)
        except (FetchError, PageError) as exc:
            result.warnings.append(f"{_entry_label(entry)}: full text not fetched ({exc})")
            page = None
        if page is None:
            result.unchanged += 1
            return None
        stored = await asyncio.to_thread(self.library.get_article, article_id)
        if len(page.body) <= len(stored.body):
            result.unchanged += 1
            return None
        # Same origin/feed/GUID/URL as the stored row, so import_articles updates it in place.
        return replace(
            stored, body=page.body, byline=stored.byline or _clip(page.byline), content_hash=content_hash(page.body)
        )

    def _store(self, batch: list[Article]) -> list[Any]:
        """Analyse and write in transactions of STORE_BATCH; a cancelled refresh stops between articles,
        so the batch in hand is dropped whole and what was committed stays."""
        outcomes: list[Any] = []
        for start in range(0, len(batch), STORE_BATCH):
            analysed = []
            for article in batch[start : start + STORE_BATCH]:
                if self.cancelled is not None and self.cancelled.is_set():
                    return outcomes
                analysed.append((article, self.analyse(article)))
            outcomes.extend(self.library.import_articles(analysed, self.version))
        return outcomes


@dataclass
class _Pages:
    """The linked pages one feed may still fetch in this refresh, and until when (event-loop time)."""

    left: int
    deadline: float
    deferred: int = 0

    def take(self) -> bool:
        if self.left <= 0:
            self.deferred += 1
            return False
        self.left -= 1
        return True


# Counted on the raw bytes before parsing: an item or entry start tag (namespace prefix or not), and
# any start tag of a page.
_ENTRY_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(?:item|entry)[\s/>]")
_START_TAG = re.compile(rb"<[A-Za-z]")


def _count(pattern: re.Pattern[bytes], data: bytes, stop: int) -> int:
    """How many times ``pattern`` occurs in ``data``, counting no further than ``stop``."""
    count = 0
    for _ in pattern.finditer(data):
        count += 1
        if count >= stop:
            break
    return count


def _usable_date(value: datetime | None) -> datetime | None:
    """A published date the library can sort by, or None: not one that cannot be placed in UTC (year 1
    or 9999 with an offset, which would fail the feed's whole batch), nor one more than two days
    ahead (an entry dated 2090 would sit at the top of a newest-first library for good)."""
    if value is None:
        return None
    try:
        utc = value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)
    except (OverflowError, ValueError):
        return None
    return None if utc > now() + timedelta(days=2) else value


def _clip(text: str | None, limit: int = MAX_LINE) -> str | None:
    """One-line metadata cut to a sane length: a feed's 5 MB "title" would be printed whole by
    `newsreader list` and measured on every redraw of the library."""
    if text is None or len(text) <= limit:
        return text
    return text[: limit - 1].rstrip() + "…"


def _entry_label(entry: FeedEntry) -> str:
    return f"entry {_clip(entry.title or entry.url or entry.guid, 120)!r}"


def _first_words(text: str, count: int = 12) -> str:
    words = text.split()
    return " ".join(words[:count]) + (" …" if len(words) > count else "")


# ---------------------------------------------------------------------------- single pages


def fetch_page_article(url: str, *, source: str | None = None, settings: FetchSettings | None = None) -> Article:
    """One article page (``newsreader import URL``) fetched and extracted; raises FetchError or
    PageError with a one-line reason. The user named the URL, so any address is allowed."""

    async def run() -> Article:
        async with Fetcher(settings) as fetcher:
            page = await fetcher.fetch(url, allow_private=True)
        article = await asyncio.to_thread(page_to_article, page.content, url=page.url, source=source)
        return replace(article, url=url, origin=url, content_hash=content_hash(article.body))

    return asyncio.run(run())


def is_url(text: str) -> bool:
    return urlsplit(text).scheme.lower() in ("http", "https") and bool(urlsplit(text).netloc)


def subscribe_many(library: Library, entries: Iterable[tuple[str, str | None, tuple[str, ...], bool]]) -> list[Feed]:
    """Add feeds (url, title, tags, full_text) not yet subscribed; returns the ones added."""
    added = []
    known = {f.url for f in feed_store.list_feeds(library)}
    for url, title, tags, full_text in entries:
        if url in known:
            continue
        known.add(url)
        added.append(feed_store.add_feed(library, url, title=title, tags=tags, full_text=full_text))
    return added
