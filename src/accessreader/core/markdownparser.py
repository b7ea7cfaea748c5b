"""Markdown reports as Documents: ``#`` headings, paragraphs, lists and pipe tables.

Inline markup (emphasis, code, links, images) is reduced to its text: the reader shows and
speaks words, not asterisks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from accessreader.core.blocks import paragraph_blocks
from accessreader.core.cells import visible_controls
from accessreader.core.model import Block, BlockKind, Document, Metadata
from accessreader.core.tables import table_blocks

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+(.*)$")
_TABLE_ROW = re.compile(r"^\s*\|?(.+?)\|?\s*$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")
_INLINE = (
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # images: their alt text
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # links: their text
    (re.compile(r"`([^`]*)`"), r"\1"),
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),
    (re.compile(r"(?<![\w*])([*_])(?!\s)(.+?)(?<!\s)\1(?![\w*])"), r"\2"),
    (re.compile(r"<[^>]+>"), ""),
)


@dataclass(frozen=True, slots=True)
class _Heading:
    level: int
    text: str


@dataclass(frozen=True, slots=True)
class _Text:
    text: str
    item: bool = False


@dataclass(frozen=True, slots=True)
class _Table:
    rows: list[list[str]]


_Item = _Heading | _Text | _Table


def _inline(text: str) -> str:
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    return visible_controls(text.strip())


def parse_markdown(text: str, *, path: str = "", encoding: str = "utf-8") -> Document:
    """Parse Markdown (decoded, ``\\n`` line ends) into a Document."""
    items: list[_Item] = []
    paragraph: list[str] = []
    table: list[list[str]] = []
    in_fence = False

    def flush() -> None:
        if paragraph:
            items.append(_Text(_inline(" ".join(paragraph))))
            paragraph.clear()
        if table:
            items.append(_Table([row[:] for row in table]))
            table.clear()

    for line in text.split("\n"):
        if _FENCE.match(line):
            flush()
            in_fence = not in_fence
            continue
        if in_fence:
            if line.strip():
                items.append(_Text(visible_controls(line.strip())))
            continue
        heading = _HEADING.match(line)
        if heading:
            flush()
            items.append(_Heading(len(heading[1]), _inline(heading[2])))
        elif "|" in line and _TABLE_ROW.match(line) and (table or line.strip().startswith("|")):
            if paragraph:
                flush()
            if not _TABLE_RULE.match(line):
                table.append([_inline(cell) for cell in line.strip().strip("|").split("|")])
        elif list_item := _LIST_ITEM.match(line):
            flush()
            items.append(_Text(_inline(list_item[1]), item=True))
        elif not line.strip():
            flush()
        else:
            if table:
                flush()
            paragraph.append(line.strip())
    flush()
    return _document(items, text, path, encoding)


def _document(items: list[_Item], source: str, path: str, encoding: str) -> Document:
    """Blocks from the parsed items; a first ``#`` heading is the title, and heading levels
    are renumbered from the ones in use."""
    title = ""
    if items and isinstance(items[0], _Heading):
        title = items.pop(0).text  # type: ignore[union-attr]
    levels = sorted({item.level for item in items if isinstance(item, _Heading)})
    blocks: list[Block] = []
    run: list[str] = []

    def flush_run() -> None:
        if run:
            blocks.extend(paragraph_blocks(run))
            run.clear()

    for item in items:
        if isinstance(item, _Text) and not item.item:
            run.append(item.text)
            continue
        flush_run()
        if isinstance(item, _Heading):
            blocks.append(Block(BlockKind.HEADING, item.text, level=levels.index(item.level) + 1))
        elif isinstance(item, _Table):
            blocks.extend(table_blocks(item.rows))
        else:
            blocks.append(Block(BlockKind.LIST_ITEM, item.text))
    flush_run()
    return Document(
        title=title or (blocks[0].text if blocks else ""),
        metadata=Metadata(),
        blocks=tuple(blocks),
        source_text=visible_controls(source),
        path=path,
        encoding=encoding,
    )
