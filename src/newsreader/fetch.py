"""Fetching feeds and pages from servers we do not trust.

Every failure becomes a :class:`FetchError` whose message is one line for the user ("HTTP 404",
"timed out after 10 s", "response larger than 10 MB", "too many redirects"). Redirects are followed
by hand so each hop is re-checked: only http and https, and a URL that started on a public address
may not be steered to a private, loopback or link-local one (a hostile feed must not make us probe the
reader's own network). Politeness: at most ``per_host`` requests at a time to one host, a small gap
between their starts, and at most ``max_connections`` requests in flight overall.

The address check resolves the name before httpx connects, so a DNS answer that changes between the
two (rebinding) is not caught; closing that gap needs a custom transport and is left for later.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

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
    return [ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos]


def is_public(address: IPAddress) -> bool:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    return address.is_global and not address.is_multicast


@dataclass(frozen=True)
class FetchSettings:
    timeout: float = 10.0  # to connect, and between any two reads
    deadline: float = 60.0  # for a whole response, so a server trickling bytes cannot hold us forever
    max_bytes: int = 10 * MB
    max_redirects: int = 5
    per_host: int = 2
    host_delay: float = 0.2  # seconds between the starts of two requests to one host
    max_connections: int = 16
    user_agent: str = f"newsreader/{__version__} (feed reader; +https://github.com/newsreader)"
    resolver: Resolver = field(default=system_resolver, compare=False)


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # after redirects
    status: int
    content: bytes = b""
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    public: bool = True  # whether the first URL was on a public address

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def _size(limit: int) -> str:
    return f"{limit / MB:g} MB" if limit >= MB else f"{limit} bytes"


def check_scheme(url: str) -> None:
    scheme = urlsplit(url).scheme.lower()
    if scheme not in ("http", "https"):
        shown = f"{scheme}://" if scheme else "a relative"
        raise FetchError(f"refused: {shown} URL (only http and https are fetched)", url)


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
    """One HTTP client shared by a refresh; use as ``async with Fetcher(settings) as fetcher``."""

    def __init__(self, settings: FetchSettings | None = None) -> None:
        self.settings = settings or FetchSettings()
        self._client: httpx.AsyncClient | None = None
        self._gates: dict[str, _HostGate] = {}
        self._in_flight = asyncio.Semaphore(self.settings.max_connections)
        self.requests = 0  # sent, for tests and measurements

    async def __aenter__(self) -> Fetcher:
        s = self.settings
        self._client = httpx.AsyncClient(
            follow_redirects=False,
            timeout=httpx.Timeout(s.timeout),
            limits=httpx.Limits(max_connections=s.max_connections, max_keepalive_connections=s.max_connections),
            headers={"User-Agent": s.user_agent},
        )
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    def _gate(self, host: str) -> _HostGate:
        if host not in self._gates:
            self._gates[host] = _HostGate(self.settings.per_host, self.settings.host_delay)
        return self._gates[host]

    async def _public(self, url: str) -> bool:
        host = urlsplit(url).hostname
        if not host:
            raise FetchError("refused: the URL names no host", url)
        addresses = await self.settings.resolver(host)
        if not addresses:
            raise FetchError(f"cannot resolve host {host}", url)
        return all(is_public(a) for a in addresses)

    async def _refuse_private(self, url: str) -> None:
        if not await self._public(url):
            host = urlsplit(url).hostname
            raise FetchError(f"refused: {host} is a private or local address (linked from a public source)", url)

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
        addresses only if it was private itself.
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
        if allow_private is False:
            await self._refuse_private(url)
            public = True
        else:
            public = await self._public(url)
        private_ok = allow_private is True or (allow_private is None and not public)
        headers = {"Accept-Encoding": "gzip, deflate"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        seen = {url}
        current = url
        for _ in range(self.settings.max_redirects + 1):
            result = await self._get(current, headers)
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
            if not private_ok:
                await self._refuse_private(target)
            current = target
        raise FetchError(f"too many redirects (more than {self.settings.max_redirects})", url)

    async def _get(self, url: str, headers: dict[str, str]) -> Fetched | str:
        """One request: the response, or the absolute URL a redirect points to."""
        assert self._client is not None, "use Fetcher as an async context manager"
        s = self.settings
        host = (urlsplit(url).hostname or "").lower()
        async with self._gate(host).slot(), self._in_flight:
            self.requests += 1
            try:
                async with self._client.stream("GET", url, headers=headers) as response:
                    if response.status_code in (301, 302, 303, 307, 308):
                        location = response.headers.get("location")
                        if not location:
                            raise FetchError(f"HTTP {response.status_code} redirect without a Location", url)
                        return urljoin(url, location.strip())
                    if response.status_code == 304:
                        return Fetched(url, 304)
                    if response.status_code >= 400:
                        raise FetchError(f"HTTP {response.status_code}", url)
                    declared = response.headers.get("content-length", "")
                    if declared.isdigit() and int(declared) > s.max_bytes:
                        raise FetchError(f"response larger than {_size(s.max_bytes)}", url)
                    chunks, total = [], 0
                    async for chunk in response.aiter_bytes():
                        total += len(chunk)
                        if total > s.max_bytes:
                            raise FetchError(f"response larger than {_size(s.max_bytes)}", url)
                        chunks.append(chunk)
                    return Fetched(
                        str(response.url),
                        response.status_code,
                        b"".join(chunks),
                        response.headers.get("content-type"),
                        response.headers.get("etag"),
                        response.headers.get("last-modified"),
                    )
            except httpx.TimeoutException as exc:
                raise FetchError(f"timed out after {s.timeout:g} s", url) from exc
            except httpx.TooManyRedirects as exc:  # pragma: no cover - redirects are followed by hand
                raise FetchError("too many redirects", url) from exc
            except httpx.DecodingError as exc:
                raise FetchError("could not decode the response (bad compression)", url) from exc
            except httpx.ConnectError as exc:
                raise FetchError(f"cannot connect ({_reason(exc)})", url) from exc
            except httpx.HTTPError as exc:
                raise FetchError(f"{type(exc).__name__}: {_reason(exc)}", url) from exc


def _reason(exc: Exception) -> str:
    text = " ".join(str(exc).split())
    if text.startswith("[Errno"):
        text = text.split("]", 1)[-1].strip()
    return text or type(exc).__name__
