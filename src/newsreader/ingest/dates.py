"""Publication dates: recognise a printed date line and read it; read a date given as metadata.

Only a line that is *nothing but* a date (plus words like "Published", a weekday, a time and a zone)
counts, so a date mentioned in a sentence is never taken for the publication date. A line must
print a year: a date without one would have to be guessed relative to today.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_MONTH = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_WEEKDAY = r"mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?"
_ZONE = (
    r"gmt|utc|bst|cet|cest|eet|eest|msk|est|edt|cst|cdt|mst|mdt|pst|pdt|et|pt|ct|mt|ist|jst|kst"
    r"|hkt|sgt|aest|aedt|acst|awst|nzst|nzdt|wib|z"
)
_NOISE = (
    r"published|updated|last|first|modified|posted|on|at|the|of|date|time|issued|"
    r"am|pm|a\.m\.|p\.m\.|noon|midnight|local"
)
# Every token a date line may consist of.
_TOKEN = re.compile(
    rf"""
      \d{{4}}-\d{{2}}-\d{{2}}(?:[t ]\d{{2}}:\d{{2}}(?::\d{{2}}(?:\.\d+)?)?)?(?:z|[+-]\d{{2}}:?\d{{2}})?
    | \d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}
    | \d{{1,2}}[:.]\d{{2}}(?::\d{{2}})?(?:\s?(?:am|pm|a\.m\.|p\.m\.))?
    | \d{{1,4}}(?:st|nd|rd|th)?
    | (?:{_MONTH})\.?
    | (?:{_WEEKDAY})\.?
    | (?:{_ZONE})\b
    | (?:utc|gmt)?[+-]\d{{1,2}}(?::?\d{{2}})?
    | (?:{_NOISE})\b
    | [\s,•·|:()/–—-]+
    """,
    re.IGNORECASE | re.VERBOSE,
)
_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d{2}(?!\d)")
_HAS_MONTH = re.compile(rf"\b(?:{_MONTH})\b|\d{{1,4}}[-/.]\d{{1,2}}[-/.]\d{{1,4}}", re.IGNORECASE)
_PREFIX = re.compile(
    r"^(?:(?:first |last )?(?:published|updated|modified|posted|issued)(?: on| at)?\s*:?\s*)", re.IGNORECASE
)
# "1 Dec 2022, 9:13pm, updated 2 Dec 2022" keeps the first date.
_SECOND_DATE = re.compile(r"[\s,•·|;-]*\b(?:last )?(?:updated|modified)\b.*$", re.IGNORECASE)
_MAX_LINE = 90
# US outlets print "ET"/"PT" for whichever of standard or daylight time is in force; dateparser
# reads them as standard time all year, an hour out in summer. The zone's rules decide instead.
_GENERIC_ZONE = re.compile(r"\s+(?P<zone>et|ct|mt|pt)\.?$", re.IGNORECASE)
_GENERIC_ZONES = {
    "et": "America/New_York",
    "ct": "America/Chicago",
    "mt": "America/Denver",
    "pt": "America/Los_Angeles",
}

_SETTINGS = {
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PREFER_DATES_FROM": "past",
}

# The printed forms nearly every date line takes ("1 December 2022 9:13pm", "Monday 07 February 2022
# 13:15 EST", "Dec 3, 2022", "2022-12-03") are read here directly: dateparser costs ~3 ms a call, the
# bulk of reading a file. Anything else, or anything this path is unsure of, goes to dateparser, and
# tests/ingest/test_dates_fast.py checks that both give the same result for every form read here.
_FAST = re.compile(
    rf"""
    (?:(?:{_WEEKDAY})\.?,?\s+)?
    (?:
        (?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<m1>{_MONTH})\.?,?\s+(?P<y1>\d{{4}})
      | (?P<m2>{_MONTH})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}})
      | (?P<y3>\d{{4}})-(?P<m3>\d{{2}})-(?P<d3>\d{{2}})
    )
    (?:,?\s+(?:at\s+)?(?P<hour>\d{{1,2}}):(?P<minute>\d{{2}})(?::(?P<second>\d{{2}}))?
       (?:\s?(?P<half>am|pm|a\.m\.|p\.m\.))?)?
    (?:\s+(?P<zone>[a-z]{{1,4}}))?
    """,
    re.IGNORECASE | re.VERBOSE,
)
_MONTHS = {
    name: number
    for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1
    )
}
# The offsets dateparser gives these abbreviations (IST is Israel's there); ET/CT/MT/PT are handled
# by _GENERIC_ZONE before this, so they are not listed and a stray one goes to dateparser.
_ZONE_HOURS = {
    "GMT": 0,
    "UTC": 0,
    "Z": 0,
    "BST": 1,
    "CET": 1,
    "CEST": 2,
    "EET": 2,
    "EEST": 3,
    "MSK": 3,
    "EST": -5,
    "EDT": -4,
    "CST": -6,
    "CDT": -5,
    "MST": -7,
    "MDT": -6,
    "PST": -8,
    "PDT": -7,
    "IST": 5.5,  # India Standard Time: Indian outlets print it daily (dateparser reads it as Israel's)
    "JST": 9,
    "KST": 9,
    "HKT": 8,
    "SGT": 8,
    "AEST": 10,
    "AEDT": 11,
    "ACST": 9.5,
    "AWST": 8,
    "NZST": 12,
    "NZDT": 13,
    "WIB": 7,
}


def _fast_parse(text: str) -> datetime | None:
    """The common printed forms without dateparser; None means "ask dateparser", not "no date"."""
    match = _FAST.fullmatch(text)
    if not match:
        return None
    if match["y3"]:
        year, month, day = int(match["y3"]), int(match["m3"]), int(match["d3"])
    else:
        year = int(match["y1"] or match["y2"])
        month = _MONTHS[(match["m1"] or match["m2"])[:3].casefold()]
        day = int(match["d1"] or match["d2"])
    hour = minute = second = 0
    if match["hour"]:
        hour, minute, second = int(match["hour"]), int(match["minute"]), int(match["second"] or 0)
        if match["half"]:
            if not 1 <= hour <= 12:  # "13:15 pm", "0:15 am": dateparser's own reading decides
                return None
            hour = hour % 12 + (12 if match["half"][0] in "pP" else 0)
    zone = None
    if match["zone"]:
        name = match["zone"].upper()
        hours = _ZONE_HOURS.get(name)
        if hours is None:
            return None
        zone = UTC if name in ("UTC", "Z") else timezone(timedelta(hours=hours), name)
    try:
        return datetime(year, month, day, hour, minute, second, tzinfo=zone)
    except ValueError:  # 31 February, 24:00: dateparser says what it makes of them
        return None


_IST = re.compile(r"\s+IST\b", re.IGNORECASE)
_INDIA = timezone(timedelta(hours=5, minutes=30), "IST")
# "04/12/2024" is 4 December in most of the world and April 12 in the US. A 12-hour clock or a US
# zone on the line says month first; anything else keeps the day first, as most outlets print it.
_NUMERIC_DATE = re.compile(r"(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.](\d{2,4})(?![\d/.])")
_US_SIGNAL = re.compile(r"\b(?:am|pm|a\.m\.|p\.m\.|est|edt|cst|cdt|mst|mdt|pst|pdt|et|ct|mt|pt)\b", re.IGNORECASE)


def is_ambiguous_numeric(line: str) -> bool:
    """True if the line's date is all numbers and could be read day-first or month-first."""
    match = _NUMERIC_DATE.search(line)
    return bool(match) and int(match[1]) <= 12 and int(match[2]) <= 12 and match[1].lstrip("0") != match[2].lstrip("0")


def _date_order(text: str) -> str:
    return "MDY" if _US_SIGNAL.search(text) else "DMY"


def _is_date_shaped(line: str) -> bool:
    if not line or len(line) > _MAX_LINE or not _YEAR.search(line) or not _HAS_MONTH.search(line):
        return False
    pos = 0
    while pos < len(line):
        match = _TOKEN.match(line, pos)
        if not match or match.end() == pos:
            return False
        pos = match.end()
    return True


def _fixed_zone(value: datetime) -> datetime:
    # dateparser returns pytz-style zones; a plain fixed-offset timezone keeps the printed name and
    # offset and serialises cleanly.
    offset = value.utcoffset()
    if offset is None:
        return value
    name = value.tzname() or ""
    if not name.isalpha() or name in ("UTC", "Z"):
        zone = UTC if offset == timedelta(0) else timezone(offset)
    else:
        zone = timezone(offset, name)
    return value.replace(tzinfo=zone)


def parse_date_line(line: str) -> datetime | None:
    """The date a date line prints, keeping a printed time zone; None if the line is not a date line."""
    if not _is_date_shaped(line):
        return None
    text = _PREFIX.sub("", line.strip())
    text = _SECOND_DATE.sub("", text) or text
    # Bullets and bars separate date from time on many sites; dateparser wants plain spaces.
    text = re.sub(r"\s*[•·|]\s*", " ", text).strip(" ,;-")
    generic = _GENERIC_ZONE.search(text)
    if generic:
        text = text[: generic.start()]
    value = _fast_parse(text)
    india = value is None and _IST.search(text) is not None
    if india:
        text = _IST.sub("", text)
    if value is None:
        import dateparser  # deferred: it costs ~0.2 s and most callers never need it

        settings = _SETTINGS
        if _NUMERIC_DATE.search(text):
            settings = {**_SETTINGS, "DATE_ORDER": "MDY" if generic else _date_order(text)}
        value = dateparser.parse(text, languages=["en"], settings=settings)
    if value is not None and india and value.tzinfo is None:
        value = value.replace(tzinfo=_INDIA)
    if value is not None and generic and value.tzinfo is None:
        value = _in_zone(value, _GENERIC_ZONES[generic["zone"].casefold()])
    return _fixed_zone(value) if value is not None else None


# "Jakarta | Mon, October 21, 2024 | 07:30 am", "All News 16:45 November 22, 2023": a place or a
# section label printed before the date on the same line.
_LABEL_WORD = re.compile(r"[A-Z][\w’'.&-]*")
_LABEL_SEPARATOR = re.compile(r"\s*[|•·,–—]\s*|\s+-\s+|\s+")
_MAX_LABEL_WORDS = 3


def parse_header_date_line(line: str) -> datetime | None:
    """Like parse_date_line, but a header line may also open with up to three capitalised words.

    Only for the lines around a headline: in the body such a line could be a sentence fragment.
    """
    value = parse_date_line(line)
    if value is not None or len(line) > _MAX_LINE:
        return value
    pos = 0
    for _ in range(_MAX_LABEL_WORDS):
        word = _LABEL_WORD.match(line, pos)
        if word is None or _TOKEN.fullmatch(word.group()):  # a month or weekday starts the date itself
            return None
        separator = _LABEL_SEPARATOR.match(line, word.end())
        if separator is None or separator.end() == word.end():
            return None
        pos = separator.end()
        value = parse_date_line(line[pos:])
        if value is not None:
            return value
    return None


def _in_zone(value: datetime, name: str) -> datetime:
    try:
        return value.replace(tzinfo=ZoneInfo(name))
    except ZoneInfoNotFoundError:  # no tz database on this machine: standard time, as printed
        return value


def is_date_line(line: str) -> bool:
    return parse_date_line(line) is not None


def parse_date_value(value: str) -> datetime | None:
    """A date given as metadata (front matter, manifest): ISO 8601 first, then any printed form.

    A date without a time is midnight with no zone, as the model expects.
    """
    text = value.strip()
    if not text:
        return None
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00") if text.endswith("Z") else text)
    except ValueError:
        parsed = None
    if parsed is None:
        import dateparser

        parsed = dateparser.parse(text, languages=["en"], settings=_SETTINGS)
    return _fixed_zone(parsed) if parsed is not None else None
