"""Round 7: every country in COUNTRIES with its adjective, role labels for states and cities, fold()'s letters."""

from __future__ import annotations

from newsreader.analysis import analyze
from newsreader.analysis.gazetteer import _parse_role, country_key, fold
from newsreader.analysis.lexicon import COUNTRIES, COUNTRY_SEATS


def test_every_word_names_one_country() -> None:
    seen: dict[str, str] = {}
    for key, words in COUNTRIES.items():
        for w in {key, *words}:
            assert seen.setdefault(w.lower(), key) == key, f"{w!r} names both {seen[w.lower()]} and {key}"
    assert len(COUNTRIES) >= 197 + 6  # UN members, Taiwan, Kosovo, Palestine, the Vatican; UK nations, EU, Nato, UN


def test_adjectives_and_names_find_their_country() -> None:
    cases = {
        "Senegalese": "Senegal",
        "Ivorian": "Ivory Coast",
        "Côte d'Ivoire": "Ivory Coast",
        "Emirati": "UAE",
        "Qatari": "Qatar",
        "Kyrgyz": "Kyrgyzstan",
        "Kazakh": "Kazakhstan",
        "Filipino": "Philippines",
        "Salvadoran": "El Salvador",
        "Bosnian": "Bosnia",
        "Dakar": "Senegal",
        "Sudanese": "Sudan",
        "South Sudanese": "South Sudan",
        "Nigerien": "Niger",
        "Nigerian": "Nigeria",
        "Congolese": "DR Congo",
        "Holy See": "Vatican",
        "Kosovar": "Kosovo",
        "Senegal's": "Senegal",
    }
    for word, key in cases.items():
        assert country_key(word) == key, word


def test_capitals_that_are_words_or_names_stay_out() -> None:
    for word in ("Sofia", "Kingston", "Victoria", "Wellington", "Santiago", "Lima", "Paris", "Emirates", "PNG"):
        assert country_key(word) is None, word


def test_role_labels_use_the_adjective_for_a_country() -> None:
    assert _parse_role("Senegal: president 2024-").label() == "Senegalese president"
    assert _parse_role("Kyrgyzstan: president 2021-").label() == "Kyrgyz president"
    assert _parse_role("Ivory Coast: president 2010-").label() == "Ivorian president"
    assert _parse_role("Japan: prime minister 2024-").label() == "Japanese prime minister"
    assert _parse_role("Georgia: prime minister 2024-").label() == "Georgian prime minister"
    assert _parse_role("US: president 2025-").label() == "US president"


def test_role_labels_keep_states_and_cities_as_written() -> None:
    georgia = _parse_role("Georgia: governor 2019-")
    assert georgia.label() == "Georgia governor" and georgia.country == "Georgia"
    washington = _parse_role("Washington: governor 2025-")
    assert washington.label() == "Washington governor" and washington.country == "US"  # matching as before
    assert _parse_role("Delhi: chief minister 2025-").label() == "Delhi chief minister"
    assert _parse_role("Washington: mayor 2015-").label() == "Washington mayor"
    assert _parse_role("Bavaria: prime minister 2018-").label() == "Bavaria premier"
    assert all(country_key(w) for w in COUNTRY_SEATS)


def test_a_state_governor_in_an_article() -> None:
    body = 'Budget signed\n\nBrian Kemp signed the state budget on Tuesday.\n\n"This keeps taxes low," Kemp said.\n'
    roles = {leader.name: leader.role for leader in analyze(body).leaders}
    assert roles.get("Brian Kemp") == "Georgia governor"


def test_nationality_description_links_the_leader() -> None:
    body = (
        "Talks\n\nThe Kyrgyz president, Sadyr Japarov, met envoys on Monday. "
        '"We will not give up," said the Kyrgyz leader.\n'
    )
    a = analyze(body)
    assert [q.speaker for q in a.quotes] == ["Sadyr Japarov"]
    assert {leader.name: leader.role for leader in a.leaders} == {"Sadyr Japarov": "Kyrgyz president"}


def test_fold_transliterates_letters_that_do_not_decompose() -> None:
    assert fold("Đorđe Novaković") == "Dorde Novakovic"
    assert fold("Søren Ødegård") == "Soren Odegard"
    assert fold("Łucja Wałęsińska") == "Lucja Walesinska"
    assert fold("Ærling Weißmann") == "Aerling Weissmann"
    assert fold("Þórdís Guðmundsdóttir") == "Thordis Gudmundsdottir"
    assert fold("Yıldız Kılınç") == "Yildiz Kilinc"
    assert fold("Œuvre") == "Oeuvre"
    assert fold("Plain Name") == "Plain Name"
