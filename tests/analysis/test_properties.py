"""Any text in, well-formed spans out."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsreader.analysis import analyze

PIECES = st.sampled_from(
    [
        "“",
        "”",
        "‘",
        "’",
        '"',
        "'",
        " ",
        "\n",
        "\n\n",
        ":",
        ",",
        ".",
        "Mr ",
        "Biden",
        "Putin’s",
        "he said",
        "said",
        "the French president",
        "Kremlin spokesman ",
        "Dmitry Peskov",
        "[",
        "]",
        "according to ",
        "White House",
        "Scholtz",
        "Joe Biden",
        "'90s",
        "don't",
        "—",
        "He added: ",
        "I would",
        "Sen. ",
        "al-",
    ]
)
TEXTS = st.one_of(st.text(max_size=400), st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=80).map("".join))


def _check(body: str, title: str | None = None) -> None:
    result = analyze(body, title=title)
    last_end = -1
    for q in result.quotes:
        assert 0 <= q.start < q.end <= len(body)
        assert body[q.start : q.end] == q.text
        assert q.start >= last_end  # sorted, never overlapping
        last_end = q.end
    ids = {leader.id for leader in result.leaders}
    for q in result.quotes:
        assert q.leader is None or q.leader in ids
    for leader in result.leaders:
        for m in leader.mentions:
            assert 0 <= m.start < m.end <= len(body)
            assert body[m.start : m.end] == m.text
    assert analyze(body, title=title) == result  # deterministic


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_any_text_gives_well_formed_spans(body: str) -> None:
    _check(body)


@settings(max_examples=100, deadline=None)
@given(TEXTS, st.one_of(st.none(), TEXTS))
def test_any_title_gives_well_formed_spans(body: str, title: str | None) -> None:
    _check(body, title)
