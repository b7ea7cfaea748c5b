"""ExportDialog: the report spoken into a WAV file, with a progress bar."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import ProgressBar, Static

from accessreader.core.utterances import Utterance
from accessreader.speech.events import Exported, ExportProgress, Failed
from accessreader.speech.service import SpeechService
from accessreader.ui.messages import SpeechUpdate


class ExportDialog(ModalScreen[Path | None]):
    """Exports through the app's SpeechService (its one engine owner); Esc cancels."""

    BINDINGS = [Binding("escape", "cancel", "取消导出", id="export_cancel")]

    def __init__(self, speech: SpeechService, utterances: list[Utterance], path: Path) -> None:
        super().__init__()
        self.speech = speech
        self.utterances = utterances
        self.path = path
        self.finished = False

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog dialog-small"):
            yield Static(Text(f"导出为 WAV：{self.path}"), classes="dialog-title")
            yield ProgressBar(total=len(self.utterances), show_eta=True, id="export-progress")
            yield Static(Text("正在导出…（Esc 取消）"), id="export-status")

    def on_mount(self) -> None:
        self.speech.export(self.utterances, self.path)

    @on(SpeechUpdate)
    def _progress(self, message: SpeechUpdate) -> None:
        event = message.event
        status = self.query_one("#export-status", Static)
        if isinstance(event, ExportProgress):
            self.query_one("#export-progress", ProgressBar).update(progress=event.done)
        elif isinstance(event, Exported):
            self.finished = True
            minutes = event.seconds / 60
            status.update(Text(f"已导出：{event.path}（{minutes:.1f} 分钟）。按 Esc 关闭"))
            self.notify(f"已导出：{event.path}", title="导出")
        elif isinstance(event, Failed):
            self.finished = True
            status.update(Text(f"导出失败：{event.message}。按 Esc 关闭"))

    def action_cancel(self) -> None:
        if not self.finished:
            self.speech.stop()
        self.dismiss(self.path if self.finished and self.path.exists() else None)
