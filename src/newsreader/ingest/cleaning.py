"""Character-level cleaning: what untrusted article text must lose before anyone sees it.

Article text ends up in a terminal, so escape sequences and control characters go first; then the
many kinds of space a web page uses become one plain space, and the text is NFC-normalised so the
same words always compare (and hash) equal.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

# ESC-introduced sequences: CSI (colours, cursor moves), OSC (window titles, hyperlinks; ended by
# BEL or ST), DCS/SOS/PM/APC strings, and the two-byte escapes. An unterminated string stops at
# the end of its line so one stray ESC cannot swallow the article. Lone C1 controls go below.
_ESCAPES = re.compile(
    r"""
      \x1b\[[0-?]*[ -/]*[@-~]                         # CSI
    | \x1b[\]PX^_][^\n]*?(?:\x07|\x1b\\|\x9c|(?=\n)|$)    # OSC, DCS, SOS, PM, APC (at most to end of line)
    | \x1b[ -/]*[0-~]                                 # other escapes (ESC c, ESC ( B, ...)
    """,
    re.VERBOSE,
)
# Controls other than newline and tab, plus invisible format characters that can reorder or hide
# text in a terminal (bidi overrides, zero-width space, BOM, soft hyphen). ZWJ/ZWNJ stay: scripts and
# emoji need them.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)
# Every horizontal space a page may print (NBSP, thin, hair, figure, ideographic ...) plus tab.
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_WHITESPACE = re.compile(r"\s+")


def strip_controls(text: str) -> str:
    """Remove terminal escape sequences and control characters; keep newlines and tabs.

    Line breaks of every convention (CRLF, CR, form feed, U+2028/2029) become ``\\n`` first so that
    the line structure survives.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n").replace("\x85", "\n")
    text = _ESCAPES.sub("", text)
    return _INVISIBLE.sub("", text)


def normalise_line(line: str) -> str:
    """One line as it should be stored: single plain spaces, no edge whitespace."""
    return _SPACES.sub(" ", line).strip()


def normalise_text(text: str) -> str:
    """Controls stripped, NFC, every line normalised (blank lines kept as empty strings)."""
    text = unicodedata.normalize("NFC", strip_controls(text))
    return "\n".join(normalise_line(line) for line in text.split("\n"))


def content_hash(body: str) -> str:
    """sha256 (hex) of the body with whitespace collapsed and NFC applied.

    Re-flowing paragraphs or changing kinds of space does not change the hash; changing a word does.
    """
    canonical = _WHITESPACE.sub(" ", unicodedata.normalize("NFC", body)).strip()
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
