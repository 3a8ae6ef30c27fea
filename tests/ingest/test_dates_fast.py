"""The date-line fast path reads exactly what dateparser reads, for every form it accepts."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

import pytest

from newsreader.ingest import dates

WEEKDAYS = ["", "Monday ", "Tue ", "Wed. ", "Thursday, ", "sat "]
MONTHS = ["December", "Dec", "Dec.", "DECEMBER", "february", "Sept", "Sep", "June", "Jun", "May", "March"]
DAYS = ["1", "03", "7", "12", "28", "29", "30", "31", "1st", "2nd", "3rd", "24th"]
YEARS = ["1899", "2020", "2022", "2024", "2030"]
TIMES = [
    "",
    " 9:13pm",
    " 12:00am",
    " 12:30 pm",
    " 13:15",
    " 00:00",
    " 09:15:33",
    " 9:15 a.m.",
    " 11:59 P.M.",
    " 13:15 pm",
    " 0:15 am",
    " 24:00",
    ", 9:13pm",
    " at 09:15",
    " • 9:13pm",
]
ZONES = ["", " GMT", " UTC", " BST", " CET", " EST", " edt", " PDT", " MSK", " AEST", " ACST", " Z"]
ZONES += [" ET", " PT", " CT", " MT", " NZDT", " WIB", " KST", " EEST", " +0200", " GMT+2"]


def _shapes(rng: random.Random) -> list[str]:
    lines: list[str] = []
    for _ in range(700):
        weekday, month, day = rng.choice(WEEKDAYS), rng.choice(MONTHS), rng.choice(DAYS)
        year, time, zone = rng.choice(YEARS), rng.choice(TIMES), rng.choice(ZONES)
        date = rng.choice([f"{day} {month} {year}", f"{month} {day}, {year}", f"{month} {day} {year}"])
        lines.append(f"{weekday}{date}{time}{zone}")
    for _ in range(100):
        year, month, day = rng.choice(YEARS), rng.randint(1, 13), rng.randint(1, 32)
        lines.append(f"{year}-{month:02d}-{day:02d}{rng.choice(['', ' 09:15', ' 21:05:07'])}")
    return lines


FIXED = [
    "1 December 2022 • 9:13pm",
    "Monday 07 February 2022 13:15 EST",
    "2022-12-03",
    "December 1, 2022",
    "Dec 3, 2022 10:15 AM ET",
    "3 Dec 2022 09:15 GMT",
    "Published: 1 December 2022 • 9:13pm",
    "Updated 3 December 2022",
    "1 Dec 2022, 9:13pm, updated 2 Dec 2022",
    "Sep 18, 2023 10:45 PM ET",
    "June 2, 2023 1:15 PM PT",
    "Friday 14 April 2023 05:43 GMT",
    "31 February 2022",
    "Monday 07 February 2022 25:15 EST",
    "3/12/2022",
    "2022-12-03T09:15:00Z",
    "Talks held on 3 December 2022 in Paris ended well",
    "3 December",
]


def _reference(line: str, monkeypatch: pytest.MonkeyPatch) -> datetime | None:
    with monkeypatch.context() as patch:
        patch.setattr(dates, "_fast_parse", lambda text: None)
        return dates.parse_date_line(line)


def _same(a: datetime | None, b: datetime | None) -> bool:
    if a is None or b is None:
        return a is b
    return (a, a.tzname(), a.utcoffset(), type(a.tzinfo)) == (b, b.tzname(), b.utcoffset(), type(b.tzinfo))


def test_fast_path_matches_dateparser_on_many_forms(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = FIXED + _shapes(random.Random(7))
    mismatches = []
    for line in lines:
        fast, slow = dates.parse_date_line(line), _reference(line, monkeypatch)
        if not _same(fast, slow):
            mismatches.append((line, fast, slow))
    assert mismatches == []


def test_fast_path_reads_the_common_forms_without_dateparser(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_dateparser(*args: object, **kwargs: object) -> None:
        raise AssertionError("dateparser was called")

    import dateparser

    monkeypatch.setattr(dateparser, "parse", no_dateparser)
    assert dates.parse_date_line("1 December 2022 • 9:13pm") == datetime(2022, 12, 1, 21, 13)
    est = dates.parse_date_line("Monday 07 February 2022 13:15 EST")
    assert est is not None and est.tzname() == "EST" and est.utcoffset().total_seconds() == -5 * 3600
    assert dates.parse_date_line("2022-12-03") == datetime(2022, 12, 3)
    assert dates.parse_date_line("December 1, 2022") == datetime(2022, 12, 1)
    summer = dates.parse_date_line("Sep 18, 2023 10:45 PM ET")
    assert summer is not None and summer.utcoffset().total_seconds() == -4 * 3600
    gmt = dates.parse_date_line("3 Dec 2022 09:15 GMT")
    assert gmt is not None and gmt.tzname() == "GMT" and gmt.hour == 9
    # Lines that are not date-shaped never reach a parser at all.
    assert dates.parse_date_line("Talks held on 3 December 2022 in Paris ended well") is None


def test_unsure_forms_fall_back_to_dateparser() -> None:
    assert dates._fast_parse("3 December 2022 13:15 pm") is None
    assert dates._fast_parse("31 February 2022") is None
    assert dates._fast_parse("3/12/2022") is None
    assert dates._fast_parse("3 December 2022 09:15 XYZ") is None
    assert dates._fast_parse("3 December 2022 09:15 GMT") is not None


def test_ist_is_india_standard_time_on_both_paths() -> None:
    # dateparser reads IST as Israel's; the outlets that print it are Indian.
    fast = dates.parse_date_line("April 03, 2025 06:41 IST")
    slow = dates.parse_date_line("Updated: 06:41 am IST, April 03, 2025")
    for value in (fast, slow):
        assert value is not None and value.utcoffset() == timedelta(hours=5, minutes=30)
