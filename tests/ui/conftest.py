"""Helpers for Pilot tests: an app on the seed with state in a temporary folder."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot

from accessreader.settings import Settings
from accessreader.speech.fake import DiscardingPlayer, FakeEngine
from accessreader.state import ReadingState
from accessreader.ui.app import AccessReaderApp
from accessreader.ui.screens.reader import ReaderScreen
from accessreader.ui.widgets.report_view import ReportView
from tests.conftest import SEED


def make_app(
    tmp_path: Path,
    report: Path | None = SEED,
    settings: Settings | None = None,
    *,
    engine: FakeEngine | None = None,
    real_speech: bool = False,
) -> AccessReaderApp:
    """The app on ``report``; speech is a fake engine and a discarding player unless
    ``real_speech`` (espeak-ng through aplay on ALSA's null device)."""
    fake = engine or FakeEngine()
    return AccessReaderApp(
        report=report,
        library_folders=[SEED.parent],
        settings=settings or Settings(audio_device="null"),
        state=ReadingState(tmp_path / "state.json"),
        engine_factory=None if real_speech else (lambda: fake),
        player_factory=None if real_speech else DiscardingPlayer,
        settings_path=tmp_path / "settings.toml",
    )


async def reader_view(pilot: Pilot[None]) -> ReportView:
    """The report view once the reader screen has loaded its report."""
    for _ in range(200):
        await pilot.pause()
        screen = pilot.app.screen
        if isinstance(screen, ReaderScreen) and screen.query("#report"):
            view = screen.query_one("#report", ReportView)
            if view.size.height:
                return view
    raise AssertionError("the report did not open")
