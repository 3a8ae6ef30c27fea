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

ANALYSER_VERSION = "1.4.0"

__all__ = ["ANALYSER_VERSION", "Gazetteer", "analyze", "load_gazetteer"]


def analyze(body: str, *, title: str | None = None, gazetteer: Gazetteer | None = None) -> Analysis:
    """Quotations and leaders in ``body``; every span indexes into ``body``.

    ``title`` informs who is who (a leader named only in the headline) but never yields spans.
    """
    gaz = gazetteer if gazetteer is not None else load_gazetteer()
    title = (title or "").replace("\n", " ").strip()
    prefix = f"{title}\n\n" if title else ""
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
        spans = sorted({(s - off, e - off) for s, e in p.mentions if s >= off})
        mentions = []
        for s, e in spans:
            mt = body[s:e]
            mentions.append(Mention(s, e, mt))
        leaders.append(Leader(id=lid, name=p.label, role=people.role_label(p), mentions=tuple(mentions)))

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
