"""Tables as blocks: one block per row, each cell said with its column header."""

from __future__ import annotations

from accessreader.core.model import Block, BlockKind

Table = list[list[str]]
"""Rows of cell texts; the first row is the header."""


def table_blocks(rows: Table) -> list[Block]:
    """A table as blocks, one per data row: ``表头一：值；表头二：值。`` — readable, speakable
    row by row with the column headers, and linear for ``cat``."""
    rows = [row for row in rows if any(cell for cell in row)]
    if not rows:
        return []
    header, *body = rows
    if not body:
        return [Block(BlockKind.TABLE_ROW, "；".join(cell for cell in header if cell) + "。")]
    blocks = []
    for row in body:
        cells = [
            f"{header[i]}：{cell}" if i < len(header) and header[i] else cell
            for i, cell in enumerate(row)
            if cell
        ]
        if cells:
            blocks.append(Block(BlockKind.TABLE_ROW, "；".join(cells) + "。"))
    return blocks
