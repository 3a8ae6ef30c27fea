"""What a hostile or broken feed can throw at a refresh, against the real local server: each case stays
inside its own feed (or entry) and ends in one clear line; the library stays consistent."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler

import pytest
from tests.feeds.support import LocalServer, Route, html_page, long_text, no_analysis, rss

from newsreader import feeds as feeds_module
from newsreader.feeds import MAX_ENTRIES, refresh
from newsreader.fetch import FetchSettings
from newsreader.model import Analysis, Article
from newsreader.store import Library
from newsreader.store.feeds import add_feed, get_feed


def _entry(name: str, **extra: str) -> dict[str, str]:
    return {"title": name, "guid": name, "link": f"http://news.invalid/{name}", "description": f"{name} text.", **extra}


def test_impossible_and_far_future_dates_do_not_fail_the_feed(library: Library, server: LocalServer, fast_settings):
    """Year 1 or 9999 with an offset cannot be put in UTC for sorting (it used to fail the feed's whole
    batch with OverflowError); a date decades ahead would pin an entry to the top of the library."""
    entries = [
        _entry("good", pubDate="Thu, 01 Dec 2022 21:13:00 +0100"),
        _entry("year-one", pubDate="0001-01-01T00:00:00+05:00"),
        _entry("year-9999", pubDate="Fri, 31 Dec 9999 23:59:59 -1200"),
        _entry("far-future", pubDate="Sun, 01 Jan 2090 00:00:00 GMT"),
        _entry("nonsense", pubDate="Thu, 31 Feb 2022 25:61:00 +9900"),
    ]
    server.routes["/feed.xml"] = Route(rss(entries).encode())
    add_feed(library, server.url("/feed.xml"))
    result = refresh(library, settings=fast_settings, analyser=no_analysis()).feeds[0]
    assert result.status == "new" and result.new == 5, result.error
    dates = {a.title: a.published for a in library.list_articles()}
    assert dates["good"].isoformat() == "2022-12-01T21:13:00+01:00"
    assert {title for title, when in dates.items() if when is None} == {
        "year-one",
        "year-9999",
        "far-future",
        "nonsense",
    }


def test_a_broken_link_skips_its_entry_only(library: Library, server: LocalServer, fast_settings) -> None:
    entries = [_entry("fine"), {"title": "broken", "guid": "b", "link": "http://[::1/x", "description": "text"}]
    server.routes["/feed.xml"] = Route(rss(entries).encode())
    add_feed(library, server.url("/feed.xml"))
    result = refresh(library, settings=fast_settings, analyser=no_analysis()).feeds[0]
    assert result.status == "new" and result.new >= 1
    assert "fine" in {a.title for a in library.list_articles()}


def test_control_characters_never_reach_the_library(library: Library, server: LocalServer, fast_settings) -> None:
    """Terminal escapes (raw, or as XML character references to C1 controls) in titles, authors and
    text: `newsreader list` prints titles straight to a terminal, so none may survive."""
    feed = (
        b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        b"<title>Feed \x1b]0;owned\x07 title &#x9b;2J</title><link>http://x.invalid/</link><description>d</description>"
        b"<item><title>Clear \x1b[2J screen &#x9b;31m red &#x85; next</title><guid>e1</guid>"
        b"<author>a@x.invalid (Ann \x1b[8m Writer)</author>"
        b"<description>Body \x1b]52;c;aGk=\x07 text &#x9b;2J with a bell.</description></item>"
        b"</channel></rss>"
    )
    server.routes["/feed.xml"] = Route(feed)
    stored = add_feed(library, server.url("/feed.xml"))
    result = refresh(library, settings=fast_settings, analyser=no_analysis()).feeds[0]
    assert result.new == 1, result.error
    article = library.get_article(library.list_articles()[0].id)
    title = get_feed(library, stored.id).title
    for text in (article.title, article.byline, article.body, article.source, title):
        assert text and not any((ord(c) < 32 and c not in "\n\t") or 0x7F <= ord(c) <= 0x9F for c in text), repr(text)
    assert article.title.split() == ["Clear", "screen", "red", "next"] or "Clear" in article.title


def test_a_feed_of_a_hundred_thousand_entries_is_refused_before_parsing(
    library: Library, server: LocalServer, fast_settings
) -> None:
    """Parsing 100k tiny entries costs feedparser ~16 s of CPU (and a quit waits for it): counted first."""
    items = "".join(f"<item><guid>{i}</guid><title>t</title></item>" for i in range(100_000))
    server.routes["/feed.xml"] = Route(
        f'<rss version="2.0"><channel><title>Spam</title>{items}</channel></rss>'.encode()
    )
    add_feed(library, server.url("/feed.xml"))
    started = time.monotonic()
    result = refresh(library, settings=fast_settings, analyser=no_analysis()).feeds[0]
    assert time.monotonic() - started < 3
    assert result.status == "failed"
    assert result.error == f"refused: the feed lists more than {MAX_ENTRIES} entries"
    assert library.count_articles() == 0


def test_linked_pages_per_refresh_are_capped_and_the_rest_come_next_time(
    library: Library, server: LocalServer, fast_settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A feed of entries with no text of their own would make us fetch every link: a few per refresh,
    and the feed's ETag is not kept, so the next refresh (not a 304) picks up the rest."""
    monkeypatch.setattr(feeds_module, "MAX_PAGES", 3)
    entries = [{"title": f"s{i}", "guid": f"s{i}", "link": server.url(f"/s{i}")} for i in range(5)]
    server.routes["/feed.xml"] = Route(rss(entries).encode(), etag='"v1"')
    for i in range(5):
        server.routes[f"/s{i}"] = Route(html_page(f"s{i}", long_text(2)).encode(), content_type="text/html")
    feed = add_feed(library, server.url("/feed.xml"))
    first = refresh(library, settings=fast_settings, analyser=no_analysis()).feeds[0]
    assert first.new == 3 and first.skipped == []
    assert first.warnings == [
        "2 linked page(s) left for the next refresh (at most 3 pages and 120 s per feed at a time)"
    ]
    assert get_feed(library, feed.id).etag is None
    assert sum(server.hits[f"/s{i}"] for i in range(5)) == 3
    second = refresh(library, settings=fast_settings, analyser=no_analysis()).feeds[0]
    assert second.new == 2 and second.unchanged == 3 and second.warnings == []
    assert get_feed(library, feed.id).etag == '"v1"'
    assert library.count_articles() == 5


def test_cancelling_a_refresh_ends_it_at_once(library: Library, server: LocalServer, fast_settings) -> None:
    """A server that never answers, and the refresh is cancelled from another thread: it returns within
    a moment (not the 10 s timeout), keeps the feeds that had finished, and leaves the hanging feed
    untouched (no error recorded, no ETag), so the next refresh simply tries again."""

    def hang(handler: BaseHTTPRequestHandler) -> None:
        server.stop.wait(30)

    server.routes["/ok.xml"] = Route(rss([_entry("quick")]).encode(), etag='"ok"')
    server.routes["/hang.xml"] = hang
    ok = add_feed(library, server.url("/ok.xml"))
    stuck = add_feed(library, server.url("/hang.xml"))
    cancelled = threading.Event()
    done: list[object] = []
    settings = FetchSettings(timeout=10.0, deadline=30.0, host_delay=0)
    thread = threading.Thread(
        target=lambda: done.append(refresh(library, settings=settings, analyser=no_analysis(), cancelled=cancelled))
    )
    thread.start()
    deadline = time.monotonic() + 5
    while server.hits["/hang.xml"] == 0 or get_feed(library, ok.id).etag is None:
        assert time.monotonic() < deadline
        time.sleep(0.02)
    started = time.monotonic()
    cancelled.set()
    thread.join(5)
    assert not thread.is_alive() and time.monotonic() - started < 1
    report = done[0]
    assert report.cancelled and [r.feed_id for r in report.feeds] == [ok.id]
    assert [a.title for a in library.list_articles()] == ["quick"]
    hanging = get_feed(library, stuck.id)
    assert hanging.last_error is None and hanging.last_refresh is None


def test_cancel_between_store_batches_keeps_whole_batches(
    library: Library, server: LocalServer, fast_settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cancelled while analysing: the transactions already committed stay, the batch in hand is
    dropped whole, and the feed's ETag is not saved, so the next refresh stores the rest."""
    monkeypatch.setattr(feeds_module, "STORE_BATCH", 2)
    cancelled = threading.Event()
    analysed: list[str] = []

    def analyse(article: Article) -> Analysis:
        analysed.append(article.title)
        if len(analysed) == 3:  # the first article of the second batch
            cancelled.set()
        return Analysis()

    def hang(handler: BaseHTTPRequestHandler) -> None:
        server.stop.wait(30)

    server.routes["/feed.xml"] = Route(rss([_entry(f"e{i}") for i in range(5)]).encode(), etag='"v1"')
    server.routes["/hang.xml"] = hang
    feed = add_feed(library, server.url("/feed.xml"))
    sibling = add_feed(library, server.url("/hang.xml"))  # still waiting for its server meanwhile
    settings = FetchSettings(timeout=10.0, deadline=30.0, host_delay=0)
    started = time.monotonic()
    report = refresh(library, settings=settings, analyser=(analyse, "test"), cancelled=cancelled)
    assert time.monotonic() - started < 3
    assert report.cancelled
    assert library.count_articles() == 2
    assert get_feed(library, feed.id).etag is None
    # The sibling was stopped, not failed: its connection closing under it is not its error.
    assert get_feed(library, sibling.id).last_error is None
    time.sleep(0.3)  # nothing left running to record one late
    assert get_feed(library, sibling.id).last_error is None
    server.routes.pop("/hang.xml")
    again = refresh(library, settings=fast_settings, analyser=no_analysis()).feeds[0]
    assert again.new == 3 and library.count_articles() == 5


def test_a_page_too_complex_to_extract_is_refused(library: Library, server: LocalServer, fast_settings) -> None:
    """trafilatura's time grows faster than the element count (250k paragraphs: ~4 minutes of CPU);
    such a page is refused before extraction, as one line for its entry."""
    crowded = b"<html><body><article>" + b"<p>Word word word.</p>" * 30_000 + b"</article></body></html>"
    server.routes["/crowded"] = Route(crowded, content_type="text/html")
    server.routes["/fine"] = Route(html_page("Fine", long_text(3)).encode(), content_type="text/html")
    entries = [{"title": name, "guid": name, "link": server.url(f"/{name}")} for name in ("crowded", "fine")]
    server.routes["/feed.xml"] = Route(rss(entries).encode())
    add_feed(library, server.url("/feed.xml"))
    started = time.monotonic()
    result = refresh(library, settings=fast_settings, analyser=no_analysis()).feeds[0]
    assert time.monotonic() - started < 5
    assert result.new == 1
    refusal = f"refused: the page has more than {feeds_module.MAX_PAGE_ELEMENTS} HTML elements"
    assert result.skipped == [f"entry 'crowded': full text not fetched ({refusal})"]


def test_endless_titles_are_clipped(library: Library, server: LocalServer, fast_settings) -> None:
    huge = "Headline " * 200_000
    feed = rss([{**_entry("x"), "title": huge, "author": "a@x.invalid (" + "Name " * 50_000 + ")"}], title=huge)
    server.routes["/feed.xml"] = Route(feed.encode())
    stored = add_feed(library, server.url("/feed.xml"))
    result = refresh(library, settings=fast_settings, analyser=no_analysis()).feeds[0]
    assert result.new == 1
    article = library.get_article(library.list_articles()[0].id)
    for text in (article.title, article.byline, article.source, get_feed(library, stored.id).title):
        assert len(text) <= feeds_module.MAX_LINE and text.endswith("…")


def test_slow_linked_pages_are_left_for_later_when_the_feeds_time_is_up(
    library: Library, server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pages that never finish (each one under the per-response deadline) cannot hold the refresh: when
    the feed's page time is spent, the pages still queued or downloading wait for the next refresh."""
    monkeypatch.setattr(feeds_module, "PAGE_TIME", 0.5)

    def hang(handler: BaseHTTPRequestHandler) -> None:
        server.stop.wait(30)

    server.routes["/slow"] = hang
    entries = [{"title": f"s{i}", "guid": f"s{i}", "link": server.url(f"/slow?{i}")} for i in range(4)]
    entries.append(_entry("teaser") | {"link": server.url("/slow?teaser")})
    server.routes["/feed.xml"] = Route(rss(entries).encode(), etag='"v1"')
    feed = add_feed(library, server.url("/feed.xml"))
    settings = FetchSettings(timeout=10.0, deadline=30.0, host_delay=0, per_host=2)
    started = time.monotonic()
    result = refresh(library, full=True, settings=settings, analyser=no_analysis()).feeds[0]
    assert time.monotonic() - started < 2
    assert result.status == "new" and result.new == 1 and result.skipped == []  # the teaser, as it stands
    assert result.warnings == [
        "5 linked page(s) left for the next refresh (at most 100 pages and 0.5 s per feed at a time)"
    ]
    assert get_feed(library, feed.id).etag is None


def test_external_entities_are_never_fetched(library: Library, server: LocalServer, fast_settings) -> None:
    """An XML external entity would be a request our address rules never see (and a file read):
    feedparser must leave it unresolved."""
    server.routes["/secret"] = Route(b"SECRET-FROM-THE-LAN", content_type="text/plain")
    feed = (
        '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY net SYSTEM "' + server.url("/secret") + '">'
        '<!ENTITY file SYSTEM "file:///etc/hostname">]><rss version="2.0"><channel><title>T</title>'
        "<item><title>Entry &net;&file;</title><guid>x</guid><description>Text &net; &file; end.</description>"
        "</item></channel></rss>"
    )
    server.routes["/feed.xml"] = Route(feed.encode())
    add_feed(library, server.url("/feed.xml"))
    refresh(library, settings=fast_settings, analyser=no_analysis())
    assert server.hits["/secret"] == 0
    for summary in library.list_articles():
        assert "SECRET" not in library.get_article(summary.id).body
