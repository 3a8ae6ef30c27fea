"""The shipped gazetteer's data: it loads, it is consistent, and what it adds is found in text.

These guard the hand-written ``gazetteer.toml`` as it grows: a duplicated alias, a role that does
not parse or a short form that is an everyday word would quietly cost precision in every article.
"""

from __future__ import annotations

import re
import tomllib
from importlib import resources

import pytest

from newsreader.analysis import analyze
from newsreader.analysis import gazetteer as gz_mod
from newsreader.analysis.gazetteer import FULL, SHORT, Gazetteer, _variants, load_gazetteer
from newsreader.analysis.lexicon import COUNTRIES, FIRST_NAME_GENDER, NAME_TITLES, ORG_TAILS, STOP_CAPS

# Capitalised at the start of a sentence or in a headline, these are ordinary words, brands or
# common surnames of other well-known people: never a form that names one politician on its own.
_COMMON = """
    a about above act after again against age air all also always an and any april area arm army art
    as at august away back bank bar base bass battle be bear bell best bird black blue board body
    bond book born boss bottom bound bowl box boy brand bread break bridge bright bring broad brook
    brown bush butler by call camp can cap card care carter case cash castle cause chance change charge
    chase cheap check chief church city clay clear close club coach coast cole cook cool corn cost
    court cover crane cross crow cruz cup cutter daily dale dark date day dean deal dear december
    deep dell diamond do dove down drake drew duke early east easter edge end english even ever fair
    fall far farmer fear february field fine fish fisher fleming flood ford forest fox frank free
    friday frost fry full gallant game gardner garland gate gay gift glass gold golden good grace grand
    grant gray great green grey gross guard gun hale hall hand hardy harper hart hawk head heart heath
    hedge held high hill holly home hood hope horn house howard hunt hunter ice jack james january
    jay john joy judge july june just keen kelly kennedy key kind king knight lake lamb land lane
    large law lawrence lee legal lewis light lily little lock long lord love low luck lucky major
    march mark marsh martin mason master may mayor mead meadow mercy merry mild mill miller mint
    monday moon moore moss mountain much murray nash new newman news noble north norman november
    now oak october old over page palmer park parker parks paul peace pearl penny person pike pitt
    plain poor pope porter post pound power powers price pride prince rain rat read reed rice rich
    ring river robin rock rose ross royal rush sage saint sale salt sand saturday scott sea season
    september shadow sharp shaw shepherd shields short silver simple singer slater small smart smith
    snow song south spring stable star steel stern stevens stock stone storm story strange street
    strong summer sunday swan sweet swift taylor temple tester thursday tiger time today top tower
    tracy trade tuesday turner union victor vine wade walker wall ward warren water watson
    way webb wednesday well wells west white wicker wild will wilson winter wise wolf wood woods
    word worth wren wright yard york young
"""
COMMON_WORDS = set(_COMMON.split())
# The people these first names name on their own in the news, on purpose.
FIRST_NAME_SHORTS = {"Lula", "Prabowo", "Abiy"}
YEAR = re.compile(r"\b(?:19|20)\d\d\b")


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


@pytest.fixture(scope="module")
def raw() -> list[dict]:
    text = resources.files("newsreader.analysis").joinpath("gazetteer.toml").read_text("utf-8")
    return tomllib.loads(text)["people"]


def test_file_loads_and_is_broad(gaz: Gazetteer, raw: list[dict]) -> None:
    assert len(gaz) == len(raw) >= 1500
    assert all(p.roles for p in gaz.people), "every person has at least one role"


def test_fast_reader_matches_tomllib(raw: list[dict]) -> None:
    # the loader reads the shipped file as JSON for speed; it must read exactly what TOML says
    text = resources.files("newsreader.analysis").joinpath("gazetteer.toml").read_text("utf-8")
    assert gz_mod._fast_people(text) == raw
    # anything not strictly one inline table a line falls back to tomllib
    assert gz_mod._fast_people('people = [\n{ name = "A B", roles = [] }, # note\n]\n') is None


def test_names_and_aliases_name_one_person_each(gaz: Gazetteer) -> None:
    owner: dict[str, str] = {}
    clashes = []
    for p in gaz.people:
        for form in {v for n in (p.name, *p.aliases, *p.short) for v in _variants(n)}:
            if owner.setdefault(form, p.name) != p.name:
                clashes.append((form, owner[form], p.name))
    assert not clashes
    assert len({p.id for p in gaz.people}) == len(gaz.people)


def test_every_role_parses(raw: list[dict]) -> None:
    bad = []
    for e in raw:
        for text in e["roles"]:
            r = gz_mod._parse_role(text)
            ok = (
                r.office
                and not YEAR.search(r.office)
                and (r.start is None or 1940 <= r.start <= 2026)
                and (r.end is None or (r.start is not None and r.start <= r.end <= 2026))
                and (":" not in text or r.country)
            )
            if not ok:
                bad.append((e["name"], text, r))
    assert not bad


def test_single_year_role_is_a_year_not_part_of_the_office() -> None:
    r = gz_mod._parse_role("US: speaker 2023")
    assert (r.country, r.office, r.start, r.end) == ("US", "speaker", 2023, 2023)
    r = gz_mod._parse_role("Chile: president 2026-")
    assert (r.office, r.start, r.end) == ("president", 2026, None)


def test_short_forms_are_not_everyday_words(gaz: Gazetteer) -> None:
    countries = {w.lower() for k, words in COUNTRIES.items() for w in (k, *words)}
    reserved = {w.lower() for w in (*STOP_CAPS, *NAME_TITLES, *ORG_TAILS)}
    bad = []
    for p in gaz.people:
        for s in p.short:
            low = s.lower()
            first_name = s in FIRST_NAME_GENDER and s not in FIRST_NAME_SHORTS
            if low in COMMON_WORDS or low in countries or low in reserved or first_name:
                bad.append((p.name, s))
    assert not bad


def test_single_word_names_cannot_fire_on_ordinary_words(gaz: Gazetteer) -> None:
    # a one-word full name ("Siddaramaiah") is matched wherever it is capitalised
    singles = [p.name for p in gaz.people if len(p.name.split()) == 1]
    assert singles, "the file has single-name people (Indian and Indonesian politicians)"
    countries = {w for k, words in COUNTRIES.items() for w in (k, *words)}
    for name in singles:
        assert name.lower() not in COMMON_WORDS and name not in STOP_CAPS and name not in countries
        # nor the first name of anyone else in the file, who would be taken for them
        assert not gaz.by_first.get(name), name


def test_shared_surname_prefers_the_current_holder(gaz: Gazetteer) -> None:
    # a title before a shared surname takes the first claim: the person in office now comes first
    claims = next(c for s, e, c in gaz.find("President Lee") if (s, e) == (10, 13))
    assert len(claims) > 2
    assert gaz.people[claims[0][0]].name == "Lee Jae-myung"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Santiago Abascal told supporters in Madrid that the amnesty was a betrayal.", "Santiago Abascal"),
        ("Elly Schlein said the budget abandoned young families.", "Elly Schlein"),
        ("Mallikarjun Kharge said the alliance would contest every seat.", "Mallikarjun Kharge"),
        ("John Steenhuisen said his party would not be bullied.", "John Steenhuisen"),
        ("Míriam Nogueras warned that her votes could not be taken for granted.", "Míriam Nogueras"),
        ("Gohar Ali Khan said the party would challenge the ruling.", "Gohar Ali Khan"),
        ("Kristi Noem visited the border on Friday.", "Kristi Noem"),
        ("The motion was backed by Wes Streeting and opposed by Robert Jenrick.", "Wes Streeting"),
        ("Anne Hidalgo announced new cycle lanes along the Seine.", "Anne Hidalgo"),
        ("Siddaramaiah said the guarantees would continue.", "Siddaramaiah"),
    ],
)
def test_new_people_are_found_as_leaders(text: str, name: str) -> None:
    leaders = {lead.name for lead in analyze(text).leaders}
    assert name in leaders


def test_short_form_names_the_person_alone() -> None:
    a = analyze("Abascal said the vote was a disgrace, and Puigdemont did not answer.")
    assert {lead.name for lead in a.leaders} >= {"Santiago Abascal", "Carles Puigdemont"}


def test_surname_first_names_take_their_surname() -> None:
    a = analyze("Ding Xuexiang met the delegation in Beijing. Ding said trade would grow.")
    (lead,) = [x for x in a.leaders if x.name == "Ding Xuexiang"]
    assert [m.text for m in lead.mentions] == ["Ding Xuexiang", "Ding"]


def test_ordinary_capitalised_words_name_nobody() -> None:
    text = (
        "Long before dawn, Street vendors in Little Rock sold Rice and Bread. "
        "March was Fair and Grand, said Hope, a local farmer."
    )
    assert analyze(text).leaders == ()


def test_kinds_are_recorded(gaz: Gazetteer) -> None:
    (s, e, claims) = next(h for h in gaz.find("Abascal spoke.") if h[0] == 0)
    assert (s, e) == (0, 7) and claims[0][1] == SHORT
    (s, e, claims) = next(h for h in gaz.find("Santiago Abascal spoke.") if h[0] == 0 and h[1] == 16)
    assert claims[0][1] == FULL
