"""The gazetteer: known office-holders, their aliases and roles, matched with Aho-Corasick.

Data lives in ``gazetteer.toml`` (package data). A user file in the same format (TOML or JSON with a
``people`` list) extends it. Each person::

    { name = "Joe Biden", aliases = ["Joseph Biden"], short = ["Biden"],
      roles = ["US: president 2021-2025", "US: vice president 2009-2017"] }

``gender`` (optional, "f" or "m") helps "she said" find the right person when the first name does not tell.

``surname`` (optional) is how the person is called alone when that is not the last word
("Xi" for Xi Jinping). ``aliases`` are other full names (spellings, transliterations); ``short`` are forms that name the
person on their own in any article (distinctive surnames). The plain surname of any person is also
matched, but only counts once the article has named that person in full.
"""

from __future__ import annotations

import functools
import json
import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import ahocorasick

from .lexicon import BODIES, COUNTRIES, COUNTRY_ADJECTIVES, COUNTRY_SEATS, OFFICE_SYNONYMS

FULL, SHORT, SURNAME = 0, 1, 2
_PARTICLES = {"Le", "La", "De", "Da", "Di", "Du", "Van", "Von", "Al", "El", "Bin", "Dos", "Del"}
_YEARS_RE = re.compile(r"(\d{4})(?:\s*(-)\s*(\d{4})?)?\s*$")
# The first word other than the name itself with an adjective's ending ("Japan" ends in -an but is no adjective)
_ADJECTIVE = {
    key: next(
        (w for w in words if w != key and w not in COUNTRY_SEATS and w.endswith(("an", "ish", "ese", "ch", "i", "ic"))),
        key,
    )
    for key, words in COUNTRIES.items()
}
_ADJECTIVE.update(COUNTRY_ADJECTIVES)
# Country names that are also a state's or province's, and offices held only there, never in a nation:
# "Georgia: governor" is the US state's governor, "Georgia: president" the country's
_STATE_NAMES = frozenset({"Georgia"})
_LOCAL_OFFICE_RE = re.compile(r"\b(?:governor|mayor|chief minister|state|house|assembly|county|provincial)\b")
_COUNTRY_KEY = {w.lower(): key for key, words in COUNTRIES.items() for w in (key, *words)}


def slug(name: str) -> str:
    s = (name if name.isascii() else unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


# Letters that do not decompose into a base letter and an accent: dropped by the ASCII encoding, they would
# leave "ukanovic" of "Đukanović". Their usual transliterations instead.
_TRANSLIT = str.maketrans(
    {
        "Đ": "D",
        "đ": "d",
        "Ð": "D",
        "ð": "d",
        "Þ": "Th",
        "þ": "th",
        "Ø": "O",
        "ø": "o",
        "Ł": "L",
        "ł": "l",
        "Æ": "Ae",
        "æ": "ae",
        "Œ": "Oe",
        "œ": "oe",
        "ß": "ss",
        "ı": "i",
        "Ħ": "H",
        "ħ": "h",
        "Ŧ": "T",
        "ŧ": "t",
        "ƒ": "f",
    }
)


def fold(s: str) -> str:
    """Accents off, for matching transliterated spellings."""
    return unicodedata.normalize("NFKD", s.translate(_TRANSLIT)).encode("ascii", "ignore").decode()


_COUNTRY_OF: dict[str, str | None] = {}  # word as written -> key: the finder asks about every capitalised word


def country_key(word: str) -> str | None:
    try:
        return _COUNTRY_OF[word]
    except KeyError:
        pass
    key = _COUNTRY_KEY.get(word.lower().removesuffix("’s").removesuffix("'s"))
    if len(_COUNTRY_OF) > 50_000:  # a long-running import meets ever new words: keep the memo small
        _COUNTRY_OF.clear()
    _COUNTRY_OF[word] = key
    return key


@functools.lru_cache(maxsize=4096)  # a few hundred offices recur across thousands of roles and mentions
def norm_office(office: str) -> str:
    o = " ".join(office.lower().replace("-", " ").split())
    o = o.replace("vice president", "vice president")
    return OFFICE_SYNONYMS.get(o, o)


@dataclass(frozen=True, slots=True)
class Role:
    country: str | None
    office: str
    start: int | None = None
    end: int | None = None
    place: str | None = field(default=None, compare=False)  # a city or region as written, shown in place of the country

    def label(self) -> str:
        office = self.office
        if self.place:
            return f"{self.place} {'premier' if office == 'prime minister' else office}"
        if office == "prime minister" and self.country and self.country not in COUNTRIES:
            office = "premier"  # a province's or state's premier (Ontario, Bavaria) heads no national government
        return f"{_ADJECTIVE.get(self.country, self.country)} {office}" if self.country else office


@dataclass(slots=True)
class GPerson:
    name: str
    id: str
    aliases: tuple[str, ...] = ()
    short: tuple[str, ...] = ()
    role_texts: tuple[str, ...] = ()  # as written in the file: "COUNTRY: office FROM-TO"
    surnames: frozenset[str] = field(default_factory=frozenset)
    first: str = ""
    gender: str | None = None  # "f" / "m" when the entry says so
    _roles: tuple[Role, ...] | None = None

    @property
    def roles(self) -> tuple[Role, ...]:
        """The parsed roles, on first use: an article meets a handful of the thousands of people, so
        parsing every role at load would be wasted work."""
        if self._roles is None:
            self._roles = tuple(_parse_role(r) for r in self.role_texts)
        return self._roles


def _parse_role(text: str) -> Role:
    # "COUNTRY: office FROM-TO": the country is whatever precedes the first colon, the years close the line
    country, colon, rest = text.partition(":")
    if not colon:
        country, rest = "", text
    country = country.strip()
    m = _YEARS_RE.search(rest)
    start = end = None
    if m:
        # "2021-2025", "2025-" (still in office) or "2023" (a single year: in and out within it)
        start = int(m.group(1))
        end = int(m.group(3)) if m.group(3) else (None if m.group(2) else start)
        rest = rest[: m.start()]
    if not country:
        return Role(None, norm_office(rest.strip()), start, end)
    office = norm_office(rest.strip())
    key = country_key(country)
    # A capital written for its own office ("Washington: mayor", "Delhi: chief minister") or a country's name that
    # is also a state's, with a local office ("Georgia: governor"), keeps its country key for matching (as before)
    # but is shown as written: not "American governor" nor "Georgian governor"
    place = (
        country
        if key and (country in COUNTRY_SEATS or (country in _STATE_NAMES and _LOCAL_OFFICE_RE.search(office)))
        else None
    )
    return Role(key or country, office, start, end, place)


def _variants(s: str) -> set[str]:
    out = {s, s.replace("'", "’"), s.replace("’", "'")} if ("'" in s or "’" in s) else {s}
    if not s.isascii():  # folding an ASCII name changes nothing, and most names are ASCII
        out |= {fold(v) for v in list(out)}
    return {v for v in out if v}


def _recency(p: GPerson) -> tuple[int, int]:
    """Sort key putting the person in office now, then the one in office last, first."""
    if not p.roles:
        return (1, 0)
    now = any(r.start is not None and r.end is None for r in p.roles)
    return (0 if now else 1, -max(r.end or r.start or 0 for r in p.roles))


class Gazetteer:
    """Known people plus an automaton over every way of writing their names."""

    def __init__(self, people: list[GPerson]) -> None:
        self.people = people
        self.by_id = {p.id: p for p in people}
        self.by_surname: dict[str, list[int]] = {}
        self.by_first: dict[str, list[int]] = {}
        self.short_names: dict[str, int] = {}
        auto = ahocorasick.Automaton()
        # form -> {person index: strongest kind}; the three kinds are walked strongest first so the
        # first claim a person makes on a form is their strongest one
        keys: dict[str, dict[int, int]] = {}
        for i, p in enumerate(people):
            for kind, forms in ((FULL, (p.name, *p.aliases)), (SHORT, p.short), (SURNAME, p.surnames)):
                for form in forms:
                    for v in _variants(form):
                        claims = keys.get(v)
                        if claims is None:
                            keys[v] = {i: kind}
                        elif i not in claims:
                            claims[i] = kind
                        if kind == SHORT:
                            self.short_names[v] = i
                        elif kind == SURNAME:
                            self.by_surname.setdefault(v, []).append(i)
            if p.first:
                self.by_first.setdefault(p.first, []).append(i)
        recency: dict[int, tuple[int, int]] = {}
        # names and bodies share one automaton, so an article is walked once (``scan``); each form maps
        # to (its length, its claims or None, the body it names or None)
        forms: dict[str, tuple[tuple[int, int], ...]] = {}
        for k, best in keys.items():
            # strongest kind first, then whoever holds office now (or held it last): a reader takes
            # the first claim when a title meets a shared surname ("President Lee", "Senator Scott")
            if len(best) > 1:
                for i in best:
                    if i not in recency:
                        recency[i] = _recency(people[i])
                forms[k] = tuple(sorted(best.items(), key=lambda c: (c[1], recency[c[0]])))
            else:
                forms[k] = tuple(best.items())
        for k, claims in forms.items():
            auto.add_word(k, (len(k), claims, BODIES.get(k)))
        for k, v in BODIES.items():
            if k not in forms:
                auto.add_word(k, (len(k), None, v))
        auto.make_automaton()
        self.automaton = auto
        # the last text scanned and what was found: the finder asks for names, then bodies, of one text
        self._last: tuple[str, tuple[list, list]] | None = None

    def __len__(self) -> int:
        return len(self.people)

    def find(self, text: str) -> list[tuple[int, int, tuple[tuple[int, int], ...]]]:
        """Whole-word occurrences of known names: (start, end, ((person index, kind), ...))."""
        return self.scan(text)[0]

    def find_bodies(self, text: str) -> list[tuple[int, int, str]]:
        """Whole-word occurrences of known bodies: (start, end, name)."""
        return self.scan(text)[1]

    def scan(self, text: str) -> tuple[list[tuple[int, int, tuple[tuple[int, int], ...]]], list[tuple[int, int, str]]]:
        """``(find(text), find_bodies(text))`` in one pass over ``text``. A name is bounded by
        characters that are neither alphanumeric nor "_"; a body only by non-alphanumerics.
        The lists are shared with later calls on the same text object: do not change them."""
        last = self._last  # one read: another thread may replace it meanwhile
        if last is not None and last[0] is text:
            return last[1]
        names: list[tuple[int, int, tuple[tuple[int, int], ...]]] = []
        bodies: list[tuple[int, int, str]] = []
        n = len(text)
        for end_i, (size, claims, body) in self.automaton.iter(text):
            s = end_i - size + 1
            e = end_i + 1
            before = text[s - 1] if s > 0 else " "
            after = text[e] if e < n else " "
            if before.isalnum() or after.isalnum():
                continue
            if claims is not None and before != "_" and after != "_":
                names.append((s, e, claims))
            if body is not None:
                bodies.append((s, e, body))
        self._last = (text, (names, bodies))
        return names, bodies


def _person(entry: dict) -> GPerson:
    name = entry["name"].strip()
    aliases = tuple(a.strip() for a in entry.get("aliases", ()) if a.strip())
    short = tuple(s.strip() for s in entry.get("short", ()) if s.strip())
    roles = tuple(entry.get("roles", ()))
    surnames = set(entry.get("surname", "").split("|")) - {""}
    for full in () if surnames else (name, *aliases):
        parts = full.split()
        if len(parts) >= 2:
            surnames.add(parts[-1])
            # particles belong to the surname: "Le Drian", "von der Leyen", "da Silva"
            k = len(parts) - 1
            while k > 1 and (parts[k - 1][0].islower() or parts[k - 1] in _PARTICLES):
                k -= 1
            if k < len(parts) - 1:
                surnames.add(" ".join(parts[k:]))
    first = name.split()[0] if len(name.split()) > 1 else ""
    return GPerson(
        name=name,
        id=entry.get("id") or slug(name),
        aliases=aliases,
        short=short,
        role_texts=roles,
        surnames=frozenset(surnames),
        first=first,
        gender=entry.get("gender") if entry.get("gender") in ("f", "m") else None,
    )


_KEYS = ("name", "id", "gender", "aliases", "short", "surname", "roles")


def _fast_people(text: str) -> list[dict] | None:
    """The shipped file read as JSON, or None when it is not strictly one inline table a line.

    Every line is ``{ key = value, ... },`` with TOML basic strings, which JSON reads once the keys
    are quoted: three times faster than ``tomllib`` on ~2,500 people, and the CLI loads the
    gazetteer once per run. A test checks the result equals ``tomllib``'s on the shipped file."""
    rows = []
    for line in text.splitlines():
        if line.startswith("{"):
            rows.append(line.rstrip().removesuffix(","))
        elif line.strip() and not line.startswith(("#", "people = [", "]")):
            return None
    js = "[" + ",".join(rows) + "]"
    for k in _KEYS:
        js = js.replace(f"{{ {k} = ", f'{{ "{k}": ').replace(f", {k} = ", f', "{k}": ')
    try:
        people = json.loads(js)
    except json.JSONDecodeError:
        return None
    return people if all(isinstance(p, dict) and isinstance(p.get("name"), str) for p in people) else None


def _read(path: Path | None, text: str | None = None) -> list[dict]:
    if text is None:
        assert path is not None
        text = path.read_text(encoding="utf-8")
    if path is not None and path.suffix.lower() == ".json":
        data = json.loads(text)
    else:
        data = tomllib.loads(text)
    people = data.get("people", []) if isinstance(data, dict) else data
    if not isinstance(people, list):
        raise ValueError(f"{path}: 'people' must be a list")
    for p in people:
        if not isinstance(p, dict) or not isinstance(p.get("name"), str):
            raise ValueError(f"{path}: every person needs a 'name'")
    return people


@functools.lru_cache(maxsize=8)
def _load(extra: str | None, mtime: float) -> Gazetteer:
    shipped = resources.files(__package__).joinpath("gazetteer.toml").read_text("utf-8")
    entries = _fast_people(shipped)
    if entries is None:
        entries = _read(None, shipped)
    if extra:
        path = Path(extra)
        user = _read(path)
        by_name = {e["name"]: i for i, e in enumerate(entries)}
        for e in user:
            if e["name"] in by_name:
                entries[by_name[e["name"]]] = e  # the user's entry replaces ours
            else:
                entries.append(e)
    return Gazetteer([_person(e) for e in entries])


def load_gazetteer(extra: Path | None = None) -> Gazetteer:
    """The shipped gazetteer, extended by ``extra`` (TOML or JSON, same format); cached."""
    if extra is None:
        return _load(None, 0.0)
    path = Path(extra)
    return _load(str(path.resolve()), path.stat().st_mtime)
