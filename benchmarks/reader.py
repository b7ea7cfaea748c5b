"""Open-to-first-paint, PageDown/End repaint and peak RSS of the reader in a real terminal.

Runs the reader (``python -m accessreader PATH``) in tmux at 80×24 for the seed, a 1 MB and
a 10 MB report, and Textual's Markdown widget on the 1 MB report as the baseline (issue 3).
Times are from starting the process / sending the key to the first capture-pane that shows
the result, polled every ~5 ms, so they include terminal output; first paint is the median
of three fresh starts.

    python -m benchmarks.reader
"""

from __future__ import annotations

import statistics
import sys
import tempfile
from pathlib import Path

from benchmarks.parse import report_cases
from benchmarks.terminal import TmuxSession, isolated_env

FIRST_BODY_TEXT = "2025年是“十四五”"
LAST_TEXT = "2026年1月16日"


def first_paint(path: Path, folder: Path, runs: int = 3) -> float:
    """Median time from starting the reader to the report's text on screen, in ms."""
    times = []
    for run in range(runs):
        session = TmuxSession(
            "bench-first-paint",
            [sys.executable, "-m", "accessreader", str(path)],
            env=isolated_env(folder / f"env-{path.stem}-{run}"),
        )
        try:
            painted = session.wait_for(lambda screen: FIRST_BODY_TEXT in screen)
            times.append((painted - session.started) * 1000)
        finally:
            session.close()
    return statistics.median(times)


def measure_reader(path: Path, folder: Path) -> dict[str, float]:
    result = {"first_paint_ms": first_paint(path, folder)}  # nothing else running
    session = TmuxSession(
        "bench-reader",
        [sys.executable, "-m", "accessreader", str(path)],
        env=isolated_env(folder / f"env-{path.stem}"),
    )
    try:
        session.wait_for(lambda screen: FIRST_BODY_TEXT in screen)
        result["rss_open_mb"] = session.peak_rss_mb()
        page_downs: list[float] = []
        for _ in range(7):
            before = session.capture()
            sent = session.send("PageDown")
            changed = session.wait_for(before.__ne__)
            page_downs.append((changed - sent) * 1000)
        result["page_down_ms"] = statistics.median(page_downs)
        sent = session.send("End")
        shown = session.wait_for(lambda screen: LAST_TEXT in screen)
        result["end_ms"] = (shown - sent) * 1000
        result["rss_peak_mb"] = session.peak_rss_mb()
        return result
    finally:
        session.close()


def measure_markdown(path: Path) -> dict[str, float]:
    baseline = Path(__file__).with_name("markdown_baseline.py")
    session = TmuxSession("bench-markdown", [sys.executable, str(baseline), str(path)])
    try:
        painted = session.wait_for(lambda screen: FIRST_BODY_TEXT in screen, timeout=300)
        return {
            "first_paint_ms": (painted - session.started) * 1000,
            "rss_open_mb": session.peak_rss_mb(),
        }
    finally:
        session.close()


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        cases = report_cases(folder)
        print("| report | first paint | PageDown (median of 7) | End | RSS after open | peak RSS |")
        print("|---|---|---|---|---|---|")
        for name, path in cases:
            r = measure_reader(path, folder)
            print(
                f"| {name} | {r['first_paint_ms']:.0f} ms | {r['page_down_ms']:.0f} ms "
                f"| {r['end_ms']:.0f} ms | {r['rss_open_mb']:.0f} MB | {r['rss_peak_mb']:.0f} MB |"
            )
        baseline = measure_markdown(cases[1][1])
        print(
            f"| 1 MB, Textual `Markdown` (baseline) | {baseline['first_paint_ms']:.0f} ms "
            f"| – | – | {baseline['rss_open_mb']:.0f} MB | – |"
        )


if __name__ == "__main__":
    main()
