"""Parsing plain-text reports scraped from portals or extracted from PDFs into a Document.

The work is line classification: page chrome and labelled metadata around the article are
taken out of the reading flow (and kept), hard-wrapped PDF lines are joined back into
paragraphs, numbered lines become headings with levels, and the closing issuer/date lines
become the signature.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum, auto

from accessreader.core import chrome
from accessreader.core.blocks import Paragraph, blocks_from_paragraphs
from accessreader.core.cells import text_width, visible_controls
from accessreader.core.headings import match_marker
from accessreader.core.model import Document, Metadata

_TERMINAL = "。！？；!?;…：:」』”’）)】》"
_OPENERS = "“‘「『（(《【"
_CJK = r"\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef○"
# PDF text justification leaves spaces between CJK characters: 三 ○ 七 指 導 會 報.
_JUSTIFY_SPACES = re.compile(rf"(?<=[{_CJK}])[ \u3000]+|[ \u3000]+(?=[{_CJK}])")


class _Kind(Enum):
    BLANK = auto()
    TEXT = auto()
    CHROME = auto()
    META = auto()


@dataclass(slots=True)
class _Line:
    text: str
    kind: _Kind = _Kind.TEXT
    meta: list[chrome.MetaField] = field(default_factory=list)


def parse_text(text: str, *, path: str = "", encoding: str = "utf-8") -> Document:
    """Parse a plain-text report (already decoded, ``\\n`` line ends) into a Document."""
    lines = [_Line(visible_controls(raw)) for raw in text.split("\n")]
    _classify(lines)
    hard_wrapped = _is_hard_wrapped(lines)
    if hard_wrapped:
        _mark_page_numbers(lines)

    title_index = _find_title(lines)
    title = lines[title_index].text.strip() if title_index is not None else ""
    body_start = _header_end(lines, title_index)
    body_end = _footer_start(lines, body_start, title)

    metadata_fields: list[chrome.MetaField] = []
    chrome_lines: list[str] = []
    for index, line in enumerate(lines):
        inside = body_start <= index < body_end
        if line.kind is _Kind.META and not inside:
            metadata_fields.extend(line.meta)
        elif line.kind is _Kind.CHROME or (
            line.kind is _Kind.TEXT and not inside and index != title_index
        ):
            chrome_lines.append(line.text.strip())
        elif line.kind is _Kind.META:
            line.kind = _Kind.TEXT  # a labelled line inside the article is prose

    body = lines[body_start:body_end]
    paragraphs = _join_hard_wrapped(body) if hard_wrapped else _join_fragments(body)
    blocks = blocks_from_paragraphs(paragraphs, allow_plain_headings=not hard_wrapped)
    return Document(
        title=title,
        metadata=_metadata(metadata_fields),
        blocks=tuple(blocks),
        chrome=tuple(chrome_lines),
        source_text=visible_controls(text),
        path=path,
        encoding=encoding,
    )


def _classify(lines: list[_Line]) -> None:
    """Mark blank, chrome and metadata lines; a label's value may sit on the next line."""
    pending_label: _Line | None = None
    after_link_id = False
    for line in lines:
        stripped = line.text.strip()
        if not stripped:
            line.kind = _Kind.BLANK
            continue
        if pending_label is not None:
            pending = pending_label
            pending_label = None
            if (
                len(stripped) <= 40
                and match_marker(stripped) is None
                and not (chrome.is_chrome_line(stripped))
            ):
                pending.meta[-1] = chrome.MetaField(pending.meta[-1].label, stripped)
                line.kind = _Kind.META
                continue
        if after_link_id:
            after_link_id = False
            line.kind = _Kind.CHROME  # the title of a related link
            continue
        if chrome.HEX_ID_LINE.match(stripped):
            line.kind = _Kind.CHROME
            after_link_id = True
            continue
        fields = chrome.match_metadata(stripped)
        if fields is not None:
            line.kind = _Kind.META
            line.meta = fields
            if not fields[-1].value:
                pending_label = line
            continue
        if chrome.is_chrome_line(stripped):
            line.kind = _Kind.CHROME


def _is_hard_wrapped(lines: list[_Line]) -> bool:
    """PDF-extracted text: short lines of similar width that mostly end mid-sentence."""
    texts = [line.text.strip() for line in lines if line.kind is _Kind.TEXT]
    if len(texts) < 20:
        return False
    lengths = sorted(len(text) for text in texts)
    median = lengths[len(lengths) // 2]
    open_ended = sum(1 for text in texts if text[-1] not in _TERMINAL)
    return median <= 60 and open_ended >= len(texts) * 0.5


def _mark_page_numbers(lines: list[_Line]) -> None:
    for line in lines:
        if line.kind is _Kind.TEXT and chrome.PAGE_NUMBER_LINE.match(line.text):
            line.kind = _Kind.CHROME


def _find_title(lines: list[_Line]) -> int | None:
    """The first article line, if it reads like a title (short, no sentence end)."""
    for index, line in enumerate(lines):
        if line.kind is _Kind.TEXT:
            stripped = line.text.strip()
            if len(stripped) <= 80 and stripped[-1] not in "。！？!?；;":
                return index
            return None
    return None


def _header_end(lines: list[_Line], title_index: int | None) -> int:
    """First line of the article: past the title and the chrome/metadata that follows it.

    A date-time standing alone in the header becomes the published time.
    """
    start = 0 if title_index is None else title_index + 1
    for index in range(start, len(lines)):
        line = lines[index]
        if line.kind is _Kind.TEXT and chrome.DATETIME_LINE.match(line.text):
            line.kind = _Kind.META
            line.meta = [chrome.MetaField("发布时间", line.text.strip())]
            continue
        if line.kind is _Kind.TEXT:
            return index
    return len(lines)


def _footer_start(lines: list[_Line], body_start: int, title: str) -> int:
    """One past the last article line: trailing chrome, metadata, link lists and repeats of
    the title or the opening (a page's description) are cut off the end."""
    end = len(lines)
    for index in range(end - 1, body_start - 1, -1):
        if chrome.LINK_LIST_START.match(lines[index].text) and all(
            len(line.text.strip()) <= 80 for line in lines[index + 1 :]
        ):
            for line in lines[index:]:
                if line.kind is _Kind.TEXT:
                    line.kind = _Kind.CHROME
            end = index
            break
    compact_body = "".join(_compact(line.text) for line in lines[body_start:end])
    while end > body_start:
        line = lines[end - 1]
        if line.kind is _Kind.TEXT:
            compact = _compact(line.text)
            seen_before = compact_body.find(compact) < len(compact_body) - len(compact)
            if compact != _compact(title) and not (len(compact) >= 8 and seen_before):
                break
            line.kind = _Kind.CHROME
        compact_body = compact_body[: len(compact_body) - len(_compact(line.text))]
        end -= 1
    return end


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _join_fragments(body: list[_Line]) -> list[Paragraph]:
    """Scraped text: one paragraph a line, but re-join words a scraper split off.

    Portals wrap bold or linked words in tags that some scrapers turn into line breaks
    ("…“双向" / "揭榜" / "挂帅”…"): a line is joined to the one before when that one is
    unfinished (no terminal punctuation, or an open quote) and the line is a fragment or
    starts with closing punctuation.
    """
    paragraphs: list[Paragraph] = []
    previous_open = False
    for line in body:
        if line.kind is not _Kind.TEXT:
            previous_open = False
            continue
        text = line.text.strip()
        if paragraphs and previous_open and _continues(paragraphs[-1].text, text):
            paragraphs[-1].text += text
        else:
            paragraphs.append(Paragraph(text))
        last = paragraphs[-1].text
        previous_open = last[-1] not in _TERMINAL or _quote_open(last)
    return paragraphs


def _continues(previous: str, text: str) -> bool:
    if text[0] in "。，、；：？！）」』”’》":
        return True
    if match_marker(text) is not None:
        return False
    is_fragment = len(text) <= 4 and not re.search(r"[\W_]", text)
    return is_fragment or _quote_open(previous)


def _quote_open(text: str) -> bool:
    return text.count("“") > text.count("”") or text.count("「") > text.count("」")


def _join_hard_wrapped(body: list[_Line]) -> list[Paragraph]:
    """PDF text: join lines into paragraphs and take out the spaces justification left.

    A paragraph ends where a line ends a sentence short of the text width, or where the next
    line starts with heading numbering after a finished, short or heading line. Page numbers,
    blank lines and footnote areas between pages do not break a paragraph; each footnote
    becomes its own paragraph after the paragraph it interrupted.
    """
    items = _split_footnotes(body)
    lines = [item for item in items if isinstance(item, str)]
    short = _short_lines(lines)
    paragraphs: list[Paragraph] = []
    pending_notes: list[Paragraph] = []
    line_number = -1
    for item in items:
        if isinstance(item, Paragraph):
            pending_notes.append(item)
            continue
        if line_number < 0 or _paragraph_break(
            paragraphs[-1].text, lines[line_number], short[line_number], item
        ):
            paragraphs.extend(pending_notes)
            pending_notes.clear()
            paragraphs.append(Paragraph(item))
        else:
            paragraphs[-1].text += item
        line_number += 1
    paragraphs.extend(pending_notes)
    return paragraphs


def _short_lines(lines: list[str]) -> list[bool]:
    """Whether each line stops short of the text width around it.

    The width is local — the widest of the neighbouring lines — because indented items are
    set narrower than the page and a fixed page width would find every line of them short.
    """
    widths = [text_width(line) for line in lines]
    result = []
    for index, width in enumerate(widths):
        local = max(widths[max(index - 3, 0) : index + 2])
        result.append(width < local - 3)
    return result


def _split_footnotes(body: list[_Line]) -> list[str | Paragraph]:
    """Body lines (de-justified) in order, with each footnote as a Paragraph where it stood.

    pypdf renders the footnote rule as a line of spaces; then come the notes, each opened by
    its number on a line of its own, until the page number closes the page.
    """
    items: list[str | Paragraph] = []
    note: Paragraph | None = None
    in_notes = False
    for index, line in enumerate(body):
        stripped = line.text.strip()
        if line.kind is _Kind.BLANK:
            in_notes = in_notes or len(line.text) >= 8
            continue
        is_number = line.kind is _Kind.CHROME and stripped.isdigit()
        if not in_notes:
            if line.kind is _Kind.TEXT:
                items.append(_JUSTIFY_SPACES.sub("", stripped))
            continue
        following = body[index + 1] if index + 1 < len(body) else None
        if is_number and (following is None or following.kind is _Kind.BLANK):
            in_notes = False
            note = None
        elif is_number:
            note = Paragraph("", note=stripped)
            items.append(note)
        elif line.kind is _Kind.TEXT and note is not None:
            note.text += _JUSTIFY_SPACES.sub("", stripped)
    return items


def _paragraph_break(paragraph: str, previous_line: str, previous_short: bool, text: str) -> bool:
    finished = paragraph[-1] in _TERMINAL and not _quote_open(paragraph)
    is_heading = match_marker(paragraph) is not None
    if match_marker(text) is not None:
        return finished or previous_short or (is_heading and "。" not in paragraph)
    # A one-line heading without punctuation, such as "(二)國安、情治單位刻意阻撓司法偵查".
    heading_line = is_heading and paragraph == previous_line
    return previous_short and (finished or heading_line)


def _metadata(fields: list[chrome.MetaField]) -> Metadata:
    source = next((f.value for f in fields if f.label == "来源" and f.value), "")
    published = next((f.value for f in fields if f.label == "发布时间" and f.value), "")
    extra: list[tuple[str, str]] = []
    for item in fields:
        if item.label in ("来源", "发布时间") or not item.value:
            continue
        if (item.label, item.value) not in extra:
            extra.append((item.label, item.value))
    return Metadata(source=source, published=published, extra=tuple(extra))
