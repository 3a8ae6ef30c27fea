"""Fixtures for the feed tests: the local server and fetch settings that keep hostile cases fast."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from tests.feeds.support import LocalServer, serving

from newsreader.fetch import FetchSettings


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with serving() as httpd:
        yield httpd


@pytest.fixture
def fast_settings() -> FetchSettings:
    """Short timeouts and no politeness delay, so hostile cases stay quick."""
    return FetchSettings(timeout=1.0, deadline=5.0, host_delay=0.0, per_host=8)
