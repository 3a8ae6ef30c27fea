"""Fetching feeds and pages from servers we do not trust.

Every failure becomes a :class:`FetchError` whose message is one line for the user ("HTTP 404",
"timed out after 10 s", "response larger than 10 MB", "too many redirects"). Redirects are followed
by hand so each hop is re-checked: only http and https, and a URL that started on a public address
may not be steered to a private, loopback or link-local one (a hostile feed must not make us probe the
reader's own network). Politeness: at most ``per_host`` requests at a time to one host, a small gap
between their starts, and at most ``max_connections`` requests in flight overall.

The address check and the connection use one DNS answer: each new connection's host is resolved once
(``FetchSettings.resolver``), checked, and the socket is opened to exactly those addresses, so a name
that answers public to the check and private to the connect (DNS rebinding) cannot slip through.
Connections that must reach only public addresses live in their own pool, so they never reuse a socket
opened for a trusted (possibly private) feed. Whether a feed itself is public is read from the address
its connection actually reached. Environment proxies are not used: a proxy would do its own lookup
and make every check above meaningless.

Bodies are decompressed here, not by httpx, a chunk at a time with a cap on the output: the size
limit counts decoded bytes, and a small gzip bomb never expands in memory past the limit.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import zlib
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from newsreader import __version__

MB = 1024 * 1024

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str], Awaitable[list[IPAddress]]]


class FetchError(Exception):
    """A URL that could not be fetched; ``str(error)`` is one line naming the reason."""

    def __init__(self, reason: str, url: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.url = url


async def system_resolver(host: str) -> list[IPAddress]:
    """The addresses ``host`` resolves to (an IP literal resolves to itself)."""
    try:
        return [ipaddress.ip_address(host.strip("[]"))]
    except ValueError:
        pass
    loop = asyncio.get_running_loop()
    try:
        infos = await loop.getaddrinfo(host, None, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"cannot resolve host {host}") from exc
    # dict.fromkeys: one address per family/protocol answer, order kept (the resolver's preference).
    return list(dict.fromkeys(ipaddress.ip_address(str(info[4][0])) for info in infos))


def is_public(address: IPAddress) -> bool:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    return address.is_global and not address.is_multicast


@dataclass(frozen=True)
class FetchSettings:
    timeout: float = 10.0  # to connect, and between any two reads
    deadline: float = 60.0  # for a whole response, so a server trickling bytes cannot hold us forever
    max_bytes: int = 10 * MB  # of the decoded body
    max_redirects: int = 5
    per_host: int = 2
    host_delay: float = 0.2  # seconds between the starts of two requests to one host
    max_connections: int = 16
    user_agent: str = f"newsreader/{__version__} (feed reader; +https://github.com/newsreader)"
    resolver: Resolver = field(default=system_resolver, compare=False)
    # Which addresses count as public; tests swap it to play a public host on the loopback server.
    public_address: Callable[[IPAddress], bool] = field(default=is_public, compare=False)


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # after redirects
    status: int
    content: bytes = b""
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    public: bool = True  # whether the first URL's connection reached a public address

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def _size(limit: int) -> str:
    return f"{limit / MB:g} MB" if limit >= MB else f"{limit} bytes"


def check_scheme(url: str) -> None:
    try:
        scheme = urlsplit(url).scheme.lower()
        urlsplit(url).port  # noqa: B018 - raises for a port that is not a number in range
    except ValueError as exc:  # "http://[::1/", "http://host:99999/"
        raise FetchError(f"refused: not a valid URL ({exc})", url) from exc
    if scheme not in ("http", "https"):
        shown = f"{scheme}://" if scheme else "a relative"
        raise FetchError(f"refused: {shown} URL (only http and https are fetched)", url)


def _refusal(host: str, address: IPAddress) -> str:
    shown = host.strip("[]")
    where = "" if shown == str(address) else f" ({address})"
    return f"refused: {shown}{where} is a private or local address (linked from a public source)"


# ---------------------------------------------------------------------------- connections


class _PinnedBackend(httpcore.AsyncNetworkBackend):
    """Opens each connection to the addresses one lookup gave, after checking them: the socket goes
    where the check looked, never to a second answer. ``public_only`` refuses any private address."""

    def __init__(self, settings: FetchSettings, public_only: bool) -> None:
        self._settings = settings
        self._public_only = public_only
        self._inner = httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        try:
            async with asyncio.timeout(timeout):
                addresses = await self._settings.resolver(host)
        except TimeoutError as exc:
            raise httpcore.ConnectTimeout(f"resolving {host}") from exc
        if not addresses:
            raise FetchError(f"cannot resolve host {host}")
        if self._public_only:
            for address in addresses:
                if not self._settings.public_address(address):
                    raise FetchError(_refusal(host, address))
        failure: Exception | None = None
        for address in addresses:
            try:
                return await self._inner.connect_tcp(
                    str(address), port, timeout=timeout, local_address=local_address, socket_options=socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                failure = exc
        assert failure is not None
        raise failure

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.AsyncNetworkStream:  # pragma: no cover - never configured
        raise httpcore.ConnectError("unix sockets are not used")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


# httpcore's errors as the httpx ones the rest of this module (and httpx's own response reading)
# expects; most specific first.
_ERRORS: tuple[tuple[type[Exception], type[httpx.HTTPError]], ...] = (
    (httpcore.ConnectTimeout, httpx.ConnectTimeout),
    (httpcore.ReadTimeout, httpx.ReadTimeout),
    (httpcore.WriteTimeout, httpx.WriteTimeout),
    (httpcore.PoolTimeout, httpx.PoolTimeout),
    (httpcore.TimeoutException, httpx.TimeoutException),
    (httpcore.ConnectError, httpx.ConnectError),
    (httpcore.ReadError, httpx.ReadError),
    (httpcore.WriteError, httpx.WriteError),
    (httpcore.NetworkError, httpx.NetworkError),
    (httpcore.RemoteProtocolError, httpx.RemoteProtocolError),
    (httpcore.LocalProtocolError, httpx.LocalProtocolError),
    (httpcore.ProtocolError, httpx.ProtocolError),
    (httpcore.UnsupportedProtocol, httpx.UnsupportedProtocol),
)


@contextmanager
def _httpx_errors() -> Iterator[None]:
    try:
        yield
    except Exception as exc:
        for core, mapped in _ERRORS:
            if isinstance(exc, core):
                raise mapped(str(exc)) from exc
        raise


class _Body(httpx.AsyncByteStream):
    def __init__(self, stream: Any) -> None:
        self._stream = stream

    async def __aiter__(self) -> AsyncIterator[bytes]:
        with _httpx_errors():
            async for part in self._stream:
                yield part

    async def aclose(self) -> None:
        if hasattr(self._stream, "aclose"):
            await self._stream.aclose()


class _PinnedTransport(httpx.AsyncBaseTransport):
    """httpx's default transport, rebuilt on httpcore's public API with the pinned backend."""

    def __init__(self, settings: FetchSettings, public_only: bool) -> None:
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=httpx.create_ssl_context(),  # SSL_CERT_FILE/SSL_CERT_DIR still honoured
            max_connections=settings.max_connections,
            max_keepalive_connections=settings.max_connections,
            keepalive_expiry=5.0,
            network_backend=_PinnedBackend(settings, public_only),
        )

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        core = httpcore.Request(
            method=request.method,
            url=httpcore.URL(
                scheme=request.url.raw_scheme,
                host=request.url.raw_host,
                port=request.url.port,
                target=request.url.raw_path,
            ),
            headers=request.headers.raw,
            content=request.stream,  # type: ignore[arg-type]
            extensions=request.extensions,
        )
        with _httpx_errors():
            response = await self._pool.handle_async_request(core)
        return httpx.Response(
            status_code=response.status,
            headers=response.headers,
            stream=_Body(response.stream),
            extensions=response.extensions,
        )

    async def aclose(self) -> None:
        await self._pool.aclose()


def _peer(response: httpx.Response) -> IPAddress | None:
    """The address the connection that answered actually reached (None if the transport cannot say)."""
    stream = response.extensions.get("network_stream")
    peer = stream.get_extra_info("server_addr") if stream is not None else None
    if not peer:
        return None
    try:
        return ipaddress.ip_address(str(peer[0]).split("%")[0])
    except ValueError:
        return None


# ---------------------------------------------------------------------------- decoding


class _Decoder:
    """Undoes the Content-Encoding as chunks arrive, never holding more than ``limit`` decoded bytes."""

    def __init__(self, encoding: str, limit: int) -> None:
        codings = [c.strip().lower() for c in encoding.split(",")]
        codings = [c for c in codings if c and c != "identity"]
        if len(codings) > 1:  # no real server stacks them; each layer multiplies a bomb by ~1000
            raise FetchError(f"refused: stacked compression ({', '.join(codings)})")
        coding = codings[0] if codings else ""
        if coding in ("br", "zstd", "compress", "x-compress"):
            raise FetchError(f"unsupported compression ({coding}; gzip and deflate were asked for)")
        self._room = limit
        self._limit = limit
        self._deflate_guess = coding == "deflate"  # zlib-wrapped as specified, or raw as some servers send
        self._z: Any = None
        if coding in ("gzip", "x-gzip"):
            self._z = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif coding == "deflate":
            self._z = zlib.decompressobj()

    def _take(self, data: bytes) -> bytes:
        self._room -= len(data)
        if self._room < 0:
            raise FetchError(f"response larger than {_size(self._limit)}")
        return data

    def feed(self, chunk: bytes) -> bytes:
        if self._z is None:
            return self._take(chunk)
        try:
            # At most one byte past the limit comes out of any chunk, however well it compresses.
            out = self._z.decompress(chunk, self._room + 1)
        except zlib.error as exc:
            if not self._deflate_guess:
                raise FetchError("could not decode the response (bad compression)") from exc
            self._z = zlib.decompressobj(-zlib.MAX_WBITS)
            self._deflate_guess = False
            return self.feed(chunk)
        self._deflate_guess = False
        return self._take(out)

    def finish(self) -> bytes:
        if self._z is None:
            return b""
        try:
            return self._take(self._z.flush())
        except zlib.error as exc:
            raise FetchError("could not decode the response (bad compression)") from exc


# ---------------------------------------------------------------------------- politeness


class _HostGate:
    """At most ``per_host`` requests to one host at once, their starts ``delay`` seconds apart."""

    def __init__(self, per_host: int, delay: float) -> None:
        self._slots = asyncio.Semaphore(per_host)
        self._turn = asyncio.Lock()
        self._delay = delay
        self._next_start = 0.0

    @asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        async with self._slots:
            if self._delay > 0:
                async with self._turn:
                    loop = asyncio.get_running_loop()
                    wait = self._next_start - loop.time()
                    if wait > 0:
                        await asyncio.sleep(wait)
                    self._next_start = loop.time() + self._delay
            yield


class Fetcher:
    """The HTTP clients shared by a refresh; use as ``async with Fetcher(settings) as fetcher``."""

    def __init__(self, settings: FetchSettings | None = None) -> None:
        self.settings = settings or FetchSettings()
        self._open: httpx.AsyncClient | None = None  # any address: what the reader chose, and what it links to
        self._guarded: httpx.AsyncClient | None = None  # public addresses only
        self._gates: dict[str, _HostGate] = {}
        self._in_flight = asyncio.Semaphore(self.settings.max_connections)
        self.requests = 0  # sent, for tests and measurements

    def _client(self, public_only: bool) -> httpx.AsyncClient:
        s = self.settings
        return httpx.AsyncClient(
            transport=_PinnedTransport(s, public_only),
            follow_redirects=False,
            timeout=httpx.Timeout(s.timeout),
            headers={"User-Agent": s.user_agent},
            trust_env=False,
        )

    async def __aenter__(self) -> Fetcher:
        self._open = self._client(public_only=False)
        self._guarded = self._client(public_only=True)
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close every connection (safe to call twice)."""
        clients, self._open, self._guarded = (self._open, self._guarded), None, None
        for client in clients:
            if client is not None:
                await client.aclose()

    def _gate(self, host: str) -> _HostGate:
        if host not in self._gates:
            self._gates[host] = _HostGate(self.settings.per_host, self.settings.host_delay)
        return self._gates[host]

    async def fetch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        allow_private: bool | None = None,
    ) -> Fetched:
        """GET ``url``; a 304 answer to the conditional headers comes back as ``not_modified``.

        ``allow_private``: True lets any address through; False requires public addresses throughout;
        None (feeds the reader subscribed to) trusts the first URL and lets later hops reach private
        addresses only if the first one's connection did itself.
        """
        try:
            async with asyncio.timeout(self.settings.deadline):
                return await self._fetch(url, etag, last_modified, allow_private)
        except TimeoutError as exc:
            raise FetchError(f"timed out after {self.settings.deadline:g} s (whole response)", url) from exc

    async def _fetch(
        self, url: str, etag: str | None, last_modified: str | None, allow_private: bool | None
    ) -> Fetched:
        check_scheme(url)
        headers = {"Accept-Encoding": "gzip, deflate"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        seen = {url}
        current = url
        public: bool | None = None  # of the first hop, once it has answered
        for _ in range(self.settings.max_redirects + 1):
            if allow_private is None:
                public_only = public is True  # the first hop is trusted; later ones follow its kind
            else:
                public_only = not allow_private
            result, peer_public = await self._get(current, headers, public_only)
            if public is None:
                public = peer_public
            if isinstance(result, Fetched):
                return Fetched(
                    result.url,
                    result.status,
                    result.content,
                    result.content_type,
                    result.etag,
                    result.last_modified,
                    public,
                )
            target = result
            check_scheme(target)
            if target in seen:
                raise FetchError("too many redirects (a redirect loop)", url)
            seen.add(target)
            current = target
        raise FetchError(f"too many redirects (more than {self.settings.max_redirects})", url)

    async def _get(self, url: str, headers: dict[str, str], public_only: bool) -> tuple[Fetched | str, bool]:
        """One request: the response or the absolute URL a redirect points to, and whether the
        connection that answered reached a public address."""
        client = self._guarded if public_only else self._open
        assert client is not None, "use Fetcher as an async context manager"
        s = self.settings
        host = (urlsplit(url).hostname or "").lower()
        if not host:
            raise FetchError("refused: the URL names no host", url)
        async with self._gate(host).slot(), self._in_flight:
            self.requests += 1
            try:
                async with client.stream("GET", url, headers=headers) as response:
                    # Unknown counts as public: the stricter reading for what this source may link to.
                    peer = _peer(response)
                    peer_public = peer is None or s.public_address(peer)
                    if public_only and not peer_public:  # the pinned backend refuses first; a backstop
                        raise FetchError(_refusal(host, peer), url)
                    if response.status_code in (301, 302, 303, 307, 308):
                        location = response.headers.get("location")
                        if not location:
                            raise FetchError(f"HTTP {response.status_code} redirect without a Location", url)
                        return urljoin(url, location.strip()), peer_public
                    if response.status_code == 304:
                        return Fetched(url, 304), peer_public
                    if response.status_code >= 400:
                        raise FetchError(f"HTTP {response.status_code}", url)
                    declared = response.headers.get("content-length", "")
                    if declared.isdigit() and int(declared) > s.max_bytes:
                        raise FetchError(f"response larger than {_size(s.max_bytes)}", url)
                    decoder = _Decoder(response.headers.get("content-encoding", ""), s.max_bytes)
                    chunks, raw = [], 0
                    async for chunk in response.aiter_raw():
                        raw += len(chunk)
                        if raw > s.max_bytes:
                            raise FetchError(f"response larger than {_size(s.max_bytes)}", url)
                        chunks.append(decoder.feed(chunk))
                    chunks.append(decoder.finish())
                    return Fetched(
                        str(response.url),
                        response.status_code,
                        b"".join(chunks),
                        response.headers.get("content-type"),
                        response.headers.get("etag"),
                        response.headers.get("last-modified"),
                    ), peer_public
            except FetchError as exc:
                if exc.url is None:
                    exc.url = url
                raise
            except httpx.InvalidURL as exc:  # "0177.0.0.1" and the like: not an HTTPError
                raise FetchError(f"refused: not a valid URL ({exc})", url) from exc
            except httpx.TimeoutException as exc:
                raise FetchError(f"timed out after {s.timeout:g} s", url) from exc
            except httpx.ConnectError as exc:
                raise FetchError(f"cannot connect ({_reason(exc)})", url) from exc
            except httpx.HTTPError as exc:
                raise FetchError(f"{type(exc).__name__}: {_reason(exc)}", url) from exc


def _reason(exc: Exception) -> str:
    text = " ".join(str(exc).split())
    if text.startswith("[Errno"):
        text = text.split("]", 1)[-1].strip()
    return text or type(exc).__name__
