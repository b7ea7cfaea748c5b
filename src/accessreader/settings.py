"""User preferences: a frozen dataclass read from TOML; a bad file never stops the reader."""

from __future__ import annotations

import contextlib
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path

from accessreader.core.atomic import atomic_write_text

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
    speech: bool = True
    """Sound on: read aloud and speak state changes (声音开关)."""
    voice: str = "cmn"
    """Speech voice: cmn (普通话), yue (粤语), cmn-latn-pinyin."""
    rate: float = 1.0
    """Speech rate as a factor of normal, 0.5 to 4."""
    volume: float = 1.0
    """Speech volume as a factor of normal, 0.1 to 2."""
    audio_device: str = ""
    """Player device (``aplay -D``); empty for the default; ``null`` plays silently."""
    audio_player: str = ""
    """Preferred player program: aplay, paplay or pw-cat; empty: the first one found."""
    size: int = 1
    """字号: 1 normal, 2 braille 4×, 3 sextant 5×, 4 half-block 8× (the largest)."""
    scheme: str = "default"
    """配色: default, white-black, black-yellow, yellow-black, blue-yellow, beige-black, mono."""
    reading_line: bool = False
    """阅读线: highlight the reading point's line across the width."""
    caption: bool = False
    """大字幕: a bottom bar with the sentence being read in big glyphs."""
    plain: bool = False
    """纯文本: the linear text of ``cat`` instead of the styled view."""
    line_spacing: int = 1
    """1 for single spacing, 2 for a blank line between lines."""
    line_width: int = 0
    """Most terminal cells a line may take (0: the whole width)."""
    font_control: str = ""
    """Real font size changes instead of glyphs: "xterm" (OSC 50, needs allowFontOps)."""
    font_name: str = "Noto Sans Mono CJK SC"
    """Font for xterm font control."""
    font_size: int = 16
    """Base pixel size for xterm font control; 字号 steps multiply it."""

    def display_defaults(self) -> Settings:
        """These settings with everything a user changes while reading back at its default
        (重置); the library folders and the keymap are configuration and stay."""
        return Settings(
            library_dirs=self.library_dirs,
            keymap=dict(self.keymap),
            audio_device=self.audio_device,
            audio_player=self.audio_player,
            font_control=self.font_control,
            font_name=self.font_name,
            font_size=self.font_size,
        )

    def library_paths(self) -> list[Path]:
        """The configured library folders with ``~`` expanded."""
        return [Path(entry).expanduser() for entry in self.library_dirs]


_DEFAULTS = Settings()


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
        else:
            default = getattr(_DEFAULTS, key)
            wanted = (int, float) if isinstance(default, float) else type(default)
            if isinstance(value, wanted) and not (
                isinstance(value, bool) and not isinstance(default, bool)
            ):
                values[key] = float(value) if isinstance(default, float) else value
            else:
                kind = type(default).__name__
                messages.append(f"{path}: {key} must be a {kind}; using {default!r}")
    return LoadedSettings(Settings(**values), tuple(messages))  # type: ignore[arg-type]


def save_settings(path: Path, settings: Settings) -> None:
    """Write ``settings`` as TOML, atomically; only values that differ from the defaults."""
    lines = ["# accessreader settings (written by the reader; edit freely)"]
    tables: list[str] = []
    for item in fields(Settings):
        value = getattr(settings, item.name)
        if value == getattr(_DEFAULTS, item.name):
            continue
        if isinstance(value, dict):
            tables.append(f"\n[{item.name}]")
            tables.extend(f"{_toml(key)} = {_toml(text)}" for key, text in value.items())
        else:
            lines.append(f"{item.name} = {_toml(value)}")
    atomic_write_text(path, "\n".join(lines + tables) + "\n")


def _toml(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, tuple | list):
        return "[" + ", ".join(_toml(item) for item in value) + "]"
    text = str(value).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{text}"'
