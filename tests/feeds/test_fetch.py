"""The fetcher against a real local server: each hostile case ends in one clear line."""

from __future__ import annotations

import asyncio
import gzip
import ipaddress
import shutil
import socket
import ssl
import subprocess
import threading
import time
import tracemalloc
import zlib
from collections.abc import Callable
from dataclasses import replace
from http.server import BaseHTTPRequestHandler

import httpx
import pytest
from tests.feeds.support import FakeDNS, LocalServer, Route, loopback_plays_public

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
    dns = FakeDNS({"news.test": "127.0.0.1", "intranet.test": "10.1.2.3"})
    server.routes["/feed"] = _redirect("http://intranet.test/admin")
    settings = FetchSettings(timeout=1.0, host_delay=0, resolver=dns, public_address=loopback_plays_public)
    message = await failure(f"http://news.test:{server.server_address[1]}/feed", settings)
    assert message == "refused: intranet.test (10.1.2.3) is a private or local address (linked from a public source)"


async def test_private_start_may_redirect_to_private(server: LocalServer, fast_settings: FetchSettings) -> None:
    """The reader's own LAN feed (here the loopback server) may send us to another local address."""
    server.routes["/feed"] = _redirect(f"http://localhost.test:{server.server_address[1]}/real")
    server.routes["/real"] = Route(b"<rss/>")
    settings = replace(fast_settings, resolver=FakeDNS({"localhost.test": "127.0.0.1"}))
    result = await fetch(server.url("/feed"), settings)
    assert result.content == b"<rss/>" and not result.public


async def test_one_lookup_is_both_checked_and_connected_to(server: LocalServer) -> None:
    """DNS rebinding: a name that answers public to one lookup and private to the next. The check and
    the connection use the same answer, so the private one is never reached; a later connection that
    gets the private answer is refused before any byte is sent."""
    port = server.server_address[1]
    dns = FakeDNS({"rebind.test": ["127.0.0.1", "10.9.9.9"]})
    server.routes["/page"] = Route(b"<html>public</html>", content_type="text/html")
    settings = FetchSettings(timeout=1.0, host_delay=0, resolver=dns, public_address=loopback_plays_public)
    page = await fetch(f"http://rebind.test:{port}/page", settings, allow_private=False)
    assert page.content == b"<html>public</html>" and page.public
    assert dns.lookups["rebind.test"] == 1  # no second, unchecked lookup by the HTTP client
    message = await failure(f"http://rebind.test:{port}/page", settings, allow_private=False)
    assert message == "refused: rebind.test (10.9.9.9) is a private or local address (linked from a public source)"
    assert server.hits["/page"] == 1


async def test_system_resolver_is_asked_once_per_connection(
    server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same with the real resolver path: getaddrinfo answers public first and private second; the
    fetch connects to the first answer and the name is never looked up again behind the check."""
    real = socket.getaddrinfo
    asked: list[str] = []

    def rebinding(host: object, *args: object, **kwargs: object) -> list:
        if host == "rebind.test":
            asked.append(host)
            host = "127.0.0.1" if len(asked) == 1 else "10.9.9.9"
        return real(host, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    server.routes["/page"] = Route(b"ok", content_type="text/plain")
    settings = FetchSettings(timeout=1.0, host_delay=0, public_address=loopback_plays_public)
    url = f"http://rebind.test:{server.server_address[1]}/page"
    assert (await fetch(url, settings, allow_private=False)).content == b"ok"
    assert asked == ["rebind.test"]
    assert (await failure(url, settings, allow_private=False)).startswith("refused: rebind.test (10.9.9.9)")
    assert asked == ["rebind.test", "rebind.test"]


async def test_public_only_requests_never_reuse_a_trusted_connection(server: LocalServer) -> None:
    """A private feed's keep-alive socket to a host stays in the trusted pool: a public source linking
    to that same host must not ride on it."""
    dns = FakeDNS({"shared.test": "127.0.0.1"})
    server.routes["/feed"] = Route(b"<rss/>")
    server.routes["/page"] = Route(b"secret", content_type="text/plain")
    settings = FetchSettings(timeout=1.0, host_delay=0, resolver=dns)
    base = f"http://shared.test:{server.server_address[1]}"
    async with Fetcher(settings) as fetcher:
        feed = await fetcher.fetch(base + "/feed")
        assert not feed.public
        with pytest.raises(FetchError) as caught:
            await fetcher.fetch(base + "/page", allow_private=False)
    assert str(caught.value).startswith("refused: shared.test (127.0.0.1) is a private or local address")
    assert server.hits["/page"] == 0


async def test_feed_is_public_by_the_address_it_reached(server: LocalServer) -> None:
    dns = FakeDNS({"news.test": "127.0.0.1"})
    server.routes["/feed"] = Route(b"<rss/>")
    url = f"http://news.test:{server.server_address[1]}/feed"
    plays_public = FetchSettings(timeout=1.0, host_delay=0, resolver=dns, public_address=loopback_plays_public)
    assert (await fetch(url, plays_public)).public
    assert not (await fetch(url, replace(plays_public, public_address=is_public))).public


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


def _compressed_route(body: bytes, encoding: str) -> Route:
    return Route(body, content_type="application/rss+xml", headers={"Content-Encoding": encoding})


def _gzip(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=9)


@pytest.mark.parametrize(
    ("encoding", "encode"),
    [
        ("gzip", _gzip),
        ("deflate", zlib.compress),  # zlib-wrapped, as the RFC says
        ("deflate", lambda data: zlib.compress(data)[2:-4]),  # raw, as some servers send it
    ],
)
async def test_compressed_bodies_are_decoded(
    server: LocalServer, fast_settings: FetchSettings, encoding: str, encode: Callable[[bytes], bytes]
) -> None:
    text = b"<rss>" + b"news " * 20_000 + b"</rss>"
    server.routes["/feed"] = _compressed_route(encode(text), encoding)
    assert (await fetch(server.url("/feed"), fast_settings)).content == text


async def test_gzip_bomb_is_cut_by_the_decoded_size(server: LocalServer, fast_settings: FetchSettings) -> None:
    """100 KB on the wire that would inflate to 100 MB: the limit counts what it decodes to, and the
    decoder never holds more than the limit (tracemalloc's peak stays near it)."""
    bomb = _gzip(b"\0" * (100 * MB))
    assert len(bomb) < 200 * 1024
    server.routes["/bomb"] = _compressed_route(bomb, "gzip")
    settings = replace(fast_settings, max_bytes=2 * MB)
    tracemalloc.start()
    try:
        message = await failure(server.url("/bomb"), settings)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert message == "response larger than 2 MB"
    assert peak < 8 * MB


async def test_stacked_compression_is_refused(server: LocalServer, fast_settings: FetchSettings) -> None:
    # Each gzip layer multiplies a bomb by ~1000: 60 KB -> 60 MB -> 60 GB.
    server.routes["/feed"] = _compressed_route(_gzip(_gzip(b"<rss/>")), "gzip, gzip")
    assert await failure(server.url("/feed"), fast_settings) == "refused: stacked compression (gzip, gzip)"


async def test_unrequested_compression_is_a_clear_error(server: LocalServer, fast_settings: FetchSettings) -> None:
    server.routes["/feed"] = _compressed_route(b"\x1b\x00\x00garbage", "br")
    message = await failure(server.url("/feed"), fast_settings)
    assert message == "unsupported compression (br; gzip and deflate were asked for)"


async def test_corrupt_gzip(server: LocalServer, fast_settings: FetchSettings) -> None:
    server.routes["/feed"] = _compressed_route(b"\x1f\x8b\x08\x00not really gzip at all", "gzip")
    assert await failure(server.url("/feed"), fast_settings) == "could not decode the response (bad compression)"


async def test_endless_headers_are_cut_off(server: LocalServer, fast_settings: FetchSettings) -> None:
    def headers_forever(handler: BaseHTTPRequestHandler) -> None:
        handler.wfile.write(b"HTTP/1.1 200 OK\r\n")
        for i in range(200_000):  # ~6 MB of headers, never a blank line
            handler.wfile.write(b"X-Filler-%d: %s\r\n" % (i, b"y" * 20))

    server.routes["/feed"] = headers_forever
    started = time.monotonic()
    message = await failure(server.url("/feed"), fast_settings)
    assert message.startswith("RemoteProtocolError")
    assert time.monotonic() - started < 3


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command to make a certificate")
async def test_https_is_verified_against_the_name_not_the_pinned_address(
    tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The socket goes to the address we checked, but TLS still sends and verifies the host name: a
    certificate for news.test is accepted for news.test and refused for other.test on the same address."""
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert),
         "-days", "1", "-subj", "/CN=news.test", "-addext", "subjectAltName=DNS:news.test"],
        check=True, capture_output=True,
    )  # fmt: skip
    server_side = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_side.load_cert_chain(cert, key)
    trusting = ssl.create_default_context(cafile=str(cert))
    monkeypatch.setattr(httpx, "create_ssl_context", lambda *args, **kwargs: trusting)
    httpd = LocalServer()
    httpd.socket = server_side.wrap_socket(httpd.socket, server_side=True)
    httpd.routes["/feed"] = Route(b"<rss/>")
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        port = httpd.server_address[1]
        dns = FakeDNS({"news.test": "127.0.0.1", "other.test": "127.0.0.1"})
        settings = FetchSettings(timeout=2.0, host_delay=0, resolver=dns)
        assert (await fetch(f"https://news.test:{port}/feed", settings)).content == b"<rss/>"
        message = await failure(f"https://other.test:{port}/feed", settings)
        assert message.startswith("cannot connect") and "certificate" in message
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.mark.parametrize(
    "host", ["2130706433", "0x7f.0.0.1", "127.1", "[::ffff:127.0.0.1]", "0.0.0.0", "[::]", "localhost"]
)
async def test_other_spellings_of_this_machine_are_refused(
    server: LocalServer, fast_settings: FetchSettings, host: str
) -> None:
    """Decimal, hex, octal and short IPv4, IPv4-mapped IPv6, the unspecified addresses: the check reads
    the address the name resolves to (the one then connected to), not how the URL spells it."""
    server.routes["/page"] = Route(b"secret", content_type="text/plain")
    message = await failure(f"http://{host}:{server.server_address[1]}/page", fast_settings, allow_private=False)
    assert message.startswith("refused:") and "is a private or local address" in message
    assert server.hits["/page"] == 0


@pytest.mark.parametrize("url", ["http://0177.0.0.1/", "http://[::1/feed", "http://example.invalid:99999/"])
async def test_malformed_urls_are_one_line(fast_settings: FetchSettings, url: str) -> None:
    assert (await failure(url, fast_settings)).startswith("refused: not a valid URL")
