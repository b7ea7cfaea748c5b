"""HTML pages and Markdown files: articles, metadata, tables, and nothing of the markup."""

from __future__ import annotations

import pytest

from accessreader.core.htmlparser import parse_html
from accessreader.core.loader import load_document
from accessreader.core.markdownparser import parse_markdown
from accessreader.core.model import BlockKind, Document, Position
from accessreader.core.script_view import Script, ScriptView
from accessreader.core.utterances import read_all
from tests.conftest import corpus_file

TITLE_04 = (
    "国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见"
)


@pytest.fixture(scope="module")
def govcn() -> Document:
    return load_document(corpus_file("04"))


def test_govcn_title_and_metadata_table(govcn: Document) -> None:
    assert govcn.title == TITLE_04
    meta = govcn.metadata
    assert meta.get("发文字号") == "国办发〔2018〕118号"
    assert meta.get("索引号") == "000014349/2018-00226"
    assert meta.get("主题分类") == "综合政务\\政务公开"
    assert meta.get("发文机关") == "国务院办公厅"
    assert meta.get("成文日期") == "2018年12月05日"
    assert meta.published == "2019年01月03日"


def test_govcn_outline_and_signature(govcn: Document) -> None:
    top = [e.text for e in govcn.outline if e.level == 1]
    assert top == [
        "一、总体要求",
        "二、全面推行行政执法公示制度",
        "三、全面推行执法全过程记录制度",
        "四、全面推行重大执法决定法制审核制度",
        "五、全面推进行政执法信息化建设",
        "六、加大组织保障力度",
    ]
    second = [e.text for e in govcn.outline if e.level == 2]
    assert (
        len(second) == 23
        and second[0] == "（一）指导思想。"
        and second[-1] == "（二十三）加强队伍建设。"
    )
    assert [b.text for b in govcn.signature] == ["国务院办公厅", "2018年12月5日"]
    assert govcn.blocks[-1].text == "（此件公开发布）"


def test_govcn_body_has_no_markup_or_page_furniture(govcn: Document) -> None:
    body = "\n".join(block.text for block in govcn.blocks)
    for junk in ("<", ">", "style=", "font-family", "扫一扫", "&nbsp;", "UCAP", "索引号"):
        assert junk not in body, junk
    # the title set in the article's first lines, and the 发文字号 under it, are not repeated
    assert govcn.blocks[0].text == "各省、自治区、直辖市人民政府，国务院各部委、各直属机构："
    assert "坚持依法规范。全面履行法定职责" in body  # inline spans joined, not split


PAGE = """<!DOCTYPE html><html><head><title>关于开展试点工作的通知_某某市人民政府门户网站</title>
<script>var tracking = "<p>not text</p>";</script><style>p {color: red}</style></head>
<body><div class="nav"><a href="/">首页</a> | <a href="/x">政务公开</a></div>
<!-- 评论区 -->
<div class="main"><h1>关于开展试点工作的通知</h1>
<div class="info"><span>来源：</span><span>市财政局</span> <span>发布时间：</span><span>2024-03-01</span></div>
<div class="article"><p>各区财政局：</p><p>一、试点范围</p><p>本次试点覆盖三个区。具体如下：</p>
<table><tr><th>区名</th><th>预算（万元）</th></tr><tr><td>东区</td><td>120</td></tr>
<tr><td>西区</td><td>80</td></tr></table>
<p>二、工作要求</p><p>请按时报送材料。<br>逾期不再受理。</p>
<p>某某市财政局</p><p>2024年3月1日</p></div>
<div class="qrcode"><img src="qr.png" alt="扫一扫"></div>
<form><input value="搜索"></form></div></body></html>"""


def test_generic_page_article_tables_and_metadata() -> None:
    document = parse_html(PAGE)
    assert document.title == "关于开展试点工作的通知"
    assert document.metadata.source == "市财政局"
    assert document.metadata.published == "2024-03-01"
    assert [e.text for e in document.outline] == ["一、试点范围", "二、工作要求"]
    rows = [b.text for b in document.blocks if b.kind is BlockKind.TABLE_ROW]
    assert rows == ["区名：东区；预算（万元）：120。", "区名：西区；预算（万元）：80。"]
    texts = [b.text for b in document.blocks]
    assert "请按时报送材料。" in texts and "逾期不再受理。" in texts  # <br> breaks
    assert [b.text for b in document.signature] == ["某某市财政局", "2024年3月1日"]
    body = "\n".join(texts)
    for junk in ("tracking", "color", "首页", "评论区", "搜索", "扫一扫"):
        assert junk not in body


def test_table_rows_are_spoken_with_their_headers() -> None:
    document = parse_html(PAGE)
    view = ScriptView(document, Script.ORIGINAL)
    row = next(i for i, b in enumerate(document.blocks) if b.kind is BlockKind.TABLE_ROW)
    spoken = [u.text for u in read_all(view, Position(row, 0)) if not u.is_announcement]
    assert spoken[0] == "区名：东区；"
    assert spoken[1] == "预算（万元）：120。"


MARKDOWN = """# 2025年工作报告

来源说明见文末。这里是**重点**和`代码`以及[链接](http://example.com)。

## 一、主要成绩

- 完成了第一项
- 完成了第二项

| 指标 | 数值 |
|---|---|
| 增长 | 5.5% |

## 二、下一步安排

### （一）加强学习

继续努力。
"""


def test_markdown_headings_lists_tables_and_inline_markup() -> None:
    document = parse_markdown(MARKDOWN)
    assert document.title == "2025年工作报告"
    assert [(e.level, e.text) for e in document.outline] == [
        (1, "一、主要成绩"),
        (1, "二、下一步安排"),
        (2, "（一）加强学习"),
    ]
    texts = [b.text for b in document.blocks]
    assert texts[0] == "来源说明见文末。这里是重点和代码以及链接。"
    assert [b.text for b in document.blocks if b.kind is BlockKind.LIST_ITEM] == [
        "完成了第一项",
        "完成了第二项",
    ]
    assert "指标：增长；数值：5.5%。" in texts
    assert not any(c in "".join(texts) for c in "*`[]#|")
