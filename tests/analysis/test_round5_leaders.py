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


# -- 2: a legislator named by the chamber where they sit --------------------------------------------


def test_member_at_or_of_a_named_chamber() -> None:
    body = "The vote turned on Ewan Muir, the sole Unity Party member at Holyrood and a former minister."
    assert list(leaders(body)) == ["Ewan Muir"]
    assert list(leaders("Rhian Pugh, a Plaid Cymru member of the Senedd, objected.")) == ["Rhian Pugh"]
    assert list(leaders("Ciara Nolan, the only Aontú member of the Dáil, objected.")) == ["Ciara Nolan"]
    assert list(leaders("Jo Smith, the sole Alba MSP, said no.")) == ["Jo Smith"]


def test_member_of_a_club_stays_out() -> None:
    assert leaders("Jo Smith, a member of the golf club, said the course was flooded.") == {}


# -- 3: an office taken "as" something --------------------------------------------------------------


def test_joining_serving_taking_over_as_an_office() -> None:
    assert roles("It is understood that Liam Daly will join Cabinet as Minister for Housing.") == {
        "Liam Daly": "Minister for Housing"
    }
    assert list(leaders("Jo Smith joined the government as health minister in March.")) == ["Jo Smith"]
    assert list(leaders("Jo Smith took over as party leader after the defeat.")) == ["Jo Smith"]
    assert list(leaders("Jo Smith will serve as interim president until the vote.")) == ["Jo Smith"]
    assert list(leaders("Aides said Jo Smith, a sociologist, was expected to be named Prime Minister.")) == ["Jo Smith"]


def test_private_or_non_office_as_phrases_stay_out() -> None:
    assert leaders("Jo Smith took over as chief executive of Acme in May.") == {}
    assert leaders("Jo Smith served as a nurse in the war.") == {}


# -- 4: a party's own officials -----------------------------------------------------------------------


def test_party_communications_officials() -> None:
    body = "The party's National Communications Officer, Kwesi Addo, said the count was fair."
    assert list(leaders(body)) == ["Kwesi Addo"]
    assert list(leaders("Jo Smith, the Labour Party's director of communications, said no.")) == ["Jo Smith"]
    assert list(leaders("The government's chief press officer, Jo Smith, denied it.")) == ["Jo Smith"]


def test_company_communications_officials_stay_out() -> None:
    assert leaders("The company's communications director, Jo Smith, said sales rose.") == {}
    assert leaders("Jo Smith, the BBC's director of communications, said no.") == {}


# -- 5: presiding over or chairing a public body ------------------------------------------------------


def test_presiding_over_a_public_council_or_assembly() -> None:
    body = "Inés Rojas, the 31-year-old conservative who presided over the constitutional convention, spoke."
    assert roles(body) == {"Inés Rojas": "former chair of the constitutional convention"}
    assert list(leaders("Jo Smith, who chairs the city council, said no.")) == ["Jo Smith"]
    assert list(leaders("Jo Smith, the lawyer who was finance minister, said no.")) == ["Jo Smith"]


def test_private_councils_and_relatives_stay_out() -> None:
    assert leaders("Jo Smith, who heads the National Council of Churches, said no.") == {}
    assert leaders("Jo Smith, who chaired the company's audit committee, said no.") == {}
    assert leaders("Jo Smith, the daughter of the man who was president, said no.") == {}


# -- 7: title + surname, hyphenated surnames, initials ----------------------------------------------


def test_title_and_surname_forms() -> None:
    body = "Labour leader Nora Keane spoke first. “We will not wait,” Deputy Keane said."
    assert leaders(body)["Nora Keane"] == ["Deputy Keane", "Nora Keane"]
    body = "US envoy Frank Doyle arrived on Monday. “General Doyle listened,” the minister said."
    assert "General Doyle" in leaders(body)["Frank Doyle"]
    body = "The deputy prime minister, Jo Smith, spoke. Deputy Prime Minister Smith said the vote was close."
    assert leaders(body)["Jo Smith"] == ["Deputy Prime Minister Smith", "Jo Smith"]


def test_hyphenated_surname_alone_is_one_name() -> None:
    body = "Green MP Aroha Wiremu-Tane led the protest. For Wiremu-Tane, it was a matter of principle."
    assert leaders(body)["Aroha Wiremu-Tane"] == ["Aroha Wiremu-Tane", "Wiremu-Tane"]
    body = "Joe Biden and Kamala Harris campaigned. The Biden-Harris ticket won."
    assert leaders(body)["Joe Biden"] == ["Biden", "Joe Biden"]


def test_initials_of_a_full_name_are_a_form() -> None:
    body = (
        "Opposition leader Rohan Kumara Perera, widely known as RKP, won the vote. Supporters of RKP cheered "
        "in the streets."
    )
    assert leaders(body)["Rohan Kumara Perera"] == ["RKP", "Rohan Kumara Perera"]
    body = "Crown Prince Faisal bin Nasser met the envoy. FBN, as he is known, said little."
    assert "FBN" in leaders(body)["Faisal bin Nasser"]


# -- 8: titles standing for a person -------------------------------------------------------------------


def test_former_and_outgoing_titles_before_a_name_are_roles() -> None:
    body = (
        "Kofi Adjei, the vice president, congratulated former President Yaw Darko on his win. “We are "
        "grateful,” the former President wrote."
    )
    got = leaders(body)
    assert "the former President" in got["Yaw Darko"]
    assert roles(body)["Yaw Darko"] == "former President"


def test_title_opening_the_next_sentence_names_its_subject() -> None:
    body = (
        "Ciaran Walsh has been elected Taoiseach by the Dáil.\n\nThe Fine Gael leader, who is 41, won by 88 "
        "votes to 69. Mr Walsh succeeds Liam Daly, who resigned as Taoiseach and leader of Fine Gael."
    )
    assert "The Fine Gael leader" in leaders(body)["Ciaran Walsh"]


def test_title_before_its_holder_is_named_in_the_next_sentence() -> None:
    body = (
        "Fiona Reid resigned as First Minister on Monday. In London, Downing Street said the Prime Minister "
        "would work with her successor. Rishi Sunak’s spokesman said the focus should be on jobs."
    )
    assert leaders(body)["Rishi Sunak"] == ["Rishi Sunak", "the Prime Minister"]


def test_age_between_article_and_title() -> None:
    body = (
        "Lai Ching-te was sworn in on Monday. The 64-year-old former vice president took the oath beside "
        "Vice President Hsiao Bi-khim."
    )
    assert "The 64-year-old former vice president" in leaders(body)["Lai Ching-te"]


def test_president_elect_is_the_leader_the_article_has_winning() -> None:
    body = (
        "Jo Smith conceded on Sunday and congratulated Ann Lee, the opposition leader, on her victory. Smith "
        "will meet the president-elect on Tuesday."
    )
    assert "the president-elect" in leaders(body)["Ann Lee"]
    body = "Ann Lee, the opposition leader, won the vote. Jo Smith, the president, will meet the president-elect."
    assert "the president-elect" in leaders(body)["Ann Lee"]
    body = (
        "Jo Smith, the president, said the party had won. Ann Lee, the opposition leader, will meet the "
        "president-elect."
    )
    assert all("the president-elect" not in forms for forms in leaders(body).values())


def test_initials_defined_for_a_body_are_not_a_leader() -> None:
    body = "Opposition leader Anele Ngcobo Cele, who heads the African National Congress (ANC), said the ANC would win."
    assert leaders(body) == {"Anele Ngcobo Cele": ["Anele Ngcobo Cele"]}


def test_an_abbreviated_title_before_a_known_name_stays_a_title() -> None:
    # a capitalised word between titles and a known full name joins the name ("Chairman Johnson | Asiedu
    # Nketia" when only "Asiedu Nketia" is known), but an all-caps title such as "PM" does not
    assert leaders("Australian PM Anthony Albanese said so.") == {"Anthony Albanese": ["Anthony Albanese"]}


def test_next_sentence_title_must_fit_the_subject_country() -> None:
    body = (
        "Vladimir Putin is still trying to split the West.\n\nThe French president has called for a new "
        "relationship with Russia before."
    )
    assert leaders(body)["Vladimir Putin"] == ["Vladimir Putin"]


def test_capitalised_plural_titles_before_coordinated_names() -> None:
    assert roles("Ministers Jo Smith and Ann Lee signed the order.") == {"Jo Smith": "minister", "Ann Lee": "minister"}
    assert set(leaders("Senators Jo Smith and Tom Hart wrote to the agency.")) == {"Jo Smith", "Tom Hart"}


def test_made_promoted_and_resigned_offices() -> None:
    assert roles("Jo Smith was made foreign minister in 2020.") == {"Jo Smith": "foreign minister"}
    assert roles("Jo Smith was promoted to health secretary in 2021.") == {"Jo Smith": "health secretary"}
    assert roles("Jo Smith resigned as first minister on Monday.") == {"Jo Smith": "former first minister"}
    assert roles("Jo Smith, who resigned as prime minister in 2019, said no.") == {"Jo Smith": "former prime minister"}
    assert leaders("Jo Smith was made aware of the letter.") == {}
    assert leaders("Jo Smith quit as chief executive of Acme.") == {}
    assert leaders("Jo Smith was promoted to sergeant.") == {}


def test_next_sentence_title_needs_an_office_the_subject_may_hold() -> None:
    body = "Jo Smith, the finance minister, presented the budget. The opposition leader said it was a disaster."
    assert leaders(body) == {"Jo Smith": ["Jo Smith"]}
    body = "Jo Smith, the finance minister, presented the budget.\n\nThe prime minister said it was fine."
    assert leaders(body) == {"Jo Smith": ["Jo Smith"]}


def test_sitting_in_a_legislature() -> None:
    assert roles("Jo Smith, who sits in the Senate for the Greens, said no.") == {"Jo Smith": "member of the Senate"}
    assert leaders("Jo Smith, who sits on the parish council, said no.") == {}


def test_coordinated_members_of_a_legislature() -> None:
    body = "Jo Smith and Ann Lee, both Labour members of the Senedd, voted against the bill."
    assert set(leaders(body)) == {"Jo Smith", "Ann Lee"}
    assert leaders("Jo Smith and Ann Lee, both members of the golf club, voted no.") == {}
    assert leaders("Jo Smith and Ann Lee, the two candidates, met on Tuesday.") == {}


def test_party_official_title_before_the_name() -> None:
    body = "The NPP's Director of Communications Kofi Mensah said the party accepted the result."
    assert roles(body) == {"Kofi Mensah": "Director of Communications"}
    body = "The party's National Communications Officer Ama Boateng said the count was fair."
    assert list(leaders(body)) == ["Ama Boateng"]
    assert leaders("The BBC's Director of Communications Jo Smith said viewing was up.") == {}
    assert leaders("Acme's Communications Officer Jo Smith said sales were up.") == {}


def test_our_title_in_a_quotation_is_the_speakers_country() -> None:
    body = (
        "Japan's foreign minister Yoko Kamikawa met Park Jin in Seoul, and China's Wang Yi sent a message. "
        "Opposition leader Lee Jae-myung was scathing. “Nothing has changed,” Lee said. “Our foreign minister "
        "smiles for the cameras.”"
    )
    assert "Our foreign minister" in leaders(body)["Park Jin"]


def test_new_title_may_be_one_whose_term_the_gazetteer_has_since_ended() -> None:
    # articles are often older than the gazetteer: a leader sworn in then may have left office since
    body = "Simon Harris has been elected Taoiseach by the Dáil. “I will give this everything,” the new Taoiseach said."
    assert "the new Taoiseach" in leaders(body)["Simon Harris"]
