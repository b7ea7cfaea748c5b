"""Choosing the speech engine for this platform."""

from __future__ import annotations

import sys

from accessreader.speech.engine import EngineUnavailable, SpeechEngine


def default_engine() -> SpeechEngine:
    """espeak-ng directly on Linux (fast, word timing in audio time, killable playback);
    pyttsx3 elsewhere (SAPI5, NSSpeech). Raises :class:`EngineUnavailable` with the reason."""
    if sys.platform.startswith("linux"):
        from accessreader.speech.espeak import EspeakEngine

        return EspeakEngine()
    try:
        from accessreader.speech.pyttsx3_engine import Pyttsx3Engine

        return Pyttsx3Engine()
    except EngineUnavailable:
        from accessreader.speech.espeak import EspeakEngine

        return EspeakEngine()
