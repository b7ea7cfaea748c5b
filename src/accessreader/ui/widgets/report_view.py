"""ReportView: the report body as a Line-API ScrollView with a visible reading point.

Modelled on Textual's ``Log``: it sets ``virtual_size``, renders one line in ``render_line``,
caches strips in an LRU cache and clears it when styles change. The wrapped layout lives in
``core.layout``; rows not yet on screen are wrapped by a background worker.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from rich.style import Style
from textual import work
from textual.cache import LRUCache
from textual.geometry import Offset, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.worker import get_current_worker

from accessreader.core.glyphs import LEVELS, Magnification
from accessreader.core.layout import ReportLayout, Row, RowKind, build_rows
from accessreader.core.model import Document, Position
from accessreader.core.script_view import Script, ScriptView
from accessreader.core.search import Match
from accessreader.ui.widgets.line_render import glyph_segments, text_segments

_MEASURE_CHUNK = 200
_CONVERT_STEP = 8
_CONVERT_DELAY = 1.0


class ReportView(ScrollView, can_focus=True, inherit_bindings=False):
    """The reading surface: wrapped report text, the reading point and search hits.

    It has no key bindings of its own (ScrollView's scrolling keys are not inherited): every
    key moves the reading point through the screen's bindings, and scrolling follows it.
    """

    COMPONENT_CLASSES = {
        "reportview--title",
        "reportview--metadata",
        "reportview--heading",
        "reportview--signature",
        "reportview--note",
        "reportview--cursor",
        "reportview--match",
        "reportview--spoken",
        "reportview--word",
        "reportview--reading-line",
    }
    DEFAULT_CSS = """
    ReportView {
        background: $surface;
        color: $foreground;
        padding: 0 1;
        /* always there, so the wrap width does not change when the scrollbar appears */
        overflow-y: scroll;
    }
    ReportView > .reportview--title { text-style: bold; color: $accent; }
    ReportView > .reportview--metadata { color: $text-muted; }
    ReportView > .reportview--heading { text-style: bold; color: $primary; }
    ReportView > .reportview--signature { text-style: italic; }
    ReportView > .reportview--note { color: $text-muted; }
    ReportView > .reportview--cursor { text-style: reverse; }
    ReportView > .reportview--match { text-style: underline bold; background: $warning 40%; }
    ReportView > .reportview--spoken { text-style: reverse; }
    ReportView > .reportview--word { text-style: reverse bold underline; color: $accent; }
    ReportView > .reportview--reading-line { background: $boost; text-style: underline; }
    ReportView.-plain { padding: 0; scrollbar-size-vertical: 0; }
    """

    class PositionChanged(Message):
        """The reading point moved."""

        def __init__(self, view: ReportView, position: Position) -> None:
            super().__init__()
            self.view = view
            self.position = position

        @property
        def control(self) -> ReportView:
            return self.view

    def __init__(
        self,
        document: Document,
        position: Position | None = None,
        *,
        script: Script = Script.ORIGINAL,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.document = document
        self._rows: list[Row] = build_rows(document)
        self.script_view = ScriptView(document, script)
        self.magnification = LEVELS[0]
        self.plain = False
        """纯文本: the rows of ``cat`` (headings said in words), no colour, no scrollbar."""
        self.reading_line = False
        """阅读线: the reading point's line highlighted across the width."""
        self.spacing = 1
        self.line_width = 0
        self._layout = ReportLayout(self._rows, 80, self.script_view)
        self._laid_out = False
        self.reading_point = document.clamp(position or Position(0, 0))
        self.matches: Sequence[Match] = ()
        self.spoken: tuple[int, int, int] | None = None
        """(block, start, end) of the sentence being spoken, original offsets."""
        self.word: tuple[int, int, int] | None = None
        """(block, start, end) of the word being spoken, where the engine says."""
        self._cache: LRUCache[tuple[int, int], Strip] = LRUCache(1024)

    @property
    def layout_model(self) -> ReportLayout:
        """The current wrapped layout (for tests and benchmarks)."""
        return self._layout

    # ---------------------------------------------------------------- layout

    def on_resize(self) -> None:
        width = self._available_width()
        if self._laid_out and width == self._layout.width:
            return
        self._relayout(width)

    def set_script(self, script: Script) -> None:
        """Show the report in ``script``; the reading point stays on the same words."""
        self.script_view = ScriptView(self.document, script)
        self._relayout(self._layout.width)
        if not self.script_view.is_original:
            self._convert_in_background(self.script_view)

    def set_magnification(self, magnification: Magnification) -> None:
        """Show the text at another size (字号); the reading point stays on screen."""
        self.magnification = magnification
        self._relayout_if_laid_out()

    def set_plain(self, plain: bool) -> None:
        """Switch the 纯文本 view on or off."""
        self.plain = plain
        self.set_class(plain, "-plain")
        self._rows = build_rows(self.document, plain=plain)
        self._relayout_if_laid_out()

    def set_reading_line(self, on: bool) -> None:
        """Switch the 阅读线 on or off."""
        self.reading_line = on
        self._cache.clear()
        self.refresh()

    def set_spacing(self, spacing: int, line_width: int) -> None:
        """Line spacing (1 or 2) and the widest a line may be (0: all of it)."""
        if (spacing, line_width) != (self.spacing, self.line_width):
            self.spacing, self.line_width = spacing, line_width
            self._relayout_if_laid_out()

    def _relayout_if_laid_out(self) -> None:
        """Lay out again now, or — before the first resize gave the widget its size — let
        that first layout use the new settings."""
        if self._laid_out:
            self._relayout(self._available_width())

    def _available_width(self) -> int:
        width = max(self.scrollable_content_region.width, 8)
        return min(width, self.line_width) if self.line_width else width

    @property
    def line_step(self) -> int:
        """Screen lines from one line of text to the next at the current size and spacing."""
        return self._layout.line_rows

    def _relayout(self, width: int) -> None:
        anchor = self._reading_line_on_screen()
        previous = self._layout if self._laid_out else None
        self._layout = ReportLayout(
            self._rows,
            width,
            self.script_view,
            magnification=self.magnification,
            spacing=self.spacing,
            measured_like=previous if previous and previous.rows == self._rows else None,
        )
        self._laid_out = True
        self._after_layout_change(anchor)
        if not self._layout.fully_measured:
            # Measuring the rest waits until the first screen is painted.
            self.call_after_refresh(self._measure_in_background, self._layout)

    def _reading_line_on_screen(self) -> int:
        """How far below the top of the screen the reading point is (kept across re-wraps)."""
        if not self._laid_out:  # first open: a third down the screen, or the very top
            return max(self.scrollable_content_region.height // 3, 0)
        return self._layout.y_of(self.reading_point) - round(self.scroll_y)

    def _after_layout_change(self, anchor: int) -> None:
        self._cache.clear()
        self.virtual_size = Size(self._layout.width, self._layout.line_count)
        target = self._layout.y_of(self.reading_point) - anchor
        self.scroll_to(y=max(target, 0), animate=False, immediate=True)
        self.refresh()
        self._update_cursor()

    @work(thread=True, exclusive=True, group="measure")
    def _measure_in_background(self, layout: ReportLayout) -> None:
        """Make every line count exact, a chunk at a time, so the scrollbar stops guessing."""
        worker = get_current_worker()
        pending = layout.pending_rows()
        for start in range(0, len(pending), _MEASURE_CHUNK):
            if worker.is_cancelled:
                return
            counts = layout.measure_rows(pending[start : start + _MEASURE_CHUNK])
            self.app.call_from_thread(self._apply_counts, layout, counts)

    def _apply_counts(self, layout: ReportLayout, counts: list[tuple[int, int]]) -> None:
        if layout is not self._layout:
            return  # a resize or script switch replaced this layout
        before = layout.line_count
        anchor = self._reading_line_on_screen()
        layout.apply_counts(counts)
        if layout.line_count != before:
            self._after_layout_change(anchor)

    @work(thread=True, exclusive=True, group="convert")
    def _convert_in_background(self, view: ScriptView) -> None:
        """Convert the blocks not yet shown, so later screens and speech find them ready.

        Small steps with pauses leave the UI thread the interpreter for key presses; a
        newer switch cancels this one."""
        worker = get_current_worker()
        time.sleep(_CONVERT_DELAY)
        for block in range(len(self.document.blocks)):
            if worker.is_cancelled or view is not self.script_view:
                return
            view.text(block)
            if block % _CONVERT_STEP == 0:
                time.sleep(0.002)

    # ---------------------------------------------------------------- rendering

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._cache.clear()

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        line_y = scroll_y + y
        width = self.scrollable_content_region.width
        base = self.rich_style
        if line_y >= self._layout.line_count:
            return Strip.blank(width, base)
        key = (line_y, width)
        strip = self._cache.get(key)
        if strip is None:
            if self.reading_line and self._on_reading_line(line_y):
                base = base + self.get_component_rich_style(
                    "reportview--reading-line", partial=True
                )
            strip = self._render_display_line(line_y, base).extend_cell_length(width, base)
            self._cache[key] = strip
        return strip.crop(scroll_x, scroll_x + width)

    def _on_reading_line(self, line_y: int) -> bool:
        """True for the screen lines of the text line holding the reading point (or, while
        speaking, the word being said)."""
        point = self.reading_point
        if self.word is not None:
            point = Position(self.word[0], self.word[1])
        first = self._layout.y_of(point)
        return first <= line_y < first + self._layout.line_rows

    def _row_style(self, kind: RowKind) -> Style:
        if self.plain:
            return Style()
        name = {
            RowKind.TITLE: "reportview--title",
            RowKind.METADATA: "reportview--metadata",
            RowKind.HEADING: "reportview--heading",
            RowKind.SIGNATURE: "reportview--signature",
            RowKind.NOTE: "reportview--note",
        }.get(kind)
        return self.get_component_rich_style(name, partial=True) if name else Style()

    def _render_display_line(self, line_y: int, base: Style) -> Strip:
        line = self._layout.line(line_y)
        if line.blank:
            return Strip([])
        row = self._rows[line.row]
        style = base + self._row_style(row.kind)
        marks = self._marks_in_row(row)
        text = self._layout.row_text(line.row)
        magnification = self._layout.magnification
        if magnification.is_normal:
            return Strip(text_segments(text, line.start, line.end, style, marks))
        return Strip(
            glyph_segments(text, line.start, line.end, line.band, magnification.mode, style, marks)
        )

    def _marks_in_row(self, row: Row) -> list[tuple[int, int, Style]]:
        """Styled spans (row offsets) of the reading point and search hits in ``row``."""
        if row.block is None:
            return []
        block_index = row.block
        marks: list[tuple[int, int, Style]] = []

        def shown(offset: int) -> int:
            return row.prefix + self.script_view.to_view(block_index, offset)

        match_style = self.get_component_rich_style("reportview--match", partial=True)
        for match in self.matches:
            if match.position.block == block_index:
                start = match.position.offset
                marks.append((shown(start), shown(start + match.length), match_style))
        for spoken, name in ((self.spoken, "reportview--spoken"), (self.word, "reportview--word")):
            if spoken is not None and spoken[0] == block_index:
                style = self.get_component_rich_style(name, partial=True)
                marks.append((shown(spoken[1]), shown(spoken[2]), style))
        if self.reading_point.block == block_index and self.spoken is None:
            block = self.document.blocks[block_index]
            if block.sentences:
                span = block.sentences[block.sentence_at(self.reading_point.offset)]
                cursor = self.get_component_rich_style("reportview--cursor", partial=True)
                marks.append((shown(span.start), shown(span.end), cursor))
        return marks

    # ---------------------------------------------------------------- reading point

    def move_to(self, position: Position, *, center: bool = False) -> None:
        """Put the reading point at ``position`` and scroll it into view."""
        position = self.document.clamp(position)
        self.reading_point = position
        self._cache.clear()
        self._scroll_reading_point_into_view(center=center)
        self.refresh()
        self._update_cursor()
        self.post_message(self.PositionChanged(self, position))

    def show_speech(
        self, sentence: tuple[int, int, int] | None, word: tuple[int, int, int] | None = None
    ) -> None:
        """Highlight the sentence (and word) being spoken; None clears."""
        if (sentence, word) == (self.spoken, self.word):
            return
        self.spoken, self.word = sentence, word
        self._cache.clear()
        self.refresh()

    def set_matches(self, matches: Sequence[Match]) -> None:
        """Highlight these search hits."""
        self.matches = matches
        self._cache.clear()
        self.refresh()

    def _scroll_reading_point_into_view(self, *, center: bool) -> None:
        y = self._layout.y_of(self.reading_point)
        height = max(self.scrollable_content_region.height, 1)
        top = round(self.scroll_y)
        if center:
            self.scroll_to(y=max(y - height // 3, 0), animate=False, immediate=True)
        elif y < top:
            self.scroll_to(y=y, animate=False, immediate=True)
        elif y >= top + height:
            self.scroll_to(y=y - height + 1, animate=False, immediate=True)

    def line_of_reading_point(self) -> int:
        """Display line of the reading point."""
        return self._layout.y_of(self.reading_point)

    def position_at_line(self, y: int, direction: int = 1) -> Position:
        """Document position shown at display line ``y`` (blank lines skipped in
        ``direction``)."""
        return self._layout.position_at(y, direction)

    @property
    def page_height(self) -> int:
        """Lines in one screenful."""
        return max(self.scrollable_content_region.height, 1)

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        self._update_cursor()

    def _update_cursor(self) -> None:
        """Park the terminal cursor on the reading point so screen readers and braille
        displays that track the cursor follow it (Textual issues #2348, #1469)."""
        if not self.is_mounted or not self._laid_out:
            return
        region = self.scrollable_content_region
        y = self._layout.y_of(self.reading_point) - round(self.scroll_y)
        x = self._layout.column_of(self.reading_point) - round(self.scroll_x)
        if 0 <= y < region.height:
            self.app.cursor_position = Offset(region.x + x, region.y + y)
