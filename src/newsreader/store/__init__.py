"""The only package that speaks SQL."""

from newsreader.store.library import (
    CONTEXT_CHARS,
    ImportOutcome,
    Library,
    LibraryError,
    NotFound,
    find_anchor,
    normalise_tags,
)
from newsreader.store.schema import SCHEMA_VERSION

__all__ = [
    "CONTEXT_CHARS",
    "SCHEMA_VERSION",
    "ImportOutcome",
    "Library",
    "LibraryError",
    "NotFound",
    "find_anchor",
    "normalise_tags",
]
