"""The feed commands end to end: a real library file, a real local server, the CLI as users run it."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from tests.feeds.support import LocalServer, Route, atom, html_page, long_text, rss

from newsreader.cli import cli

BIDEN_STORY = [
    "US President Joe Biden said on Thursday that he was ready to talk to Vladimir Putin.",
    '"I am prepared to speak with Mr Putin if in fact there is an interest in him deciding he is looking '
    'for a way to end the war," Biden told reporters at the White House.',
    "The Kremlin said it was open to talks but rejected the conditions.",
]


def run(db: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["--db", str(db), *args], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_add_refresh_show_imports_analysed_articles(tmp_path: Path, server: LocalServer) -> None:
    db = tmp_path / "lib.db"
    server.routes["/feed.xml"] = Route(
        atom(
            [
                {
                    "id": "urn:biden",
                    "title": "Biden ready to talk to Putin",
                    "link": "http://news.invalid/biden",
                    "author": "Jane Reporter",
                    "content": "".join(f"<p>{p}</p>" for p in BIDEN_STORY),
                }
            ],
            title="Wire",
        ).encode(),
        content_type="application/atom+xml",
    )
    code, out, err = run(db, "feeds", "add", server.url("/feed.xml"), "--name", "The Wire")
    assert code == 0, err
    assert out.strip() == f"added feed 1: {server.url('/feed.xml')}"

    code, out, err = run(db, "refresh", "--json")
    assert code == 0, err
    report = json.loads(out)
    assert (report["new"], report["failed"]) == (1, 0)
    assert report["feeds"][0]["status"] == "new"

    code, out, _ = run(db, "show", "1", "--json")
    shown = json.loads(out)
    assert shown["title"] == "Biden ready to talk to Putin"
    assert shown["source"] == "The Wire" and shown["byline"] == "Jane Reporter"
    assert shown["url"] == "http://news.invalid/biden"
    assert [leader["id"] for leader in shown["leaders"]][:2] == ["joe-biden", "vladimir-putin"]
    quote = shown["quotes"][0]
    assert quote["text"].startswith("I am prepared to speak with Mr Putin") and quote["leader"] == "joe-biden"
    assert shown["text"][quote["start"] : quote["end"]] == quote["text"]

    code, out, _ = run(db, "refresh")  # the summary table, second time round nothing is new
    assert code == 0
    assert "0 new article(s) from 1 feed(s)" in out and "The Wire" in out


def test_refresh_reports_failures_and_exits_1(tmp_path: Path, server: LocalServer) -> None:
    db = tmp_path / "lib.db"
    server.routes["/good.xml"] = Route(rss([{"title": "Fine", "guid": "1", "description": "Fine text."}]).encode())
    server.routes["/page"] = Route(html_page("A page", long_text(1)).encode(), content_type="text/html")
    run(db, "feeds", "add", server.url("/good.xml"))
    run(db, "feeds", "add", server.url("/page"))
    run(db, "feeds", "add", server.url("/gone"))
    code, out, err = run(db, "refresh", "--timeout", "1")
    assert code == 1
    assert "1 new article(s) from 3 feed(s)" in out and "2 failed" in out
    assert f"failed: feed 2 ({server.url('/page')}): not a feed (HTML page)" in err
    assert f"failed: feed 3 ({server.url('/gone')}): HTTP 404" in err
    assert "Traceback" not in out + err

    code, out, _ = run(db, "feeds", "list", "--json")
    listed = {f["id"]: f for f in json.loads(out)}
    assert listed[1]["articles"] == 1 and listed[1]["last_error"] is None
    assert listed[2]["last_error"] == "not a feed (HTML page)"
    assert listed[3]["last_error"] == "HTTP 404" and listed[3]["last_refresh"]

    code, out, _ = run(db, "feeds", "list")
    assert "HTTP 404" in out and "never" not in out


def test_refresh_only_one_feed(tmp_path: Path, server: LocalServer) -> None:
    db = tmp_path / "lib.db"
    for name in ("a", "b"):
        server.routes[f"/{name}.xml"] = Route(rss([{"title": name, "guid": name, "description": name * 3}]).encode())
        run(db, "feeds", "add", server.url(f"/{name}.xml"))
    code, out, _ = run(db, "refresh", "--feed", server.url("/b.xml"), "--json")
    assert code == 0 and [f["feed"] for f in json.loads(out)["feeds"]] == [2]
    assert server.hits["/a.xml"] == 0
    code, _, err = run(db, "refresh", "--feed", "9")
    assert code == 1 and err.strip() == "error: feed 9: no such feed (see newsreader feeds list)"


def test_add_remove_and_their_errors(tmp_path: Path, server: LocalServer) -> None:
    db = tmp_path / "lib.db"
    url = server.url("/feed.xml")
    server.routes["/feed.xml"] = Route(rss([{"title": "Kept", "guid": "k", "description": "Kept text."}]).encode())
    assert run(db, "feeds", "add", url, "--tag", "World", "--full-text")[0] == 0
    code, _, err = run(db, "feeds", "add", url)
    assert code == 1 and err.strip() == f"error: {url}: already subscribed (feed 1)"
    code, _, err = run(db, "feeds", "add", "file:///etc/passwd")
    assert (
        code == 1 and err.strip() == "error: file:///etc/passwd: not a feed address (give an http:// or https:// URL)"
    )
    listed = json.loads(run(db, "feeds", "list", "--json")[1])
    assert listed[0]["tags"] == ["World"] and listed[0]["full_text"] is True

    run(db, "refresh")
    code, out, _ = run(db, "feeds", "remove", url)
    assert code == 0 and out.strip() == f"removed feed 1: {url} (1 article(s) kept)"
    assert json.loads(run(db, "feeds", "list", "--json")[1]) == []
    assert [a["title"] for a in json.loads(run(db, "list", "--json")[1])] == ["Kept"]  # the article stays
    code, _, err = run(db, "feeds", "remove", "1")
    assert code == 1 and err.strip() == "error: feed 1: no such feed (see newsreader feeds list)"


def test_opml_import_and_export(tmp_path: Path) -> None:
    db = tmp_path / "lib.db"
    opml = tmp_path / "subs.opml"
    opml.write_text(
        '<?xml version="1.0"?><opml version="1.0"><body>'
        '<outline text="News"><outline text="Alpha" xmlUrl="http://alpha.invalid/rss"/>'
        '<outline text="Beta" xmlUrl="http://beta.invalid/atom"/></outline>'
        '<outline text="Local file" xmlUrl="file:///etc/passwd"/>'
        "</body></opml>",
        encoding="utf-8",
    )
    code, out, err = run(db, "feeds", "import", str(opml))
    assert code == 0
    assert out.strip() == "added 2 feed(s); 0 already subscribed"
    assert "refused: file:///etc/passwd" in err
    assert run(db, "feeds", "import", str(opml))[1].strip() == "added 0 feed(s); 2 already subscribed"

    code, out, _ = run(db, "feeds", "export")
    assert code == 0 and out.startswith('<?xml version="1.0" encoding="utf-8"?>')
    exported = tmp_path / "out.opml"
    assert run(db, "feeds", "export", str(exported))[0] == 0
    other = tmp_path / "other.db"
    run(other, "feeds", "import", str(exported))
    feeds = json.loads(run(other, "feeds", "list", "--json")[1])
    assert [(f["url"], f["title"], f["tags"]) for f in feeds] == [
        ("http://alpha.invalid/rss", "Alpha", ["News"]),
        ("http://beta.invalid/atom", "Beta", ["News"]),
    ]


def test_opml_errors_are_one_line(tmp_path: Path) -> None:
    db = tmp_path / "lib.db"
    bomb = tmp_path / "bomb.opml"
    bomb.write_text('<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY a "aaaaaaaaaa">]><opml/>', encoding="utf-8")
    code, _, err = run(db, "feeds", "import", str(bomb))
    assert code == 1
    assert err.strip() == f"error: {bomb}: refused: the file declares a DOCTYPE (entities are not allowed in OPML)"
    code, _, err = run(db, "feeds", "import", str(tmp_path / "missing.opml"))
    assert code == 1 and err.strip() == f"error: {tmp_path / 'missing.opml'}: no such file"


def test_import_url_and_html_file(tmp_path: Path, server: LocalServer) -> None:
    db = tmp_path / "lib.db"
    paragraphs = long_text(3)
    page = html_page("Talks go on", paragraphs, author="Jane Reporter", site="The Test Times")
    server.routes["/story"] = Route(page.encode(), content_type="text/html; charset=utf-8")
    code, out, err = run(db, "import", server.url("/story"), "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["imported"] == [server.url("/story")]
    shown = json.loads(run(db, "show", str(report["ids"][server.url("/story")]), "--json")[1])
    assert shown["title"] == "Talks go on" and shown["source"] == "The Test Times"
    assert shown["byline"] == "Jane Reporter" and shown["published"] == "2022-12-01T21:13:00+01:00"
    assert shown["text"] == "\n\n".join(paragraphs)
    assert shown["url"] == server.url("/story")
    assert json.loads(run(db, "import", server.url("/story"), "--json")[1])["unchanged"] == [server.url("/story")]

    html_file = tmp_path / "saved.html"
    html_file.write_text(html_page("Saved page", long_text(2), site="Saved Times"), encoding="utf-8")
    code, out, err = run(db, "import", str(html_file), "--json")
    assert code == 0, err
    shown = json.loads(run(db, "show", str(json.loads(out)["ids"][str(html_file)]), "--json")[1])
    assert shown["title"] == "Saved page" and shown["source"] == "Saved Times"

    code, out, err = run(db, "import", server.url("/nothing-here"), "--json")
    assert code == 1
    assert json.loads(out)["failed"] == [{"input": server.url("/nothing-here"), "reason": "HTTP 404"}]
