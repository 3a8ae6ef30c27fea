"""Round 3 speaker rules: the subject of the speech act beats a name inside the reported clause,
relative-clause speakers, bodies named again by their head noun or acronym, pronoun gender from
evidence, appositive names and newly met one-word names. Every sentence here is invented."""

from __future__ import annotations

from newsreader.analysis import analyze


def speakers(body: str) -> list[str | None]:
    return [q.speaker for q in analyze(body).quotes]


# -- rule 1: the subject of the speech verb, not the name in the reported clause --------------


def test_subject_of_participle_beats_name_in_that_clause() -> None:
    body = (
        "Opposition leader Peter Dutton released his costings on Thursday.\n\n"
        "Treasurer Jim Chalmers hit back on Friday, telling a radio station that Mr Dutton had offered "
        "“no plan and no numbers”."
    )
    assert speakers(body) == ["Jim Chalmers"]


def test_subject_with_irregular_verb_and_saying() -> None:
    body = (
        "Senator Maria Lopez filed the motion. Governor John Hale struck back, saying Ms Lopez "
        "had produced “a stunt, not a policy”."
    )
    assert speakers(body) == ["John Hale"]


def test_subject_before_told_with_object_name() -> None:
    body = (
        "Mayor Ruth Adeyemi met the council on Monday.\n\n"
        "Councillor Tom Birch went further, arguing that Ms Adeyemi was “out of her depth”."
    )
    assert speakers(body) == ["Tom Birch"]


def test_speech_verb_opening_the_sentence_does_not_hide_the_subject() -> None:
    body = "Finance Minister Anna Berg spoke on Monday.\n\nAsked about the plan, Ms Berg said it was “fully costed”."
    assert speakers(body) == ["Anna Berg"]


def test_subordinate_clause_speaker_does_not_take_the_main_clause_quote() -> None:
    body = (
        "After Finance Minister Anna Berg told MPs the plan was sound, opposition leader Tom Birch "
        "said it was “a fantasy”."
    )
    assert speakers(body) == ["Tom Birch"]


def test_body_after_a_preposition_is_not_the_subject() -> None:
    body = (
        "President Claudia Reyes defended the reform. “This is what people voted for,” she said.\n\n"
        "The party's leader in the Senate, Adan Lopez, dismissed the criticism. The opposition, he told "
        "reporters, “lost the election and now wants to win in the courts.”"
    )
    assert speakers(body) == ["Claudia Reyes", "Adan Lopez"]


# -- rules 5 and 6: pronoun gender from evidence ---------------------------------------------


def test_she_goes_to_the_woman_named_as_an_object_not_the_man_quoted_before() -> None:
    body = (
        "Party secretary-general Themba Nkosi said the caucus would vote as one. “We are united,” he said.\n\n"
        "Members elected Zodwa Mthembu, the outgoing health minister, as speaker. She defeated two rivals "
        "and told members she would be “fair to every party.”"
    )
    assert speakers(body) == ["Themba Nkosi", "Zodwa Mthembu"]


def test_unknown_first_name_is_not_given_the_wrong_gender() -> None:
    body = (
        "Mr Olu Bakare opened the session. “We begin now,” he said.\n\n"
        "The chamber then heard from Finance Minister Tendai Moyo. She said the budget was "
        "“a gamble with pensions.”"
    )
    assert speakers(body) == ["Olu Bakare", "Tendai Moyo"]


def test_he_still_goes_to_the_man_when_a_woman_is_named_later() -> None:
    body = "Mr Olu Bakare opened the session and thanked Ms Tendai Moyo for her work.\n\n“We begin now,” he said."
    assert speakers(body) == ["Olu Bakare"]


def test_his_wife_is_a_woman_whatever_pronoun_follows() -> None:
    body = (
        "Kemal Aydin, the mayor of the city, was detained on Wednesday.\n\n"
        "His wife, Sevgi Aydin, who campaigned alongside him for years, said the family had been through "
        "this before. “Every time they come for him, we get stronger,” she said. “But he always tells us "
        "to stay calm.”"
    )
    assert speakers(body) == ["Sevgi Aydin", "Sevgi Aydin"]


def test_her_husband_is_a_man() -> None:
    body = (
        "Senator Ana Ruiz arrived with her husband, Tomas Vidal, who rarely speaks in public. "
        "Ms Ruiz thanked the crowd.\n\n"
        "Later Vidal spoke to supporters. “She has earned this,” he said."
    )
    assert speakers(body) == ["Tomas Vidal"]
