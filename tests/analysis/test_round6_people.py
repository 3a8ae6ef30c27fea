"""Round 6, people: unknown people found by structure (a relation or part before the name, an age set off
after it, a surname later used alone with a speech verb), honorific styles left out of a name, offices
abbreviated before a surname, canonical labels for aliases, family-name-first order, and causes of false
or missed leaders. Every sentence here is invented."""

from __future__ import annotations

from newsreader.analysis import analyze, load_gazetteer
from newsreader.analysis.people import PeopleFinder


def people(body: str) -> dict[str, bool]:
    """Every person found, and whether each holds a political office."""
    pf = PeopleFinder(body, load_gazetteer())
    pf.run()
    return {p.label: p.political for p in pf.persons}


def leaders(body: str) -> dict[str, list[str]]:
    return {leader.name: sorted({m.text for m in leader.mentions}) for leader in analyze(body).leaders}


def speakers(body: str) -> list[str | None]:
    return [q.speaker for q in analyze(body).quotes]


# -- 1: unknown people found by structure --------------------------------------------------------


def test_relation_or_part_before_the_name() -> None:
    assert "Orla Pennick" in people("Her neighbour Orla Pennick is less sure.")
    assert "Tamsin Vey" in people("Norway's chief negotiator, Tamsin Vey, rejected the text.")
    assert "Ravi Kundal" in people("Later, Kenya's representative Ravi Kundal took the floor.")


def test_age_appositive_marks_a_person() -> None:
    assert "Bertram Oyelaran" in people("Bertram Oyelaran, 64, is blunter about the plan.")


def test_surname_alone_with_a_speech_verb() -> None:
    body = "Minutes later Ilse Varnhout took the floor to object. Varnhout said the text was unfair."
    assert "Ilse Varnhout" in people(body)


def test_known_first_name_opens_a_name() -> None:
    assert "Maria Kostenidou" in people("The mayor hired Maria Kostenidou, a longtime ally, last year.")
    assert "Nadia Ferro" in people("Police said so. Nadia Ferro watched from her window.")
    assert people("Traffic on Victoria Street was slow.") == {}
    # mid-sentence, with no appositive, a name-like run may be a ship or anyone's example
    assert people("A tanker named Maria Luisa ran aground.") == {}


def test_places_and_bodies_stay_out() -> None:
    assert people("Her friend took the train to Port Harcourt, 40, and back.") == {}
    assert people("Delegates from Upper Volta met in the hall.") == {}


def test_dashed_seat_closes_an_office() -> None:
    body = "Gail Pruett, the Liberal MP for Fairview–Lindale, said the leader should go."
    assert leaders(body) == {"Gail Pruett": ["Gail Pruett"]}


def test_head_of_a_committee_in_a_chamber() -> None:
    body = "Oleg Vasnin, first deputy head of the defence committee in the upper house, said it was reckless."
    assert set(leaders(body)) == {"Oleg Vasnin"}


def test_an_office_taken_at_the_end_of_the_clause() -> None:
    body = "Mara Tolley overturned a large majority after a recount, becoming Reform's sixth MP."
    assert set(leaders(body)) == {"Mara Tolley"}
    assert leaders("Mara Tolley met voters, becoming tired by the evening.") == {}


# -- 2: honorific styles are not part of the name ------------------------------------------------


def test_malaysian_styles() -> None:
    body = (
        "Former minister Datuk Seri Azlan Rahim said the budget was fair. Speaker Tan Sri Roslan Ismail "
        "adjourned the sitting."
    )
    assert set(leaders(body)) == {"Azlan Rahim", "Roslan Ismail"}


def test_style_only_beside_another_style() -> None:
    # "Sri" is a given name without a style before it
    assert "Sri Wahyuni Hartono" in people("Finance Minister Sri Wahyuni Hartono said the deficit was small.")
    assert "Tan Wei Ming" in people("Tan Wei Ming, 50, said the plan was sound.")


def test_other_styles() -> None:
    assert "Bola Adeyemi" in leaders("The works minister, Alhaji Bola Adeyemi, said roads would be repaired.")
    assert "Chief Whip" not in " ".join(people("Chief Whip Anna Lowe said the vote would pass."))


# -- 3: labels -------------------------------------------------------------------------------------


def test_abbreviated_office_before_a_surname() -> None:
    body = "Prime Minister Narendra Modi spoke in Mumbai. “We will build,” PM Modi said."
    assert leaders(body) == {"Narendra Modi": ["Narendra Modi", "PM Modi"]}
    assert speakers(body) == ["Narendra Modi"]


def test_time_of_day_is_no_office() -> None:
    assert people("Published 7:45 PM MYT\nThe budget passed.") == {}


def test_alias_takes_the_canonical_name() -> None:
    assert set(leaders("President William Lai said the drills were a threat.")) == {"Lai Ching-te"}


def test_article_spelling_and_order_kept() -> None:
    assert set(leaders("Prime Minister Ishiba Shigeru met the press. Ishiba said little.")) == {"Ishiba Shigeru"}
    assert set(leaders("President Vladimir Zelensky said the talks had failed.")) == {"Vladimir Zelensky"}


# -- 5: false leaders ------------------------------------------------------------------------------


def test_longer_surname_is_no_misspelling() -> None:
    # a gazetteer surname with an ending added is another surname, not a misspelling of the known one
    assert "Mark Holland" not in people("Editing by Anne Brook and Mark Hollander")


def test_carers_and_election_commissioners_hold_no_office() -> None:
    assert people("Tara Lynde, a home health aide from Leeds, said she relies on the grant.") == {"Tara Lynde": False}
    assert people("The commission, led by Chief Election Commissioner Omar Faruq, met.") == {"Omar Faruq": False}
    assert people("Jo Marsh, a senior health aide to the president, said it.") == {"Jo Marsh": True}


# -- 4: a definite title taken up for the paragraph's subject -------------------------------------


def test_title_taken_up_for_the_paragraphs_subject() -> None:
    body = (
        "Jan Novak, the party chief, spoke first. Speaking to reporters, the veteran leader said he would “fight on”."
    )
    assert speakers(body) == ["Jan Novak"]
    body = (
        "Opposition spokesperson Lena Brandt told reporters the bill was flawed. The spokesperson said talks "
        "would resume “next week”."
    )
    assert speakers(body) == ["Lena Brandt"]


def test_title_in_the_subjects_own_sentence_is_someone_else() -> None:
    body = "Gail Pruett, the Liberal MP for Fairview, said the leader should go."
    assert leaders(body) == {"Gail Pruett": ["Gail Pruett"]}


def test_prime_is_no_portfolio() -> None:
    body = (
        "Prime Minister Aiko Tanabe congratulated Ren Mori on his win. “We must unite,” the outgoing prime "
        "minister said."
    )
    assert speakers(body) == ["Aiko Tanabe"]
