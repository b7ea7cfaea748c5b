"""Writing utterances to a WAV file, for `accessreader speak` and the reader's export."""

from __future__ import annotations

import wave
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from accessreader.core.utterances import Utterance
from accessreader.speech.engine import SpeechEngine

if TYPE_CHECKING:
    from accessreader.speech.service import SpeechSettings

_PROGRESS_EVERY = 10


def export_wav(
    engine: SpeechEngine,
    utterances: Sequence[Utterance],
    path: Path,
    settings: SpeechSettings,
    on_progress: Callable[[int], None] | None = None,
) -> float:
    """Synthesise ``utterances`` into a mono 16-bit WAV at ``path``; returns its seconds.

    ``on_progress(done)`` is called every few utterances and at the end; it may raise to
    cancel, and then the half-written file is the caller's to remove.
    """
    seconds = 0.0
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(22050)
        for done, utterance in enumerate(utterances, 1):
            synthesis = engine.synthesize(
                utterance.text, settings.voice, settings.rate, settings.volume
            )
            if done == 1:
                out.setframerate(synthesis.sample_rate)
            out.writeframes(synthesis.pcm)
            seconds += synthesis.seconds
            if on_progress and (done % _PROGRESS_EVERY == 0 or done == len(utterances)):
                on_progress(done)
    return seconds
