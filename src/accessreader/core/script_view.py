"""Script views (原文 / 简体 / 繁體 / 臺灣正體 / 香港繁體): converted text made per block, lazily.

The document keeps the original; a view converts a block the first time it is asked for and
caches it, so the screen being read is converted first and the rest can follow in the
background. Offsets map both ways between original and converted text, so positions — the
reading point, bookmarks, search hits, the speech highlight — stay on the same words.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace
from enum import StrEnum

from accessreader.core.model import Document


class Script(StrEnum):
    """A way of showing the report's characters."""

    ORIGINAL = "original"
    HANS = "hans"
    HANT = "hant"
    TW = "tw"
    HK = "hk"
    TWP = "twp"

    @property
    def label(self) -> str:
        """The name users see and hear, in the script itself."""
        return _LABELS[self]

    @property
    def config(self) -> str | None:
        """The OpenCC config, or None for the text as written."""
        return _CONFIGS.get(self)

    @property
    def warning(self) -> str:
        """Why this script needs care, or ``""``."""
        return _WARNINGS.get(self, "")


_LABELS = {
    Script.ORIGINAL: "原文",
    Script.HANS: "简体",
    Script.HANT: "繁體",
    Script.TW: "臺灣正體",
    Script.HK: "香港繁體",
    Script.TWP: "臺灣詞彙",
}
_CONFIGS = {
    Script.HANS: "t2s",
    Script.HANT: "s2t",
    Script.TW: "s2tw",
    Script.HK: "s2hk",
    Script.TWP: "s2twp",
}
# Measured on the seed: s2twp rewrites words, not only characters (全局 → 全域性,
# 决策程序 → 決策程式) and changes the length (4,003 → 4,008 characters).
_WARNINGS = {
    Script.TWP: "臺灣詞彙會改寫用詞（如 全局→全域性、决策程序→決策程式），可能改變原意",
}
CYCLE = (Script.ORIGINAL, Script.HANS, Script.HANT, Script.TW, Script.HK)
"""What the script key steps through; 臺灣詞彙 only as an explicit choice."""


def next_script(script: Script) -> Script:
    """The script after ``script`` in :data:`CYCLE` (臺灣詞彙 goes back to 原文)."""
    if script not in CYCLE:
        return Script.ORIGINAL
    return CYCLE[(CYCLE.index(script) + 1) % len(CYCLE)]


def convert_text(text: str, script: Script) -> str:
    """``text`` in ``script`` (whole, not lazily: for ``cat`` and ``convert``)."""
    config = script.config
    if config is None:
        return text
    from accessreader.core.opencc_current import converter  # loads dictionaries: on demand

    return converter(config).convert(text)


def convert_document(document: Document, script: Script) -> Document:
    """A whole copy of ``document`` in ``script``, for batch output (``cat --script``).

    The reader never does this: it converts lazily through a :class:`ScriptView`.
    """
    metadata = replace(
        document.metadata,
        source=convert_text(document.metadata.source, script),
        published=convert_text(document.metadata.published, script),
        extra=tuple(
            (label, convert_text(value, script)) for label, value in document.metadata.extra
        ),
    )
    blocks = tuple(
        replace(block, text=convert_text(block.text, script)) for block in document.blocks
    )
    return replace(
        document, title=convert_text(document.title, script), metadata=metadata, blocks=blocks
    )


@dataclass(frozen=True, slots=True)
class _Converted:
    text: str
    original_anchors: tuple[int, ...]
    view_anchors: tuple[int, ...]


class ScriptView:
    """The blocks of a document in one script, converted on demand and cached."""

    def __init__(self, document: Document, script: Script) -> None:
        self.document = document
        self.script = script
        self._cache: dict[int, _Converted] = {}

    @property
    def is_original(self) -> bool:
        return self.script.config is None

    def _converted(self, block: int) -> _Converted:
        cached = self._cache.get(block)
        if cached is None:
            original = self.document.blocks[block].text
            config = self.script.config
            if config is None:
                cached = _Converted(original, (), ())
            else:
                from accessreader.core.opencc_current import converter

                text, anchors = converter(config).convert_aligned(original)
                cached = _Converted(
                    text, tuple(a for a, _ in anchors), tuple(v for _, v in anchors)
                )
            self._cache[block] = cached  # one assignment: safe from a worker thread
        return cached

    def text(self, block: int) -> str:
        """Block ``block`` as shown in this script."""
        return self._converted(block).text

    def title(self) -> str:
        """The document title in this script."""
        return convert_text(self.document.title, self.script)

    def is_converted(self, block: int) -> bool:
        """True once ``block`` has been converted (or needs no conversion)."""
        return self.is_original or block in self._cache

    def to_view(self, block: int, offset: int) -> int:
        """Offset in the shown text of original ``offset`` in ``block``."""
        converted = self._converted(block)
        return _map(offset, converted.original_anchors, converted.view_anchors, converted.text)

    def to_original(self, block: int, offset: int) -> int:
        """Offset in the original of shown ``offset`` in ``block``."""
        converted = self._converted(block)
        original = self.document.blocks[block].text
        return _map(offset, converted.view_anchors, converted.original_anchors, original)


def _map(offset: int, source: tuple[int, ...], target: tuple[int, ...], target_text: str) -> int:
    """Carry ``offset`` across: after the last anchor at or before it, both texts advance
    together. Inside a word whose length changed, this lands in that word (clamped)."""
    if not source:
        return min(offset, len(target_text))
    index = bisect_right(source, offset) - 1
    if index < 0:
        mapped = offset
        limit = target[0]
    else:
        mapped = target[index] + (offset - source[index])
        limit = target[index + 1] if index + 1 < len(target) else len(target_text)
    return max(0, min(mapped, limit, len(target_text)))
