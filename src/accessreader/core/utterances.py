"""What to say, in what order: sentence-sized utterances carrying their document positions.

Plain Python, so the speech layer, the export and the tests share one reading order: headings
are announced as headings, and reading that starts inside a section first names the section.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from accessreader.core.model import BlockKind, Document, Position
from accessreader.core.plaintext import heading_label, note_prefix
from accessreader.core.script_view import ScriptView


@dataclass(frozen=True, slots=True)
class Utterance:
    """One thing to say. ``text`` is what is heard (in the shown script, with any spoken
    label in front); ``spoken_from`` is where the document's own words begin in ``text``.

    ``start``/``end`` are the original-text span of the sentence in block ``block``, so the
    view can highlight it and the reading point can follow. A section announcement has
    ``block`` set but an empty span.
    """

    text: str
    block: int
    start: int
    end: int
    spoken_from: int = 0

    @property
    def position(self) -> Position:
        return Position(self.block, self.start)

    @property
    def is_announcement(self) -> bool:
        return self.start == self.end


def _block_prefix(document: Document, block_index: int) -> str:
    block = document.blocks[block_index]
    if block.kind is BlockKind.HEADING:
        return f"{heading_label(block.level)}，"
    if block.kind is BlockKind.NOTE:
        return note_prefix(block)
    if block.kind is BlockKind.SIGNATURE:
        return "落款，"
    return ""


def sentence_utterance(view: ScriptView, position: Position) -> Utterance | None:
    """The sentence at ``position`` as one utterance (指读), or None in an empty block."""
    document = view.document
    block = document.blocks[position.block]
    if not block.sentences:
        return None
    span = block.sentences[block.sentence_at(position.offset)]
    return _utterance(view, position.block, span.start, span.end, first=True)


def paragraph_utterances(view: ScriptView, position: Position) -> list[Utterance]:
    """Every sentence of the block at ``position``, from its start (指读 a paragraph)."""
    block = view.document.blocks[position.block]
    return [
        _utterance(view, position.block, span.start, span.end, first=index == 0)
        for index, span in enumerate(block.sentences)
    ]


def read_all(view: ScriptView, position: Position) -> Iterator[Utterance]:
    """Utterances from the sentence at ``position`` to the end (连读), lazily.

    Starting inside a section (not at its heading) first says which section it is.
    """
    document = view.document
    if not document.blocks:
        return
    section = document.section_of(position)
    if section is not None and section.block != position.block:
        label = heading_label(section.level)
        title = view.text(section.block)
        yield Utterance(f"{label}，{title}", section.block, 0, 0, len(label) + 1)
    block = document.blocks[position.block]
    first_sentence = block.sentence_at(position.offset) if block.sentences else 0
    for index in range(position.block, len(document.blocks)):
        spans = document.blocks[index].sentences
        start = first_sentence if index == position.block else 0
        for number in range(start, len(spans)):
            span = spans[number]
            yield _utterance(view, index, span.start, span.end, first=number == 0)


def whole_report(view: ScriptView) -> Iterator[Utterance]:
    """The title, then every sentence: what an export of the report says."""
    title = view.title()
    if title:
        yield Utterance(f"{title}。", -1, 0, 0)
    yield from read_all(view, Position(0, 0))


def _utterance(view: ScriptView, block: int, start: int, end: int, *, first: bool) -> Utterance:
    """The sentence ``[start, end)`` of ``block`` as heard: converted, and the block's kind
    said before its first sentence."""
    shown_start = view.to_view(block, start)
    shown_end = view.to_view(block, end)
    words = view.text(block)[shown_start:shown_end]
    prefix = _block_prefix(view.document, block) if first else ""
    return Utterance(prefix + words, block, start, end, len(prefix))


def original_offset(view: ScriptView, utterance: Utterance, text_offset: int) -> Position:
    """The document position of character ``text_offset`` of an utterance's text (for the
    word the engine says it is speaking); the spoken label maps to the sentence start."""
    within = text_offset - utterance.spoken_from
    if within <= 0 or utterance.is_announcement:
        return Position(utterance.block, utterance.start)
    shown = view.to_view(utterance.block, utterance.start) + within
    return Position(utterance.block, min(view.to_original(utterance.block, shown), utterance.end))
