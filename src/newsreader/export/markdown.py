"""An article's annotations as a Markdown file for Obsidian, Pandoc and friends. Pure: text in, text out.

Layout: YAML front matter; the title; the article-level note; each annotation in text order as a
blockquote of the passage, its #tags, its note and where it is (paragraph number); optionally the
article's quotations grouped by speaker. Passages are article text, so every character Markdown
would read as syntax is escaped; notes are the reader's own Markdown and are kept as written.

The document ends with a marker line carrying the SHA-256 of everything above it, so a later
export can tell a file we wrote (and may replace) from one the reader has edited since.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from datetime import datetime
from functools import lru_cache
from json.encoder import encode_basestring  # the C string encoder json.dumps(str, ensure_ascii=False) uses

from newsreader.model import Analysis, Annotation, Article

END_MARKER = "<!-- newsreader:end"
_END_LINE = re.compile(r"^<!-- newsreader:end article=(\d+) sha256=([0-9a-f]{64}) -->$", re.MULTILINE)
_ALWAYS = "\\`*_[]<>#|~&$"  # syntax anywhere in a line (& for entities, $ for math in Obsidian)
_ESCAPES = str.maketrans({ch: "\\" + ch for ch in _ALWAYS})
_SYNTAX = re.compile("[" + re.escape(_ALWAYS) + "]")
_LIST_START = re.compile(r"^(\s*)([-+=]|\d+[.)])")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# What YAML does not allow raw in a double-quoted scalar (or reads as a line break); JSON leaves these.
_YAML_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]")


def escape_text(text: str) -> str:
    """Plain text -> Markdown that renders as exactly that text (line breaks kept as hard breaks)."""
    lines = []
    for raw in text.splitlines() or [""]:
        line = raw.strip()
        if _SYNTAX.search(line):  # most passages hold none: a C scan instead of a per-character translate
            line = line.translate(_ESCAPES)
        match = _LIST_START.match(line)
        if match:  # "- x", "1. x", "===": block syntax only at the start of a line
            marker = match.group(2)
            line = line[: match.start(2)] + marker[:-1] + "\\" + marker[-1] + line[match.end(2) :]
        lines.append(line)
    return "\\\n".join(lines)


def _note(text: str) -> str:
    # The reader's Markdown, except our own marker, which would confuse the next export.
    return text.strip().replace("<!-- newsreader", "&lt;!-- newsreader")


def paragraph_number(body: str, offset: int) -> int:
    """1-based number of the paragraph (blank-line separated) holding ``offset``."""
    return 1 + len(_PARAGRAPH_BREAK.findall(body, 0, max(0, offset)))


def exported_at(article: Article, annotations: Sequence[Annotation]) -> datetime | None:
    """The newest annotation change, not the clock: the same annotations export byte-identically."""
    stamps = [a.updated or a.created for a in annotations if (a.updated or a.created)]
    return max(stamps) if stamps else None


def yaml_scalar(value: object) -> str:
    """One YAML scalar. Strings are double-quoted with JSON escapes (a subset of YAML's), plus the
    line separators YAML would read as breaks: valid YAML whatever the title holds, and ~50x faster
    than yaml.safe_dump, which dominated export time."""
    if type(value) is str:
        return _yaml_string(value)
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    return _yaml_string(str(value))


def _yaml_string(value: str) -> str:
    text = encode_basestring(value)
    if text.isascii() and "\x7f" not in text:  # nothing _YAML_UNSAFE can match: skip the regex
        return text
    return _YAML_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


@lru_cache(maxsize=4096)  # leader names and sources repeat across a library's articles
def _yaml_item(value: str) -> str:
    return f"  - {_yaml_string(value)}"


def yaml_block(data: dict[str, object]) -> str:
    lines = ["---"]
    for key, value in data.items():
        if isinstance(value, list):
            lines.append(f"{key}:" + ("" if value else " []"))
            lines.extend(_yaml_item(item) if type(item) is str else f"  - {yaml_scalar(item)}" for item in value)
        else:
            lines.append(f"{key}: {yaml_scalar(value)}")
    return "\n".join(lines) + "\n---\n"


def front_matter(article: Article, annotations: Sequence[Annotation], analysis: Analysis | None) -> str:
    tags = list(dict.fromkeys(tag for a in annotations for tag in a.tags))
    stamp = exported_at(article, annotations)
    return yaml_block(
        {
            "title": article.title,
            "source": article.source,
            "published": article.published.isoformat() if article.published else None,
            "url": article.url,
            "byline": article.byline,
            "tags": tags,
            "leaders": [leader.name for leader in analysis.leaders] if analysis else [],
            "newsreader_id": article.id,
            "exported_at": stamp.isoformat() if stamp else None,
        }
    )


def _annotation_block(article: Article, annotation: Annotation) -> str:
    parts = [_blockquote(escape_text(annotation.exact))]
    if annotation.tags:
        parts.append(" ".join(_hashtag(tag) for tag in annotation.tags))
    if annotation.note.strip():
        parts.append(_note(annotation.note))
    if annotation.orphan:
        parts.append("*Where: not found in the current text (kept from an import).*")
    else:
        where = paragraph_number(article.body, annotation.start)
        parts.append(f"*Where: paragraph {where}, characters {annotation.start}–{annotation.end}.*")
    return "\n\n".join(parts)


def _blockquote(escaped: str) -> str:
    if "\n" not in escaped:  # most passages are one line
        return "> " + escaped if escaped else ">"
    return "\n".join("> " + line if line else ">" for line in escaped.split("\n"))


@lru_cache(maxsize=1024)  # a library has few tags, used over and over
def _hashtag(tag: str) -> str:
    return "#" + escape_text(tag).replace("\\#", "")


def _quotes_section(analysis: Analysis, heading: str) -> str:
    by_speaker: dict[str, list[str]] = {}
    for quote in analysis.quotes:
        by_speaker.setdefault(quote.speaker or "Unattributed", []).append(quote.text)
    parts = [f"{heading}# Quotations"]
    for speaker, texts in by_speaker.items():
        parts.append(f"{heading}## " + escape_text(speaker))
        parts.extend("\n".join("> " + line for line in escape_text(t).split("\n")) for t in texts)
    return "\n\n".join(parts)


def article_body(
    article: Article,
    annotations: Sequence[Annotation],
    analysis: Analysis | None = None,
    *,
    with_quotes: bool = False,
    heading: str = "#",
) -> str:
    """The article's section without front matter: title, note, annotations, quotations."""
    parts = [f"{heading} {escape_text(article.title)}"]
    if article.note and article.note.strip():
        parts.append(_note(article.note))
    ordered = sorted(annotations, key=lambda a: (a.orphan, a.start, a.end, a.id or 0))
    if ordered:
        parts.append(f"{heading}# Annotations")
        parts.extend(_annotation_block(article, a) for a in ordered)
    if with_quotes and analysis and analysis.quotes:
        parts.append(_quotes_section(analysis, heading))
    return "\n\n".join(parts) + "\n"


def end_line(article_id: int | None, content: str) -> str:
    digest = hashlib.sha256(content.encode("utf-8")).hexdigest()
    return f"{END_MARKER} article={article_id or 0} sha256={digest} -->\n"


def article_markdown(
    article: Article,
    annotations: Sequence[Annotation],
    analysis: Analysis | None = None,
    *,
    with_quotes: bool = False,
) -> str:
    """The whole file for one article, ending with the marker line that fingerprints it."""
    content = (
        front_matter(article, annotations, analysis)
        + "\n"
        + article_body(article, annotations, analysis, with_quotes=with_quotes)
    )
    return content + "\n" + end_line(article.id, content + "\n")


def split_ours(text: str) -> tuple[str, str, int, bool] | None:
    """For a file we wrote: (our part, what the reader added after the marker, article id, whether our
    part is unedited). None when the file carries no marker of ours."""
    matches = list(_END_LINE.finditer(text))
    if not matches:
        return None
    match = matches[-1]
    ours = text[: match.start()]
    rest = text[match.end() :].lstrip("\n")
    unedited = hashlib.sha256(ours.encode("utf-8")).hexdigest() == match.group(2)
    return ours, rest, int(match.group(1)), unedited


def single_markdown(
    entries: Sequence[tuple[Article, Sequence[Annotation], Analysis | None]], *, with_quotes: bool = False
) -> str:
    """Many articles in one file: one front matter for the file, a section per article."""
    stamps = [s for article, annotations, _ in entries if (s := exported_at(article, annotations))]
    head = {
        "title": "newsreader annotations",
        "articles": len(entries),
        "annotations": sum(len(a) for _, a, _ in entries),
        "exported_at": max(stamps).isoformat() if stamps else None,
    }
    parts = [yaml_block(head)]
    for article, marked, analysis in entries:
        meta = [
            f"*{escape_text(article.source_label)}*",
            article.published.date().isoformat() if article.published else "undated",
            f"newsreader id {article.id}",
        ]
        if article.url:
            meta.append(
                f"<{article.url}>" if " " not in article.url and ">" not in article.url else escape_text(article.url)
            )
        body = article_body(article, marked, analysis, with_quotes=with_quotes, heading="##")
        title, _, rest = body.partition("\n\n")
        parts.append(title + "\n\n" + " · ".join(meta) + ("\n\n" + rest if rest else "\n"))
    content = "\n".join(parts)
    return content + "\n" + end_line(0, content + "\n")
