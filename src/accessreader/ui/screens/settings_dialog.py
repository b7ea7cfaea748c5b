"""SettingsDialog: every display and speech preference, changed with the keyboard.

Enter on a line changes that setting (the same action as its key), so the dialog and the
keys cannot disagree."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from accessreader.core.glyphs import level
from accessreader.core.schemes import scheme

if TYPE_CHECKING:
    from accessreader.ui.screens.reader_display import ReaderDisplay

_ITEMS = (
    ("size_up", "字号（放大，到最大后按 < 缩小）"),
    ("size_down", "字号（缩小）"),
    ("cycle_scheme", "配色"),
    ("toggle_reading_line", "阅读线"),
    ("toggle_caption", "大字幕"),
    ("toggle_plain", "纯文本"),
    ("toggle_spacing", "行距"),
    ("cycle_line_width", "行宽"),
    ("cycle_script", "简/繁"),
    ("faster", "语速（加快）"),
    ("slower", "语速（减慢）"),
    ("next_voice", "声音"),
    ("toggle_sound", "声音开关"),
    ("reset", "重置全部设置"),
)


class SettingsDialog(ModalScreen[None]):
    """The reader's settings; Enter changes the highlighted one, Esc closes."""

    BINDINGS = [Binding("escape", "close", "关闭", id="settings_close")]

    def __init__(self, reader: ReaderDisplay) -> None:
        super().__init__()
        self.reader = reader

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Text("设置（Enter 更改，Esc 关闭）"), classes="dialog-title")
            yield OptionList(*self._options(), id="settings")

    def _value(self, action: str) -> str:
        settings = self.reader.settings
        speech = self.reader.speech
        values = {
            "size_up": level(settings.size - 1).label,
            "size_down": level(settings.size - 1).label,
            "cycle_scheme": scheme(settings.scheme).label,
            "toggle_reading_line": "开" if settings.reading_line else "关",
            "toggle_caption": "开" if settings.caption else "关",
            "toggle_plain": "开" if settings.plain else "关",
            "toggle_spacing": f"{settings.line_spacing} 倍",
            "cycle_line_width": str(settings.line_width or "全宽"),
            "cycle_script": self.reader.script.label,
            "faster": f"{speech.settings.rate:g} 倍" if speech else "",
            "slower": f"{speech.settings.rate:g} 倍" if speech else "",
            "next_voice": speech.settings.voice if speech else "",
            "toggle_sound": "开" if self.reader.sound_on else "关",
        }
        return values.get(action, "")

    def _options(self) -> list[Option]:
        return [
            Option(Text(f"{label}：{self._value(action)}".rstrip("："), no_wrap=True), id=action)
            for action, label in _ITEMS
        ]

    def on_mount(self) -> None:
        self.query_one("#settings", OptionList).focus()

    @on(OptionList.OptionSelected, "#settings")
    async def _selected(self, event: OptionList.OptionSelected) -> None:
        action = event.option.id or ""
        await self.reader.run_action(action)
        option_list = self.query_one("#settings", OptionList)
        highlighted = option_list.highlighted
        option_list.clear_options()
        option_list.add_options(self._options())
        option_list.highlighted = highlighted

    def action_close(self) -> None:
        self.dismiss(None)
