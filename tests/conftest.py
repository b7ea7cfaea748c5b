"""Shared fixtures: the bundled seed report and the real documents in ../shared/corpus."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from accessreader.core.loader import load_document
from accessreader.core.model import Document

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "reports" / "源城区机关事务管理局2025年法治政府建设年度报告.txt"
SHARED = Path(os.environ.get("ACCESSREADER_SHARED", REPO.parent / "shared"))
CORPUS = SHARED / "corpus"
SEED_CHROME = [
    "繁体版",
    "网站支持IPv6",
    "字号:",
    "分享:",
    "政务微信 手机版 无障碍版 智能机器人 返回顶部",
    "分享到微信",
    "打开微信扫一扫即可将本页内容分享",
]
"""The seed's page chrome, line by line, as the issue lists it."""


def corpus_file(prefix: str) -> Path:
    """A corpus document by its number, or a skip saying where it was looked for."""
    if not CORPUS.is_dir():
        pytest.skip(f"real-document corpus not found at {CORPUS} (set ACCESSREADER_SHARED)")
    matches = sorted(CORPUS.glob(f"{prefix}_*"))
    if not matches:
        pytest.skip(f"corpus file {prefix}_* not found in {CORPUS}")
    return matches[0]


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_document() -> Document:
    return load_document(SEED)
