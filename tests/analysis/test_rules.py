"""One rule per test: quotation marks, speakers, leaders, and the traps between them."""

from __future__ import annotations

import json

import pytest

from newsreader.analysis import ANALYSER_VERSION, analyze, load_gazetteer


def quotes(body: str, title: str | None = None) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in analyze(body, title=title).quotes]


def leaders(body: str, title: str | None = None) -> dict[str, list[str]]:
    return {leader.name: sorted({m.text for m in leader.mentions}) for leader in analyze(body, title=title).leaders}


# -- quotation marks ---------------------------------------------------------------------------


def test_curly_straight_and_single_marks() -> None:
    body = (
        "Mr Biden said: “We will stand firm.”\n\n"
        'Mr Biden added: "Nobody wants a war."\n\n'
        "Mr Biden later said: ‘There is still time for talks.’\n\n"
        "Mr Biden also said: 'The door remains open to Moscow.'"
    )
    assert [t for t, _ in quotes(body)] == [
        "We will stand firm.",
        "Nobody wants a war.",
        "There is still time for talks.",
        "The door remains open to Moscow.",
    ]


def test_apostrophes_are_not_quotation_marks() -> None:
    body = (
        "Biden's plan and Kyiv’s hopes don't rest on the Ukrainians’ future alone, and the '90s "
        "rock 'n' roll crowd won’t mind.\n\nPutin’s spokesman was silent."
    )
    assert quotes(body) == []


def test_possessive_plural_inside_an_open_single_quotation() -> None:
    body = "Mr Sunak said: ‘We will back the Ukrainians’ fight for as long as it takes.’"
    assert quotes(body) == [("We will back the Ukrainians’ fight for as long as it takes.", "Rishi Sunak")]


def test_nested_quotation_is_part_of_the_outer_one() -> None:
    body = "Mr Starmer said: “People keep telling me ‘get on with it’ and that is what we will do.”"
    result = analyze(body)
    assert [q.text for q in result.quotes] == ["People keep telling me ‘get on with it’ and that is what we will do."]


def test_bracketed_insertion_is_kept() -> None:
    body = "Mr Biden said: “He [Mr Putin] has miscalculated across the board.”"
    assert quotes(body)[0][0] == "He [Mr Putin] has miscalculated across the board."


def test_multi_paragraph_quotation_is_one_span() -> None:
    body = (
        "Mr Macron said: “My conviction is that we must talk.\n\n"
        "“Because if we believe in sovereignty, we cannot demand regime change.”\n\n"
        "He left for Moscow."
    )
    result = analyze(body)
    assert len(result.quotes) == 1
    q = result.quotes[0]
    assert q.text.startswith("My conviction") and q.text.endswith("regime change.")
    assert body[q.start : q.end] == q.text
    assert q.speaker == "Emmanuel Macron"


def test_open_quote_not_continued_ends_with_its_paragraph() -> None:
    body = 'Ms Truss said: "We will deliver growth for the whole country\n\nThe pound fell sharply.'
    assert [t for t, _ in quotes(body)] == ["We will deliver growth for the whole country"]


def test_partial_quotation_inside_a_sentence() -> None:
    body = "Joe Biden met reporters. The US President then said he would “choose his words carefully”."
    assert quotes(body) == [("choose his words carefully", "Joe Biden")]


def test_colon_speech_without_marks() -> None:
    body = (
        '"I am willing to talk to Putin," Biden added.\n\n'
        "He continued: I would be pleased to sit down with Putin and see what he thinks."
    )
    assert quotes(body)[1] == ("I would be pleased to sit down with Putin and see what he thinks.", "Joe Biden")


def test_labels_and_titles_in_marks_are_not_quotations() -> None:
    body = (
        'The “Kremlin” said little. Peskov was quoted by the "Bloomberg" news agency. '
        "Her documentary, 'The A Word', aired on the so-called “special military operation”."
    )
    assert quotes(body) == []


def test_single_word_scare_quote_without_speech_is_dropped() -> None:
    assert quotes("Shoppers flocked to the “new” store on Oxford Street.") == []


# -- speakers ----------------------------------------------------------------------------------


def test_cue_after_the_quotation() -> None:
    body = (
        "Rishi Sunak, the prime minister, visited Kyiv.\n\n"
        "“We stand with Ukraine,” said Mr Sunak.\n\n"
        "“The war must end,” Sunak said on Tuesday."
    )
    assert quotes(body) == [("We stand with Ukraine,", "Rishi Sunak"), ("The war must end,", "Rishi Sunak")]


def test_he_said_after_a_paragraph_naming_someone_else() -> None:
    body = (
        "Mr Macron, who met Vladimir Putin in Moscow, said talks were useful.\n\n"
        "Mr Putin’s forces remain on the border.\n\n"
        "He said: “We will keep talking.”"
    )
    # the possessive "Mr Putin's" is not a subject: "He" is still Mr Macron
    assert quotes(body) == [("We will keep talking.", "Emmanuel Macron")]


def test_pronoun_resolves_to_subject_not_nearest_name() -> None:
    body = (
        "Kremlin spokesman Dmitry Peskov said the talks with Joe Biden's team had stalled.\n\n"
        "He added: “Of course, diplomacy remains the best way.”"
    )
    assert quotes(body) == [("Of course, diplomacy remains the best way.", "Dmitry Peskov")]


def test_floating_quote_paragraph_continues_the_previous_speaker() -> None:
    body = "“We must protect our European brothers,” Mr Macron said.\n\n“This must be done while respecting Russia.”"
    assert [s for _, s in quotes(body)] == ["Emmanuel Macron", "Emmanuel Macron"]


def test_organisations_speak() -> None:
    body = (
        "“The leaders discussed deterrence,” the White House said.\n\n"
        "“We are monitoring the situation closely,” a spokesman for the Foreign Office said.\n\n"
        "Talks covered “joint efforts to strengthen Nato’s eastern flank”, according to the state department.\n\n"
        "“Nobody is planning an invasion,” a Kremlin spokesman told reporters."
    )
    assert [s for _, s in quotes(body)] == ["White House", "Foreign Office", "state department", "Kremlin"]


def test_according_to_a_person() -> None:
    body = "Sanctions will “bite hard”, according to Antony Blinken, the US secretary of state."
    assert quotes(body) == [("bite hard", "Antony Blinken")]


def test_quoted_by_as_saying() -> None:
    body = '"Moscow remains open to talks," Peskov was quoted by the "Interfax" agency as saying.'
    assert quotes(body) == [("Moscow remains open to talks,", "Dmitry Peskov")]


def test_told_reporters() -> None:
    body = "“We are in the window,” White House national security adviser Jake Sullivan told reporters."
    assert quotes(body) == [("We are in the window,", "Jake Sullivan")]
    assert "Jake Sullivan" in leaders(body)


def test_anonymous_official_stays_unknown() -> None:
    body = (
        "Emmanuel Macron flew to Moscow.\n\n"
        "One senior official in Paris, asked whether Macron was too soft, said: “He is not naive.”"
    )
    assert quotes(body) == [("He is not naive.", None)]


def test_unknown_speaker_is_not_guessed() -> None:
    assert quotes("“This is a disaster for the high street.”") == [("This is a disaster for the high street.", None)]


def test_title_names_the_speaker() -> None:
    body = "He said: “I will sit down with Putin if he pulls out of Ukraine.”"
    assert quotes(body, title="Joe Biden: I'll talk to Putin") == [
        ("I will sit down with Putin if he pulls out of Ukraine.", "Joe Biden")
    ]


def test_non_leader_speaker_keeps_full_name() -> None:
    body = "“Prices will keep rising,” said Jane Foster, an economist at Capital Economics."
    assert quotes(body) == [("Prices will keep rising,", "Jane Foster")]
    assert leaders(body) == {}


# -- leaders -----------------------------------------------------------------------------------


def test_forms_fold_into_one_leader() -> None:
    body = (
        "US President Joe Biden spoke on Monday. Mr Biden said little.\n\n"
        "Biden’s aides were busy. The US President later left."
    )
    assert leaders(body) == {"Joe Biden": ["Biden", "Joe Biden", "Mr Biden", "The US President"]}


def test_role_cues_find_office_holders_not_in_the_gazetteer() -> None:
    body = (
        "UK defence secretary Ben Wallace announced troops. Kremlin spokesman Dmitry Peskov disagreed.\n\n"
        "Tory leader Michael Howardson spoke, as did Anna Berg, the foreign minister, and "
        "Germany’s chancellor, Olaf Scholz."
    )
    found = leaders(body)
    for name in ("Ben Wallace", "Dmitry Peskov", "Michael Howardson", "Anna Berg", "Olaf Scholz"):
        assert name in found


def test_us_congress_titles() -> None:
    body = (
        "Senate Majority Leader Chuck Schumer spoke after Sen. Maria Lopez and Rep. Tom Hale voted. "
        "Gov. Sarah Kline signed the bill."
    )
    found = leaders(body)
    assert {"Chuck Schumer", "Maria Lopez", "Tom Hale", "Sarah Kline"} <= set(found)


def test_mr_smith_the_shopkeeper_is_not_a_leader() -> None:
    body = "Mr Smith, who runs a shop on the high street, said: “Business is slow.”"
    assert leaders(body) == {}
    assert quotes(body) == [("Business is slow.", "Smith")]


def test_photo_credit_and_byline_are_not_leaders() -> None:
    body = (
        "Joe Biden and Emmanuel Macron at the White House - Getty Images North America\n\n"
        "Thomas Kingsley\n\nThe talks went on."
    )
    assert set(leaders(body)) == {"Joe Biden", "Emmanuel Macron"}


def test_misspelling_one_edit_from_a_known_surname() -> None:
    body = "German chancellor Olaf Scholz spoke. Critics asked whether Scholtz was serious."
    assert leaders(body) == {"Olaf Scholz": ["Olaf Scholz", "Scholtz"]}


def test_transliterations_are_one_person_named_as_the_article_spells_it() -> None:
    body = "Volodymyr Zelenskyy spoke. Later Zelenskiy and Mr Zelensky left."
    result = analyze(body)
    assert [(leader.id, leader.name) for leader in result.leaders] == [("volodymyr-zelensky", "Volodymyr Zelenskyy")]


def test_common_surname_alone_needs_the_full_name() -> None:
    # "Johnson" or "Brown" alone could be anyone
    assert leaders("Mr Brown said the shop would close. Johnson agreed.") == {}
    assert "Boris Johnson" in leaders("Boris Johnson resigned. Mr Johnson said he was proud.")


def test_role_phrase_standing_alone_is_a_form() -> None:
    body = "Emmanuel Macron arrived. The French president said he was hopeful, and the French leader smiled."
    assert leaders(body) == {"Emmanuel Macron": ["Emmanuel Macron", "The French president", "the French leader"]}


def test_leader_ids_are_stable_slugs() -> None:
    a = analyze("Joe Biden spoke.").leaders[0]
    b = analyze("President Joe Biden spoke again.").leaders[0]
    assert a.id == b.id == "joe-biden"


# -- gazetteer -----------------------------------------------------------------------------------


def test_user_gazetteer_extends_the_shipped_one(tmp_path) -> None:
    extra = tmp_path / "mine.json"
    extra.write_text(json.dumps({"people": [{"name": "Jane Quill", "short": ["Quill"], "roles": ["UK: mayor 2024-"]}]}))
    gaz = load_gazetteer(extra)
    assert len(gaz) == len(load_gazetteer()) + 1
    result = analyze("Quill said the buses would run.", gazetteer=gaz)
    assert [leader.name for leader in result.leaders] == ["Jane Quill"]


def test_user_gazetteer_toml(tmp_path) -> None:
    extra = tmp_path / "mine.toml"
    extra.write_text('people = [{ name = "Tom Vell", roles = ["UK: MP 2019-"] }]\n')
    result = analyze("Tom Vell spoke in the Commons.", gazetteer=load_gazetteer(extra))
    assert [leader.name for leader in result.leaders] == ["Tom Vell"]


def test_version_is_a_string() -> None:
    assert isinstance(ANALYSER_VERSION, str) and ANALYSER_VERSION


@pytest.mark.parametrize("text", ["", "\n\n", "“", "'", "Mr", "He said:"])
def test_degenerate_input(text: str) -> None:
    result = analyze(text)
    assert result.quotes == () or all(text[q.start : q.end] == q.text for q in result.quotes)


def test_the_prime_minister_links_to_the_one_the_article_makes_prime_minister() -> None:
    body = (
        "Boris Johnson apologised to MPs.\n\n"
        "The prime minister told the Commons: “I should have sent everyone back inside.”\n\n"
        "Labour leader Keir Starmer said: “The party is over.”"
    )
    assert quotes(body) == [
        ("I should have sent everyone back inside.", "Boris Johnson"),
        ("The party is over.", "Keir Starmer"),
    ]
    assert "The prime minister" in leaders(body)["Boris Johnson"]


def test_reported_clause_pronoun_is_not_the_subject() -> None:
    body = "Mr Sunak spoke first.\n\nThe Met Police said it was “in contact with the Cabinet Office”."
    assert quotes(body) == [("in contact with the Cabinet Office", "Met Police")]


def test_exclamation_inside_quote_keeps_the_cue_after_it() -> None:
    body = 'Volodymyr Zelenskyy thanked lawmakers.\n\n"Thank you, America!" Zelenskyy wrote on X.'
    assert quotes(body) == [("Thank you, America!", "Volodymyr Zelenskyy")]


def test_speaker_with_two_appositives() -> None:
    body = "John Smith, 54, who runs a cafe in Dover, said: “Nobody here believes any of it.”"
    assert quotes(body) == [("Nobody here believes any of it.", "John Smith")]
    assert leaders(body) == {}


def test_private_roles_are_not_offices() -> None:
    body = "“Rates will rise,” said financial adviser Tom Reed. Prince Harry, the Duke of Sussex, waved."
    assert leaders(body) == {}


def test_colon_speech_in_the_middle_of_a_paragraph() -> None:
    body = "Pat Cullen said ministers were “not listening”. She added: Nurses will not be bullied into silence."
    assert quotes(body)[1] == ("Nurses will not be bullied into silence.", "Pat Cullen")


def test_the_spokesperson_points_back_to_its_body() -> None:
    body = (
        "A Treasury spokesperson said guidance would follow.\n\n"
        '"We expect full compliance from the industry," the spokesperson said.'
    )
    assert quotes(body) == [("We expect full compliance from the industry,", "Treasury")]


def test_bodies_named_by_acronym_or_common_noun() -> None:
    body = (
        'In a statement, the RSF said it was "fully committed" to the truce. The army denied the claim '
        'and said its forces were "repelling attacks by the rebel militia".'
    )
    assert quotes(body) == [("fully committed", "RSF"), ("repelling attacks by the rebel militia", "army")]


def test_naming_and_labels_are_not_quotations() -> None:
    body = (
        "The deal on what the Commission calls a “market correction mechanism” was struck. "
        'He praised the "neighbourhood policy" of the government.'
    )
    assert quotes(body) == []


def test_committee_chair_and_titles_joined_by_and_are_offices() -> None:
    body = (
        "Senate Budget Committee Chairman Sheldon Whitehouse, D-R.I., said hearings would follow. "
        "Czech Industry and Trade Minister Jozef Síkela, who chaired the meeting, said the cap was "
        "“an insurance against price spikes”."
    )
    assert {"Sheldon Whitehouse", "Jozef Síkela"} <= set(leaders(body))
    assert quotes(body) == [("an insurance against price spikes", "Jozef Síkela")]


def test_title_of_a_country_and_honorific_full_names_are_forms() -> None:
    body = (
        "Javier Milei was sworn in. The president of Argentina promised cuts.\n\n"
        "Former justice secretary Sir Robert Buckland said the plan was “unworkable”."
    )
    found = leaders(body)
    assert "The president of Argentina" in found["Javier Milei"]
    assert found["Robert Buckland"] == ["Sir Robert Buckland"]


def test_counterpart_is_no_office_when_the_office_is_known() -> None:
    from newsreader.analysis import analyze as _analyze

    roles = {
        leader.name: leader.role for leader in _analyze("Joe Biden met his French counterpart Emmanuel Macron.").leaders
    }
    assert roles["Emmanuel Macron"] == "French president"
