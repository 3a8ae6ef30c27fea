"""Round 5, leaders: offices shared by coordinated names, legislators named by their seat, offices taken
"as" something, party officials, presiding over a body, ruler's titles used as given names, and the forms
by which a leader is named. Every sentence here is invented."""

from __future__ import annotations

from newsreader.analysis import analyze


def leaders(body: str, title: str | None = None) -> dict[str, list[str]]:
    return {leader.name: sorted({m.text for m in leader.mentions}) for leader in analyze(body, title=title).leaders}


def roles(body: str) -> dict[str, str | None]:
    return {leader.name: leader.role for leader in analyze(body).leaders}


# -- 1: a plural office shared by coordinated names ------------------------------------------------


def test_plural_appositive_after_two_names() -> None:
    body = "The pact brought Nia Rhys and Owen Pryce, the Welsh Green co-leaders, into the cabinet."
    assert roles(body) == {"Nia Rhys": "Welsh Green co-leader", "Owen Pryce": "Welsh Green co-leader"}
    body = "Ama Owusu and Kofi Boateng, both ministers in the last government, denied the claim."
    assert set(leaders(body)) == {"Ama Owusu", "Kofi Boateng"}
    body = "Jo Smith, Ann Lee and Tom Hart, all three Labour MPs, signed the letter."
    assert set(leaders(body)) == {"Jo Smith", "Ann Lee", "Tom Hart"}


def test_plural_office_before_the_names() -> None:
    body = "Labour MPs Jo Smith, Ann Lee and Tom Hart signed the letter."
    assert set(leaders(body)) == {"Jo Smith", "Ann Lee", "Tom Hart"}
    body = "Green co-leaders Carla Moss and Adrian Vale said the deal was dead."
    assert roles(body) == {"Carla Moss": "Green co-leader", "Adrian Vale": "Green co-leader"}


def test_plural_non_offices_stay_out() -> None:
    assert leaders("Jo Smith and Ann Lee, both lawyers, met the press.") == {}
    assert leaders("Jo Smith and Ann Lee, the two union leaders, met the press.") == {}
    assert leaders("Union leaders Jo Smith and Tom Hart signed the letter.") == {}
    assert leaders("Voters Jo Smith and Tom Hart signed the letter.") == {}


# -- 6: a ruler's title after "Dr" is a given name; an organisation after "of" is no person ----------


def test_title_word_after_an_honorific_is_a_given_name() -> None:
    body = "Delegates stood as Dr Sultan Al Nasser, the Cop31 President, closed the session. Dr Al Nasser thanked them."
    assert leaders(body) == {"Sultan Al Nasser": ["Dr Al Nasser", "Sultan Al Nasser"]}


def test_company_president_stays_out_but_a_summit_president_is_in() -> None:
    assert leaders("Jo Smith, the Acme President, opened the plant.") == {}
    assert list(leaders("Jo Marsh, the G20 President, opened the talks.")) == ["Jo Marsh"]


def test_organisation_after_of_is_not_a_person() -> None:
    body = "Tom Reed, the executive secretary of UN Ocean Affairs, said the deal fell short."
    assert list(leaders(body)) == ["Tom Reed"]


# -- 7: forms: styles kept, "Dr" dropped before a full name ----------------------------------------


def test_sheikh_and_prince_are_part_of_the_form_dr_is_not() -> None:
    body = (
        "The Emir, Sheikh Hamad bin Khalid, welcomed the guests. Qatar's Energy Minister, Prince Faisal bin "
        "Nasser, spoke later. Prince Faisal said the talks went well."
    )
    got = leaders(body)
    assert "Sheikh Hamad bin Khalid" in got["Hamad bin Khalid"]
    assert got["Faisal bin Nasser"] == ["Prince Faisal", "Prince Faisal bin Nasser"]
    body = "Vice President Dr Kwame Asante, the party's candidate, conceded. Dr Asante spoke briefly."
    assert leaders(body) == {"Kwame Asante": ["Dr Asante", "Kwame Asante"]}


def test_crown_prince_is_an_office_not_a_style() -> None:
    body = "Crown Prince Faisal bin Nasser, the kingdom's de facto ruler, met the envoy."
    assert leaders(body)["Faisal bin Nasser"] == ["Faisal bin Nasser"]
