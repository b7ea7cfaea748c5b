"""The library lists readable reports newest first and names the files it could not read."""

from __future__ import annotations

import shutil
from pathlib import Path

from accessreader.core.library import publication_key, scan_library
from tests.conftest import SEED


def _report(folder: Path, name: str, title: str, published: str) -> Path:
    path = folder / name
    path.write_text(
        f"{title}\n来源:某某局\n发布时间:{published}\n\n正文第一段。\n", encoding="utf-8"
    )
    return path


def test_newest_first_with_title_source_date(tmp_path: Path) -> None:
    _report(tmp_path, "a.txt", "旧的报告", "2019-05-01 08:00:00")
    _report(tmp_path, "b.txt", "新的报告", "2026年02月10日 07时41分")
    shutil.copy(SEED, tmp_path / "seed.txt")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")  # not a report kind: not listed
    entries, problems = scan_library([tmp_path])
    assert [e.title for e in entries] == [
        "新的报告",
        "源城区机关事务管理局2025年法治政府建设年度报告",
        "旧的报告",
    ]
    assert entries[1].source == "源城区机关事务管理局"
    assert entries[1].published == "2026-01-19 20:00:13"
    assert problems == []


def test_unreadable_files_are_reported_not_fatal(tmp_path: Path) -> None:
    _report(tmp_path, "good.txt", "好的报告", "2020-01-01")
    (tmp_path / "bad.txt").write_bytes(bytes(range(256)) * 10)
    entries, problems = scan_library([tmp_path, tmp_path / "missing-folder"])
    assert [e.title for e in entries] == ["好的报告"]
    assert len(problems) == 1
    assert "bad.txt" in problems[0].message


def test_publication_key() -> None:
    assert publication_key("2026-01-19 20:00:13") == (2026, 1, 19, 20, 0, 13)
    assert publication_key("2026年02月10日 07时41分") == (2026, 2, 10, 7, 41, 0)
    assert publication_key("") == (0, 0, 0, 0, 0, 0)
