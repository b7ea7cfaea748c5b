"""Script views: lazy per-block conversion and positions that stay on the same words."""

from __future__ import annotations

import opencc

from accessreader.core.model import Document, Position
from accessreader.core.script_view import CYCLE, Script, ScriptView, next_script
from accessreader.core.search import find_all
from accessreader.core.textparser import parse_text


def test_conversion_is_lazy_and_cached(seed_document: Document) -> None:
    view = ScriptView(seed_document, Script.HANT)
    assert not view.is_converted(2)
    assert view.text(2).startswith("局黨組堅持")
    assert view.is_converted(2)
    assert not view.is_converted(3)


def test_sentence_starts_map_exactly_through_every_script(seed_document: Document) -> None:
    for script in Script:
        view = ScriptView(seed_document, script)
        for index, block in enumerate(seed_document.blocks):
            for span in block.sentences:
                shown = view.to_view(index, span.start)
                assert view.to_original(index, shown) == span.start, (script, index)


def test_words_after_a_length_change_stay_put(seed_document: Document) -> None:
    view = ScriptView(seed_document, Script.TWP)
    index = next(i for i, b in enumerate(seed_document.blocks) if "全局的重要位置" in b.text)
    original = seed_document.blocks[index].text
    offset = original.index("的重要位置")
    shown = view.to_view(index, offset)
    assert view.text(index)[shown - 3 : shown] == "全域性"
    assert view.text(index)[shown : shown + 5] == "的重要位置"
    assert len(view.text(index)) == len(original) + original.count("全局")


def test_cycle_leaves_out_taiwan_phrases() -> None:
    assert Script.TWP not in CYCLE
    seen = [Script.ORIGINAL]
    for _ in range(len(CYCLE)):
        seen.append(next_script(seen[-1]))
    assert seen[-1] is Script.ORIGINAL
    assert next_script(Script.TWP) is Script.ORIGINAL
    assert Script.TWP.warning and not Script.HANT.warning


def test_search_across_scripts(seed_text: str, seed_document: Document) -> None:
    traditional = parse_text(opencc.OpenCC("s2tw").convert(seed_text))
    simplified_hits = find_all(seed_document, "机关事务")
    assert len(simplified_hits) > 5
    assert find_all(seed_document, "機關事務") == simplified_hits  # 繁 query, 简 text
    assert [m.position for m in find_all(traditional, "机关事务")] == [
        m.position for m in simplified_hits
    ]  # 简 query, 繁 text, same places
    hit = find_all(traditional, "发展")[0]
    block = traditional.blocks[hit.position.block].text
    assert block[hit.position.offset : hit.position.offset + hit.length] == "發展"


def test_search_positions_are_in_the_original(seed_document: Document) -> None:
    hit = find_all(seed_document, "決策程序")[0]
    assert hit.position == Position(
        hit.position.block,
        seed_document.blocks[hit.position.block].text.index("决策程序"),
    )
