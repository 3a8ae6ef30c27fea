"""Leaders named in the headline and standfirst: they inform the analysis and are reported apart from the body."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from newsreader.analysis import analyze
from newsreader.cli import cli

BODY = "The prime minister said the talks would go on. Mr Sunak added that he was confident."


def test_header_mentions_index_their_own_field_and_body_mentions_the_body() -> None:
    title, standfirst = "Sunak vows to fight on", "Rishi Sunak tells MPs he will stay"
    result = analyze(BODY, title=title, standfirst=standfirst)
    (leader,) = result.leaders
    assert leader.name == "Rishi Sunak"
    assert all(BODY[m.start : m.end] == m.text and m.field == "body" for m in leader.mentions)
    fields = {"title": title, "standfirst": standfirst}
    assert {(m.field, m.text) for m in leader.header_mentions} == {("title", "Sunak"), ("standfirst", "Rishi Sunak")}
    assert all(fields[m.field][m.start : m.end] == m.text for m in leader.header_mentions)


def test_a_leader_named_only_in_the_standfirst_is_found() -> None:
    body = "The minister said the deal was done. She added that it would hold."
    without = analyze(body, title="Deal done")
    with_standfirst = analyze(body, title="Deal done", standfirst="Foreign Secretary Yvette Cooper says deal will hold")
    assert not without.leaders
    assert [leader.name for leader in with_standfirst.leaders] == ["Yvette Cooper"]
    # The body's role phrase is hers once the standfirst has named her.
    assert [m.text for m in with_standfirst.leaders[0].mentions] == ["The minister"]


def test_analyze_json_marks_header_mentions(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(f"Sunak vows to fight on\n\nRishi Sunak tells MPs he will stay\n\n{BODY}\n", encoding="utf-8")
    out = CliRunner().invoke(cli, ["analyze", str(article), "--json"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    (leader,) = data["leaders"]
    body = [m for m in leader["mentions"] if "in" not in m]
    header = [m for m in leader["mentions"] if "in" in m]
    assert body and all(data["text"][m["start"] : m["end"]] == m["text"] for m in body)
    assert {m["in"] for m in header} <= {"title", "standfirst"} and {m["text"] for m in header} >= {"Sunak"}
    for m in header:
        assert data[m["in"]][m["start"] : m["end"]] == m["text"]


def test_a_short_spelling_in_the_header_gives_way_to_the_full_name_in_the_body() -> None:
    body = "Finance Minister Sri Mulyani Indrawati said the budget was sound. Sri Mulyani added that it would hold."
    result = analyze(body, title="Prabowo keeps Sri Mulyani at finance")
    assert "Sri Mulyani Indrawati" in [leader.name for leader in result.leaders]
