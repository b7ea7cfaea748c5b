"""Heading numbering: each style of official documents, and look-alikes that are not headings."""

from __future__ import annotations

import pytest

from accessreader.core.headings import match_marker


@pytest.mark.parametrize(
    ("line", "style", "marker"),
    [
        ("一、强化政治引领", "cn", "一、"),
        ("十二、其他", "cn", "十二、"),
        ("（一）加强队伍建设", "cn_paren", "（一）"),
        ("(七)2024年度", "cn_paren", "(七)"),
        ("1.深入学习", "arabic", "1."),
        ("12、开展", "arabic", "12、"),
        ("１．全角", "arabic", "１．"),
        ("（1）本案", "arabic_paren", "（1）"),
        ("第一章 总则", "chapter", "第一章"),
        ("第十二条 本办法", "article", "第十二条"),
        ("壹、被糾正機關", "formal", "壹、"),
        ("①第一点", "circled", "①"),
    ],
)
def test_markers(line: str, style: str, marker: str) -> None:
    found = match_marker(line)
    assert found is not None
    assert (found.style, found.text) == (style, marker)


@pytest.mark.parametrize(
    "line",
    [
        "2025年是“十四五”规划的收官之年",  # a year, not item 2025
        "1.5亿元用于",  # a decimal number
        "7、8分目擊背向林宅離去男子",  # a time range
        "一、二月二十九日王某",  # months
        "一、",  # a bare marker
        "一是对法治政府建设",  # an enumerated point, not a heading
    ],
)
def test_look_alikes_are_not_markers(line: str) -> None:
    assert match_marker(line) is None
