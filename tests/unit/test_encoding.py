"""Reading report files in the encodings Chinese reports come in, and refusing what is not text."""

from __future__ import annotations

import codecs
from pathlib import Path

import opencc
import pytest

from accessreader.core.encoding import ReportError, decode_bytes, read_report_text
from accessreader.core.loader import load_document


def test_gb18030_reads_back_identical(tmp_path: Path, seed_text: str) -> None:
    path = tmp_path / "seed-gb18030.txt"
    path.write_bytes(seed_text.encode("gb18030"))
    decoded = read_report_text(path)
    assert decoded.encoding == "gb18030"
    assert decoded.text == seed_text


def test_traditional_big5_reads_back_identical(tmp_path: Path, seed_text: str) -> None:
    traditional = opencc.OpenCC("s2tw").convert(seed_text)
    path = tmp_path / "seed-big5.txt"
    data = traditional.encode("big5")
    # the trap the issue measured: Big5 bytes decode without error as GB18030 (mojibake)
    assert data.decode("gb18030") != traditional
    path.write_bytes(data)
    decoded = read_report_text(path)
    assert decoded.encoding in ("big5", "big5hkscs", "cp950")
    assert decoded.text == traditional
    assert load_document(path).title == "源城區機關事務管理局2025年法治政府建設年度報告"


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [
        ("utf-8", b""),
        ("utf-8", codecs.BOM_UTF8),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
    ],
)
def test_unicode_with_and_without_bom(encoding: str, prefix: bytes, seed_text: str) -> None:
    decoded = decode_bytes(prefix + seed_text.encode(encoding))
    assert decoded.text == seed_text


def test_utf16_without_bom_is_detected(seed_text: str) -> None:
    assert decode_bytes(seed_text.encode("utf-16-le")).text == seed_text


@pytest.mark.parametrize("line_end", ["\r\n", "\r"])
def test_line_ends_are_normalised(line_end: str, seed_text: str) -> None:
    decoded = decode_bytes(seed_text.replace("\n", line_end).encode("gb18030"))
    assert decoded.text == seed_text


def test_mixed_line_ends() -> None:
    assert decode_bytes("一\r\n二\r三\n四".encode()).text == "一\n二\n三\n四"


def test_binary_file_is_refused_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "picture.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    with pytest.raises(ReportError) as error:
        read_report_text(path)
    message = str(error.value)
    assert message.startswith(str(path))
    assert "not a text report" in message
    assert "\n" not in message


def test_empty_missing_and_directory(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(ReportError, match="the file is empty"):
        read_report_text(empty)
    with pytest.raises(ReportError, match="no such file"):
        read_report_text(tmp_path / "missing.txt")
    with pytest.raises(ReportError, match="is a directory"):
        read_report_text(tmp_path)
