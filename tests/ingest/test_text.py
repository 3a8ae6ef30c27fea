"""parse_text rules on small made-up articles: each rule generalises beyond the five samples."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime, timedelta

import pytest

from newsreader.ingest import content_hash, parse_text
from newsreader.ingest.cleaning import strip_controls
from newsreader.ingest.dates import parse_date_line
from newsreader.ingest.tables import furniture, outlets

LEAD = "The prime minister said on Tuesday that the talks would go on for as long as they needed to."
MORE = "Officials in both capitals said a deal was close but not yet done, and that more meetings were planned."


def article(*paras: str) -> str:
    return "\n\n".join(paras) + "\n"


# -- characters --------------------------------------------------------------------------------


def test_ansi_and_osc_sequences_and_controls_are_stripped() -> None:
    raw = article(
        "\x1b[31mRed headline\x1b[0m about talks",
        "Body with \x1b]0;evil title\x07 an OSC, \x1b]8;;http://x.test\x1b\\link\x1b]8;;\x1b\\ and a bell\x07.",
        "Null\x00 and backspace\x08 and \x9b C1 and \x1b(B charset and bidi \u202eoverride.",
    )
    a = parse_text(raw)
    assert a.title == "Red headline about talks"
    assert a.body == ("Body with an OSC, link and a bell.\n\nNull and backspace and C1 and charset and bidi override.")
    assert "\x1b" not in a.body and "\x07" not in a.body


def test_an_unterminated_escape_cannot_swallow_the_article() -> None:
    assert strip_controls("one \x1b]0;no end\ntwo\n") == "one \ntwo\n"


def test_tabs_kept_by_strip_controls_but_spaces_normalised_in_paragraphs() -> None:
    assert strip_controls("a\tb\r\nc\rd") == "a\tb\nc\nd"
    a = parse_text(article("Headline here", "Tab\tand\u00a0NBSP\u2009thin  double.", MORE))
    assert a.body.split("\n\n")[0] == "Tab and NBSP thin double."


def test_text_is_nfc() -> None:
    a = parse_text(article("Cafe\u0301 talks resume", "The cafe\u0301 reopened today after the summit ended.", MORE))
    assert a.title == "Caf\u00e9 talks resume" and "caf\u00e9" in a.body


def test_content_hash_ignores_whitespace_only_differences() -> None:
    one = parse_text(article("Headline", "First paragraph here.", "Second  paragraph\u00a0here."))
    two = parse_text("Headline\n\n\n   First paragraph here.   \n\n\n\nSecond paragraph here.\n")
    assert one.body == two.body and one.content_hash == two.content_hash
    assert content_hash("a  b\n\nc") == content_hash("a b c")
    assert content_hash("a b c") != content_hash("a b d")
    assert content_hash("Cafe\u0301") == content_hash("Caf\u00e9")


# -- structure ---------------------------------------------------------------------------------


def test_each_printed_line_is_a_paragraph() -> None:
    a = parse_text("Talks resume\n\nA caption line\nA paragraph line right after it.\n\nAnother paragraph.\n")
    assert a.body == "A caption line\n\nA paragraph line right after it.\n\nAnother paragraph."


def test_hard_wrapped_text_is_rejoined() -> None:
    raw = (
        "Leaders agree to meet again\n\n"
        "The leaders of France and Germany said on Monday that they\n"
        "would meet again next week to discuss the crisis, which has\n"
        "worried markets for a month.\n\n"
        "Their officials will prepare a joint statement for the\n"
        "meeting, according to a spokesman.\n"
    )
    a = parse_text(raw)
    assert a.title == "Leaders agree to meet again"
    assert a.body.split("\n\n") == [
        "The leaders of France and Germany said on Monday that they would meet again next week to discuss "
        "the crisis, which has worried markets for a month.",
        "Their officials will prepare a joint statement for the meeting, according to a spokesman.",
    ]


def test_short_one_line_paragraphs_without_blank_lines_are_not_joined() -> None:
    raw = (
        "Ministers meet in Brussels\n"
        "The ministers met on Monday.\n"
        "They talked for six hours.\n"
        "No deal was reached, officials said.\n"
        "They will meet again on Friday.\n"
    )
    a = parse_text(raw)
    assert a.title == "Ministers meet in Brussels"
    assert a.body.split("\n\n") == [
        "The ministers met on Monday.",
        "They talked for six hours.",
        "No deal was reached, officials said.",
        "They will meet again on Friday.",
    ]


def test_markdown_heading_marks_are_stripped() -> None:
    a = parse_text("# The headline\n\n" + LEAD + "\n\n## A crosshead\n\n" + MORE + "\n")
    assert a.title == "The headline"
    assert a.body == f"{LEAD}\n\nA crosshead\n\n{MORE}"


def test_a_text_without_headline_keeps_its_first_paragraph() -> None:
    long_first = "Officials said " + "the talks went on and on " * 12 + "until late. Then they stopped."
    a = parse_text(article(long_first, MORE))
    assert a.body.startswith("Officials said")
    assert a.title.startswith("Officials said") and len(a.title) <= 101


# -- header ------------------------------------------------------------------------------------


def test_standfirst_is_a_short_unpunctuated_line_after_the_headline() -> None:
    a = parse_text(article("Headline about the summit", "Leaders promise to meet again before spring", LEAD, MORE))
    assert a.standfirst == "Leaders promise to meet again before spring"
    assert a.body.startswith(LEAD)


def test_no_standfirst_when_the_lead_follows_the_headline() -> None:
    a = parse_text(article("Headline about the summit", "Leaders met.", LEAD))
    assert a.standfirst is None and a.body.startswith("Leaders met.")
    b = parse_text(article("Headline about the summit", LEAD, MORE))
    assert b.standfirst is None and b.body.startswith(LEAD)


def test_no_standfirst_from_a_quotation_or_caption() -> None:
    a = parse_text(article("Headline about the summit", "“We will meet again,” he says to reporters", LEAD))
    assert a.standfirst is None
    b = parse_text(article("Headline about the summit", "Leaders arrive at the summit - Getty Images", LEAD))
    assert b.standfirst is None and b.body.startswith("Leaders arrive at the summit\n\n")


def test_a_punctuated_standfirst_is_taken_when_a_byline_follows() -> None:
    raw = article(
        "Headline about the summit",
        "The leaders promised to meet again before spring.",
        "By Jane Doe in Brussels",
        "Sat 3 Dec 2022 10.00 GMT",
        LEAD,
    )
    a = parse_text(raw)
    assert a.standfirst == "The leaders promised to meet again before spring."
    assert a.byline == "Jane Doe"
    assert a.published == datetime(2022, 12, 3, 10, 0, tzinfo=a.published.tzinfo)
    assert a.published.utcoffset() == timedelta(0)
    assert a.body == LEAD


def test_bare_name_byline_needs_a_date_line_beside_it() -> None:
    a = parse_text(article("Headline about the summit", "Jane Doe", "3 December 2022", LEAD))
    assert a.byline == "Jane Doe" and a.published == datetime(2022, 12, 3)
    b = parse_text(article("Headline about the summit", "Jane Doe", LEAD))
    assert b.byline is None


def test_by_line_with_a_date_after_a_bar() -> None:
    a = parse_text(article("Headline about the summit", "By Jean-Yves Le Drian | 5 March 2023 08:00 GMT", LEAD))
    assert a.byline == "Jean-Yves Le Drian"
    assert a.published is not None and a.published.isoformat() == "2023-03-05T08:00:00+00:00"


def test_a_lead_starting_with_by_is_not_a_byline() -> None:
    a = parse_text(article("Headline about the summit", "By Monday, the talks had collapsed.", MORE))
    assert a.byline is None and a.body.startswith("By Monday, the talks had collapsed.")


def test_section_kicker_above_the_headline_is_skipped() -> None:
    a = parse_text(article("World news", "Headline about the summit", LEAD))
    assert a.title == "Headline about the summit" and a.body == LEAD


def test_dates_in_sentences_are_not_publication_dates() -> None:
    a = parse_text(article("Headline about the summit", "The war began on 24 February 2022.", MORE))
    assert a.published is None
    assert parse_date_line("Talks held on 3 December 2022 in Paris ended well") is None
    assert parse_date_line("3 December") is None  # no year: it would have to be guessed
    assert parse_date_line("Published: 1 December 2022 • 9:13pm") == datetime(2022, 12, 1, 21, 13)


def test_date_line_above_the_headline() -> None:
    a = parse_text(article("Updated 2 March 2023", "Headline about the summit", LEAD))
    assert a.title == "Headline about the summit" and a.published == datetime(2023, 3, 2)


# -- outlet ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Stay up to date with notifications from The Independent", "The Independent"),
        ("Sign up to the Guardian's Morning Mail newsletter", "The Guardian"),
        ("© 2022 The Telegraph", "The Telegraph"),
        ("Copyright 2023 The Associated Press. All rights reserved.", "Associated Press"),
        ("LONDON (Reuters) - Britain's economy shrank in the third quarter, data showed.", "Reuters"),
        ("WASHINGTON (AP) — The president said on Monday he would veto the bill.", "Associated Press"),
        ("Download the Al Jazeera app for the latest news", "Al Jazeera"),
    ],
)
def test_outlet_signatures(line: str, outlet: str) -> None:
    a = parse_text(article("Headline about the summit", LEAD, line, MORE))
    assert a.source == outlet


def test_mentions_and_photo_credits_are_not_the_source() -> None:
    raw = article(
        "Headline about the summit",
        LEAD,
        "Officials told Reuters on Sunday that the deal was close.",
        "ABC News reported the meeting ran late.",
        "Leaders arrive at the talks",
        "Reuters",
        "Leaders leave the talks (Getty Images)",
        "AFP via Getty Images",
        MORE,
    )
    a = parse_text(raw)
    assert a.source is None
    assert "\n\nReuters\n\n" not in a.body and "AFP via Getty" not in a.body and "(Getty" not in a.body
    assert "Leaders arrive at the talks\n\nLeaders leave the talks\n\n" in a.body


def test_masthead_and_unknown_masthead_with_strapline() -> None:
    a = parse_text(article("BBC News", "Headline about the summit", LEAD))
    assert (a.source, a.title) == ("BBC News", "Headline about the summit")
    b = parse_text(article("Daily Planet", "Top Stories, World News, Videos", "Headline about the summit", LEAD))
    assert (b.source, b.title) == ("Daily Planet", "Headline about the summit")


def test_outlet_suffix_in_a_page_title() -> None:
    a = parse_text(article("Headline about the summit | The Guardian", LEAD))
    assert (a.title, a.source) == ("Headline about the summit", "The Guardian")


# -- furniture and captions --------------------------------------------------------------------


def test_captions_are_kept_once_without_credit() -> None:
    raw = article(
        "Headline about the summit",
        "Leaders meet in Paris - Getty Images Europe\nLeaders meet in Paris - Getty Images Europe",
        LEAD,
        "Crowds outside the palace\nCrowds outside the palace (AFP via Getty Images)",
        "Troops at the border Photograph: Jane Smith/AP",
        MORE,
    )
    a = parse_text(raw)
    assert a.body.split("\n\n") == [
        "Leaders meet in Paris",
        LEAD,
        "Crowds outside the palace",
        "Troops at the border",
        MORE,
    ]


def test_appeal_block_and_widget_lines_are_removed() -> None:
    raw = article(
        "Headline about the summit",
        LEAD,
        "Your support helps us to tell the story",
        "Our journalism is paid for by readers like you.",
        "Your support makes all the difference.",
        "  • Oops!\n    Something went wrong.\n    Please try again later.",
        "Watch live as leaders arrive in Paris",
        "Follow our latest local news via Google news",
        "Source link",
        MORE,
    )
    assert parse_text(raw).body == f"{LEAD}\n\n{MORE}"


def test_an_appeal_start_without_its_end_only_drops_its_own_line() -> None:
    raw = article("Headline about the summit", LEAD, "Your support helps us to tell the story", MORE)
    assert parse_text(raw).body == f"{LEAD}\n\n{MORE}"


def test_reader_comments_are_split_off() -> None:
    raw = article("Headline about the summit", LEAD, MORE, "Reader comments (2)", "Ann: I agree.", "Bob: I do not.")
    a = parse_text(raw)
    assert a.body == f"{LEAD}\n\n{MORE}"
    assert a.comments == "Reader comments (2)\n\nAnn: I agree.\n\nBob: I do not."


def test_a_comment_form_without_comments_is_furniture() -> None:
    raw = article(
        "Headline about the summit", LEAD, "Join our commenting forum", "Comments", "Thank you for registering"
    )
    a = parse_text(raw)
    assert a.body == LEAD and a.comments is None


# -- front matter ------------------------------------------------------------------------------


def test_front_matter_overrides_detection() -> None:
    raw = (
        "---\n"
        "title: Declared title\n"
        "source: Declared Source\n"
        "published: 2022-12-03\n"
        "url: https://example.org/a\n"
        "author: [Jane Doe, John Roe]\n"
        "tags: [ignored]\n"
        "---\n"
        "# Printed headline\n\n"
        "Stay up to date with notifications from The Independent\n\n"
        f"{LEAD}\n"
    )
    a = parse_text(raw)
    assert a.title == "Declared title"
    assert a.source == "Declared Source"
    assert a.published == datetime(2022, 12, 3)
    assert a.url == "https://example.org/a"
    assert a.byline == "Jane Doe, John Roe"
    assert a.body == LEAD


def test_rules_around_a_headline_are_not_front_matter() -> None:
    a = parse_text("---\nA headline between rules\n---\n\n" + LEAD + "\n")
    assert a.title == "A headline between rules" and a.body == LEAD


# -- tables and layering -----------------------------------------------------------------------


def test_tables_load_and_cover_the_big_outlets() -> None:
    table = furniture()
    assert table.lines and table.patterns and table.blocks and table.comment_openers
    names = {o.name for o in outlets()}
    for outlet in ("Reuters", "Associated Press", "BBC News", "The Guardian", "The Telegraph", "The Independent",
                   "The Times", "Financial Times", "The New York Times", "The Washington Post", "CNN",
                   "Fox News", "Al Jazeera", "Yahoo News", "Politico", "Bloomberg", "Time Plus News"):  # fmt: skip
        assert outlet in names


def test_ingest_imports_neither_textual_nor_sqlite() -> None:
    code = (
        "import json, sys\n"
        "from newsreader.ingest import parse_text\n"
        "parse_text('Headline\\n\\n1 December 2022\\n\\nBody text here.\\n')\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('textual', 'sqlite3', '_sqlite3', 'sqlite_utils'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == []


def test_generic_us_zones_follow_daylight_saving() -> None:
    summer = parse_date_line("Sep 18, 2023 10:45 PM ET")
    winter = parse_date_line("Jan 18, 2023 10:45 PM ET")
    assert summer is not None and summer.utcoffset() == timedelta(hours=-4)
    assert winter is not None and winter.utcoffset() == timedelta(hours=-5)
    pacific = parse_date_line("June 2, 2023 1:15 PM PT")
    assert pacific is not None and pacific.utcoffset() == timedelta(hours=-7)
    # A zone printed in full is kept as printed, even out of season.
    printed = parse_date_line("Monday 07 February 2022 13:15 EST")
    assert printed is not None and printed.utcoffset() == timedelta(hours=-5) and printed.tzname() == "EST"
