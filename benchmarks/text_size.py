"""字号 change: key → repainted screen in a real terminal (tmux, 80×24), seed and 1 MB.

Presses > three times (normal → 4× → 5× → 8×) and < three times back, timing each press
until the status line shows the new size (it is drawn in the same frame as the body).

    python -m benchmarks.text_size
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.parse import MB, SEED, make_report
from benchmarks.terminal import TmuxSession, isolated_env


def size_changes(path: Path, folder: Path) -> list[float]:
    session = TmuxSession(
        "bench-size",
        [sys.executable, "-m", "accessreader", str(path)],
        env=isolated_env(folder / f"env-{path.stem}"),
    )
    try:
        session.wait_for(lambda screen: "字号1" in screen)
        time.sleep(2.0)  # let the background measuring finish
        times = []
        for key, size in (("<", 1), (">", 2), (">", 3), (">", 4), ("<", 3), ("<", 2), ("<", 1)):
            if key == "<" and size == 1:
                continue
            marker = f"字号{size} │"
            sent = session.send(key)
            shown = session.wait_for(lambda screen: marker in screen)  # noqa: B023
            times.append((shown - sent) * 1000)
            time.sleep(0.3)
        return times
    finally:
        session.close()


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        print("| report | 字号 change, median of 6 | slowest |")
        print("|---|---|---|")
        for name, path in (("seed", SEED), ("1 MB", make_report(MB, folder))):
            times = size_changes(path, folder)
            print(f"| {name} | {statistics.median(times):.0f} ms | {max(times):.0f} ms |")


if __name__ == "__main__":
    main()
