"""Pure parsing: feed bytes, HTML pages and fragments, OPML in and out."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from tests.feeds.support import atom, html_page, long_text, rss

from newsreader.ingest.feeds import FeedError, parse_feed
from newsreader.ingest.html import PageError, fragment_to_text, page_to_article
from newsreader.ingest.opml import OpmlError, OpmlFeed, parse_opml, write_opml


def test_rss_entry_fields() -> None:
    feed = parse_feed(
        rss(
            [
                {
                    "title": "A \x1b[31mred\x1b[0m title",
                    "link": "http://x.invalid/1",
                    "guid": "g1",
                    "author": "ann@x.invalid (Ann Writer)",
                    "pubDate": "Mon, 07 Feb 2022 13:15:00 EST",
                    "description": "<p>One</p><p>Two &amp; three</p><script>alert(1)</script>",
                }
            ],
            title="The Feed",
        ).encode()
    )
    assert feed.title == "The Feed"
    (entry,) = feed.entries
    assert entry.title == "A red title"  # escape sequences stripped with their parameters
    assert entry.guid == "g1" and entry.url == "http://x.invalid/1"
    assert entry.author == "Ann Writer"
    assert entry.published == datetime(2022, 2, 7, 13, 15, tzinfo=entry.published.tzinfo)
    assert entry.published.utcoffset() == timedelta(hours=-5)
    assert entry.summary == "One\n\nTwo & three"
    assert entry.content == "" and entry.is_summary


def test_atom_content_and_relative_links() -> None:
    paragraphs = long_text(4)
    data = atom(
        [
            {
                "id": "urn:1",
                "title": "Full",
                "link": "/stories/1",
                "summary": "Short",
                "content": "".join(f"<p>{p}</p>" for p in paragraphs),
                "updated": "2022-12-01T21:13:00Z",
            }
        ]
    ).encode()
    (entry,) = parse_feed(data, "application/atom+xml", url="http://news.invalid/feed.atom").entries
    assert entry.url == "http://news.invalid/stories/1"
    assert entry.text == "\n\n".join(paragraphs)
    assert not entry.is_summary
    assert entry.published == datetime(2022, 12, 1, 21, 13, tzinfo=UTC)


def test_entry_without_guid_or_link_gets_a_stable_id() -> None:
    data = rss([{"title": "No id", "description": "text"}]).encode()
    first = parse_feed(data).entries[0].guid
    assert first.startswith("sha1:") and first == parse_feed(data).entries[0].guid


@pytest.mark.parametrize(
    ("data", "content_type", "reason"),
    [
        (b"<!DOCTYPE html><html><body><p>hi</p></body></html>", "text/html", "not a feed (HTML page)"),
        (b"<html><head></head><body>x</body></html>", "application/xml", "not a feed (HTML page)"),
        (b"   \n", None, "empty response (no feed)"),
        (b'<?xml version="1.0"?><note><to>x</to></note>', "text/xml", "not a feed (no RSS or Atom found)"),
        (
            b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>A</title></chanel></rss>',
            None,
            "malformed XML: line 1, column 106: mismatched tag",
        ),
    ],
)
def test_bad_feeds(data: bytes, content_type: str | None, reason: str) -> None:
    with pytest.raises(FeedError) as caught:
        parse_feed(data, content_type)
    assert str(caught.value) == reason


def test_undefined_entity_is_recovered_with_a_warning() -> None:
    data = rss([{"title": "x", "guid": "1"}]).replace("<title>x</title>", "<title>a&nbsp;b</title>").encode()
    feed = parse_feed(data)
    assert feed.entries[0].title == "a b"
    assert feed.warnings and "undefined entity" in feed.warnings[0]


def test_fragment_to_text_keeps_paragraphs_and_drops_scripts() -> None:
    html = "<div><h2>Head</h2><p>First <b>bold</b>\nline</p><ul><li>one</li><li>two</li></ul><style>p{}</style></div>"
    assert fragment_to_text(html) == "Head\n\nFirst bold line\n\none\n\ntwo"
    assert fragment_to_text("plain\x07 text\r\nnext") == "plain text\n\nnext"


def test_page_to_article_reads_text_and_metadata() -> None:
    paragraphs = long_text(4)
    page = html_page("Talks go on", paragraphs, author="Jane Reporter", site="The Test Times")
    article = page_to_article(page.encode(), url="http://news.invalid/talks")
    assert article.title == "Talks go on"
    assert article.body == "\n\n".join(paragraphs)
    assert article.byline == "Jane Reporter"
    assert article.source == "The Test Times"
    assert article.published == datetime.fromisoformat("2022-12-01T21:13:00+01:00")
    assert article.url == article.origin == "http://news.invalid/talks"
    assert page_to_article(page, source="Override").source == "Override"


def test_page_control_characters_are_stripped() -> None:
    page = html_page("T", [p + " \x1b]0;pwned\x07tail \x1b[2J end" for p in long_text(3)])
    body = page_to_article(page).body
    assert "\x1b" not in body and "pwned" not in body and "[2J" not in body


def test_page_without_text() -> None:
    with pytest.raises(PageError, match="no article text"):
        page_to_article(b"<html><head><script>var x = 1;</script></head><body><img src='a.png'></body></html>")


NESTED_OPML = b"""<?xml version="1.0" encoding="utf-8"?>
<opml version="2.0"><head><title>mine</title></head><body>
  <outline text="Top" xmlUrl="http://top.invalid/rss" />
  <outline text="World News">
    <outline text="Europe">
      <outline text="Euro Daily" title="Euro Daily" type="rss" xmlUrl="http://eu.invalid/rss" category="/Politics"/>
    </outline>
    <outline text="Globe" type="rss" xmlUrl="http://globe.invalid/atom"/>
  </outline>
  <outline text="Tech"><outline text="Dup" xmlUrl="http://top.invalid/rss"/></outline>
</body></opml>"""


def test_opml_folders_become_tags() -> None:
    feeds = parse_opml(NESTED_OPML)
    assert feeds == [
        OpmlFeed("http://top.invalid/rss", "Top", ()),
        OpmlFeed("http://eu.invalid/rss", "Euro Daily", ("World News/Europe", "Politics")),
        OpmlFeed("http://globe.invalid/atom", "Globe", ("World News",)),
    ]


def test_opml_round_trip() -> None:
    feeds = [
        OpmlFeed("http://a.invalid/rss", "A & B <news>", ("World News/Europe", "Politics"), full_text=True),
        OpmlFeed("http://b.invalid/rss", None, ()),
        OpmlFeed("http://c.invalid/rss", "C", ("World News",)),
    ]
    text = write_opml(feeds)
    back = sorted(parse_opml(text.encode()), key=lambda f: f.url)
    assert back == [
        OpmlFeed("http://a.invalid/rss", "A & B <news>", ("World News/Europe", "Politics"), full_text=True),
        OpmlFeed("http://b.invalid/rss", "http://b.invalid/rss", ()),
        OpmlFeed("http://c.invalid/rss", "C", ("World News",)),
    ]
    assert sorted(parse_opml(write_opml(back).encode()), key=lambda f: f.url) == back


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (
            b'<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY a "aaaa">]><opml><body>'
            b'<outline text="&a;" xmlUrl="http://x.invalid/"/></body></opml>',
            "refused: the file declares a DOCTYPE",
        ),
        (
            b'<?xml version="1.0"?><!DOCTYPE opml SYSTEM "file:///etc/passwd"><opml/>',
            "refused: the file declares a DOCTYPE",
        ),
        (b"<rss version='2.0'></rss>", "not an OPML file (the root element is <rss>)"),
        (b"<opml><body><outline text='x'></body></opml>", "malformed XML: line 1, column"),
        (b"", "malformed XML"),
    ],
)
def test_bad_opml(data: bytes, reason: str) -> None:
    with pytest.raises(OpmlError) as caught:
        parse_opml(data)
    assert str(caught.value).startswith(reason)
