"""Round 4 speaker and quotation rules: bodies named again by a kind of body ("the union", "the force",
"the forum"), an office named by its owner, unnamed officials of a named body, documents that "read",
roles standing before an appositive name, topic phrases, transcript labels, labels in marks and
time-stamped headings. Every sentence here is invented."""

from __future__ import annotations

from newsreader.analysis import analyze


def speakers(body: str) -> list[str | None]:
    return [q.speaker for q in analyze(body).quotes]


def quote_texts(body: str) -> list[str]:
    return [q.text for q in analyze(body).quotes]


# -- bodies named again by a kind of body -----------------------------------------------------


def test_union_stands_for_a_named_association() -> None:
    body = (
        "Opponents, among them the Lakeshore Nurses Association (LNA), say the cuts go too far. "
        'The union said on Monday that the plan was "an insult to every ward sister."'
    )
    assert speakers(body) == ["Lakeshore Nurses Association"]


def test_union_does_not_take_a_body_of_another_kind() -> None:
    body = (
        "The Harbour Development Authority approved the plan. "
        'The union said on Monday that the plan was "an insult to every dock worker."'
    )
    assert speakers(body) == [None]


def test_force_stands_for_a_police_acronym() -> None:
    body = (
        "The OPP said last week it had opened a file. In a statement, the force said it would "
        '"not comment while the inquiry is under way."'
    )
    assert speakers(body) == ["OPP"]


def test_forum_named_again_by_its_head_noun() -> None:
    body = (
        "The Flooded Towns and Villages Forum, which speaks for most residents, welcomed the money.\n\n"
        '"We will keep pushing until every home is dry," the forum said.'
    )
    assert speakers(body) == ["Flooded Towns and Villages Forum"]


def test_office_named_by_its_owner_speaks_through_its_statement() -> None:
    body = (
        "The bill passed by nine votes, the Chief Minister's Office said in a statement.\n\n"
        '"The people have spoken," the statement read. "We will move quickly."'
    )
    assert speakers(body) == ["Chief Minister's Office", "Chief Minister's Office"]


def test_his_office_is_the_office_the_article_named() -> None:
    body = (
        "The address was broadcast from the governor's office in the old town hall.\n\n"
        'Mr Lund has not appeared since. His office said that he "sincerely apologises" for the delay.'
    )
    assert speakers(body) == ["governor's office"]


def test_his_office_does_not_take_an_office_named_later() -> None:
    body = (
        'Mr Lund has not appeared since. His office said that he "sincerely apologises" for the delay.\n\n'
        "Staff at the regional office were sent home."
    )
    assert speakers(body) != ["regional office"]


def test_unnamed_official_of_a_named_body_speaks_for_it() -> None:
    body = (
        "A Fatah official, speaking on condition of anonymity, told reporters the movement was "
        '"ready to talk as long as the shelling stops."'
    )
    assert speakers(body) == ["Fatah"]


def test_unnamed_official_of_a_country_stays_unknown() -> None:
    body = (
        "An Egyptian official, speaking on condition of anonymity, told reporters the talks were "
        '"close to collapse after a long night."'
    )
    assert speakers(body) == [None]


def test_company_acronym_with_its_legal_form() -> None:
    body = (
        "The Eastern Grid Power Company Limited (EGPC Ltd) said on Friday there was "
        '"no reason" to expect more blackouts this winter.'
    )
    assert speakers(body) == ["Eastern Grid Power Company Limited"]


def test_company_acronym_used_alone_later() -> None:
    body = (
        "The Eastern Grid Power Company Limited (EGPC Ltd) raised tariffs on Friday.\n\n"
        'Later the EGPC said there was "no reason" to expect more blackouts.'
    )
    assert speakers(body) == ["Eastern Grid Power Company Limited"]


# -- a Title-case role set off before the name ------------------------------------------------


def test_title_case_role_before_an_appositive_name_is_not_the_speaker() -> None:
    body = (
        "Addressing a rally in Kumasi on Monday, the TUC Chairman, Kwame Boateng, called the offer "
        '"an insult to every worker."'
    )
    assert speakers(body) == ["Kwame Boateng"]


def test_two_people_in_a_list_are_both_kept() -> None:
    body = 'Present were Anna Berg, Tom Birch, and others. Anna Berg said the deal was "the best we could get."'
    assert speakers(body) == ["Anna Berg"]


# -- a description that fits any politician points back to the one just named -----------------


def test_party_lawmaker_is_the_senator_just_named() -> None:
    body = (
        "But Senator Ada Okoro questioned how the grants would be shared. The Green Party lawmaker "
        'said earlier grants had been "swallowed by middlemen" and never arrived.'
    )
    assert speakers(body) == ["Ada Okoro"]


def test_politician_after_the_quote_is_the_minister_just_named() -> None:
    body = (
        "Finance Minister Rosa Lind said the treasury would find the money. "
        '"If the scheme works, nobody will stand in its way," the veteran politician said.'
    )
    assert speakers(body) == ["Rosa Lind"]


def test_description_does_not_reach_into_an_earlier_paragraph() -> None:
    body = (
        "Finance Minister Rosa Lind said the treasury would find the money.\n\n"
        'Outside, the mood was grim. The veteran lawmaker said it was "too little, too late".'
    )
    assert speakers(body) == [None]


# -- labels in marks and short quotations ------------------------------------------------------


def test_known_as_the_label_before_its_noun() -> None:
    body = (
        'The two-party cabinet, known as the "rainbow" pact after the parties\' colours, fell apart on Monday. '
        'Mayor Tom Birch said the collapse was "a sad day for the city."'
    )
    assert quote_texts(body) == ["a sad day for the city."]


def test_adjective_and_determiner_make_a_label() -> None:
    body = (
        'The Liberals wanted to loosen the federal "spending cap" once more; Finance Minister Anna Berg '
        'said the rule was "not negotiable."'
    )
    assert quote_texts(body) == ["not negotiable."]


def test_a_phrase_without_an_adjective_before_it_stays_a_quotation() -> None:
    body = 'Minister Anna Berg announced the move in the "spirit of partnership" with the unions.'
    assert quote_texts(body) == ["spirit of partnership"]


def test_calling_the_situation_keeps_the_quotation() -> None:
    body = 'The agency said rebels had seized the depot, calling the situation "deeply alarming".'
    assert quote_texts(body) == ["deeply alarming"]


def test_declared_words_are_a_quotation() -> None:
    body = 'Mr Okafor had declared "the queues are over" in his first speech, a remark that backfired.'
    assert quote_texts(body) == ["the queues are over"]


def test_declared_with_an_object_names_a_thing() -> None:
    body = 'The council declared the square a "heritage zone" on Friday.'
    assert quote_texts(body) == []


# -- interviews labelled with the speaker's surname --------------------------------------------

_INTERVIEW = (
    "Mayor Karin Lund spoke to the Courier before the budget vote.\n\n"
    "Courier: Why did you back the tram plan?\n\n"
    "Lund: Because the buses are full every morning. We could not wait another decade.\n\n"
    "And the money is there now, which it was not last year.\n\n"
    "Courier: What about the critics?\n\n"
    "Lund: They had eight years to fix it and did nothing.\n\n"
    "The interview ended there. Lund left for the council chamber."
)


def test_surname_labels_are_quotations_of_that_person() -> None:
    got = [(q.text, q.speaker) for q in analyze(_INTERVIEW).quotes if q.speaker == "Karin Lund"]
    assert [t.split()[0] for t, _ in got] == ["Because", "They"]


def test_an_answer_runs_on_until_the_next_label() -> None:
    first = next(q for q in analyze(_INTERVIEW).quotes if q.text.startswith("Because"))
    assert first.text.endswith("which it was not last year.")


def test_narrative_after_the_last_answer_is_not_quoted() -> None:
    last = next(q for q in analyze(_INTERVIEW).quotes if q.text.startswith("They"))
    assert last.text == "They had eight years to fix it and did nothing."


def test_one_labelled_line_is_no_interview() -> None:
    body = "Mayor Karin Lund spoke on Monday.\n\nLund: Because the buses are full every morning and always late."
    assert quote_texts(body) == []


def test_furniture_labels_are_not_speakers() -> None:
    body = (
        "Note: Figures are provisional and may change.\n\nNote: Prices include tax and delivery charges.\n\n"
        "John Note wrote the report."
    )
    assert quote_texts(body) == []


# -- a live blog's time-stamped headings --------------------------------------------------------


def test_key_event_lines_and_stamped_headings_are_furniture() -> None:
    body = (
        "Key events\n"
        "7.41pm Okafor: ‘We will rebuild the party’\n\n"
        "7.41pm\n\n"
        "Okafor: ‘We will rebuild the party’\n\n"
        "Party leader Chidi Okafor conceded just after 7pm. “We will rebuild the party from the ground up,” "
        "Mr Okafor told supporters."
    )
    assert quote_texts(body) == ["We will rebuild the party from the ground up,"]


def test_a_stamped_post_with_a_full_sentence_keeps_its_quotation() -> None:
    body = "7.41pm\nChidi Okafor told supporters he was “proud of every volunteer”.\n"
    assert quote_texts(body) == ["proud of every volunteer"]


def test_a_number_opening_a_line_is_no_time_stamp() -> None:
    body = "3.50 euros was the price, and Mayor Ana Diaz called it “a disgrace to the city”\n"
    assert quote_texts(body) == ["a disgrace to the city"]


# -- a topic phrase makes its person salient ---------------------------------------------------


def test_for_x_makes_x_the_pronoun_target() -> None:
    body = (
        "Lena Vogt, a 31-year-old nurse, had queued since dawn.\n\n"
        "“The system failed all of us,” said Mira Holm, a lecturer at the city college.\n\n"
        "For Vogt, the answer was plainer. “We just need more staff,” she said."
    )
    assert speakers(body)[-1] == "Lena Vogt"


def test_for_a_thing_changes_nothing() -> None:
    body = (
        "Lena Vogt, a 31-year-old nurse, had queued since dawn.\n\n"
        "“The system failed all of us,” said Mira Holm, a lecturer at the city college.\n\n"
        "For Europe, the answer was plainer. “We just need more staff,” she said."
    )
    assert speakers(body)[-1] == "Mira Holm"


# -- a seat after a title ---------------------------------------------------------------------


def test_name_after_a_seat_title_is_the_subject() -> None:
    body = (
        "Finance Minister Rosa Lind presented the budget on Tuesday.\n\n"
        "Independent MP for Harbourside Nina Kaur told the radio station the budget was "
        '"a cautious first step", but said more was needed on housing.'
    )
    assert speakers(body) == ["Nina Kaur"]


def test_name_after_an_ordinary_preposition_is_not_the_subject() -> None:
    body = 'An ally of Finance Minister Rosa Lind said the budget was "a cautious first step".'
    assert speakers(body) == [None]
