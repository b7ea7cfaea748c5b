"""简/繁 switch: key → repainted screen in a real terminal, beside converting the whole text.

Opens the seed, a 1 MB and a 10 MB report in tmux (80×24), presses the script key (f) to go
原文 → 简体 → 繁體 → 臺灣正體, and times each press until the status line shows the new
script (it is drawn in the same frame as the converted body). The baseline is what a
non-lazy reader would do on the same key: convert the whole report (s2t with the same
converter, in-process).

    python -m benchmarks.script_switch
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from accessreader.core.opencc_current import converter
from benchmarks.parse import report_cases
from benchmarks.terminal import TmuxSession, isolated_env


def switch_times(path: Path, folder: Path) -> list[float]:
    """Key → screen for 原文→简体 and 简体→繁體 once the report is open and measured, then
    繁體→臺灣正體 while the background worker is converting the rest of the report."""
    session = TmuxSession(
        "bench-script",
        [sys.executable, "-m", "accessreader", str(path)],
        env=isolated_env(folder / f"env-{path.stem}"),
    )
    steps = [("简体", 3.0), ("繁體", 0.5), ("臺灣正體", 2.0)]
    try:
        session.wait_for(lambda screen: "│ 原文 │" in screen)
        times = []
        for label, idle in steps:
            time.sleep(idle)
            sent = session.send("f")
            marker = f"│ {label} │"
            shown = session.wait_for(lambda screen: marker in screen)  # noqa: B023
            times.append((shown - sent) * 1000)
        return times
    finally:
        session.close()


def whole_conversion_ms(path: Path) -> float:
    text = path.read_text(encoding="utf-8")
    convert = converter("s2t")
    convert.convert("预热")
    start = time.perf_counter()
    convert.convert(text)
    return (time.perf_counter() - start) * 1000


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        cases = report_cases(folder)
        print(
            "| report | 原文→简体 | 简体→繁體 | 繁體→臺灣正體 (background converting) "
            "| baseline: whole text s2t |"
        )
        print("|---|---|---|---|---|")
        for name, path in cases:
            hans, hant, tw = switch_times(path, folder)
            baseline = whole_conversion_ms(path)
            print(f"| {name} | {hans:.0f} ms | {hant:.0f} ms | {tw:.0f} ms | {baseline:,.0f} ms |")


if __name__ == "__main__":
    main()
