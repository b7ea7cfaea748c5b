"""Finding text in a document, across scripts; hits are positions in the original text.

Query and text are both folded character by character to simplified (發/髮 → 发, 臺/台 → 台)
with ``str.translate``, so 简 finds 繁 and 繁 finds 简, offsets stay exact (one character
for one), and a 10 MB report is searched at C speed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from accessreader.core.model import Block, Document, Position

TextOf = Callable[[int, Block], str]


@dataclass(frozen=True, slots=True)
class Match:
    """A hit: where it starts and how many characters of the block it covers."""

    position: Position
    length: int


def _as_written(_index: int, block: Block) -> str:
    return block.text


def fold(text: str) -> str:
    """``text`` folded for matching: simplified characters, lower case, same length."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = text
    from accessreader.core.opencc_current import folding_table

    return lowered.translate(folding_table())


def find_all(document: Document, query: str, text_of: TextOf = _as_written) -> list[Match]:
    """Every non-overlapping occurrence of ``query`` in document order (empty query: none)."""
    needle = fold(query.strip())
    if not needle:
        return []
    matches: list[Match] = []
    for index, block in enumerate(document.blocks):
        haystack = fold(text_of(index, block))
        start = haystack.find(needle)
        while start >= 0:
            matches.append(Match(Position(index, start), len(needle)))
            start = haystack.find(needle, start + len(needle))
    return matches


def match_after(matches: list[Match], position: Position, *, backwards: bool = False) -> int:
    """Index of the first match after ``position`` (or before it, going backwards); wraps."""
    if not matches:
        return -1
    if backwards:
        for index in range(len(matches) - 1, -1, -1):
            if matches[index].position < position:
                return index
        return len(matches) - 1
    for index, match in enumerate(matches):
        if match.position > position:
            return index
    return 0
