"""Fixtures for the feed tests: the local server and fetch settings that keep hostile cases fast."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from tests.feeds.support import LocalServer

from newsreader.fetch import FetchSettings


@pytest.fixture
def server() -> Iterator[LocalServer]:
    httpd = LocalServer()
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield httpd
    httpd.stop.set()
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def fast_settings() -> FetchSettings:
    """Short timeouts and no politeness delay, so hostile cases stay quick."""
    return FetchSettings(timeout=1.0, deadline=5.0, host_delay=0.0, per_host=8)
