"""The library: reports found in the bundled folder and the user's folders, newest first."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from accessreader.core.atomic import atomic_write_text
from accessreader.core.encoding import read_report_text
from accessreader.core.loader import ReportError, load_document

REPORT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".htm", ".html"})
_DATE_PARTS = re.compile(
    r"(\d{4})\s*(?:年|[-/.])\s*(\d{1,2})\s*(?:月|[-/.])\s*(\d{1,2})"
    r"(?:\D+(\d{1,2})\s*[时時:：]\s*(\d{1,2})(?:\s*[分:：]\s*(\d{1,2}))?)?"
)


@dataclass(frozen=True, slots=True)
class LibraryEntry:
    """One report as the library lists it."""

    path: Path
    title: str
    source: str
    published: str
    sort_key: tuple[int, ...]
    """(year, month, day, hour, minute, second) of publication, or zeros when unknown."""


@dataclass(frozen=True, slots=True)
class LibraryProblem:
    """A file in a library folder that could not be read, with the one-line reason."""

    path: Path
    message: str


def publication_key(published: str) -> tuple[int, ...]:
    """A sortable date from 发布时间 as written: 2026-01-19 20:00:13, 2026年02月10日 07时41分."""
    match = _DATE_PARTS.search(published)
    if match is None:
        return (0, 0, 0, 0, 0, 0)
    return tuple(int(part) if part else 0 for part in match.groups())


def report_files(folders: Iterable[Path]) -> list[Path]:
    """Report files directly in each folder (not recursive), without duplicates."""
    seen: set[Path] = set()
    found: list[Path] = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.iterdir()):
            resolved = path.resolve()
            if path.is_file() and path.suffix.lower() in REPORT_SUFFIXES and resolved not in seen:
                seen.add(resolved)
                found.append(path)
    return found


def scan_library(folders: Iterable[Path]) -> tuple[list[LibraryEntry], list[LibraryProblem]]:
    """Entries for every readable report in ``folders``, newest first, and the problems."""
    entries: list[LibraryEntry] = []
    problems: list[LibraryProblem] = []
    for path in report_files(folders):
        try:
            document = load_document(path)
        except ReportError as error:
            problems.append(LibraryProblem(path, str(error)))
            continue
        entries.append(
            LibraryEntry(
                path=path,
                title=document.title or path.stem,
                source=document.metadata.source,
                published=document.metadata.published,
                sort_key=publication_key(document.metadata.published),
            )
        )
    entries.sort(key=lambda entry: (entry.sort_key, entry.title), reverse=True)
    return entries, problems


def import_report(source: Path, library: Path) -> LibraryEntry:
    """Copy ``source`` into ``library`` as UTF-8 with ``\\n`` line ends, keeping the original
    bytes under ``originals/``; refuses (one-line :class:`ReportError`) what cannot be read."""
    decoded = read_report_text(source)
    document = load_document(source)
    if source.suffix.lower() not in REPORT_SUFFIXES:
        raise ReportError(f"{source}: not a report kind the library lists ({source.suffix})")
    originals = library / "originals"
    originals.mkdir(parents=True, exist_ok=True)
    target = _free_name(library, source.name, decoded.text)
    (originals / target.name).write_bytes(source.read_bytes())
    atomic_write_text(target, decoded.text)
    return LibraryEntry(
        path=target,
        title=document.title or target.stem,
        source=document.metadata.source,
        published=document.metadata.published,
        sort_key=publication_key(document.metadata.published),
    )


def _free_name(library: Path, name: str, text: str) -> Path:
    """``name`` in ``library``, or ``stem-2.ext`` … if another report has it (the same
    report imported again replaces itself)."""
    candidate = library / name
    number = 1
    while candidate.exists() and candidate.read_text(encoding="utf-8", errors="replace") != text:
        number += 1
        candidate = library / f"{Path(name).stem}-{number}{Path(name).suffix}"
    return candidate
