"""The core imports no UI or speech libraries (the harlequin-style import contract)."""

from __future__ import annotations

import subprocess
import sys

FORBIDDEN = ("textual", "rich", "pyttsx3")


def test_core_loads_no_ui_or_speech_library() -> None:
    code = (
        "import sys, pkgutil, importlib, accessreader.core as core\n"
        "for info in pkgutil.walk_packages(core.__path__, 'accessreader.core.'):\n"
        "    importlib.import_module(info.name)\n"
        "import accessreader.settings, accessreader.paths, accessreader.state\n"
        "import accessreader.speech as speech\n"
        "for info in pkgutil.walk_packages(speech.__path__, 'accessreader.speech.'):\n"
        "    if info.name != 'accessreader.speech.pyttsx3_engine':\n"
        "        importlib.import_module(info.name)\n"
        f"bad = sorted(m for m in sys.modules if m.split('.')[0] in {FORBIDDEN!r})\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
