"""SpeechService with real parts: espeak-ng, and aplay playing to ALSA's null device."""

from __future__ import annotations

import shutil
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from accessreader.core.model import Document, Position
from accessreader.core.script_view import Script, ScriptView
from accessreader.core.utterances import Utterance, read_all
from accessreader.speech.espeak import EspeakEngine
from accessreader.speech.events import (
    Exported,
    ExportProgress,
    Failed,
    Finished,
    Paused,
    SpeechEvent,
    UtteranceStarted,
    WordStarted,
)
from accessreader.speech.fake import DiscardingPlayer, FakeEngine
from accessreader.speech.player import PlayerProcess
from accessreader.speech.service import SpeechService, SpeechSettings

needs_aplay = pytest.mark.skipif(shutil.which("aplay") is None, reason="aplay (alsa-utils) missing")


class Recorder:
    def __init__(self) -> None:
        self.events: list[tuple[float, SpeechEvent]] = []
        self.changed = threading.Condition()

    def __call__(self, event: SpeechEvent) -> None:
        with self.changed:
            self.events.append((time.monotonic(), event))
            self.changed.notify_all()

    def wait_for(self, kind: type, timeout: float = 5.0) -> tuple[float, SpeechEvent]:
        deadline = time.monotonic() + timeout
        with self.changed:
            while True:
                found = [(t, e) for t, e in self.events if isinstance(e, kind)]
                if found:
                    return found[0]
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"no {kind.__name__}; got {self.events}")
                self.changed.wait(left)


class TimedPlayer(PlayerProcess):
    """The real aplay, noting when the first audio was written."""

    instances: list[TimedPlayer] = []

    def __init__(self, sample_rate: int, settings: SpeechSettings) -> None:
        super().__init__(sample_rate, settings.device, settings.player)
        self.first_write = 0.0
        TimedPlayer.instances.append(self)

    def write(self, pcm: bytes) -> None:
        if not self.first_write:
            self.first_write = time.monotonic()
        super().write(pcm)


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def real_service(recorder: Recorder) -> Iterator[SpeechService]:
    TimedPlayer.instances.clear()
    service = SpeechService(
        EspeakEngine, recorder, SpeechSettings(device="null"), player_factory=TimedPlayer
    )
    yield service
    service.close()


def _alive(pid: int) -> bool:
    return subprocess.run(
        ["ps", "-p", str(pid), "-o", "stat="], capture_output=True, text=True
    ).stdout.strip() not in ("", "Z")


@needs_aplay
def test_first_audio_within_150ms_and_stop_within_100ms(
    real_service: SpeechService, recorder: Recorder, seed_document: Document
) -> None:
    view = ScriptView(seed_document, Script.ORIGINAL)
    real_service.speak([])  # the engine is loaded once per session, not on the key
    time.sleep(0.5)
    pressed = time.monotonic()
    real_service.speak(read_all(view, Position(0, 0)))
    _, event = recorder.wait_for(UtteranceStarted)
    assert isinstance(event, UtteranceStarted) and event.utterance.position == Position(0, 0)
    deadline = time.monotonic() + 2
    while not (TimedPlayer.instances and TimedPlayer.instances[-1].first_write):
        assert time.monotonic() < deadline
        time.sleep(0.002)
    player = TimedPlayer.instances[-1]
    assert player.first_write - pressed < 0.150, player.first_write - pressed
    time.sleep(1.0)  # reading all, paced in real time
    words = [e for _, e in recorder.events if isinstance(e, WordStarted)]
    assert 3 <= len(words) <= 60  # word events come as the words are heard, not all at once
    assert _alive(player.pid)
    stop = time.monotonic()
    real_service.stop()
    while _alive(player.pid):
        assert time.monotonic() - stop < 1.0
        time.sleep(0.001)
    assert time.monotonic() - stop < 0.100
    recorder.wait_for(Finished)


@needs_aplay
def test_pause_and_resume_continue_the_same_utterance(
    real_service: SpeechService, recorder: Recorder, seed_document: Document
) -> None:
    view = ScriptView(seed_document, Script.ORIGINAL)
    real_service.speak(read_all(view, Position(0, 0)))
    recorder.wait_for(UtteranceStarted)
    time.sleep(0.6)
    real_service.pause()
    _, paused = recorder.wait_for(Paused)
    assert isinstance(paused, Paused) and paused.utterance.block == 0
    assert real_service.is_paused
    count = len(recorder.events)
    time.sleep(0.3)
    assert len(recorder.events) == count  # silent while paused
    real_service.resume()
    deadline = time.monotonic() + 3
    while not any(isinstance(e, WordStarted) for _, e in recorder.events[count:]):
        assert time.monotonic() < deadline, "no word after resuming"
        time.sleep(0.02)
    words = [e for _, e in recorder.events[count:] if isinstance(e, WordStarted)]
    assert words and words[0].utterance.block == 0  # the same sentence goes on
    starts = [e for _, e in recorder.events if isinstance(e, UtteranceStarted)]
    assert len(starts) == 1  # not started again from its beginning


def test_missing_player_is_a_message_not_a_hang(
    recorder: Recorder, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no aplay, paplay or pw-cat here
    service = SpeechService(FakeEngine, recorder, SpeechSettings())
    try:
        service.speak(
            [__import__("accessreader.core.utterances").core.utterances.Utterance("测试", -1, 0, 0)]
        )
        _, failed = recorder.wait_for(Failed, timeout=3)
        assert isinstance(failed, Failed)
        assert "没有找到音频播放器" in failed.message and "WAV" in failed.message
        assert not service.is_speaking
    finally:
        service.close()


@needs_aplay
def test_player_that_cannot_open_its_device_is_reported(recorder: Recorder) -> None:
    service = SpeechService(FakeEngine, recorder, SpeechSettings(device="no-such-device"))
    try:
        service.speak([Utterance("测试一下播放失败的情况", -1, 0, 0)])
        _, failed = recorder.wait_for(Failed, timeout=5)
        assert isinstance(failed, Failed)
        assert failed.message.startswith("aplay 播放失败")
        assert "no-such-device" in failed.message or "Unknown PCM" in failed.message
    finally:
        service.close()


def test_export_through_the_service(
    tmp_path: Path, recorder: Recorder, seed_document: Document
) -> None:
    import wave

    service = SpeechService(FakeEngine, recorder, SpeechSettings(), player_factory=DiscardingPlayer)
    try:
        utterances = list(read_all(ScriptView(seed_document, Script.ORIGINAL), Position(0, 0)))
        out = tmp_path / "out.wav"
        service.export(utterances, out)
        _, exported = recorder.wait_for(Exported, timeout=10)
        assert isinstance(exported, Exported) and exported.path == out
        progress = [e for _, e in recorder.events if isinstance(e, ExportProgress)]
        assert progress[-1].done == progress[-1].total == len(utterances)
        with wave.open(str(out)) as wav:
            assert wav.getnframes() / wav.getframerate() == pytest.approx(exported.seconds)
    finally:
        service.close()


def test_resume_during_the_pause_announcement_is_not_lost(recorder: Recorder) -> None:
    engine = FakeEngine()
    service = SpeechService(
        lambda: engine, recorder, SpeechSettings(), player_factory=DiscardingPlayer
    )
    try:
        service.speak([Utterance("第一句话很长很长很长很长很长很长。", 0, 0, 17)])
        recorder.wait_for(UtteranceStarted)
        time.sleep(0.2)
        service.pause()
        recorder.wait_for(Paused)
        service.announce("已暂停")  # 3 characters: 120 ms of (silent) speech
        service.resume()  # pressed again before the announcement ended
        deadline = time.monotonic() + 3
        while service.is_paused or not service.is_speaking:
            assert time.monotonic() < deadline, "the resume was dropped"
            time.sleep(0.01)
    finally:
        service.close()
