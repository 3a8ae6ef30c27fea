"""A deterministic corpus of realistic news articles and annotations, for the benchmarks.

Articles recombine the paragraphs and sentences of ``sample_data/*.txt`` -- quotations with their
speaker cues, leaders by full name, surname and title, apostrophes and curly marks -- with a cast of
real leaders swapped in and filler drawn from a vocabulary with a long tail of rare words, so the
analyser and the full-text index do the work they would do on real news.

Every article ``i`` comes from its own seeded generator, so the first 1,000 articles of a 100k corpus
are the 1k corpus. Two outputs:

* a library file (fast path): ``POOL`` distinct bodies are analysed for real once; each article is a
  pool body plus a unique closing paragraph (no quotes, no leaders), so the pool body's analysis --
  every offset lies before the appended paragraph -- is the article's analysis. 100k articles then
  cost 200 analyses instead of 100k, and every article still has its own body, hash and title;
* plain-text files for the import benchmark (each body generated and analysed by the importer).

    python benchmarks/make_corpus.py library OUT.db --articles 1000 --annotations 1000
    python benchmarks/make_corpus.py text OUT_DIR --articles 200
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `benchmarks` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from newsreader.model import Analysis, Article

# Bump when the generated text changes: it is part of every cached corpus's name.
GENERATOR_VERSION = "3"
SEED = "newsreader-bench"
POOL = 200
REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "sample_data"

# (full name, surname, role phrase) -- the people the samples quote, then others a gazetteer of G20 and
# Security Council leaders knows. Swapped into sample paragraphs in place of Biden / Putin / Macron.
CAST = [
    ("Joe Biden", "Biden", "US President"),
    ("Vladimir Putin", "Putin", "Russian President"),
    ("Emmanuel Macron", "Macron", "French President"),
    ("Olaf Scholz", "Scholz", "German Chancellor"),
    ("Rishi Sunak", "Sunak", "British Prime Minister"),
    ("Volodymyr Zelensky", "Zelensky", "Ukrainian President"),
    ("Xi Jinping", "Xi", "Chinese President"),
    ("Narendra Modi", "Modi", "Indian Prime Minister"),
    ("Justin Trudeau", "Trudeau", "Canadian Prime Minister"),
    ("Fumio Kishida", "Kishida", "Japanese Prime Minister"),
    ("Antony Blinken", "Blinken", "US Secretary of State"),
    ("Sergei Lavrov", "Lavrov", "Russian Foreign Minister"),
    ("Dmitry Peskov", "Peskov", "Kremlin spokesman"),
    ("Recep Tayyip Erdogan", "Erdogan", "Turkish President"),
    ("Luiz Inacio Lula da Silva", "Lula", "Brazilian President"),
    ("Giorgia Meloni", "Meloni", "Italian Prime Minister"),
    ("Anthony Albanese", "Albanese", "Australian Prime Minister"),
    ("Annalena Baerbock", "Baerbock", "German Foreign Minister"),
]
SAMPLE_NAMES = [("Joe Biden", "Biden"), ("Vladimir Putin", "Putin"), ("Emmanuel Macron", "Macron")]

SOURCES = [
    ("Reuters", 12),
    ("The Guardian", 10),
    ("BBC News", 10),
    ("The Independent", 8),
    ("The Telegraph", 7),
    ("Associated Press", 7),
    ("Al Jazeera", 5),
    ("Financial Times", 5),
    ("Politico Europe", 4),
    ("Time Plus News", 3),
    ("Yahoo News", 3),
    ("Deutsche Welle", 2),
]
TAGS = [
    "negotiations", "sanctions", "energy", "ceasefire", "nato", "diplomacy", "economy", "refugees",
    "elections", "military-aid", "grain", "nuclear", "summit", "rhetoric", "contradiction", "follow-up",
    "timeline", "source-check", "quote-of-note", "sovereignty", "crimea", "inflation", "china", "un",
    "humanitarian", "war-crimes", "gas", "europe", "trade", "security", "climate", "migration", "budget",
    "polling", "opposition", "protest", "media", "intelligence", "cyber", "todo",
]  # fmt: skip
NEWS_WORDS = tuple(
    """
government minister officials talks negotiations ceasefire sanctions economy inflation energy prices gas
pipeline grain exports shipments ports border troops forces offensive counteroffensive missile drones
artillery ammunition weapons allies alliance summit delegation parliament vote election campaign polls
opposition coalition budget deficit spending taxes reform ministry spokesman statement briefing reporters
agreement treaty framework proposal deadline timetable concessions demands guarantees security stability
sovereignty territory annexation referendum occupation withdrawal retreat advance frontline villages
civilians casualties evacuation refugees humanitarian convoy corridor infrastructure blackout power grid
winter heating subsidies households markets investors currency interest rates central bank recession
growth forecast analysts experts diplomats ambassador envoy mediator observers inspectors monitors nuclear
plant reactor safety agency watchdog investigation inquiry evidence allegations crimes tribunal court
ruling appeal verdict sentence prosecutors lawyers judges protests demonstrators police arrests crackdown
censorship journalists media broadcasters newspapers correspondents sources documents leaked intelligence
assessment warning threat escalation deterrence rhetoric signal message pressure leverage isolation trade
tariffs supply chains manufacturers factories workers unions strikes wages pensions health hospitals
vaccines schools universities students climate emissions targets renewables coal oil drilling refinery
""".split()  # noqa: SIM905 -- a word list reads best as text
)

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z“‘\"'])")
_QUOTE_MARK = re.compile(r"[“”\"]|(?:^|\s)[‘']")
_MONTHS = "January February March April May June July August September October November December".split()  # noqa: SIM905
_DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()  # noqa: SIM905


@dataclass(frozen=True)
class Material:
    quote_paragraphs: tuple[str, ...]
    sentences: tuple[str, ...]
    common_words: tuple[str, ...]
    rare_words: tuple[str, ...]


def _pseudo_words(count: int) -> tuple[str, ...]:
    """A long tail of invented words (place, company and family names): the rare terms of real news."""
    rng = random.Random(f"{SEED}:lexicon")
    onsets = ["b", "br", "ch", "d", "dr", "f", "g", "gr", "h", "k", "kr", "l", "m", "n", "p", "r", "s", "sh", "st", "t",
              "tr", "v", "z", "zh"]  # fmt: skip
    vowels = ["a", "e", "i", "o", "u", "ai", "ou", "ia", "y"]
    codas = ["", "", "n", "r", "sk", "v", "l", "m", "nd", "rt", "sh", "tz", "k"]
    words: dict[str, None] = {}
    while len(words) < count:
        word = "".join(rng.choice(onsets) + rng.choice(vowels) for _ in range(rng.randint(2, 3))) + rng.choice(codas)
        words[word] = None
    return tuple(words)


def load_material(samples: Path = SAMPLES) -> Material:
    quote_paragraphs: list[str] = []
    sentences: list[str] = []
    vocabulary: dict[str, None] = {}
    for path in sorted(samples.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for word in re.findall(r"\b[a-z]{3,14}\b", text):
            vocabulary[word] = None
        for block in re.split(r"\n\s*\n", text):
            paragraph = " ".join(block.split())
            if len(paragraph.split()) < 12 or "Oops" in paragraph or paragraph.startswith(("•", "Sign up", "Join")):
                continue
            if _QUOTE_MARK.search(paragraph):
                quote_paragraphs.append(paragraph)
            else:
                sentences.extend(s for s in _SENTENCE_END.split(paragraph) if len(s.split()) >= 6)
    for word in NEWS_WORDS:
        vocabulary[word] = None
    if not quote_paragraphs or not sentences:
        raise SystemExit(f"{samples}: no sample articles to build a corpus from")
    return Material(tuple(quote_paragraphs), tuple(sentences), tuple(vocabulary), _pseudo_words(20_000))


class Writer:
    """Text generation for one article, from its own random generator."""

    def __init__(self, material: Material, rng: random.Random) -> None:
        self.m = material
        self.rng = rng
        self.cast = rng.sample(CAST, 3)

    def word(self) -> str:
        # Zipf-ish: most filler words are common; one in five comes from the long tail.
        if self.rng.random() < 0.2:
            return self.rng.choice(self.m.rare_words)
        words = self.m.common_words
        return (
            words[min(len(words) - 1, int(self.rng.paretovariate(1.1)) - 1)]
            if self.rng.random() < 0.3
            else (self.rng.choice(words))
        )

    def topic(self) -> str:
        return self.rng.choice(NEWS_WORDS)

    def place(self) -> str:
        return self.rng.choice(self.m.rare_words).capitalize()

    def filler_sentence(self) -> str:
        w = self.word
        pattern = self.rng.randrange(4)
        if pattern == 0:
            text = (
                f"Officials in {self.place()} said the {w()} {w()} would {w()} the {w()} by {self.rng.choice(_MONTHS)}"
            )
        elif pattern == 1:
            text = f"The {w()} of {w()} and {w()} has {w()} since the {w()} {w()} in {self.place()}"
        elif pattern == 2:
            firm = f"{self.place()} {self.rng.choice(['Capital', 'Institute', 'Group'])}"
            text = f"Analysts at {firm} expect {w()} {w()} to {w()} further"
        else:
            text = f"Residents of {self.place()} described {w()}, {w()} and {w()} after the {w()} {w()}"
        return text + "."

    def _swap(self, paragraph: str) -> str:
        for (full, surname), (new_full, new_surname, _) in zip(SAMPLE_NAMES, self.cast, strict=True):
            paragraph = paragraph.replace(full, "\0" + new_full + "\0").replace(surname, new_surname)
        return paragraph.replace("\0", "")

    def quote_paragraph(self) -> str:
        rng = self.rng
        full, surname, role = rng.choice(self.cast)
        s1 = self._swap(rng.choice(self.m.sentences))
        s2 = self._swap(rng.choice(self.m.sentences))
        style = rng.randrange(8)
        if style == 0:
            return f"{role} {full} said: “{s1} {s2}”"
        if style == 1:
            return f"“{s1.rstrip('.')},” Mr {surname} told reporters. “{s2}”"
        if style == 2:
            phrase = f"{self.word()} {self.word()} {self.word()}"
            return f"{surname}’s officials said the government would “{phrase}” before {rng.choice(_MONTHS)}."
        if style == 3:
            return f"According to {full}, “{s1}”"
        if style == 4:
            return f"‘{s1}’ said {full}, the {role.split(' ', 1)[-1].lower()}."
        if style == 5:
            return f'He said: "{s1} {s2}"'
        if style == 6:
            return f"Mr {surname} added: “{s1}”"
        return self._swap(rng.choice(self.m.quote_paragraphs))

    def plain_paragraph(self) -> str:
        rng = self.rng
        if rng.random() < 0.3:
            return " ".join(self.filler_sentence() for _ in range(rng.randint(2, 4)))
        return " ".join(self._swap(rng.choice(self.m.sentences)) for _ in range(rng.randint(2, 4)))

    def body(self, words: int) -> str:
        paragraphs: list[str] = []
        count = 0
        while count < words:
            kind = self.rng.random()
            if kind < 0.2:
                paragraph = self._swap(self.rng.choice(self.m.quote_paragraphs))
            elif kind < 0.45:
                paragraph = self.quote_paragraph()
            else:
                paragraph = self.plain_paragraph()
            paragraphs.append(paragraph)
            count += len(paragraph.split())
        return "\n\n".join(paragraphs)

    def closing_paragraph(self, serial: int) -> str:
        """Unique words, no quotation marks and no names of leaders: safe to append after analysis."""
        filler = " ".join(self.filler_sentence() for _ in range(self.rng.randint(3, 5)))
        return f"{filler} Reporting by {self.place()} {self.place()}; file {serial:07d}."

    def title(self) -> str:
        rng = self.rng
        full, surname, _ = self.cast[0]
        other = self.cast[1][1]
        style = rng.randrange(5)
        if style == 0:
            return f"{full}: I’ll sit down with {self.cast[1][0]} if talks on {self.topic()} resume"
        if style == 1:
            return f"{surname} warns {other} over {self.topic()} as {self.place()} talks stall"
        if style == 2:
            return f"‘{self.topic().capitalize()} isn’t {self.topic()}’: {surname} rejects {other}’s conditions"
        if style == 3:
            return f"{self.place()} {self.topic()} deal: what {surname} and {other} agreed"
        return f"{surname} tells {other} he wants to ‘avoid {self.topic()}’ at {self.place()} summit"

    def published(self) -> datetime:
        base = datetime(2025, 1, 1, 12, 0)
        moment = base - timedelta(minutes=self.rng.randrange(5 * 365 * 24 * 60))
        roll = self.rng.random()
        if roll < 0.15:
            return moment.replace(hour=0, minute=0)  # a printed date with no time
        if roll < 0.6:
            return moment.replace(tzinfo=UTC)
        return moment.replace(tzinfo=timezone(timedelta(hours=self.rng.choice([-5, -4, 1, 2, 3]))))

    def source(self) -> str:
        names, weights = zip(*SOURCES, strict=True)
        return self.rng.choices(names, weights)[0]

    def byline(self) -> str | None:
        if self.rng.random() < 0.4:
            return None
        return f"{self.rng.choice(['Anna', 'Tom', 'Leila', 'Marco', 'Priya', 'Jonas', 'Ewa'])} {self.place()}"


def article_rng(kind: str, index: int, seed: str = SEED) -> random.Random:
    return random.Random(f"{seed}:{kind}:{index}")


def template_body(material: Material, index: int, words: int = 650, seed: str = SEED) -> tuple[str, str]:
    """(title, body) of pool template ``index``."""
    writer = Writer(material, article_rng("template", index, seed))
    return writer.title(), writer.body(words)


def make_article(material: Material, index: int, template: str, seed: str = SEED) -> Article:
    """Article ``index`` of a library corpus: template body + its own closing paragraph and metadata."""
    writer = Writer(material, article_rng("article", index, seed))
    body = template + "\n\n" + writer.closing_paragraph(index)
    return Article(
        title=writer.title(),
        body=body,
        source=writer.source(),
        published=writer.published(),
        byline=writer.byline(),
        url=f"https://news.example/{index:07d}",
        content_hash=hashlib.sha256(body.encode("utf-8")).hexdigest(),
    )


# --------------------------------------------------------------------------- analysis


def analyser() -> tuple[object, str]:
    """The real analyser (as the CLI builds it) and its version, or a null one before it exists."""
    try:
        from newsreader.cli.library_commands import analyser as cli_analyser

        return cli_analyser()
    except ImportError:
        return (lambda article: Analysis()), "none"


def analyser_version() -> str:
    """The analyser version naming the cached corpora. ``run.py`` pins the one it prepared
    (``NR_BENCH_ANALYSER``), so a new analyser landing mid-run cannot trigger a 5-minute regeneration
    in the middle of the measurements."""
    return os.environ.get("NR_BENCH_ANALYSER") or analyser()[1]


# --------------------------------------------------------------------------- annotations


@dataclass(frozen=True)
class AnnotationSpec:
    article: int  # index into the corpus
    start: int
    end: int
    note: str
    tags: tuple[str, ...]
    created: datetime


def make_annotation(material: Material, index: int, body: str, article: int, seed: str = SEED) -> AnnotationSpec:
    rng = article_rng("annotation", index, seed)
    writer = Writer(material, rng)
    sentences = [m.span() for m in re.finditer(r"[^\n.!?]+[.!?]?", body) if len(m.group().split()) >= 4]
    start, end = rng.choice(sentences)
    while body[start].isspace():
        start += 1
    if rng.random() < 0.2 and end - start > 30:  # some passages are a few words, not a sentence
        end = start + rng.randint(10, 30)
    tags = tuple(dict.fromkeys(rng.choices(TAGS, weights=[1 / (i + 1) for i in range(len(TAGS))], k=rng.randint(1, 3))))
    note = ""
    if rng.random() < 0.7:
        full, surname, _ = writer.cast[0]
        note = rng.choice(
            [
                f"Compare with {surname}’s remarks in {rng.choice(_MONTHS)}: {writer.filler_sentence()}",
                f"Check this against the {writer.word()} figures. {writer.filler_sentence()}",
                f"**Key line.** {full} contradicts the {writer.word()} briefing.",
                f"Follow up: who else reported the {writer.word()} {writer.word()}?",
                writer.filler_sentence(),
            ]
        )
    created = datetime(2023, 1, 1, tzinfo=UTC) + timedelta(minutes=rng.randrange(2 * 365 * 24 * 60))
    return AnnotationSpec(article, start, end, note, tags, created)


# --------------------------------------------------------------------------- writers


def write_library(path: Path, articles: int, annotations: int, *, seed: str = SEED, batch: int = 1000) -> dict:
    """Write a fresh library file; returns facts about it (also saved next to it as JSON)."""
    from newsreader.store import Library

    started = time.perf_counter()
    material = load_material()
    analyse, version = analyser()
    pool = min(POOL, max(1, articles))
    templates = [template_body(material, t, seed=seed)[1] for t in range(pool)]
    analyses = [analyse(Article(title="", body=body)) for body in templates]  # type: ignore[operator]
    analysed = time.perf_counter()

    path.unlink(missing_ok=True)
    library = Library.open(path)
    ids: list[int] = []
    picks = [article_rng("pick", i, seed).randrange(pool) for i in range(articles)]
    try:
        for first in range(0, articles, batch):
            items = []
            for i in range(first, min(articles, first + batch)):
                items.append((make_article(material, i, templates[picks[i]], seed), analyses[picks[i]]))
            outcomes = library.import_articles(items, version)
            ids.extend(o.article_id for o in outcomes)
        stored = time.perf_counter()
        for first in range(0, annotations, batch):
            with library.db.atomic():
                for j in range(first, min(annotations, first + batch)):
                    target = article_rng("annotated", j, seed).randrange(articles)
                    # Re-made rather than kept: 100k bodies would hold ~0.5 GB.
                    body = make_article(material, target, templates[picks[target]], seed).body
                    spec = make_annotation(material, j, body, target, seed)
                    library.add_annotation(
                        ids[target], spec.start, spec.end, note=spec.note, tags=spec.tags, created=spec.created
                    )
        library.db.execute("PRAGMA optimize")
        facts = {
            "articles": articles,
            "annotations": annotations,
            "generator": GENERATOR_VERSION,
            "analyser": version,
            "pool": pool,
            "newest_titles": [s.title for s in library.list_articles(limit=5)],
            "seconds": {
                "analyse_pool": round(analysed - started, 2),
                "store_articles": round(stored - analysed, 2),
                "annotations": round(time.perf_counter() - stored, 2),
            },
        }
    finally:
        library.close()
    path.with_suffix(".json").write_text(json.dumps(facts, indent=1, ensure_ascii=False))
    return facts


def long_article(material: Material, words: int, index: int, seed: str = SEED) -> Article:
    writer = Writer(material, article_rng("long", index, seed))
    body = writer.body(words)
    return Article(
        title=f"{writer.title()} ({words:,} words)",
        body=body,
        source=writer.source(),
        published=datetime(2025, 1, 1, 12, 0, tzinfo=UTC) - timedelta(days=index),
        byline=writer.byline(),
        content_hash=hashlib.sha256(body.encode("utf-8")).hexdigest(),
    )


def write_reader_library(path: Path, sizes: tuple[int, ...] = (2_000, 50_000), *, seed: str = SEED) -> dict:
    """A library of a few long articles for the reader benchmark, newest first in ``sizes`` order,
    each analysed for real and carrying one annotation per ~100 words."""
    from newsreader.store import Library

    material = load_material()
    analyse, version = analyser()
    path.unlink(missing_ok=True)
    facts: dict = {"analyser": version, "generator": GENERATOR_VERSION, "articles": []}
    with Library.open(path) as library:
        for k, words in enumerate(sizes):
            article = long_article(material, words, k, seed)
            analysis = analyse(article)  # type: ignore[operator]
            article_id = library.add_article(article, analysis, version).article_id
            with library.db.atomic():
                for j in range(words // 100):
                    spec = make_annotation(material, 1_000_000 * (k + 1) + j, article.body, k, seed)
                    library.add_annotation(article_id, spec.start, spec.end, note=spec.note, tags=spec.tags)
            facts["articles"].append(
                {
                    "id": article_id,
                    "words": article.words,
                    "title": article.title,
                    "quotes": len(analysis.quotes),
                    "leaders": len(analysis.leaders),
                    "annotations": words // 100,
                    "first_words": " ".join(article.body.split()[:4]),
                }
            )
        facts["newest_titles"] = [s.title for s in library.list_articles(limit=5)]
    path.with_suffix(".json").write_text(json.dumps(facts, indent=1, ensure_ascii=False))
    return facts


def _date_line(moment: datetime, rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"{moment.day} {_MONTHS[moment.month - 1]} {moment.year} • {moment.strftime('%-I:%M%p').lower()}"
    return f"{_DAYS[moment.weekday()]} {moment.day:02d} {_MONTHS[moment.month - 1]} {moment.year} {moment:%H:%M} GMT"


def text_files(count: int, *, words: int = 700, seed: str = SEED) -> Iterator[tuple[str, str]]:
    """(file name, content) of ``count`` plain-text articles: headline, date line, body."""
    material = load_material()
    for i in range(count):
        writer = Writer(material, article_rng("text", i, seed))
        title = writer.title()
        moment = writer.published()
        body = writer.body(words)
        yield f"{i:06d}.txt", f"{title}\n\n{_date_line(moment, writer.rng)}\n\n{body}\n"


def write_text_files(folder: Path, count: int, *, words: int = 700, seed: str = SEED) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for name, content in text_files(count, words=words, seed=seed):
        (folder / name).write_text(content, encoding="utf-8")
        total += len(content.split())
    return total


# --------------------------------------------------------------------------- the cache


def cached_library(articles: int, annotations: int, out: Path | None = None) -> Path:
    """The library for (articles, annotations), generated once per generator and analyser version."""
    out = out or REPO / "benchmarks" / "out"
    out.mkdir(parents=True, exist_ok=True)
    version = re.sub(r"[^\w.-]+", "_", analyser_version())
    path = out / f"library-g{GENERATOR_VERSION}-a{version}-n{articles}-m{annotations}.db"
    if not path.exists():
        partial = path.with_name(path.stem + f".partial{os.getpid()}.db")
        write_library(partial, articles, annotations)
        partial.with_suffix(".json").replace(path.with_suffix(".json"))
        for suffix in ("-wal", "-shm"):
            Path(str(partial) + suffix).unlink(missing_ok=True)
        partial.replace(path)
    return path


def cached_reader_library(out: Path | None = None) -> Path:
    out = out or REPO / "benchmarks" / "out"
    out.mkdir(parents=True, exist_ok=True)
    version = re.sub(r"[^\w.-]+", "_", analyser_version())
    path = out / f"reader-g{GENERATOR_VERSION}-a{version}.db"
    if not path.exists():
        partial = path.with_name(path.stem + f".partial{os.getpid()}.db")
        write_reader_library(partial)
        partial.with_suffix(".json").replace(path.with_suffix(".json"))
        partial.replace(path)
    return path


def facts_for(path: Path) -> dict:
    return json.loads(path.with_suffix(".json").read_text())


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="mode", required=True)
    lib = sub.add_parser("library", help="write a library file")
    lib.add_argument("path", type=Path)
    lib.add_argument("--articles", type=int, default=1000)
    lib.add_argument("--annotations", type=int, default=1000)
    txt = sub.add_parser("text", help="write plain-text article files")
    txt.add_argument("folder", type=Path)
    txt.add_argument("--articles", type=int, default=200)
    txt.add_argument("--words", type=int, default=700)
    args = parser.parse_args(argv)
    if args.mode == "library":
        print(json.dumps(write_library(args.path, args.articles, args.annotations), indent=1, ensure_ascii=False))
    else:
        words = write_text_files(args.folder, args.articles, words=args.words)
        print(f"wrote {args.articles} files ({words} words) to {args.folder}")


if __name__ == "__main__":
    main()
