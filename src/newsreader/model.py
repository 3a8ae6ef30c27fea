"""Plain data: what an article is, what analysis finds in it, what a reader adds to it.

No I/O here. Every offset (`start`, `end`) is a Python ``str`` index into ``Article.body``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

UNKNOWN_SOURCE = "Unknown source"


@dataclass(frozen=True, slots=True)
class Mention:
    """One place where the article names a leader: ``body[start:end] == text``.

    ``field`` is "body" for every mention stored and highlighted; a mention in the headline or the
    standfirst ("title", "standfirst") indexes that field instead.
    """

    start: int
    end: int
    text: str
    field: str = "body"


@dataclass(frozen=True, slots=True)
class Leader:
    """A person holding political or public office, as one article refers to them.

    ``id`` is a stable slug of the canonical name ("joe-biden"), the same across articles.
    """

    id: str
    name: str
    role: str | None = None
    mentions: tuple[Mention, ...] = ()
    header_mentions: tuple[Mention, ...] = ()  # in the headline and standfirst; not stored


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation: ``body[start:end] == text`` (marks excluded).

    A quotation that runs over several paragraphs keeps one span from its first word to its last;
    ``text`` is then the span as printed (the re-opening marks stay inside it).
    ``speaker`` is a person's canonical name or a body ("White House"); ``leader`` is the id of
    the leader the speaker resolves to, when it does.
    """

    start: int
    end: int
    text: str
    speaker: str | None = None
    leader: str | None = None


@dataclass(frozen=True, slots=True)
class Analysis:
    quotes: tuple[Quote, ...] = ()
    leaders: tuple[Leader, ...] = ()


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article. ``published`` keeps the printed time zone when one was printed;
    a date with no time is midnight with no zone. ``comments`` holds a trailing reader-comments
    section, kept apart from the body so it is never analysed as article text."""

    title: str
    body: str
    source: str | None = None
    published: datetime | None = None
    byline: str | None = None
    standfirst: str | None = None
    url: str | None = None
    comments: str | None = None
    content_hash: str = ""
    origin: str | None = None  # where it came from: an absolute file path or a URL
    guid: str | None = None  # a feed entry's id, for de-duplication
    feed_id: int | None = None
    id: int | None = None
    note: str | None = None  # the reader's article-level note
    read: bool = False

    @property
    def source_label(self) -> str:
        return self.source or UNKNOWN_SOURCE

    @property
    def words(self) -> int:
        return len(self.body.split())


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """One row of the library list: what is needed to show and sort it, not the body."""

    id: int
    title: str
    source: str | None
    published: datetime | None
    byline: str | None
    words: int
    quotes: int
    leaders: int
    annotations: int
    read: bool = False
    added: datetime | None = None

    @property
    def source_label(self) -> str:
        return self.source or UNKNOWN_SOURCE


@dataclass(frozen=True, slots=True)
class Annotation:
    """A passage the reader marked: ``exact == body[start:end]``; ``prefix``/``suffix`` are up to
    32 characters either side, so the passage can be re-found if offsets drift. An annotation
    whose passage could not be re-anchored is an ``orphan`` (start and end are then -1)."""

    id: int | None
    article_id: int
    start: int
    end: int
    exact: str
    prefix: str = ""
    suffix: str = ""
    note: str = ""
    tags: tuple[str, ...] = ()
    created: datetime | None = None
    updated: datetime | None = None
    orphan: bool = False


@dataclass(frozen=True, slots=True)
class TagCount:
    name: str
    count: int


@dataclass(frozen=True, slots=True)
class LeaderSummary:
    """A leader across the whole library."""

    id: str
    name: str
    role: str | None
    articles: int
    quotes: int


@dataclass(frozen=True, slots=True)
class LeaderQuote:
    """A quotation by a leader, with where it was printed."""

    article_id: int
    article_title: str
    source: str | None
    published: datetime | None
    quote: Quote


@dataclass(frozen=True, slots=True)
class Feed:
    id: int
    url: str
    name: str | None = None
    title: str | None = None
    full_text: bool = False
    tags: tuple[str, ...] = ()
    etag: str | None = None
    last_modified: str | None = None
    last_refresh: datetime | None = None
    last_error: str | None = None
    articles: int = 0

    @property
    def label(self) -> str:
        return self.name or self.title or self.url
