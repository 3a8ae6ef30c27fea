"""Feed refresh rate: 100 local feeds x 50 entries (issue 6's closing figure).

A server process (so its work does not share our GIL) serves 100 RSS feeds of 50 full-text entries
(~450 words each, every one distinct) from 10 loopback addresses (127.0.0.1-10), with ETags. Measured:

- first refresh: fetch, parse, analyse and store 5,000 new articles -- with the default politeness
  (2 requests per host at a time, 0.2 s between their starts) and with politeness off (the pipeline's
  own throughput);
- second refresh: every feed answers 304 Not Modified;
- third refresh without validators: every entry is already stored (the dedupe path).
"""

from __future__ import annotations

import multiprocessing
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import Result, not_measured, parse_common

ROW = "feeds"
HOSTS = 10
PARAGRAPH = (
    "The minister told reporters on {day} that talks with the opposition would continue into the night. "
    '"We will not walk away from the table while there is a chance of a deal," she said in the capital. '
    "Joe Biden and Emmanuel Macron spoke by telephone about the summit, aides said, and agreed to meet. "
    "Critics called the plan premature and demanded that the draft text be published before any vote. "
)


def _feed_bytes(feed: int, entries: int) -> bytes:
    from xml.sax.saxutils import escape

    items = []
    for i in range(entries):
        paragraphs = "".join(
            f"<p>Feed {feed} entry {i} part {p}. {PARAGRAPH.format(day=['Monday', 'Tuesday'][p % 2])}</p>"
            for p in range(7)
        )
        items.append(
            f"<item><title>Feed {feed} story {i}</title><link>http://news{feed}.invalid/story/{i}</link>"
            f"<guid>f{feed}-e{i}</guid><pubDate>Thu, 01 Dec 2022 {i % 24:02d}:13:00 +0100</pubDate>"
            f"<author>desk@news.invalid (Desk {feed})</author>"
            f"<description>{escape(f'Feed {feed} story {i} summary.')}</description>"
            f"<content:encoded><![CDATA[{paragraphs}]]></content:encoded></item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        f"<title>Bench Feed {feed}</title><link>http://news{feed}.invalid/</link><description>d</description>"
        + "".join(items)
        + "</channel></rss>"
    ).encode()


def _serve(feeds: int, entries: int, ready: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    bodies = {f"/feed{n}.xml": _feed_bytes(n, entries) for n in range(feeds)}

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            path, _, query = self.path.partition("?")
            body = bodies.get(path)
            if body is None:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            if "noetag" not in query and self.headers.get("If-None-Match") == '"v1"':
                self.send_response(304)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            if "noetag" not in query:
                self.send_header("ETag", '"v1"')
            self.end_headers()
            self.wfile.write(body)

    class Server(ThreadingHTTPServer):
        daemon_threads = True
        request_queue_size = 256

    servers = []
    port = 0
    for host in range(1, HOSTS + 1):
        server = Server((f"127.0.0.{host}", port), Handler)
        port = server.server_address[1]  # the same port on every address
        servers.append(server)
        threading.Thread(target=server.serve_forever, daemon=True).start()
    ready.put((port, sum(len(b) for b in bodies.values())))
    threading.Event().wait()


def _library(urls: list[str]):
    from newsreader.store import Library
    from newsreader.store.feeds import add_feed

    path = Path(tempfile.mkdtemp(prefix="bench-feeds-")) / "library.db"
    library = Library.open(path)
    for url in urls:
        add_feed(library, url)
    return library


def main() -> None:
    args = parse_common()
    feeds, entries = (20, 50) if args.quick else (100, 50)
    label = f"{feeds} feeds x {entries} entries"
    try:
        from newsreader.feeds import refresh
        from newsreader.fetch import FetchSettings
    except ImportError as exc:
        not_measured(ROW, label, "articles/s", f"feeds module missing ({exc})").emit()
        return
    from newsreader.cli.library_commands import analyser

    analyse = analyser()
    ready: multiprocessing.Queue = multiprocessing.Queue()  # type: ignore[type-arg]
    server = multiprocessing.Process(target=_serve, args=(feeds, entries, ready), daemon=True)
    server.start()
    try:
        port, total_bytes = ready.get(timeout=60)
        urls = [f"http://127.0.0.{n % HOSTS + 1}:{port}/feed{n}.xml" for n in range(feeds)]
        fast = FetchSettings(per_host=16, host_delay=0.0, max_connections=16)
        polite = FetchSettings()

        def timed(library, settings, **kw):
            started = time.perf_counter()
            report = refresh(library, settings=settings, analyser=analyse, **kw)
            seconds = time.perf_counter() - started
            assert not report.failed, [r.error for r in report.failed]
            return report, seconds

        rows = []
        for name, settings in (("politeness off", fast), ("default politeness", polite)):
            library = _library(urls)
            first, t1 = timed(library, settings)
            assert first.new == feeds * entries, first.new
            second, t2 = timed(library, settings)
            assert all(r.not_modified for r in second.feeds)
            library.close()
            rows.append((name, t1, t2))
        # The dedupe path: a server that ignores validators, every entry already stored.
        library = _library([u + "?noetag" for u in urls])
        timed(library, fast)
        third, t3 = timed(library, fast)
        assert third.new == 0 and sum(r.unchanged for r in third.feeds) == feeds * entries
        library.close()
    finally:
        server.kill()

    articles = feeds * entries
    for name, t1, t2 in rows:
        Result(
            row=ROW,
            label=f"{label}, first refresh, {name}",
            value=round(articles / t1, 1),
            unit="articles/s",
            higher_is_better=True,
            runs=1,
            note=f"{t1:.1f} s for {articles} new articles ({feeds / t1:.1f} feeds/s, "
            f"{total_bytes / 1e6:.0f} MB of feeds), analysed and stored",
        ).emit()
        Result(
            row=ROW,
            label=f"{label}, second refresh (all 304), {name}",
            value=round(t2, 2),
            unit="s",
            runs=1,
        ).emit()
    Result(
        row=ROW,
        label=f"{label}, refresh with nothing new (no ETag; dedupe)",
        value=round(t3, 2),
        unit="s",
        runs=1,
        note=f"{feeds / t3:.1f} feeds/s; full bodies fetched and parsed, nothing analysed or stored",
    ).emit()


if __name__ == "__main__":
    main()
