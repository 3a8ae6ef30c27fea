"""Speed work must not change results: the one-pass gazetteer scan finds what the separate name and
body searches found (invented sentences)."""

from __future__ import annotations

from newsreader.analysis import load_gazetteer


def test_scan_finds_names_and_bodies_in_one_pass() -> None:
    gaz = load_gazetteer()
    text = "Joe Biden spoke to White House aides about the Kremlin on Tuesday."
    names, bodies = gaz.scan(text)
    assert [(s, e) for s, e, _ in names] == [(0, 9), (4, 9)]  # the full name and the surname
    assert [text[s:e] for s, e, _ in bodies] == ["White House", "Kremlin"]
    assert gaz.find(text) == names and gaz.find_bodies(text) == bodies


def test_scan_word_boundaries_differ_for_names_and_bodies() -> None:
    # an underscore ends a body (as any non-alphanumeric does) but not a name; letters end neither
    gaz = load_gazetteer()
    text = "Biden_ met _Kremlin staff and Kremlinology fans"
    names, bodies = gaz.scan(text)
    assert names == []
    assert [(s, e) for s, e, _ in bodies] == [(12, 19)]


def test_scan_of_a_new_text_is_not_the_last_one() -> None:
    gaz = load_gazetteer()
    first = gaz.find_bodies("Officials at the Kremlin said so.")
    second = gaz.find_bodies("Nobody there said so.")
    assert first and second == []
