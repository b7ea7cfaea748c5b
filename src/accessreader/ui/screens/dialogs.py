"""Modal dialogs of the reader: outline (目录), bookmarks, and help."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from accessreader.core.cells import text_width
from accessreader.core.model import Document, Position
from accessreader.core.plaintext import short_heading
from accessreader.state import ReadingState
from accessreader.ui.bindings import ALL_GROUPS, key_table

_CLOSE = Binding("escape", "close", "关闭", id="dialog_close")


def _pad(text: str, width: int) -> str:
    """``text`` padded to ``width`` terminal cells (arrows and CJK are not one char a cell)."""
    return text + " " * (width - text_width(text))


def _indented(level: int, text: str) -> str:
    return "  " * (level - 1) + short_heading(text, 60)


class OutlineDialog(ModalScreen[int | None]):
    """目录: every heading, indented by level; Enter jumps to it (returns its block)."""

    BINDINGS = [_CLOSE]

    def __init__(self, document: Document, point: Position) -> None:
        super().__init__()
        self.document = document
        self.point = point

    def compose(self) -> ComposeResult:
        options = [
            Option(
                Text("  " * (entry.level - 1) + short_heading(entry.text, 60)), id=str(entry.block)
            )
            for entry in self.document.outline
        ]
        with Vertical(classes="dialog"):
            yield Static(Text(f"目录（{len(options)} 个标题）"), classes="dialog-title")
            if options:
                yield OptionList(*options, id="outline")
            else:
                yield Static(Text("这份报告没有标题。"))

    def on_mount(self) -> None:
        if not self.query("#outline"):
            return
        option_list = self.query_one("#outline", OptionList)
        current = self.document.section_of(self.point)
        if current is not None:
            option_list.highlighted = self.document.outline.index(current)
        option_list.focus()

    @on(OptionList.OptionSelected, "#outline")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(int(event.option.id or 0))

    def action_close(self) -> None:
        self.dismiss(None)


class BookmarksDialog(ModalScreen[Position | None]):
    """Bookmarks of the report: Enter jumps, Delete removes."""

    BINDINGS = [_CLOSE, Binding("delete,d", "delete", "删除书签", id="bookmark_delete")]

    def __init__(self, state: ReadingState, report: Path) -> None:
        super().__init__()
        self.state = state
        self.report = report

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Text("书签（Enter 跳转，Delete 删除，Esc 关闭）"), classes="dialog-title")
            yield OptionList(id="bookmarks")
            yield Static(Text("还没有书签：阅读时按 m 添加。"), id="no-bookmarks")

    def on_mount(self) -> None:
        self._fill()

    def _fill(self) -> None:
        marks = self.state.bookmarks(self.report)
        option_list = self.query_one("#bookmarks", OptionList)
        option_list.clear_options()
        option_list.add_options(
            Option(Text(f"{n}. {mark.label}"), id=str(n - 1)) for n, mark in enumerate(marks, 1)
        )
        option_list.display = bool(marks)
        self.query_one("#no-bookmarks", Static).display = not marks
        if marks:
            option_list.highlighted = 0
            option_list.focus()

    @on(OptionList.OptionSelected, "#bookmarks")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        marks = self.state.bookmarks(self.report)
        self.dismiss(marks[int(event.option.id or 0)].position)

    def action_delete(self) -> None:
        option_list = self.query_one("#bookmarks", OptionList)
        index = option_list.highlighted
        marks = self.state.bookmarks(self.report)
        if index is None or not 0 <= index < len(marks):
            return
        del marks[index]
        self.state.set_bookmarks(self.report, marks)
        self._fill()

    def action_close(self) -> None:
        self.dismiss(None)


class HelpDialog(ModalScreen[None]):
    """Every key, generated from the bindings and the user's keymap."""

    BINDINGS = [_CLOSE]

    def __init__(self, keymap: dict[str, str]) -> None:
        super().__init__()
        self.keymap = keymap

    def compose(self) -> ComposeResult:
        rows = key_table(ALL_GROUPS, self.keymap)
        width = max(text_width(keys) for _, keys, _, _ in rows)
        options = [
            Option(Text(f"{group}  {_pad(keys, width)}  {description}"), id=binding_id)
            for group, keys, description, binding_id in rows
        ]
        with Vertical(classes="dialog"):
            yield Static(Text("帮助：按键一览（Esc 关闭）"), classes="dialog-title")
            yield OptionList(*options, id="help")

    def on_mount(self) -> None:
        self.query_one("#help", OptionList).focus()

    def spoken_text(self) -> str:
        """The help screen as one utterance: each key and what it does."""
        rows = key_table(ALL_GROUPS, self.keymap)
        return "帮助。" + "。".join(f"{keys}：{description}" for _, keys, description, _ in rows)

    def action_close(self) -> None:
        self.dismiss(None)
