"""Analysis: an article body -> its quotations (with speakers) and the leaders it names.

Pure and deterministic: no I/O beyond reading the packaged gazetteer (and a user's extension
file when one is given). ``ANALYSER_VERSION`` changes whenever results change, so stored
articles analysed by an older version are analysed again.
"""

from __future__ import annotations

from ..model import Analysis, Leader, Mention, Quote
from .gazetteer import Gazetteer, load_gazetteer
from .people import PeopleFinder
from .quotes import find_quotes
from .speakers import SpeakerResolver

ANALYSER_VERSION = "1.6.0"

__all__ = ["ANALYSER_VERSION", "Gazetteer", "analyze", "load_gazetteer"]


def analyze(
    body: str, *, title: str | None = None, standfirst: str | None = None, gazetteer: Gazetteer | None = None
) -> Analysis:
    """Quotations and leaders in ``body``; every span indexes into ``body``.

    ``title`` and ``standfirst`` inform who is who (a leader named only in the headline) and give
    each leader's ``header_mentions``; their quotations are not reported.
    """
    gaz = gazetteer if gazetteer is not None else load_gazetteer()
    fields: list[tuple[str, int, str]] = []  # (field, start in text, field text)
    prefix = ""
    for field, value in (("title", title), ("standfirst", standfirst)):
        value = (value or "").replace("\n", " ").strip()
        if value:
            fields.append((field, len(prefix), value))
            prefix += f"{value}\n\n"
    text = prefix + body
    off = len(prefix)

    raw = [q for q in find_quotes(text) if q.start >= off or q.open >= off]
    people = PeopleFinder(text, gaz)
    people.run()
    atts = SpeakerResolver(text, raw, people).resolve()

    leaders: list[Leader] = []
    leader_ids: dict[int, str] = {}
    for p in people.leaders_by_first():
        lid = people.leader_id(p)
        leader_ids[id(p)] = lid
        spans = sorted(set(p.mentions))
        mentions = tuple(Mention(s - off, e - off, body[s - off : e - off]) for s, e in spans if s >= off)
        header = tuple(_header_mention(text, fields, s, e) for s, e in spans if e <= off)
        leaders.append(
            Leader(id=lid, name=p.label, role=people.role_label(p), mentions=mentions, header_mentions=header)
        )

    quotes: list[Quote] = []
    last_end = -1
    for q, att in zip(raw, atts, strict=True):
        s, e = q.start - off, q.end - off
        if s < 0 or s < last_end or s >= e:
            continue
        lid = leader_ids.get(id(att.person)) if att.person is not None else None
        quotes.append(Quote(start=s, end=e, text=body[s:e], speaker=att.speaker, leader=lid))
        last_end = e
    return Analysis(quotes=tuple(quotes), leaders=tuple(leaders))


def _header_mention(text: str, fields: list[tuple[str, int, str]], start: int, end: int) -> Mention:
    field, base, _ = next(f for f in reversed(fields) if f[1] <= start)
    return Mention(start - base, end - base, text[start:end], field)
