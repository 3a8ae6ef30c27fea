"""Round 3, people: party offices beside a name, pre-name appositives, one-word names, former and
relative-clause offices, role forms, Title Case headlines. Every sentence here is invented."""

from __future__ import annotations

from newsreader.analysis import analyze


def leaders(body: str, title: str | None = None) -> dict[str, list[str]]:
    return {leader.name: sorted({m.text for m in leader.mentions}) for leader in analyze(body, title=title).leaders}


# -- 1: a party office after the name ---------------------------------------------------------


def test_leader_of_a_described_party_with_its_abbreviation() -> None:
    body = (
        "The count was a blow to Thabang Molefe, leader of the left-wing People's Liberation Movement (PLM), "
        "who received 9% of the vote."
    )
    assert list(leaders(body)) == ["Thabang Molefe"]
    body = "Ricardo Alvarado, leader of the conservative Popular Renewal Party (PRP), said the result was a disgrace."
    assert list(leaders(body)) == ["Ricardo Alvarado"]


def test_other_party_offices_after_the_name() -> None:
    for office in ("chairman", "chairwoman", "president", "head", "secretary-general", "spokeswoman"):
        body = f"Amara Diallo, {office} of the National Renewal Congress, said the party would abstain."
        assert list(leaders(body)) == ["Amara Diallo"], office
    assert list(leaders("Hendrik Vos, chairman of the Christian Union, said the party would abstain.")) == [
        "Hendrik Vos"
    ]


def test_party_member_with_abbreviation_told_the_chamber() -> None:
    body = "Joan Ferrer, of the Valencian Left Bloc (BLV), told the chamber the bill was unfair."
    assert list(leaders(body)) == ["Joan Ferrer"]


def test_non_political_heads_and_leaders_stay_out() -> None:
    assert leaders("Priya Nair, head of research at Castlegate Bank, said rates would fall.") == {}
    assert leaders("Tom Abbott, leader of the pack after two rounds, said the course was hard.") == {}
    assert leaders("Maya Stern, chair of the Teachers Union, said staff were exhausted.") == {}


# -- 2: a party office before the name ---------------------------------------------------------


def test_pre_name_appositive_party_leader() -> None:
    assert list(leaders("The leader of the far-right Dawn party, Tomas Rivera, went further.")) == ["Tomas Rivera"]
    body = "The leader of the centre-left Progressive Party (PP), Carla Benedetti, posted a video."
    assert list(leaders(body)) == ["Carla Benedetti"]


def test_party_leader_in_a_chamber_and_party_chief() -> None:
    body = "Morena's leader in the Senate, Ignacio Batres Ruiz, dismissed the claim."
    assert list(leaders(body)) == ["Ignacio Batres Ruiz"]
    assert list(leaders("State party chief R K Venkatesh said the alliance would hold.")) == ["R K Venkatesh"]
    assert list(leaders("The Tory backbencher Miles Orton voted against.")) == ["Miles Orton"]
