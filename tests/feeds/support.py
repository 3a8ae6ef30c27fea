"""Test support for feeds: a real HTTP server on 127.0.0.1 (routes set per test, hits counted) and
builders for feeds and pages.

Never the internet: every URL the tests fetch is served here (or refused before any connection).
"""

from __future__ import annotations

import contextlib
import ipaddress
import sys
import threading
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape

from newsreader.fetch import FetchError, IPAddress, is_public
from newsreader.model import Analysis, Article

Handler = Callable[[BaseHTTPRequestHandler], None]


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "application/rss+xml; charset=utf-8"
    etag: str | None = None
    last_modified: str | None = None
    headers: dict[str, str] = field(default_factory=dict)


class _Handler(BaseHTTPRequestHandler):
    server: LocalServer  # type: ignore[assignment]
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: object) -> None:  # quiet
        pass

    def do_GET(self) -> None:
        path = self.path.split("?")[0]
        with self.server.lock:
            self.server.hits[path] += 1
        route = self.server.routes.get(path)
        if route is None:
            self._send(404, b"not found", "text/plain")
            return
        if callable(route):
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                route(self)
            return
        if (route.etag and self.headers.get("If-None-Match") == route.etag) or (
            route.last_modified and self.headers.get("If-Modified-Since") == route.last_modified
        ):
            with self.server.lock:
                self.server.not_modified[path] += 1
            self.send_response(304)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        extra = dict(route.headers)
        if route.etag:
            extra["ETag"] = route.etag
        if route.last_modified:
            extra["Last-Modified"] = route.last_modified
        self._send(route.status, route.body, route.content_type, extra)

    def _send(self, status: int, body: bytes, content_type: str, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)


class LocalServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 256  # many feeds connect at once; a short backlog drops SYNs (1 s retries)

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.routes: dict[str, Route | Handler] = {}
        self.hits: Counter[str] = Counter()
        self.not_modified: Counter[str] = Counter()
        self.lock = threading.Lock()
        self.stop = threading.Event()  # handlers that hang wait on this

    def handle_error(self, request: object, client_address: object) -> None:
        # The fetcher under test hangs up on purpose (size limits, refusals, closed keep-alive connections);
        # the default handler would print that traceback into the stderr the CLI tests capture.
        error = sys.exc_info()[1]
        if isinstance(error, (ConnectionError, TimeoutError)):
            return
        super().handle_error(request, client_address)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path


@contextlib.contextmanager
def serving() -> Iterator[LocalServer]:
    """A LocalServer answering on a background thread for the length of the block."""
    httpd = LocalServer()
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield httpd
    finally:
        httpd.stop.set()
        httpd.shutdown()
        httpd.server_close()


LOOPBACK = ipaddress.ip_address("127.0.0.1")


def loopback_plays_public(address: IPAddress) -> bool:
    """An address classifier for FetchSettings.public_address: the local server stands in for a host
    on the internet; every other address keeps its real class (10.x, 169.254.x stay private)."""
    return address == LOOPBACK or is_public(address)


class FakeDNS:
    """A resolver for FetchSettings.resolver: names answer from ``answers`` (a list of answers is used
    one lookup after another, the last one repeating, as a rebinding name with a zero TTL would);
    IP literals answer themselves; lookups are counted per name."""

    def __init__(self, answers: dict[str, str | Sequence[str]]) -> None:
        self.answers = answers
        self.lookups: Counter[str] = Counter()

    async def __call__(self, host: str) -> list[IPAddress]:
        try:
            return [ipaddress.ip_address(host.strip("[]"))]
        except ValueError:
            pass
        self.lookups[host] += 1
        if host not in self.answers:
            raise FetchError(f"cannot resolve host {host}")
        answer = self.answers[host]
        if not isinstance(answer, str):
            answer = answer[min(self.lookups[host], len(answer)) - 1]
        return [ipaddress.ip_address(answer)]


def no_analysis() -> tuple[Callable[[Article], Analysis], str]:
    return (lambda article: Analysis()), "test"


# ------------------------------------------------------------------ content builders

ARTICLE_WORDS = (
    "The minister told reporters on Tuesday that the talks would continue. "
    '"We will not walk away from the table," she said, adding that a deal was close. '
    "Opposition leaders called the claim premature and asked for the draft to be published. "
)


def long_text(paragraphs: int = 6) -> list[str]:
    return [(f"Paragraph {i + 1}. " + ARTICLE_WORDS * 3).strip() for i in range(paragraphs)]


def rss(
    items: list[dict[str, str]],
    title: str = "Test Feed",
    encoding: str = "utf-8",
    declaration: bool = True,
) -> str:
    parts = []
    if declaration:
        parts.append(f'<?xml version="1.0" encoding="{encoding}"?>')
    parts.append('<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>')
    parts.append(f"<title>{escape(title)}</title><link>http://example.invalid/</link><description>d</description>")
    for item in items:
        parts.append("<item>")
        for key in ("title", "link", "guid", "author", "pubDate", "description"):
            if key in item:
                parts.append(f"<{key}>{escape(item[key])}</{key}>")
        if "content" in item:
            parts.append(f"<content:encoded><![CDATA[{item['content']}]]></content:encoded>")
        parts.append("</item>")
    parts.append("</channel></rss>")
    return "".join(parts)


def atom(entries: list[dict[str, str]], title: str = "Atom Feed") -> str:
    parts = ['<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">']
    parts.append(f"<title>{escape(title)}</title><id>urn:test:feed</id><updated>2022-12-01T00:00:00Z</updated>")
    for entry in entries:
        parts.append("<entry>")
        parts.append(f"<id>{escape(entry['id'])}</id><title>{escape(entry['title'])}</title>")
        if "link" in entry:
            parts.append(f'<link rel="alternate" href="{escape(entry["link"])}"/>')
        parts.append(f"<updated>{entry.get('updated', '2022-12-01T21:13:00+01:00')}</updated>")
        if "author" in entry:
            parts.append(f"<author><name>{escape(entry['author'])}</name></author>")
        if "summary" in entry:
            parts.append(f"<summary>{escape(entry['summary'])}</summary>")
        if "content" in entry:
            parts.append(f'<content type="html">{escape(entry["content"])}</content>')
        parts.append("</entry>")
    parts.append("</feed>")
    return "".join(parts)


def html_page(title: str, paragraphs: list[str], author: str = "Jane Reporter", site: str = "The Test Times") -> str:
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"<title>{escape(title)} | {escape(site)}</title>"
        f"<meta property='og:title' content='{escape(title)}'>"
        f"<meta property='og:site_name' content='{escape(site)}'>"
        f"<meta name='author' content='{escape(author)}'>"
        "<meta property='article:published_time' content='2022-12-01T21:13:00+01:00'>"
        "</head><body><nav><a href='/'>Home</a> <a href='/news'>News</a> Sign up to our newsletter</nav>"
        f"<main><article><h1>{escape(title)}</h1>{body}</article></main>"
        "<footer>Copyright The Test Times. All rights reserved.</footer></body></html>"
    )


def http_date(when: datetime | None = None) -> str:
    return format_datetime(when or datetime(2022, 12, 1, tzinfo=UTC), usegmt=True)
