"""Parse time and peak memory for the seed, a 1 MB and a 10 MB report (issue 2).

Each measurement runs in a fresh interpreter so peak RSS is that of one open, not of the
benchmark. The large reports repeat the seed's real article text between its header and its
footer, so the parser sees real chrome, headings and sentences throughout.

    python -m benchmarks.parse            # prints a Markdown table
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "reports" / "源城区机关事务管理局2025年法治政府建设年度报告.txt"
MB = 1024 * 1024

_CHILD = r"""
import json, resource, sys, time
from pathlib import Path
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
import accessreader.core.loader as loader
imported = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
document = loader.load_document(Path(sys.argv[1]))
parsed = time.perf_counter() - start
sentences = sum(len(block.sentences) for block in document.blocks)
with_sentences = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({
    "parse_s": parsed, "with_sentences_s": with_sentences, "blocks": len(document.blocks),
    "sentences": sentences, "peak_rss_mb": peak / 1024, "interpreter_rss_mb": imported / 1024,
}))
"""


def make_report(size: int, folder: Path) -> Path:
    """A report of about ``size`` bytes: the seed's header, its body repeated, its footer."""
    lines = SEED.read_text(encoding="utf-8").split("\n")
    body_start = next(i for i, line in enumerate(lines) if line.startswith("  2025年"))
    body_end = next(i for i, line in enumerate(lines) if line.strip() == "源城区机关事务管理局")
    header, body, footer = lines[:body_start], lines[body_start:body_end], lines[body_end:]
    body_text = "\n".join(body) + "\n"
    repeats = max(1, size // len(body_text.encode("utf-8")))
    path = folder / f"report-{size // MB}MB.txt"
    path.write_text("\n".join(header) + "\n" + body_text * repeats + "\n".join(footer), "utf-8")
    return path


def report_cases(folder: Path) -> list[tuple[str, Path]]:
    """The three reports every benchmark measures: the seed, 1 MB and 10 MB."""
    return [
        ("seed", SEED),
        ("1 MB", make_report(MB, folder)),
        ("10 MB", make_report(10 * MB, folder)),
    ]


def measure(path: Path) -> dict[str, float]:
    """Open ``path`` in a fresh interpreter; best of three runs for time, max for memory."""
    runs: list[dict[str, float]] = []
    for _ in range(3):
        output = subprocess.run(
            [sys.executable, "-c", _CHILD, str(path)], capture_output=True, text=True, check=True
        ).stdout
        runs.append(json.loads(output))
    best = min(runs, key=lambda run: run["parse_s"])
    best["peak_rss_mb"] = max(run["peak_rss_mb"] for run in runs)
    return best


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        cases = report_cases(folder)
        print("| report | size | blocks | parse | + all sentences | peak RSS | Python+import |")
        print("|---|---|---|---|---|---|---|")
        for name, path in cases:
            result = measure(path)
            size = path.stat().st_size
            print(
                f"| {name} | {size / MB:.2f} MB | {result['blocks']:,.0f} "
                f"| {result['parse_s'] * 1000:.0f} ms | {result['with_sentences_s'] * 1000:.0f} ms "
                f"| {result['peak_rss_mb']:.0f} MB | {result['interpreter_rss_mb']:.0f} MB |"
            )


if __name__ == "__main__":
    main()
