"""The benchmark corpus is deterministic and valid (fast: the benchmarks themselves run with `make bench`)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from benchmarks import make_corpus

from newsreader.store import Library


def _dump(path: Path) -> dict[str, list[tuple]]:
    """Everything that must not depend on when or where the corpus was generated."""
    conn = sqlite3.connect(path)
    try:
        return {
            "articles": conn.execute(
                "SELECT a.id, a.title, s.name, a.published, a.byline, a.body, a.content_hash, a.words, "
                "a.quote_count, a.leader_count, a.annotation_count FROM articles a "
                "LEFT JOIN sources s ON s.id = a.source_id ORDER BY a.id"
            ).fetchall(),
            "annotations": conn.execute(
                'SELECT id, article_id, start, "end", exact, note, tags, created FROM annotations ORDER BY id'
            ).fetchall(),
            "quotes": conn.execute('SELECT article_id, start, "end", text, speaker FROM quotes ORDER BY id').fetchall(),
            "mentions": conn.execute('SELECT article_id, start, "end", text FROM mentions ORDER BY id').fetchall(),
        }
    finally:
        conn.close()


@pytest.fixture(scope="module")
def two_libraries(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("corpus")
    first, second = folder / "one.db", folder / "two.db"
    make_corpus.write_library(first, 20, 30)
    make_corpus.write_library(second, 20, 30)
    return first, second


def test_library_corpus_is_deterministic(two_libraries: tuple[Path, Path]) -> None:
    first, second = two_libraries
    assert _dump(first) == _dump(second)


def test_library_corpus_is_valid(two_libraries: tuple[Path, Path]) -> None:
    path = two_libraries[0]
    with Library.open(path) as library:
        summaries = library.list_articles()
        assert len(summaries) == 20
        assert library.count_annotations() == 30
        bodies = {s.id: library.get_article(s.id).body for s in summaries}
        # Every article its own body (a shared pool template plus a unique closing paragraph) and hash.
        assert len(set(bodies.values())) == 20
        assert min(s.words for s in summaries) >= 600 and max(s.words for s in summaries) <= 950
        assert len({s.source for s in summaries}) > 3
        assert sum(any(mark in body for mark in '“"‘') for body in bodies.values()) == 20
        for annotation in library.list_annotations():
            body = bodies[annotation.article_id]
            assert 0 <= annotation.start < annotation.end <= len(body)
            assert body[annotation.start : annotation.end] == annotation.exact
            assert annotation.tags
        # Stored analysis (pool analysis reused) must index each article's own body.
        for article_id, body in bodies.items():
            analysis = library.get_analysis(article_id)
            for quote in analysis.quotes:
                assert body[quote.start : quote.end] == quote.text
            for leader in analysis.leaders:
                for mention in leader.mentions:
                    assert body[mention.start : mention.end] == mention.text


def test_text_files_are_deterministic_plain_articles(tmp_path: Path) -> None:
    make_corpus.write_text_files(tmp_path / "a", 5)
    make_corpus.write_text_files(tmp_path / "b", 5)
    names = sorted(p.name for p in (tmp_path / "a").iterdir())
    assert names == [f"{i:06d}.txt" for i in range(5)]
    for name in names:
        text = (tmp_path / "a" / name).read_text(encoding="utf-8")
        assert text == (tmp_path / "b" / name).read_text(encoding="utf-8")
        title, date_line, *paragraphs = text.split("\n\n")
        assert title and "\n" not in title
        assert any(str(year) in date_line for year in range(2019, 2026))
        assert 650 <= len(" ".join(paragraphs).split()) <= 950
    # Different seeds give a different corpus: the seed is really used.
    assert next(make_corpus.text_files(1, seed="other")) != next(make_corpus.text_files(1))


def test_first_articles_do_not_depend_on_corpus_size() -> None:
    material = make_corpus.load_material()
    template = make_corpus.template_body(material, 0)[1]
    assert make_corpus.make_article(material, 7, template) == make_corpus.make_article(material, 7, template)
    assert make_corpus.make_article(material, 7, template) != make_corpus.make_article(material, 8, template)
