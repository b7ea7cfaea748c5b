"""CaptionBar (大字幕): the sentence being read, or at the reading point, in big glyphs."""

from __future__ import annotations

from rich.segment import Segment
from textual.geometry import Size
from textual.strip import Strip
from textual.widget import Widget

from accessreader.core.cells import text_width
from accessreader.core.glyphs import LEVELS, render_char

_CAPTION = LEVELS[1]  # braille, 4×: four rows, square, fits under the text


class CaptionBar(Widget):
    """Shows ``text`` magnified, scrolled so the word being spoken stays in view."""

    DEFAULT_CSS = """
    CaptionBar {
        dock: bottom;
        height: 4;
        margin-bottom: 1;
        background: $panel;
        color: $foreground;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.text = ""
        self.focus_offset = 0

    def show(self, text: str, focus_offset: int = 0) -> None:
        """Caption ``text``; keep character ``focus_offset`` (the spoken word) visible."""
        if (text, focus_offset) != (self.text, self.focus_offset):
            self.text, self.focus_offset = text, focus_offset
            self.refresh()

    def visible_text(self) -> str:
        """The part of the caption that fits, starting a little before the focus."""
        room = max(self.size.width // _CAPTION.scale, 2)
        start = 0
        while (
            start < self.focus_offset
            and text_width(self.text[start : self.focus_offset + 1]) > room * 2 // 3
        ):
            start += 1
        end = start
        while end < len(self.text) and text_width(self.text[start : end + 1]) <= room:
            end += 1
        return self.text[start:end]

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return _CAPTION.rows

    def render_line(self, y: int) -> Strip:
        style = self.rich_style
        if y >= _CAPTION.rows:
            return Strip.blank(self.size.width, style)
        line = "".join(render_char(char, _CAPTION.mode)[y] for char in self.visible_text())
        return Strip([Segment(line, style)]).extend_cell_length(self.size.width, style)
