"""Build the bundled bitmap font subset from GNU Unifont's unifont.hex (not run by CI).

    apt-get download unifont && dpkg-deb -x unifont_*.deb x
    python scripts/build_glyphs.py x/usr/share/unifont/unifont.hex

Writes src/accessreader/core/data/unifont-subset.bin.gz: b"UFG2", the glyph count (uint32
LE), the code points (uint32 LE each, ascending), each glyph's width in pixels (one byte:
8 or 16), then 32 bytes per glyph: 16 rows of 16 bits, big-endian, leftmost pixel in the
top bit (8-pixel-wide glyphs use the left half).
"""

from __future__ import annotations

import gzip
import struct
import sys
from pathlib import Path

# What reports are written in: ASCII and Latin-1, general punctuation, letterlike symbols,
# number forms, arrows, math operators, enclosed numbers (①), box drawing and blocks,
# geometric shapes, control pictures (␛), CJK symbols and punctuation, Bopomofo, enclosed
# CJK, CJK Unified Ideographs (and extension A), compatibility ideographs, vertical and
# fullwidth forms.
RANGES = [
    (0x0020, 0x007E), (0x00A0, 0x00FF), (0x2000, 0x206F), (0x2100, 0x218F),
    (0x2190, 0x21FF), (0x2200, 0x22FF), (0x2400, 0x243F), (0x2460, 0x24FF),
    (0x2500, 0x25FF), (0x2600, 0x26FF), (0x3000, 0x303F), (0x3100, 0x312F),
    (0x3200, 0x33FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF),
    (0xFE10, 0xFE1F), (0xFE30, 0xFE4F), (0xFF00, 0xFFEF), (0xFFFD, 0xFFFD),
]


def wanted(code: int) -> bool:
    return any(low <= code <= high for low, high in RANGES)


def main(hex_path: str) -> None:
    glyphs: dict[int, bytes] = {}
    widths: dict[int, int] = {}
    for line in Path(hex_path).read_text(encoding="ascii").splitlines():
        code_text, _, bits = line.partition(":")
        code = int(code_text, 16)
        if not wanted(code):
            continue
        raw = bytes.fromhex(bits)
        widths[code] = 8 if len(raw) == 16 else 16
        if len(raw) == 16:  # 8 pixels wide: one byte a row, put in the left half
            raw = b"".join(bytes([row, 0]) for row in raw)
        if len(raw) == 32:
            glyphs[code] = raw
    codes = sorted(glyphs)
    blob = b"UFG2" + struct.pack("<I", len(codes))
    blob += struct.pack(f"<{len(codes)}I", *codes)
    blob += bytes(widths[code] for code in codes)
    blob += b"".join(glyphs[code] for code in codes)
    out = Path(__file__).resolve().parent.parent / "src/accessreader/core/data/unifont-subset.bin.gz"
    out.write_bytes(gzip.compress(blob, compresslevel=9, mtime=0))
    print(f"{len(codes)} glyphs, {out.stat().st_size / 1024:.0f} KB -> {out}")


if __name__ == "__main__":
    main(sys.argv[1])
