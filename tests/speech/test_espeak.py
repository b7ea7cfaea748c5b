"""The real engine: espeak-ng (the espeakng-loader wheel) rendering the seed's words."""

from __future__ import annotations

import array
import math
from pathlib import Path

import pytest

from accessreader.core.model import Document, Position
from accessreader.core.script_view import Script, ScriptView
from accessreader.core.utterances import original_offset, read_all, sentence_utterance
from accessreader.speech.engine import EngineUnavailable, Synthesis
from accessreader.speech.espeak import EspeakEngine


@pytest.fixture(scope="module")
def engine() -> EspeakEngine:
    try:
        return EspeakEngine()
    except EngineUnavailable as error:
        pytest.skip(f"espeak-ng not available: {error}")


def loudness(synthesis: Synthesis) -> tuple[float, int]:
    samples = array.array("h", synthesis.pcm)
    rms = math.sqrt(sum(s * s for s in samples) / max(len(samples), 1))
    return rms, max((abs(s) for s in samples), default=0)


def test_first_sentence_has_plausible_duration_and_loudness(
    engine: EspeakEngine, seed_document: Document
) -> None:
    utterance = sentence_utterance(ScriptView(seed_document, Script.ORIGINAL), Position(0, 0))
    assert utterance is not None
    assert utterance.text.startswith("2025年是“十四五”规划的收官之年")
    synthesis = engine.synthesize(utterance.text, "cmn", 1.0, 1.0)
    chars = len(utterance.text)
    # Mandarin at espeak's normal rate: roughly 3–8 characters a second
    assert chars / 8 < synthesis.seconds < chars / 3, (chars, synthesis.seconds)
    rms, peak = loudness(synthesis)
    assert rms > 1000 and peak > 8000, (rms, peak)


def test_rate_four_times_is_much_shorter(engine: EspeakEngine) -> None:
    text = "区机关事务管理局坚持以习近平新时代中国特色社会主义思想为指导。"
    normal = engine.synthesize(text, "cmn", 1.0, 1.0).seconds
    fast = engine.synthesize(text, "cmn", 4.0, 1.0).seconds
    slow = engine.synthesize(text, "cmn", 0.5, 1.0).seconds
    assert fast < normal / 3
    assert slow > normal * 1.5


def test_volume_changes_loudness(engine: EspeakEngine) -> None:
    text = "法治政府建设。"
    quiet, _ = loudness(engine.synthesize(text, "cmn", 1.0, 0.3))
    loud, _ = loudness(engine.synthesize(text, "cmn", 1.0, 1.0))
    assert quiet < loud * 0.6


def test_cantonese_voice_reads_the_same_text(engine: EspeakEngine) -> None:
    mandarin = engine.synthesize("机关事务管理局", "cmn", 1.0, 1.0)
    cantonese = engine.synthesize("机关事务管理局", "yue", 1.0, 1.0)
    assert cantonese.seconds > 0.5 and loudness(cantonese)[0] > 500
    assert cantonese.pcm != mandarin.pcm
    assert "hak" not in {voice.id for voice in engine.voices()}


def test_word_events_map_to_document_positions(
    engine: EspeakEngine, seed_document: Document
) -> None:
    view = ScriptView(seed_document, Script.ORIGINAL)
    block = next(i for i, b in enumerate(seed_document.blocks) if b.text.startswith("局党组"))
    utterance = next(u for u in read_all(view, Position(block, 0)) if not u.is_announcement)
    assert utterance.block == block and utterance.start == 0
    words = engine.synthesize(utterance.text, "cmn", 1.0, 1.0).words
    assert len(words) > 20
    times = [word.ms for word in words]
    assert times == sorted(times) and times[-1] > 5000
    text = seed_document.blocks[block].text
    positions = [original_offset(view, utterance, word.offset).offset for word in words]
    assert positions == sorted(positions)
    assert all(utterance.start <= p <= utterance.end for p in positions)
    first_party = text.index("党组")
    assert first_party in positions  # "党组" is said as a word at its place in the text


def test_word_events_follow_a_script_view(engine: EspeakEngine, seed_document: Document) -> None:
    """What is heard is what is shown: the traditional text, mapped back to the original."""
    view = ScriptView(seed_document, Script.TWP)
    block = next(i for i, b in enumerate(seed_document.blocks) if "全局的重要位置" in b.text)
    utterance = next(u for u in read_all(view, Position(block, 0)) if not u.is_announcement)
    assert "全域性的重要位置" in utterance.text
    words = engine.synthesize(utterance.text, "cmn", 1.0, 1.0).words
    important = utterance.text.index("重要位置")
    word = next(w for w in words if w.offset >= important)
    original = seed_document.blocks[block].text
    assert original_offset(view, utterance, word.offset).offset == original.index("重要位置")


def test_speak_command_writes_the_whole_report(tmp_path: Path, engine: EspeakEngine) -> None:
    import subprocess
    import sys
    import wave

    from tests.conftest import SEED

    out = tmp_path / "seed.wav"
    result = subprocess.run(
        [sys.executable, "-m", "accessreader", "speak", str(SEED), "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    with wave.open(str(out)) as wav:
        frames = wav.readframes(wav.getnframes())
        minutes = wav.getnframes() / wav.getframerate() / 60
    assert 8 < minutes < 30  # about 4,000 characters of Mandarin
    assert loudness(Synthesis(frames, 22050))[0] > 1000
    assert "min of speech" in result.stderr


def test_pyttsx3_engine_renders_audio_quietly(capsys: pytest.CaptureFixture[str]) -> None:
    """The portable engine (SAPI5/NSSpeech elsewhere) works here through pyttsx3's espeak
    driver: audio of plausible length, nothing printed on the terminal, no Hakka voice."""
    from accessreader.speech.pyttsx3_engine import Pyttsx3Engine

    try:
        engine = Pyttsx3Engine()
    except EngineUnavailable as error:
        pytest.skip(f"pyttsx3 cannot start here: {error}")
    synthesis = engine.synthesize("机关事务管理局坚持依法行政。", "cmn", 1.0, 1.0)
    assert 1.0 < synthesis.seconds < 10.0
    assert loudness(synthesis)[0] > 500
    assert capsys.readouterr().out == ""
    ids = [voice.id for voice in engine.voices()]
    assert any("cmn" in voice for voice in ids) and not any("hak" in voice for voice in ids)
