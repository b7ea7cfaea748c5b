"""A fake speech engine: silent audio with plausible timing, for fast tests of the UI."""

from __future__ import annotations

from accessreader.speech.engine import Synthesis, Voice, WordTiming

_MS_PER_CHAR = 40


class FakeEngine:
    """Every character is a word of 40 ms (at rate 1.0) of silence."""

    name = "fake"
    sample_rate = 8000

    def __init__(self) -> None:
        self.spoken: list[str] = []

    def voices(self) -> list[Voice]:
        return [Voice("cmn", "普通话"), Voice("yue", "粤语")]

    def synthesize(self, text: str, voice: str, rate: float, volume: float) -> Synthesis:
        self.spoken.append(text)
        per_char = max(int(_MS_PER_CHAR / rate), 1)
        samples = len(text) * per_char * self.sample_rate // 1000
        words = tuple(WordTiming(i, 1, i * per_char) for i in range(len(text)))
        return Synthesis(b"\0\0" * samples, self.sample_rate, words)


class DiscardingPlayer:
    """A player that plays nothing, for tests without audio."""

    def __init__(self, sample_rate: int = 0, settings: object = None) -> None:
        self.written = 0
        self.killed = False

    def write(self, pcm: bytes) -> None:
        self.written += len(pcm)

    def check(self) -> None:
        return None

    def kill(self) -> None:
        self.killed = True

    def finish(self) -> None:
        return None
