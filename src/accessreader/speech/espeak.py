"""espeak-ng driven directly through its C library (ctypes), behind the SpeechEngine seam.

Why not through pyttsx3 on Linux (measured, issue 5): pyttsx3's ``say()`` synthesises a
whole utterance before playing, its ``stop()`` blocked for 16 s during a save and froze when
``say()`` ran in another thread, ``runAndWait()`` returned before the WAV existed, and its
word events fire during synthesis rather than playback. Here the library renders into
memory synchronously (a sentence takes milliseconds), word events carry their time in the
audio, and playback is a separate process that can be killed at once.

The library and its data come from the ``espeakng-loader`` wheel (espeak-ng 1.52), so a plain
``pip install`` speaks; a system ``libespeak-ng`` is the fallback.
"""

from __future__ import annotations

import array
import ctypes
import ctypes.util
from typing import Any

from accessreader.speech.engine import (
    NORMAL_WPM,
    EngineUnavailable,
    Synthesis,
    Voice,
    WordTiming,
)

_AUDIO_OUTPUT_SYNCHRONOUS = 2
_CHARS_UTF8 = 1
_POS_CHARACTER = 1
_EVENT_END_OF_LIST = 0
_EVENT_WORD = 1
_RATE, _VOLUME = 1, 2

# Voices that read Chinese text. Hakka (hak) is left out: it says "Chinese letter" for each
# character. Debian's espeak-ng 1.51 reads cmn's pinyin with English rules; 1.52 (the
# wheel) is fixed, and cmn-latn-pinyin works on both.
CHINESE_VOICES = (
    Voice("cmn", "普通话"),
    Voice("yue", "粤语"),
    Voice("cmn-latn-pinyin", "普通话（拼音读拉丁字母）"),
)


class _Event(ctypes.Structure):
    _fields_ = [  # the layout of espeak_EVENT
        ("type", ctypes.c_int),
        ("unique_identifier", ctypes.c_uint),
        ("text_position", ctypes.c_int),
        ("length", ctypes.c_int),
        ("audio_position", ctypes.c_int),
        ("sample", ctypes.c_int),
        ("user_data", ctypes.c_void_p),
        ("id", ctypes.c_char * 8),
    ]


_Callback = ctypes.CFUNCTYPE(
    ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.POINTER(_Event)
)


def _load_library() -> tuple[Any, bytes | None]:
    """The espeak-ng library and its data path: the wheel's, else the system's."""
    try:
        import espeakng_loader

        return ctypes.CDLL(
            espeakng_loader.get_library_path()
        ), espeakng_loader.get_data_path().encode()
    except (ImportError, OSError):
        pass
    found = ctypes.util.find_library("espeak-ng")
    if found is None:
        raise EngineUnavailable("espeak-ng is not available (pip install espeakng-loader)")
    try:
        return ctypes.CDLL(found), None
    except OSError as error:
        raise EngineUnavailable(f"espeak-ng could not be loaded: {error}") from None


class EspeakEngine:
    """espeak-ng in this process, rendering to memory. Create and use it in one thread."""

    name = "espeak-ng"

    def __init__(self) -> None:
        self._lib, data_path = _load_library()
        self._lib.espeak_Initialize.restype = ctypes.c_int
        self.sample_rate = self._lib.espeak_Initialize(_AUDIO_OUTPUT_SYNCHRONOUS, 0, data_path, 0)
        if self.sample_rate <= 0:
            raise EngineUnavailable("espeak-ng failed to initialise (data files missing?)")
        self._samples = array.array("h")
        self._words: list[WordTiming] = []
        self._callback = _Callback(self._on_audio)  # kept alive: the library holds it
        self._lib.espeak_SetSynthCallback(self._callback)
        self._voice = ""

    def _on_audio(self, wav: Any, count: int, events: Any) -> int:
        if count > 0 and wav:
            self._samples.frombytes(ctypes.string_at(wav, count * 2))
        index = 0
        while events[index].type != _EVENT_END_OF_LIST:
            event = events[index]
            if event.type == _EVENT_WORD:
                # text_position counts characters from 1
                self._words.append(
                    WordTiming(event.text_position - 1, max(event.length, 1), event.audio_position)
                )
            index += 1
        return 0

    def voices(self) -> list[Voice]:
        return list(CHINESE_VOICES)

    def synthesize(self, text: str, voice: str, rate: float, volume: float) -> Synthesis:
        if voice != self._voice:
            if self._lib.espeak_SetVoiceByName(voice.encode()) != 0:
                raise EngineUnavailable(f"espeak-ng has no voice {voice!r}")
            self._voice = voice
        self._lib.espeak_SetParameter(_RATE, round(NORMAL_WPM * rate), 0)
        self._lib.espeak_SetParameter(_VOLUME, round(100 * volume), 0)
        self._samples = array.array("h")
        self._words = []
        data = text.encode("utf-8") + b"\0"
        self._lib.espeak_Synth(data, len(data), 0, _POS_CHARACTER, 0, _CHARS_UTF8, None, None)
        return Synthesis(self._samples.tobytes(), self.sample_rate, tuple(self._words))
