"""An article as Rich renderables for the terminal: text is data, styled by spans, never markup."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Group, RenderableType
from rich.rule import Rule
from rich.text import Text

from newsreader.model import UNKNOWN_SOURCE, Analysis, Annotation, Article

QUOTE_STYLE = "italic green"
ANNOTATION_STYLE = "underline on grey23"
LEADER_COLOURS = ("bold cyan", "bold magenta", "bold yellow", "bold blue", "bold red", "bold bright_green")


def leader_styles(analysis: Analysis) -> dict[str, str]:
    """The same leader always gets the same colour within an article."""
    return {leader.id: LEADER_COLOURS[i % len(LEADER_COLOURS)] for i, leader in enumerate(analysis.leaders)}


def styled_body(body: str, analysis: Analysis, annotations: Sequence[Annotation]) -> Text:
    text = Text(body)
    for quote in analysis.quotes:
        text.stylize(QUOTE_STYLE, quote.start, quote.end)
    for annotation in annotations:
        if not annotation.orphan:
            text.stylize(ANNOTATION_STYLE, annotation.start, annotation.end)
    styles = leader_styles(analysis)
    for leader in analysis.leaders:
        for mention in leader.mentions:
            text.stylize(styles[leader.id], mention.start, mention.end)
    return text


def render_article(article: Article, analysis: Analysis, annotations: Sequence[Annotation]) -> RenderableType:
    header = Text(article.title, style="bold")
    meta = Text(
        " · ".join(
            part
            for part in (
                article.source or UNKNOWN_SOURCE,
                article.published.strftime("%d %b %Y %H:%M %Z").strip() if article.published else "undated",
                article.byline or "",
            )
            if part
        ),
        style="dim",
    )
    parts: list[RenderableType] = [header, meta]
    if article.standfirst:
        parts.append(Text(article.standfirst, style="italic"))
    parts += [Rule(), styled_body(article.body, analysis, annotations)]
    if analysis.quotes:
        parts.append(Rule("Who said what"))
        styles = leader_styles(analysis)
        for quote in analysis.quotes:
            line = Text()
            line.append(quote.speaker or "unknown speaker", style=styles.get(quote.leader or "", "bold"))
            line.append(": ")
            line.append(quote.text, style=QUOTE_STYLE)
            parts.append(line)
    if article.comments:
        parts += [Rule("Reader comments"), Text(article.comments, style="dim")]
    return Group(*parts)
