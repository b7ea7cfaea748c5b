"""Baseline for the reader benchmark: the report shown in Textual's Markdown widget."""

from __future__ import annotations

import sys
from pathlib import Path

from textual.app import App, ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Markdown


class MarkdownReader(App[None]):
    """The naive way to show a report: all of it in one Markdown widget."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Markdown(self.text)


if __name__ == "__main__":
    MarkdownReader(Path(sys.argv[1]).read_text(encoding="utf-8")).run()
