"""The installed ``accessreader`` command, run as a user would run it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from accessreader.core.cells import text_width
from tests.conftest import SEED, SEED_CHROME, corpus_file

SCRIPTS = Path(sys.executable).parent


def run(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    executable = SCRIPTS / "accessreader"
    command = [str(executable)] if executable.exists() else [sys.executable, "-m", "accessreader"]
    return subprocess.run(
        [*command, *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, **(env or {})},
        timeout=60,
    )


def test_cat_shows_title_metadata_outline_and_body_without_chrome() -> None:
    result = run("cat", SEED)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "源城区机关事务管理局2025年法治政府建设年度报告"
    assert "来源：源城区机关事务管理局" in lines
    assert "发布时间：2026-01-19 20:00:13" in lines
    outline_at = lines.index("目录")
    assert lines[outline_at + 1] == "一、强化政治引领,坚持用党的创新理论武装头脑、指导实践"
    assert lines[outline_at + 4] == "  (一)加强队伍建设,提高法治意识。"
    assert "一级标题：六、其他需要报告的情况" in lines
    assert lines[-1] == "落款：2026年1月16日"
    for chrome in SEED_CHROME:
        assert chrome not in lines
    assert "\x1b" not in result.stdout


def test_cat_raw_shows_the_chrome() -> None:
    result = run("cat", "--raw", SEED)
    assert result.returncode == 0
    for chrome in SEED_CHROME:
        assert chrome in result.stdout.splitlines()


def test_cat_width_wraps_in_cells() -> None:
    result = run("cat", "--width", "40", SEED)
    lines = result.stdout.splitlines()
    assert max(text_width(line) for line in lines) <= 40
    assert not any(line and line[0] in "。，、；：？！）”" for line in lines)


def test_binary_file_gives_one_line_and_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "image.bin"
    path.write_bytes(bytes(range(256)) * 64)
    result = run("cat", path)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"accessreader: {path}: not a text report")
    assert "Traceback" not in result.stderr


def test_missing_file_gives_one_line_and_exit_2(tmp_path: Path) -> None:
    result = run("cat", tmp_path / "nothing.txt")
    assert result.returncode == 2
    assert result.stderr.strip().endswith("nothing.txt: no such file")


def test_escape_codes_in_a_report_are_made_visible(tmp_path: Path) -> None:
    path = tmp_path / "evil.txt"
    path.write_text("标题\n\n正文\x1b[31m红色\x1b]0;title\x07结束。\n", encoding="utf-8")
    result = run("cat", path)
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "正文␛[31m红色␛]0;title␇结束。" in result.stdout
    raw = run("cat", "--raw", path)
    assert "\x1b" not in raw.stdout


def test_list_shows_the_bundled_report(tmp_path: Path) -> None:
    result = run("list", env={"ACCESSREADER_CONFIG_DIR": str(tmp_path)})
    assert result.returncode == 0
    first = result.stdout.splitlines()[0].split("\t")
    assert first[:3] == [
        "源城区机关事务管理局2025年法治政府建设年度报告",
        "源城区机关事务管理局",
        "2026-01-19 20:00:13",
    ]


def test_list_includes_configured_folders(tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "r.txt").write_text("我的报告\n发布时间:2027-01-01\n\n内容。\n", encoding="utf-8")
    (tmp_path / "settings.toml").write_text(f'library_dirs = ["{folder}"]\n', encoding="utf-8")
    result = run("list", env={"ACCESSREADER_CONFIG_DIR": str(tmp_path)})
    assert result.stdout.splitlines()[0].startswith("我的报告\t")


def test_version_and_help() -> None:
    assert re.fullmatch(r"accessreader \d+\.\d+\.\d+\n", run("--version").stdout)
    help_text = run("--help").stdout
    assert "accessreader cat PATH" in help_text and "accessreader list" in help_text


@pytest.mark.corpus
def test_cat_pdf_text_has_no_page_numbers_or_broken_sentences() -> None:
    result = run("cat", corpus_file("05"))
    assert result.returncode == 0
    body = result.stdout.split("\n正文\n", 1)[1]
    assert not re.search(r"^\s*\d{1,3}\s*$", body, flags=re.MULTILINE)
    assert "又結合長期控制之媒體，釋放各種假訊息" in body


def test_cat_script_hant_shows_traditional() -> None:
    result = run("cat", "--script", "hant", SEED)
    assert result.returncode == 0
    assert result.stdout.splitlines()[0] == "源城區機關事務管理局2025年法治政府建設年度報告"
    assert "機關事務管理局" in result.stdout and "發展" in result.stdout
    assert "机关" not in result.stdout


@pytest.mark.corpus
def test_cat_script_hans_on_traditional_pdf_text() -> None:
    result = run("cat", "--script", "hans", corpus_file("05"))
    assert result.returncode == 0
    assert "监察院" in result.stdout
    assert "監察院" not in result.stdout


def test_convert_writes_the_whole_file(tmp_path: Path) -> None:
    out = tmp_path / "seed-tw.txt"
    result = run("convert", SEED, "--script", "tw", "-o", out)
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert text.splitlines()[0] == "繁體版"  # chrome kept: it converts the file, not the view
    assert "源城區機關事務管理局" in text
    assert len(text) == len(SEED.read_text(encoding="utf-8"))


def test_taiwan_phrases_warn() -> None:
    result = run("cat", "--script", "twp", SEED)
    assert result.returncode == 0
    assert "全域性" in result.stdout
    assert "可能改變原意" in result.stderr


@pytest.mark.corpus
def test_cat_govcn_html_acceptance() -> None:
    result = run("cat", corpus_file("04"))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == (
        "国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度"
        "重大执法决定法制审核制度的指导意见"
    )
    assert "发文字号：国办发〔2018〕118号" in lines
    assert not re.search(r"<[a-zA-Z/!]|&nbsp;|style=", result.stdout)


def test_import_copies_normalised_and_keeps_the_original(tmp_path: Path) -> None:
    report = tmp_path / "gbk-report.txt"
    original = (
        "地方报告\r\n来源:某县政府\r\n发布时间:2027-05-01\r\n\r\n一、总体情况\r\n内容正文。\r\n"
    )
    report.write_bytes(original.encode("gb18030"))
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"")
    env = {
        "ACCESSREADER_DATA_DIR": str(tmp_path / "data"),
        "ACCESSREADER_CONFIG_DIR": str(tmp_path / "config"),
    }
    result = run("import", report, broken, env=env)
    assert result.returncode == 2  # one of the two could not be imported
    assert "broken.txt: the file is empty" in result.stderr
    library = tmp_path / "data" / "library"
    copied = (library / "gbk-report.txt").read_bytes().decode("utf-8")
    assert copied == original.replace("\r\n", "\n")
    assert (library / "originals" / "gbk-report.txt").read_bytes() == report.read_bytes()
    listing = run("list", env=env).stdout.splitlines()
    assert listing[0].startswith("地方报告\t某县政府\t2027-05-01\t")
