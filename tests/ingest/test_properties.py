"""Whatever text comes in, parse_text returns a clean article (or refuses broken front matter)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsreader.ingest import content_hash, parse_text
from newsreader.ingest.frontmatter import FrontMatterError

LINES = st.sampled_from(
    [
        "",
        "Headline about the summit",
        "The leaders met on Monday and agreed to talk again.",
        "“We will meet again,” he said.",
        "Reuters",
        "Comments",
        "Some comments from readers:",
        "1 December 2022 • 9:13pm",
        "Thomas Kingsley",
        "By Jane Doe",
        "Caption - Getty Images",
        "---",
        "# Heading",
        "\x1b[31mred\x1b[0m text",
        "  • Oops!",
        "Your support helps us to tell the story",
    ]
)
TEXT = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(LINES, st.text(max_size=60)), max_size=30).map("\n".join),
)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_parse_text_is_total_and_clean(raw: str) -> None:
    try:
        article = parse_text(raw)
    except FrontMatterError:
        # The one refusal: a fenced "key: value" header that is not valid YAML.
        assert raw.startswith("---")
        return
    assert article.title and "\n" not in article.title
    for text in (article.body, article.comments or "", article.title, article.standfirst or ""):
        assert "\x1b" not in text
        assert not any(ord(ch) < 32 and ch != "\n" for ch in text)
        assert "\n\n\n" not in text
        assert text == text.strip()
    assert article.content_hash == content_hash(article.body)
