"""Speech: key → first audio, stop latency and export time, beside pyttsx3 (issue 5).

Ours: the SpeechService with espeak-ng and aplay on ALSA's null device, as the reader uses
them. First audio is from ``speak()`` to the first PCM written to the running player; stop is
from ``stop()`` to the player process being gone. The baseline is pyttsx3 2.99 with the same
espeak-ng library: ``say()`` until it starts its player (it synthesises the whole utterance
first), ``stop()`` during a ``say()``, and ``save_to_file()`` of the whole seed until the WAV
is complete. pyttsx3 runs in a subprocess with a time limit, because its stop can freeze.

    python -m benchmarks.speech
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

from accessreader.core.loader import load_document
from accessreader.core.model import Position
from accessreader.core.script_view import Script, ScriptView
from accessreader.core.utterances import read_all, whole_report
from accessreader.speech.espeak import EspeakEngine
from accessreader.speech.export import export_wav
from accessreader.speech.player import PlayerProcess
from accessreader.speech.service import SpeechService, SpeechSettings
from benchmarks.parse import SEED

RUNS = 5


class _TimedPlayer(PlayerProcess):
    last: _TimedPlayer | None = None

    def __init__(self, sample_rate: int, settings: SpeechSettings) -> None:
        super().__init__(sample_rate, settings.device, settings.player)
        self.first_write = 0.0
        _TimedPlayer.last = self

    def write(self, pcm: bytes) -> None:
        if not self.first_write:
            self.first_write = time.monotonic()
        super().write(pcm)


def _alive(pid: int) -> bool:
    state = subprocess.run(
        ["ps", "-p", str(pid), "-o", "stat="], capture_output=True, text=True
    ).stdout.strip()
    return state not in ("", "Z")


def ours() -> dict[str, float]:
    document = load_document(SEED)
    view = ScriptView(document, Script.ORIGINAL)
    service = SpeechService(
        EspeakEngine, lambda event: None, SpeechSettings(device="null"), player_factory=_TimedPlayer
    )
    service.speak([])
    time.sleep(0.5)
    first: list[float] = []
    stops: list[float] = []
    for _ in range(RUNS):
        _TimedPlayer.last = None
        pressed = time.monotonic()
        service.speak(read_all(view, Position(0, 0)))
        while _TimedPlayer.last is None or not _TimedPlayer.last.first_write:
            time.sleep(0.0005)
        first.append(_TimedPlayer.last.first_write - pressed)
        time.sleep(0.5)
        pid = _TimedPlayer.last.pid
        stop = time.monotonic()
        service.stop()
        while _alive(pid):
            time.sleep(0.0005)
        stops.append(time.monotonic() - stop)
        time.sleep(0.2)
    service.close()
    out = Path("/tmp/accessreader-bench.wav")
    start = time.monotonic()
    seconds = export_wav(EspeakEngine(), list(whole_report(view)), out, SpeechSettings())
    export = time.monotonic() - start
    out.unlink()
    return {
        "first_audio": statistics.median(first),
        "stop": statistics.median(stops),
        "export": export,
        "audio_minutes": seconds / 60,
    }


_PYTTSX3 = r"""
import json, os, sys, threading, time, wave
from accessreader.speech.pyttsx3_engine import _prepare_bundled_espeak
_prepare_bundled_espeak()
import pyttsx3
mode, text, out = sys.argv[1], sys.argv[2], sys.argv[3]
engine = pyttsx3.init()
engine.setProperty("voice", "cmn")
def children_named(name):
    found = []
    for pid in os.listdir("/proc"):
        if pid.isdigit():
            try:
                with open(f"/proc/{pid}/stat") as f:
                    fields = f.read().split()
                if fields[3] == str(os.getpid()) and name in fields[1]:
                    found.append(pid)
            except OSError:
                pass
    return found
if mode == "say":
    start = time.monotonic()
    seen = []
    def watch():
        while not seen:
            # the espeak driver plays with os.system("aplay …"): a shell, then aplay
            if children_named("aplay") or children_named("(sh)"):
                seen.append(time.monotonic() - start)
            time.sleep(0.001)
    threading.Thread(target=watch, daemon=True).start()
    engine.say(text)
    engine.runAndWait()
    time.sleep(0.2)
    print(json.dumps({"first_audio": seen[0] if seen else None}))
elif mode == "stop":
    threading.Thread(target=lambda: (engine.say(text), engine.runAndWait()), daemon=True).start()
    time.sleep(1.0)
    start = time.monotonic()
    engine.stop()
    print(json.dumps({"stop": time.monotonic() - start}))
else:
    done = []
    engine.connect("finished-utterance", lambda name, completed: done.append(1))
    start = time.monotonic()
    engine.save_to_file(text, out)
    engine.runAndWait()
    returned = time.monotonic() - start
    size = -1
    while True:
        try:
            with wave.open(out) as w:
                frames = w.getnframes()
        except Exception:
            frames = 0
        if done and frames and os.path.getsize(out) == size:
            break
        size = os.path.getsize(out) if os.path.exists(out) else -1
        time.sleep(0.05)
    print(json.dumps({"export": time.monotonic() - start, "returned": returned,
                      "minutes": frames / 22050 / 60}))
"""


def baseline(mode: str, text: str, timeout: float = 120) -> dict[str, float | None]:
    try:
        output = subprocess.run(
            [sys.executable, "-c", _PYTTSX3, mode, text, "/tmp/accessreader-pyttsx3.wav"],
            capture_output=True,
            text=True,
            timeout=timeout,
        ).stdout
    except subprocess.TimeoutExpired:
        return {mode: None}
    lines = [line for line in output.splitlines() if line.startswith("{")]
    return json.loads(lines[-1]) if lines else {mode: None}


def main() -> None:
    document = load_document(SEED)
    view = ScriptView(document, Script.ORIGINAL)
    first_sentence = next(read_all(view, Position(0, 0))).text
    whole = "".join(u.text for u in whole_report(view))
    mine = ours()
    say = baseline("say", first_sentence)
    stop = baseline("stop", whole, timeout=30)
    save = baseline("save", whole)

    def ms(value: float | None) -> str:
        return "froze (killed after 30 s)" if value is None else f"{value * 1000:,.0f} ms"

    print("| | accessreader (espeak-ng direct + aplay) | pyttsx3 2.99 (same espeak-ng) |")
    print("|---|---|---|")
    print(
        f"| key → first audio (first sentence) | {ms(mine['first_audio'])} "
        f"| {ms(say.get('first_audio'))} (until its player starts) |"
    )
    print(f"| stop → silence during read-all | {ms(mine['stop'])} | {ms(stop.get('stop'))} |")
    print(
        f"| seed → WAV ({mine['audio_minutes']:.1f} min of audio) | {ms(mine['export'])} "
        f"| {ms(save.get('export'))} (runAndWait returned after {ms(save.get('returned'))}) |"
    )


if __name__ == "__main__":
    main()
