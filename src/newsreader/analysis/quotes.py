"""Quotation spans: text between marks (or after a speech colon), apostrophes and labels told apart.

Marks are paired line by line with a stack, so a quotation nested in another is absorbed by the
outer one. A line that opens a quotation and does not close it continues into the next line when
that line re-opens with a mark (the journalistic convention for multi-paragraph quotes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import COLON_VERBS, LABELS, SPEECH_VERBS, _words


@dataclass(slots=True)
class RawQuote:
    start: int  # first character of the quoted words
    end: int  # one past the last character
    open: int  # index of the opening mark (of the colon for an unmarked quotation)
    close: int  # index of the closing mark, or ``end`` when the quotation is not closed
    colon: bool = False


MARK_RE = re.compile("[\"'“”‘’„«»‹›]")
LINE_RE = re.compile(r"[^\n]+")
WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_OPEN_PREV = set(" \t\u00a0\u2009\u202f([{—–-/“‘\"'«„")
_CLOSE_NEXT = set(" \t\u00a0\u2009\u202f,.;:!?)]}—–-/…”’\"'»")
_ELISIONS = ("em", "til", "tis", "twas", "cause", "bout", "n", "s", "round", "nuff", "ello", "ow")
_ELISION_RE = re.compile(r"(?:" + "|".join(_ELISIONS) + r")(?![^\W_])", re.I)
_DECADE_RE = re.compile(r"\d\d?s?(?![^\W_])")

_LABEL_CUE_RE = re.compile(
    r"(?:so-called|so called|dubbed|nicknamed|known as|termed|code-?named|titled|entitled|headlined|"
    r"hashtag|slogan|banner|brand(?:ed)? as|the word|the term|the phrase|the name)(?:\s+(?:the|an?))?\W*$",
    re.I,
)
# "known locally as “galamsey”", "known on the street as", "often referred to as", "what residents call":
# a name in use, not words said (a second pattern, tried only when its words are there: the first is
# searched for every quotation)
_LABEL_CUE2_RE = re.compile(
    r"(?:known\s+(?:[a-z]+ly|(?:in|on|at|to|among|by)\s+(?:the\s+)?[\w\-]+)\s+as|referred\s+to\s+as|"
    r"(?:locals|residents|villagers)\s+call)(?:\s+(?:the|an?))?\W*$",
    re.I,
)
# a title of a work beside its kind: his memoir “Manual de resistencia”, the report, 'Left Behind'
_WORK_RE = re.compile(
    r"\b(?:memoir|memoirs|book|novel|biography|autobiography|programme|program|film|movie|documentary|series|"
    r"album|song|single|play|podcast|report|essay|poem|column|op-ed|exhibition|show|opera)s?\s*,?\s*\W?$",
    re.I,
)
# "declared the day the 'National Day of X'", "dubbed him the 'comeback kid'"
_NAMED_OBJ_RE = re.compile(
    r"\b(?P<v>declared|named|dubbed|branded|nicknamed|christened|labelled|labeled|renamed)\s+"
    r"(?P<obj>(?:[\w’'\-]+\s+){0,4}?(?:as\s+)?(?:(?:an?|the|its|his|her|their)\s+)?)\W?$"
)
# "the constitutional “debt brake”": a short lower-case noun phrase after a determiner is a label
_DET_ADJ_BEFORE_RE = re.compile(
    r"\b(?:the|its|their|his|her|our)\s+[a-z][a-z\-]+(?:al|ic|ive|ous|ary|ian|ese|ish|ful)\s+\W?$"
)
_REPORT_VERB_RE = re.compile(
    r"\b(?:said|says|say|told|tells|added|declared|insisted|warned|called|calls|described|describes|urged|"
    r"promised|vowed|argued|claimed|wrote|stated|accused|pledged|demanded|praised|denounced|calling|saying|"
    r"announced)\b"
)
_NAMING_RE = re.compile(r"\b(?:calls|called|dubs|dubbed|terms|termed)\s+(?:(?:an?|the|its|his|her|their)\s+)?\W?$")
# "in what he called “a bad decision”": the words of the one who called it so, not a name for a thing
# (a bare term stays a label: what he calls “la casta”, what the Commission calls a “price cap”)
_WHAT_CALLED_RE = re.compile(r"\b[Ww]hat\s+(?:[\w’'\-.]+\s+){1,4}?(?:calls|called|terms|termed)\s+\W?$")
# "was called “a fraud” by the opposition leader": a passive naming with its agent reports words
_BY_AFTER_RE = re.compile(r"\W?\s+by\s+(?:[a-z][\w\-]*\s+){0,3}[A-Z]")
_DET_BEFORE_RE = re.compile(r"\b(?:the|its|his|her|their|our)\s+\W?$", re.I)
_SPEECH_NEAR_RE = re.compile(r"\b(?:" + "|".join(sorted(set(SPEECH_VERBS))) + r"|as|it|is|was)\b", re.I)
_COLON_RE = re.compile(
    r"(?:^|(?<=[.!?])[\"”’]?[ \t]+|(?<=[.!?][\"”’])[ \t]+)"
    r"(?P<pre>(?:He|She|They|We|I|It|The|[A-Z][\w’'.\-]*)[^\"“”‘’:\n.!?]{0,110}?\b(?:"
    + "|".join(COLON_VERBS)
    + r")(?:\s+[^:\"“”‘’\n.!?]{1,40}?)?):[ \t]+(?P<q>[A-Z0-9][^\"“”\n]*?)\s*$",
    re.M,
)
TRANSCRIPT_RE = re.compile(r"[ \t]*(?P<who>[A-Z][A-Z’'.\-]+(?:[ \t][A-Z][A-Z’'.\-]+){0,2}|Q|A):[ \t]+(?=[\"“‘'A-Z0-9])")
TRANSCRIPT_LINE_RE = re.compile(r"^" + TRANSCRIPT_RE.pattern, re.M)
# "Hayer: We held our nose ...": an interview written with the speaker's surname as the label
TITLE_LABEL_RE = re.compile(r"[ \t]*(?P<who>[A-Z][a-zà-ÿ’'\-]+):[ \t]+(?=[\"“‘'A-Z0-9])")
# "Radosław Sikorski: Worried, no. ...": an interview written with each speaker's full name as the label
NAME_LABEL_RE = re.compile(r"[ \t]*(?P<who>[A-Z][\w’'.\-]*(?:[ \t\u00a0][A-Z][\w’'.\-]*){1,3}):[ \t]+(?=[\"“‘'A-Z0-9])")
_TITLE_LABEL_NOT = frozenset(
    _words(
        "Note Update Updated Photo Picture Watch Read Listen Source Sources Editor Correction Question Answer "
        "Warning Disclaimer Credit Video Audio Related Background Context Analysis Opinion Comment Image Caption "
        "Location Date Time Price Tags Topics Share"
    )
)
_COLON_CUE_RE = re.compile(r":[ \t]+[A-Z0-9]")
# a cheap test for a time stamp opening any line but the first (a multi-line "^" search is slow)
_STAMP_CUE_RE = re.compile(r"\n\d{1,2}[.:]\d\d")
# a live blog's time stamp opening a line: "9.58pm", "10:20 BST", or "9.58pm Albanese: ..."
_STAMP_RE = re.compile(
    r"^\d{1,2}[.:]\d\d(?:(?:[ \t]?(?:[ap]\.?m\.?|[AP]M))(?:[ \t]+[A-Z]{2,5})?(?P<rest>[^\n]*)"
    r"|(?:[ \t]+[A-Z]{2,5})?[ \t]*(?P<bare>)$)",
    re.M,
)
_SMALL = {"a", "an", "the", "of", "and", "in", "on", "for", "to", "at", "by", "with", "or", "&"}


def _classify(body: str, i: int, ls: int, le: int) -> tuple[str, str] | None:
    """('open'|'close'|'either', 'd'|'s') for a mark, or None for an apostrophe."""
    ch = body[i]
    prev = body[i - 1] if i > ls else " "
    nxt = body[i + 1] if i + 1 < le else " "
    if ch in "“„«":
        return ("open", "d")
    if ch in "”»":
        if prev in _OPEN_PREV and nxt.isalnum():
            return ("either", "d")
        return ("close", "d")
    if ch == '"':
        if prev in _OPEN_PREV:
            return ("open", "d")
        if nxt in _CLOSE_NEXT:
            return ("close", "d")
        return ("either", "d")
    # single marks: apostrophes far outnumber quotation marks
    if prev.isalnum() and nxt.isalnum():
        return None
    if prev in _OPEN_PREV:
        if ch in "’›" or not (nxt.isalnum() or nxt in '“"[(….'):
            return None
        rest = body[i + 1 : i + 8]
        if _DECADE_RE.match(rest) or _ELISION_RE.match(rest):
            return None
        return ("open", "s")
    if ch in "‘‹":
        return None
    return ("close", "s")


def _line_marks(body: str, ls: int, le: int) -> list[tuple[int, str, str]]:
    marks = []
    for m in MARK_RE.finditer(body, ls, le):
        c = _classify(body, m.start(), ls, le)
        if c is not None:
            marks.append((m.start(), c[0], c[1]))
    # "the Ukrainians’ future": a plural possessive inside an open single quotation is an
    # apostrophe when a later mark can still close the quotation
    out = []
    for k, (i, role, kind) in enumerate(marks):
        if (
            kind == "s"
            and role == "close"
            and body[i - 1 : i] in ("s", "S")
            and body[i + 1 : i + 2] == " "
            and body[i + 2 : i + 3].islower()
            and any(r == "close" and kd == "s" for _, r, kd in marks[k + 1 :])
        ):
            continue
        out.append((i, role, kind))
    return out


def _trim(body: str, a: int, b: int) -> tuple[int, int]:
    while a < b and body[a].isspace():
        a += 1
    while b > a and body[b - 1].isspace():
        b -= 1
    return a, b


def _is_label(body: str, start: int, end: int, line_start: int) -> bool:
    text = body[start:end]
    words = WORD_RE.findall(text)
    if not words:
        return True
    low = text.lower().strip(" ,.;:!?")
    if low in LABELS:
        return True
    before = body[max(line_start, start - 40) : start - 1]
    if _LABEL_CUE_RE.search(before):
        return True
    if ("known" in before or "referred" in before or " call" in before) and _LABEL_CUE2_RE.search(before):
        return True
    tail = text.rstrip()[-1:]
    if len(words) <= 6 and tail not in ".!?,;…" and _WORK_RE.search(before):
        return True
    if len(words) <= 4 and tail not in ".!?,;…":
        mo = _NAMED_OBJ_RE.search(before)
        if mo is not None and mo.group("v") == "declared" and not mo.group("obj"):
            mo = None  # "had declared “subsidy is gone”": the words declared, not a name given
        if mo is not None or (
            _NAMING_RE.search(before)
            and not ((len(words) >= 3 or words[0].lower() in ("a", "an", "the")) and _WHAT_CALLED_RE.search(before))
            and not _BY_AFTER_RE.match(body, end + 1)
        ):
            return True  # what the Commission calls a “market correction mechanism”
        after = body[end + 1 : end + 5]
        if _DET_BEFORE_RE.search(before) and after.startswith(" of "):
            return True  # the “neighbourhood policy” of the government
    if (
        len(words) <= 3
        and tail not in ".!?,;…"
        and text.islower()
        and _DET_ADJ_BEFORE_RE.search(before)
        and not _REPORT_VERB_RE.search(body, max(line_start, start - 80), start)
    ):
        return True  # wanted to suspend the constitutional “debt brake” (an adjective before a name)
    if len(words) <= 6 and tail not in ".!?,;…":
        caps = [w for k, w in enumerate(words) if k == 0 or w.lower() not in _SMALL]
        if all(w[0].isupper() or w[0].isdigit() for w in caps):
            return True  # a name or a title: the "Kremlin", "Bloomberg", 'The A Word'
    if len(words) == 1:
        # one word may be a quotation only when the sentence reports speech around it
        window = body[max(line_start, start - 120) : min(len(body), end + 60)]
        return not _SPEECH_NEAR_RE.search(window)
    return False


def find_quotes(body: str) -> list[RawQuote]:
    pairs: list[tuple[int, int, int, int]] = []  # (start, end, open, close)
    carry: tuple[str, int, int] | None = None  # (kind, open index, end of its last line)

    def finish_unclosed(kind: str, open_i: int, last_end: int) -> None:
        a, b = _trim(body, open_i + 1, last_end)
        if kind == "d" and len(WORD_RE.findall(body[a:b])) >= 4:
            pairs.append((a, b, open_i, b))

    for lm in LINE_RE.finditer(body):
        ls, le = lm.span()
        marks = _line_marks(body, ls, le)
        stack: list[tuple[str, int]] = []
        if carry is not None:
            first = ls
            while first < le and body[first].isspace():
                first += 1
            if first == le:
                continue  # whitespace-only line
            if marks and marks[0][0] == first and marks[0][1] in ("open", "either"):
                stack = [(carry[0], carry[1])]
                marks = marks[1:]
            else:
                finish_unclosed(*carry)
            carry = None
        for i, role, kind in marks:
            if role == "either":
                role = "close" if any(k == kind for k, _ in stack) else "open"
            if role == "open":
                stack.append((kind, i))
                continue
            for j in range(len(stack) - 1, -1, -1):
                if stack[j][0] == kind:
                    open_i = stack[j][1]
                    del stack[j:]
                    a, b = _trim(body, open_i + 1, i)
                    if a < b:
                        pairs.append((a, b, open_i, i))
                    break
        if stack:
            kind, open_i = stack[0]
            words = len(WORD_RE.findall(body[open_i + 1 : le]))
            if words >= 4 or kind == "d":
                carry = (kind, open_i, le)
    if carry is not None:
        finish_unclosed(*carry)

    # keep outermost pairs only
    pairs.sort(key=lambda p: (p[0], -p[1]))
    quotes: list[RawQuote] = []
    reach = -1
    for a, b, o, c in pairs:
        if o < reach:
            continue
        reach = max(b, c)
        line_start = body.rfind("\n", 0, o) + 1
        if _is_label(body, a, b, line_start):
            continue
        quotes.append(RawQuote(a, b, o, c))
    quotes.extend(_colon_quotes(body, quotes))
    if _STAMP_CUE_RE.search(body) is not None or _STAMP_RE.match(body) is not None:
        heads = _stamped_headings(body)
        quotes = [q for q in quotes if body.rfind("\n", 0, q.open) + 1 not in heads]
    quotes.sort(key=lambda q: q.start)
    return quotes


def _stamped_headings(body: str) -> set[int]:
    """Starts of a live blog's time-stamped heading lines: "9.58pm Albanese: ‘Not the end’" in a list of
    key events, or the heading line under a bare "9.58pm". A heading's words are furniture (optional
    at most) and a post below repeats them in full."""
    heads: set[int] = set()
    for m in _STAMP_RE.finditer(body):
        le = body.find("\n", m.end())
        le = len(body) if le < 0 else le
        if (m.group("rest") or "").strip():
            line = (m.start(), le)
        else:
            ns = le + 1
            if body.startswith("\n", ns):
                ns += 1  # the heading may stand one blank line below its time
            if ns >= len(body):
                continue
            ne = body.find("\n", ns)
            line = (ns, len(body) if ne < 0 else ne)
        text = body[line[0] : line[1]].rstrip(" \t\"”’'»")
        if text and text[-1] not in ".!?…:;," and len(text.split()) <= 16:
            heads.add(line[0])
    return heads


def _colon_quotes(body: str, marked: list[RawQuote]) -> list[RawQuote]:
    """'He continued: I would be pleased ...' -- words presented as speech without marks."""
    out = []
    if ":" not in body:
        return out
    taken = [(q.open, q.close) for q in marked]
    seen_lines: set[int] = set()
    labels: list[str] | None = None  # transcript labels: a real transcript names each speaker more than once
    for cm in _COLON_CUE_RE.finditer(body):
        # only lines with a speech colon are worth the full pattern
        ls = body.rfind("\n", 0, cm.start()) + 1
        if ls in seen_lines:
            continue
        seen_lines.add(ls)
        le = body.find("\n", cm.start())
        le = len(body) if le < 0 else le
        tm = TRANSCRIPT_RE.match(body, ls, le)
        if tm is not None and labels is None:
            labels = [w.group("who") for w in TRANSCRIPT_LINE_RE.finditer(body)]
        if tm is not None and (labels.count(tm.group("who")) >= 2 or tm.group("who") in ("Q", "QUESTION")):
            # "MELONI: Good afternoon." / "Q: ..." -- a transcript line is its speaker's words
            a, b = _trim(body, tm.end(), le)
            if a < b and not any(o <= a < c for o, c in taken):
                b = _answer_end(body, b, taken)
                out.append(RawQuote(a, b, tm.end("who"), b, colon=True))
            continue
        tn = NAME_LABEL_RE.match(body, ls, le) if tm is None and " " in body[ls : cm.start()] else None
        if tn is not None and _name_label(body, tn.group("who")):
            # a full-name label at the start of several paragraphs: an interview's turns
            a, b = _trim(body, tn.end(), le)
            if a < b and not any(o <= a < c for o, c in taken):
                b = _answer_end(body, b, taken)
                out.append(RawQuote(a, b, tn.end("who"), b, colon=True))
            continue
        tt = TITLE_LABEL_RE.match(body, ls, le) if tm is None else None
        if tt is not None:
            who = tt.group("who")
            # a surname label: several paragraphs carry it and the article names the person in full
            if (
                who not in _TITLE_LABEL_NOT
                and body.count(f"\n{who}: ") + body.startswith(f"{who}: ") >= 2
                and re.search(r"[A-Z][\w’'\-]*[ \u00a0]" + re.escape(who) + r"(?![\w’'])", body)
            ):
                a, b = _trim(body, tt.end(), le)
                if a < b and not any(o <= a < c for o, c in taken):
                    b = _answer_end(body, b, taken)
                    out.append(RawQuote(a, b, tt.end("who"), b, colon=True))
                continue
        for m in _COLON_RE.finditer(body, ls, le):
            if len(WORD_RE.findall(m.group("q"))) < 3:
                continue
            a, b = m.span("q")
            if any(o <= a < c for o, c in taken):
                continue
            out.append(RawQuote(a, b, m.end("pre"), b, colon=True))
    return out


def _name_label(body: str, who: str) -> bool:
    """``who`` labels an interview's turns: it opens two or more paragraphs, and its words are a name
    (not a sub-heading such as "Key Points" or "Read More": the first word is no label word)."""
    if who.split()[0] in _TITLE_LABEL_NOT or who.split()[0] in _HEADING_WORDS:
        return False
    return body.count(f"\n{who}: ") + body.startswith(f"{who}: ") >= 2


_HEADING_WORDS = frozenset(_words("Key What Why How Read More The In Latest Live Breaking Editor Editors See Also"))


def _is_label_line(body: str, ls: int, le: int) -> bool:
    if TRANSCRIPT_RE.match(body, ls, le) is not None or TITLE_LABEL_RE.match(body, ls, le) is not None:
        return True
    tn = NAME_LABEL_RE.match(body, ls, le)
    return tn is not None and _name_label(body, tn.group("who"))


def _answer_end(body: str, b: int, taken: list[tuple[int, int]]) -> int:
    """An answer may run over several paragraphs: an unlabelled paragraph belongs to it when the
    next paragraph opens with a label again (narrative after the last answer does not)."""
    while True:
        ls = b
        while ls < len(body) and body[ls] in " \t\n":
            ls += 1
        if ls >= len(body) or body[ls] in "\"“‘'" or _is_label_line(body, ls, len(body)):
            return b
        le = body.find("\n", ls)
        le = len(body) if le < 0 else le
        nxt = le
        while nxt < len(body) and body[nxt] in " \t\n":
            nxt += 1
        nle = body.find("\n", nxt)
        nle = len(body) if nle < 0 else nle
        if nxt >= len(body) or not _is_label_line(body, nxt, nle) or any(ls <= o < le for o, _ in taken):
            return b
        b = _trim(body, ls, le)[1]
