"""Round 5 speaker and quotation rules: a name after an office and its seat or portfolio ("Secretary of
State X", "leader in the Assembly X") is the subject; bodies named again by their kind ("the board",
"the airline", "the company"); and more. Every sentence here is invented."""

from __future__ import annotations

from newsreader.analysis import analyze


def speakers(body: str) -> list[str | None]:
    return [q.speaker for q in analyze(body).quotes]


def quote_texts(body: str) -> list[str]:
    return [q.text for q in analyze(body).quotes]


# -- a name after an office and its portfolio is the subject ----------------------------------


def test_secretary_of_state_name_is_the_subject_not_an_object() -> None:
    body = (
        "Secretary of State Antony Blinken welcomed President Emmanuel Macron on Monday and said his "
        'government wanted to work with France "to build a lasting partnership."'
    )
    assert speakers(body) == ["Antony Blinken"]


def test_leader_in_the_chamber_name_is_the_subject() -> None:
    body = (
        "Finance Minister Olaf Quist opened the debate. He called it overdue.\n\n"
        "Replying for the opposition, deputy leader in the Grand Assembly Mirela Tanase said the bill "
        "was rushed.\n\n"
        '"This house deserves better than a budget written overnight," she said.'
    )
    assert speakers(body) == ["Mirela Tanase"]


def test_leader_of_opposition_name_is_the_subject() -> None:
    body = 'Leader of the Opposition Tomas Berglund later wrote that the reform was "a gift to the banks".'
    assert speakers(body) == ["Tomas Berglund"]


def test_object_of_a_plain_preposition_still_does_not_speak() -> None:
    body = 'A close friend of Tomas Berglund said the reform was "a gift to the banks".'
    assert speakers(body) == [None]


# -- bodies named again by their kind ---------------------------------------------------------


def test_board_points_back_to_the_named_board() -> None:
    body = (
        "The Northern Rivers Water Board (NRWB) said it would review the tariff. In a statement on "
        'Friday, the board said the increase was "unavoidable after two dry years".'
    )
    assert speakers(body) == ["Northern Rivers Water Board"]


def test_authority_points_back_to_a_commission() -> None:
    body = (
        "The Coastal Fisheries Commission closed the bay to trawlers on Monday. "
        'The authority said the stocks were "close to collapse".'
    )
    assert speakers(body) == ["Coastal Fisheries Commission"]


def test_company_points_back_to_a_one_word_name_that_speaks_of_itself_as_it() -> None:
    body = (
        "Lawmakers voted to fine the app's owner. Zintra said it would appeal. In a statement, the "
        'company said it would "defend our users in every court".'
    )
    assert speakers(body) == ["Zintra"]


def test_airline_points_back_to_the_named_company() -> None:
    body = (
        "Skylark Airways said on Monday it had cancelled 40 flights. "
        'Later, the airline said the disruption was "regrettable but necessary".'
    )
    assert speakers(body) == ["Skylark Airways"]


def test_company_does_not_point_back_to_a_ministry() -> None:
    body = 'The Ministry of Transport issued new rules on Monday. The company said the rules were "unworkable".'
    assert speakers(body) == [None]


# -- naming verbs and labels -------------------------------------------------------------------


def test_known_locally_as_is_a_label() -> None:
    body = (
        "Analyst Mara Quell said farmers had been hit by unlicensed sand dredging, known locally as "
        '"kuchimba", and by the drought.'
    )
    assert quote_texts(body) == []


def test_referred_to_as_and_what_residents_call_are_labels() -> None:
    body = (
        'The district, often referred to as "the Triangle", has no bus service. Rents in what residents '
        'call "the Hollow" have doubled.'
    )
    assert quote_texts(body) == []


def test_in_what_she_called_a_phrase_is_her_quotation() -> None:
    body = (
        "Prime Minister Anna Vos said on Tuesday that her cabinet would not join what she called "
        '"a reckless gamble with people\'s savings".'
    )
    assert quote_texts(body) == ["a reckless gamble with people's savings"]
    assert speakers(body) == ["Anna Vos"]


def test_what_he_calls_a_bare_term_stays_a_label() -> None:
    body = 'President Emmanuel Macron attacked what he calls "la rente" in a speech in Lyon on Monday.'
    assert quote_texts(body) == []


def test_subject_of_called_speaks_the_quotation_in_a_subordinate_clause() -> None:
    body = (
        "The apology came a day after Emmanuel Macron called Olaf Scholz a "
        '"partner without a compass" and cancelled their dinner.'
    )
    assert speakers(body) == ["Emmanuel Macron"]


def test_subject_of_branded_speaks() -> None:
    body = 'Keir Starmer branded the budget "a smash and grab on working families" on Thursday.'
    assert speakers(body) == ["Keir Starmer"]


# -- pronouns -----------------------------------------------------------------------------------


def test_pronoun_inside_her_own_quotation_does_not_make_her_a_man() -> None:
    body = (
        "Opposition leader Holly Brandt said the coalition was tired.\n\n"
        "Dr Siobhán Quigg, a lecturer in politics at Lakeland University, said the autumn would decide it.\n\n"
        '"He has one winter to turn it round," she said. "After that the party will look elsewhere."'
    )
    assert speakers(body) == ["Siobhán Quigg", "Siobhán Quigg"]


def test_one_of_a_group_named_with_his_town_speaks() -> None:
    body = (
        "Prime Minister Anna Vos left by a side door.\n\n"
        "Outside, a handful of farmers waved placards. One, Padraig Lennon from Ballymore, said he had "
        "lost half his herd.\n\n"
        '"Nobody in that building has ever milked a cow," he said.'
    )
    assert speakers(body) == ["Padraig Lennon"]


# -- a private person introduced with "named" ------------------------------------------------


def test_person_introduced_with_named_speaks_through_pronouns_and_surname() -> None:
    body = (
        "Prime Minister Anna Vos conceded defeat on Sunday night.\n\n"
        "In the main square, a flower seller named Mateo Quispe was packing up his stall. He had voted "
        "no, he said.\n\n"
        '"Nobody asked us what we wanted," he said.\n\n'
        "Minister Karl Oster blamed the weather. Later, Quispe was sweeping the square.\n\n"
        '"Tomorrow we work," he said.'
    )
    assert speakers(body) == ["Mateo Quispe", "Mateo Quispe"]


def test_a_tanker_named_after_a_person_is_no_speaker() -> None:
    body = (
        "Prime Minister Anna Vos visited the port. A tanker named Maria Luisa ran aground on Monday.\n\n"
        '"We will review every licence," she said.'
    )
    assert speakers(body) == ["Anna Vos"]


# -- "with X saying" ---------------------------------------------------------------------------


def test_with_clause_speaker_not_the_sentence_subject() -> None:
    body = (
        "Prime Minister Anna Vos faced hostile questions on Tuesday, with Karl Oster saying the plan "
        'had "no chance of surviving the winter".'
    )
    assert speakers(body) == ["Karl Oster"]


def test_with_clause_naming_no_one_leaves_the_quotation_unattributed() -> None:
    body = (
        "Prime Minister Anna Vos faced hostile questions on Tuesday, with several backbenchers warning "
        'that the plan was "dead on arrival".'
    )
    assert speakers(body) == [None]


def test_office_several_title_words_back_still_holds_the_name() -> None:
    body = (
        "Prime Minister Anna Vos arrived late.\n\n"
        "Later, President of the European Central Bank Christine Lagarde said the risk was "
        '"real and growing".'
    )
    assert speakers(body) == ["Christine Lagarde"]


def test_a_persons_wife_of_the_president_does_not_speak_for_him() -> None:
    body = 'The wife of President Joe Biden said the trip was "a joy".'
    assert speakers(body) == [None]


def test_watchdog_points_back_to_an_authority_named_in_capitals() -> None:
    body = (
        "The Lakeland Competition Authority blocked the merger on Monday. "
        'The watchdog said the deal would "hurt every shopper in the region".'
    )
    assert speakers(body) == ["Lakeland Competition Authority"]


def test_named_person_with_a_who_clause_is_introduced() -> None:
    body = (
        "Prime Minister Karl Oster visited the town on Friday.\n\n"
        "Among them was a retired teacher named Ewa Nowak, who had queued since dawn. She said the line "
        "was long.\n\n"
        '"I will wait as long as it takes," she said.'
    )
    assert speakers(body) == ["Ewa Nowak"]


def test_sentence_initial_what_he_called_is_a_quotation() -> None:
    body = (
        "Prime Minister Karl Oster defended the budget. What he called "
        '"a modest adjustment to the pension age" will save 4 billion a year.'
    )
    assert quote_texts(body) == ["a modest adjustment to the pension age"]


# -- more sources ------------------------------------------------------------------------------


def test_pronoun_reaches_a_full_name_in_the_paragraph_before() -> None:
    body = 'Anna Vos told the radio that the plan was "dead". Karl Oster disagreed.\n\n"It is alive and well," he said.'
    assert speakers(body) == ["Anna Vos", "Karl Oster"]


def test_a_union_spokesperson_speaks_for_the_union_named_before() -> None:
    body = (
        'The Lakeland Teachers Union said the offer was "an insult". A union spokesperson said members '
        'would vote next week on "all options".'
    )
    assert speakers(body) == ["Lakeland Teachers Union", "Lakeland Teachers Union"]


def test_a_company_spokesman_speaks_for_the_company() -> None:
    body = 'Zintra said it would appeal. A company spokesman said the ruling was "deeply disappointing".'
    assert speakers(body) == ["Zintra"]


def test_sentence_opening_according_to_names_the_source() -> None:
    body = 'According to Karl Oster, the health minister, the plan was "fully funded and ready to go".'
    assert speakers(body) == ["Karl Oster"]


def test_according_to_gives_way_to_the_speech_verb_of_the_sentence() -> None:
    body = 'According to the Lakeland Herald, Prime Minister Anna Vos said the plan was "fully funded and ready to go".'
    assert speakers(body) == ["Anna Vos"]


def test_passive_naming_with_an_agent_is_the_agents_quotation() -> None:
    body = 'The budget was called "a fraud" by opposition leader Karl Oster.'
    assert quote_texts(body) == ["a fraud"]
    assert speakers(body) == ["Karl Oster"]


def test_described_as_by_an_agent_is_the_agents() -> None:
    body = 'The deal was described as "a historic step" by Prime Minister Anna Vos on Tuesday.'
    assert speakers(body) == ["Anna Vos"]


def test_passive_naming_without_an_agent_stays_a_label() -> None:
    body = 'The group, which was called "the Circle", met in secret for a decade.'
    assert quote_texts(body) == []


def test_known_on_the_street_as_is_a_label() -> None:
    body = 'The synthetic drug, known on the street as "zombie dust", is sold for a few dollars a bag.'
    assert quote_texts(body) == []
