"""AccessReaderApp: the library and the reader, keyboard only, keys remappable."""

from __future__ import annotations

from pathlib import Path

from textual import on
from textual.app import App

from accessreader.core.model import Document
from accessreader.core.script_view import Script
from accessreader.settings import Settings
from accessreader.state import ReadingState
from accessreader.ui.bindings import APP_BINDINGS
from accessreader.ui.screens.dialogs import HelpDialog
from accessreader.ui.screens.library import LibraryScreen
from accessreader.ui.screens.reader import ReaderScreen


class AccessReaderApp(App[None]):
    """The full-screen reader."""

    CSS_PATH = "app.tcss"
    TITLE = "accessreader"
    BINDINGS = APP_BINDINGS

    def __init__(
        self,
        *,
        report: Path | None,
        document: Document | None = None,
        library_folders: list[Path],
        settings: Settings,
        state: ReadingState,
        messages: tuple[str, ...] = (),
        script: Script | None = None,
    ) -> None:
        super().__init__()
        self.report = report
        self.document = document
        self.library_folders = library_folders
        self.settings = settings
        self.state = state
        self.startup_messages = messages
        self.script = script or Script(settings.script)

    def on_mount(self) -> None:
        self.set_keymap(self.settings.keymap)
        for message in self.startup_messages:
            self.notify(message, severity="warning", timeout=10)
        if self.state.problem:
            self.notify(self.state.problem, severity="warning", timeout=10)
        self.push_screen(LibraryScreen(self.library_folders))
        if self.report is not None:
            self.push_screen(ReaderScreen(self.report, self.state, self.document, self.script))

    @on(LibraryScreen.ReportChosen)
    def _open(self, event: LibraryScreen.ReportChosen) -> None:
        self.push_screen(ReaderScreen(event.path, self.state, script=self.script))

    def action_open_library(self) -> None:
        """Back from the reader to the library."""
        if isinstance(self.screen, ReaderScreen):
            self.pop_screen()

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpDialog):
            self.push_screen(HelpDialog(dict(self.settings.keymap)))
