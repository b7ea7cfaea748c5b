"""Real documents from ../shared/corpus: a scraped provincial report and PDF-extracted text."""

from __future__ import annotations

import re

import pytest

from accessreader.core.loader import load_document
from accessreader.core.model import BlockKind, Document
from tests.conftest import corpus_file


@pytest.fixture(scope="module")
def sichuan() -> Document:
    return load_document(corpus_file("01"))


@pytest.fixture(scope="module")
def control_yuan() -> Document:
    return load_document(corpus_file("05"))


def test_sichuan_title_and_metadata(sichuan: Document) -> None:
    assert sichuan.title == "2026年四川省人民政府工作报告"
    assert sichuan.metadata.source == "四川日报"
    assert sichuan.metadata.published == "2026年02月10日 07时41分"
    assert sichuan.metadata.get("责任编辑") == "李莎莎"


def test_sichuan_outline(sichuan: Document) -> None:
    top = [entry.text for entry in sichuan.outline if entry.level == 1]
    assert top == [
        "一、2025年工作回顾和“十四五”发展主要成绩",
        "二、“十五五”发展的主要考虑",
        "三、2026年工作安排",
        "名词解释",
    ]
    second = [entry.text[:3] for entry in sichuan.outline if entry.level == 2]
    assert second == [f"（{n}）" for n in "一二三四五六七八九十"]
    glossary = [entry.text for entry in sichuan.outline if entry.level == 3]
    assert len(glossary) == 20
    assert glossary[0] == "1.“两重”：是指国家重大战略实施和重点领域安全能力建设。"


def test_sichuan_chrome_gone(sichuan: Document) -> None:
    body = "\n".join(block.text for block in sichuan.blocks)
    for chrome in (
        "【字体",
        "责任编辑",
        "扫一扫在手机打开当前页",
        "相关链接",
        "打印本页",
        "关闭窗口",
        "abcd39f1fb7f426d9dfb6bd0fa1f2146",
    ):
        assert chrome not in body
    assert "四川干部群众热议政府工作报告 以奋勇争先之姿，乘势而为" in sichuan.chrome
    # the title repeated at the bottom is not read twice
    assert body.count("2026年四川省人民政府工作报告") == 0
    assert sichuan.blocks[-1].text.startswith("20.“一件事”全链条专项整治")


def test_sichuan_split_words_are_rejoined(sichuan: Document) -> None:
    item = next(b for b in sichuan.blocks if b.text.startswith("7.“双向揭榜挂帅”"))
    assert "成果找市场“双向揭榜挂帅”的简称" in item.text
    assert item.text.endswith("。")


def test_control_yuan_outline(control_yuan: Document) -> None:
    outline = control_yuan.outline
    assert control_yuan.title == "糾正案文"
    assert [e.text[:2] for e in outline if e.level == 1] == ["壹、", "貳、", "參、"]
    assert [e.text[:2] for e in outline if e.level == 2] == ["一、", "二、", "三、", "四、", "五、"]
    first = next(e for e in outline if e.level == 3)
    assert (
        first.text
        == "(一)本案的行凶手段殘絕人寰，又發生在二二八事件之日，似有傳遞某種信息，全案格外敏感、揣測眾多"
    )
    items = [e.text[:2] for e in outline if e.level == 4]
    assert items[:3] == ["1、", "2、", "3、"]
    assert all(e.level <= 5 for e in outline)


def test_control_yuan_page_numbers_dropped_and_lines_joined(control_yuan: Document) -> None:
    for block in control_yuan.blocks:
        assert not re.fullmatch(r"\s*\d+\s*", block.text), block.text
        assert "\n" not in block.text
    body = "".join(block.text for block in control_yuan.blocks)
    # justification spaces removed, sentence that crossed a line break joined
    assert "「三○七指導會報」" in body
    assert "又結合長期控制之媒體，釋放各種假訊息，刻意誤導民眾及辦案人員" in body


def test_control_yuan_paragraphs_end_as_sentences(control_yuan: Document) -> None:
    paragraphs = [b.text for b in control_yuan.blocks if b.kind is BlockKind.PARAGRAPH]
    finished = [p for p in paragraphs if p[-1] in "。：」）；！？"]
    assert len(finished) >= 0.95 * len(paragraphs)


def test_control_yuan_footnotes_are_notes(control_yuan: Document) -> None:
    notes = [b for b in control_yuan.blocks if b.kind is BlockKind.NOTE]
    assert len(notes) >= 20
    note24 = next(b for b in notes if b.marker == "24")
    assert note24.text.startswith("刑事局87年《撥雲專案重新部署偵查報告》結論略以")


def test_control_yuan_signature(control_yuan: Document) -> None:
    assert [b.text for b in control_yuan.signature] == ["提案委員：蔡崇義、范巽綠"]
