"""Round 2 speaker rules: explicit cues beat carried-over speakers, pronouns respect gender,
bodies speak, anonymous sources stay unknown, transcripts, titles of works are not quotations."""

from __future__ import annotations

from newsreader.analysis import analyze


def quotes(body: str, title: str | None = None) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in analyze(body, title=title).quotes]


def speakers(body: str) -> list[str | None]:
    return [s for _, s in quotes(body)]


# -- gap 2: an explicit "X said" wins even when X is unknown ---------------------------------


def test_one_word_name_with_age_beats_the_previous_speaker() -> None:
    body = (
        "Chief Minister Mamata Banerjee spoke first. “We will fight this in every court,” she said.\n\n"
        "Siddaramaiah, 75, said the state would not bow. “This is our money,” Siddaramaiah said.\n\n"
        "“Nobody can take it away,” he added."
    )
    assert speakers(body) == ["Mamata Banerjee", "Siddaramaiah", "Siddaramaiah"]


def test_surname_that_is_an_ordinary_word() -> None:
    body = (
        "Labour MP Angela Brown opened the debate. “The budget fails families,” she said.\n\n"
        "The minister replied at length. “The numbers add up,” said Park.\n\n"
        "“It is a fair budget,” Long said on the radio."
    )
    assert speakers(body) == ["Angela Brown", "Park", "Long"]


def test_bare_surname_ties_to_the_fullest_earlier_form() -> None:
    body = (
        "Deputy Chief Minister D K Shivakumar arrived late, and Mayor Ruth Adeyemi-Cole spoke first.\n\n"
        "“I am with the high command,” Shivakumar said."
    )
    assert speakers(body) == ["D K Shivakumar"]


def test_name_after_a_place_is_not_a_subject() -> None:
    body = "Prime Minister Rishi Sunak flew home. Officials in Ukraine said “the visit went well”."
    # "Ukraine" follows "in": the officials spoke, not a new speaker called Ukraine
    assert speakers(body) == [None]


def test_sentence_word_in_front_of_a_name_is_dropped() -> None:
    body = "Senator Maria Lopez spoke first.\n\nBut Okonjo said: “This bill will not pass the house.”"
    assert speakers(body) == ["Okonjo"]


# -- gap 3: pronoun gender ------------------------------------------------------------------


def test_she_goes_to_the_woman_not_the_last_man() -> None:
    body = (
        "Senator Maria Lopez and Governor John Hale met on Monday. Lopez praised the plan.\n\n"
        "Mr Hale spoke next about taxes and roads for an hour.\n\n"
        "“We cannot wait another year,” she said.\n\n"
        "“I agree with her,” he said."
    )
    assert speakers(body) == ["Maria Lopez", "John Hale"]


def test_he_goes_to_the_man_when_a_woman_spoke_last() -> None:
    body = (
        "Mr Tanaka, the trade minister, arrived first. Ms Sato, the finance minister, said talks were hard.\n\n"
        "“We will not give up on the deal,” he said."
    )
    [speaker] = speakers(body)
    assert speaker is not None and speaker.endswith("Tanaka")
