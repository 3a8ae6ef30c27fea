"""The search language: what a reader types -> a :class:`CompiledQuery` the store runs.

Pure: no SQL driver here. The only thing that reaches SQLite as text is an FTS5 MATCH string, and it
is built solely from terms we quote ourselves (``"term"``, inner quotes doubled; a prefix search only
as ``"term"*``), so no user text is ever parsed as FTS5 syntax.

The language (also in ``newsreader search --help`` and the app's help)::

    sanctions grain          every word (AND is implied)
    "sit down"               an exact phrase; an unclosed quote runs to the end
    negot*                   words starting with "negot"
    ceasefire OR truce       either word;  NOT word  is the same as  -word
    -nato  -"air power"      leave out results containing these
    tag:negotiations #energy annotations with this tag (-tag:done leaves them out)
    leader:putin             in articles about this leader (articles, their quotations, your notes)
    speaker:macron           quotations by this speaker
    source:"the independent" from this outlet (-source:... leaves it out)
    since:"last month"  before:2022-03-01
                             articles by publication date; your notes by the date you wrote them
    is:note is:passage is:quote is:article
                             only this kind of result (is:note: notes on passages and on
                             whole articles; a whole-article note goes by the article's date)
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field, replace
from datetime import datetime

from newsreader.dates import DateError, parse_when

KINDS = ("note", "passage", "quote", "article")
_IS_VALUES = {
    "note": "note",
    "notes": "note",
    "passage": "passage",
    "passages": "passage",
    "annotation": "annotation",
    "annotations": "annotation",
    "quote": "quote",
    "quotes": "quote",
    "quotation": "quote",
    "quotations": "quote",
    "article": "article",
    "articles": "article",
}
QUALIFIERS = ("tag", "leader", "speaker", "source", "since", "before", "is")
QUOTE_MARKS = '"“”„'  # straight and curly double quotes open and close phrases; ’ stays an apostrophe
MAX_TERMS = 32  # a pasted page is not a query; FTS5 copes, but the reader gets a clear message


class QueryError(ValueError):
    """A query that cannot be run; ``str(error)`` is one line for the reader."""


@dataclass(frozen=True, slots=True)
class Term:
    """A word or a phrase as typed (``text``); ``prefix`` when it ended in ``*``."""

    text: str
    prefix: bool = False
    phrase: bool = False

    def fts(self) -> str:
        quoted = '"' + self.text.replace('"', '""') + '"'
        return quoted + "*" if self.prefix else quoted


@dataclass(frozen=True, slots=True)
class CompiledQuery:
    """What the store needs to run a query. ``groups`` is an AND of ORs of terms."""

    text: str
    groups: tuple[tuple[Term, ...], ...] = ()
    excluded: tuple[Term, ...] = ()
    tags: tuple[str, ...] = ()
    excluded_tags: tuple[str, ...] = ()
    leaders: tuple[str, ...] = ()
    speakers: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    excluded_sources: tuple[str, ...] = ()
    since: datetime | None = None
    before: datetime | None = None
    kinds: frozenset[str] = field(default_factory=lambda: frozenset(KINDS))

    @property
    def has_text(self) -> bool:
        return bool(self.groups)

    def positive_match(self) -> str | None:
        """The FTS5 expression every result must match, or None when only filters were given."""
        if not self.groups:
            return None
        parts = []
        for group in self.groups:
            if len(group) == 1:
                parts.append(group[0].fts())
            else:
                parts.append("(" + " OR ".join(term.fts() for term in group) + ")")
        return " AND ".join(parts)

    def negative_match(self) -> str | None:
        """An FTS5 expression for what must not match (any excluded term), or None."""
        if not self.excluded:
            return None
        return " OR ".join(term.fts() for term in self.excluded)

    def match(self, columns: tuple[str, ...] | None = None) -> str | None:
        """The full MATCH string (positive terms, optionally only in ``columns``, minus excluded
        terms anywhere), or None when there are no positive terms to match."""
        positive = self.positive_match()
        if positive is None:
            return None
        if columns:
            positive = "{" + " ".join(columns) + "} : (" + positive + ")"
        negative = self.negative_match()
        return f"({positive}) NOT ({negative})" if negative else positive

    @property
    def words(self) -> tuple[str, ...]:
        """The positive terms as typed, for display."""
        return tuple(term.text for group in self.groups for term in group)


# ----------------------------------------------------------------------------- lexing


@dataclass(frozen=True, slots=True)
class _Token:
    text: str
    phrase: bool = False  # came from quotes
    negated: bool = False
    key: str | None = None  # a qualifier name, when the token was key:value


def _read_phrase(text: str, i: int) -> tuple[str, int]:
    """``text[i]`` is an opening mark; return the phrase and the index after its closing mark."""
    j = i + 1
    while j < len(text) and text[j] not in QUOTE_MARKS:
        j += 1
    return text[i + 1 : j], j + 1  # an unclosed phrase runs to the end


def _lex(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        negated = False
        if ch == "-" and i + 1 < n and not text[i + 1].isspace():
            negated = True
            i += 1
            ch = text[i]
        if ch in QUOTE_MARKS:
            phrase, i = _read_phrase(text, i)
            tokens.append(_Token(phrase, phrase=True, negated=negated))
            continue
        j = i
        while j < n and not text[j].isspace() and text[j] not in QUOTE_MARKS:
            j += 1
        word = text[i:j]
        key, colon, rest = word.partition(":")
        if colon and key.lower() in QUALIFIERS:
            if not rest and j < n and text[j] in QUOTE_MARKS:
                value, j = _read_phrase(text, j)
                tokens.append(_Token(value, phrase=True, negated=negated, key=key.lower()))
            else:
                tokens.append(_Token(rest, negated=negated, key=key.lower()))
        elif word.startswith("#") and len(word) > 1:
            tokens.append(_Token(word[1:], negated=negated, key="tag"))
        else:
            tokens.append(_Token(word, negated=negated))
        i = j
    return tokens


def _searchable(text: str) -> bool:
    """Whether FTS5's unicode61 tokenizer would find a word in ``text`` (letters or digits)."""
    return any(unicodedata.category(ch)[0] in "LN" for ch in text)


def _term(token: _Token) -> Term | None:
    text = token.text.strip()
    prefix = False
    if not token.phrase and text.endswith("*"):
        text = text.rstrip("*")
        prefix = True
    if not token.phrase:
        # A '*' inside a word is not FTS5 syntax for us; it separates, like other punctuation.
        text = text.replace("*", " ").strip()
    if not _searchable(text):
        return None
    return Term(text=" ".join(text.split()), prefix=prefix and _searchable(text[-1:]), phrase=token.phrase)


# ----------------------------------------------------------------------------- compiling


def parse_date(value: str, key: str, now: datetime | None = None) -> datetime:
    """``2022-03-01``, ``March 2022``, ``last month`` -> the start of that period (naive), or a QueryError.

    The start for both keys: ``since:2022`` is from 1 January 2022, ``before:2022`` before it.
    """
    value = value.strip()
    try:
        return parse_when(value, now=now)
    except DateError:
        raise QueryError(
            f'{key}:{value!r} is not a date (try {key}:2022-03-01, {key}:"March 2022" or {key}:"last month")'
        ) from None


def compile_query(text: str, *, now: datetime | None = None) -> CompiledQuery:
    """Parse ``text``; raise :class:`QueryError` with a one-line message when it cannot be run."""
    if not isinstance(text, str) or not text.strip():
        raise QueryError('nothing to search for: type a word, a "phrase" or a filter such as tag:NAME')
    tokens = _lex(text.replace("\x00", " "))
    query = CompiledQuery(text=text)
    groups: list[list[Term]] = []
    excluded: list[Term] = []
    kinds: set[str] | None = None
    pending_or = False
    pending_not = False
    ignored: list[str] = []
    for index, token in enumerate(tokens):
        if token.key:
            query, kinds = _qualifier(query, token, kinds, now)
            pending_or = False
            continue
        bare = token.text
        has_next_term = index + 1 < len(tokens) and tokens[index + 1].key is None
        if not token.phrase and not token.negated:
            if bare == "OR" and groups and has_next_term:
                pending_or = True
                continue
            if bare == "AND" and groups and has_next_term:
                continue
            if bare == "NOT" and has_next_term:
                pending_not = True
                continue
        term = _term(token)
        if term is None:
            ignored.append(token.text)
            pending_or = pending_not = False
            continue
        if token.negated or pending_not:
            excluded.append(term)
        elif pending_or and groups:
            groups[-1].append(term)
        else:
            groups.append([term])
        pending_or = pending_not = False
    if len(excluded) + sum(len(g) for g in groups) > MAX_TERMS:
        raise QueryError(f"too many words: a query holds at most {MAX_TERMS} words or phrases")
    if kinds is not None:
        if not kinds:
            raise QueryError("the is: filters leave nothing to search (is:note is:quote asks for both at once)")
        query = replace(query, kinds=frozenset(kinds))
    if query.speakers:
        query = replace(query, kinds=query.kinds & {"quote"})
    if query.tags:
        query = replace(query, kinds=query.kinds & {"note", "passage"})
    if not query.kinds:
        raise QueryError("these filters contradict each other (speaker: finds quotations, tag: finds annotations)")
    query = replace(query, groups=tuple(tuple(g) for g in groups), excluded=tuple(excluded))
    filtered = any(
        (query.tags, query.excluded_tags, query.leaders, query.speakers, query.sources, query.excluded_sources)
    ) or (query.since or query.before or kinds is not None)
    if not query.groups and not filtered:
        if excluded:
            raise QueryError("-word only leaves things out: add a word or a filter to search for")
        shown = " ".join(ignored)[:40]
        raise QueryError(f"nothing to search for in {shown!r}: use letters or digits")
    if query.since and query.before and query.since >= query.before:
        raise QueryError("since: is not before before:, so nothing can match")
    return query


def _qualifier(
    query: CompiledQuery, token: _Token, kinds: set[str] | None, now: datetime | None
) -> tuple[CompiledQuery, set[str] | None]:
    key, value = token.key or "", " ".join(token.text.split())
    if not value:
        examples = {
            "tag": "tag:negotiations",
            "leader": "leader:putin",
            "speaker": "speaker:macron",
            "source": 'source:"the independent"',
            "since": 'since:"last month"',
            "before": "before:2022-03-01",
            "is": "is:note",
        }
        raise QueryError(f"{key}: needs a value, e.g. {examples[key]}")
    if token.negated and key not in ("tag", "source"):
        raise QueryError(f"-{key}: cannot leave things out; only -tag:, -source: and -word can")
    if key == "tag":
        tag = value.lstrip("#").strip()
        if not tag:
            raise QueryError("tag: needs a value, e.g. tag:negotiations")
        if token.negated:
            return replace(query, excluded_tags=(*query.excluded_tags, tag)), kinds
        return replace(query, tags=(*query.tags, tag)), kinds
    if key == "leader":
        return replace(query, leaders=(*query.leaders, value)), kinds
    if key == "speaker":
        return replace(query, speakers=(*query.speakers, value)), kinds
    if key == "source":
        if token.negated:
            return replace(query, excluded_sources=(*query.excluded_sources, value)), kinds
        return replace(query, sources=(*query.sources, value)), kinds
    if key == "since":
        return replace(query, since=parse_date(value, key, now)), kinds
    if key == "before":
        return replace(query, before=parse_date(value, key, now)), kinds
    wanted = _IS_VALUES.get(value.lower())
    if wanted is None:
        raise QueryError(f"is:{value} is not a kind; use is:note, is:passage, is:quote or is:article")
    chosen = {"note", "passage"} if wanted == "annotation" else {wanted}
    return query, chosen if kinds is None else kinds & chosen


# ----------------------------------------------------------------------------- results

Kind = str  # one of KINDS


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One result: what matched (``kind``), where (article and body offsets, when known), and a
    snippet whose matched words are ``spans`` (start, end) into ``snippet`` -- plain data.

    A note with no ``annotation_id`` is the article's own note (about the whole article, no passage).
    """

    kind: Kind
    article_id: int
    snippet: str
    # The article's; the store fills them in one query for all hits once the hits are chosen.
    title: str = ""
    source: str | None = None
    published: datetime | None = None
    spans: tuple[tuple[int, int], ...] = ()
    start: int | None = None
    end: int | None = None
    score: float = 0.0
    annotation_id: int | None = None
    speaker: str | None = None
    tags: tuple[str, ...] = ()

    @property
    def is_article_note(self) -> bool:
        return self.kind == "note" and self.annotation_id is None

    @property
    def label(self) -> str:
        """How a list names the kind: "article note" for an article's own note."""
        if self.is_article_note:
            return "article note"
        return "quotation" if self.kind == "quote" else self.kind


# Noncharacters: Unicode reserves them for a program's internal use, so they mark match boundaries in
# FTS5 snippets without colliding with article text (stray ones in stored text are dropped below).
MARK_OPEN = "\ufdd0"
MARK_CLOSE = "\ufdd1"


def parse_marked(marked: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Text with MARK_OPEN/MARK_CLOSE around matches -> (plain text, spans of the matches)."""
    plain: list[str] = []
    spans: list[tuple[int, int]] = []
    length = 0
    opened: int | None = None
    for ch in marked:
        if ch == MARK_OPEN:
            opened = length
        elif ch == MARK_CLOSE:
            if opened is not None and length > opened:
                if spans and spans[-1][1] == opened:
                    spans[-1] = (spans[-1][0], length)
                else:
                    spans.append((opened, length))
            opened = None
        else:
            plain.append(ch)
            length += 1
    return "".join(plain), tuple(spans)
