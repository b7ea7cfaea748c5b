"""What the SpeechService reports: events from its thread to whoever listens."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from accessreader.core.utterances import Utterance


@dataclass(frozen=True, slots=True)
class UtteranceStarted:
    utterance: Utterance


@dataclass(frozen=True, slots=True)
class WordStarted:
    utterance: Utterance
    offset: int
    """Character offset of the word in ``utterance.text``."""
    length: int


@dataclass(frozen=True, slots=True)
class Finished:
    """Speaking ended: ``completed`` if everything was said, False if stopped."""

    completed: bool


@dataclass(frozen=True, slots=True)
class Paused:
    utterance: Utterance


@dataclass(frozen=True, slots=True)
class Failed:
    """Speech could not happen; ``message`` is one line for the user (also logged)."""

    message: str


@dataclass(frozen=True, slots=True)
class ExportProgress:
    done: int
    total: int


@dataclass(frozen=True, slots=True)
class Exported:
    path: Path
    seconds: float


SpeechEvent = (
    UtteranceStarted | WordStarted | Finished | Paused | Failed | ExportProgress | Exported
)
