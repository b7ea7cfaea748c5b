"""The reader's visual toolbar: 字号, 配色, 阅读线, 大字幕, 纯文本, 行距/行宽, 重置, settings.

Each change is applied at once, spoken when sound is on, and saved to settings.toml."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from accessreader.core.glyphs import MAX_LEVEL, Magnification, level
from accessreader.core.schemes import next_scheme, scheme
from accessreader.core.script_view import Script
from accessreader.ui.screens.reader_speech import ReaderSpeech
from accessreader.ui.widgets.caption_bar import CaptionBar

if TYPE_CHECKING:
    from accessreader.settings import Settings
    from accessreader.ui.widgets.report_view import ReportView


def font_size_sequence(font: str, pixels: int) -> str:
    """xterm's OSC 50: set the font (honoured with ``allowFontOps``); BEL-terminated."""
    return f"\x1b]50;xft:{font}:pixelsize={pixels}\x07"


FONT_STEPS = (1.0, 1.5, 2.0, 3.0)
"""Real font sizes for 字号 1–4 under font control, as factors of the base size."""


class ReaderDisplay(ReaderSpeech):
    """Display actions of the reader screen (a base class of ReaderScreen)."""

    script: Script

    @property
    def settings(self) -> Settings:
        return self.app.settings  # type: ignore[attr-defined,no-any-return]

    def _change(self, spoken: str, **changes: Any) -> None:
        """Save ``changes``, apply them to the view, and say ``spoken``."""
        self.app.update_settings(**changes)  # type: ignore[attr-defined]
        self.apply_display()
        self._update_status()
        self.notify(spoken)
        self.say(spoken)

    def prepare_display(self, view: ReportView) -> None:
        """Give a new view the saved size, mode and spacing before its first layout."""
        settings = self.settings
        view.magnification = self._magnification()
        view.spacing, view.line_width = settings.line_spacing, settings.line_width
        view.reading_line = settings.reading_line
        if settings.plain:
            view.set_plain(True)
        self.query_one(CaptionBar).display = settings.caption  # the view's height is final

    def _magnification(self) -> Magnification:
        settings = self.settings
        return level(0 if settings.font_control == "xterm" else settings.size - 1)

    def apply_display(self) -> None:
        """Make the view match the settings (on open, after a change, after reset)."""
        if not self._ready():
            return
        settings = self.settings
        view = self.view
        font_control = settings.font_control == "xterm"
        magnification = self._magnification()
        if view.plain != settings.plain:
            view.set_plain(settings.plain)
        if view.magnification != magnification:
            view.set_magnification(magnification)
        if view.reading_line != settings.reading_line:
            view.set_reading_line(settings.reading_line)
        view.set_spacing(settings.line_spacing, settings.line_width)
        caption = self.query_one(CaptionBar)
        caption.display = settings.caption
        self.update_caption()
        if font_control:
            step = FONT_STEPS[min(max(settings.size - 1, 0), MAX_LEVEL)]
            pixels = round(settings.font_size * step)
            self.app._driver.write(font_size_sequence(settings.font_name, pixels))  # type: ignore[union-attr]

    def update_caption(self, text: str | None = None, focus: int = 0) -> None:
        """Caption the sentence being read, or else the one at the reading point."""
        caption = self.query_one(CaptionBar)
        if not caption.display or not self._ready():
            return
        if text is None:
            view = self.view
            point = view.reading_point
            block = self.document.blocks[point.block] if self.document else None
            if block is None or not block.sentences:
                caption.show("")
                return
            span = block.sentences[block.sentence_at(point.offset)]
            shown = view.script_view.text(point.block)
            start = view.script_view.to_view(point.block, span.start)
            end = view.script_view.to_view(point.block, span.end)
            text = shown[start:end]
            focus = view.script_view.to_view(point.block, point.offset) - start
        caption.show(text, focus)

    # ------------------------------------------------------------ actions

    def action_size_up(self) -> None:
        size = min(self.settings.size + 1, MAX_LEVEL + 1)
        self._change(f"字号 {size}：{level(size - 1).label}", size=size)

    def action_size_down(self) -> None:
        size = max(self.settings.size - 1, 1)
        self._change(f"字号 {size}：{level(size - 1).label}", size=size)

    def action_cycle_scheme(self) -> None:
        following = next_scheme(scheme(self.settings.scheme).name)
        self._change(f"配色：{following.label}", scheme=following.name)

    def action_toggle_reading_line(self) -> None:
        on = not self.settings.reading_line
        self._change("阅读线：开" if on else "阅读线：关", reading_line=on)

    def action_toggle_caption(self) -> None:
        on = not self.settings.caption
        self._change("大字幕：开" if on else "大字幕：关", caption=on)

    def action_toggle_plain(self) -> None:
        on = not self.settings.plain
        self._change("纯文本：开" if on else "纯文本：关", plain=on)

    def action_toggle_spacing(self) -> None:
        spacing = 1 if self.settings.line_spacing > 1 else 2
        self._change(f"行距：{spacing} 倍", line_spacing=spacing)

    def action_cycle_line_width(self) -> None:
        widths = (0, 40, 60, 80)
        current = self.settings.line_width
        following = widths[(widths.index(current) + 1) % len(widths)] if current in widths else 0
        self._change(f"行宽：{following or '全宽'}", line_width=following)

    def action_reset(self) -> None:
        """重置: every display and speech preference back to its default."""
        defaults = self.settings.display_defaults()
        self.app.replace_settings(defaults)  # type: ignore[attr-defined]
        if self.script is not Script(defaults.script):
            self.script = Script(defaults.script)
            self.view.set_script(self.script)
        self.apply_display()
        self._update_status()
        self.notify("已重置为默认设置")
        self.say("已重置")

    def action_settings(self) -> None:
        from accessreader.ui.screens.settings_dialog import SettingsDialog

        self.app.push_screen(SettingsDialog(self))

    def display_status(self) -> str:
        """The display part of the status line, in words."""
        settings = self.settings
        parts = [f"字号{settings.size}"]
        if settings.plain:
            parts.append("纯文本")
        return " ".join(parts)
