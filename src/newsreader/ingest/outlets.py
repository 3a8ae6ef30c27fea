"""Which outlet a text comes from, by the signatures in outlets.toml.

A signature is a line only the outlet itself prints: its notification banner, its newsletter
sign-up, its copyright line, a wire dateline "LONDON (Reuters) -", its masthead above the headline.
A sentence that merely names an outlet ("told Reuters") never matches, because every signature
must match a whole line.
"""

from __future__ import annotations

import re

from newsreader.ingest.tables import mastheads, outlets, signatures

_TITLE_SUFFIX = re.compile(r"^(?P<title>.{10,}?)\s+[|–—-]\s+(?P<outlet>[^|–—-]{2,60})$")


def signed_outlet(lines: list[str]) -> str | None:
    """The outlet whose signature comes first in the text, if any."""
    templates, house = signatures()
    for line in lines:
        if not line:
            continue
        match = templates.fullmatch(line)
        if match:
            name = next(value for key, value in match.groupdict().items() if value and key.startswith("name"))
            return mastheads()[name.casefold()]
        match = house.fullmatch(line)
        if match and match.lastgroup:
            return outlets()[int(match.lastgroup[1:])].name
    return None


def masthead(line: str) -> str | None:
    """The outlet whose name is the whole line ("Time Plus News"), if any."""
    return mastheads().get(line.strip().casefold())


def split_title_suffix(title: str) -> tuple[str, str | None]:
    """'Headline | The Independent' -> ('Headline', 'The Independent'): page titles often end so."""
    match = _TITLE_SUFFIX.match(title)
    if match:
        outlet = masthead(match["outlet"])
        if outlet is not None:
            return match["title"], outlet
    return title, None
