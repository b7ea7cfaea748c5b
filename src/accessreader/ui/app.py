"""AccessReaderApp: the library and the reader, keyboard only, keys remappable."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from textual import on
from textual.app import App
from textual.screen import Screen

from accessreader.core.model import Document
from accessreader.core.schemes import SCHEMES, scheme
from accessreader.core.script_view import Script
from accessreader.settings import Settings, save_settings
from accessreader.speech.engine import SpeechEngine, Voice, clamp_rate
from accessreader.speech.espeak import CHINESE_VOICES
from accessreader.speech.events import Exported, ExportProgress, SpeechEvent
from accessreader.speech.select import default_engine
from accessreader.speech.service import PlayerFactory, SpeechService, SpeechSettings
from accessreader.state import ReadingState
from accessreader.ui.bindings import APP_BINDINGS
from accessreader.ui.messages import SpeechUpdate
from accessreader.ui.scheme_css import SCHEME_CSS, scheme_variables
from accessreader.ui.screens.dialogs import HelpDialog
from accessreader.ui.screens.export import ExportDialog
from accessreader.ui.screens.library import LibraryScreen
from accessreader.ui.screens.reader import ReaderScreen


class AccessReaderApp(App[None]):
    """The full-screen reader."""

    CSS_PATH = "app.tcss"
    CSS = SCHEME_CSS
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
        engine_factory: Callable[[], SpeechEngine] | None = None,
        player_factory: PlayerFactory | None = None,
        settings_path: Path | None = None,
    ) -> None:
        super().__init__()
        self.settings_path = settings_path
        self.sound_on = settings.speech
        self.voices: list[Voice] = list(CHINESE_VOICES)
        speech_settings = SpeechSettings(
            voice=settings.voice,
            rate=clamp_rate(settings.rate),
            volume=settings.volume,
            device=settings.audio_device,
            player=settings.audio_player,
        )
        self.speech = SpeechService(
            engine_factory or default_engine,
            self._forward_speech_event,
            speech_settings,
            **({"player_factory": player_factory} if player_factory else {}),
        )
        self.report = report
        self.document = document
        self.library_folders = library_folders
        self.settings = settings
        self.state = state
        self.startup_messages = messages
        self.script = script or Script(settings.script)

    def on_mount(self) -> None:
        self.set_keymap(self.settings.keymap)
        self._apply_scheme()
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

    def update_settings(self, **changes: object) -> None:
        """Change preferences and save them. Speech changes made with keys live in the
        speech service and the sound switch; they are folded in first, so they are saved too."""
        speech = self.speech.settings
        current = replace(
            self.settings,
            rate=speech.rate,
            voice=speech.voice,
            volume=speech.volume,
            speech=self.sound_on,
        )
        self.replace_settings(replace(current, **changes))  # type: ignore[arg-type]

    def replace_settings(self, settings: Settings) -> None:
        """Make ``settings`` current: speech and sound follow, the scheme is applied, and
        the file is written (atomically; a failure is a notice, not a crash)."""
        self.settings = settings
        self.speech.update(rate=settings.rate, voice=settings.voice, volume=settings.volume)
        self.sound_on = settings.speech
        self._apply_scheme()
        if self.settings_path is not None:
            try:
                save_settings(self.settings_path, settings)
            except OSError as error:
                self.notify(f"设置未能保存：{error}", severity="warning")

    def get_css_variables(self) -> dict[str, str]:
        """Textual's variables plus the current scheme's colours (``$ar-body-fg`` …)."""
        variables = super().get_css_variables()
        settings = getattr(self, "settings", None)  # called once before __init__ is done
        variables.update(scheme_variables(scheme(settings.scheme if settings else "default")))
        return variables

    def _apply_scheme(self) -> None:
        current = scheme(self.settings.scheme).name
        changed = not self.has_class(f"scheme-{current}")
        for item in SCHEMES:
            self.set_class(item.name == current, f"scheme-{item.name}")
        if changed and self.is_running:
            self.refresh_css(animate=False)

    def action_open_library(self) -> None:
        """Back from the reader to the library."""
        if isinstance(self.screen, ReaderScreen):
            self.pop_screen()

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpDialog):
            help_dialog = HelpDialog(dict(self.settings.keymap))
            self.push_screen(help_dialog)
            if self.sound_on:  # the help screen is spoken: the user may not see it
                self.speech.announce(help_dialog.spoken_text())

    def _forward_speech_event(self, event: SpeechEvent) -> None:
        """Called in the speech thread; post_message is thread-safe."""
        self.post_message(SpeechUpdate(event, self.speech.playing))

    @on(SpeechUpdate)
    def _route_speech(self, message: SpeechUpdate) -> None:
        """Speech events go to the export dialog or the reader, wherever they are in the
        screen stack (a dialog may be over the reader)."""
        stack = self.screen_stack
        if not stack:
            return  # the app is closing
        wanted: type[Screen[Any]] = ReaderScreen
        if isinstance(message.event, ExportProgress | Exported) or isinstance(
            stack[-1], ExportDialog
        ):
            wanted = ExportDialog
        targets = [screen for screen in stack if isinstance(screen, wanted)]
        if targets:
            targets[-1].post_message(SpeechUpdate(message.event, message.generation))

    def on_unmount(self) -> None:
        self.speech.close()
