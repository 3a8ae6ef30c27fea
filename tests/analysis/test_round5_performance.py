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


# -- the scanning patterns, rewritten to start with a character class, find what they found --------


def test_pronouns_are_whole_words_at_any_start() -> None:
    from newsreader.analysis.people import PRONOUN_RE

    text = "He left. “She stayed,” they said; it rained. Theo, Shell, Ithaca, Thee and ’he’ did not."
    assert [m.group() for m in PRONOUN_RE.finditer(text)] == ["He", "She", "they", "it"]


def test_acronyms_are_two_to_six_capitals_standing_alone() -> None:
    from newsreader.analysis.people import _ACRONYM_RE

    text = "NATO and the RSF said, but not U.S. nor ABCDEFG nor Xx or the A-team or UN. The UN, too."
    assert [m.group() for m in _ACRONYM_RE.finditer(text)] == ["NATO", "RSF", "UN"]


def test_last_word_skips_commas_and_keeps_hyphens_and_apostrophes() -> None:
    from newsreader.analysis.people import _last_word

    assert _last_word("the Prime Minister, ", 0, 20) == "minister"
    assert _last_word("a long-serving", 0, 14) == "long-serving"
    assert _last_word("“Ministers’", 0, 11) == "ministers’"
    assert _last_word("(Said", 0, 5) == "said"
    assert _last_word("ends here.", 0, 10) == ""
    assert _last_word("xxword", 2, 6) == "word"  # never reaches before ``start``


def test_sentences_end_at_marks_but_not_after_abbreviations_or_inside_quotations() -> None:
    from newsreader.analysis.speakers import _sentences

    text = "Mr. Smith met Gen. Jones in the U.S. today. Why? “Stop. Now,” he said.\nNext line"
    masked = bytearray(len(text) + 1)
    q0, q1 = text.index("“"), text.index("”")
    masked[q0:q1] = b"\x01" * (q1 - q0)
    starts = [text[a : a + 4] for a, _ in _sentences(text, masked, [])]
    assert starts == ["Mr. ", "Why?", "“Sto", "Next"]


# -- what the guarded paths decide, through the whole analysis ----------------------------------


def _speakers(body: str) -> list[str | None]:
    from newsreader.analysis import analyze

    return [q.speaker for q in analyze(body).quotes]


def test_a_body_named_with_its_head_noun_speaks() -> None:
    # the "the ... Society of X" search now skips to the T's
    assert _speakers("The Law Society of Kenya said the ruling was “a grave error for the courts”.") == [
        "Law Society of Kenya"
    ]


def test_unnamed_officials_and_spokespeople_speak_for_their_body() -> None:
    # the anonymous source widened left over "One senior White House"; "a spokesman for the" found cheaply
    assert _speakers("One senior White House official said the plan was “dead on arrival in Congress”.") == [
        "White House"
    ]
    assert _speakers("A spokesman for the Foreign Office said: “We are monitoring the situation closely.”") == [
        "Foreign Office"
    ]


def test_a_person_introduced_as_named_speaks_by_surname() -> None:
    body = "A street vendor named Jorge Espinoza was packing up. “Nobody comes here any more,” Espinoza said."
    assert _speakers(body) == ["Jorge Espinoza"]


def test_a_surname_alone_links_to_the_person_named_in_full_and_other_words_to_nobody() -> None:
    # lone capitalised words that no person here starts, ends or is known by are turned away early
    from newsreader.analysis import analyze

    body = (
        "Prime Minister Jacinda Ardern spoke to reporters on Monday in Wellington.\n\n"
        "“We will keep going,” Ardern said. Treasury later confirmed the figures."
    )
    a = analyze(body)
    (leader,) = a.leaders
    assert leader.name == "Jacinda Ardern"
    assert [m.text for m in leader.mentions] == ["Jacinda Ardern", "Ardern"]
    assert [q.speaker for q in a.quotes] == ["Jacinda Ardern"]
