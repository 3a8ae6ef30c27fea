"""Round 7 speaker and leader rules: a definite description ("the Kremlin official") that shares its
capitalised word with the role a named person was given is that person, not the body. Every sentence
here is invented."""

from __future__ import annotations

from newsreader.analysis import analyze


def speakers(body: str) -> list[str | None]:
    return [q.speaker for q in analyze(body).quotes]


def test_definite_official_of_a_body_is_the_aide_named_before() -> None:
    body = (
        "Kremlin aide Pavel Ostrovsky told reporters the talks had gone well.\n\n"
        'He added that both sides backed a new round. "We are ready to meet again," the Kremlin official noted.'
    )
    assert speakers(body) == ["Pavel Ostrovsky"]


def test_definite_envoy_of_a_body_is_the_person_given_that_role() -> None:
    body = (
        "Pentagon adviser Laura Kessing met the delegation on Monday.\n\n"
        '"The plan is sound," the Pentagon envoy said after the meeting.'
    )
    assert speakers(body) == ["Laura Kessing"]


def test_indefinite_official_still_speaks_for_the_body() -> None:
    body = (
        "Kremlin aide Pavel Ostrovsky told reporters the talks had gone well.\n\n"
        '"Nothing is agreed yet," a Kremlin official said.'
    )
    assert speakers(body) != ["Pavel Ostrovsky"]


def test_spokesman_is_not_an_aide_of_another_kind() -> None:
    body = (
        "Kremlin aide Pavel Ostrovsky told reporters the talks had gone well.\n\n"
        '"Nothing is agreed yet," the Kremlin spokesman said.'
    )
    assert speakers(body) != ["Pavel Ostrovsky"]


def test_definite_calling_is_the_salient_person() -> None:
    body = (
        "The forum chairman, Thomas Brenner, became emotional as he closed the event on Sunday. "
        'Referring to Vance\'s speech, the former diplomat said the allies had lost "a shared purpose."'
    )
    assert speakers(body) == ["Thomas Brenner"]


def test_calling_introduced_unnamed_stays_unnamed() -> None:
    body = (
        "Senator Ruth Ambler left the hall early. An aide said she was unwell.\n\n"
        '"She will be back tomorrow," the aide said.'
    )
    assert speakers(body) != ["Ruth Ambler"]
