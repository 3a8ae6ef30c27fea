"""Bylines in the shapes outlets print them, on small made-up articles (none copies a devset file)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from newsreader.ingest import parse_text
from newsreader.ingest.dates import parse_date_line, parse_header_date_line
from newsreader.ingest.furniture import is_wire_byline

HEADLINE = "Ministers agree to keep talks going over the winter"
STANDFIRST = "Negotiators say a deal is close but not yet done"
LEAD = "The prime minister said on Tuesday that the talks would go on for as long as they needed to."
MORE = "Officials in both capitals said a deal was close but not yet done, and that more meetings were planned."
LAST = "A spokesman for the ministry declined to comment on the timing of the next round of meetings."


def article(*paras: str) -> str:
    return "\n\n".join(paras) + "\n"


# -- a name with the writer's role or place, without "By" --------------------------------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Harriet Lowe Political correspondent", "Harriet Lowe"),
        ("Patrick Wintour Diplomatic editor", "Patrick Wintour"),
        ("Jason Burke Middle East editor", "Jason Burke"),
        ("Ana Beatriz Rocha Political Correspondent", "Ana Beatriz Rocha"),
        ("Harriet Lowe, Political correspondent", "Harriet Lowe"),
        ("Emma Lindqvist in Helsinki", "Emma Lindqvist"),
        ("Jane Doe and John Roe in Buenos Aires", "Jane Doe and John Roe"),
        ("Jane Doe Moscow correspondent in Kyiv", "Jane Doe"),
    ],
)
def test_name_with_role_or_place_is_the_byline(line: str, name: str) -> None:
    a = parse_text(article(HEADLINE, line, LEAD, MORE))
    assert a.byline == name
    assert a.body == f"{LEAD}\n\n{MORE}"


def test_role_byline_lets_the_date_line_below_it_be_read() -> None:
    # The Guardian's header: standfirst, then name + role and the date on the next printed line.
    raw = f"{HEADLINE}\n\n{STANDFIRST}\n\nHarriet Lowe Political correspondent\nWed 11 Jan 2023 13.52 GMT\n\n"
    a = parse_text(raw + article(LEAD, MORE, LAST))
    assert (a.standfirst, a.byline) == (STANDFIRST, "Harriet Lowe")
    assert a.published == datetime(2023, 1, 11, 13, 52, tzinfo=a.published.tzinfo)
    assert a.published.utcoffset() == timedelta(0)
    assert a.body.startswith(LEAD)


def test_a_role_on_its_own_line_under_the_name() -> None:
    a = parse_text(article(HEADLINE, "Patrick Wintour\nDiplomatic editor", LEAD, MORE, LAST))
    assert a.byline == "Patrick Wintour" and a.body.startswith(LEAD)


def test_bare_name_without_date_or_role_stays_in_the_body() -> None:
    a = parse_text(article(HEADLINE, "Jane Doe", LEAD))
    assert a.byline is None and a.body.startswith("Jane Doe\n\n")


@pytest.mark.parametrize(
    "line",
    [
        "Rishi Sunak in Downing Street - Getty Images",  # a caption: its credit says so
        "Ministers clash with unions over the new strikes law",  # a standfirst
        "Leaders met in Brussels.",  # a lead
    ],
)
def test_captions_standfirsts_and_leads_are_not_bylines(line: str) -> None:
    assert parse_text(article(HEADLINE, line, LEAD, MORE)).byline is None


def test_name_in_place_is_not_a_standfirst() -> None:
    a = parse_text(article(HEADLINE, "Jane Doe and John Roe in Kyiv", "3 December 2022", LEAD))
    assert a.standfirst is None and a.byline == "Jane Doe and John Roe"
    assert a.published == datetime(2022, 12, 3)


def test_by_line_with_role_and_date_after_a_bar() -> None:
    a = parse_text(article(HEADLINE, "By Harriet Lowe Political correspondent | 3 December 2022", LEAD))
    assert a.byline == "Harriet Lowe" and a.published == datetime(2022, 12, 3)


# -- wire credits --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("Agencies", "Agencies"),
        ("Staff and agencies", "Staff and agencies"),
        ("Guardian staff and agencies", "Guardian staff and agencies"),
        ("Reuters staff", "Reuters staff"),
        ("By Reuters", "Reuters"),
        ("The Canadian Press", "The Canadian Press"),
        ("Our foreign staff", "Our foreign staff"),
    ],
)
def test_wire_credit_is_the_byline_not_body_text(line: str, byline: str) -> None:
    a = parse_text(article(HEADLINE, STANDFIRST, line, LEAD, MORE))
    assert a.standfirst == STANDFIRST
    assert a.byline == byline
    assert a.body == f"{LEAD}\n\n{MORE}"


@pytest.mark.parametrize("agency", ["AFP", "Associated Press", "PA Media", "Reuters"])
def test_lone_agency_under_the_headline_is_the_byline(agency: str) -> None:
    a = parse_text(article(HEADLINE, agency, LEAD, MORE))
    assert a.byline == agency and a.body == f"{LEAD}\n\n{MORE}"


def test_a_wire_credit_after_a_named_byline_is_not_body_text() -> None:
    a = parse_text(article(HEADLINE, "By Jane Doe", "Staff and agencies", LEAD, MORE))
    assert a.byline == "Jane Doe" and a.body.startswith(LEAD)


def test_wire_credit_table_leaves_ordinary_lines_alone() -> None:
    assert is_wire_byline("Agencies") and is_wire_byline("AFP and Reuters") and is_wire_byline("Staff reporter")
    for line in ("Nurses and staff", "Getty Images", "The agency said it would respond", "Reuters reported"):
        assert not is_wire_byline(line), line


# -- AP ---------------------------------------------------------------------------------------


def test_ap_byline_in_capitals_is_kept_as_printed() -> None:
    raw = article(
        HEADLINE,
        "By LISA MARTINEZ and DAVID ORTEGA\nUpdated 1:15 AM EDT, June 2, 2023",
        f"WASHINGTON (AP) — {LEAD}",
        MORE,
        LAST,
    )
    a = parse_text(raw)
    assert a.byline == "LISA MARTINEZ and DAVID ORTEGA" and a.standfirst is None
    assert a.published is not None and a.published.isoformat() == "2023-06-02T01:15:00-04:00"
    # The dateline is the first paragraph's own text; it only tells where the story comes from.
    assert a.body.startswith(f"WASHINGTON (AP) — {LEAD}\n\n")
    assert a.source == "Associated Press" and a.title == HEADLINE


def test_capitals_are_a_name_only_after_by() -> None:
    a = parse_text(article(HEADLINE, "UNITED NATIONS", "25 April 2023", LEAD))
    assert a.byline is None
    b = parse_text(article(HEADLINE, "By LISA Martinez", LEAD))
    assert b.byline is None


def test_wire_dateline_with_two_cities_and_a_date_names_the_outlet() -> None:
    a = parse_text(article(HEADLINE, f"MOSCOW/WASHINGTON, Dec 3 (Reuters) - {LEAD}", MORE))
    assert a.source == "Reuters" and a.body.startswith("MOSCOW/WASHINGTON, Dec 3 (Reuters) - ")
    b = parse_text(article(HEADLINE, f"UNITED NATIONS, April 25 - {LEAD}", MORE))
    assert b.source is None


# -- captions ----------------------------------------------------------------------------------


def test_caption_label_goes_with_its_credit_and_the_caption_is_kept_once() -> None:
    caption = "Leaders lay wreaths at the memorial in the park."
    a = parse_text(article(HEADLINE, LEAD, f"Photo: {caption} (Kyodo)", f"Photo: {caption} (Kyodo)", MORE))
    assert a.body == f"{LEAD}\n\n{caption}\n\n{MORE}"
    # Without a credit the line is a sentence like any other and keeps its words.
    b = parse_text(article(HEADLINE, LEAD, "Photo: the minister's own snapshot was shared widely online.", MORE))
    assert "Photo: the minister's own snapshot" in b.body


def test_caption_word_label_is_dropped_and_a_labelled_credit_line_is_furniture() -> None:
    caption = "Leaders lay wreaths at the memorial in the park"
    a = parse_text(article(HEADLINE, LEAD, f"Image caption, {caption}", "Photo: Joel Whitaker for the Guardian", MORE))
    assert a.body == f"{LEAD}\n\n{caption}\n\n{MORE}"


# -- a place, section label or writer's outlet around the date line ------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Jakarta | Mon, October 21, 2024 | 07:30 am", datetime(2024, 10, 21, 7, 30)),
        ("All News 16:45 November 22, 2023", datetime(2023, 11, 22, 16, 45)),
        ("New Delhi, 3 December 2022", datetime(2022, 12, 3)),
    ],
)
def test_a_header_date_line_may_open_with_a_place_or_section(line: str, expected: datetime) -> None:
    a = parse_text(article("Headline about the summit", line, LEAD, MORE))
    assert a.published == expected
    assert a.body.startswith(LEAD)
    # Only in the header: the same shape in a sentence is never a date line.
    assert parse_header_date_line("Officials met November 22, 2023") is None
    assert parse_date_line(line) is None  # the plain rule stays strict


def test_a_bare_name_beside_a_place_prefixed_date_line_is_the_byline() -> None:
    a = parse_text(article("Headline about the summit", "Rina Kusuma", "Jakarta | Mon, October 21, 2024", LEAD))
    assert a.byline == "Rina Kusuma" and a.published == datetime(2024, 10, 21)
    assert a.body.startswith(LEAD)


def test_the_dateline_place_on_its_own_line_above_the_date_is_not_the_body() -> None:
    a = parse_text(
        article(
            "Headline about the summit",
            "A standfirst that says more about it",
            "Madrid",
            "Thu 16 Nov 2023 14.05 GMT",
            LEAD,
        )
    )
    assert a.published is not None and a.published.date().isoformat() == "2023-11-16"
    assert a.body.startswith(LEAD) and "Madrid" not in a.body


def test_the_writers_role_and_outlet_under_the_byline_are_not_the_body() -> None:
    a = parse_text(
        article("Headline about the summit", "10 January 2024", "By Hannah Doyle", "Business reporter, BBC News", LEAD)
    )
    assert a.byline == "Hannah Doyle"
    assert a.body.startswith(LEAD)


def test_a_role_before_the_name_after_by() -> None:
    a = parse_text(article(HEADLINE, "By political reporter Jane Doe", "Posted Fri 12 May 2023 at 5:47am", LEAD))
    assert a.byline == "Jane Doe" and a.published == datetime(2023, 5, 12, 5, 47)


def test_a_by_line_with_a_wire_credit_under_it_is_a_byline_not_a_caption() -> None:
    a = parse_text(article(HEADLINE, "By JANE DOE and JOHN ROE", "Associated Press", "November 17, 2023", LEAD))
    assert a.byline is not None and a.byline.casefold() == "jane doe and john roe"
    assert a.published == datetime(2023, 11, 17) and a.body.startswith(LEAD)


def test_a_name_with_its_outlet_after_a_bullet_or_on_the_line_below() -> None:
    a = parse_text(article(HEADLINE, STANDFIRST, "Jane Doe · CBC News", "Posted: Sep 21, 2023", LEAD))
    assert a.byline == "Jane Doe" and a.published is not None and a.body.startswith(LEAD)
    b = parse_text(article(HEADLINE, "By Jane Doe", "BBC News, West Midlands", "6 September 2023", LEAD))
    assert b.byline == "Jane Doe" and b.published == datetime(2023, 9, 6) and b.body.startswith(LEAD)


def test_a_kicker_under_the_headline_and_a_long_summary_before_the_byline() -> None:
    summary = " ".join(["The chancellor has fired his finance minister and plans a confidence vote in January."] * 4)
    a = parse_text(article(HEADLINE, "Analysis", summary, "Jane Doe", "November 7, 2024", LEAD))
    assert a.standfirst == summary and a.byline == "Jane Doe" and a.published == datetime(2024, 11, 7)
    assert a.body.startswith(LEAD)


def test_an_all_number_date_reads_day_first_unless_the_line_or_the_header_says_otherwise() -> None:
    assert parse_date_line("Issued on: 04/12/2024 - 21:47") == datetime(2024, 12, 4, 21, 47)
    assert parse_date_line("Updated 04/12/2024 9:47 pm") == datetime(2024, 4, 12, 21, 47)
    assert parse_date_line("25/12/2023") == datetime(2023, 12, 25)
    # A date with the month in words, lower in the same header, settles the guess.
    a = parse_text(article(HEADLINE, "Jane Doe", "11/07/2024", "November 7, 2024", LEAD))
    assert a.published == datetime(2024, 11, 7)


def test_header_furniture_of_news_sites_is_skipped() -> None:
    a = parse_text(
        article(
            HEADLINE,
            STANDFIRST,
            "Share full article",
            "Listen to this article · 7:04 min Learn more",
            "By Jane Doe and John Roe",
            "Reporting from Washington",
            "April 23, 2024",
            "6 mins to read",
            "Premium",
            LEAD,
        )
    )
    assert a.byline == "Jane Doe and John Roe" and a.published == datetime(2024, 4, 23)
    assert a.body.startswith(LEAD)


def test_role_and_outlet_run_together_under_the_byline() -> None:
    a = parse_text(
        article(HEADLINE, STANDFIRST, "By Jane Doe", "Political Editor·NZ Herald·", "15 Nov, 2024 05:00 AM", LEAD)
    )
    assert a.byline == "Jane Doe" and a.published == datetime(2024, 11, 15, 5, 0)
    assert a.body.startswith(LEAD)


def test_a_date_among_labels_on_one_barred_line() -> None:
    line = "India News | Edited by Jane Doe | Updated: April 03, 2025 06:41 am IST"
    a = parse_text(article(HEADLINE, "A summary sentence that ends with a full stop.", line, LEAD))
    assert a.published is not None and a.published.date().isoformat() == "2025-04-03"
    assert a.published.utcoffset() == timedelta(hours=5, minutes=30)
    assert a.body.startswith(LEAD)


def test_a_bare_name_above_the_dateline_place_and_date() -> None:
    a = parse_text(article(HEADLINE, STANDFIRST, "Jane Doe", "Dubai", "Dec 13, 2023", LEAD))
    assert a.byline == "Jane Doe" and a.published == datetime(2023, 12, 13) and a.body.startswith(LEAD)


@pytest.mark.parametrize("name", ["Fiona MacLeod", "Ekrem İmamoğlu", "Siobhan O'Brien", "Łukasz Nowak"])
def test_names_in_bylines_with_inner_capitals_and_diacritics(name: str) -> None:
    a = parse_text(article(HEADLINE, f"By {name}, Scottish Political Editor", "29 April 2024 • 1:47pm", LEAD))
    assert a.byline == name and a.published == datetime(2024, 4, 29, 13, 47)
