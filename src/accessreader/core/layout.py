"""The wrapped view of a document: display lines at a width, wrapped lazily.

Like Textual's ``WrappedDocument`` over its ``Document``, this layer knows widths and the
document does not. Rows (title, metadata, blocks) are wrapped when first needed; until then a
row's line count is an estimate, so the first screen of a 10 MB report is ready long before
the whole report is wrapped. A background job calls :meth:`ReportLayout.wrap_rows` and
:meth:`ReportLayout.apply_wraps` to make every count exact.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from itertools import accumulate

from accessreader.core.cells import text_width
from accessreader.core.glyphs import LEVELS, Magnification
from accessreader.core.model import BlockKind, Document, Position
from accessreader.core.plaintext import block_text, note_prefix, short_heading
from accessreader.core.script_view import ScriptView, convert_text
from accessreader.core.wrap import wrap_offsets

Wrap = list[tuple[int, int]]


class RowKind(StrEnum):
    """What a row shows; the view styles each kind."""

    TITLE = "title"
    METADATA = "metadata"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    SIGNATURE = "signature"
    NOTE = "note"
    TABLE_ROW = "table_row"


_ROW_KIND = {
    BlockKind.HEADING: RowKind.HEADING,
    BlockKind.PARAGRAPH: RowKind.PARAGRAPH,
    BlockKind.LIST_ITEM: RowKind.LIST_ITEM,
    BlockKind.SIGNATURE: RowKind.SIGNATURE,
    BlockKind.NOTE: RowKind.NOTE,
    BlockKind.TABLE_ROW: RowKind.TABLE_ROW,
}


@dataclass(frozen=True, slots=True)
class Row:
    """A unit of layout: the title, one metadata line, or one block with its decoration.

    ``prefix`` characters of decoration (``注4：``) come before the block's text, so an offset
    in the row is ``prefix`` more than the offset in the block.
    """

    kind: RowKind
    text: str
    block: int | None = None
    prefix: int = 0
    gap_after: int = 1


@dataclass(frozen=True, slots=True)
class DisplayLine:
    """One screen line: a slice ``[start, end)`` of a row's text, or a blank gap line."""

    row: int
    start: int
    end: int
    blank: bool = False
    band: int = 0
    """Which screen row of a magnified text line this is (0 at normal size)."""


def build_rows(document: Document, *, plain: bool = False) -> list[Row]:
    """The rows of a document as written: title, metadata, then each block.

    ``plain`` gives the rows of ``accessreader cat`` — 目录 and 正文 sections, headings and
    signature said in words — for the reader's 纯文本 view.
    """
    if plain:
        return _plain_rows(document)
    rows: list[Row] = []
    if document.title:
        rows.append(Row(RowKind.TITLE, document.title, gap_after=1))
    metadata = document.metadata.items()
    for number, (label, value) in enumerate(metadata):
        last = number == len(metadata) - 1
        rows.append(Row(RowKind.METADATA, f"{label}：{value}", gap_after=1 if last else 0))
    for index, block in enumerate(document.blocks):
        prefix = note_prefix(block) if block.kind is BlockKind.NOTE else ""
        rows.append(Row(_ROW_KIND[block.kind], prefix + block.text, index, len(prefix)))
    return rows


def _plain_rows(document: Document) -> list[Row]:
    rows = [Row(RowKind.PARAGRAPH, document.title or "（无标题）")]
    metadata = document.metadata.items()
    rows.extend(
        Row(RowKind.PARAGRAPH, f"{label}：{value}", gap_after=int(number == len(metadata) - 1))
        for number, (label, value) in enumerate(metadata)
    )
    if document.outline:
        rows.append(Row(RowKind.PARAGRAPH, "目录", gap_after=0))
        rows.extend(
            Row(RowKind.PARAGRAPH, "  " * (e.level - 1) + short_heading(e.text), gap_after=0)
            for e in document.outline
        )
        rows.append(Row(RowKind.PARAGRAPH, "", gap_after=0))
    rows.append(Row(RowKind.PARAGRAPH, "正文"))
    for index, block in enumerate(document.blocks):
        decorated = block_text(block)
        prefix = len(decorated) - len(block.text)
        rows.append(Row(_ROW_KIND[block.kind], decorated, index, prefix))
    return rows


def estimate_lines(text: str, width: int) -> int:
    """Lines ``text`` will take at ``width`` cells, counting non-ASCII as wide; cheap."""
    wide = len(text) - len(text.encode("ascii", "ignore"))
    cells = len(text) + wide
    return max(1, -(-cells // max(width, 1)))


class ReportLayout:
    """Display lines of a document in one script, at one width and text size, wrapped on
    demand.

    Rows are measured in the shown (converted) text; positions in and out are in the
    original, mapped through the script view. At a magnified size a text line is wrapped
    to ``width // scale`` normal cells and takes ``rows`` screen lines (its glyph bands);
    the blank line between paragraphs stays one line.
    """

    def __init__(
        self,
        rows: Sequence[Row],
        width: int,
        view: ScriptView,
        *,
        magnification: Magnification = LEVELS[0],
        spacing: int = 1,
        measured_like: ReportLayout | None = None,
    ) -> None:
        """``measured_like``: a layout of the same rows at the same width in another script,
        whose line counts are taken as the starting counts here — a script switch changes
        characters, almost never line counts, so nothing needs measuring again."""
        self.rows = list(rows)
        self.width = max(width, 8)
        self.view = view
        self.magnification = magnification
        self.bands = magnification.rows
        self.line_rows = magnification.rows + max(spacing - 1, 0)
        """Screen lines a text line takes: its glyph bands, then any blank spacing lines."""
        self.text_width = max(self.width // magnification.scale, 2)
        """Width the text is wrapped to, in normal cells."""
        self._plain_rows: dict[int, str] = {}
        self._wraps: list[Wrap | None] = [None] * len(self.rows)
        self._counts: list[int]
        self._measured: list[bool]
        if (
            measured_like is not None
            and measured_like.width == self.width
            and measured_like.magnification == magnification
            and measured_like.line_rows == self.line_rows
        ):
            self._counts = list(measured_like._counts)
            self._measured = list(measured_like._measured)
        else:
            self._counts = [
                estimate_lines(row.text, self.text_width) * self.line_rows + row.gap_after
                for row in self.rows
            ]
            self._measured = [False] * len(self.rows)
        self._starts: list[int] = []
        self._block_rows = {
            row.block: i for i, row in enumerate(self.rows) if row.block is not None
        }
        self._dirty = True
        # The few rows above the text (title, metadata) are wrapped now, so the first
        # block's line — where reading starts — is exact from the first paint on.
        for index, row in enumerate(self.rows):
            if row.block is not None:
                break
            self.wrap_of(index)

    @property
    def line_count(self) -> int:
        """Total display lines (estimated for rows not yet wrapped)."""
        return self._line_starts()[-1]

    @property
    def fully_measured(self) -> bool:
        """True once every row's line count is measured, not estimated."""
        return all(self._measured)

    def _line_starts(self) -> list[int]:
        if self._dirty:
            self._starts = [0, *accumulate(self._counts)]
            self._dirty = False
        return self._starts

    def row_text(self, row: int) -> str:
        """The text ``row`` shows in the current script (converting its block if needed)."""
        item = self.rows[row]
        if item.block is not None:
            return item.text[: item.prefix] + self.view.text(item.block)
        text = self._plain_rows.get(row)
        if text is None:
            text = self._plain_rows[row] = convert_text(item.text, self.view.script)
        return text

    def wrap_of(self, row: int) -> Wrap:
        """The wrapped lines of ``row``, computing them now if needed."""
        wrap = self._wraps[row]
        if wrap is None:
            wrap = wrap_offsets(self.row_text(row), self.text_width) or [(0, 0)]
            self._set_wrap(row, wrap)
        return wrap

    def _set_wrap(self, row: int, wrap: Wrap) -> None:
        self._wraps[row] = wrap
        self._set_count(row, len(wrap))

    def _set_count(self, row: int, lines: int) -> None:
        self._measured[row] = True
        count = lines * self.line_rows + self.rows[row].gap_after
        if count != self._counts[row]:
            self._counts[row] = count
            self._dirty = True

    def row_at(self, y: int) -> int:
        """Index of the row that display line ``y`` belongs to."""
        starts = self._line_starts()
        return min(max(bisect_right(starts, y) - 1, 0), len(self.rows) - 1)

    def first_line_of_row(self, row: int) -> int:
        """Display line where ``row`` starts."""
        return self._line_starts()[row]

    def line(self, y: int) -> DisplayLine:
        """Display line ``y``: wraps its row first, so the answer is exact for that row."""
        row = self.row_at(y)
        while self._wraps[row] is None:  # wrapping changes counts: look the row up again
            self.wrap_of(row)
            row = self.row_at(y)
        wrap = self.wrap_of(row)
        within = y - self.first_line_of_row(row)
        band = within % self.line_rows
        if within >= len(wrap) * self.line_rows or band >= self.bands:
            return DisplayLine(row, 0, 0, blank=True)
        start, end = wrap[within // self.line_rows]
        return DisplayLine(row, start, end, band=band)

    def y_of(self, position: Position) -> int:
        """Display line showing ``position``."""
        if not self.rows or position.block not in self._block_rows:
            return 0
        row = self._block_rows[position.block]
        wrap = self.wrap_of(row)
        offset = self.view_offset(position)
        within = next((i for i, (_, end) in enumerate(wrap) if offset < end), max(len(wrap) - 1, 0))
        return self.first_line_of_row(row) + within * self.line_rows

    def position_at(self, y: int, direction: int = 1) -> Position:
        """The document position at the start of display line ``y``.

        A blank gap line or a title/metadata line gives the nearest text line in
        ``direction`` (+1 down, -1 up), so moving by lines never lands between paragraphs.
        """
        y = min(max(y, 0), max(self.line_count - 1, 0))
        line = self.line(y)
        while line.blank and 0 <= y + direction < self.line_count:
            y += direction
            line = self.line(y)
        row = self.rows[line.row]
        if row.block is not None:
            shown = max(line.start - row.prefix, 0)
            return Position(row.block, self.view.to_original(row.block, shown))
        following = next((r.block for r in self.rows[line.row :] if r.block is not None), 0)
        return Position(following, 0)

    def column_of(self, position: Position) -> int:
        """Cell column of ``position`` within its display line (for the terminal cursor)."""
        row = self._block_rows.get(position.block)
        if row is None:
            return 0
        offset = self.view_offset(position)
        start = next((s for s, e in self.wrap_of(row) if offset < e), 0)
        return text_width(self.row_text(row)[start:offset]) * self.magnification.scale

    def view_offset(self, position: Position) -> int:
        """Offset of ``position`` in its row's shown text (decoration included)."""
        row = self.rows[self._block_rows[position.block]]
        return row.prefix + self.view.to_view(position.block, position.offset)

    def pending_rows(self) -> list[int]:
        """Rows whose line count is still an estimate."""
        return [index for index, measured in enumerate(self._measured) if not measured]

    def measure_rows(self, rows: Sequence[int]) -> list[tuple[int, int]]:
        """Line counts for ``rows``, computed without touching the layout (thread-safe).

        A row whose block is not converted yet is measured in its original text: the
        background never converts a whole report just to count lines.
        """
        counts = []
        for row in rows:
            item = self.rows[row]
            converted = item.block is None or self.view.is_converted(item.block)
            text = self.row_text(row) if converted else item.text
            counts.append((row, len(wrap_offsets(text, self.text_width)) or 1))
        return counts

    def apply_counts(self, counts: Sequence[tuple[int, int]]) -> None:
        """Take counts from :meth:`measure_rows` (on the thread that owns the layout)."""
        for row, lines in counts:
            if self._wraps[row] is None:
                self._set_count(row, lines)
