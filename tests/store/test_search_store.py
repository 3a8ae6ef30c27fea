"""Search over a small hand-made library: ranking, snippets, offsets, filters."""

from __future__ import annotations

import hashlib
from datetime import datetime

import pytest

from newsreader.model import Analysis, Article, Leader, Mention, Quote
from newsreader.search import compile_query
from newsreader.store import Library
from newsreader.store.search import search

PUTIN, MACRON = "vladimir-putin", "emmanuel-macron"
GRAIN = "Ships carry grain. Exports resume under the deal."
FILLER = " ".join(f"filler{i % 50} words about nothing in particular." for i in range(400))


def _article(title: str, body: str, source: str, published: datetime, url: str) -> Article:
    return Article(
        title=title,
        body=body,
        source=source,
        published=published,
        url=url,
        content_hash=hashlib.sha256(body.encode()).hexdigest(),
    )


@pytest.fixture
def lib(library: Library) -> Library:
    long_body = FILLER + " The word sovereignty appears once in passing. " + FILLER
    putin_body = 'Vladimir Putin said: "We want peace talks now." Later Macron said "Sovereignty is not negotiable."'
    p_start = putin_body.index("We want")
    m_start = putin_body.index("Sovereignty is")
    articles = [
        (_article("A long report", long_body, "Reuters", datetime(2022, 1, 5), "https://x/long"), Analysis()),
        (
            _article("Talks in Moscow", putin_body, "The Independent", datetime(2022, 3, 10), "https://x/putin"),
            Analysis(
                quotes=(
                    Quote(p_start, p_start + 24, putin_body[p_start : p_start + 24], "Vladimir Putin", PUTIN),
                    Quote(m_start, m_start + 29, putin_body[m_start : m_start + 29], "Emmanuel Macron", MACRON),
                ),
                leaders=(
                    Leader(PUTIN, "Vladimir Putin", "President of Russia", (Mention(0, 14, "Vladimir Putin"),)),
                    Leader("emmanuel-macron", "Emmanuel Macron", "President of France", ()),
                ),
            ),
        ),
        (
            _article("Grain deal", GRAIN, "BBC News", datetime(2023, 7, 1), "https://x/grain"),
            Analysis(),
        ),
    ]  # fmt: skip
    outcomes = library.import_articles(articles, "test")
    ids = [o.article_id for o in outcomes]
    library.add_annotation(
        ids[2], 0, 18, note="Check the sovereignty angle here", tags=["negotiations"], created=datetime(2024, 3, 2)
    )
    library.add_annotation(ids[2], 19, 33, tags=["grain", "negotiations"], created=datetime(2021, 1, 1))
    library.ids = ids  # type: ignore[attr-defined]
    return library


def run(lib: Library, text: str, limit: int = 20):
    return search(lib, compile_query(text, now=datetime(2024, 5, 1)), limit=limit)


def test_a_note_ranks_above_a_passing_word_in_a_long_article(lib: Library) -> None:
    hits = run(lib, "sovereignty")
    kinds = [h.kind for h in hits]
    assert kinds[0] == "note"
    assert kinds.index("note") < kinds.index("article")
    assert {"note", "quote", "article"} <= set(kinds)


def test_hits_say_where_the_match_is(lib: Library) -> None:
    hits = run(lib, "sovereignty")
    long_id = lib.ids[0]  # type: ignore[attr-defined]
    article = next(h for h in hits if h.kind == "article" and h.article_id == long_id)
    body = lib.get_article(long_id).body
    assert body[article.start : article.end].lower() == "sovereignty"
    quote = next(h for h in hits if h.kind == "quote")
    assert quote.speaker == "Emmanuel Macron"
    assert lib.get_article(quote.article_id).body[quote.start : quote.end].startswith("Sovereignty is")
    note = next(h for h in hits if h.kind == "note")
    assert (note.start, note.end) == (0, 18) and note.annotation_id is not None


def test_snippets_mark_the_matched_words(lib: Library) -> None:
    for hit in run(lib, "sovereignty"):
        assert hit.spans, hit
        for start, end in hit.spans:
            assert hit.snippet[start:end].lower().startswith("sovereignt")
        assert "\ufdd0" not in hit.snippet and "\ufdd1" not in hit.snippet


def test_prefix_and_phrase(lib: Library) -> None:
    assert any(h.kind == "quote" for h in run(lib, "negot*"))
    assert sorted(h.kind for h in run(lib, '"peace talks"')) == ["article", "quote"]
    assert run(lib, '"talks peace"') == []


def test_passage_and_note_kinds(lib: Library) -> None:
    assert [h.kind for h in run(lib, "ships")] == ["passage", "article"]
    assert [h.kind for h in run(lib, "is:note sovereignty")] == ["note"]
    assert run(lib, "is:passage sovereignty") == []


def test_tag_filters_annotations(lib: Library) -> None:
    hits = run(lib, "tag:negotiations")
    assert {h.kind for h in hits} == {"note", "passage"} and len(hits) == 2
    assert [h.kind for h in run(lib, "tag:grain")] == ["passage"]
    assert [h.kind for h in run(lib, "tag:negotiations -tag:grain")] == ["note"]
    assert run(lib, "tag:nosuchtag") == []


def test_annotation_dates_are_when_they_were_written(lib: Library) -> None:
    assert [h.kind for h in run(lib, "tag:negotiations since:2024-01-01")] == ["note"]
    assert [h.kind for h in run(lib, "tag:negotiations before:2022-01-01")] == ["passage"]


def test_leader_speaker_source_and_dates(lib: Library) -> None:
    putin_article = lib.ids[1]  # type: ignore[attr-defined]
    assert {h.article_id for h in run(lib, "leader:putin")} == {putin_article}
    assert {h.kind for h in run(lib, "leader:putin")} == {"quote", "article"}
    assert [h.speaker for h in run(lib, "speaker:macron")] == ["Emmanuel Macron"]
    assert [h.speaker for h in run(lib, "speaker:putin peace")] == ["Vladimir Putin"]
    assert run(lib, "speaker:macron peace") == []
    assert {h.article_id for h in run(lib, 'source:"the independent"')} == {putin_article}
    assert putin_article not in {h.article_id for h in run(lib, "sovereignty -source:independent")}
    assert {h.kind for h in run(lib, "is:article before:2022-02-01 sovereignty")} == {"article"}
    assert run(lib, "is:article since:2023-01-01 sovereignty") == []
    assert run(lib, "leader:nobody") == []


def test_exclusion(lib: Library) -> None:
    kinds = [h.kind for h in run(lib, "sovereignty -angle")]
    assert "note" not in kinds and "article" in kinds
    assert all(h.kind != "note" for h in run(lib, "tag:negotiations -sovereignty"))


def test_limit_and_hostile_queries_run(lib: Library) -> None:
    assert len(run(lib, "sovereignty", limit=1)) == 1
    for text in ["O'Brien", "20.04", "@nasa", '"unbalanced', "AND OR NOT", "NEAR(a b)", "a:b", "{x}", "^x"]:
        run(lib, text)  # no FTS5 syntax error
