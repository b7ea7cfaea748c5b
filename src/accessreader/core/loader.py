"""Opening a report file of any supported kind as a Document."""

from __future__ import annotations

from pathlib import Path

from accessreader.core.encoding import ReportError, read_report_text
from accessreader.core.model import Document
from accessreader.core.textparser import parse_text

__all__ = ["ReportError", "load_document"]


def load_document(path: Path) -> Document:
    """Read, decode and parse ``path``; a failure is a one-line :class:`ReportError`."""
    decoded = read_report_text(path)
    document = parse_text(decoded.text, path=str(path), encoding=decoded.encoding)
    if not document.blocks and not document.title:
        raise ReportError(f"{path}: no readable text in the report")
    return document
