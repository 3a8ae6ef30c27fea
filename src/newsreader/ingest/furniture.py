"""Removing page furniture from a list of paragraphs, using the tables in furniture.toml.

Works on paragraphs (one printed line or one re-joined block each) so that what survives can be
joined back with blank lines. Captions are recognised here too, because the same pass that cuts a
photo credit is the one that sees a caption printed twice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from newsreader.ingest.tables import furniture

_BULLET = re.compile(r"^(?:[•·▪◦‣*+-]|\d{1,2}[.)])\s+")
_WORD = re.compile(r"[\w’'-]+")
_TAGLINE_SEPARATOR = re.compile(r"[,|•·/]| - ")
_CAPTION_LABEL = re.compile(r"^(?:photo(?:graph)?|picture|image)\s*:\s*(?=\S)", re.IGNORECASE)
# "Image caption, Leaders lay wreaths ..." (BBC): the label is never part of the caption.
_CAPTION_WORD = re.compile(r"^(?:(?:image|photo|picture|video) )?caption\s*[:,]\s*(?=\S)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Para:
    """One paragraph. ``caption``: known to be an image caption (printed twice, carried a photo
    credit, or stood above a lone credit line)."""

    text: str
    caption: bool = False
    credit: str | None = None  # a lone credit line printed under it, dropped from the text


def key(text: str) -> str:
    """A line as the tables compare it: bullet gone, case folded."""
    return _BULLET.sub("", text).casefold()


def is_furniture(text: str) -> bool:
    table = furniture()
    k = key(text)
    return k in table.lines or table.patterns.fullmatch(k) is not None


def is_tagline(text: str) -> bool:
    table = furniture()
    if not _TAGLINE_SEPARATOR.search(text):
        return False
    words = [w.casefold() for w in _WORD.findall(text)]
    return len(words) >= table.tagline_min_words and all(w in table.tagline_words for w in words)


def is_section_label(text: str) -> bool:
    """A kicker above a headline ("World news", "Analysis"): a few words, all strapline words."""
    words = [w.casefold() for w in _WORD.findall(text)]
    return 0 < len(words) <= 3 and all(w in furniture().tagline_words for w in words)


def is_wire_byline(text: str) -> bool:
    """A wire or desk credit where a byline goes: "Agencies", "Reuters staff", "By AFP"."""
    return bool(furniture().wire_byline.fullmatch(text.strip(" .")))


def is_role(words: list[str]) -> bool:
    """A writer's role after a byline name: "Political correspondent", "Middle East editor"."""
    table = furniture()
    if not 1 <= len(words) <= 5 or words[-1].casefold() not in table.byline_roles:
        return False
    return all(_WORD.fullmatch(w) and not any(ch.isdigit() for ch in w) for w in words)


def starts_role(word: str) -> bool:
    """A word a role usually starts with ("Political", "Senior"), not a name's."""
    return word.casefold() in furniture().byline_role_words


def is_credit_line(text: str) -> bool:
    return bool(furniture().credit_line.fullmatch(text.strip(" .")))


def strip_credit(text: str) -> tuple[str, bool]:
    """The text without a trailing photo credit, and whether there was one."""
    match = furniture().credit_suffix.search(text)
    if not match or match.start() == 0:
        return text, False
    return text[: match.start()].rstrip(" -–—|,"), True


def find_comments(paras: list[Para], after: int = 0) -> int | None:
    """Index of the paragraph that opens a reader-comments section, if any."""
    openers = furniture().comment_openers
    for index in range(after, len(paras)):
        k = key(paras[index].text)
        if any(p.fullmatch(k) for p in openers):
            return index
    return None


def _drop_blocks(paras: list[Para]) -> list[Para]:
    blocks = furniture().blocks
    kept: list[Para] = []
    index = 0
    while index < len(paras):
        k = key(paras[index].text)
        block = next((b for b in blocks if b.start.fullmatch(k)), None)
        if block is None:
            kept.append(paras[index])
            index += 1
            continue
        stop = index  # no end found: drop the start line alone
        for ahead in range(index + 1, min(len(paras), index + 1 + block.max_lines)):
            if block.end.fullmatch(key(paras[ahead].text)):
                stop = ahead
                break
        index = stop + 1
    return kept


def clean(paras: list[Para]) -> list[Para]:
    """Furniture dropped, credits cut, captions kept once."""
    kept: list[Para] = []
    for para in _drop_blocks(paras):
        if is_furniture(para.text):
            continue
        if is_credit_line(para.text):
            # A lone credit line ("Reuters") belongs to the picture whose caption stands above it;
            # directly under a headline it is the wire's byline, which the header reader decides.
            if kept:
                kept[-1] = replace(kept[-1], caption=True, credit=para.text)
            continue
        labelled = _CAPTION_WORD.match(para.text) is not None
        text, credited = strip_credit(_CAPTION_WORD.sub("", para.text))
        credited = credited or labelled
        if credited:
            # "Photo: Leaders lay wreaths ... (Kyodo)": the label is furniture, the caption is not.
            text = _CAPTION_LABEL.sub("", text) or text
        para = replace(para, text=text, caption=para.caption or credited)
        previous = kept[-1] if kept else None
        if previous is not None and _same_caption(previous.text, para.text):
            kept[-1] = replace(previous, caption=True)
            continue
        kept.append(para)
    return kept


def _same_caption(first: str, second: str) -> bool:
    # A caption printed twice, the second copy sometimes with a credit the table does not know.
    a, b = first.casefold(), second.casefold()
    if a == b:
        return True
    shorter, longer = sorted((a, b), key=len)
    return (
        len(shorter) >= 20
        and longer.startswith(shorter)
        and len(longer) - len(shorter) <= 60
        and not shorter.endswith((".", "!", "?", "”", '"'))
    )
