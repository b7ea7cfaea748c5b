"""Linear plain text of a report, for screen readers, braille displays and pipes (``cat``)."""

from __future__ import annotations

from accessreader.core.model import Block, BlockKind, Document
from accessreader.core.script_view import Script, convert_document
from accessreader.core.wrap import wrap_text

_LEVEL_WORDS = ("一", "二", "三", "四", "五", "六", "七", "八", "九")
OUTLINE_ENTRY_MAX = 40


def heading_label(level: int) -> str:
    """The words that announce a heading of ``level``: 一级标题 … (never box drawing)."""
    word = _LEVEL_WORDS[level - 1] if 1 <= level <= len(_LEVEL_WORDS) else str(level)
    return f"{word}级标题"


def short_heading(text: str, limit: int = OUTLINE_ENTRY_MAX) -> str:
    """A heading cut to ``limit`` characters for the outline; run-in headings can be long."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def note_prefix(block: Block) -> str:
    """The words that introduce a footnote: 注24："""
    return f"注{block.marker}："


def block_text(block: Block) -> str:
    """A block as a line of linear text, its kind said in words where it matters."""
    if block.kind is BlockKind.HEADING:
        return f"{heading_label(block.level)}：{block.text}"
    if block.kind is BlockKind.SIGNATURE:
        return f"落款：{block.text}"
    if block.kind is BlockKind.NOTE:
        return note_prefix(block) + block.text
    if block.kind is BlockKind.TABLE_ROW:
        return f"表格行：{block.text}"
    return block.text


def render_plain(
    document: Document, width: int | None = None, script: Script = Script.ORIGINAL
) -> str:
    """Title, metadata, 目录 (outline), then the body, in ``script``; paragraphs wrapped at
    ``width`` cells (CJK = 2) when given, else one paragraph a line, which suits braille
    displays and screen readers. The labels (目录, 一级标题 …) stay as they are."""
    if script is not Script.ORIGINAL:
        document = convert_document(document, script)
    out: list[str] = [document.title or "（无标题）", ""]
    metadata = document.metadata.items()
    if metadata:
        out.extend(f"{label}：{value}" for label, value in metadata)
        out.append("")
    if document.outline:
        out.append("目录")
        out.extend(
            "  " * (entry.level - 1) + short_heading(entry.text) for entry in document.outline
        )
        out.append("")
    out.append("正文")
    out.append("")
    for block in document.blocks:
        out.append(block_text(block))
        out.append("")
    if width:
        out = [wrapped for line in out for wrapped in _wrap_indented(line, width)]
    return "\n".join(out).rstrip("\n") + "\n"


def _wrap_indented(line: str, width: int) -> list[str]:
    """``line`` wrapped at ``width`` cells; continuation lines keep its indent."""
    text = line.lstrip(" ")
    indent = " " * (len(line) - len(text))
    if not text:
        return [line]
    return [indent + part for part in wrap_text(text, max(width - len(indent), 8))]
