"""Reading state kept between sessions: last reading point and bookmarks per report.

Kept in the data directory, apart from preferences, so resetting settings keeps them. Every
write goes to a temporary file that is then renamed over the old one, so a crash never leaves
a half-written file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from accessreader.core.atomic import atomic_write_text
from accessreader.core.model import Position


@dataclass(frozen=True, slots=True)
class Bookmark:
    """A saved place with the words it points at, for the bookmark list."""

    position: Position
    label: str


class ReadingState:
    """Positions and bookmarks of every report, keyed by the report's resolved path."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problem = ""
        """A one-line message if the state file could not be read (it is then not overwritten
        until something changes)."""
        self._data: dict[str, dict[str, object]] = self._load()

    def _load(self) -> dict[str, dict[str, object]]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as error:
            self.problem = f"{self.path}: reading state unreadable ({error}); starting fresh"
            return {}
        return data if isinstance(data, dict) else {}

    @staticmethod
    def key(report: Path) -> str:
        """The key a report is stored under."""
        return str(report.resolve())

    def position(self, report: Path) -> Position | None:
        """Where the reader left ``report``, if known."""
        entry = self._data.get(self.key(report), {})
        value = entry.get("position")
        if isinstance(value, list) and len(value) == 2 and all(isinstance(v, int) for v in value):
            return Position(value[0], value[1])
        return None

    def set_position(self, report: Path, position: Position) -> None:
        """Remember the reading point of ``report`` and save."""
        entry = self._data.setdefault(self.key(report), {})
        entry["position"] = [position.block, position.offset]
        self.save()

    def bookmarks(self, report: Path) -> list[Bookmark]:
        """The bookmarks of ``report`` in document order."""
        entry = self._data.get(self.key(report), {})
        raw = entry.get("bookmarks", [])
        marks: list[Bookmark] = []
        if isinstance(raw, list):
            for item in raw:
                if isinstance(item, list) and len(item) == 3:
                    block, offset, label = item
                    if isinstance(block, int) and isinstance(offset, int):
                        marks.append(Bookmark(Position(block, offset), str(label)))
        return sorted(marks, key=lambda mark: mark.position)

    def set_bookmarks(self, report: Path, marks: list[Bookmark]) -> None:
        """Replace the bookmarks of ``report`` and save."""
        entry = self._data.setdefault(self.key(report), {})
        entry["bookmarks"] = [[m.position.block, m.position.offset, m.label] for m in marks]
        self.save()

    def save(self) -> None:
        """Write the state file atomically."""
        atomic_write_text(self.path, json.dumps(self._data, ensure_ascii=False, indent=1))
