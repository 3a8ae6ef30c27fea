"""Web pages and HTML fragments -> clean text and Articles.

A whole page goes through trafilatura, which finds the article among the site furniture and reads its
metadata (title, author, date, site name). A feed entry's HTML fragment is already the article, so it is
flattened to paragraphs directly. Either way, page text is hostile: terminal control and escape
sequences are removed and paragraphs are joined by one blank line.
"""

from __future__ import annotations

import unicodedata
from datetime import datetime
from typing import TYPE_CHECKING

from newsreader.ingest.cleaning import normalise_line, strip_controls
from newsreader.model import Article

if TYPE_CHECKING:
    from newsreader.ingest.text import Parsed

_BLOCKS = {
    "p",
    "div",
    "section",
    "article",
    "blockquote",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "pre",
    "table",
    "tr",
    "figure",
    "figcaption",
    "header",
    "footer",
    "aside",
    "dl",
    "dt",
    "dd",
    "hr",
}
_SKIPPED = {"script", "style", "noscript", "template", "iframe", "object", "svg", "head", "form", "button"}


def clean_line(text: str | None) -> str | None:
    """One-line metadata (a title, an author): controls removed, whitespace collapsed; None if empty."""
    if text is None:
        return None
    cleaned = " ".join(normalise_line(strip_controls(text)).split())
    return cleaned or None


def paragraphs(text: str) -> str:
    """Text with one paragraph per line (or per blank-line block) -> paragraphs joined by a blank line."""
    lines = (normalise_line(line) for line in unicodedata.normalize("NFC", strip_controls(text)).split("\n"))
    return "\n\n".join(line for line in lines if line)


def fragment_to_text(fragment: str) -> str:
    """An HTML fragment (a feed entry's content) as plain paragraphs; plain text passes through."""
    if "<" not in fragment and "&" not in fragment:
        return paragraphs(fragment)
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.fragment_fromstring(strip_controls(fragment), create_parent="div")
    except (etree.ParserError, ValueError):
        return paragraphs(fragment)
    out: list[str] = []

    def flow(text: str | None, pre: bool) -> None:
        # A line break in HTML source is a space, except inside <pre>.
        if text:
            out.append(text if pre else text.replace("\n", " "))

    def walk(node: etree._Element, pre: bool = False) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in _SKIPPED:
            flow(node.tail, pre)
            return
        block = tag in _BLOCKS
        if block or tag == "br":
            out.append("\n")
        if tag:
            flow(node.text, pre or tag == "pre")
        for child in node:
            walk(child, pre or tag == "pre")
        if block:
            out.append("\n")
        flow(node.tail, pre)

    walk(root)
    return paragraphs("".join(out))


def _parse_date(value: str | None) -> datetime | None:
    if not value:
        return None
    for form in ("%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d"):
        try:
            return datetime.strptime(value, form)
        except ValueError:
            continue
    return None


class PageError(ValueError):
    """A page with no article text in it; the message is one line."""


def page_to_article(html: bytes | str, *, url: str | None = None, source: str | None = None) -> Article:
    """Extract the article from a whole web page with trafilatura.

    ``source`` overrides the page's own site name. Raises :class:`PageError` when the page holds
    no article text. ``content_hash`` is left empty for the caller (ingest owns the hashing rule).
    """
    import trafilatura

    # Escape sequences go before extraction, so their parameters ("[31m") do not survive as text
    # once the ESC byte is dropped.
    if isinstance(html, bytes):
        # trafilatura sniffs the charset (meta tag, then detection).
        html = trafilatura.utils.decode_file(html)
    html = strip_controls(html)
    document = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        date_extraction_params={
            "extensive_search": True,
            "original_date": True,
            "outputformat": "%Y-%m-%dT%H:%M:%S%z",
        },
    )
    text = getattr(document, "text", None) if document is not None else None
    if not text or not text.strip():
        raise PageError("no article text found on the page")
    title = clean_line(document.title)
    body = paragraphs(text)
    first, _, rest = body.partition("\n\n")
    if title and rest and first.strip() == title:
        body = rest  # trafilatura keeps the headline as the first line; it is the title, not body text
    if not title:
        title = first[:120]
    return Article(
        title=title,
        body=body,
        source=clean_line(source) or clean_line(document.sitename),
        published=_parse_date(document.date),
        byline=clean_line(document.author),
        standfirst=clean_line(document.description),
        url=url,
        origin=url,
    )


def parse_html_document(raw: str, *, name: str = "") -> Parsed:
    """The ``.html``/``.htm`` file loader (see ``loader.LOADERS``). A page with no article text
    comes back with an empty body, which the loader reports as "no article text"."""
    from newsreader.ingest.text import Parsed

    try:
        article = page_to_article(raw)
    except PageError:
        return Parsed(Article(title=name, body=""))
    return Parsed(article)
