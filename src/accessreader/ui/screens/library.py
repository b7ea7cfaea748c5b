"""LibraryScreen: the bundled and configured reports, newest first."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from accessreader.core.library import LibraryEntry, scan_library
from accessreader.ui.bindings import LIBRARY_BINDINGS

_HINT = "报告库 — 上下键选择，Enter 打开，F1 帮助，q 退出"


def _entry_text(entry: LibraryEntry) -> Text:
    """Two lines: the title, then source and date. Plain Text: titles are never markup."""
    source = entry.source or "来源不详"
    return Text(f"{entry.title}\n    {source} · {entry.published or '日期不详'}")


class LibraryScreen(Screen[None]):
    """Lists reports; Enter opens one in the reader."""

    BINDINGS = LIBRARY_BINDINGS

    class ReportChosen(Message):
        """The user chose a report to read."""

        def __init__(self, path: Path) -> None:
            super().__init__()
            self.path = path

    def __init__(self, folders: list[Path]) -> None:
        super().__init__()
        self.folders = folders
        self.entries: list[LibraryEntry] = []
        self._scanned = False

    def compose(self) -> ComposeResult:
        with Vertical(id="library"):
            yield Static(Text(_HINT), classes="screen-title")
            yield OptionList(id="reports")
            yield Static(Text("正在查找报告…"), id="library-status")

    def on_screen_resume(self) -> None:
        # Scan when first shown, not when mounted under a report opened from the command
        # line: that scan would compete with the report's first paint.
        if not self._scanned:
            self._scanned = True
            self.action_refresh()

    def action_refresh(self) -> None:
        self._scan()

    @work(thread=True, exclusive=True, group="library")
    def _scan(self) -> None:
        entries, problems = scan_library(self.folders)
        self.app.call_from_thread(self._show, entries, [p.message for p in problems])

    def _show(self, entries: list[LibraryEntry], problems: list[str]) -> None:
        self.entries = entries
        option_list = self.query_one("#reports", OptionList)
        option_list.clear_options()
        option_list.add_options(
            Option(_entry_text(entry), id=str(index)) for index, entry in enumerate(entries)
        )
        status = f"共 {len(entries)} 份报告" if entries else "没有找到报告"
        if problems:
            status += f"；{len(problems)} 个文件无法读取"
            for message in problems:
                self.notify(message, severity="warning")
        self.query_one("#library-status", Static).update(Text(status))
        if entries:
            option_list.highlighted = 0
        option_list.focus()

    def action_open(self) -> None:
        option_list = self.query_one("#reports", OptionList)
        if option_list.highlighted is not None and self.entries:
            self.post_message(self.ReportChosen(self.entries[option_list.highlighted].path))

    @on(OptionList.OptionSelected, "#reports")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self.post_message(self.ReportChosen(self.entries[int(event.option.id or 0)].path))
