"""Plain text (and Markdown) article dumps -> Article.

The shape this reads is a web page copied as text: perhaps a masthead and banners, the headline,
perhaps a standfirst, a byline and a date line, then paragraphs with captions and page furniture
between them, perhaps reader comments at the end.

The rules, in order:

1. Clean characters (cleaning.py): escape sequences and controls out, spaces plain, NFC.
2. Find the outlet from its signatures anywhere in the text (outlets.py), before furniture such as
   a notification banner is thrown away.
3. Split the text into paragraphs: a printed line is a paragraph, unless the file is hard-wrapped
   (short lines in blank-line-separated blocks), when a block is one.
4. Cut a reader-comments section off at its opener line ("Some comments from readers:").
5. Drop furniture and photo credits, keep each caption once (furniture.py).
6. Read the header: skip mastheads, straplines and date lines above the headline; the headline is
   the next paragraph. After it, date lines, a byline and a standfirst are taken into their fields
   until the first paragraph that is none of them; the body starts there.

A standfirst is taken conservatively: the first paragraph after the headline (date lines aside, and
before any byline) that is not a caption, not a quotation, 4-45 words, with body text after it, and
that either does not end like a sentence (standfirsts rarely carry a full stop) or is followed by a
byline or date line. A lead paragraph ends with a full stop and goes straight into the text, so it
stays in the body. A byline is "By X" (X a name, AP's capitals included), a wire credit ("Agencies",
"Reuters staff"; furniture.toml), or a name with the writer's role or place run on ("Harriet Lowe
Political correspondent", "Emma Lindqvist in Helsinki"); a bare name only beside a date line or
above its role. A lone agency line under the headline ("AFP") is the byline too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import datetime
from itertools import pairwise
from pathlib import PurePath

from newsreader.ingest import furniture as fx
from newsreader.ingest.cleaning import content_hash, normalise_text
from newsreader.ingest.dates import is_ambiguous_numeric, parse_date_line, parse_date_value, parse_header_date_line
from newsreader.ingest.frontmatter import split_front_matter
from newsreader.ingest.furniture import Para
from newsreader.ingest.outlets import masthead, signed_outlet, split_title_suffix
from newsreader.model import Article

# Horizontal rules and setext underlines separate paragraphs; they are never text.
_RULE = re.compile(r"^[-=*_~#]{3,}$")
_HEADING = re.compile(r"^#{1,6}\s+(?P<text>.*?)(?:\s+#+)?$")
_BLOCK_START = re.compile(r"^(?:[•·▪◦‣*+-]|\d{1,3}[.)]|#{1,6})\s+|^>")
_SENTENCE_END = re.compile(r"[.!?…:;][\"'”’)\]]*$")
_QUOTE_START = re.compile(r"^[\"'“‘«„‹]")
_BY = re.compile(r"^by\s+(?P<rest>\S.*)$", re.IGNORECASE)
_BYLINE_PARTS = re.compile(r"\s*[|•·]\s*|\s+[-–—]\s+")
# Upper and lower case letters of the Latin alphabets names are printed in (İmamoğlu, Łukasz, Dvořák).
_UP = "A-ZÀ-ÖØ-ÞĀ-ž"
_LOW = "a-zß-öø-ÿĀ-ž"
_NAME_WORD = re.compile(
    rf"^(?:[{_UP}][{_LOW}’'-]*[{_LOW}](?:-[{_UP}][{_LOW}]+)?|[{_UP}]\.|[{_UP}][{_LOW}]{{0,2}}[{_UP}][{_LOW}]+"
    rf"|[{_UP}][’'][{_UP}][{_LOW}]+)$"
)
_CAPS_WORD = re.compile(r"^(?:[A-Z][A-ZÀ-Þ’'-]*[A-ZÀ-Þ]|[A-Z]\.)$")
_PLACE_WORD = re.compile(r"^[A-Z][\w’'.-]*$")
_NAME_PARTICLE = frozenset(
    {"de", "da", "di", "del", "der", "den", "van", "von", "le", "la", "bin", "al", "el", "du", "dos", "ter"}
)
_NAME_JOIN = frozenset({"and", "&"})
_NOT_NAME = frozenset(
    {
        "news",
        "live",
        "updates",
        "video",
        "opinion",
        "analysis",
        "comment",
        "comments",
        "editorial",
        "exclusive",
        "breaking",
        "latest",
        "world",
        "politics",
        "business",
        "sport",
        "home",
        "follow",
        "share",
        "subscribe",
        "newsletter",
        "podcast",
        "watch",
        "read",
        "more",
        "the",
        "reporters",
        "staff",
    }
)
_WRAP_WIDTH = 100
_MAX_TITLE = 250
_HEADER_SCAN = 8
_LONG_STANDFIRST_WORDS = 70


@dataclass(frozen=True, slots=True)
class Parsed:
    """What one file yields: the article as detected, and the fields the file declares about
    itself (front matter), which win over detection when metadata is merged."""

    article: Article
    declared: dict[str, str] = field(default_factory=dict)


def parse_text(raw: str, *, name: str = "") -> Article:
    """Text -> Article, front matter applied. Pure: no I/O, no clock.

    Raises FrontMatterError (a ValueError) when the text opens with a fenced ``key: value`` header
    that is not valid YAML; load_file reports that as an IngestError.
    """
    return apply_fields(parse_document(raw, name=name))


def parse_document(raw: str, *, name: str = "") -> Parsed:
    declared, text = split_front_matter(raw.lstrip("\ufeff"))
    return Parsed(_parse(text, name), declared)


def apply_fields(parsed: Parsed) -> Article:
    """The detected article with the declared fields put over it."""
    declared = parsed.declared
    article = parsed.article
    changes: dict[str, object] = {
        key: declared[key] for key in ("title", "source", "url", "byline", "standfirst") if key in declared
    }
    if "published" in declared:
        when = parse_date_value(declared["published"])
        if when is not None:
            changes["published"] = when
    return replace(article, **changes) if changes else article


# -- paragraphs --------------------------------------------------------------------------------


def _is_hard_wrapped(lines: list[str]) -> bool:
    """A file wrapped at a fixed width: short lines that run on into the next line of their block.

    Lines that break mid-sentence are the tell; a file with one short paragraph per line (no blank
    lines) has lines that end sentences, and is not re-joined.
    """
    filled = [line for line in lines if line]
    if len(filled) < 4 or max(len(line) for line in filled) > _WRAP_WIDTH:
        return False
    # Lines followed by another line of the same block.
    running = [line for line, after in pairwise(lines) if line and after]
    if len(running) < 0.4 * len(filled):
        return False
    ends_sentence = sum(1 for line in running if _SENTENCE_END.search(line))
    return ends_sentence < 0.5 * len(running)


def _paragraphs(text: str) -> list[Para]:
    lines = ["" if _RULE.match(line) else line for line in text.split("\n")]
    wrapped = _is_hard_wrapped(lines)
    paras: list[Para] = []
    blank_before = True
    after_heading = False
    for line in lines:
        if not line:
            blank_before = True
            continue
        heading = _HEADING.match(line)
        if heading:
            line = heading["text"]
        joins = wrapped and not blank_before and paras and not heading and not after_heading
        if joins and not _BLOCK_START.match(line):
            paras[-1] = replace(paras[-1], text=f"{paras[-1].text} {line}")
        else:
            paras.append(Para(line))
        blank_before = False
        after_heading = bool(heading)
    return [p for p in paras if p.text]


# -- header ------------------------------------------------------------------------------------


def _is_name(text: str, *, caps: bool = False) -> bool:
    """A person's name (or two): "Thomas Kingsley", "Jean-Yves Le Drian", "A. B. Smith and C. Jones".

    ``caps``: a name printed all in capitals ("LISA MARTINEZ and DAVID ORTEGA", as AP prints bylines)
    counts too; only after "By", where capitals cannot be a shouted headline.
    """
    if len(text) > 60 or any(ch.isdigit() for ch in text):
        return False
    words = text.replace(",", " ").split()
    if not 2 <= len(words) <= 8:
        return False
    capitalised = shouted = 0
    for word in words:
        if word.casefold() in _NOT_NAME:
            return False
        if caps and _CAPS_WORD.match(word):
            capitalised += 1
            shouted += 1
        elif _NAME_WORD.match(word):
            capitalised += 1
        elif word not in _NAME_PARTICLE and word not in _NAME_JOIN:
            return False
    if shouted not in (0, capitalised):  # "LISA Martinez" is not how anyone prints a name
        return False
    return capitalised >= 2 and masthead(text) is None and not fx.is_credit_line(text)


def _is_place(words: list[str]) -> bool:
    """ "Helsinki", "Buenos Aires", "the West Bank": the place after a byline's "in"."""
    if not 1 <= len(words) <= 4 or _SENTENCE_END.search(words[-1]):
        return False
    return all(_PLACE_WORD.match(w) or w in _NAME_PARTICLE or w in ("the", "and", "of") for w in words) and any(
        _PLACE_WORD.match(w) for w in words
    )


def _credited_name(text: str, *, caps: bool = False) -> tuple[str, bool] | None:
    """A byline's name and whether the line says more than a name, or None.

    "Harriet Lowe Political correspondent", "Jane Doe, Middle East editor" (a role) and "Emma
    Lindqvist in Helsinki" (a place) are bylines wherever they stand in the header; a bare "Jane
    Doe" could be anything short and is a byline only beside a date line.
    """
    text = text.strip()
    if len(text) > 100 or _SENTENCE_END.search(text):
        return None
    head, comma, tail = text.partition(",")
    words = head.split()
    placed = "in" in words  # "Jane Doe in Kyiv", "Jane Doe Moscow correspondent in Kyiv"
    if placed:
        at = words.index("in")
        if not _is_place(words[at + 1 :]):
            return None
        words = words[:at]
    if comma:
        role = tail.split()
        if not (fx.is_role(role) or (role[:1] == ["in"] and _is_place(role[1:]))):
            return None
        return (" ".join(words), True) if _is_name(" ".join(words), caps=caps) else None
    # A role run on after the name: the role is the shortest tail ending in a role noun, unless a
    # word that usually starts a role shows where a longer name ends ("Ana Beatriz Rocha Political
    # correspondent").
    cuts = [k for k in range(2, len(words)) if fx.is_role(words[k:]) and _is_name(" ".join(words[:k]), caps=caps)]
    if cuts:
        cut = next((k for k in cuts if fx.starts_role(words[k])), cuts[0])
        return " ".join(words[:cut]), True
    return (" ".join(words), placed) if _is_name(" ".join(words), caps=caps) else None


def _by_line(text: str) -> tuple[str | None, datetime | None]:
    """(byline, date) from a "By ..." line, which may carry a role, place, date or outlet after it."""
    match = _BY.match(text)
    if not match or len(text) > 120:
        return None, None
    parts = [p for p in _BYLINE_PARTS.split(match["rest"]) if p]
    if not parts:  # "By |"
        return None, None
    # "Jane Doe, Political Editor" / "Jane Doe in Kyiv": the name is the part before.
    credited = _credited_name(parts[0], caps=True)
    if credited is None:
        for cut in (",", " in "):
            head = parts[0].split(cut, 1)[0]
            if _is_name(head, caps=True):
                credited = (head, True)
                break
    if credited is None:
        # "By political reporter Jane Doe", "By Middle East correspondent Jane Doe": the role first.
        words = parts[0].split()
        credited = next(
            (
                (" ".join(words[k:]), True)
                for k in range(1, min(len(words) - 1, 5))
                if fx.is_role(words[:k]) and _is_name(" ".join(words[k:]), caps=True)
            ),
            None,
        )
    if credited is None:  # "By Monday, the talks had ..." is a lead, not a byline
        return None, None
    when = next((d for d in map(parse_date_line, parts[1:]) if d is not None), None)
    return credited[0].strip(), when


def _credit(paras: list[Para], index: int) -> tuple[str, datetime | None] | None:
    """The byline (and a date printed on its line) if paragraph ``index`` of the header is one.

    "By X" (X a name), a wire credit ("Agencies", "Reuters staff") and a name with the writer's
    role or place are bylines on their own; a bare name needs a date line beside it (or after a bar
    on its own line) or its role on the line below.
    """
    text = paras[index].text
    name, when = _by_line(text)
    if name is not None:  # even when a wire credit under it made it look like a caption
        return name, when
    if paras[index].caption:  # "Joe Biden in Warsaw - Reuters" is a picture, not its writer
        return None
    if fx.is_wire_byline(text):
        return _BY.sub(r"\g<rest>", text.strip(" .")), None
    parts = [p for p in _BYLINE_PARTS.split(text) if p]
    credited = _credited_name(parts[0]) if parts else None
    if credited is None:
        return None
    when = next((d for d in map(parse_date_line, parts[1:]) if d is not None), None)
    if len(parts) > 1 and when is None:
        if not all(masthead(part) is not None for part in parts[1:]):
            return None
        credited = (credited[0], True)  # "Jane Doe · CBC News": the writer and her outlet
    # The date may sit under the dateline's place ("Jane Doe" / "Dubai" / "Dec 13, 2023").
    below = index + 2 if index + 2 < len(paras) and _is_place(paras[index + 1].text.split()) else index + 1
    beside = any(0 <= i < len(paras) and parse_header_date_line(paras[i].text) is not None for i in (index - 1, below))
    role_below = index + 1 < len(paras) and _is_role_line(paras[index + 1].text)
    return (credited[0], when) if credited[1] or when is not None or beside or role_below else None


def _is_role_line(text: str) -> bool:
    """A writer's role on its own line under the name ("Diplomatic editor", "Business reporter, BBC News")."""
    # "Business reporter, BBC News", "Political Editor·NZ Herald·": the role, then the outlet.
    role, *rest = (part for part in re.split(r"\s*[,|•·]\s*", text) if part)
    if not text[:1].isupper() or not all(masthead(part) is not None or _is_place(part.split()) for part in rest):
        return False
    return fx.is_role(role.split()) or masthead(role) is not None


def _derived_title(text: str) -> str:
    sentence = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]
    if len(sentence) <= 120:
        return sentence
    return sentence[:100].rsplit(" ", 1)[0] + "…"


@dataclass
class _Header:
    title: str = ""
    standfirst: str | None = None
    byline: str | None = None
    published: datetime | None = None
    source: str | None = None
    body_start: int = 0
    date_is_a_guess: bool = False  # "04/12/2024": day or month first was inferred

    def take_date(self, when: datetime, line: str) -> None:
        """The first date printed, unless it was an ambiguous all-number date and this one is not."""
        if self.published is None or (self.date_is_a_guess and not is_ambiguous_numeric(line)):
            self.published = when
            self.date_is_a_guess = is_ambiguous_numeric(line)


def _date_among_parts(text: str) -> datetime | None:
    """ "India News | Edited by Jane Doe | Updated: April 03, 2025 06:41 am IST": a date beside labels."""
    parts = [p for p in _BYLINE_PARTS.split(text) if p]
    if len(parts) < 2 or len(text) > 160 or any(len(p.split()) > 9 for p in parts):
        return None
    return next((d for d in map(parse_header_date_line, parts) if d is not None), None)


def _is_dateline_or_byline(paras: list[Para], index: int) -> bool:
    if index >= len(paras):
        return False
    text = paras[index].text
    return (
        parse_header_date_line(text) is not None
        or _date_among_parts(text) is not None
        or _credit(paras, index) is not None
    )


def _is_standfirst(paras: list[Para], index: int) -> bool:
    para = paras[index]
    text = para.text
    words = len(text.split())
    if para.caption or _QUOTE_START.match(text) or not (text[:1].isupper() or text[:1].isdigit()):
        return False
    if not 4 <= words <= _LONG_STANDFIRST_WORDS or index + 1 >= len(paras):
        return False
    if fx.is_tagline(text) or _credited_name(text) is not None:
        return False
    if _is_dateline_or_byline(paras, index + 1):
        return True  # a summary of any ordinary length, when the byline or date follows it
    return words <= 45 and len(text) <= 300 and not _SENTENCE_END.search(text)


def _headline_follows(paras: list[Para], index: int) -> bool:
    following = paras[index + 1].text if index + 1 < len(paras) else ""
    return 0 < len(following) <= _MAX_TITLE and not _SENTENCE_END.search(following)


def _read_header(paras: list[Para]) -> _Header:
    header = _Header()
    index = 0
    # Above the headline: mastheads, straplines, date lines.
    while index < min(len(paras), _HEADER_SCAN):
        text = paras[index].text
        outlet = masthead(text)
        if outlet is not None:
            header.source = header.source or outlet
        elif fx.is_tagline(text) or (fx.is_section_label(text) and _headline_follows(paras, index)):
            pass
        elif (
            index + 1 < len(paras)
            and fx.is_tagline(paras[index + 1].text)
            and len(text.split()) <= 5
            and not _SENTENCE_END.search(text)
        ):
            # An outlet not in the table, known by the strapline under its name.
            header.source = header.source or text
        elif (when := parse_header_date_line(text) or _date_among_parts(text)) is not None:
            header.take_date(when, text)
        else:
            break
        index += 1
    if index >= len(paras):
        header.body_start = index
        return header

    title = paras[index].text
    if len(title) > _MAX_TITLE:
        # No headline printed: the text starts with its first paragraph, which stays in the body.
        header.title = _derived_title(title)
        header.body_start = index
        return header
    header.title, suffix_outlet = split_title_suffix(title)
    header.source = header.source or suffix_outlet
    # A lone agency line under the headline ("AFP") was dropped as a credit; it is the byline.
    wire = paras[index].credit
    index += 1

    # Below the headline: date lines, a byline, a standfirst, in any order.
    while index < len(paras):
        text = paras[index].text
        when = parse_header_date_line(text)
        if when is not None:
            header.take_date(when, text)
        elif (header.byline is None or fx.is_wire_byline(text)) and (credit := _credit(paras, index)) is not None:
            # A second credit ("Jane Doe" then "Staff and agencies") is still no body text.
            header.byline = header.byline or credit[0]
            if credit[1] is not None:
                header.take_date(credit[1], text)
        elif header.byline is not None and _is_role_line(text) and _credit(paras, index - 1) is not None:
            pass  # the role under the byline's name
        elif _is_place(text.split()) and index + 1 < len(paras) and parse_header_date_line(paras[index + 1].text):
            pass  # the dateline's place on its own line above the date ("Madrid")
        elif (when := _date_among_parts(text)) is not None:
            header.take_date(when, text)
        elif header.standfirst is None and header.byline is None and fx.is_section_label(text):
            pass  # a kicker printed under the headline ("Analysis")
        elif header.standfirst is None and header.byline is None and _is_standfirst(paras, index):
            header.standfirst = text
        else:
            break
        index += 1
    if header.byline is None and wire is not None and fx.is_wire_byline(wire):
        header.byline = wire
    header.body_start = index
    return header


# -- the whole ---------------------------------------------------------------------------------


def _parse(text: str, name: str) -> Article:
    text = normalise_text(text)
    lines = text.split("\n")
    source = signed_outlet(lines)
    paras = _paragraphs(text)

    opener = fx.find_comments(paras, after=1)
    comment_paras = fx.clean(paras[opener:]) if opener is not None else []
    paras = fx.clean(paras[:opener] if opener is not None else paras)

    header = _read_header(paras)
    body_paras = paras[header.body_start :]
    body = "\n\n".join(p.text for p in body_paras)
    comments = "\n\n".join(p.text for p in comment_paras) if len(comment_paras) > 1 else None
    title = header.title or (PurePath(name).stem if name else "") or "Untitled"
    return Article(
        title=title,
        body=body,
        source=source or header.source,
        published=header.published,
        byline=header.byline,
        standfirst=header.standfirst,
        comments=comments,
        content_hash=content_hash(body),
    )
