"""SpeechService: one owner thread for the engine and the player; commands in, events out.

The UI never waits on speech. It sends commands (speak these utterances, stop, pause,
resume, announce, export) and receives events (utterance started, word started, finished,
failed) through a callback it forwards to its own thread. Audio is written to the player
paced to the clock, a fraction of a second ahead, so a word event fires when its word is
heard and stop — which kills the player process from the calling thread — silences at once.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Protocol

from accessreader.core.utterances import Utterance
from accessreader.speech.engine import EngineUnavailable, SpeechEngine, Synthesis, clamp_rate
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
from accessreader.speech.export import export_wav
from accessreader.speech.player import PlayerError, PlayerProcess

log = logging.getLogger("accessreader.speech")

_LEAD_SECONDS = 0.15
"""How far ahead of the clock audio is written: small, so stop leaves little buffered."""
_CHUNK_SECONDS = 0.05
_TICK = 0.01


@dataclass(frozen=True, slots=True)
class SpeechSettings:
    """Voice, speed and output; a factor of 1.0 is espeak-ng's normal rate and volume."""

    voice: str = "cmn"
    rate: float = 1.0
    volume: float = 1.0
    device: str = ""
    """Player device (``aplay -D``); empty for the default, ``null`` to play silently."""
    player: str = ""
    """Preferred player program (aplay, paplay, pw-cat); empty: the first one found."""


class Player(Protocol):
    """What the service needs of a player (a PlayerProcess, or a fake in tests)."""

    def write(self, pcm: bytes) -> None: ...
    def check(self) -> None: ...
    def kill(self) -> None: ...
    def finish(self) -> None: ...


PlayerFactory = Callable[[int, SpeechSettings], Player]


def _real_player(sample_rate: int, settings: SpeechSettings) -> Player:
    return PlayerProcess(sample_rate, settings.device, settings.player)


# ---------------------------------------------------------------- commands


@dataclass(slots=True)
class _Speak:
    utterances: Iterator[Utterance]
    keep_paused: bool = False
    generation: int = 0


@dataclass(slots=True)
class _Export:
    utterances: list[Utterance]
    path: Path


@dataclass(slots=True)
class _Stop:
    generation: int = 0


class _Pause:
    pass


@dataclass(slots=True)
class _Resume:
    generation: int = 0


class _Close:
    pass


_Command = _Speak | _Export | _Stop | _Pause | _Resume | _Close


@dataclass(slots=True)
class _Session:
    """A read in progress: what is left to say, and where in the current utterance we are."""

    utterances: Iterator[Utterance]
    current: Utterance | None = None
    synthesis: Synthesis | None = None
    offset: int = 0
    """Bytes of the current utterance's audio already played."""


class _Interrupted(Exception):
    def __init__(self, command: _Command) -> None:
        super().__init__()
        self.command = command


class SpeechService:
    """Owns a speech engine and a player in one thread; see the module docstring."""

    def __init__(
        self,
        engine_factory: Callable[[], SpeechEngine],
        on_event: Callable[[SpeechEvent], None],
        settings: SpeechSettings | None = None,
        player_factory: PlayerFactory = _real_player,
    ) -> None:
        self.settings = settings or SpeechSettings()
        self._engine_factory = engine_factory
        self._on_event = on_event
        self._player_factory = player_factory
        self._commands: queue.Queue[_Command] = queue.Queue()
        self._lock = threading.Lock()
        self._player: Player | None = None
        self._engine: SpeechEngine | None = None
        self._engine_error = ""
        self._paused: _Session | None = None
        self._speaking = False
        self.requested = 0
        """The latest request (speak, announce, stop, resume) by number."""
        self.playing = 0
        """The request the owner thread is carrying out. An event emitted while ``playing``
        is older than ``requested`` is stale: the UI drops it, so the reading point cannot
        jump back to where reading was before the user moved."""
        self._thread = threading.Thread(target=self._run, name="speech", daemon=True)
        self._thread.start()

    # ------------------------------------------------------------ commands (any thread)

    def speak(self, utterances: Iterable[Utterance]) -> None:
        """Stop whatever is being said and say these, in order."""
        self._silence()
        self._commands.put(_Speak(iter(utterances), generation=self._next_generation()))

    def announce(self, text: str) -> None:
        """Say a state change ("繁體", "已暂停"); a paused reading stays resumable."""
        self._silence()
        announcement = iter([Utterance(text, -1, 0, 0)])
        self._commands.put(
            _Speak(announcement, keep_paused=True, generation=self._next_generation())
        )

    def stop(self) -> None:
        """Silence now and forget the current reading."""
        self._silence()
        self._commands.put(_Stop(self._next_generation()))

    def _next_generation(self) -> int:
        """A new request: events of earlier ones are stale from now on (see ``playing``)."""
        with self._lock:
            self.requested += 1
            return self.requested

    def pause(self) -> None:
        """Silence now; :meth:`resume` continues from the word that was being said."""
        self._commands.put(_Pause())

    def resume(self) -> None:
        self._commands.put(_Resume(self._next_generation()))

    def export(self, utterances: list[Utterance], path: Path) -> None:
        """Write these utterances to a WAV file, reporting progress."""
        self._silence()
        self._commands.put(_Export(utterances, path))

    def update(self, **changes: object) -> SpeechSettings:
        """Change voice, rate or volume; the next utterance uses them."""
        settings = replace(self.settings, **changes)  # type: ignore[arg-type]
        self.settings = replace(settings, rate=clamp_rate(settings.rate))
        return self.settings

    @property
    def is_speaking(self) -> bool:
        return self._speaking

    @property
    def is_paused(self) -> bool:
        return self._paused is not None

    def close(self) -> None:
        """Stop and end the owner thread."""
        self._silence()
        self._commands.put(_Close())
        self._thread.join(timeout=2)

    def _silence(self) -> None:
        """Kill the player from the calling thread: this is what makes stop immediate."""
        with self._lock:
            player, self._player = self._player, None
        if player is not None:
            player.kill()

    # ------------------------------------------------------------ owner thread

    def _emit(self, event: SpeechEvent) -> None:
        if isinstance(event, Failed):
            log.error("speech failed: %s", event.message)
        try:
            self._on_event(event)
        except Exception:  # the UI went away; speech must not die with it
            log.exception("speech event handler failed")

    def _engine_or_none(self) -> SpeechEngine | None:
        if self._engine is None and not self._engine_error:
            try:
                self._engine = self._engine_factory()
            except EngineUnavailable as error:
                self._engine_error = str(error)
        if self._engine is None:
            self._emit(Failed(self._engine_error))
        return self._engine

    def _run(self) -> None:
        pending: _Command | None = None
        while True:
            command = pending or self._commands.get()
            pending = None
            if isinstance(command, _Close):
                self._silence()
                return
            try:
                pending = self._handle(command)
            except Exception as error:  # a bug must not kill speech for the session
                log.exception("speech command failed")
                self._speaking = False
                self._emit(Failed(f"朗读出错：{error}"))

    def _handle(self, command: _Command) -> _Command | None:
        """Carry out one command; returns a command that interrupted it, if any."""
        if isinstance(command, _Speak | _Stop | _Resume):
            self.playing = command.generation
        if isinstance(command, _Stop):
            had_session = self._paused is not None
            self._paused = None
            if had_session:
                self._emit(Finished(completed=False))
            return None
        if isinstance(command, _Pause):
            return None  # nothing is playing: nothing to pause
        if isinstance(command, _Resume):
            session, self._paused = self._paused, None
            return self._play_session(session) if session else None
        if isinstance(command, _Export):
            return self._export(command)
        if isinstance(command, _Close):
            return command
        if not command.keep_paused:
            self._paused = None
        return self._play_session(_Session(command.utterances), announcement=command.keep_paused)

    def _play_session(self, session: _Session, *, announcement: bool = False) -> _Command | None:
        engine = self._engine_or_none()
        if engine is None:
            return None
        self._speaking = True
        try:
            while True:
                if session.synthesis is None:
                    utterance = next(session.utterances, None)
                    if utterance is None:
                        break
                    settings = self.settings
                    session.current = utterance
                    session.synthesis = engine.synthesize(
                        utterance.text, settings.voice, settings.rate, settings.volume
                    )
                    session.offset = 0
                assert session.current is not None
                if session.offset == 0:
                    self._emit(UtteranceStarted(session.current))
                self._play(session)
                session.synthesis = None
            self._finish_player()
            if not announcement:
                self._emit(Finished(completed=True))
        except _Interrupted as interrupted:
            if isinstance(interrupted.command, _Pause):
                self._paused = session
                assert session.current is not None
                self._emit(Paused(session.current))
                return None
            if not announcement and not isinstance(interrupted.command, _Speak):
                self._emit(Finished(completed=False))
            return interrupted.command
        except PlayerError as error:
            self._silence()
            self._emit(Failed(str(error)))
        finally:
            self._speaking = False
        return None

    def _play(self, session: _Session) -> None:
        """Write one utterance's audio paced to the clock, firing word events on time."""
        synthesis = session.synthesis
        assert synthesis is not None and session.current is not None
        bytes_per_second = synthesis.sample_rate * 2
        chunk = int(bytes_per_second * _CHUNK_SECONDS) & ~1
        player = self._player_for(synthesis.sample_rate)
        begun = time.monotonic() - session.offset / bytes_per_second
        words = [w for w in synthesis.words if w.ms >= session.offset * 1000 / bytes_per_second]
        pcm = synthesis.pcm
        written = session.offset
        while True:
            self._check_commands()
            now = time.monotonic()
            heard_ms = (now - begun) * 1000
            while words and words[0].ms <= heard_ms:
                word = words.pop(0)
                self._emit(WordStarted(session.current, word.offset, word.length))
            session.offset = min(int((now - begun) * bytes_per_second) & ~1, len(pcm))
            try:
                if (
                    written < len(pcm)
                    and written / bytes_per_second - (now - begun) < _LEAD_SECONDS
                ):
                    player.write(pcm[written : written + chunk])
                    written += chunk
                    continue
                if written >= len(pcm) and heard_ms >= len(pcm) / bytes_per_second * 1000:
                    return
                player.check()
            except PlayerError:
                if self._player is player:
                    raise  # the player failed by itself
                # Another thread killed it to stop or pause: its command is on the way.
                raise _Interrupted(self._commands.get(timeout=2)) from None
            time.sleep(_TICK)

    def _check_commands(self) -> None:
        try:
            command = self._commands.get_nowait()
        except queue.Empty:
            return
        # Every command interrupts what is playing, and none is dropped: a resume pressed
        # while "已暂停" is still being said must still resume.
        self._silence()
        raise _Interrupted(command)

    def _player_for(self, sample_rate: int) -> Player:
        with self._lock:
            if self._player is None:
                self._player = self._player_factory(sample_rate, self.settings)
            return self._player

    def _finish_player(self) -> None:
        with self._lock:
            player, self._player = self._player, None
        if player is not None:
            player.finish()

    def _export(self, command: _Export) -> _Command | None:
        engine = self._engine_or_none()
        if engine is None:
            return None
        total = len(command.utterances)

        def progress(done: int) -> None:
            self._emit(ExportProgress(done, total))
            self._check_commands()

        try:
            seconds = export_wav(engine, command.utterances, command.path, self.settings, progress)
        except _Interrupted as interrupted:
            command.path.unlink(missing_ok=True)
            self._emit(Failed("导出已取消"))
            return interrupted.command
        except OSError as error:
            self._emit(Failed(f"{command.path}: 无法写入（{error.strerror}）"))
            return None
        self._emit(Exported(command.path, seconds))
        return None
