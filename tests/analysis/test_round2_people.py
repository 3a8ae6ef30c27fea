"""Round 2, people: leaders from roles after the name, honorifics, forms, short names, gender."""

from __future__ import annotations

from newsreader.analysis import analyze, load_gazetteer
from newsreader.analysis.people import PeopleFinder


def leaders(body: str, title: str | None = None) -> dict[str, list[str]]:
    return {leader.name: sorted({m.text for m in leader.mentions}) for leader in analyze(body, title=title).leaders}


def finder(text: str) -> PeopleFinder:
    pf = PeopleFinder(text, load_gazetteer())
    pf.run()
    return pf


def genders(text: str) -> dict[str, str | None]:
    return {p.name: p.gender for p in finder(text).persons}


# -- gender ------------------------------------------------------------------------------------


def test_gender_from_honorific() -> None:
    g = genders("The health minister, Robin Hale, spoke first. Later Ms Hale told reporters the plan was sound.")
    assert g["Robin Hale"] == "f"


def test_gender_from_first_name_list() -> None:
    g = genders("Finance minister Giorgia Castellano and trade minister Stefan Brandt met on Monday.")
    assert g["Giorgia Castellano"] == "f"
    assert g["Stefan Brandt"] == "m"


def test_gender_from_pronoun_after_introduction() -> None:
    g = genders("Kelechi Obi, the transport minister, arrived late. She apologised to the committee.")
    assert g["Kelechi Obi"] == "f"


def test_gender_unknown_when_someone_else_is_named_before_the_pronoun() -> None:
    g = genders("Kelechi Obi, the transport minister, met Mr Adewale Bello, the mayor. He was pleased.")
    assert g["Kelechi Obi"] is None
    assert g["Adewale Bello"] == "m"


# -- names found by the speaker resolver ---------------------------------------------------------


def test_person_for_name_ties_a_bare_surname_to_its_earlier_full_form() -> None:
    text = "Park Jin met the delegation in Seoul. Park said the talks went well."
    pf = finder(text)
    i = text.index("Park said")
    p = pf.person_for_name(i, i + 4)
    assert p is not None and p.name == "Park Jin"
    assert (i, i + 4) in p.mentions


def test_person_for_name_strips_honorific_and_links_initials_name() -> None:
    text = "The deputy chief minister, D K Shivakumar, arrived. Later, Mr Shivakumar said nothing had changed."
    pf = finder(text)
    i = text.index("Mr Shivakumar")
    p = pf.person_for_name(i, i + len("Mr Shivakumar"))
    assert p is not None and p.name == "D K Shivakumar"


def test_person_for_name_creates_a_private_person_for_an_unknown_name() -> None:
    text = "The market was busy. Mrs Okonkwo said prices had doubled."
    pf = finder(text)
    i = text.index("Mrs Okonkwo")
    p = pf.person_for_name(i, i + len("Mrs Okonkwo"))
    assert p is not None and p.name == "Okonkwo" and p.gender == "f" and not p.political
    assert pf.person_for_name(0, 3) is None  # "The"
