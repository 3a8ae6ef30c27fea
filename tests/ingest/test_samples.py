"""The five bundled samples: every field, and the furniture each one carries."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from newsreader.ingest import load_file, parse_text

SAMPLES = Path(__file__).resolve().parents[2] / "sample_data"

# Copied from the labelling team's gold files (../shared/eval/gold-seeds), not read at run time.
GOLD = {
    "000_29d359c5e5ced095.txt": ("Joe Biden: I'll sit down with Vladimir Putin if he pulls out of Ukraine", None),
    "001_1004f7aa7a6bae00.txt": (
        "Joe Biden: I’ll sit down with Vladimir Putin if he pulls out of Ukraine",
        "2022-12-01",
    ),
    "002_e3dd051cb6d3482a.txt": (
        "The “Kremlin” rejects Biden’s conditions for holding talks with Putin to end the war",
        None,
    ),
    "003_2c509556c5da08e6.txt": ("US and France discuss Ukraine ahead of Macron’s meeting with Putin", None),
    "004_854efe9d68cbb0f2.txt": (
        "Macron tells Putin he wants to ‘avoid war’ at crunch talks on Ukraine crisis",
        "2022-02-07",
    ),
}


def parse(name: str):
    return parse_text((SAMPLES / name).read_text(encoding="utf-8"), name=name)


@pytest.mark.parametrize("name", sorted(GOLD))
def test_title_and_printed_date_match_the_gold_labels(name: str) -> None:
    article = parse(name)
    title, published = GOLD[name]
    assert article.title == title
    assert (article.published.date().isoformat() if article.published else None) == published


@pytest.mark.parametrize("name", sorted(GOLD))
def test_body_is_clean_paragraphs(name: str) -> None:
    body = parse(name).body
    assert body and body == body.strip()
    assert "\n\n\n" not in body
    for para in body.split("\n\n"):
        assert para == para.strip() and "\n" not in para and "  " not in para
    assert "\u00a0" not in body and "\u2009" not in body
    assert not any(ord(ch) < 32 and ch != "\n" for ch in body)


@pytest.mark.parametrize("name", sorted(GOLD))
def test_title_is_not_repeated_in_the_body(name: str) -> None:
    article = parse(name)
    assert not article.body.startswith(article.title)


def test_000_yahoo_copy() -> None:
    a = parse("000_29d359c5e5ced095.txt")
    assert a.standfirst is None and a.byline is None and a.published is None
    assert a.source is None  # "told ABC News", "CNN reported": mentions, not signatures
    for furniture in ("Oops!", "Something went wrong", "Please try again later", "Getty Images", "REUTERS"):
        assert furniture not in a.body
    caption = "Joe Biden said Vladimir Putin 'has miscalculated across the board'"
    assert a.body.count(caption) == 1
    assert a.body.startswith(caption + "\n\n")
    assert a.body.count("Emmanuel Macron was speaking in the US where he is visiting Joe Biden") == 1
    assert a.body.count("walk down the Colonnade to the Oval Office at the White House") == 1
    assert a.body.endswith("yet another threshold crossed by the White House.")
    assert a.comments is None


def test_001_telegraph_with_reader_comments() -> None:
    a = parse("001_1004f7aa7a6bae00.txt")
    assert a.published == datetime(2022, 12, 1, 21, 13)
    assert a.standfirst is None  # the lead paragraph stays in the body
    assert a.body.startswith("Joe Biden said he was prepared to sit down with Vladimir Putin")
    assert "1 December 2022" not in a.body
    assert "Ron Thompson" not in a.body and "Some comments from readers" not in a.body
    assert a.comments is not None
    assert a.comments.startswith("Some comments from readers:")
    assert "Ron Thompson" in a.comments and "Sir Scradge" in a.comments
    assert a.body.endswith("yet another threshold crossed by the White House.")
    # A caption printed right above a paragraph (no blank line) is a paragraph of its own.
    assert "Emmanuel Macron was speaking in the US where he is visiting Joe Biden\n\nMr Biden later added:" in a.body
    assert "press conference after talks" in a.body  # NBSP became a plain space


def test_002_standfirst_and_lone_credit_line() -> None:
    a = parse("002_e3dd051cb6d3482a.txt")
    assert a.standfirst == "America and France pledge to hold Russia accountable for what is happening in Ukraine"
    assert a.source is None  # the lone "Reuters" under the picture is a photo credit
    assert a.byline is None and a.published is None
    assert "\nReuters\n" not in f"\n{a.body}\n"
    assert a.body.startswith("Biden and Macron have expressed their desire")  # caption kept
    assert "Follow our latest" not in a.body and "Google news" not in a.body
    assert '"Bloomberg" news agency' in a.body


def test_003_site_name_and_strapline_are_not_the_headline() -> None:
    a = parse("003_2c509556c5da08e6.txt")
    assert a.source == "Time Plus News"
    assert a.standfirst is None and a.byline is None and a.published is None
    assert "Time Plus News" not in a.body and "Breaking News" not in a.body
    assert "Source link" not in a.body
    assert a.body.startswith("US President Joe Biden sought to co-ordinate")
    assert a.body.endswith("we must look for de-escalation.”")


def test_004_independent() -> None:
    a = parse("004_854efe9d68cbb0f2.txt")
    assert a.source == "The Independent"
    assert a.standfirst == "Emmanuel Macron will also hold talks in Ukraine on Tuesday"
    assert a.byline == "Thomas Kingsley"
    assert a.published == datetime(2022, 2, 7, 13, 15, tzinfo=a.published.tzinfo)
    assert a.published.utcoffset() == timedelta(hours=-5) and a.published.tzname() == "EST"
    for furniture in (
        "Stay up to date",
        "Notifications can be managed",
        "Thomas Kingsley",
        "13:15 EST",
        "Watch live",
        "Your support helps us",
        "The Independent is on the ground",
        "Your donation allows",
        "paywalls",
        "Your support makes all the difference",
        "Join our commenting forum",
        "Join thought-provoking",
        "Thank you for registering",
        "Please refresh",
        "(Getty Images)",
    ):
        assert furniture not in a.body, furniture
    assert "\nComments\n" not in f"\n{a.body}\n"
    assert a.body.count("US Soldiers Land In Poland Amid Fears Of Russian Invasion Of Ukraine") == 1
    assert a.body.startswith("French president Emmanuel Macron has told his Russian counterpart")
    assert a.body.endswith("agreed to meet again in Berlin in two weeks.")
    assert a.comments is None  # a comment form with no comments in it


def test_samples_load_through_the_manifest_with_what_is_known(sample_dir: Path) -> None:
    from newsreader.ingest import expand_inputs

    items, errors = expand_inputs([str(sample_dir)])
    assert errors == []
    assert [i.path.name for i in items] == sorted(GOLD)
    got = {i.path.name: load_file(i.path, overrides=i.overrides).article for i in items}
    assert got["000_29d359c5e5ced095.txt"].source == "Yahoo News"
    assert got["000_29d359c5e5ced095.txt"].published == datetime(2022, 12, 1)
    assert got["001_1004f7aa7a6bae00.txt"].source == "The Telegraph"
    assert got["001_1004f7aa7a6bae00.txt"].published == datetime(2022, 12, 1, 21, 13)  # printed wins
    assert got["002_e3dd051cb6d3482a.txt"].source is None
    assert got["002_e3dd051cb6d3482a.txt"].published == datetime(2022, 12, 3)
    assert got["003_2c509556c5da08e6.txt"].published == datetime(2022, 2, 6)
    assert got["004_854efe9d68cbb0f2.txt"].source == "The Independent"
    assert got["004_854efe9d68cbb0f2.txt"].published.tzname() == "EST"
    for name, article in got.items():
        assert article.origin == str((sample_dir / name).resolve())
        assert len(article.content_hash) == 64
