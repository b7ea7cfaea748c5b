"""Pilot tests of the visual toolbar: 字号, 配色, 阅读线, 大字幕, 纯文本, spacing, reset, settings."""

from __future__ import annotations

import tomllib
from pathlib import Path

from textual.widgets import OptionList

from accessreader.core.model import Position
from accessreader.settings import Settings
from accessreader.speech.fake import FakeEngine
from accessreader.ui.screens.reader import ReaderScreen
from accessreader.ui.screens.settings_dialog import SettingsDialog
from accessreader.ui.widgets.caption_bar import CaptionBar
from tests.ui.conftest import make_app, reader_view

SIZE = (80, 24)


def saved(tmp_path: Path) -> dict[str, object]:
    return tomllib.loads((tmp_path / "settings.toml").read_text(encoding="utf-8"))


async def test_size_keys_magnify_and_keep_the_reading_point(tmp_path: Path) -> None:
    engine = FakeEngine()
    async with make_app(tmp_path, engine=engine).run_test(size=SIZE) as pilot:
        view = await reader_view(pilot)
        await pilot.press("3")
        point = view.reading_point
        normal_lines = view.layout_model.line_count
        await pilot.press("greater_than_sign")
        assert view.magnification.mode == "braille" and view.line_step == 4
        assert view.reading_point == point
        assert view.layout_model.line_count > 3 * normal_lines
        y = view.line_of_reading_point() - round(view.scroll_y)
        assert 0 <= y < view.page_height  # still on screen
        await pilot.press("alt+up", "alt+up", "alt+up")  # past the largest stays there
        assert view.magnification.mode == "half" and view.line_step == 8
        assert "字号4" in str(pilot.app.screen.query_one("#status").render())
        assert saved(tmp_path)["size"] == 4
        strip = view.render_line(view.line_of_reading_point() - round(view.scroll_y))
        assert set(strip.text.strip()) <= set("▀▄█ ")  # drawn in half blocks
        assert any(text.startswith("字号 4") for text in engine.spoken)
        await pilot.press("down")  # moves a whole text line, not a glyph band
        assert view.reading_point != point
        await pilot.press("less_than_sign", "alt+down", "alt+down", "alt+down")
        assert view.magnification.is_normal and view.reading_point.block == point.block


async def test_scheme_key_cycles_and_colours_the_view(tmp_path: Path) -> None:
    async with make_app(tmp_path).run_test(size=SIZE) as pilot:
        view = await reader_view(pilot)
        app = pilot.app
        assert app.has_class("scheme-default")
        await pilot.press("C")
        await pilot.pause()
        assert app.has_class("scheme-white-black") and not app.has_class("scheme-default")
        assert view.styles.background.hex == "#FFFFFF"
        assert view.styles.color.hex == "#000000"
        await pilot.press("alt+grave_accent")
        await pilot.pause()
        assert view.styles.background.hex == "#000000"
        assert view.styles.color.hex == "#FFFF00"
        assert saved(tmp_path)["scheme"] == "black-yellow"


async def test_reading_line_follows_the_reading_point(tmp_path: Path) -> None:
    async with make_app(tmp_path).run_test(size=SIZE) as pilot:
        view = await reader_view(pilot)
        await pilot.press("L")
        assert view.reading_line
        y = view.line_of_reading_point() - round(view.scroll_y)
        line_style = view.get_component_rich_style("reportview--reading-line", partial=True)
        lit = view.render_line(y)
        assert lit.cell_length == view.scrollable_content_region.width
        assert all(line_style.underline for _, style, _ in lit if style is not None)
        other = view.render_line(y + 2)
        assert not any(style and style.underline for _, style, _ in other)
        await pilot.press("alt+c")
        assert not view.reading_line


async def test_caption_bar_shows_the_sentence_big(tmp_path: Path) -> None:
    async with make_app(tmp_path).run_test(size=SIZE) as pilot:
        view = await reader_view(pilot)
        await pilot.press("B")
        await pilot.pause()
        caption = pilot.app.screen.query_one(CaptionBar)
        assert caption.display and caption.size.height == 4
        assert caption.text.startswith("2025年是“十四五”规划的收官之年")
        assert caption.visible_text().startswith("2025年")
        row = caption.render_line(0).text
        assert any(0x2800 <= ord(c) <= 0x28FF for c in row)  # braille glyphs
        await pilot.press("right")
        for _ in range(50):  # the caption follows the PositionChanged message
            if caption.text.startswith("现将2025年度"):
                break
            await pilot.pause(0.02)
        assert caption.text.startswith("现将2025年度")
        assert view.reading_point.offset > 0


async def test_plain_text_view_is_the_cat_text(tmp_path: Path) -> None:
    async with make_app(tmp_path).run_test(size=SIZE) as pilot:
        view = await reader_view(pilot)
        await pilot.press("3")
        point = view.reading_point
        await pilot.press("T")
        assert view.plain and view.reading_point == point
        texts = [view.layout_model.row_text(i) for i in range(len(view.layout_model.rows))]
        assert "目录" in texts and "正文" in texts
        assert "一级标题：三、法治政府建设的主要举措和成效" in texts
        assert "落款：2026年1月16日" in texts
        y = view.line_of_reading_point() - round(view.scroll_y)
        assert view.render_line(y).text.startswith("一级标题：三、")
        await pilot.press("alt+t")
        assert not view.plain


async def test_spacing_width_reset_and_persistence(tmp_path: Path) -> None:
    async with make_app(tmp_path).run_test(size=SIZE) as pilot:
        view = await reader_view(pilot)
        single = view.layout_model.line_count
        await pilot.press("D")
        assert view.line_step == 2 and view.layout_model.line_count > single * 1.5
        await pilot.press("W")
        assert view.layout_model.width == 40
        await pilot.press("greater_than_sign", "C", "L", "plus")
        settings = saved(tmp_path)
        assert settings["line_spacing"] == 2 and settings["line_width"] == 40
        assert settings["rate"] == 1.1
        await pilot.press("ctrl+r")
        assert view.line_step == 1 and view.magnification.is_normal and not view.reading_line
        assert pilot.app.has_class("scheme-default")
        assert pilot.app.speech.settings.rate == 1.0  # type: ignore[attr-defined]
        assert "size" not in saved(tmp_path)


async def test_settings_start_the_reader_as_saved(tmp_path: Path) -> None:
    settings = Settings(size=3, scheme="beige-black", caption=True, audio_device="null")
    async with make_app(tmp_path, settings=settings).run_test(size=SIZE) as pilot:
        view = await reader_view(pilot)
        await pilot.pause()
        assert view.magnification.mode == "sextant"
        assert pilot.app.has_class("scheme-beige-black")
        assert pilot.app.screen.query_one(CaptionBar).display


async def test_settings_dialog_changes_settings_by_keyboard(tmp_path: Path) -> None:
    async with make_app(tmp_path).run_test(size=SIZE) as pilot:
        view = await reader_view(pilot)
        await pilot.press("f2")
        await pilot.pause()
        dialog = pilot.app.screen
        assert isinstance(dialog, SettingsDialog)
        options = dialog.query_one(OptionList)
        assert "字号（放大" in str(options.get_option_at_index(0).prompt)
        await pilot.press("enter")  # 字号 up
        await pilot.pause()
        assert view.magnification.mode == "braille"
        assert "4×" in str(options.get_option_at_index(0).prompt)
        await pilot.press("down", "down", "enter")  # 配色
        await pilot.pause()
        assert "白底黑字" in str(options.get_option_at_index(2).prompt)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(pilot.app.screen, ReaderScreen)
        assert view.reading_point == Position(0, 0)
