"""Annotations as W3C Web Annotation Data Model JSON, and back. Pure.

Each annotation targets its article by a stable source: the article's URL, else
``urn:newsreader:sha256:<content hash>``; the passage by a TextQuoteSelector (exact, prefix, suffix)
and a TextPositionSelector (str offsets into the body). Tags are TextualBody bodies with purpose
"tagging", the note one with purpose "commenting". An article-level note is an Annotation whose target
is the article's source alone (no selector: the whole article) with one commenting TextualBody. The
whole export is an AnnotationCollection.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from json.encoder import encode_basestring  # C, the one json.dumps(ensure_ascii=False) uses
from typing import Any

from newsreader.model import Annotation, Article

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
URN_PREFIX = "urn:newsreader:sha256:"


class W3CError(ValueError):
    """A file that is not a Web Annotation export we can read; one line for the user."""


def article_source(article: Article) -> str:
    return article.url or f"{URN_PREFIX}{article.content_hash}"


def annotation_json(article: Article, annotation: Annotation) -> dict[str, Any]:
    bodies: list[dict[str, Any]] = []
    if annotation.note.strip():
        bodies.append(
            {"type": "TextualBody", "value": annotation.note, "format": "text/markdown", "purpose": "commenting"}
        )
    bodies.extend({"type": "TextualBody", "value": tag, "purpose": "tagging"} for tag in annotation.tags)
    selectors: list[dict[str, Any]] = [
        {
            "type": "TextQuoteSelector",
            "exact": annotation.exact,
            "prefix": annotation.prefix,
            "suffix": annotation.suffix,
        }
    ]
    if not annotation.orphan:
        selectors.append({"type": "TextPositionSelector", "start": annotation.start, "end": annotation.end})
    data: dict[str, Any] = {
        "@context": CONTEXT,
        "id": f"urn:newsreader:annotation:{article.content_hash[:16]}:{annotation.id}",
        "type": "Annotation",
        "motivation": "commenting" if annotation.note.strip() else ("tagging" if annotation.tags else "highlighting"),
    }
    if annotation.created:
        data["created"] = annotation.created.isoformat()
    if annotation.updated:
        data["modified"] = annotation.updated.isoformat()
    if bodies:
        data["body"] = bodies
    data["target"] = {"source": article_source(article), "selector": selectors}
    return data


def article_note_json(article: Article) -> dict[str, Any]:
    """The article's own note as an annotation of the whole article (a target without a selector)."""
    return {
        "@context": CONTEXT,
        "id": f"urn:newsreader:article-note:{article.content_hash[:16]}:{article.id}",
        "type": "Annotation",
        "motivation": "commenting",
        "body": [{"type": "TextualBody", "value": article.note, "format": "text/markdown", "purpose": "commenting"}],
        "target": {"source": article_source(article)},
    }


def collection_json(entries: Iterable[tuple[Article, Sequence[Annotation]]]) -> str:
    """The export as text: deterministic (articles in order, each one's note before its annotations)."""
    items: list[dict[str, Any]] = []
    for article, marked in entries:
        if article.note and article.note.strip():
            items.append(article_note_json(article))
        items.extend(
            annotation_json(article, a) for a in sorted(marked, key=lambda a: (a.orphan, a.start, a.end, a.id or 0))
        )
    collection = {
        "@context": CONTEXT,
        "type": "AnnotationCollection",
        "label": "newsreader annotations",
        "total": len(items),
        "first": {"type": "AnnotationPage", "items": items},
    }
    return pretty_json(collection) + "\n"


class _Unsupported(TypeError):
    pass


_FLOATS = {"nan": "NaN", "inf": "Infinity", "-inf": "-Infinity"}  # what json.dumps writes for them


def pretty_json(value: Any) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=2)``, byte for byte, several times faster: with an
    indent CPython drops to its pure-Python encoder; here only the nesting is Python and every string
    goes through the C encoder. Anything but str/int/float/bool/None/list/tuple/dict with str keys is
    left to json.dumps itself."""
    out: list[str] = []
    try:
        _emit(value, "\n", out.append)
    except _Unsupported:
        return json.dumps(value, ensure_ascii=False, indent=2)
    return "".join(out)


def _scalar(value: Any) -> str | None:
    kind = type(value)
    if kind is str:
        return encode_basestring(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        text = float.__repr__(value)
        return _FLOATS.get(text, text)
    return None


def _emit(value: Any, newline: str, write: Callable[[str], None]) -> None:
    # Scalars are written in the same call as their key or separator: fewer calls, same bytes.
    if isinstance(value, dict):
        if not value:
            write("{}")
            return
        inner = newline + "  "
        opener = "{" + inner
        for key, item in value.items():
            if type(key) is not str:
                raise _Unsupported(key)
            text = encode_basestring(item) if type(item) is str else _scalar(item)
            if text is None:
                write(opener + encode_basestring(key) + ": ")
                _emit(item, inner, write)
            else:
                write(opener + encode_basestring(key) + ": " + text)
            opener = "," + inner
        write(newline + "}")
    elif isinstance(value, list | tuple):
        if not value:
            write("[]")
            return
        inner = newline + "  "
        opener = "[" + inner
        for item in value:
            text = _scalar(item)
            if text is None:
                write(opener)
                _emit(item, inner, write)
            else:
                write(opener + text)
            opener = "," + inner
        write(newline + "]")
    else:
        text = _scalar(value)
        if text is None:
            raise _Unsupported(value)
        write(text)


@dataclass(frozen=True, slots=True)
class ImportedAnnotation:
    """One annotation read back from a file, before it is anchored in an article."""

    source: str
    exact: str
    prefix: str = ""
    suffix: str = ""
    start: int | None = None
    end: int | None = None
    note: str = ""
    tags: tuple[str, ...] = ()
    created: datetime | None = None
    modified: datetime | None = None  # never before ``created``
    label: str = ""  # where it was in the file, for messages
    whole_article: bool = False  # a note on the article itself: no passage, ``exact`` is empty


def _date(value: Any) -> datetime | None:
    """An ISO 8601 time; one without a zone is taken as UTC, like every time the library writes."""
    if not isinstance(value, str):
        return None
    try:
        when = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _offset(value: Any) -> bool:
    # Negative offsets would slice from the end of the body (and bools are ints).
    return type(value) is int and value >= 0


def _items(data: Any) -> list[Any]:
    if isinstance(data, list):
        return data
    if not isinstance(data, dict):
        raise W3CError("not a Web Annotation export (expected a JSON object or list)")
    kind = data.get("type")
    if kind == "Annotation":
        return [data]
    if kind in ("AnnotationCollection", "AnnotationPage") or "items" in data or "first" in data:
        items: list[Any] = []
        page = data if kind == "AnnotationPage" else data.get("first")
        if isinstance(data.get("items"), list) and kind != "AnnotationPage":
            items += data["items"]
        while isinstance(page, dict):
            items += page.get("items") or []
            page = page.get("next") if isinstance(page.get("next"), dict) else None
        return items
    raise W3CError("not a Web Annotation export (no Annotation, AnnotationCollection or AnnotationPage)")


def _bodies(item: dict[str, Any]) -> tuple[list[str], list[str]]:
    """The note texts and the tags among an annotation's bodies."""
    bodies = item.get("body") or []
    bodies = bodies if isinstance(bodies, list) else [bodies]
    notes: list[str] = []
    tags: list[str] = []
    for body in bodies:
        if not isinstance(body, dict) or not isinstance(body.get("value"), str):
            continue
        if body.get("purpose") == "tagging":
            tags.append(body["value"])
        else:
            notes.append(body["value"])
    return notes, tags


def parse_collection(text: str) -> tuple[list[ImportedAnnotation], list[str]]:
    """Annotations from a W3C export, and one-line problems for the entries that were skipped."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise W3CError(f"not valid JSON (line {exc.lineno}: {exc.msg})") from exc
    except RecursionError as exc:  # "[[[[..." a hundred thousand deep
        raise W3CError("not a Web Annotation export (JSON nested too deeply)") from exc
    found: list[ImportedAnnotation] = []
    problems: list[str] = []
    for index, item in enumerate(_items(data), 1):
        label = f"annotation {index}"
        if not isinstance(item, dict):
            problems.append(f"{label}: not an object")
            continue
        targets = item.get("target")
        target = targets[0] if isinstance(targets, list) and targets else targets
        if not isinstance(target, dict) or not isinstance(target.get("source"), str):
            problems.append(f"{label}: no target source")
            continue
        notes, tags = _bodies(item)
        if target.get("selector") is None:
            # The whole article: only a note can be kept there (the library has no article tags).
            if not "".join(notes).strip():
                problems.append(f"{label}: targets the whole article but has no note")
                continue
            found.append(
                ImportedAnnotation(
                    source=target["source"], exact="", note="\n\n".join(notes), label=label, whole_article=True
                )
            )
            continue
        selectors = target["selector"] if isinstance(target["selector"], list) else [target["selector"]]
        quote = next((s for s in selectors if isinstance(s, dict) and s.get("type") == "TextQuoteSelector"), None)
        position = next((s for s in selectors if isinstance(s, dict) and s.get("type") == "TextPositionSelector"), None)
        if not quote or not isinstance(quote.get("exact"), str) or not quote["exact"]:
            problems.append(f"{label}: no TextQuoteSelector with the passage")
            continue
        start = end = None
        # Offsets that cannot be right are dropped: the quote alone places the annotation.
        if position and _offset(position.get("start")) and _offset(position.get("end")):
            start, end = position["start"], position["end"]
            if start >= end:
                start = end = None
        created, modified = _date(item.get("created")), _date(item.get("modified"))
        created = created or modified  # made no later than its last change
        found.append(
            ImportedAnnotation(
                source=target["source"],
                exact=quote["exact"],
                prefix=quote.get("prefix") if isinstance(quote.get("prefix"), str) else "",
                suffix=quote.get("suffix") if isinstance(quote.get("suffix"), str) else "",
                start=start,
                end=end,
                note="\n\n".join(notes),
                tags=tuple(tags),
                created=created,
                modified=max(modified, created) if modified and created else modified,
                label=label,
            )
        )
    return found, problems
