"""Chinese line breaking in terminal cells (kinsoku), checked on the whole seed."""

from __future__ import annotations

import itertools

import pytest

from accessreader.core.cells import text_width
from accessreader.core.model import Document
from accessreader.core.wrap import NO_LINE_END, NO_LINE_START, wrap_offsets, wrap_text

CJK_CLOSERS = "。，、；：？！）」』”’"
CJK_OPENERS = "（「『“‘"


@pytest.mark.parametrize("width", [20, 37, 40, 79, 80])
def test_seed_wraps_within_width_and_kinsoku(seed_document: Document, width: int) -> None:
    lines_checked = 0
    for block in seed_document.blocks:
        lines = wrap_text(block.text, width)
        assert "".join(lines) == block.text.replace(" ", "") or all(
            text_width(line) <= width for line in lines
        )
        for index, line in enumerate(lines):
            assert text_width(line) <= width
            if index > 0:
                assert line[0] not in CJK_CLOSERS, (width, line)
            if index < len(lines) - 1:
                assert line[-1] not in CJK_OPENERS, (width, line)
            lines_checked += 1
    assert lines_checked > 100


def test_offsets_cover_the_text_in_order() -> None:
    text = "他说：“我们一起去吧。”然后大家都走了，留下了一个问题。"
    offsets = wrap_offsets(text, 10)
    assert offsets[0][0] == 0
    assert offsets[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(offsets))


def test_closing_punctuation_moves_with_the_previous_char() -> None:
    # width 8 = four CJK chars; 。 would start line two, so 四 moves down with it
    assert wrap_text("一二三四。五六", 8) == ["一二三", "四。五六"]


def test_latin_words_are_not_split() -> None:
    assert wrap_text("支持IPv6网站", 6) == ["支持", "IPv6网", "站"]
    assert wrap_text("支持 IPv6 网站", 6) == ["支持", "IPv6", "网站"]


def test_rule_sets_cover_the_issue_characters() -> None:
    assert set(CJK_CLOSERS) <= NO_LINE_START
    assert set(CJK_OPENERS) <= NO_LINE_END
