"""The five samples against hand-checked labels (tests/fixtures/labels), asserted as data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsreader.analysis import analyze
from newsreader.ingest import load_file

ROOT = Path(__file__).resolve().parents[2]
LABELS = sorted((ROOT / "tests" / "fixtures" / "labels").glob("*.json"))


def _load(label: Path) -> tuple[dict, object]:
    gold = json.loads(label.read_text(encoding="utf-8"))
    article = load_file(ROOT / "sample_data" / gold["file"]).article
    return gold, article


@pytest.mark.parametrize("label", LABELS, ids=[p.stem for p in LABELS])
def test_quotations_and_speakers(label: Path) -> None:
    gold, article = _load(label)
    result = analyze(article.body, title=article.title)
    got = [(q.start, q.end, q.text, q.speaker) for q in result.quotes]
    required = [(q["start"], q["end"], q["text"], q["speaker"]) for q in gold["quotes"] if not q["optional"]]
    optional_spans = {(q["start"], q["end"]) for q in gold["quotes"] if q["optional"]}
    assert [g for g in got if (g[0], g[1]) not in optional_spans] == required


@pytest.mark.parametrize("label", LABELS, ids=[p.stem for p in LABELS])
def test_leaders_and_forms(label: Path) -> None:
    gold, article = _load(label)
    result = analyze(article.body, title=article.title)
    got = [
        {"id": leader.id, "name": leader.name, "forms": sorted({m.text for m in leader.mentions})}
        for leader in result.leaders
    ]
    assert got == [{"id": g["id"], "name": g["name"], "forms": g["forms"]} for g in gold["leaders"]]
    mentions = {leader.id: [[m.start, m.end] for m in leader.mentions] for leader in result.leaders}
    assert mentions == {g["id"]: g["mentions"] for g in gold["leaders"]}
    names = {leader.name for leader in result.leaders}
    assert not names & set(gold["not_leaders"])


@pytest.mark.parametrize("label", LABELS, ids=[p.stem for p in LABELS])
def test_spans_index_the_body(label: Path) -> None:
    _, article = _load(label)
    result = analyze(article.body, title=article.title)
    for q in result.quotes:
        assert article.body[q.start : q.end] == q.text
    for leader in result.leaders:
        for m in leader.mentions:
            assert article.body[m.start : m.end] == m.text
