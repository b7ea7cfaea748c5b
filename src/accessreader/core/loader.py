"""Opening a report file of any supported kind as a Document."""

from __future__ import annotations

from pathlib import Path

from accessreader.core.encoding import ReportError, read_report_text
from accessreader.core.markdownparser import parse_markdown
from accessreader.core.model import Document
from accessreader.core.textparser import parse_text

__all__ = ["ReportError", "load_document"]


def load_document(path: Path) -> Document:
    """Read, decode and parse ``path``; a failure is a one-line :class:`ReportError`."""
    decoded = read_report_text(path)
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm", ".xhtml") or _looks_like_html(decoded.text):
        from accessreader.core.htmlparser import parse_html  # lxml only for web pages

        document = parse_html(decoded.text, path=str(path), encoding=decoded.encoding)
    elif suffix in (".md", ".markdown"):
        document = parse_markdown(decoded.text, path=str(path), encoding=decoded.encoding)
    else:
        document = parse_text(decoded.text, path=str(path), encoding=decoded.encoding)
    if not document.blocks and not document.title:
        raise ReportError(f"{path}: no readable text in the report")
    return document


def _looks_like_html(text: str) -> bool:
    """A page saved without an .html name still starts with markup."""
    head = text.lstrip()[:512].lower()
    return head.startswith(("<!doctype html", "<html")) or (
        head.startswith("<") and ("<body" in text[:4096].lower() or "<div" in head)
    )
