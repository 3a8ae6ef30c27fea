"""Date phrases a reader types ("last week", "Feb 2022", "2022-12-01") -> naive datetimes.

One reading shared by the command line (``--since``/``--until``) and the search language
(``since:``/``before:``), so the same words mean the same days everywhere. Pure: no UI, no SQL.
"""

from __future__ import annotations

import calendar
import re
from datetime import datetime

# All-digit dates: year first (2022-12-01, 2022/12) or day/month first with the year last (12/01/2022).
_YEAR_FIRST = re.compile(r"^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$")
_YEAR_LAST = re.compile(r"^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$")
_WORD = re.compile(r"[^\W\d_]{2,}")  # a real word ("Feb", "last"), not the lone letter of "1e400"
_YEAR = re.compile(r"^\d{4}$")
# A phrase that names a time of day; without one ("yesterday", "last week") the date means whole days.
_TIME_OF_DAY = re.compile(r"\d:\d|\b(hours?|minutes?|seconds?|now|am|pm)\b", re.IGNORECASE)


class DateError(ValueError):
    """Text that is not a date; callers word the message for their own surface."""


def _end_of_day(value: datetime) -> datetime:
    return value.replace(hour=23, minute=59, second=59, microsecond=0)


def parse_when(text: str, *, end_of_period: bool = False, now: datetime | None = None) -> datetime:
    """The start of the period ``text`` names (its last second with ``end_of_period``), naive.

    A year is the whole year, a month the whole month, a day without a time the whole day ("since
    yesterday" starts at yesterday's midnight). An impossible numeric date (2022-13-01) is an error,
    never a guess. ``now`` anchors relative phrases (default: the clock).
    """
    value = text.strip()
    if _YEAR.match(value):  # dateparser reads "2022" as December 2022
        year = int(value)
        return datetime(year, 12, 31, 23, 59, 59) if end_of_period else datetime(year, 1, 1)
    year_first = _YEAR_FIRST.match(value)
    if year_first:
        # dateparser reads an impossible 2022-13-01 as 13 January; a script meant a real date, so say no.
        year, month, day_text = year_first.groups()
        try:
            day = int(day_text) if day_text else None
            if day is None:
                day = calendar.monthrange(int(year), int(month))[1] if end_of_period else 1
            parsed = datetime(int(year), int(month), day)
        except ValueError as exc:  # calendar's IllegalMonthError is one too
            raise DateError(text) from exc
        return _end_of_day(parsed) if end_of_period else parsed
    if not _YEAR_LAST.match(value) and not _WORD.search(value):
        raise DateError(text)  # bare numbers and signs ("-5", "12345") are not dates, whatever dateparser guesses
    import dateparser  # slow to import; only when a phrase is typed

    settings: dict[str, object] = {
        "PREFER_DATES_FROM": "past",
        "PREFER_DAY_OF_MONTH": "last" if end_of_period else "first",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    if now is not None:
        settings["RELATIVE_BASE"] = now.replace(tzinfo=None)
    try:
        parsed = dateparser.parse(value, settings=settings)  # type: ignore[arg-type]
    except Exception:  # dateparser raises assorted errors on odd input; every one means "not a date"
        parsed = None
    if parsed is None:
        raise DateError(text)
    parsed = parsed.replace(tzinfo=None)
    if not _TIME_OF_DAY.search(value):
        # "since yesterday" takes in yesterday's articles, dated at midnight, not only those after
        # this hour; "until yesterday" runs to its end
        parsed = parsed.replace(hour=0, minute=0, second=0, microsecond=0)
    if end_of_period and parsed.hour == 0 and parsed.minute == 0 and parsed.second == 0:
        parsed = _end_of_day(parsed)
    return parsed
