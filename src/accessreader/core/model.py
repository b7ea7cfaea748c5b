"""The report model: a document of blocks and sentences, addressed by script-free positions."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property
from itertools import accumulate

from accessreader.core.sentences import Span, split_sentences


class BlockKind(StrEnum):
    """What a block is; views style and speak each kind differently."""

    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    SIGNATURE = "signature"
    NOTE = "note"
    """A footnote; ``marker`` holds its number."""
    TABLE_ROW = "table_row"
    """One row of a table, each cell with its column header: ``表头：值；…``."""


@dataclass(frozen=True, order=True, slots=True)
class Position:
    """A place in a document: block index plus character offset in that block's original text.

    It knows nothing of script, width or text size, so bookmarks, search hits, speech progress
    and the reading point survive 简/繁 switches, resizes and magnification changes.
    """

    block: int
    offset: int = 0


@dataclass(frozen=True)
class Block:
    """One unit of the reading flow: a heading, paragraph, list item or signature line.

    ``text`` is the original text as it stands in the report (after the parser joined
    hard-wrapped lines); every offset in a :class:`Position` refers to it.
    """

    kind: BlockKind
    text: str
    level: int = 0
    """Heading depth, 1 for top-level sections; 0 for other kinds."""
    marker: str = ""
    """The numbering the text starts with (``一、``, ``（一）``, ``1.``), or a note's number."""

    @cached_property
    def sentences(self) -> tuple[Span, ...]:
        """Sentence spans, computed on first use so opening a large report stays fast."""
        return split_sentences(self.text)

    def sentence_at(self, offset: int) -> int:
        """Index of the sentence containing ``offset`` (the last one if past the end)."""
        spans = self.sentences
        for index, span in enumerate(spans):
            if offset < span.end:
                return index
        return max(len(spans) - 1, 0)


@dataclass(frozen=True, slots=True)
class Metadata:
    """Facts about the report that the page gave around the article."""

    source: str = ""
    """来源: the issuing body or outlet."""
    published: str = ""
    """发布时间 as written on the page."""
    extra: tuple[tuple[str, str], ...] = ()
    """Other labelled facts (责任编辑, 发文字号, 索引号 …) in page order, label as written."""

    def items(self) -> list[tuple[str, str]]:
        """All non-empty facts as (label, value) pairs, for display and ``cat``."""
        pairs = [("来源", self.source), ("发布时间", self.published), *self.extra]
        return [(label, value) for label, value in pairs if value]

    def get(self, label: str) -> str:
        """The value of an extra fact by label, or ``""``."""
        return next((value for key, value in self.extra if key == label), "")


@dataclass(frozen=True, slots=True)
class OutlineEntry:
    """A heading as it appears in the outline (目录)."""

    block: int
    level: int
    text: str


@dataclass(frozen=True)
class Document:
    """A parsed report: title, metadata, the reading flow, and what was kept out of it.

    ``chrome`` keeps the page furniture (toolbars, share buttons, link lists) so nothing from
    the source is lost; ``source_text`` is the decoded file, for ``cat --raw``.
    """

    title: str
    metadata: Metadata
    blocks: tuple[Block, ...]
    chrome: tuple[str, ...] = ()
    source_text: str = ""
    path: str = ""
    encoding: str = "utf-8"

    @cached_property
    def outline(self) -> tuple[OutlineEntry, ...]:
        """Every heading in document order with its level."""
        return tuple(
            OutlineEntry(index, block.level, block.text)
            for index, block in enumerate(self.blocks)
            if block.kind is BlockKind.HEADING
        )

    @cached_property
    def char_starts(self) -> tuple[int, ...]:
        """Characters before each block (and the total last), for progress in O(1)."""
        return (0, *accumulate(len(block.text) for block in self.blocks))

    @property
    def signature(self) -> tuple[Block, ...]:
        """The closing issuer and date lines."""
        return tuple(b for b in self.blocks if b.kind is BlockKind.SIGNATURE)

    def section_of(self, position: Position) -> OutlineEntry | None:
        """The nearest heading at or before ``position``, for status lines and speech."""
        current = None
        for entry in self.outline:
            if entry.block > position.block:
                break
            current = entry
        return current

    def clamp(self, position: Position) -> Position:
        """``position`` moved inside the document, so stale bookmarks cannot point nowhere."""
        if not self.blocks:
            return Position(0, 0)
        block = min(max(position.block, 0), len(self.blocks) - 1)
        offset = min(max(position.offset, 0), max(len(self.blocks[block].text) - 1, 0))
        return Position(block, offset)
