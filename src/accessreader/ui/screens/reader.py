"""ReaderScreen: one report, its reading point, search, bookmarks and status line."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.timer import Timer
from textual.widgets import Input, Static

from accessreader.core import navigation
from accessreader.core.loader import ReportError, load_document
from accessreader.core.model import Document, Position
from accessreader.core.script_view import Script, next_script
from accessreader.core.search import Match, find_all, match_after
from accessreader.state import Bookmark, ReadingState
from accessreader.ui.bindings import DISPLAY_BINDINGS, READER_BINDINGS, SPEECH_BINDINGS
from accessreader.ui.screens.dialogs import BookmarksDialog, OutlineDialog
from accessreader.ui.screens.reader_display import ReaderDisplay
from accessreader.ui.widgets.caption_bar import CaptionBar
from accessreader.ui.widgets.report_view import ReportView
from accessreader.ui.widgets.search_bar import SearchBar

_SAVE_DELAY = 1.0
_WARM_UP_DELAY = 0.5


class StatusLine(Static):
    """Title, current section, percentage, search count and mode flags, in words."""


class ReaderScreen(ReaderDisplay):
    """Reads one report; the body is a :class:`ReportView`."""

    BINDINGS = [*READER_BINDINGS, *SPEECH_BINDINGS, *DISPLAY_BINDINGS]

    def __init__(
        self,
        path: Path,
        state: ReadingState,
        document: Document | None = None,
        script: Script = Script.ORIGINAL,
    ) -> None:
        super().__init__()
        self.path = path
        self.script = script
        self.state = state
        self.document: Document | None = None
        self._preloaded = document
        self.matches: list[Match] = []
        self.match_index = -1
        self._save_timer: Timer | None = None
        self._unsaved: Position | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="reader-body"):
            yield Static(Text(f"正在打开 {self.path.name} …"), id="loading")
        yield SearchBar(placeholder="搜索（Enter 确定，Esc 取消）", id="search")
        yield CaptionBar(id="caption")
        yield StatusLine(id="status")

    def on_mount(self) -> None:
        self.query_one("#search", SearchBar).display = False
        self.query_one(CaptionBar).display = False
        if self._preloaded is not None:
            self._show(self._preloaded)
        else:
            self._load()

    @work(thread=True, exclusive=True, group="load")
    def _load(self) -> None:
        """Parse off the UI thread: a 10 MB report takes half a second."""
        try:
            document = load_document(self.path)
        except ReportError as error:
            self.app.call_from_thread(self._failed, str(error))
            return
        self.app.call_from_thread(self._show, document)

    def _failed(self, message: str) -> None:
        self.notify(message, title="无法打开", severity="error", timeout=10)
        self.query_one("#loading", Static).update(Text(message))

    def _show(self, document: Document) -> None:
        self.document = document
        start = self.state.position(self.path) or Position(0, 0)
        view = ReportView(document, start, script=self.script, id="report")
        self.prepare_display(view)  # the first layout already has the saved size and mode
        body = self.query_one("#reader-body", Vertical)
        self.query_one("#loading", Static).remove()
        body.mount(view)
        view.focus()
        self.call_after_refresh(self.apply_display)
        self.call_after_refresh(self._update_status)
        if self.script.warning:
            self.notify(self.script.warning, title=self.script.label, severity="warning")
        self.set_timer(_WARM_UP_DELAY, self._warm_up_converters)

    @work(thread=True, exclusive=True, group="warm-up")
    def _warm_up_converters(self) -> None:
        from accessreader.core.opencc_current import warm_up  # not on the way to first paint

        warm_up()

    # ------------------------------------------------------------ helpers

    @property
    def view(self) -> ReportView:
        return self.query_one("#report", ReportView)

    def _ready(self) -> bool:
        return self.document is not None and bool(self.query("#report"))

    def _go(self, position: Position, *, center: bool = False) -> None:
        """Move the reading point for the user (reading aloud, if on, follows)."""
        self.view.move_to(position, center=center)
        self.after_user_move()

    @on(ReportView.PositionChanged)
    def _position_changed(self, event: ReportView.PositionChanged) -> None:
        self._update_status()
        if not self._reading_all:  # while reading, the speech events drive the caption
            self.update_caption()
        self._unsaved = event.position
        if self._save_timer is None:
            self._save_timer = self.set_timer(_SAVE_DELAY, self._save_position)

    def _save_position(self) -> None:
        """Write the reading point at most once a second, and when the screen goes."""
        self._save_timer = None
        if self._unsaved is None:
            return
        try:
            self.state.set_position(self.path, self._unsaved)
        except OSError as error:
            self.notify(f"阅读位置未能保存：{error}", severity="warning")
        self._unsaved = None

    def on_unmount(self) -> None:
        self._save_position()

    def _update_status(self) -> None:
        if not self._ready() or self.document is None:
            return
        document = self.document
        point = self.view.reading_point
        section = document.section_of(point)
        # What changes comes first, so a narrow terminal cuts the title, not the state.
        parts = [f"{navigation.progress(document, point)}%"]
        if section is not None:
            parts.append(section.text if len(section.text) <= 24 else section.text[:23] + "…")
        if self.matches:
            parts.append(f"搜索 {self.match_index + 1}/{len(self.matches)}")
        parts.append(self.script.label + ("⚠" if self.script.warning else ""))
        parts.append(self.display_status())
        speech = self.speech_status()
        if speech:
            parts.append(speech)
        parts.append(self.view.script_view.title() or self.path.name)
        self.query_one("#status", StatusLine).update(Text(" │ ".join(parts)))

    # ------------------------------------------------------------ actions: movement

    def _move(self, step: str) -> None:
        if not self._ready() or self.document is None:
            return
        mover = getattr(navigation, step)
        self._go(mover(self.document, self.view.reading_point))

    def action_next_sentence(self) -> None:
        self._move("next_sentence")

    def action_previous_sentence(self) -> None:
        self._move("previous_sentence")

    def action_next_paragraph(self) -> None:
        self._move("next_block")

    def action_previous_paragraph(self) -> None:
        self._move("previous_block")

    def action_next_heading(self) -> None:
        self._move("next_heading")

    def action_previous_heading(self) -> None:
        self._move("previous_heading")

    def action_top(self) -> None:
        if self._ready():
            self._go(Position(0, 0))
            self.view.scroll_home(animate=False, immediate=True)

    def action_bottom(self) -> None:
        if self._ready() and self.document is not None:
            self._go(navigation.last_position(self.document))
            self.view.scroll_end(animate=False, immediate=True)

    def _by_lines(self, lines: int) -> None:
        if not self._ready():
            return
        view = self.view
        target = view.line_of_reading_point() + lines * view.line_step
        self._go(view.position_at_line(target, 1 if lines > 0 else -1))

    def action_line_down(self) -> None:
        self._by_lines(1)

    def action_line_up(self) -> None:
        self._by_lines(-1)

    def action_page_down(self) -> None:
        if self._ready():
            self._by_lines(max(self.view.page_height // self.view.line_step - 1, 1))

    def action_page_up(self) -> None:
        if self._ready():
            self._by_lines(-max(self.view.page_height // self.view.line_step - 1, 1))

    def action_section(self, number: int) -> None:
        if not self._ready() or self.document is None:
            return
        target = navigation.section(self.document, number)
        if target is None:
            self.notify(f"没有第{number}部分", severity="warning")
            return
        self._go(target, center=True)

    def action_outline(self) -> None:
        if not self._ready() or self.document is None:
            return

        def jump(block: int | None) -> None:
            if block is not None:
                self._go(Position(block, 0), center=True)

        self.app.push_screen(OutlineDialog(self.document, self.view.reading_point), jump)

    def action_library(self) -> None:
        self.app.action_open_library()  # type: ignore[attr-defined]

    # ------------------------------------------------------------ script

    def action_cycle_script(self) -> None:
        """The portal's 繁体版 link: step through the scripts; the reading point stays."""
        if not self._ready():
            return
        self.script = next_script(self.script)
        self.view.set_script(self.script)
        self.app.update_settings(script=self.script.value)  # type: ignore[attr-defined]
        self._update_status()
        self.say(self.script.label)

    # ------------------------------------------------------------ search

    def action_search(self) -> None:
        search = self.query_one("#search", SearchBar)
        search.display = True
        search.focus()

    @on(Input.Submitted, "#search")
    def _search_submitted(self, event: Input.Submitted) -> None:
        event.input.display = False
        if not self._ready() or self.document is None:
            return
        self.view.focus()
        self.matches = find_all(self.document, event.value)
        self.view.set_matches(self.matches)
        if not self.matches:
            self.match_index = -1
            self.notify(f"找不到“{event.value}”", severity="warning")
            self._update_status()
            return
        point = self.view.reading_point
        first = next((i for i, m in enumerate(self.matches) if m.position >= point), 0)
        self._jump_to_match(first)

    @on(SearchBar.Cancelled)
    def _search_cancelled(self) -> None:
        self.query_one("#search", SearchBar).display = False
        if self._ready():
            self.view.focus()

    def _jump_to_match(self, index: int) -> None:
        self.match_index = index % len(self.matches)
        self._go(self.matches[self.match_index].position, center=True)

    def action_search_next(self) -> None:
        if self.matches and self._ready():
            following = match_after(self.matches, self.view.reading_point)
            self._jump_to_match(following)

    def action_search_previous(self) -> None:
        if self.matches and self._ready():
            self._jump_to_match(match_after(self.matches, self.view.reading_point, backwards=True))

    # ------------------------------------------------------------ bookmarks

    def action_add_bookmark(self) -> None:
        if not self._ready() or self.document is None:
            return
        point = navigation.sentence_start(self.document, self.view.reading_point)
        block = self.document.blocks[point.block]
        label = block.text[point.offset : point.offset + 30]
        marks = [m for m in self.state.bookmarks(self.path) if m.position != point]
        marks.append(Bookmark(point, label))
        try:
            self.state.set_bookmarks(self.path, marks)
        except OSError as error:
            self.notify(f"书签未能保存：{error}", severity="error")
            return
        self.notify(f"已加书签：{label}", title="书签")

    def action_bookmarks(self) -> None:
        if not self._ready():
            return

        def jump(position: Position | None) -> None:
            if position is not None:
                self._go(position, center=True)

        self.app.push_screen(BookmarksDialog(self.state, self.path), jump)
