"""The seam between the reader and a speech synthesiser."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

NORMAL_WPM = 175
"""espeak-ng's normal rate; a rate factor of 1.0 means this many words a minute."""
MIN_RATE = 0.5
MAX_RATE = 4.0


@dataclass(frozen=True, slots=True)
class Voice:
    """A voice users may choose: its engine id and the name shown (and spoken)."""

    id: str
    name: str


@dataclass(frozen=True, slots=True)
class WordTiming:
    """A word the engine said: character offset and length in the text, and when in the
    audio it starts (ms). espeak-ng reports these in audio time, not synthesis time."""

    offset: int
    length: int
    ms: int


@dataclass(frozen=True, slots=True)
class Synthesis:
    """Audio for one utterance: 16-bit little-endian mono PCM at ``sample_rate``."""

    pcm: bytes
    sample_rate: int
    words: tuple[WordTiming, ...] = field(default=())

    @property
    def seconds(self) -> float:
        return len(self.pcm) / 2 / self.sample_rate


class SpeechEngine(Protocol):
    """Turns text into audio. Not thread-safe: one owner thread creates and uses it."""

    name: str

    def voices(self) -> list[Voice]:
        """Voices that can read Chinese text, default first."""
        ...

    def synthesize(self, text: str, voice: str, rate: float, volume: float) -> Synthesis:
        """Audio for ``text``; ``rate`` is a factor of normal speed, ``volume`` of normal."""
        ...


class EngineUnavailable(Exception):
    """No speech engine could be loaded here; ``str()`` says why in one line."""


def clamp_rate(rate: float) -> float:
    """``rate`` kept within what experienced listeners use (0.5× – 4×), to 0.1."""
    return round(min(max(rate, MIN_RATE), MAX_RATE), 1)
