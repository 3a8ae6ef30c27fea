"""The export's fast paths (skip the escape table, the YAML regex, the Unicode folding when nothing needs
them) give exactly what the general path gives: re-exports stay byte-identical."""

from __future__ import annotations

import random
import re
import unicodedata
from json.encoder import encode_basestring

import yaml

from newsreader.export import files, markdown

ALPHABET = "abc XYZ019\\`*_[]<>#|~&$-+=.)\n\t\"'\x00\x1f\x7f\x85\x9f\u2028\u2029\ufeff\ufffe\uffff€éÉ—“”’日本😀ﬁ①"


def samples(count: int = 3000, seed: int = 11) -> list[str]:
    rng = random.Random(seed)
    texts = ["", "plain ascii words", "Zelensky’s “peace formula”", "x\x7fy", "a\u2028b", "ﬁle ① Ⅻ"]
    texts += ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 24))) for _ in range(count)]
    return texts


def general_escape(text: str) -> str:
    lines = []
    for raw in text.splitlines() or [""]:
        line = raw.strip().translate(markdown._ESCAPES)
        match = markdown._LIST_START.match(line)
        if match:
            marker = match.group(2)
            line = line[: match.start(2)] + marker[:-1] + "\\" + marker[-1] + line[match.end(2) :]
        lines.append(line)
    return "\\\n".join(lines)


def general_scalar(text: str) -> str:
    return markdown._YAML_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", encode_basestring(text))


def general_slug(text: str, max_length: int = files.MAX_SLUG) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    words = re.sub(r"[^a-z0-9]+", "-", folded).strip("-")
    if len(words) > max_length:
        words = words[:max_length].rsplit("-", 1)[0] or words[:max_length]
    return words.strip("-") or "untitled"


def test_escape_text_matches_the_general_path() -> None:
    for text in samples():
        assert markdown.escape_text(text) == general_escape(text), repr(text)


def test_yaml_strings_match_the_general_path_and_load_back() -> None:
    for text in samples(seed=12):
        assert markdown.yaml_scalar(text) == general_scalar(text), repr(text)
        block = markdown.yaml_block({"title": text, "leaders": [text, "Joe Biden"], "tags": []})
        assert yaml.safe_load(block.strip().strip("-")) == {"title": text, "leaders": [text, "Joe Biden"], "tags": []}


def test_slug_matches_the_general_path() -> None:
    for text in samples(seed=13):
        assert files.slug(text) == general_slug(text), repr(text)
    assert files.slug("Joe Biden: I’ll sit down with Putin") == "joe-biden-ill-sit-down-with-putin"
    assert files.slug("Joe Biden: I'll sit down with Putin") == "joe-biden-i-ll-sit-down-with-putin"
