"""Reviewed SVG snapshots of the library, the reader, the outline and the help screen."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from tests.ui.conftest import make_app, reader_view

SnapCompare = Callable[..., bool]
SIZE = (80, 24)


async def _opened(pilot: Pilot[Any]) -> None:
    view = await reader_view(pilot)
    for _ in range(200):  # the scrollbar is drawn from measured, not estimated, line counts
        if view.layout_model.fully_measured:
            break
        await pilot.pause(0.02)
    await pilot.pause()


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


SCHEME_NAMES = [
    "default",
    "white-black",
    "black-yellow",
    "yellow-black",
    "blue-yellow",
    "beige-black",
    "mono",
]


@pytest.mark.parametrize("name", SCHEME_NAMES)
def test_scheme(snap_compare: SnapCompare, tmp_path: Path, name: str) -> None:
    from accessreader.settings import Settings

    settings = Settings(scheme=name, reading_line=True, audio_device="null")

    async def at_two(pilot: Pilot[Any]) -> None:
        await reader_view(pilot)
        await pilot.press("2", "right")

    app = make_app(tmp_path, settings=settings)
    assert snap_compare(app, terminal_size=SIZE, run_before=at_two)


@pytest.mark.parametrize("size", [2, 4])
def test_magnified(snap_compare: SnapCompare, tmp_path: Path, size: int) -> None:
    from accessreader.settings import Settings

    settings = Settings(size=size, caption=size == 2, audio_device="null")
    assert snap_compare(
        make_app(tmp_path, settings=settings), terminal_size=SIZE, run_before=_opened
    )
