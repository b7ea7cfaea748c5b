"""The reader's speech: 连读, 指读, pause, rate, volume, voice, sound on/off, export, and the
self-voicing of state changes. A base class of ReaderScreen; all speaking goes through the
app's SpeechService, so nothing here waits on audio."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import chain
from typing import TYPE_CHECKING

from textual import on
from textual.screen import Screen

from accessreader.core.utterances import (
    Utterance,
    original_offset,
    paragraph_utterances,
    read_all,
    sentence_utterance,
    whole_report,
)
from accessreader.paths import data_dir
from accessreader.speech.engine import MAX_RATE, MIN_RATE
from accessreader.speech.events import (
    Exported,
    ExportProgress,
    Failed,
    Finished,
    Paused,
    UtteranceStarted,
    WordStarted,
)
from accessreader.speech.service import SpeechService
from accessreader.ui.messages import SpeechUpdate
from accessreader.ui.screens.export import ExportDialog

if TYPE_CHECKING:
    from pathlib import Path

    from accessreader.core.model import Document
    from accessreader.ui.widgets.report_view import ReportView

_VOLUME_STEP = 0.1
_RATE_STEP = 0.1


class ReaderSpeech(Screen[None]):
    """Speech actions and speech events of the reader screen (its base class)."""

    _reading_all = False
    path: Path
    document: Document | None

    @property
    def view(self) -> ReportView:
        raise NotImplementedError

    def _ready(self) -> bool:
        raise NotImplementedError

    def _update_status(self) -> None:
        raise NotImplementedError

    def update_caption(self, text: str | None = None, focus: int = 0) -> None:
        raise NotImplementedError

    # ------------------------------------------------------------ plumbing

    @property
    def speech(self) -> SpeechService | None:
        return getattr(self.app, "speech", None)

    @property
    def sound_on(self) -> bool:
        return bool(getattr(self.app, "sound_on", False))

    def say(self, text: str) -> None:
        """Speak a state change when sound is on; the status and notices show it anyway.

        If a reading was going on, it goes on from the current sentence afterwards."""
        if self.speech is None or not self.sound_on:
            return
        if self._reading_all and self._ready():
            following = read_all(self.view.script_view, self.view.reading_point)
            self._speak(chain([Utterance(text, -1, 0, 0)], following))
        else:
            self.speech.announce(text)

    def _speak(self, utterances: Iterable[Utterance]) -> None:
        if self.speech is None:
            return
        if not self.sound_on:
            self.notify("声音已关闭：按 a 打开", severity="warning")
            return
        self.speech.speak(utterances)

    def after_user_move(self) -> None:
        """Moving while reading all: reading goes on from the new place."""
        if self._reading_all and self._ready():
            self._speak(read_all(self.view.script_view, self.view.reading_point))

    # ------------------------------------------------------------ actions

    def action_read_all(self) -> None:
        """连读: from the reading point to the end, the view following."""
        if not self._ready():
            return
        self._reading_all = self.sound_on
        self._speak(read_all(self.view.script_view, self.view.reading_point))

    def action_read_sentence(self) -> None:
        """指读: the sentence at the reading point."""
        if not self._ready():
            return
        self._reading_all = False
        utterance = sentence_utterance(self.view.script_view, self.view.reading_point)
        self._speak([utterance] if utterance else [])

    def action_read_paragraph(self) -> None:
        """指读: the whole paragraph at the reading point."""
        if not self._ready():
            return
        self._reading_all = False
        self._speak(paragraph_utterances(self.view.script_view, self.view.reading_point))

    def action_pause_resume(self) -> None:
        speech = self.speech
        if speech is None:
            return
        if speech.is_paused:
            speech.resume()
            self.notify("继续朗读")
        elif speech.is_speaking:
            speech.pause()
        else:
            self.action_read_all()

    def action_stop_speech(self) -> None:
        if self.speech is None:
            return
        self._reading_all = False
        self.speech.stop()
        if self._ready():
            self.view.show_speech(None)
        self._update_status()

    def _set_rate(self, rate: float) -> None:
        if self.speech is None:
            return
        settings = self.speech.update(rate=min(max(rate, MIN_RATE), MAX_RATE))
        self.app.update_settings()  # type: ignore[attr-defined]
        self._update_status()
        self.say(f"语速 {settings.rate:g} 倍")

    def action_faster(self) -> None:
        if self.speech is not None:
            self._set_rate(self.speech.settings.rate + _RATE_STEP)

    def action_slower(self) -> None:
        if self.speech is not None:
            self._set_rate(self.speech.settings.rate - _RATE_STEP)

    def _set_volume(self, volume: float) -> None:
        if self.speech is None:
            return
        settings = self.speech.update(volume=round(min(max(volume, 0.1), 2.0), 1))
        self.app.update_settings()  # type: ignore[attr-defined]
        self._update_status()
        self.say(f"音量 {round(settings.volume * 100)}%")

    def action_louder(self) -> None:
        if self.speech is not None:
            self._set_volume(self.speech.settings.volume + _VOLUME_STEP)

    def action_softer(self) -> None:
        if self.speech is not None:
            self._set_volume(self.speech.settings.volume - _VOLUME_STEP)

    def action_next_voice(self) -> None:
        voices = getattr(self.app, "voices", [])
        if self.speech is None or not voices:
            return
        ids = [voice.id for voice in voices]
        current = self.speech.settings.voice
        following = voices[(ids.index(current) + 1) % len(voices)] if current in ids else voices[0]
        self.speech.update(voice=following.id)
        self.app.update_settings()  # type: ignore[attr-defined]
        self._update_status()
        self.notify(f"声音：{following.name}")
        self.say(following.name)

    def action_toggle_sound(self) -> None:
        """声音开关: off silences reading and the spoken UI at once."""
        app = self.app
        if self.sound_on:
            self.action_stop_speech()
            app.sound_on = False  # type: ignore[attr-defined]
            self.notify("声音已关闭")
        else:
            app.sound_on = True  # type: ignore[attr-defined]
            self.notify("声音已打开")
            self.say("声音已打开")
        self.app.update_settings()  # type: ignore[attr-defined]
        self._update_status()

    def action_export_audio(self) -> None:
        """Export the whole report, as shown, to a WAV file with a progress bar."""
        if self.speech is None or not self._ready() or self.document is None:
            return
        self._reading_all = False
        view = self.view.script_view
        utterances = list(whole_report(view))
        folder = data_dir() / "exports"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{self.path.stem}.{view.script.value}.wav"
        self.app.push_screen(ExportDialog(self.speech, utterances, path))

    # ------------------------------------------------------------ events

    def speech_status(self) -> str:
        """The speech part of the status line, in words."""
        speech = self.speech
        if speech is None:
            return ""
        if not self.sound_on:
            return "声音关"
        state = "暂停" if speech.is_paused else ("朗读中" if self._reading_all else "")
        rate = f"{speech.settings.rate:g}×"
        return " ".join(part for part in (state, rate) if part)

    @on(SpeechUpdate)
    def _speech_update(self, message: SpeechUpdate) -> None:
        event = message.event
        if isinstance(event, ExportProgress | Exported):
            return  # the export dialog shows these
        if not self._ready():
            return
        speech = self.speech
        stale = speech is not None and message.generation < speech.requested
        if stale and not isinstance(event, Failed):
            return  # from a reading the user has already moved on from
        view = self.view
        if isinstance(event, UtteranceStarted):
            utterance = event.utterance
            if utterance.block >= 0 and not utterance.is_announcement:
                view.show_speech((utterance.block, utterance.start, utterance.end))
                view.move_to(utterance.position)
                self.update_caption(utterance.text, 0)
        elif isinstance(event, WordStarted):
            utterance = event.utterance
            if utterance.block >= 0 and not utterance.is_announcement:
                start = original_offset(view.script_view, utterance, event.offset)
                end = original_offset(view.script_view, utterance, event.offset + event.length)
                self.update_caption(utterance.text, event.offset)
                if end.offset > start.offset:
                    view.show_speech(
                        (utterance.block, utterance.start, utterance.end),
                        (utterance.block, start.offset, end.offset),
                    )
        elif isinstance(event, Paused):
            if self.speech is not None and self.sound_on:
                self.speech.announce("已暂停")  # the reading stays paused, resumable
        elif isinstance(event, Finished):
            view.show_speech(None)
            if event.completed and self._reading_all:
                self._reading_all = False
                self.notify("已读到结尾")
        elif isinstance(event, Failed):
            self._reading_all = False
            view.show_speech(None)
            self.notify(event.message, title="朗读", severity="error", timeout=10)
        self._update_status()
