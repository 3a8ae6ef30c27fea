"""Round 4, people: general mechanisms for offices set off before a name, seats, committee chairs,
first names that are also ordinary words, parties written with a lower-case "party", company
spokespeople, names that open with a sentence word. Every sentence here is invented."""

from __future__ import annotations

from newsreader.analysis import analyze


def leaders(body: str, title: str | None = None) -> dict[str, list[str]]:
    return {leader.name: sorted({m.text for m in leader.mentions}) for leader in analyze(body, title=title).leaders}


def roles(body: str) -> dict[str, str | None]:
    return {leader.name: leader.role for leader in analyze(body).leaders}


# -- 1: a long office opening the sentence, set off by commas before the name -----------------------


def test_long_office_before_a_comma_appositive_name() -> None:
    body = (
        "Talks stalled on Friday.\n\nResponding, the Senior Adviser to the Governor on Media, Publicity and "
        "Strategy, Tunde Bakare, urged calm. “We are listening,” Mr Bakare said."
    )
    assert leaders(body) == {"Tunde Bakare": ["Mr Bakare", "Tunde Bakare"]}
    assert roles(body)["Tunde Bakare"] == "Senior Adviser to the Governor on Media, Publicity and Strategy"
    body = "In a statement on Sunday, the chief adviser to the Prime Minister, Ola Nwosu, denied the report."
    assert list(leaders(body)) == ["Ola Nwosu"]


def test_government_office_head_before_the_name() -> None:
    body = "The presidential press office head, Bayu Setiawan, said the talks were over."
    assert list(leaders(body)) == ["Bayu Setiawan"]


def test_private_or_unplaced_offices_before_the_name_stay_out() -> None:
    assert leaders("The leader of the expedition, Jo Smith, said it was cold.") == {}
    assert leaders("The regional office head, Jo Smith, said sales were up.") == {}
    assert leaders("The president of the company, Jo Smith, said sales were up.") == {}


# -- 2: a seat, a committee -------------------------------------------------------------------------


def test_senator_representing_a_territory() -> None:
    body = "Ngozi Obi, the senator representing Lagos Central, said the plan had failed."
    assert roles(body) == {"Ngozi Obi": "senator representing Lagos Central"}


def test_who_chairs_a_legislative_committee() -> None:
    body = "Rahim Hakim, who chairs parliament's budget committee, said the money was there."
    assert roles(body) == {"Rahim Hakim": "chair of parliament's budget committee"}
    body = "Anna Berg, who chairs the Senate ethics subcommittee, declined to comment."
    assert list(leaders(body)) == ["Anna Berg"]


def test_who_chairs_a_private_committee_stays_out() -> None:
    assert leaders("Rahim Hakim, who chairs the bank's audit committee, said the money was there.") == {}
    assert leaders("Rahim Hakim, who chairs the residents' committee, said the road was unsafe.") == {}


# -- 3: first names that are also English words -----------------------------------------------------


def test_first_name_that_is_a_verb_or_adjective() -> None:
    body = "Said Rahman, who chairs the assembly's finance committee, said the money was there. Rahman left."
    assert leaders(body) == {"Said Rahman": ["Rahman", "Said Rahman"]}
    body = "Finance Minister Christian Weber said the budget was fair. Weber later left."
    assert leaders(body) == {"Christian Weber": ["Christian Weber", "Weber"]}
    assert list(leaders("Christian Weber, the finance minister, said no.")) == ["Christian Weber"]
    assert list(leaders("Transport Minister Frank Müller said the trains would run.")) == ["Frank Müller"]


def test_creed_and_party_words_after_christian_are_not_names() -> None:
    assert leaders("The Christian Democrats said no, and Christian Aid agreed.") == {}


# -- 4: a member's abbreviation after the party ------------------------------------------------------


def test_knesset_member_after_the_party_name() -> None:
    body = "Likud MK Moshe Levi said the bill was unfair."
    assert roles(body) == {"Moshe Levi": "Likud MK"}


# -- 5: a party with a lower-case "party" is a body ---------------------------------------------------


def test_party_named_before_lower_case_party_is_not_a_person() -> None:
    body = "Kim Min-su, the leader of Park’s New Future party (NFP), called it wrong."
    assert list(leaders(body)) == ["Kim Min-su"]
    assert leaders("Voters deserted the Green Dawn party in the capital.") == {}


# -- 6: a spokesperson for a company holds no office ---------------------------------------------------


def test_company_spokesperson_is_not_a_leader() -> None:
    assert leaders("Martha Quinn, a spokeswoman for Tesco, said prices would rise.") == {}
    assert leaders("Jo Smith, a spokesperson for Brightwell Foods, said prices would rise.") == {}


def test_government_party_and_personal_spokespeople_still_are() -> None:
    for body in (
        "Martha Quinn, a spokeswoman for the Home Office, said the rules were clear.",
        "Jo Smith, a spokesman for the Greens, said no.",
        "Jo Smith, a spokeswoman for Rishi Sunak, said no.",
        "Jo Smith, the Coalition's spokesperson for Indigenous Australians, said no.",
    ):
        assert "Jo Smith" in leaders(body) or "Martha Quinn" in leaders(body), body


# -- 7: a known name that opens with a sentence word -----------------------------------------------------


def test_known_name_starting_or_ending_with_a_stop_word() -> None:
    body = "Vice Premier He Lifeng met the delegation. He said little."
    assert "He Lifeng" in leaders(body)
    assert leaders("Theresa May said the deal was done.") == {"Theresa May": ["Theresa May"]}


# -- 8: role forms -------------------------------------------------------------------------------------


def test_possessive_title_is_a_form_without_the_possessive() -> None:
    body = (
        "Chancellor Anna Vogel fired Finance Minister Karl Brandt on Monday. Vogel accused her former finance "
        "minister of disloyalty, and said her finance minister had failed."
    )
    assert leaders(body)["Karl Brandt"] == ["Karl Brandt", "finance minister", "former finance minister"]


def test_president_of_the_republic_is_the_country_s_president() -> None:
    body = "President Emmanuel Macron met the unions. “The president of the Republic is to blame,” said Jean Moreau."
    assert leaders(body)["Emmanuel Macron"] == ["Emmanuel Macron", "The president of the Republic"]


def test_surname_with_a_lower_case_particle() -> None:
    body = (
        "The parliament backed Ursula von der Leyen's team. After the vote, von der Leyen thanked MEPs. "
        "Von der Leyen smiled."
    )
    assert leaders(body)["Ursula von der Leyen"] == ["Ursula von der Leyen", "Von der Leyen", "von der Leyen"]


def test_headline_state_premier_is_a_form() -> None:
    a = analyze("Ontario Premier Doug Ford is reversing course.", title="Ontario premier says land will be returned")
    assert [m.text for m in a.leaders[0].header_mentions] == ["Ontario premier"]
    a = analyze("Ontario Premier Doug Ford is reversing course.", title="Quebec premier says no")
    assert a.leaders[0].header_mentions == ()


def test_the_former_office_is_one_the_gazetteer_knows_was_held() -> None:
    body = (
        "Chief Minister Siddaramaiah took the oath. JD(S) leader H D Kumaraswamy said he would oppose. "
        "The former chief minister added that he would watch."
    )
    found = leaders(body)
    assert found["H D Kumaraswamy"] == ["H D Kumaraswamy", "The former chief minister"]
    assert found["Siddaramaiah"] == ["Siddaramaiah"]  # he holds it again: not "the former" one


def test_his_former_minister_is_not_the_possessor_who_once_held_it() -> None:
    # the gazetteer knows Olaf Scholz as a former finance minister; "his" former one is someone else
    body = (
        "Chancellor Olaf Scholz dismissed Finance Minister Karl Brandt. Scholz accused his former finance minister "
        "of disloyalty."
    )
    found = leaders(body)
    assert found["Karl Brandt"] == ["Karl Brandt", "former finance minister"]
    assert found["Olaf Scholz"] == ["Olaf Scholz", "Scholz"]


# -- 9: which known person a short form names ----------------------------------------------------------


def test_lone_surname_is_the_relative_named_here_not_the_gazetteer_holder() -> None:
    found = leaders("Senator Imee Marcos said no. Marcos added that the plan had failed.")
    assert found == {"Imee Marcos": ["Imee Marcos", "Marcos"]}
    # with the head of state named too, the lone surname is still his
    body = "President Ferdinand Marcos Jr spoke. His sister Imee Marcos, a senator, left. Marcos said no."
    assert leaders(body)["Ferdinand Marcos Jr"] == ["Ferdinand Marcos Jr", "Marcos"]


def test_title_picks_the_known_holder_of_a_shared_surname() -> None:
    assert list(leaders("Prime Minister Lee said the plan was fine.")) == ["Lee Hsien Loong"]
    assert list(leaders("Defence Minister Lee said no.")) == ["Lee Jong-sup"]
    assert list(leaders("Former Defence Minister Lee said no.")) == ["Lee Jong-sup"]


def test_a_province_s_premier_is_labelled_premier() -> None:
    assert roles("Doug Ford said the plan was fine.") == {"Doug Ford": "Ontario premier"}
    assert roles("Anthony Albanese said the plan was fine.") == {"Anthony Albanese": "Australian prime minister"}


# -- 10: legislators and advisers described after the name ---------------------------------------------


def test_us_partisan_tag_marks_a_legislator() -> None:
    assert roles("Maria Delgado (D-Calif.) said the bill was a disaster.") == {"Maria Delgado": "D-Calif."}
    assert roles("Tom Reyes, R-Ohio, said the bill was a disaster.") == {"Tom Reyes": "R-Ohio"}
    # a voter described by party and state is not one
    assert leaders("Mary Jones, a Republican from Ohio, said she voted early.") == {}


def test_member_of_a_legislature() -> None:
    assert roles("Anna Petrova, a member of the State Duma, said no.") == {"Anna Petrova": "member of the State Duma"}
    body = "Peter Dunn, who was first elected to the House of Commons in 1997, said no."
    assert roles(body) == {"Peter Dunn": "member of the House of Commons"}
    assert leaders("Peter Dunn, a member of the Royal Society, said no.") == {}
    assert leaders("Peter Dunn, who was elected to the board in 2019, said no.") == {}


def test_adviser_to_the_president_and_a_deputy_of_the_ruling_party() -> None:
    assert list(leaders("Peter Dunn, an adviser to the president, said no.")) == ["Peter Dunn"]
    assert list(leaders("Peter Dunn, a deputy from the ruling party, said no.")) == ["Peter Dunn"]
    assert list(leaders("Peter Dunn, the governing party's chief whip, said no.")) == ["Peter Dunn"]
    assert leaders("Peter Dunn, an adviser to the president of the company, said no.") == {}


def test_a_name_right_after_a_party_word_is_the_party() -> None:
    body = "Anna Rossi, the secretary of the small liberal party Better Tomorrow, called it a scheme."
    assert list(leaders(body)) == ["Anna Rossi"]


def test_capitalised_office_after_the_name_and_government_advisers() -> None:
    assert roles("Jane Hill, the Minister for Housing, said no.") == {"Jane Hill": "Minister for Housing"}
    body = "Jane Hill, the government's chief scientific adviser, said no."
    assert roles(body) == {"Jane Hill": "government's chief scientific adviser"}


def test_chair_of_a_company_is_not_a_leader() -> None:
    assert leaders("Jane Hill, chairwoman of Barclays, said profits rose.") == {}
    for body in (
        "Jane Hill, chairman of the Senate Foreign Relations Committee, said no.",
        "Jane Hill, chairwoman of the Conservative Party, said no.",
    ):
        assert list(leaders(body)) == ["Jane Hill"], body


def test_more_titles_and_heads_of_government_offices() -> None:
    for title in ("Alderman", "Councilmember", "Assemblymember", "Minister-President"):
        assert roles(f"{title} Jane Hill said no.") == {"Jane Hill": title}
    for body, role in (
        ("Jane Hill, who heads the foreign affairs committee, said no.", "chair of the foreign affairs committee"),
        ("Jane Hill, head of the presidential administration, said no.", "head of the presidential administration"),
        (
            "Jane Hill, the head of the opposition bloc in parliament, said no.",
            "head of the opposition bloc in parliament",
        ),
        ("Jane Hill, the ruling party's secretary general, said no.", "ruling party's secretary general"),
        ("Jane Hill, the minister responsible for housing, said no.", "minister responsible for housing"),
    ):
        assert roles(body) == {"Jane Hill": role}
    assert leaders("Jane Hill, head of the marketing office, said sales rose.") == {}


def test_office_stated_in_a_later_sentence() -> None:
    body = "Jane Hill said the plan would fail. Hill is the country's finance minister."
    assert roles(body) == {"Jane Hill": "finance minister"}
    body = "Jane Hill said no. Hill was health minister until 2019."
    assert roles(body) == {"Jane Hill": "former health minister"}
    assert leaders("Jane Hill said no. Hill is the leader in the polls.") == {}
    assert leaders("Jane Hill said no. Hill is the president of the company.") == {}


def test_aides_and_members_of_a_ruling_party() -> None:
    assert roles("Kremlin aide Jane Hill said no.") == {"Jane Hill": "Kremlin aide"}
    assert leaders("Jane Hill, a teaching aide at the school, said no.") == {}
    assert list(leaders("Jane Hill of the ruling ANC said no.")) == ["Jane Hill"]
    assert leaders("Jane Hill of the Royal Society said no.") == {}


def test_company_presidents_and_chairs_are_not_leaders() -> None:
    assert leaders("Acme President Jo Smith said profits rose.") == {}
    assert leaders("Tesla chairman Jo Smith said sales would recover.") == {}
    assert leaders("Jo Smith, the speaker at the conference, said no.") == {}
    assert leaders("Jo Smith, chief of staff to the CEO, said no.") == {}


def test_party_and_state_presidents_and_chairs_still_are() -> None:
    for body in (
        "US President Jo Smith said no.",
        "Senate President Jo Smith said no.",
        "ANC President Jo Smith said no.",
        "Likud chairman Jo Smith said no. The Likud party won.",
        "Labour chair Jo Smith said no.",
    ):
        assert list(leaders(body)) == ["Jo Smith"], body
