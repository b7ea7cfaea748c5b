"""Big-glyph rendering: 16 px GNU Unifont glyphs drawn with Unicode cells (字号 that magnifies).

A program cannot set most terminals' font, but any terminal can draw block characters. Each
magnification packs a glyph's pixels into cells differently:

- braille (2×4 pixels a cell): a CJK character is 8 cells × 4 rows, square, 4×;
- sextants (2×3 pixels a cell): 8 cells × 6 rows, a little tall, about 5×;
- half blocks (1×2 pixels a cell, ▀▄█, drawn everywhere): 16 cells × 8 rows, square, 8×.

A CJK character is two cells at normal size, so each level's width factor applies to the
same two-cell/one-cell widths the line breaker already uses.
"""

from __future__ import annotations

import gzip
import struct
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from accessreader.core.cells import char_width

GLYPH_HEIGHT = 16


@dataclass(frozen=True, slots=True)
class Magnification:
    """A text size: how glyph pixels become cells. ``scale`` multiplies normal cell widths;
    ``rows`` is the screen rows one line of text takes."""

    level: int
    name: str
    label: str
    mode: str
    scale: int
    rows: int

    @property
    def is_normal(self) -> bool:
        return self.mode == "normal"


LEVELS = (
    Magnification(0, "normal", "1×（正常）", "normal", 1, 1),
    Magnification(1, "braille", "4×（点阵）", "braille", 4, 4),
    Magnification(2, "sextant", "5×（六分块）", "sextant", 4, 6),
    Magnification(3, "half", "8×（半块，最大）", "half", 8, 8),
)
MAX_LEVEL = LEVELS[-1].level


def level(number: int) -> Magnification:
    """The magnification for 字号 ``number`` (clamped to the levels there are)."""
    return LEVELS[min(max(number, 0), MAX_LEVEL)]


class GlyphFont:
    """The bundled Unifont subset: 16-row bitmaps by character."""

    def __init__(self, blob: bytes) -> None:
        if blob[:4] != b"UFG2":
            raise ValueError("not a glyph file")
        (count,) = struct.unpack_from("<I", blob, 4)
        self._codes = struct.unpack_from(f"<{count}I", blob, 8)
        widths_at = 8 + 4 * count
        self._widths = blob[widths_at : widths_at + count]
        self._bitmaps = memoryview(blob)[widths_at + count :]

    def glyph(self, char: str) -> tuple[int, tuple[int, ...]]:
        """(width in pixels, 16 rows of 16-bit masks) for ``char``; a box if missing."""
        code = ord(char)
        index = bisect_left(self._codes, code)
        if index < len(self._codes) and self._codes[index] == code:
            rows = struct.unpack_from(">16H", self._bitmaps, index * 32)
            return self._widths[index], rows
        wide = char_width(char) == 2
        width = 16 if wide else 8
        edge = 0xFFFF if wide else 0xFF00
        side = 0x8001 if wide else 0x8100
        return width, (0, edge, *([side] * 12), edge, 0)


@cache
def bundled_font() -> GlyphFont:
    """The font shipped in the package (loaded once, about 10 ms)."""
    data = resources.files("accessreader.core").joinpath("data/unifont-subset.bin.gz")
    return GlyphFont(gzip.decompress(data.read_bytes()))


_HALF = (" ", "▀", "▄", "█")
# braille dot bits for (x, y) within a 2×4 cell
_BRAILLE_BITS = ((0x01, 0x02, 0x04, 0x40), (0x08, 0x10, 0x20, 0x80))


def _sextant(value: int) -> str:
    """The cell for a 2×3 pattern (bit 0 top-left … bit 5 bottom-right)."""
    if value == 0:
        return " "
    if value == 0b010101:
        return "▌"
    if value == 0b101010:
        return "▐"
    if value == 0b111111:
        return "█"
    return chr(0x1FB00 + value - 1 - (value > 21) - (value > 42))


@lru_cache(maxsize=8192)
def render_char(char: str, mode: str) -> tuple[str, ...]:
    """``char`` drawn in ``mode`` (braille, sextant, half): one string per screen row."""
    width, rows = bundled_font().glyph(char)
    cells = width // 2 if mode in ("braille", "sextant") else width
    if char_width(char) == 0:
        return tuple("" for _ in range(_rows_for(mode)))

    def pixel(x: int, y: int) -> int:
        if y >= GLYPH_HEIGHT or x >= width:
            return 0
        return (rows[y] >> (15 - x)) & 1

    lines: list[str] = []
    if mode == "half":
        for top in range(0, GLYPH_HEIGHT, 2):
            lines.append(
                "".join(_HALF[pixel(x, top) | pixel(x, top + 1) << 1] for x in range(cells))
            )
    elif mode == "braille":
        for top in range(0, GLYPH_HEIGHT, 4):
            line = []
            for cell in range(cells):
                bits = 0
                for dx in range(2):
                    for dy in range(4):
                        if pixel(cell * 2 + dx, top + dy):
                            bits |= _BRAILLE_BITS[dx][dy]
                line.append(chr(0x2800 + bits))
            lines.append("".join(line))
    else:  # sextant: 16 rows padded to 18
        for top in range(-1, GLYPH_HEIGHT, 3):
            line = []
            for cell in range(cells):
                value = 0
                for dy in range(3):
                    for dx in range(2):
                        y = top + dy
                        if y >= 0 and pixel(cell * 2 + dx, y):
                            value |= 1 << (dy * 2 + dx)
                line.append(_sextant(value))
            lines.append("".join(line))
    return tuple(lines)


def _rows_for(mode: str) -> int:
    return next(item.rows for item in LEVELS if item.mode == mode)


def render_line(text: str, magnification: Magnification) -> list[str]:
    """``text`` drawn big: ``magnification.rows`` strings (for tests, ``cat`` and captions)."""
    rows = ["" for _ in range(magnification.rows)]
    for char in text:
        for index, part in enumerate(render_char(char, magnification.mode)):
            rows[index] += part
    return rows
