"""Raw input -> clean Article: plain text and Markdown files, folders with manifest.csv, globs.

Imports neither textual nor sqlite: ingestion is usable (and testable) without a library or a UI.
"""

from newsreader.ingest.cleaning import content_hash
from newsreader.ingest.errors import IngestError
from newsreader.ingest.loader import InputItem, Loaded, expand_inputs, load_file, supported_suffixes
from newsreader.ingest.text import parse_text

__all__ = [
    "IngestError",
    "InputItem",
    "Loaded",
    "content_hash",
    "expand_inputs",
    "load_file",
    "parse_text",
    "supported_suffixes",
]
