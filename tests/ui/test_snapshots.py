"""Reviewed SVG snapshots of the library, the reader, the outline and the help screen."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual.pilot import Pilot

from tests.ui.conftest import make_app, reader_view

SnapCompare = Callable[..., bool]
SIZE = (80, 24)


async def _opened(pilot: Pilot[Any]) -> None:
    await reader_view(pilot)


def test_library(snap_compare: SnapCompare, tmp_path: Path) -> None:
    async def scanned(pilot: Pilot[Any]) -> None:
        for _ in range(100):
            await pilot.pause()
            if "共 1 份报告" in str(pilot.app.screen.query_one("#library-status").render()):
                return

    assert snap_compare(make_app(tmp_path, report=None), terminal_size=SIZE, run_before=scanned)


def test_reader_at_section_three(snap_compare: SnapCompare, tmp_path: Path) -> None:
    async def at_three(pilot: Pilot[Any]) -> None:
        await reader_view(pilot)
        await pilot.press("3", "right")

    assert snap_compare(make_app(tmp_path), terminal_size=SIZE, run_before=at_three)


def test_outline(snap_compare: SnapCompare, tmp_path: Path) -> None:
    async def outline(pilot: Pilot[Any]) -> None:
        await reader_view(pilot)
        await pilot.press("o")

    assert snap_compare(make_app(tmp_path), terminal_size=SIZE, run_before=outline)


def test_help(snap_compare: SnapCompare, tmp_path: Path) -> None:
    async def help_screen(pilot: Pilot[Any]) -> None:
        await reader_view(pilot)
        await pilot.press("f1")

    assert snap_compare(make_app(tmp_path), terminal_size=SIZE, run_before=help_screen)
