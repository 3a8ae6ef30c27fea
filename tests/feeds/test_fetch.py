"""The fetcher against a real local server: each hostile case ends in one clear line."""

from __future__ import annotations

import asyncio
import ipaddress
import threading
import time
from http.server import BaseHTTPRequestHandler

import pytest
from tests.feeds.support import LocalServer, Route

from newsreader.fetch import MB, Fetcher, FetchError, FetchSettings, is_public


async def fetch(url: str, settings: FetchSettings, **kwargs: object):
    async with Fetcher(settings) as fetcher:
        return await fetcher.fetch(url, **kwargs)


async def failure(url: str, settings: FetchSettings, **kwargs: object) -> str:
    with pytest.raises(FetchError) as caught:
        await fetch(url, settings, **kwargs)
    message = str(caught.value)
    assert "\n" not in message
    return message


async def test_fetches_body_and_validators(server: LocalServer, fast_settings: FetchSettings) -> None:
    server.routes["/feed.xml"] = Route(b"<rss/>", etag='"v1"', last_modified="Thu, 01 Dec 2022 00:00:00 GMT")
    result = await fetch(server.url("/feed.xml"), fast_settings)
    assert result.status == 200
    assert result.content == b"<rss/>"
    assert result.etag == '"v1"'
    assert result.last_modified == "Thu, 01 Dec 2022 00:00:00 GMT"
    assert result.content_type.startswith("application/rss+xml")
    assert not result.public  # 127.0.0.1


async def test_conditional_get_gives_not_modified(server: LocalServer, fast_settings: FetchSettings) -> None:
    server.routes["/feed.xml"] = Route(b"<rss/>", etag='"v1"')
    result = await fetch(server.url("/feed.xml"), fast_settings, etag='"v1"')
    assert result.not_modified and result.content == b""
    assert server.not_modified["/feed.xml"] == 1


@pytest.mark.parametrize("status", [404, 500, 410])
async def test_http_errors(server: LocalServer, fast_settings: FetchSettings, status: int) -> None:
    server.routes["/x"] = Route(b"oops", status=status, content_type="text/plain")
    assert await failure(server.url("/x"), fast_settings) == f"HTTP {status}"


async def test_server_that_never_answers_times_out(server: LocalServer, fast_settings: FetchSettings) -> None:
    def hang(handler: BaseHTTPRequestHandler) -> None:
        server.stop.wait(30)

    server.routes["/hang"] = hang
    started = time.monotonic()
    assert await failure(server.url("/hang"), fast_settings) == "timed out after 1 s"
    assert time.monotonic() - started < 4


async def test_trickling_server_hits_the_whole_response_deadline(server: LocalServer) -> None:
    def trickle(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "application/rss+xml")
        handler.end_headers()
        while not server.stop.is_set():
            handler.wfile.write(b" ")
            handler.wfile.flush()
            server.stop.wait(0.2)

    server.routes["/slow"] = trickle
    settings = FetchSettings(timeout=1.0, deadline=1.5, host_delay=0)
    assert await failure(server.url("/slow"), settings) == "timed out after 1.5 s (whole response)"


async def test_fifty_megabytes_streamed_is_cut_at_the_limit(server: LocalServer, fast_settings: FetchSettings) -> None:
    sent = []

    def huge(handler: BaseHTTPRequestHandler) -> None:
        # No Content-Length: the limit must be enforced while streaming, not from the header.
        handler.send_response(200)
        handler.send_header("Content-Type", "application/rss+xml")
        handler.send_header("Connection", "close")
        handler.end_headers()
        chunk = b"<item>" + b"x" * (64 * 1024 - 6)
        for _ in range(50 * 16):  # 50 MB, generated as it goes
            handler.wfile.write(chunk)
            sent.append(len(chunk))

    server.routes["/big.xml"] = huge
    assert await failure(server.url("/big.xml"), fast_settings) == "response larger than 10 MB"
    assert sum(sent) < 50 * MB  # we hung up before the server finished


async def test_declared_oversize_is_refused_before_reading(server: LocalServer, fast_settings: FetchSettings) -> None:
    def liar(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Length", str(50 * MB))
        handler.send_header("Connection", "close")
        handler.end_headers()
        handler.wfile.write(b"x" * 1000)

    server.routes["/big"] = liar
    assert await failure(server.url("/big"), fast_settings) == "response larger than 10 MB"


def _redirect(target: str, status: int = 302):
    def handler(h: BaseHTTPRequestHandler) -> None:
        h.send_response(status)
        h.send_header("Location", target)
        h.send_header("Content-Length", "0")
        h.end_headers()

    return handler


async def test_redirects_are_followed(server: LocalServer, fast_settings: FetchSettings) -> None:
    server.routes["/old"] = _redirect("/new", 301)
    server.routes["/new"] = Route(b"<rss/>")
    result = await fetch(server.url("/old"), fast_settings)
    assert result.url == server.url("/new")
    assert result.content == b"<rss/>"


async def test_redirect_loop(server: LocalServer, fast_settings: FetchSettings) -> None:
    server.routes["/a"] = _redirect("/b")
    server.routes["/b"] = _redirect("/a")
    message = await failure(server.url("/a"), fast_settings)
    assert message.startswith("too many redirects")
    assert server.hits["/a"] == 1 and server.hits["/b"] == 1


async def test_redirect_chain_longer_than_the_limit(server: LocalServer, fast_settings: FetchSettings) -> None:
    for i in range(10):
        server.routes[f"/r{i}"] = _redirect(f"/r{i + 1}")
    message = await failure(server.url("/r0"), fast_settings)
    assert message == "too many redirects (more than 5)"
    assert server.hits["/r6"] == 0


async def test_redirect_to_file_url_is_refused(server: LocalServer, fast_settings: FetchSettings) -> None:
    server.routes["/evil"] = _redirect("file:///etc/passwd")
    message = await failure(server.url("/evil"), fast_settings)
    assert message == "refused: file:// URL (only http and https are fetched)"


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.invalid/feed", "gopher://x/"])
async def test_only_http_and_https(url: str, fast_settings: FetchSettings) -> None:
    message = await failure(url, fast_settings)
    assert message.startswith("refused:") and "only http and https" in message


async def test_private_address_refused_when_public_required(server: LocalServer, fast_settings: FetchSettings) -> None:
    server.routes["/page"] = Route(b"<html></html>", content_type="text/html")
    message = await failure(server.url("/page"), fast_settings, allow_private=False)
    assert message == "refused: 127.0.0.1 is a private or local address (linked from a public source)"
    assert server.hits["/page"] == 0  # refused before connecting


async def test_public_start_may_not_redirect_to_private(server: LocalServer) -> None:
    """A feed on a public address that redirects into the private network is stopped at that hop."""
    public = ipaddress.ip_address("93.184.216.34")

    async def resolver(host: str) -> list:
        return [public] if host == "127.0.0.1" else [ipaddress.ip_address("10.1.2.3")]

    server.routes["/feed"] = _redirect("http://intranet.invalid/admin")
    settings = FetchSettings(timeout=1.0, host_delay=0, resolver=resolver)
    message = await failure(server.url("/feed"), settings)
    assert message == "refused: intranet.invalid is a private or local address (linked from a public source)"


async def test_connection_refused(fast_settings: FetchSettings) -> None:
    import socket

    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    message = await failure(f"http://127.0.0.1:{port}/feed", fast_settings)
    assert message.startswith("cannot connect")


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("127.0.0.1", False),
        ("10.0.0.1", False),
        ("192.168.1.1", False),
        ("169.254.169.254", False),  # cloud metadata
        ("::1", False),
        ("fe80::1", False),
        ("::ffff:127.0.0.1", False),
        ("100.64.0.1", False),
        ("93.184.216.34", True),
        ("2606:4700::1111", True),
    ],
)
def test_address_classes(address: str, public: bool) -> None:
    assert is_public(ipaddress.ip_address(address)) is public


async def test_per_host_politeness_bounds_concurrency(server: LocalServer) -> None:
    active = 0
    peak = 0
    tlock = threading.Lock()  # the server answers in threads

    def slow(handler: BaseHTTPRequestHandler) -> None:
        nonlocal active, peak
        with tlock:
            active += 1
            peak = max(peak, active)
        time.sleep(0.15)
        with tlock:
            active -= 1
        handler.send_response(200)
        handler.send_header("Content-Length", "2")
        handler.end_headers()
        handler.wfile.write(b"ok")

    server.routes["/slow"] = slow
    settings = FetchSettings(timeout=2.0, per_host=2, host_delay=0.05, max_connections=16)
    started = time.monotonic()
    async with Fetcher(settings) as fetcher:
        results = await asyncio.gather(*(fetcher.fetch(server.url("/slow")) for _ in range(6)))
    elapsed = time.monotonic() - started
    assert all(r.content == b"ok" for r in results)
    assert peak == 2
    assert elapsed >= 3 * 0.15  # six requests, two at a time
