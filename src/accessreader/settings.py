"""User preferences: a frozen dataclass read from TOML; a bad file never stops the reader."""

from __future__ import annotations

import contextlib
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path

SCRIPT_NAMES = ("original", "hans", "hant", "tw", "hk", "twp")


@dataclass(frozen=True)
class Settings:
    """Preferences from ``settings.toml``; every field has a safe default."""

    library_dirs: tuple[str, ...] = ()
    """Extra folders whose reports the library lists, besides the bundled ones (``~`` ok)."""
    script: str = "original"
    """Script the reader starts in: original, hans, hant, tw, hk (or twp, with a warning)."""
    keymap: dict[str, str] = field(default_factory=dict)
    """Binding id → keys, e.g. ``{"next_sentence": "j,down"}``; applied over the defaults."""

    def library_paths(self) -> list[Path]:
        """The configured library folders with ``~`` expanded."""
        return [Path(entry).expanduser() for entry in self.library_dirs]


@dataclass(frozen=True, slots=True)
class LoadedSettings:
    """Settings plus one-line messages about anything in the file that was not used."""

    settings: Settings
    messages: tuple[str, ...] = ()


def load_settings(path: Path) -> LoadedSettings:
    """Read ``path``; a missing file gives defaults, a corrupt one defaults and a message.

    A corrupt file is copied to ``settings.toml.bak`` so the user's edits are not lost when
    the reader later saves its own settings over it.
    """
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return LoadedSettings(Settings())
    except (OSError, UnicodeDecodeError) as error:
        return LoadedSettings(Settings(), (f"{path}: cannot be read ({error}); using defaults",))
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as error:
        backup = path.with_name(path.name + ".bak")
        with contextlib.suppress(OSError):
            backup.write_text(raw, encoding="utf-8")
        return LoadedSettings(
            Settings(), (f"{path}: not valid TOML ({error}); using defaults, kept {backup.name}",)
        )
    return _from_mapping(data, path)


def _from_mapping(data: dict[str, object], path: Path) -> LoadedSettings:
    messages: list[str] = []
    known = {item.name for item in fields(Settings)}
    values: dict[str, object] = {}
    for key, value in data.items():
        if key not in known:
            messages.append(f"{path}: unknown setting {key!r} ignored")
            continue
        if key == "library_dirs":
            if isinstance(value, list) and all(isinstance(item, str) for item in value):
                values[key] = tuple(value)
            else:
                messages.append(f"{path}: library_dirs must be a list of folder paths; ignored")
        elif key == "script":
            if isinstance(value, str) and value in SCRIPT_NAMES:
                values[key] = value
            else:
                messages.append(
                    f"{path}: script must be one of {', '.join(SCRIPT_NAMES)}; using original"
                )
        elif key == "keymap":
            if isinstance(value, dict) and all(
                isinstance(k, str) and isinstance(v, str) for k, v in value.items()
            ):
                values[key] = dict(value)
            else:
                messages.append(f"{path}: keymap must map binding ids to key strings; ignored")
    return LoadedSettings(Settings(**values), tuple(messages))  # type: ignore[arg-type]
