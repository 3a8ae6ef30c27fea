"""Completion for a space-separated list of tags: suggests the rest of the word being typed."""

from __future__ import annotations

from collections.abc import Sequence

from textual.suggester import Suggester


class TagSuggester(Suggester):
    """Completes the last word from known tags (most used first); earlier words are kept as typed."""

    def __init__(self, tags: Sequence[str]) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        self.tags = list(tags)

    async def get_suggestion(self, value: str) -> str | None:
        return complete_tag(value, self.tags)


def complete_tag(value: str, tags: Sequence[str]) -> str | None:
    if not value or value[-1] in " ,":
        return None
    word = value.replace(",", " ").split(" ")[-1]
    stem = word.lstrip("#")
    if not stem:
        return None
    already = {w.lstrip("#").lower() for w in value.replace(",", " ").split()[:-1]}
    for tag in tags:
        if tag.lower().startswith(stem.lower()) and len(tag) > len(stem) and tag.lower() not in already:
            return value + tag[len(stem) :]
    return None
