"""The data tables (furniture.toml, outlets.toml) loaded once and compiled to regular expressions.

The tables are package data so that a new outlet or a new piece of page furniture is a data change.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

_FLAGS = re.IGNORECASE


@dataclass(frozen=True, slots=True)
class Block:
    start: re.Pattern[str]
    end: re.Pattern[str]
    max_lines: int


@dataclass(frozen=True, slots=True)
class Furniture:
    lines: frozenset[str]  # casefolded exact lines
    patterns: re.Pattern[str]  # all whole-line patterns as one alternation
    blocks: tuple[Block, ...]
    tagline_words: frozenset[str]
    tagline_min_words: int
    credit_suffix: re.Pattern[str]  # a caption's trailing credit
    credit_line: re.Pattern[str]  # a line that is only a credit
    comment_openers: tuple[re.Pattern[str], ...]
    byline_roles: frozenset[str]  # casefolded last words of a writer's role
    byline_role_words: frozenset[str]  # casefolded words a role starts with
    wire_byline: re.Pattern[str]  # a wire or desk credit standing as the byline


@dataclass(frozen=True, slots=True)
class Outlet:
    name: str
    names: tuple[str, ...]
    patterns: tuple[str, ...]  # the outlet's own house phrases


def _load(resource: str) -> dict:
    return tomllib.loads(files("newsreader.ingest").joinpath(resource).read_text(encoding="utf-8"))


def _alternation(names: list[str]) -> str:
    # Longest first so "Getty Images North America" is not cut at "Getty".
    return "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))


@cache
def furniture() -> Furniture:
    data = _load("furniture.toml")
    agencies = _alternation(data["credit_agencies"])
    agency = rf"(?:{agencies})"
    wire = rf"(?:{_alternation(data['wire_agencies'])})"
    # " - Getty Images North America", " - REUTERS", " | AFP via Getty Images", " Photograph: X/AP"
    credit_suffix = re.compile(
        rf"""(?:
            \s+[-–—|/]\s+(?:(?:photo(?:graph)?|picture|image|credit)s?\s*:\s*)?
                [^.!?"“”|–—-]{{0,40}}?\b{agency}\b[^.!?"“”|–—-]{{0,40}}
          | \s*\((?:(?:photo(?:graph)?|picture|image|credit)s?\s*:\s*)?
                [^()]{{0,40}}?\b{agency}\b[^()]{{0,40}}\)
          | \s+(?:photograph|photo|picture|image|illustration|composite)\s*:\s*[^.!?"“”]{{1,80}}
        )$""",
        _FLAGS | re.VERBOSE,
    )
    credit_line = re.compile(
        rf"""(?:(?:photo(?:graph)?|picture|image|credit)s?\s*:\s*)?
             (?:[\w.'’ -]{{1,40}}\s*/\s*)?{agency}
             (?:\s*(?:/|via|and|,)\s*(?:[\w.'’ -]{{1,40}}?\s*/\s*)?{agency})*
             (?:\s*/\s*[\w.'’ -]{{1,40}})?""",
        _FLAGS | re.VERBOSE,
    )
    return Furniture(
        lines=frozenset(line.casefold() for line in data["lines"]),
        patterns=re.compile("|".join(f"(?:{p})" for p in data["patterns"]), _FLAGS),
        blocks=tuple(
            Block(re.compile(b["start"], _FLAGS), re.compile(b["end"], _FLAGS), int(b["max_lines"]))
            for b in data["blocks"]
        ),
        tagline_words=frozenset(w.casefold() for w in data["tagline_words"]),
        tagline_min_words=int(data["tagline_min_words"]),
        credit_suffix=credit_suffix,
        credit_line=credit_line,
        comment_openers=tuple(re.compile(p, _FLAGS) for p in data["comment_openers"]),
        byline_roles=frozenset(w.casefold() for w in data["byline_roles"]),
        byline_role_words=frozenset(w.casefold() for w in data["byline_role_words"]),
        wire_byline=re.compile("|".join(f"(?:{p.replace('{agency}', wire)})" for p in data["wire_bylines"]), _FLAGS),
    )


@cache
def outlets() -> tuple[Outlet, ...]:
    return tuple(
        Outlet(entry["name"], tuple(entry["names"]), tuple(entry.get("patterns", ())))
        for entry in _load("outlets.toml")["outlet"]
    )


@cache
def signatures() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(templates, house phrases), each one pattern so a line costs one pass.

    In the first, every template's ``{name}`` is any outlet name, captured as ``name``, and
    mastheads() maps it to the outlet. In the second, group ``o<N>`` matching means outlet N.
    """
    names = [name for outlet in outlets() for name in outlet.names]
    any_name = f"(?P<name>{_alternation(names)})"
    templates: list[str] = _load("outlets.toml")["templates"]
    # One named group per template, so each gets its own copy of the name group.
    alternatives = [
        f"(?:{t.replace('{name}', any_name.replace('?P<name>', f'?P<name{i}>'))})" for i, t in enumerate(templates)
    ]
    house = [
        f"(?P<o{index}>{'|'.join(f'(?:{p})' for p in outlet.patterns)})"
        for index, outlet in enumerate(outlets())
        if outlet.patterns
    ]
    return re.compile("|".join(alternatives), _FLAGS), re.compile("|".join(house), _FLAGS)


@cache
def mastheads() -> dict[str, str]:
    """Every outlet name, casefolded, mapped to the outlet's display name."""
    table: dict[str, str] = {}
    for outlet in outlets():
        for name in (*outlet.names, outlet.name):
            table.setdefault(name.casefold(), outlet.name)
    return table
