"""From paragraphs to blocks: numbered headings with levels, run-in headings split from their
text, 一是 points, and the closing signature — shared by the text, HTML and Markdown readers."""

from __future__ import annotations

import re
from dataclasses import dataclass

from accessreader.core.headings import ENUMERATED_POINT, STYLE_RANK, Marker, match_marker
from accessreader.core.model import Block, BlockKind

_SENTENCE_TERMINAL = "。！？!?…"
_DATE = re.compile(
    r"^\s*(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|"
    r"[〇零一二三四五六七八九○]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日|"
    r"(?:中華民國|中华民国)?\s*[一二三四五六七八九十百\d]{2,4}\s*年\s*[一二三四五六七八九十\d]{1,3}\s*月"
    r"\s*[一二三四五六七八九十\d]{1,3}\s*日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})\s*$"
)
_ISSUER = re.compile(
    r"(?:局|部|院|厅|廳|署|委员会|委員會|委|办公室|辦公室|办|辦|政府|中心|公司|集团|集團|"
    r"协会|協會|学会|學會|小组|小組|司|处|處|科|所|站|队|隊|会|會|党组|黨組|法院|检察院|檢察院)"
    r"[\s（(）)]*$"
)
_CLOSING_NOTE = re.compile(r"^[（(][^（）()]{2,30}[）)]$")
_SIGNER_LABEL = re.compile(
    r"^\s*(?:提案委員|提案委员|調查委員|调查委员|審查委員|审查委员|签发人|簽發人|发文单位|發文單位|"
    r"落款|署名|报告人|報告人)\s*[:：]"
)


@dataclass(slots=True)
class Paragraph:
    text: str
    note: str = ""
    """The footnote number, for a footnote taken from the foot of a PDF page."""


def paragraph_blocks(paragraphs: list[str]) -> list[Block]:
    """Blocks from paragraphs already separated (HTML, Markdown): headings by numbering,
    run-in headings split, 一是 points, and the closing signature."""
    return blocks_from_paragraphs(
        [Paragraph(text) for text in paragraphs], allow_plain_headings=True
    )


def blocks_from_paragraphs(
    paragraphs: list[Paragraph], *, allow_plain_headings: bool
) -> list[Block]:
    """Headings (run-in ones split from their text), paragraphs, notes and the signature."""
    texts = [paragraph.text for paragraph in paragraphs]
    end = len(texts)
    while end > 0 and end > len(texts) - 2 and _CLOSING_NOTE.match(texts[end - 1]):
        end -= 1  # （此件公开发布） after the signature is a note, not the signature's end
    signature_count = _signature_length(texts[:end])
    body = paragraphs[: end - signature_count]
    blocks: list[Block] = []
    styles: list[str] = []
    for paragraph in body:
        text = paragraph.text
        marker = match_marker(text)
        if paragraph.note:
            blocks.append(Block(BlockKind.NOTE, text, marker=paragraph.note))
        elif marker is not None:
            heading, rest = _split_run_in(text, marker)
            styles.append(marker.style)
            blocks.append(Block(BlockKind.HEADING, heading, marker=marker.style))
            if rest:
                blocks.append(Block(BlockKind.PARAGRAPH, rest))
        elif point := ENUMERATED_POINT.match(text):
            blocks.append(Block(BlockKind.LIST_ITEM, text, marker=point.group(0)))
        elif allow_plain_headings and styles and _is_plain_heading(text):
            blocks.append(Block(BlockKind.HEADING, text))
        else:
            blocks.append(Block(BlockKind.PARAGRAPH, text))
    blocks.extend(Block(BlockKind.SIGNATURE, text) for text in texts[len(body) : end])
    blocks.extend(Block(BlockKind.PARAGRAPH, text) for text in texts[end:])
    return _assign_levels(blocks, styles)


def _split_run_in(text: str, marker: Marker) -> tuple[str, str]:
    """``（二）标题。正文…`` -> heading ``（二）标题。`` and paragraph ``正文…``.

    Official documents often run the heading into its first paragraph; the heading is the
    first sentence.
    """
    for index in range(marker.end, len(text)):
        if text[index] in _SENTENCE_TERMINAL:
            cut = index + 1
            while cut < len(text) and text[cut] in "”’」』）)":
                cut += 1
            return text[:cut].strip(), text[cut:].strip()
    return text.strip(), ""


def _is_plain_heading(text: str) -> bool:
    """An unnumbered heading such as 名词解释: short, no punctuation, not a date or a name."""
    return (
        2 <= len(text) <= 16
        and not re.search(r"[，。、；：！？,.;:!?“”「」（）()\s]", text)
        and not _DATE.match(text)
    )


def _signature_length(paragraphs: list[str]) -> int:
    """How many closing paragraphs (at most three) are issuer, signer or date lines."""
    count = 0
    for text in reversed(paragraphs[-3:]):
        if len(text) > 40 or text[-1] in "。！？!?；;" or match_marker(text) is not None:
            break
        if not (_DATE.match(text) or _ISSUER.search(text) or _SIGNER_LABEL.match(text)):
            break
        count += 1
    return count


def _assign_levels(blocks: list[Block], styles: list[str]) -> list[Block]:
    """Levels from the numbering styles in use, outermost first; plain headings are level 1."""
    used = sorted({style for style in styles if style}, key=STYLE_RANK.__getitem__)
    level_of = {style: level for level, style in enumerate(used, start=1)}
    result: list[Block] = []
    for block in blocks:
        if block.kind is BlockKind.HEADING:
            level = level_of.get(block.marker, 1)
            marker = match_marker(block.text)
            block = Block(
                BlockKind.HEADING,
                block.text,
                level=level,
                marker=marker.text if marker else "",
            )
        result.append(block)
    return result
