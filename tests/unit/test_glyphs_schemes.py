"""Big glyphs from the bundled Unifont subset, and the contrast of every colour scheme."""

from __future__ import annotations

import pytest

from accessreader.core.glyphs import LEVELS, bundled_font, level, render_char, render_line
from accessreader.core.schemes import SCHEMES, contrast, scheme


def test_font_has_the_seed_and_corpus_characters(seed_text: str) -> None:
    font = bundled_font()
    missing = {c for c in seed_text if not c.isspace() and font.glyph(c)[1][1] == 0xFFFF}
    assert missing <= set(), missing
    assert font.glyph("机")[0] == 16 and font.glyph("a")[0] == 8


@pytest.mark.parametrize(("number", "cells", "rows"), [(1, 8, 4), (2, 8, 6), (3, 16, 8)])
def test_each_level_draws_cjk_at_its_size(number: int, cells: int, rows: int) -> None:
    magnification = level(number)
    drawn = render_char("法", magnification.mode)
    assert len(drawn) == rows == magnification.rows
    assert all(len(line) == cells for line in drawn)
    assert cells == 2 * magnification.scale  # a CJK character is two normal cells
    assert len(render_char("A", magnification.mode)[0]) == cells // 2


def test_half_blocks_show_the_strokes_of_one() -> None:
    # 一 is a single horizontal stroke: one band has a long run of block pixels, most are empty
    drawn = render_char("一", "half")
    filled = [line for line in drawn if line.strip()]
    assert len(filled) == 1
    assert filled[0].count("▀") + filled[0].count("▄") + filled[0].count("█") >= 12


def test_braille_and_sextant_cells_are_what_they_claim() -> None:
    assert all(0x2800 <= ord(c) <= 0x28FF for line in render_char("机", "braille") for c in line)
    sextant = "".join(render_char("机", "sextant"))
    assert all(c in " ▌▐█" or 0x1FB00 <= ord(c) <= 0x1FB3B for c in sextant)


def test_render_line_joins_characters() -> None:
    rows = render_line("机关", LEVELS[3])
    assert len(rows) == 8 and all(len(row) == 32 for row in rows)


@pytest.mark.parametrize("item", SCHEMES, ids=lambda item: item.name)
def test_every_pair_reaches_seven_to_one(item: object) -> None:
    for part, pair in item.pairs().items():  # type: ignore[attr-defined]
        assert contrast(pair) >= 7.0, (item.name, part, pair, contrast(pair))  # type: ignore[attr-defined]


def test_portal_schemes_are_all_there() -> None:
    labels = [item.label for item in SCHEMES]
    for wanted in ("白底黑字", "黑底黄字", "黄底黑字", "蓝底黄字", "米底黑字", "默认", "单色"):
        assert wanted in labels
    beige = scheme("beige-black")
    assert beige.body == ("#000000", "#fefecc")


def test_contrast_formula() -> None:
    assert contrast(("#000000", "#ffffff")) == pytest.approx(21.0)
    assert contrast(("#777777", "#ffffff")) == pytest.approx(4.48, abs=0.01)


def test_no_color_means_monochrome(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    assert scheme("black-yellow").name == "mono"
