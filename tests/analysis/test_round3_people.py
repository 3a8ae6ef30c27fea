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


# -- 3 and 4: one-word names, offices in clauses, former offices -------------------------------


def test_one_word_name_named_as_the_next_office() -> None:
    body = (
        "The party on Friday named Venkataramaiah as the next chief minister of the state. "
        "Venkataramaiah told reporters he was grateful."
    )
    assert leaders(body) == {"Venkataramaiah": ["Venkataramaiah"]}


def test_one_word_name_with_age_and_past_office_then_former_form() -> None:
    body = (
        "Venkataramaiah, 71, who was chief minister from 2011 to 2016, will take the oath on Monday. "
        "The former chief minister said the cabinet would meet at once."
    )
    assert leaders(body) == {"Venkataramaiah": ["The former chief minister", "Venkataramaiah"]}


def test_a_sentence_opening_word_is_never_a_one_word_name() -> None:
    assert leaders("Elsewhere, the foreign minister said talks would resume.") == {}
    assert leaders("Separately, 40, who was minister, left.") == {}


def test_relative_clause_heading_a_party_and_a_former_office() -> None:
    body = (
        "Ravi Gowda was sworn in as chief minister on Monday. "
        "H R Devaraju, who heads the JD(S) and has twice been chief minister, mocked the delay. "
        "The former chief minister said the opposition would be constructive."
    )
    got = leaders(body)
    assert got["H R Devaraju"] == ["H R Devaraju", "The former chief minister"]
    assert got["Ravi Gowda"] == ["Ravi Gowda"]


def test_former_office_goes_to_the_holder_last_mentioned() -> None:
    body = (
        "Anil Rao, who was finance minister until 2019, spoke first. Meena Pillai, who was finance "
        "minister before him, followed. The former finance minister said the deficit was too high."
    )
    got = leaders(body)
    assert "The former finance minister" in got["Meena Pillai"]
    assert "The former finance minister" not in got["Anil Rao"]


def test_private_roles_in_clauses_stay_out() -> None:
    assert leaders("Lena Brooks, who was a financial adviser to the club, said fees rose.") == {}
    assert leaders("The board named Okafor as chief executive of the bank.") == {}


def test_named_with_an_appositive_between_name_and_office() -> None:
    body = "He named Wirananto, a retired navy officer and senior party figure, as foreign minister."
    assert list(leaders(body)) == ["Wirananto"]


def test_kept_in_office_and_elected_after_a_party_abbreviation() -> None:
    body = "Dewi Lestari, who served under two presidents, will remain finance minister."
    assert list(leaders(body)) == ["Dewi Lestari"]
    assert list(leaders("Marieke Botha of the DA was elected deputy Speaker.")) == ["Marieke Botha"]


def test_apostrophe_inside_a_name() -> None:
    body = "Majority leader Kamau Ng'ang'a said the bill would pass. Ng'ang'a later left."
    assert leaders(body) == {"Kamau Ng'ang'a": ["Kamau Ng'ang'a", "Ng'ang'a"]}


def test_chair_of_a_lower_case_committee_and_of_a_capitalised_one() -> None:
    body = "Owen Tallis, the Labour chair of the business and trade committee, said hearings would start."
    assert list(leaders(body)) == ["Owen Tallis"]
    body = "The chairman of the Finance and Planning Committee, Njoroge Kamau, said 300 submissions arrived."
    assert list(leaders(body)) == ["Njoroge Kamau"]


def test_community_leader_is_not_a_political_office() -> None:
    body = "Noah Barlow, a Cape Verde Street leader and one of the organisers, told reporters he was sad."
    assert leaders(body) == {}


# -- 5: role forms ---------------------------------------------------------------------------


def test_abbreviated_governor_title_links_the_governor_forms() -> None:
    body = (
        "Oregon Gov. Paula Whitman signed the order on Monday. The Democratic governor said it was lawful. "
        "“The governor commands the Guard,” she said."
    )
    assert leaders(body) == {"Paula Whitman": ["Paula Whitman", "The Democratic governor", "The governor"]}


def test_former_portfolio_minister_form() -> None:
    body = (
        "Liberal Democrat leader Sir Ian Pell, who was postal affairs minister from 2010 to 2012, apologised. "
        "The former postal affairs minister added that he regretted it."
    )
    assert "The former postal affairs minister" in leaders(body)["Ian Pell"]


def test_elect_title_and_its_form() -> None:
    body = "President-elect Ana Ruiz backed the reform. The president-elect told reporters it was sound."
    assert leaders(body) == {"Ana Ruiz": ["Ana Ruiz", "The president-elect"]}


def test_headline_strap_without_article_is_a_form() -> None:
    body = "Dutch prime minister wins confidence vote\n\nPrime Minister Joost van Dam said the vote was fair."
    assert leaders(body) == {"Joost van Dam": ["Dutch prime minister", "Joost van Dam"]}


# -- 6: Title Case headlines ------------------------------------------------------------------


def test_two_sentence_title_case_headline_makes_no_fake_leader() -> None:
    title = "Ankara's Mayor Beat Kemal Twice. Now He Has to Run a City of 6 Million"
    body = "Mehmet Aydın won the city again on Sunday. The new mayor thanked voters."
    assert leaders(body, title=title) == {}


# -- lists of office holders -----------------------------------------------------------------


def test_names_in_a_list_of_office_holders() -> None:
    body = (
        "The ceremony will be attended by several chief ministers, including Kerala's P R Menon and "
        "Odisha's Nitin Prasad, officials said. Menon confirmed he would attend."
    )
    got = leaders(body)
    assert got == {"P R Menon": ["Menon", "P R Menon"], "Nitin Prasad": ["Nitin Prasad"]}
    assert analyze(body).leaders[0].role == "chief minister"


def test_lists_of_private_people_stay_out() -> None:
    body = "Several business leaders, including Harriet Cole and Omar Haddad, signed the letter."
    assert leaders(body) == {}
    body = "Guests included Harriet Cole and Omar Haddad, who both spoke."
    assert leaders(body) == {}


# -- party abbreviations, shared surnames, headline straps -------------------------------------


def test_chairman_of_an_abbreviated_party() -> None:
    body = "NPP Chairman Kwame Asante said on Tuesday that the party would only negotiate in public."
    assert list(leaders(body)) == ["Kwame Asante"]
    assert leaders("BP Chairman Helge Lund said on Tuesday that the company would invest more.") == {}


def test_first_name_alone_at_a_sentence_start_when_the_surname_is_shared() -> None:
    body = (
        "Prime Minister Tariq Sharif spoke first. Javed Sharif, the former prime minister, also spoke. "
        "Tariq also thanked party workers."
    )
    got = leaders(body)
    assert got["Tariq Sharif"] == ["Tariq", "Tariq Sharif"]
    # with no shared surname a capitalised sentence opener is left alone
    assert leaders("Prime Minister Tariq Sharif spoke. Tariq also thanked workers.") == {
        "Tariq Sharif": ["Tariq Sharif"]
    }


def test_bare_head_of_government_title_in_a_strap() -> None:
    body = (
        "Every state votes no; Dutton says prime minister should apologise\n\n"
        "The prime minister, Alan Brookes, accepted the result. Peter Dutton, the opposition leader, did not."
    )
    assert "prime minister" in leaders(body)["Alan Brookes"]
    body = "Voters back change\n\nThe vote went ahead. Alan Brookes, the prime minister, accepted the result."
    assert leaders(body) == {"Alan Brookes": ["Alan Brookes"]}


def test_word_that_is_one_persons_surname_and_anothers_first_name() -> None:
    body = (
        "Former prime minister Javed Sharif was elected party president. Prime Minister Tariq Sharif "
        "proposed him. Javed said the country had paid a price. Later Chief Minister Sana Javed spoke."
    )
    got = leaders(body)
    assert "Javed" in got["Javed Sharif"]
    assert got["Sana Javed"] == ["Sana Javed"]


def test_represents_a_seat_in_a_legislature() -> None:
    body = "Lia Moreau, who represents Lyon in the National Assembly, said the bill would fail."
    assert list(leaders(body)) == ["Lia Moreau"]


def test_private_appointments_and_founders_stay_out() -> None:
    assert leaders("Jon Hay was appointed chairman of the bank.") == {}
    assert leaders("The company named Sarah Lee as its new chief executive.") == {}
    assert leaders("Chris Lowe, founder of the Green Living Movement, said it was sad.") == {}
    assert leaders("Karl Wendt, an analyst at Berenberg, said the party faced a hard year.") == {}


def test_professional_title_before_a_first_name_is_a_form() -> None:
    body = "Party chairman Barrister Imtiaz Ali Shah spoke first. Later Barrister Imtiaz said the vote was stolen."
    assert leaders(body) == {"Imtiaz Ali Shah": ["Barrister Imtiaz", "Imtiaz Ali Shah"]}


def test_shadow_office_is_not_the_office() -> None:
    body = (
        "The chancellor, Jeremy Hale, has argued that pay rises fuel inflation. Rachel Rowe, the shadow "
        "chancellor, disagreed. “The chancellor keeps telling us there is no money,” she said."
    )
    got = leaders(body)
    assert "The chancellor" in got["Jeremy Hale"]
    assert got["Rachel Rowe"] == ["Rachel Rowe"]


def test_new_and_outgoing_holders_are_told_apart() -> None:
    body = (
        "Bambang Wiryo was sworn in as president on Sunday, with Adi Kusumo, son of outgoing president "
        "Joko Santoso, as his deputy. In his first speech, the new president pledged to fight corruption."
    )
    got = leaders(body)
    assert "the new president" in got["Bambang Wiryo"]
    assert "the new president" not in got["Joko Santoso"]


def test_committee_chair_form_before_the_name() -> None:
    body = (
        "The hearing opened with the chairman of the Senate Energy Committee saying the agency had failed. "
        "“We were misled,” Sen. Tom Brandt, D-Ore., the committee chairman, said."
    )
    assert leaders(body)["Tom Brandt"] == ["Tom Brandt", "the chairman of the Senate Energy Committee"]


def test_affiliation_and_addressing_the_chamber_make_a_legislator() -> None:
    body = "Marta Vilar, of Ferran’s Junts per Catalunya, spoke next. She told members she would watch every vote."
    assert "Marta Vilar" in leaders(body)
    # a committee witness tells MPs things too; a university or a company is no party
    assert leaders("Tom Reed, of Acme Holdings, told MPs the data was flawed.") == {}
    assert leaders("Tom Reed, of the University of Leeds, told the chamber the data was flawed.") == {}
    assert leaders("Hannah Cole, of Oxford Economics, told the chamber of commerce that growth was slow.") == {}


def test_turkish_letters_in_names() -> None:
    body = "Istanbul Mayor Ekrem Yıldızoğlu was detained. Yıldızoğlu's lawyer said the charges were false."
    assert leaders(body) == {"Ekrem Yıldızoğlu": ["Ekrem Yıldızoğlu", "Yıldızoğlu"]}
    body = "Murat Kaşıkçı, the former environment minister hand-picked by the president, lost the race."
    assert list(leaders(body)) == ["Murat Kaşıkçı"]


def test_unions_and_agencies_are_not_parties() -> None:
    assert leaders("Bill Sweeney, president of the Rugby Football Union, said the game was healthy.") == {}
    assert leaders("Kash Pell, who heads the FBI, said the agency was ready.") == {}
    assert list(leaders("Ama Boateng, who leads the NPP, said the party would win.")) == ["Ama Boateng"]


def test_a_title_before_anyone_is_named_goes_to_the_article_subject_not_a_later_holder() -> None:
    title = "Finland’s president on the end of neutrality"
    body = (
        "The president’s office looks out on the harbour. Sauli Niinistö says he has no regrets.\n\n"
        "Later, President Recep Tayyip Erdoğan lifted his veto."
    )
    got = leaders(body, title=title)
    assert "The president" in got["Sauli Niinistö"]
    assert "The president" not in got.get("Recep Tayyip Erdoğan", [])


def test_shared_surname_with_honorific_prefers_the_head_of_government_not_an_opposition_leader() -> None:
    body = (
        "Prime Minister Asad Khan spoke first. Omar Tariq Khan, the leader of the opposition in the "
        "National Assembly, walked out. Later Mr Khan, the prime minister, thanked the house."
    )
    got = leaders(body)
    assert "Mr Khan" in got["Asad Khan"]
    assert "Mr Khan" not in got["Omar Tariq Khan"]
