"""Round 6: the first-name list (first_names.txt) and its loader (FIRST_NAME_GENDER, FIRST_NAMES)."""

from __future__ import annotations

import re
import time
from importlib import resources

import pytest

from newsreader.analysis import lexicon
from newsreader.analysis.lexicon import FIRST_NAME_GENDER, FIRST_NAMES

SECTIONS = ("f:", "m:", "u:")


def _sections() -> dict[str, list[str]]:
    """The file read independently of the loader, keeping duplicates so the checks can see them."""
    text = resources.files("newsreader.analysis").joinpath("first_names.txt").read_text("utf-8")
    out: dict[str, list[str]] = {s[0]: [] for s in SECTIONS}
    section = ""
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        if line in SECTIONS:
            section = line[0]
            continue
        assert section, f"names before any section header: {line[:40]!r}"
        out[section].extend(line.split())
    return out


def test_three_sections_with_many_names() -> None:
    s = _sections()
    assert len(s["f"]) > 2500 and len(s["m"]) > 2500 and len(s["u"]) > 300
    assert 6000 <= len(FIRST_NAMES) <= 12000


def test_no_name_in_two_sections() -> None:
    # A name given both genders must be moved to u: (unknown is better than wrong).
    s = _sections()
    f, m, u = set(s["f"]), set(s["m"]), set(s["u"])
    assert not f & m, f"in both f: and m: (move to u:): {sorted(f & m)[:20]}"
    assert not (f | m) & u, f"in a gendered section and in u: {sorted((f | m) & u)[:20]}"


def test_no_duplicates_within_a_section() -> None:
    for sec, names in _sections().items():
        seen: set[str] = set()
        dups = sorted({n for n in names if n in seen or seen.add(n)})
        assert not dups, f"{sec}: listed twice: {dups[:20]}"


def test_unisex_names_have_no_gender_but_are_known() -> None:
    for name in ("Terry", "Jean", "Andrea", "Kim", "Sasha", "Robin", "Leslie", "Nicola", "Yuki", "Ji-woo"):
        assert name in FIRST_NAMES, name
        assert name not in FIRST_NAME_GENDER, name


def test_loader_matches_the_file() -> None:
    s = _sections()
    assert frozenset(s["f"] + s["m"] + s["u"]) == FIRST_NAMES
    assert {n for n, g in FIRST_NAME_GENDER.items() if g == "f"} == set(s["f"])
    assert {n for n, g in FIRST_NAME_GENDER.items() if g == "m"} == set(s["m"])
    assert isinstance(FIRST_NAMES, frozenset)


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Chandni", "f"),
        ("Hibaaq", "f"),
        ("Eleni", "f"),
        ("Iratxe", "f"),
        ("Manon", "f"),
        ("Derek", "m"),
        ("Yalchin", "m"),
        ("Mohammed", "m"),
        ("Muhammad", "m"),
        ("Mohamed", "m"),
        ("José", "m"),
        ("Zoë", "f"),
        ("Łukasz", "m"),
        ("Ömer", "m"),
        ("Shigeru", "m"),
        ("Yoko", "f"),
        ("Kwabena", "m"),
        ("Chukwuemeka", "m"),
        ("Siobhán", "f"),
    ],
)
def test_names_from_many_cultures(name: str, gender: str) -> None:
    assert FIRST_NAME_GENDER.get(name) == gender


def test_header_rules_common_words_months_places_stay_out() -> None:
    # Words that open sentences or Title Case headlines as non-names ("Will the...", "May 5",
    # "Bill Passed", "Hope is...") must not make a capitalised run look like a person.
    for word in ("Will", "May", "Faith", "Hope", "Grace", "Rich", "Bill", "Said", "Sue", "Grant", "Chase"):
        assert word not in FIRST_NAMES, word
    for word in ("April", "June", "August", "Monday", "Jordan", "Israel", "Paris", "Chad", "Kenya"):
        assert word not in FIRST_NAMES, word
    for word in ("Sheikh", "Syed", "Mirza", "Tengku"):  # honorifics, not given names
        assert word not in FIRST_NAMES, word
    for word in ("Von", "Van", "De", "Al", "Del", "Le", "San"):  # "Von der Leyen said" opens a sentence
        assert word not in FIRST_NAMES, word


def test_file_format() -> None:
    text = resources.files("newsreader.analysis").joinpath("first_names.txt").read_text("utf-8")
    assert text.startswith("#"), "the header states the rules"
    for line in text.splitlines():
        assert line == line.strip(), f"stray whitespace: {line[:40]!r}"
        if line.startswith("#") or line in SECTIONS:
            continue
        for name in line.split():
            # Letters, with inner hyphens or apostrophes (Jean-Pierre, Ji-woo, Ze'ev).
            assert re.fullmatch(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", name), name
            assert name[0].isupper(), name


def test_loading_is_fast() -> None:
    # Done once per process; must stay a few milliseconds.
    start = time.perf_counter()
    for _ in range(5):
        lexicon._first_names()
    assert (time.perf_counter() - start) / 5 < 0.05
