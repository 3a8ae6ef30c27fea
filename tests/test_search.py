"""The query language: what each form compiles to, hostile input, and a property test against FTS5."""

from __future__ import annotations

import sqlite3
from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsreader.search import MARK_CLOSE, MARK_OPEN, QueryError, Term, compile_query, parse_marked

NOW = datetime(2024, 5, 15, 12, 0)


def test_words_are_quoted_terms_joined_by_and() -> None:
    q = compile_query("ceasefire talks")
    assert q.match() == '"ceasefire" AND "talks"'
    assert q.kinds == frozenset({"note", "passage", "quote", "article"})


def test_phrase_prefix_and_exclusion() -> None:
    q = compile_query('"sit down" negot* -nato -"air power"')
    assert q.match() == '("sit down" AND "negot"*) NOT ("nato" OR "air power")'


def test_or_and_not_operators() -> None:
    assert compile_query("ceasefire OR truce peace").match() == '("ceasefire" OR "truce") AND "peace"'
    assert compile_query("war NOT nato").match() == '("war") NOT ("nato")'
    assert compile_query("war AND peace").match() == '"war" AND "peace"'
    # Operators with nothing to join are searched as words.
    assert compile_query("AND OR NOT").match() == '("AND" OR "NOT")'
    assert compile_query("NEAR").match() == '"NEAR"'


def test_qualifiers() -> None:
    q = compile_query('tag:negotiations #energy leader:putin source:"the independent" since:2022-03-01 before:2022-04')
    assert q.tags == ("negotiations", "energy")
    assert q.leaders == ("putin",)
    assert q.sources == ("the independent",)
    assert q.since == datetime(2022, 3, 1) and q.before == datetime(2022, 4, 1)
    assert q.kinds == {"note", "passage"}  # tags belong to annotations
    assert q.match() is None


def test_speaker_finds_quotations_only() -> None:
    q = compile_query("speaker:macron sovereignty")
    assert q.speakers == ("macron",) and q.kinds == {"quote"} and q.match() == '"sovereignty"'


def test_is_kinds() -> None:
    assert compile_query("is:note follow").kinds == {"note"}
    assert compile_query("is:quote peace").kinds == {"quote"}
    assert compile_query("is:article blackout").kinds == {"article"}
    assert compile_query("is:passage x").kinds == {"passage"}
    assert compile_query("is:annotation x").kinds == {"note", "passage"}
    assert compile_query("is:note x").match(("note", "tags")) == '{note tags} : ("x")'


def test_relative_dates_use_dateparser() -> None:
    q = compile_query('since:"last month" talks', now=NOW)
    assert q.since is not None and datetime(2024, 4, 1) <= q.since <= datetime(2024, 4, 30)
    assert compile_query("before:yesterday x", now=NOW).before.date() == datetime(2024, 5, 14).date()


def test_dates_mean_whole_periods_and_impossible_dates_are_errors() -> None:
    # A year is the whole year: since:2022 starts on 1 January, before:2022 stops before it.
    assert compile_query("since:2022 x").since == datetime(2022, 1, 1)
    assert compile_query("before:2022 x").before == datetime(2022, 1, 1)
    assert compile_query("since:2022-02 x").since == datetime(2022, 2, 1)
    # A day without a time starts at midnight, not at the current clock time.
    assert compile_query("since:yesterday x", now=NOW).since == datetime(2024, 5, 14)
    assert compile_query("before:today x", now=NOW).before == datetime(2024, 5, 15)
    assert compile_query('since:"3 hours ago" x', now=NOW).since == datetime(2024, 5, 15, 9, 0)
    for text in ("before:2022-13-01 x", "since:2022-02-30 x", "since:2022-00 x"):
        with pytest.raises(QueryError) as info:
            compile_query(text)
        assert "is not a date" in str(info.value) and "\n" not in str(info.value)


def test_command_line_and_search_read_dates_alike() -> None:
    from newsreader.cli.common import parse_when

    for phrase in ("2022", "2022-03", "2022-03-04", "March 2022", "yesterday", "last week"):
        assert compile_query(f'since:"{phrase}" x').since == parse_when(phrase), phrase


def test_negated_tags_and_sources() -> None:
    q = compile_query("war -tag:done -source:reuters")
    assert q.excluded_tags == ("done",) and q.excluded_sources == ("reuters",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("O'Brien", '"O\'Brien"'),
        ("20.04", '"20.04"'),
        ("@nasa", '"@nasa"'),
        ('say "hello', '"say" AND "hello"'),  # an unclosed quote runs to the end
        ('"inner ""quotes', '"inner" AND "quotes"'),
        ("Kyiv’s", '"Kyiv’s"'),
        ("ne*got", '"ne got"'),
        ("war -", '"war"'),
        ("http://x.org/a", '"http://x.org/a"'),
        ("key:value", '"key:value"'),
        ("“curly phrase”", '"curly phrase"'),
        ("war 🙂", '"war"'),
        ("*", None),
    ],
)
def test_hostile_text_is_searched_as_words(text: str, expected: str | None) -> None:
    if expected is None:
        with pytest.raises(QueryError):
            compile_query(text)
    else:
        assert compile_query(text).match() == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "nothing to search for"),
        ("   ", "nothing to search for"),
        ("🙂", "nothing to search for"),
        ("-nato", "only leaves things out"),
        ("tag:", "tag: needs a value"),
        ('source:""', "source: needs a value"),
        ("is:banana", "is:banana is not a kind"),
        ("since:whenever-ish-nope", "is not a date"),
        ("-since:2022-01-01 x", "cannot leave things out"),
        ("is:note is:quote", "leave nothing"),
        ("speaker:macron tag:x", "contradict"),
        ("since:2023-01-01 before:2022-01-01 x", "nothing can match"),
        (" ".join(["w"] * 40), "too many words"),
    ],
)
def test_clear_one_line_errors(text: str, message: str) -> None:
    with pytest.raises(QueryError) as info:
        compile_query(text)
    assert message in str(info.value) and "\n" not in str(info.value)


def test_terms_double_inner_quotes() -> None:
    assert Term('a"b').fts() == '"a""b"' and Term("neg", prefix=True).fts() == '"neg"*'


def test_parse_marked_spans() -> None:
    text, spans = parse_marked(f"a {MARK_OPEN}b{MARK_CLOSE} c {MARK_OPEN}de{MARK_CLOSE}")
    assert text == "a b c de" and spans == ((2, 3), (6, 8))
    assert parse_marked(f"{MARK_CLOSE}x{MARK_OPEN}") == ("x", ())  # stray markers never crash


@pytest.fixture(scope="module")
def fts() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute(
        "CREATE VIRTUAL TABLE t USING fts5(exact, note, tags, tokenize='porter unicode61 remove_diacritics 2')"
    )
    conn.execute("INSERT INTO t VALUES ('Putin said O''Brien', 'sit down 20.04', 'negotiations')")
    return conn


QUERY_ALPHABET = st.sampled_from(
    [
        *"abcxyz019 \"'*-:#@().,^{}[]+~“”’\\\t\n\x00🙂é",
        "AND",
        "OR",
        "NOT",
        "NEAR",
        "tag:",
        "is:",
        "source:",
        "leader:",
        "speaker:",
        "since:",
        "before:",
        " - ",
        '"',
    ]
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(st.text(max_size=40), st.lists(QUERY_ALPHABET, max_size=14).map("".join)))
def test_any_text_compiles_to_valid_fts5_or_a_query_error(fts: sqlite3.Connection, text: str) -> None:
    try:
        query = compile_query(text, now=NOW)
    except QueryError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    for columns in (None, ("note", "tags"), ("exact",)):
        match = query.match(columns)
        if match is not None:
            fts.execute("SELECT count(*) FROM t WHERE t MATCH ?", [match]).fetchone()
    negative = query.negative_match()
    if negative is not None:
        fts.execute("SELECT count(*) FROM t WHERE t MATCH ?", [negative]).fetchone()


def test_prefix_search_matches_stemmed_words(fts: sqlite3.Connection) -> None:
    assert fts.execute("SELECT count(*) FROM t WHERE t MATCH ?", [compile_query("negot*").match()]).fetchone()[0] == 1
    match = compile_query("O'Brien").match()
    assert fts.execute("SELECT count(*) FROM t WHERE t MATCH ?", [match]).fetchone()[0] == 1
