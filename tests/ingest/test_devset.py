"""The held-out devset (tests/fixtures/devset): title and printed date against the gold labels.

These articles were not looked at when the rules were written, so they say whether the header
rules generalise. The gold ``published`` is a day; null means the article prints no date.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsreader.ingest import load_file

DEVSET = Path(__file__).resolve().parents[1] / "fixtures" / "devset"
GOLD = sorted(DEVSET.glob("dev_*.json"))


def test_the_devset_is_there() -> None:
    assert len(GOLD) >= 14


@pytest.mark.parametrize("gold_path", GOLD, ids=lambda p: p.stem)
def test_title_and_published_match_the_gold(gold_path: Path) -> None:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    article = load_file(DEVSET / gold["file"]).article
    assert article.title == gold["title"]
    assert (article.published.date().isoformat() if article.published else None) == gold["published"]


@pytest.mark.parametrize("gold_path", GOLD, ids=lambda p: p.stem)
def test_header_lines_are_not_left_in_the_body(gold_path: Path) -> None:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    article = load_file(DEVSET / gold["file"]).article
    first = article.body.split("\n\n", 1)[0]
    # The body opens with the story: a long first paragraph, not a byline, credit or date line.
    assert len(first.split()) > 12, first
    assert article.title not in article.body
    if article.standfirst:
        assert article.standfirst not in article.body


def test_devset_bylines() -> None:
    bylines = {p.stem: load_file(DEVSET / f"{p.stem}.txt").article.byline for p in GOLD}
    assert bylines["dev_02_uk_pmqs_strikes"] == "Harriet Lowe"
    assert bylines["dev_03_ap_debt_ceiling"] == "LISA MARTINEZ and DAVID ORTEGA"
    assert bylines["dev_09_interview_niinisto"] == "Emma Lindqvist"
    assert bylines["dev_12_scare_quotes_peace_plan"] == "Agencies"
    assert bylines["dev_13_private_voices_autumn_statement"] == "Sarah Whitcombe"
