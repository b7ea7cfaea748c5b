"""End to end: the installed ``accessreader`` in a real terminal (tmux send-keys/capture-pane)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from benchmarks.terminal import TmuxSession, isolated_env

from tests.conftest import SEED

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


def _command() -> list[str]:
    script = Path(sys.executable).parent / "accessreader"
    return [str(script)] if script.exists() else [sys.executable, "-m", "accessreader"]


@pytest.fixture
def reader(tmp_path: Path) -> Iterator[TmuxSession]:
    session = TmuxSession(
        f"e2e-{tmp_path.name}", [*_command(), str(SEED)], env=isolated_env(tmp_path)
    )
    yield session
    session.close()


def test_reader_opens_navigates_searches_and_quits(reader: TmuxSession) -> None:
    reader.wait_for(lambda s: "2025年是“十四五”规划的收官之年" in s and "0% │" in s, timeout=30)
    screen_text = reader.capture()
    lines = screen_text.splitlines()
    assert lines[0].strip() == "源城区机关事务管理局2025年法治政府建设年度报告"
    assert (
        lines[-1].strip()
        == "0% │ 原文 │ 字号1 │ 1× │ 源城区机关事务管理局2025年法治政府建设年度报告"
    )

    reader.send("3")
    reader.wait_for(lambda s: "│ 三、法治政府建设的主要举措和成效 │" in s.splitlines()[-1])
    lines = reader.capture().splitlines()
    row = reader.cursor_row()
    assert lines[row].strip().startswith("三、法治政府建设的主要举措和成效")

    reader.send("o")
    reader.wait_for(lambda s: "目录（18 个标题）" in s)
    reader.send("Escape")
    reader.wait_for(lambda s: "目录（18 个标题）" not in s)

    reader.send("/")
    time.sleep(0.3)
    reader.send("-l", "律师")
    reader.send("Enter")
    reader.wait_for(lambda s: "搜索 1/3" in s.splitlines()[-1])
    row = reader.cursor_row()
    assert "律师" in reader.capture().splitlines()[row]

    reader.send("q")
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        alive = subprocess.run(["tmux", "has-session", "-t", reader.name], capture_output=True)
        if alive.returncode != 0:
            break
        time.sleep(0.1)
    else:
        pytest.fail("accessreader did not quit on q")


def test_library_lists_the_bundled_report_and_opens_it(tmp_path: Path) -> None:
    session = TmuxSession(f"e2e-lib-{tmp_path.name}", _command(), env=isolated_env(tmp_path))
    try:
        session.wait_for(lambda s: "共 1 份报告" in s, timeout=30)
        assert "源城区机关事务管理局 · 2026-01-19 20:00:13" in session.capture()
        session.send("Enter")
        session.wait_for(lambda s: "2025年是“十四五”规划的收官之年" in s, timeout=30)
    finally:
        session.close()


def test_large_report_kinsoku_on_screen(tmp_path: Path) -> None:
    """No line on the real screen starts with closing punctuation (Chinese line breaking)."""
    session = TmuxSession(
        f"e2e-wrap-{tmp_path.name}",
        [*_command(), str(SEED)],
        env=isolated_env(tmp_path),
        width=61,
        height=40,
    )
    try:
        session.wait_for(lambda s: "2025年是“十四五”" in s, timeout=30)
        seen = 0
        for _ in range(6):
            for line in session.capture().splitlines()[:-1]:
                text = line.strip()
                if text:
                    seen += 1
                    assert text[0] not in "。，、；：？！）」』”’", line
                    assert text[-1] not in "（「『“‘" or len(text) < 10, line
            session.send("PageDown")
            time.sleep(0.3)
        assert seen > 100
    finally:
        session.close()


def test_size_max_shows_the_report_in_big_glyphs(tmp_path: Path) -> None:
    session = TmuxSession(
        f"e2e-big-{tmp_path.name}",
        [*_command(), "--size", "max", str(SEED)],
        env=isolated_env(tmp_path),
        width=100,
        height=30,
    )
    try:

        def big(screen: str) -> bool:
            lines = screen.splitlines()
            return sum(1 for line in lines if sum(line.count(c) for c in "▀▄█") >= 4) >= 15

        session.wait_for(lambda s: "字号4" in s and big(s), timeout=30)
        lines = [line for line in session.capture().splitlines() if "字号4 │" not in line]
        assert not [line for line in lines if "源城区" in line or "2025年是" in line]
        session.send("<")
        session.wait_for(lambda s: "字号3" in s)
    finally:
        session.close()
