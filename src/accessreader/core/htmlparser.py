"""Saved government web pages (HTML) as Documents: the article, its metadata table, tables.

Parsed with lxml. Government pages lay everything out in nested tables, so the article is
found by text, not by tag: the element whose paragraphs hold the most text (or a known
content id such as ``UCAP-CONTENT``). Labelled cells anywhere on the page (索引号：, 发文字号：
…) become metadata. Scripts, styles, navigation, forms, images (QR codes) and comments are
dropped. Data tables inside the article become one block per row, each cell said with its
column header.
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

from accessreader.core import chrome
from accessreader.core.blocks import paragraph_blocks
from accessreader.core.cells import visible_controls
from accessreader.core.model import Block, Document, Metadata
from accessreader.core.tables import Table, table_blocks

_DROP = (
    "script",
    "style",
    "noscript",
    "iframe",
    "object",
    "embed",
    "svg",
    "canvas",
    "img",
    "nav",
    "header",
    "footer",
    "form",
    "button",
    "input",
    "select",
    "textarea",
    "map",
    "audio",
    "video",
    "link",
    "meta",
)
_CONTENT_IDS = (
    "UCAP-CONTENT",
    "zoom",
    "content",
    "Zoom",
    "article",
    "main-content",
    "mainText",
    "text",
)
_CONTENT_CLASSES = ("TRS_Editor", "article-content", "pages_content", "content", "article")
_BLOCK_TAGS = {
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "td",
    "th",
    "section",
    "article",
    "blockquote",
    "pre",
    "dd",
    "dt",
}
_SPACE = re.compile(r"[\s\u3000\xa0]+")
_LABEL = re.compile(r"^(?P<label>[\u4e00-\u9fff\s\u3000]{2,12})[：:]$")


def parse_html(text: str, *, path: str = "", encoding: str = "utf-8") -> Document:
    """Parse an HTML page into a Document (``text`` already decoded)."""
    root = lxml.html.document_fromstring(text or "<html></html>")
    page_title = _page_title(root)
    _drop_furniture(root)
    content = _content_element(root)
    labelled = _labelled_cells(root, content)
    metadata, meta_title = _metadata(labelled)
    paragraphs, tables = _paragraphs(content) if content is not None else ([], [])
    title = meta_title or _heading_title(root) or page_title
    paragraphs = _without_repeated_title(paragraphs, title, metadata)
    marked, by_marker = _with_tables(paragraphs, tables)
    blocks = _expand_tables(paragraph_blocks(marked), by_marker)
    if not title and blocks:
        title = blocks[0].text
    return Document(
        title=visible_controls(title),
        metadata=metadata,
        blocks=tuple(blocks),
        chrome=(),
        source_text=visible_controls(text),
        path=path,
        encoding=encoding,
    )


def _clean(text: str) -> str:
    return visible_controls(_SPACE.sub(" ", text).strip())


def _compact(text: str) -> str:
    return _SPACE.sub("", text)


def _page_title(root: lxml.html.HtmlElement) -> str:
    found = root.find(".//title")
    if found is None or not (found.text or "").strip():
        return ""
    # "文章标题_中国政府网" / "文章标题 - 某某网": the site name goes
    return re.split(
        r"\s*[_|｜—–-]{1,2}\s*(?=[^_|｜—–-]*(?:网|政府|门户|官网)\s*$)", _clean(found.text)
    )[0]


def _drop_furniture(root: lxml.html.HtmlElement) -> None:
    for comment in root.xpath("//comment()"):
        parent = comment.getparent()
        if parent is not None:
            parent.remove(comment)
    for element in root.iter(*_DROP):
        element.drop_tree()


def _content_element(root: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    for content_id in _CONTENT_IDS:
        found = root.get_element_by_id(content_id, None)
        if found is not None and len(_compact(found.text_content())) > 100:
            return found
    for class_name in _CONTENT_CLASSES:
        for found in root.find_class(class_name):
            if len(_compact(found.text_content())) > 100:
                return found
    scores: dict[lxml.html.HtmlElement, int] = {}
    for paragraph in root.iter("p", "br"):
        parent = paragraph.getparent()
        if parent is not None:
            scores[parent] = scores.get(parent, 0) + len(_compact(paragraph.text_content() or ""))
    if scores:
        return max(scores, key=scores.__getitem__)
    return root.find(".//body")


def _labelled_cells(
    root: lxml.html.HtmlElement, content: lxml.html.HtmlElement | None
) -> list[tuple[str, str]]:
    """(label, value) pairs from table cells such as ``<td><b>发文字号：</b></td><td>…</td>``
    outside the article."""
    pairs: list[tuple[str, str]] = []
    for cell in root.iter("td", "th", "dt", "span", "li"):
        if content is not None and _inside(cell, content):
            continue
        label_text = _clean(cell.text_content())
        match = _LABEL.match(label_text)
        if not match:
            continue
        value_cell = cell.getnext()
        if value_cell is None or value_cell.tag not in ("td", "th", "dd", "span"):
            continue
        label = _compact(match["label"])
        pairs.append((label, _clean(value_cell.text_content())))
    return pairs


def _inside(element: etree._Element, ancestor: etree._Element) -> bool:
    return any(parent is ancestor for parent in element.iterancestors())


def _metadata(pairs: list[tuple[str, str]]) -> tuple[Metadata, str]:
    """Metadata from labelled cells; the 标题 cell is the title."""
    title = ""
    source = published = ""
    extra: list[tuple[str, str]] = []
    for label, value in pairs:
        if not value:
            continue
        if label in ("标题", "標題", "名称", "名稱"):
            title = title or value
            continue
        fields = chrome.match_metadata(f"{label}：{value}")
        canonical = fields[0].label if fields else label
        if canonical == "来源" and not source:
            source = value
        elif canonical == "发布时间" or label in ("发布日期", "發布日期"):
            published = published or value
        elif (canonical, value) not in extra:
            extra.append((canonical, value))
    if not source:
        source = next((v for k, v in extra if k in ("发文机关", "发布机构")), "")
    return Metadata(source=source, published=published, extra=tuple(extra)), title


def _heading_title(root: lxml.html.HtmlElement) -> str:
    for tag in ("h1", "h2"):
        for heading in root.iter(tag):
            text = _clean(heading.text_content())
            if 4 <= len(text) <= 100:
                return text
    return ""


def _paragraphs(content: lxml.html.HtmlElement) -> tuple[list[str], list[tuple[int, Table]]]:
    """The article's paragraphs in order, and its data tables with the paragraph index they
    come before. ``<br>`` breaks paragraphs; inline tags join."""
    paragraphs: list[str] = []
    tables: list[tuple[int, Table]] = []
    current: list[str] = []

    def flush() -> None:
        text = _clean("".join(current))
        if text:
            paragraphs.append(text)
        current.clear()

    def walk(element: etree._Element) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag == "table" and _is_data_table(element):
            flush()
            tables.append((len(paragraphs), _table_rows(element)))
            current.append("")
            if element.tail:
                current.append(element.tail)
            return
        block = tag in _BLOCK_TAGS or tag == "table" or tag == "tr"
        if block:
            flush()
        if tag == "br":
            flush()
        elif element.text:
            current.append(element.text)
        for child in element:
            walk(child)
        if block:
            flush()
        if element.tail:
            current.append(element.tail)

    current.append(content.text or "")
    for child in content:
        walk(child)
    flush()
    return paragraphs, tables


def _is_data_table(table: etree._Element) -> bool:
    """A table of data rather than layout: several rows of several short cells."""
    rows = table.findall(".//tr")
    if len(rows) < 2:
        return False
    if table.find(".//table") is not None:
        return False  # layout tables nest
    widths = [len(row.findall("td")) + len(row.findall("th")) for row in rows]
    return max(widths) >= 2 and sum(1 for width in widths if width >= 2) >= 2


def _table_rows(table: etree._Element) -> Table:
    return [
        [_clean(cell.text_content()) for cell in row if cell.tag in ("td", "th")]
        for row in table.iter("tr")
    ]


def _without_repeated_title(paragraphs: list[str], title: str, metadata: Metadata) -> list[str]:
    """Drop the title set in the article's first lines (often split over several), and a
    发文字号 line right after it: both are already shown above the body."""
    target = _compact(title)
    if not target:
        return paragraphs
    joined = ""
    for count, paragraph in enumerate(paragraphs[:6], 1):
        joined += _compact(paragraph)
        if joined == target:
            rest = paragraphs[count:]
            number = metadata.get("发文字号")
            if rest and number and _compact(rest[0]) == _compact(number):
                rest = rest[1:]
            return rest
        if not target.startswith(joined):
            break
    return paragraphs


def _table_marker(index: int) -> str:
    # Stands in for a table while paragraphs become blocks; ends in 。 so it is never
    # taken for a heading or a signature.
    return f"\x00表格{index}。"


def _with_tables(
    paragraphs: list[str], tables: list[tuple[int, Table]]
) -> tuple[list[str], dict[str, Table]]:
    """Paragraphs with a marker where each table stood, and the tables by marker."""
    by_marker: dict[str, Table] = {}
    result = list(paragraphs)
    for offset, (position, table) in enumerate(tables):
        marker = _table_marker(offset)
        by_marker[marker] = table
        result.insert(position + offset, marker)
    return result, by_marker


def _expand_tables(blocks: list[Block], tables: dict[str, Table]) -> list[Block]:
    expanded: list[Block] = []
    for block in blocks:
        table = tables.get(block.text)
        expanded.extend(table_blocks(table) if table is not None else [block])
    return expanded
