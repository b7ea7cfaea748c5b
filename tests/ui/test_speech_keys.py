"""Pilot tests of the reader's speech keys: a fake engine for speed, and one with the real
engine and player to show the UI stays responsive while speaking."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest
from textual.pilot import Pilot

from accessreader.core.model import BlockKind, Position
from accessreader.settings import Settings
from accessreader.speech.fake import FakeEngine
from accessreader.ui.screens.export import ExportDialog
from accessreader.ui.screens.reader import ReaderScreen
from accessreader.ui.widgets.report_view import ReportView
from tests.ui.conftest import make_app, reader_view

SIZE = (80, 24)


async def wait_until(pilot: Pilot[None], condition: object, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, "condition never held"
        await pilot.pause(0.02)


def status(pilot: Pilot[None]) -> str:
    return str(pilot.app.screen.query_one("#status").render())


async def test_read_all_highlights_and_the_reading_point_follows(tmp_path: Path) -> None:
    engine = FakeEngine()
    async with make_app(tmp_path, engine=engine).run_test(size=SIZE) as pilot:
        view = await reader_view(pilot)
        await pilot.press("r")
        await wait_until(pilot, lambda: view.spoken is not None)
        assert view.spoken == (0, 0, view.document.blocks[0].sentences[0].end)
        assert "朗读中" in status(pilot)
        await wait_until(pilot, lambda: view.word is not None)
        assert view.word is not None and view.word[0] == 0
        # 40 ms a character: the first sentence (~170 chars) takes ~7 s; jump ahead instead
        await pilot.press("right")  # moving while reading: reading goes on from there
        second = Position(0, view.document.blocks[0].sentences[1].start)
        await wait_until(pilot, lambda: view.spoken is not None and view.spoken[1] == second.offset)
        assert view.reading_point == second
        assert engine.spoken[-1].startswith("现将2025年度")
        await pilot.press("s")
        await wait_until(pilot, lambda: view.spoken is None)
        assert "朗读中" not in status(pilot)


async def test_point_read_sentence_and_paragraph(tmp_path: Path) -> None:
    engine = FakeEngine()
    async with make_app(tmp_path, engine=engine).run_test(size=SIZE) as pilot:
        view = await reader_view(pilot)
        await pilot.press("3", "e")
        await wait_until(pilot, lambda: bool(engine.spoken))
        assert engine.spoken == ["一级标题，三、法治政府建设的主要举措和成效"]
        await pilot.press("s", "h", "h", "right", "E")  # into (一)'s item 1, whole paragraph
        await wait_until(pilot, lambda: len(engine.spoken) > 1)
        block = view.document.blocks[view.reading_point.block]
        assert engine.spoken[1] == "三级标题，" + block.text[: block.sentences[0].end]


async def test_pause_resume_and_spoken_state(tmp_path: Path) -> None:
    engine = FakeEngine()
    async with make_app(tmp_path, engine=engine).run_test(size=SIZE) as pilot:
        await reader_view(pilot)
        await pilot.press("r")
        await wait_until(pilot, lambda: bool(engine.spoken))
        await pilot.press("p")
        await wait_until(pilot, lambda: "已暂停" in engine.spoken)
        await wait_until(pilot, lambda: "暂停" in status(pilot))
        assert pilot.app.speech.is_paused  # type: ignore[attr-defined]
        await pilot.press("p")
        await wait_until(pilot, lambda: "朗读中" in status(pilot))


async def test_rate_volume_voice_and_script_are_spoken(tmp_path: Path) -> None:
    engine = FakeEngine()
    async with make_app(tmp_path, engine=engine).run_test(size=SIZE) as pilot:
        await reader_view(pilot)
        app = pilot.app
        await pilot.press("plus", "plus", "plus")
        await wait_until(pilot, lambda: "语速 1.3 倍" in engine.spoken)
        assert app.speech.settings.rate == pytest.approx(1.3)  # type: ignore[attr-defined]
        assert "1.3×" in status(pilot)
        for _ in range(40):
            await pilot.press("plus")
        assert app.speech.settings.rate == 4.0  # type: ignore[attr-defined]
        for _ in range(50):
            await pilot.press("minus")
        assert app.speech.settings.rate == 0.5  # type: ignore[attr-defined]
        await pilot.press("v")
        await wait_until(pilot, lambda: "音量 90%" in engine.spoken)
        await pilot.press("c")
        await wait_until(pilot, lambda: "粤语" in engine.spoken)
        assert app.speech.settings.voice == "yue"  # type: ignore[attr-defined]
        await pilot.press("f", "f")
        await wait_until(pilot, lambda: "繁體" in engine.spoken)
        await pilot.press("f1")
        await wait_until(pilot, lambda: any(t.startswith("帮助。") for t in engine.spoken))
        help_text = next(t for t in engine.spoken if t.startswith("帮助。"))
        assert "连读：从阅读点读到结尾" in help_text and "下一句" in help_text


async def test_sound_off_silences_everything(tmp_path: Path) -> None:
    engine = FakeEngine()
    async with make_app(tmp_path, engine=engine).run_test(size=SIZE) as pilot:
        view = await reader_view(pilot)
        await pilot.press("a")
        assert "声音关" in status(pilot)
        await pilot.press("r", "f", "plus")
        await pilot.pause(0.3)
        assert engine.spoken == []
        assert view.spoken is None
        await pilot.press("alt+v")
        await wait_until(pilot, lambda: "声音已打开" in engine.spoken)


async def test_sound_off_from_settings(tmp_path: Path) -> None:
    engine = FakeEngine()
    settings = Settings(speech=False, audio_device="null")
    async with make_app(tmp_path, settings=settings, engine=engine).run_test(size=SIZE) as pilot:
        await reader_view(pilot)
        await pilot.press("f1", "escape", "r")
        await pilot.pause(0.2)
        assert engine.spoken == []


async def test_headings_are_announced_as_headings_and_sections_named(tmp_path: Path) -> None:
    engine = FakeEngine()
    async with make_app(tmp_path, engine=engine).run_test(size=SIZE) as pilot:
        view = await reader_view(pilot)
        await pilot.press("3", *["right_square_bracket"] * 4)  # the paragraph under item 2.
        block = view.document.blocks[view.reading_point.block]
        assert block.kind is BlockKind.PARAGRAPH and block.text.startswith("采取举办读书班")
        await pilot.press("r")
        await wait_until(pilot, lambda: len(engine.spoken) >= 2)
        assert engine.spoken[0] == "三级标题，2.开展深入贯彻中央八项规定精神学习教育。"
        assert engine.spoken[1].startswith("采取举办读书班")


async def test_export_dialog_writes_a_wav(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ACCESSREADER_DATA_DIR", str(tmp_path / "data"))
    async with make_app(tmp_path).run_test(size=SIZE) as pilot:
        await reader_view(pilot)
        await pilot.press("w")
        await wait_until(pilot, lambda: isinstance(pilot.app.screen, ExportDialog))
        dialog = pilot.app.screen
        assert isinstance(dialog, ExportDialog)
        await wait_until(pilot, lambda: dialog.finished, timeout=20)
        assert "已导出" in str(dialog.query_one("#export-status").render())
        out = tmp_path / "data" / "exports"
        assert [p.name for p in out.iterdir()] == [
            "源城区机关事务管理局2025年法治政府建设年度报告.original.wav"
        ]
        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(pilot.app.screen, ReaderScreen))


@pytest.mark.skipif(shutil.which("aplay") is None, reason="aplay (alsa-utils) missing")
async def test_ui_stays_responsive_while_really_speaking(tmp_path: Path) -> None:
    async with make_app(tmp_path, real_speech=True).run_test(size=SIZE) as pilot:
        view = await reader_view(pilot)
        assert isinstance(view, ReportView)
        await pilot.press("r")
        await wait_until(pilot, lambda: view.word is not None, timeout=5)
        for key, heading in (("h", "一、"), ("h", "二、"), ("H", "一、")):
            pressed = time.monotonic()
            await pilot.press(key)
            assert time.monotonic() - pressed < 0.5
            block = view.document.blocks[view.reading_point.block]
            assert block.text.startswith(heading)
            await wait_until(
                pilot,
                lambda: view.spoken is not None and view.spoken[0] == view.reading_point.block,
            )
        await pilot.press("s")
        await wait_until(pilot, lambda: view.spoken is None)


async def test_moving_while_reading_never_jumps_back(tmp_path: Path) -> None:
    """Events already on their way from the reading before the key are stale and dropped:
    the reading point stays where the user put it and reading goes on from there."""
    async with make_app(tmp_path).run_test(size=SIZE) as pilot:
        view = await reader_view(pilot)
        await pilot.press("r")
        await wait_until(pilot, lambda: view.word is not None)
        await pilot.press("h")
        target = view.reading_point
        seen = []
        for _ in range(25):
            await pilot.pause(0.02)
            seen.append(view.reading_point)
        assert all(point >= target for point in seen), seen
        await wait_until(pilot, lambda: view.spoken is not None and view.spoken[0] == target.block)
