"""Pilot tests: every reader binding, asserting the reading point or state it leads to."""

from __future__ import annotations

from pathlib import Path

import pytest

from accessreader.core.model import BlockKind, Position
from accessreader.settings import Settings
from accessreader.ui.screens.dialogs import BookmarksDialog, HelpDialog, OutlineDialog
from accessreader.ui.screens.library import LibraryScreen
from accessreader.ui.screens.reader import ReaderScreen
from tests.ui.conftest import make_app, reader_view

SIZE = (80, 24)


def _block_index(view: object, prefix: str) -> int:
    blocks = view.document.blocks  # type: ignore[attr-defined]
    return next(i for i, b in enumerate(blocks) if b.text.startswith(prefix))


async def test_sentence_keys(tmp_path: Path) -> None:
    async with make_app(tmp_path).run_test(size=SIZE) as pilot:
        view = await reader_view(pilot)
        first = view.document.blocks[0]
        assert view.reading_point == Position(0, 0)
        await pilot.press("right")
        assert view.reading_point == Position(0, first.sentences[1].start)
        assert first.text[view.reading_point.offset :].startswith("现将2025年度")
        await pilot.press("right")  # past the last sentence: into the heading 一、
        assert view.reading_point == Position(1, 0)
        await pilot.press("left", "left")
        assert view.reading_point == Position(0, 0)


async def test_paragraph_and_heading_keys(tmp_path: Path) -> None:
    async with make_app(tmp_path).run_test(size=SIZE) as pilot:
        view = await reader_view(pilot)
        await pilot.press("right_square_bracket")
        assert view.reading_point == Position(1, 0)
        await pilot.press("right_square_bracket", "left_square_bracket")
        assert view.reading_point == Position(1, 0)
        await pilot.press("h")
        two = _block_index(view, "二、")
        assert view.reading_point == Position(two, 0)
        await pilot.press("h")
        assert view.reading_point == Position(_block_index(view, "三、"), 0)
        await pilot.press("H")
        assert view.reading_point == Position(two, 0)
        await pilot.press("alt+4")  # the toolbar's region-jump alias
        assert view.reading_point == Position(_block_index(view, "三、"), 0)


async def test_line_and_page_keys(tmp_path: Path) -> None:
    async with make_app(tmp_path).run_test(size=SIZE) as pilot:
        view = await reader_view(pilot)
        start_line = view.line_of_reading_point()
        await pilot.press("down")
        assert view.line_of_reading_point() == start_line + 1
        expected = view.position_at_line(start_line + 1)
        assert view.reading_point == expected
        assert expected.offset > 0  # the second display line of the first paragraph
        await pilot.press("up")
        assert view.reading_point == Position(0, 0)
        await pilot.press("pagedown")
        assert view.line_of_reading_point() >= start_line + view.page_height - 2
        assert view.scroll_y > 0
        await pilot.press("pageup")
        assert view.line_of_reading_point() <= start_line + 1


async def test_home_end_and_section_numbers(tmp_path: Path) -> None:
    async with make_app(tmp_path).run_test(size=SIZE) as pilot:
        view = await reader_view(pilot)
        await pilot.press("end")
        last = view.document.blocks[view.reading_point.block]
        assert last.kind is BlockKind.SIGNATURE and last.text == "2026年1月16日"
        assert view.scroll_y == view.max_scroll_y
        await pilot.press("home")
        assert view.reading_point == Position(0, 0)
        assert view.scroll_y == 0
        await pilot.press("5")
        assert view.document.blocks[view.reading_point.block].text.startswith("五、")
        await pilot.press("9")  # there is no ninth section: stays, says so
        assert view.document.blocks[view.reading_point.block].text.startswith("五、")
        await pilot.press("alt+1")
        assert view.reading_point == Position(0, 0)


async def test_outline_jumps_to_a_heading(tmp_path: Path) -> None:
    async with make_app(tmp_path).run_test(size=SIZE) as pilot:
        view = await reader_view(pilot)
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(pilot.app.screen, OutlineDialog)
        await pilot.press("down", "down", "down", "enter")
        await pilot.pause()
        assert isinstance(pilot.app.screen, ReaderScreen)
        assert view.document.blocks[view.reading_point.block].text.startswith("(一)加强队伍建设")
        await pilot.press("alt+2", "escape")
        await pilot.pause()
        assert isinstance(pilot.app.screen, ReaderScreen)


async def test_search_highlights_and_counts(tmp_path: Path) -> None:
    async with make_app(tmp_path).run_test(size=SIZE) as pilot:
        view = await reader_view(pilot)
        screen = pilot.app.screen
        assert isinstance(screen, ReaderScreen)
        await pilot.press("slash", *"律师", "enter")
        await pilot.pause()
        assert len(screen.matches) == 3
        assert view.matches == screen.matches
        first = screen.matches[0].position
        assert view.reading_point == first
        assert view.document.blocks[first.block].text[first.offset : first.offset + 2] == "律师"
        status = str(screen.query_one("#status").render())
        assert "搜索 1/3" in status
        await pilot.press("n")
        assert view.reading_point == screen.matches[1].position
        await pilot.press("n", "n")  # wraps around to the first
        assert view.reading_point == screen.matches[0].position
        await pilot.press("N")
        assert view.reading_point == screen.matches[2].position
        assert "搜索 3/3" in str(screen.query_one("#status").render())


async def test_search_escape_cancels(tmp_path: Path) -> None:
    async with make_app(tmp_path).run_test(size=SIZE) as pilot:
        view = await reader_view(pilot)
        await pilot.press("slash", "x", "escape")
        await pilot.pause()
        assert view.has_focus
        assert view.reading_point == Position(0, 0)


async def test_bookmarks_set_list_jump(tmp_path: Path) -> None:
    async with make_app(tmp_path).run_test(size=SIZE) as pilot:
        view = await reader_view(pilot)
        await pilot.press("3", "m")
        marked = view.reading_point
        await pilot.press("home", "b")
        await pilot.pause()
        assert isinstance(pilot.app.screen, BookmarksDialog)
        await pilot.press("enter")
        await pilot.pause()
        assert view.reading_point == marked
    state = (tmp_path / "state.json").read_text(encoding="utf-8")
    assert "三、法治政府建设的主要举措和成效" in state


async def test_help_lists_every_binding(tmp_path: Path) -> None:
    async with make_app(tmp_path).run_test(size=SIZE) as pilot:
        await reader_view(pilot)
        await pilot.press("f1")
        await pilot.pause()
        help_screen = pilot.app.screen
        assert isinstance(help_screen, HelpDialog)
        from textual.widgets import OptionList

        options = help_screen.query_one(OptionList)
        texts = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert any("下一句" in t and "→" in t for t in texts)
        assert any("目录" in t and "Alt+2" in t for t in texts)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(pilot.app.screen, ReaderScreen)


async def test_back_to_library_and_open_again(tmp_path: Path) -> None:
    async with make_app(tmp_path).run_test(size=SIZE) as pilot:
        await reader_view(pilot)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(pilot.app.screen, LibraryScreen)
        await pilot.press("enter")
        view = await reader_view(pilot)
        assert view.document.title == "源城区机关事务管理局2025年法治政府建设年度报告"
        await pilot.press("q")
        await pilot.pause()
    assert pilot.app.return_code == 0


async def test_keymap_from_settings_remaps_a_binding(tmp_path: Path) -> None:
    settings = Settings(keymap={"next_sentence": "x"})
    async with make_app(tmp_path, settings=settings).run_test(size=SIZE) as pilot:
        view = await reader_view(pilot)
        await pilot.press("right")
        assert view.reading_point == Position(0, 0)
        await pilot.press("x")
        assert view.reading_point.offset > 0


async def test_reopening_resumes_at_the_last_reading_point(tmp_path: Path) -> None:
    async with make_app(tmp_path).run_test(size=SIZE) as pilot:
        view = await reader_view(pilot)
        await pilot.press("4")
        left_at = view.reading_point
    async with make_app(tmp_path).run_test(size=SIZE) as pilot:
        view = await reader_view(pilot)
        assert view.reading_point == left_at
        assert view.document.blocks[left_at.block].text.startswith("四、")


async def test_terminal_cursor_is_parked_on_the_reading_point(tmp_path: Path) -> None:
    async with make_app(tmp_path).run_test(size=SIZE) as pilot:
        view = await reader_view(pilot)
        await pilot.press("3")
        region = view.scrollable_content_region
        y = view.line_of_reading_point() - round(view.scroll_y)
        assert pilot.app.cursor_position.y == region.y + y
        assert pilot.app.cursor_position.x == region.x


async def test_resize_rewraps_and_keeps_the_reading_point_on_screen(tmp_path: Path) -> None:
    async with make_app(tmp_path).run_test(size=SIZE) as pilot:
        view = await reader_view(pilot)
        await pilot.press("3", "down", "down")
        point = view.reading_point
        await pilot.resize_terminal(50, 16)
        await pilot.pause()
        await pilot.pause()
        assert view.reading_point == point
        assert view.layout_model.width == view.scrollable_content_region.width
        y = view.line_of_reading_point() - round(view.scroll_y)
        assert 0 <= y < view.page_height


async def _point_after(tmp_path: Path, *keys: str) -> Position:
    async with make_app(tmp_path).run_test(size=SIZE) as pilot:
        view = await reader_view(pilot)
        await pilot.press(*keys)
        await pilot.pause()
        return view.reading_point


@pytest.mark.parametrize(
    ("alias", "primary"),
    [
        (("j",), ("down",)),
        (("j", "j", "k"), ("down", "down", "up")),
        (("ctrl+down",), ("right_square_bracket",)),
        (
            ("ctrl+down", "ctrl+down", "ctrl+up"),
            ("right_square_bracket", "right_square_bracket", "left_square_bracket"),
        ),
        (("space",), ("pagedown",)),
        (("3", "alt+3"), ("3", "H")),
        (("end", "alt+1"), ("end", "home")),
    ],
)
async def test_aliases_do_what_their_primary_key_does(
    tmp_path: Path, alias: tuple[str, ...], primary: tuple[str, ...]
) -> None:
    expected = await _point_after(tmp_path / "primary", *primary)
    assert await _point_after(tmp_path / "alias", *alias) == expected
    assert expected != Position(0, 0) or "home" in primary


async def test_alias_keys_open_dialogs(tmp_path: Path) -> None:
    async with make_app(tmp_path).run_test(size=SIZE) as pilot:
        await reader_view(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(pilot.app.screen, HelpDialog)
        await pilot.press("escape", "alt+6")
        await pilot.pause()
        assert isinstance(pilot.app.screen, BookmarksDialog)
        await pilot.press("escape", "alt+5")
        await pilot.pause()
        assert pilot.app.screen.query_one("#search").has_focus
        await pilot.press("escape", "backspace")
        await pilot.pause()
        assert isinstance(pilot.app.screen, LibraryScreen)
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(pilot.app.screen, LibraryScreen)


async def test_script_switches_keep_the_reading_point_on_the_same_sentence(
    tmp_path: Path,
) -> None:
    from accessreader.core.script_view import Script, convert_text

    async with make_app(tmp_path).run_test(size=SIZE) as pilot:
        view = await reader_view(pilot)
        screen = pilot.app.screen
        assert isinstance(screen, ReaderScreen)
        await pilot.press("2", "right", "right")
        point = view.reading_point
        block = view.document.blocks[point.block]
        sentence = block.text[point.offset : block.sentences[block.sentence_at(point.offset)].end]
        line_before = view.line_of_reading_point() - round(view.scroll_y)
        seen = []
        for _ in range(5):
            await pilot.press("f")
            await pilot.pause()
            seen.append(screen.script)
            assert view.reading_point == point
            shown = view.script_view.text(point.block)
            start = view.script_view.to_view(point.block, point.offset)
            assert shown[start:].startswith(convert_text(sentence, screen.script))
            assert view.line_of_reading_point() - round(view.scroll_y) == line_before
            assert screen.script.label in str(screen.query_one("#status").render())
        assert seen == [Script.HANS, Script.HANT, Script.TW, Script.HK, Script.ORIGINAL]


async def test_traditional_view_shows_and_searches_across_scripts(tmp_path: Path) -> None:
    async with make_app(tmp_path).run_test(size=SIZE) as pilot:
        view = await reader_view(pilot)
        screen = pilot.app.screen
        assert isinstance(screen, ReaderScreen)
        await pilot.press("f", "f")  # 繁體
        assert view.script_view.text(0).startswith(
            "2025年是“十四五”規劃的收官之年,區機關事務管理局"
        )
        await pilot.press("slash", *"機關事務", "enter")
        await pilot.pause()
        simplified = [m for m in screen.matches]
        assert len(simplified) > 5
        first = simplified[0].position
        original = view.document.blocks[first.block].text
        assert original[first.offset : first.offset + 4] == "机关事务"


async def test_taiwan_phrases_from_settings_warns_and_keeps_positions(tmp_path: Path) -> None:
    settings = Settings(script="twp")
    async with make_app(tmp_path, settings=settings).run_test(size=SIZE) as pilot:
        view = await reader_view(pilot)
        screen = pilot.app.screen
        assert isinstance(screen, ReaderScreen)
        await pilot.pause()
        assert "臺灣詞彙⚠" in str(screen.query_one("#status").render())
        assert any("可能改變原意" in str(n.message) for n in pilot.app._notifications)
        await pilot.press("2", "right", "right")
        point = view.reading_point
        block = view.document.blocks[point.block]
        assert block.text[point.offset :].startswith("带头尊法学法守法用法")
        start = view.script_view.to_view(point.block, point.offset)
        assert view.script_view.text(point.block)[start:].startswith("帶頭尊法學法守法用法")
