"""The seed report parses to exactly the structure issue 2 specifies."""

from __future__ import annotations

import opencc

from accessreader.core.model import BlockKind, Document
from accessreader.core.textparser import parse_text
from tests.conftest import SEED_CHROME

EXPECTED_OUTLINE = [
    (1, "一、强化政治引领,坚持用党的创新理论武装头脑、指导实践"),
    (1, "二、党政主要负责人履行推进法治建设第一责任人职责等情况"),
    (1, "三、法治政府建设的主要举措和成效"),
    (2, "(一)加强队伍建设,提高法治意识。"),
    (3, "1.深入学习贯彻习近平法治思想、"),  # run-in item: prefix checked below
    (3, "2.开展深入贯彻中央八项规定精神学习教育。"),
    (2, "(二)创新法治宣传方式方法,增强法治宣传教育实效。"),
    (2, "(三)依法处理纠纷,有效化解矛盾。"),
    (2, "(四)完善制度建设,依法履职基础更加牢固。"),
    (2, "(五)着力降低办公成本,坚持勤俭办一切事业。"),
    (2, "(六)规范行政权力制约监督情况。"),
    (2, "(七)2024年度法治政府建设存在问题改进情况"),
    (1, "四、存在的问题及不足"),
    (1, "五、下一年度推进法治政府建设的主要安排"),
    (2, "(一)进一步加强法治学习实践。"),
    (2, "(二)加强法治宣传教育,夯实法治思维阵地。"),
    (2, "(三)规范决策程序,坚持依法履职。"),
    (1, "六、其他需要报告的情况"),
]


def _outline(document: Document) -> list[tuple[int, str]]:
    return [(entry.level, entry.text) for entry in document.outline]


def test_title_and_metadata(seed_document: Document) -> None:
    assert seed_document.title == "源城区机关事务管理局2025年法治政府建设年度报告"
    assert seed_document.metadata.source == "源城区机关事务管理局"
    assert seed_document.metadata.published == "2026-01-19 20:00:13"


def test_outline_is_exactly_the_reports_structure(seed_document: Document) -> None:
    outline = _outline(seed_document)
    assert len(outline) == len(EXPECTED_OUTLINE)
    for (level, text), (want_level, want_text) in zip(outline, EXPECTED_OUTLINE, strict=True):
        assert level == want_level
        assert text.startswith(want_text)
    # the six top-level sections are 一 … 六, in order
    assert [text[0] for level, text in outline if level == 1] == list("一二三四五六")


def test_run_in_heading_is_split_from_its_paragraph(seed_document: Document) -> None:
    blocks = seed_document.blocks
    index = next(i for i, b in enumerate(blocks) if b.text.startswith("(二)创新法治宣传"))
    assert blocks[index].text == "(二)创新法治宣传方式方法,增强法治宣传教育实效。"
    assert blocks[index + 1].kind is BlockKind.PARAGRAPH
    assert blocks[index + 1].text.startswith("结合主题党日")


def test_signature(seed_document: Document) -> None:
    assert [b.text for b in seed_document.signature] == ["源城区机关事务管理局", "2026年1月16日"]
    assert seed_document.blocks[-1].kind is BlockKind.SIGNATURE


def test_chrome_is_out_of_the_flow_but_kept(seed_document: Document) -> None:
    body = "\n".join(block.text for block in seed_document.blocks)
    for line in SEED_CHROME:
        assert line not in body
    assert list(seed_document.chrome) == SEED_CHROME
    assert "繁体版" in seed_document.source_text


def test_enumerated_points_are_list_items(seed_document: Document) -> None:
    items = [b.text[:3] for b in seed_document.blocks if b.kind is BlockKind.LIST_ITEM]
    assert items == ["一是对", "二是学", "三是法"]


def test_sentences_carry_spans_into_the_original(seed_document: Document) -> None:
    first = seed_document.blocks[0]
    spans = first.sentences
    assert first.text[spans[0].start : spans[0].end].startswith("2025年是“十四五”规划")
    assert first.text[spans[0].start : spans[0].end].endswith("提供坚实法治保障。")
    assert first.text[spans[-1].start : spans[-1].end] == "现将2025年度法治政府建设情况报告如下:"


def test_traditional_version_parses_to_the_same_structure(
    seed_text: str, seed_document: Document
) -> None:
    traditional = parse_text(opencc.OpenCC("s2tw").convert(seed_text))
    assert traditional.title == "源城區機關事務管理局2025年法治政府建設年度報告"
    assert traditional.metadata.source == "源城區機關事務管理局"
    assert traditional.metadata.published == "2026-01-19 20:00:13"
    assert [e.level for e in traditional.outline] == [e.level for e in seed_document.outline]
    assert len(traditional.chrome) == len(seed_document.chrome)
