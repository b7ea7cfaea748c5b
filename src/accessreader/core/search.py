"""Finding text in a document; hits are positions, so they survive any change of view."""

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


def _fold(text: str) -> str:
    """Case folding that keeps offsets: ipv6 finds IPv6; CJK is unchanged."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else text


def find_all(document: Document, query: str, text_of: TextOf = _as_written) -> list[Match]:
    """Every non-overlapping occurrence of ``query`` in document order (empty query: none)."""
    needle = _fold(query.strip())
    if not needle:
        return []
    matches: list[Match] = []
    for index, block in enumerate(document.blocks):
        haystack = _fold(text_of(index, block))
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
