"""pyttsx3 behind the SpeechEngine seam: SAPI5 on Windows, NSSpeech on macOS.

On Linux the reader drives espeak-ng directly (see ``espeak.py`` for the measured reasons);
this engine is the portable path, and the baseline of the speech benchmark. It renders each
utterance to a temporary WAV with ``save_to_file`` and waits for ``finished-utterance`` *and*
for the file, because ``runAndWait()`` was measured returning before the WAV existed. pyttsx3
gives no word timing in audio time (its ``started-word`` events fire during synthesis), so
utterances carry none and the view highlights whole sentences.
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
import time
import wave
from pathlib import Path
from typing import Any

from accessreader.speech.engine import EngineUnavailable, Synthesis, Voice

_NORMAL_WPM = 200  # pyttsx3's default rate
_FILE_WAIT = 10.0


def _prepare_bundled_espeak() -> None:
    """Let pyttsx3's espeak driver find the espeakng-loader library on Linux: the library
    preloaded and ESPEAK_DATA_PATH set before pyttsx3 is imported."""
    try:
        import ctypes

        import espeakng_loader

        ctypes.CDLL(espeakng_loader.get_library_path(), mode=ctypes.RTLD_GLOBAL)
        os.environ.setdefault("ESPEAK_DATA_PATH", espeakng_loader.get_data_path())
    except (ImportError, OSError):
        pass


class Pyttsx3Engine:
    """pyttsx3 rendering to memory via temporary files. One owner thread."""

    name = "pyttsx3"

    def __init__(self) -> None:
        _prepare_bundled_espeak()
        try:
            import pyttsx3

            self._engine: Any = pyttsx3.init()
        except Exception as error:  # pyttsx3 raises whatever its driver raises
            raise EngineUnavailable(f"pyttsx3 could not start: {error}") from None
        self._finished = False
        self._engine.connect("finished-utterance", self._on_finished)

    def _on_finished(self, name: str, completed: bool) -> None:
        self._finished = True

    def voices(self) -> list[Voice]:
        found = []
        for voice in self._engine.getProperty("voices") or []:
            languages = " ".join(str(lang) for lang in getattr(voice, "languages", []) or [])
            text = f"{voice.id} {voice.name} {languages}".lower()
            # Hakka (hak) is left out: espeak-ng says "Chinese letter" for each character
            reads_chinese = any(tag in text for tag in ("zh", "cmn", "yue", "chinese", "mandarin"))
            if reads_chinese and "hak" not in text and "hakka" not in text:
                found.append(Voice(str(voice.id), str(voice.name)))
        return found

    def synthesize(self, text: str, voice: str, rate: float, volume: float) -> Synthesis:
        if voice:
            self._engine.setProperty("voice", voice)
        self._engine.setProperty("rate", round(_NORMAL_WPM * rate))
        self._engine.setProperty("volume", max(0.0, min(volume, 1.0)))
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "utterance.wav"
            self._finished = False
            # its espeak driver prints "Audio saved to …", which would land on the TUI
            with contextlib.redirect_stdout(io.StringIO()):
                self._engine.save_to_file(text, str(path))
                self._engine.runAndWait()
            deadline = time.monotonic() + _FILE_WAIT
            while not (self._finished and _complete_wav(path)):
                if time.monotonic() > deadline:
                    raise EngineUnavailable("pyttsx3 did not produce audio in time")
                time.sleep(0.01)
            with wave.open(str(path), "rb") as source:
                rate_hz = source.getframerate()
                pcm = source.readframes(source.getnframes())
        return Synthesis(pcm, rate_hz)


def _complete_wav(path: Path) -> bool:
    try:
        with wave.open(str(path), "rb") as source:
            return source.getnframes() > 0
    except (OSError, EOFError, wave.Error):
        return False
