"""Where accessreader keeps its files; environment variables override each place for tests."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "accessreader"
CONFIG_ENV = "ACCESSREADER_CONFIG_DIR"
DATA_ENV = "ACCESSREADER_DATA_DIR"


def config_dir() -> Path:
    """Preferences (settings.toml, keymap): ``$ACCESSREADER_CONFIG_DIR`` or the platform's."""
    override = os.environ.get(CONFIG_ENV)
    return Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME))


def data_dir() -> Path:
    """Reading positions, bookmarks, the imported library: ``$ACCESSREADER_DATA_DIR`` or the
    platform's data directory. Kept apart from preferences so a reset keeps bookmarks."""
    override = os.environ.get(DATA_ENV)
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME))


def settings_file() -> Path:
    """The settings file, whether or not it exists yet."""
    return config_dir() / "settings.toml"


def imported_reports_dir() -> Path:
    """Reports brought in with ``accessreader import`` (normalised copies)."""
    return data_dir() / "library"


def bundled_reports_dir() -> Path:
    """The sample reports shipped with accessreader.

    A wheel carries them inside the package; a checkout or editable install has them in
    ``reports/`` at the top of the repository.
    """
    package_dir = Path(__file__).resolve().parent
    inside = package_dir / "reports"
    if inside.is_dir():
        return inside
    return package_dir.parent.parent / "reports"
