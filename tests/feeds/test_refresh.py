"""The refresh service against a real local server: new / unchanged / failed, and nothing lost."""

from __future__ import annotations

from datetime import timedelta
from http.server import BaseHTTPRequestHandler

from tests.feeds.support import (
    ARTICLE_WORDS,
    FakeDNS,
    LocalServer,
    Route,
    atom,
    html_page,
    long_text,
    loopback_plays_public,
    no_analysis,
    rss,
)

from newsreader.feeds import refresh
from newsreader.fetch import FetchSettings
from newsreader.store import Library
from newsreader.store.feeds import add_feed, get_feed, list_feeds, update_feed


def items(count: int, prefix: str = "/a", **extra: str) -> list[dict[str, str]]:
    return [
        {
            "title": f"Story {i}",
            "link": f"http://news.invalid{prefix}/{i}",
            "guid": f"{prefix}-{i}",
            "pubDate": f"Thu, 0{1 + i % 9} Dec 2022 21:13:00 +0100",
            "author": "ann@example.invalid (Ann Writer)",
            "description": f"Story {i} from {prefix}. " + ARTICLE_WORDS,
            **extra,
        }
        for i in range(count)
    ]


def test_rss_and_atom_entries_become_analysed_articles(library: Library, server: LocalServer, fast_settings) -> None:
    server.routes["/rss.xml"] = Route(rss(items(3), title="Daily Planet").encode())
    server.routes["/atom.xml"] = Route(
        atom(
            [
                {
                    "id": "urn:e1",
                    "title": "Atom story",
                    "link": "http://atom.invalid/e1",
                    "author": "Bob Byline",
                    "content": "".join(f"<p>{p}</p>" for p in long_text(2)),
                    "updated": "2022-02-06T13:15:00-05:00",
                }
            ]
        ).encode(),
        content_type="application/atom+xml",
    )
    rss_feed = add_feed(library, server.url("/rss.xml"))
    atom_feed = add_feed(library, server.url("/atom.xml"), name="My Atom Outlet")
    report = refresh(library, settings=fast_settings)  # the real analyser

    assert [(r.status, r.new, r.error) for r in report.feeds] == [("new", 3, None), ("new", 1, None)]
    summaries = library.list_articles(limit=10)
    assert len(summaries) == 4
    atom_article = next(library.get_article(s.id) for s in summaries if s.title == "Atom story")
    assert atom_article.source == "My Atom Outlet"  # the configured name wins over the feed title
    assert atom_article.byline == "Bob Byline"
    assert atom_article.feed_id == atom_feed.id and atom_article.guid == "urn:e1"
    assert atom_article.url == "http://atom.invalid/e1"
    assert atom_article.published.utcoffset() == timedelta(hours=-5)  # the printed zone is kept
    assert atom_article.body.split("\n\n")[0].startswith("Paragraph 1.")
    # Analysed like files: the quotation in the text is found.
    analysis = library.get_analysis(atom_article.id)
    assert any("We will not walk away from the table" in q.text for q in analysis.quotes)

    story = next(library.get_article(s.id) for s in summaries if s.title == "Story 1")
    assert story.source == "Daily Planet"  # the feed's own title
    assert story.byline == "Ann Writer"
    assert story.published.isoformat() == "2022-12-02T21:13:00+01:00"
    assert get_feed(library, rss_feed.id).title == "Daily Planet"
    assert get_feed(library, rss_feed.id).articles == 3


def test_second_refresh_is_conditional_and_fetches_nothing_new(
    library: Library, server: LocalServer, fast_settings
) -> None:
    server.routes["/etag.xml"] = Route(rss(items(5)).encode(), etag='"abc"')
    server.routes["/lm.xml"] = Route(rss(items(4, "/b")).encode(), last_modified="Thu, 01 Dec 2022 10:00:00 GMT")
    add_feed(library, server.url("/etag.xml"))
    add_feed(library, server.url("/lm.xml"))
    first = refresh(library, settings=fast_settings, analyser=no_analysis())
    assert first.new == 9
    second = refresh(library, settings=fast_settings, analyser=no_analysis())
    assert second.new == 0
    assert all(r.not_modified and r.status == "unchanged" for r in second.feeds)
    assert server.not_modified["/etag.xml"] == 1 and server.not_modified["/lm.xml"] == 1
    assert library.count_articles() == 9


def test_entries_already_stored_are_not_duplicated(library: Library, server: LocalServer, fast_settings) -> None:
    # No validators: the server sends the whole feed each time, with one new entry the second time.
    server.routes["/feed.xml"] = Route(rss(items(3)).encode())
    feed = add_feed(library, server.url("/feed.xml"))
    assert refresh(library, settings=fast_settings, analyser=no_analysis()).new == 3
    server.routes["/feed.xml"] = Route(rss(items(4)).encode())
    report = refresh(library, settings=fast_settings, analyser=no_analysis())
    assert (report.feeds[0].new, report.feeds[0].unchanged) == (1, 3)
    assert library.count_articles() == 4
    assert get_feed(library, feed.id).articles == 4


def test_same_url_in_two_feeds_is_one_article(library: Library, server: LocalServer, fast_settings) -> None:
    shared = items(2)
    server.routes["/one.xml"] = Route(rss(shared, title="One").encode())
    # Another feed carries the same stories under its own GUIDs.
    server.routes["/two.xml"] = Route(rss([{**i, "guid": "other-" + i["guid"]} for i in shared], title="Two").encode())
    add_feed(library, server.url("/one.xml"))
    add_feed(library, server.url("/two.xml"))
    refresh(library, feed_ids=[1], settings=fast_settings, analyser=no_analysis())
    report = refresh(library, feed_ids=[2], settings=fast_settings, analyser=no_analysis())
    assert (report.feeds[0].new, report.feeds[0].unchanged) == (0, 2)
    assert library.count_articles() == 2


def _teaser_feed(server: LocalServer, count: int = 2) -> None:
    entries = [
        {
            "title": f"Teaser {i}",
            "link": server.url(f"/story/{i}"),
            "guid": f"t{i}",
            "description": f"Teaser {i}: the minister spoke. Read more...",
        }
        for i in range(count)
    ]
    server.routes["/teasers.xml"] = Route(rss(entries, title="Teasers").encode())
    for i in range(count):
        server.routes[f"/story/{i}"] = Route(
            html_page(f"Teaser {i}", [f"{p} (story {i})" for p in long_text(5)]).encode(),
            content_type="text/html; charset=utf-8",
        )


def test_full_text_fetches_the_linked_page(library: Library, server: LocalServer, fast_settings) -> None:
    _teaser_feed(server)
    add_feed(library, server.url("/teasers.xml"))
    report = refresh(library, full=True, settings=fast_settings, analyser=no_analysis())
    assert report.new == 2
    article = library.get_article(library.list_articles(text="Teaser 0")[0].id)
    paragraphs = article.body.split("\n\n")
    assert paragraphs[0].startswith("Paragraph 1.") and len(paragraphs) == 5
    assert "newsletter" not in article.body and "Copyright" not in article.body  # page furniture gone
    assert article.byline is None or article.byline == "Jane Reporter"
    assert server.hits["/story/0"] == 1


def test_without_full_text_the_teaser_is_stored_and_later_upgraded(
    library: Library, server: LocalServer, fast_settings
) -> None:
    _teaser_feed(server)
    add_feed(library, server.url("/teasers.xml"))
    refresh(library, settings=fast_settings, analyser=no_analysis())
    assert server.hits["/story/0"] == 0
    article_id = library.list_articles(text="Teaser 0")[0].id
    assert library.get_article(article_id).body == "Teaser 0: the minister spoke. Read more..."
    library.add_annotation(article_id, 0, 8, note="kept")

    report = refresh(library, full=True, settings=fast_settings, analyser=no_analysis())
    assert report.feeds[0].updated == 2 and report.new == 0
    upgraded = library.get_article(article_id)
    assert upgraded.id == article_id and upgraded.body.startswith("Paragraph 1.")
    assert library.count_articles() == 2
    assert [a.note for a in library.list_annotations(article_id=article_id)] == ["kept"]  # nothing lost


def test_per_feed_full_text_setting(library: Library, server: LocalServer, fast_settings) -> None:
    _teaser_feed(server, 1)
    add_feed(library, server.url("/teasers.xml"), full_text=True)
    refresh(library, settings=fast_settings, analyser=no_analysis())
    assert library.get_article(1).body.startswith("Paragraph 1.")


def _hang(server: LocalServer):
    def handler(h: BaseHTTPRequestHandler) -> None:
        server.stop.wait(30)

    return handler


def _huge(h: BaseHTTPRequestHandler) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "application/rss+xml")
    h.send_header("Connection", "close")
    h.end_headers()
    chunk = b" " * (256 * 1024)
    for _ in range(200):  # 50 MB, never held in memory
        h.wfile.write(chunk)


def _loop(target: str):
    def handler(h: BaseHTTPRequestHandler) -> None:
        h.send_response(302)
        h.send_header("Location", target)
        h.send_header("Content-Length", "0")
        h.end_headers()

    return handler


def test_hostile_feeds_fail_alone_with_clear_reasons(library: Library, server: LocalServer, fast_settings) -> None:
    # Something already stored, which no failure may touch.
    server.routes["/good.xml"] = Route(rss(items(2)).encode())
    add_feed(library, server.url("/good.xml"))
    refresh(library, settings=fast_settings, analyser=no_analysis())
    before = {s.id: library.get_article(s.id).body for s in library.list_articles()}

    server.routes["/good.xml"] = Route(rss(items(3)).encode())
    server.routes["/malformed.xml"] = Route(b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item>')
    server.routes["/page.html"] = Route(html_page("Hi", ["Just a page."]).encode(), content_type="text/html")
    server.routes["/html-as-xml"] = Route(b"<!DOCTYPE html><html><body>x</body></html>", content_type="text/xml")
    server.routes["/e500"] = Route(b"boom", status=500, content_type="text/plain")
    server.routes["/hang"] = _hang(server)
    server.routes["/huge"] = _huge
    server.routes["/loop1"] = _loop("/loop2")
    server.routes["/loop2"] = _loop("/loop1")
    server.routes["/empty"] = Route(b"")
    expected = {
        "/malformed.xml": "malformed XML: line 1, column 88: no element found",
        "/page.html": "not a feed (HTML page)",
        "/html-as-xml": "not a feed (HTML page)",
        "/missing": "HTTP 404",
        "/e500": "HTTP 500",
        "/hang": "timed out after 1 s",
        "/huge": "response larger than 10 MB",
        "/loop1": "too many redirects (a redirect loop)",
        "/empty": "empty response (no feed)",
    }
    for path in expected:
        add_feed(library, server.url(path))
    report = refresh(library, settings=fast_settings, analyser=no_analysis())

    by_url = {r.url: r for r in report.feeds}
    good = by_url[server.url("/good.xml")]
    assert (good.status, good.new, good.unchanged) == ("new", 1, 2)
    for path, reason in expected.items():
        result = by_url[server.url(path)]
        assert (result.status, result.error) == ("failed", reason), path
    for feed in list_feeds(library):
        if feed.url != server.url("/good.xml"):
            assert feed.last_error == expected[feed.url.removeprefix(server.base)]
            assert feed.last_refresh is not None
    for article_id, body in before.items():
        assert library.get_article(article_id).body == body
    assert library.count_articles() == 3


def test_a_fixed_feed_clears_its_error(library: Library, server: LocalServer, fast_settings) -> None:
    server.routes["/feed.xml"] = Route(b"nope", status=503, content_type="text/plain")
    feed = add_feed(library, server.url("/feed.xml"))
    refresh(library, settings=fast_settings, analyser=no_analysis())
    assert get_feed(library, feed.id).last_error == "HTTP 503"
    server.routes["/feed.xml"] = Route(rss(items(1)).encode())
    refresh(library, settings=fast_settings, analyser=no_analysis())
    assert get_feed(library, feed.id).last_error is None


def test_wrong_and_missing_charsets(library: Library, server: LocalServer, fast_settings) -> None:
    entry = [{"title": "Café Zürich naïve", "link": "http://x.invalid/1", "guid": "c1", "description": "Crème brûlée"}]
    # UTF-8 bytes labelled latin-1, with no XML declaration to correct it.
    server.routes["/utf8-as-latin1"] = Route(
        rss(entry, declaration=False).encode("utf-8"), content_type="application/rss+xml; charset=iso-8859-1"
    )
    # latin-1 bytes labelled UTF-8.
    entry2 = [{**entry[0], "guid": "c2", "link": "http://x.invalid/2", "description": "Crème brûlée 2"}]
    server.routes["/latin1-as-utf8"] = Route(
        rss(entry2, encoding="iso-8859-1").encode("latin-1"), content_type="application/rss+xml; charset=utf-8"
    )
    # No charset anywhere (text/xml defaults to us-ascii by the RFC; the bytes are UTF-8).
    entry3 = [{**entry[0], "guid": "c3", "link": "http://x.invalid/3", "description": "Crème brûlée 3"}]
    server.routes["/no-charset"] = Route(rss(entry3, declaration=False).encode("utf-8"), content_type="text/xml")
    for path in ("/utf8-as-latin1", "/latin1-as-utf8", "/no-charset"):
        add_feed(library, server.url(path))
    report = refresh(library, settings=fast_settings, analyser=no_analysis())
    assert [r.status for r in report.feeds] == ["new", "new", "new"], [r.error for r in report.feeds]
    titles = {s.title for s in library.list_articles()}
    assert titles == {"Café Zürich naïve"}
    bodies = {library.get_article(s.id).body for s in library.list_articles()}
    assert bodies == {"Crème brûlée", "Crème brûlée 2", "Crème brûlée 3"}


def test_entry_linking_to_file_url_is_refused(library: Library, server: LocalServer, fast_settings) -> None:
    entries = [
        {"title": "Evil", "link": "file:///etc/passwd", "guid": "evil", "description": "x"},
        {"title": "Fine", "link": "http://news.invalid/fine", "guid": "fine", "description": "A fine story."},
    ]
    server.routes["/feed.xml"] = Route(rss(entries).encode())
    add_feed(library, server.url("/feed.xml"))
    report = refresh(library, full=True, settings=fast_settings, analyser=no_analysis())
    result = report.feeds[0]
    assert result.status == "new" and result.new == 1
    assert result.skipped == ["entry 'Evil': refused link (file:// is not http or https)"]
    assert [s.title for s in library.list_articles()] == ["Fine"]


def test_public_feed_may_not_link_to_private_addresses(library: Library, server: LocalServer) -> None:
    """The feed is on a public host (the loopback server plays one); its entries point into a private network."""
    port = server.server_address[1]
    dns = FakeDNS({"news.test": "127.0.0.1", "intranet.test": "10.1.2.3"})
    settings = FetchSettings(timeout=1.0, host_delay=0, resolver=dns, public_address=loopback_plays_public)
    entries = [
        {"title": "Inside", "link": f"http://intranet.test:{port}/internal", "guid": "in"},  # no text: page needed
        {"title": "Teaser", "link": f"http://intranet.test:{port}/internal2", "guid": "t", "description": "Short."},
    ]
    server.routes["/feed.xml"] = Route(rss(entries).encode())
    add_feed(library, f"http://news.test:{port}/feed.xml")
    report = refresh(library, full=True, settings=settings, analyser=no_analysis())
    result = report.feeds[0]
    refusal = "refused: intranet.test (10.1.2.3) is a private or local address (linked from a public source)"
    assert result.skipped == [f"entry 'Inside': full text not fetched ({refusal})"]
    assert result.warnings == [f"entry 'Teaser': full text not fetched ({refusal})"]
    assert [library.get_article(s.id).body for s in library.list_articles()] == ["Short."]


def test_rebinding_entry_host_is_refused_per_entry(library: Library, server: LocalServer) -> None:
    """DNS rebinding from a public feed: the entries' host answers public to the first lookup and
    private to the next. Every connection is checked against the answer it connects to, so the entry
    whose connection got the private answer is refused with a clear line and the feed still refreshes."""
    port = server.server_address[1]
    dns = FakeDNS({"news.test": "127.0.0.1", "rebind.test": ["127.0.0.1", "10.9.9.9"]})
    settings = FetchSettings(timeout=1.0, host_delay=0, per_host=1, resolver=dns, public_address=loopback_plays_public)
    entries = [{"title": name, "link": f"http://rebind.test:{port}/{name}", "guid": name} for name in ("one", "two")]
    server.routes["/feed.xml"] = Route(rss(entries).encode())
    for name in ("one", "two"):  # each page on its own connection, so each needs a lookup
        page = html_page(name, long_text(3)).encode()
        server.routes[f"/{name}"] = Route(page, content_type="text/html", headers={"Connection": "close"})
    add_feed(library, f"http://news.test:{port}/feed.xml")
    result = refresh(library, settings=settings, analyser=no_analysis()).feeds[0]
    assert result.status == "new" and result.new == 1 and result.error is None
    refusal = "refused: rebind.test (10.9.9.9) is a private or local address (linked from a public source)"
    assert len(result.skipped) == 1 and result.skipped[0].endswith(f": full text not fetched ({refusal})")
    assert dns.lookups["rebind.test"] == 2
    assert server.hits["/one"] + server.hits["/two"] == 1  # the private answer was never connected to


def test_local_feed_may_link_to_local_pages(library: Library, server: LocalServer, fast_settings) -> None:
    entries = [{"title": "Local", "link": server.url("/story"), "guid": "l"}]
    server.routes["/feed.xml"] = Route(rss(entries).encode())
    server.routes["/story"] = Route(html_page("Local", long_text(3)).encode(), content_type="text/html")
    add_feed(library, server.url("/feed.xml"))
    report = refresh(library, settings=fast_settings, analyser=no_analysis())  # no text in the feed: page fetched
    assert report.new == 1
    article = library.get_article(1)
    assert article.body.startswith("Paragraph 1.")
    assert article.published.isoformat() == "2022-12-01T21:13:00+01:00"  # the entry has none; the page's
    assert article.byline == "Jane Reporter"


def test_progress_callback_and_feed_selection(library: Library, server: LocalServer, fast_settings) -> None:
    for name in ("a", "b", "c"):
        server.routes[f"/{name}.xml"] = Route(rss(items(1, f"/{name}")).encode())
        add_feed(library, server.url(f"/{name}.xml"))
    seen = []
    report = refresh(
        library,
        feed_ids=[1, 3],
        settings=fast_settings,
        analyser=no_analysis(),
        on_progress=lambda done, total, result: seen.append((done, total, result.feed_id)),
    )
    assert sorted(r.feed_id for r in report.feeds) == [1, 3]
    assert [(d, t) for d, t, _ in seen] == [(1, 2), (2, 2)]
    assert server.hits["/b.xml"] == 0


def test_etag_is_saved_only_after_success(library: Library, server: LocalServer, fast_settings) -> None:
    server.routes["/feed.xml"] = Route(rss(items(1)).encode(), etag='"v1"')
    feed = add_feed(library, server.url("/feed.xml"))
    update_feed(library, feed.id, etag=None)
    refresh(library, settings=fast_settings, analyser=no_analysis())
    assert get_feed(library, feed.id).etag == '"v1"'
