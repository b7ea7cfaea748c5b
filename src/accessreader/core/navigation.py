"""Moving the reading point by sentence, paragraph, heading and section — plain Python.

Every function takes a document and a position and returns the new position, or the same one
at either end, so the UI layer only wires keys to these.
"""

from __future__ import annotations

from accessreader.core.model import Document, Position


def sentence_start(document: Document, position: Position) -> Position:
    """The start of the sentence containing ``position``."""
    block = document.blocks[position.block]
    spans = block.sentences
    if not spans:
        return Position(position.block, 0)
    return Position(position.block, spans[block.sentence_at(position.offset)].start)


def next_sentence(document: Document, position: Position) -> Position:
    """Start of the sentence after the one at ``position``, crossing into later blocks."""
    block = document.blocks[position.block]
    spans = block.sentences
    index = block.sentence_at(position.offset) if spans else -1
    if index + 1 < len(spans):
        return Position(position.block, spans[index + 1].start)
    for later in range(position.block + 1, len(document.blocks)):
        later_spans = document.blocks[later].sentences
        if later_spans:
            return Position(later, later_spans[0].start)
    return position


def previous_sentence(document: Document, position: Position) -> Position:
    """Start of the sentence before the one at ``position``, crossing into earlier blocks."""
    block = document.blocks[position.block]
    spans = block.sentences
    index = block.sentence_at(position.offset) if spans else 0
    if spans and position.offset > spans[index].start:
        return Position(position.block, spans[index].start)
    if index > 0:
        return Position(position.block, spans[index - 1].start)
    for earlier in range(position.block - 1, -1, -1):
        earlier_spans = document.blocks[earlier].sentences
        if earlier_spans:
            return Position(earlier, earlier_spans[-1].start)
    return position


def next_block(document: Document, position: Position) -> Position:
    """Start of the next block (paragraph, heading, item …)."""
    if position.block + 1 < len(document.blocks):
        return Position(position.block + 1, 0)
    return position


def previous_block(document: Document, position: Position) -> Position:
    """Start of this block if inside it, else start of the block before."""
    if position.offset > 0:
        return Position(position.block, 0)
    return Position(max(position.block - 1, 0), 0)


def next_heading(document: Document, position: Position, level: int | None = None) -> Position:
    """Start of the next heading (of ``level`` or above, if given)."""
    for entry in document.outline:
        if entry.block > position.block and (level is None or entry.level <= level):
            return Position(entry.block, 0)
    return position


def previous_heading(document: Document, position: Position, level: int | None = None) -> Position:
    """Start of the previous heading (of ``level`` or above, if given)."""
    for entry in reversed(document.outline):
        at_or_before = entry.block < position.block or (
            entry.block == position.block and position.offset > 0
        )
        if at_or_before and (level is None or entry.level <= level):
            return Position(entry.block, 0)
    return position


def section(document: Document, number: int) -> Position | None:
    """Start of top-level section ``number`` (1-based: 1 is 一、), or None if there is none."""
    top = [entry for entry in document.outline if entry.level == 1]
    if 1 <= number <= len(top):
        return Position(top[number - 1].block, 0)
    return None


def last_position(document: Document) -> Position:
    """The start of the last block (the signature, in most reports)."""
    return Position(max(len(document.blocks) - 1, 0), 0)


def progress(document: Document, position: Position) -> int:
    """How far through the document ``position`` is, in percent of characters."""
    starts = document.char_starts
    total = starts[-1]
    if total == 0:
        return 100
    return min(100, round(100 * (starts[position.block] + position.offset) / total))
