"""OPML subscription lists in and out. Pure: bytes in, text out.

Folders become tags: a feed inside ``Tech > Python`` gets the tag ``Tech/Python`` -- the same path
form OPML 2.0 uses in its ``category`` attribute ("/Tech/Python,/News"), whose entries are tags too.
On export a feed sits in the folder of its first tag and carries all its tags in ``category``, so an
export read back gives the same feeds with the same tags.

OPML files come from anywhere, so the parser is expat driven by hand and refuses any DOCTYPE: no DTD,
no entity declarations, hence no entity-expansion bombs and no external entities.
"""

from __future__ import annotations

import xml.parsers.expat
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from xml.etree import ElementTree as ET

from newsreader.ingest.html import clean_line


class OpmlError(ValueError):
    """A file that is not a readable OPML subscription list; the message is one line."""


@dataclass(frozen=True, slots=True)
class OpmlFeed:
    url: str
    title: str | None = None
    tags: tuple[str, ...] = ()
    full_text: bool = False


def _tag_path(parts: Iterable[str]) -> str:
    return "/".join(p.strip().replace("/", "-") for p in parts if p and p.strip())


def _add(tags: list[str], tag: str) -> None:
    if tag and tag.lower() not in (t.lower() for t in tags):
        tags.append(tag)


def parse_opml(data: bytes) -> list[OpmlFeed]:
    """The feeds an OPML document lists (outlines with an ``xmlUrl``), folders kept as tags."""
    feeds: list[OpmlFeed] = []
    seen: set[str] = set()
    folders: list[str | None] = []  # one per open <outline>: its folder name, or None for a feed
    root_seen = False

    def refuse(*_: object) -> None:
        raise OpmlError("refused: the file declares a DOCTYPE (entities are not allowed in OPML)")

    def start(name: str, attrs: dict[str, str]) -> None:
        nonlocal root_seen
        if not root_seen:
            root_seen = True
            if name.lower() != "opml":
                raise OpmlError(f"not an OPML file (the root element is <{name}>)")
        if name != "outline":
            return
        url = (attrs.get("xmlUrl") or attrs.get("xmlurl") or "").strip()
        label = clean_line(attrs.get("text") or attrs.get("title"))
        if not url:
            folders.append(label or "")
            return
        folders.append(None)
        if url in seen:
            return
        seen.add(url)
        tags: list[str] = []
        _add(tags, _tag_path(f for f in folders if f))
        for category in (attrs.get("category") or "").split(","):
            _add(tags, _tag_path(category.strip().split("/")))
        full = (attrs.get("fullText") or attrs.get("newsreaderFullText") or "").lower() in ("1", "true", "yes")
        title = clean_line(attrs.get("title")) or label
        feeds.append(OpmlFeed(url=url, title=title, tags=tuple(tags), full_text=full))

    def end(name: str) -> None:
        if name == "outline" and folders:
            folders.pop()

    parser = xml.parsers.expat.ParserCreate()
    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = lambda *_: refuse()
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    try:
        parser.Parse(data, True)
    except xml.parsers.expat.ExpatError as exc:
        raise OpmlError(f"malformed XML: line {exc.lineno}, column {exc.offset}: {_expat_message(exc)}") from exc
    if not root_seen:
        raise OpmlError("not an OPML file (empty)")
    return feeds


def _expat_message(exc: xml.parsers.expat.ExpatError) -> str:
    return xml.parsers.expat.ErrorString(exc.code) if exc.code else str(exc)


def write_opml(feeds: Iterable[OpmlFeed], title: str = "newsreader subscriptions") -> str:
    """An OPML 2.0 document: each feed in the folder of its first tag, all tags in ``category``."""
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = title
    ET.SubElement(head, "dateCreated").text = datetime.now(UTC).strftime("%a, %d %b %Y %H:%M:%S +0000")
    body = ET.SubElement(root, "body")
    folders: dict[tuple[str, ...], ET.Element] = {(): body}

    def folder(path: tuple[str, ...]) -> ET.Element:
        if path not in folders:
            parent = folder(path[:-1])
            folders[path] = ET.SubElement(parent, "outline", text=path[-1], title=path[-1])
        return folders[path]

    for feed in feeds:
        path = tuple(p for p in feed.tags[0].split("/") if p) if feed.tags else ()
        label = feed.title or feed.url
        attrs = {"type": "rss", "text": label, "title": label, "xmlUrl": feed.url}
        if feed.tags:
            attrs["category"] = ",".join("/" + tag for tag in feed.tags)
        if feed.full_text:
            attrs["newsreaderFullText"] = "true"
        ET.SubElement(folder(path), "outline", attrs)
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
