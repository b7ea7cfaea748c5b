"""Terminal cell widths and safe text: CJK takes two cells, control codes are never passed on."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# C0 and C1 controls except tab and newline. A report that contains ESC sequences must not
# recolour or move the user's terminal, so each becomes its visible Unicode control picture.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\x80-\x9f]")


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    if code < 0x20:
        return chr(0x2400 + code)
    if code == 0x7F:
        return "\u2421"
    return "\ufffd"


def visible_controls(text: str) -> str:
    """``text`` with every control character (bar tab and newline) made harmless and visible."""
    return _CONTROLS.sub(_picture, text)


@lru_cache(maxsize=4096)
def char_width(char: str) -> int:
    """Cells one character takes in a terminal: 2 for wide/fullwidth, 0 for combining marks."""
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def text_width(text: str) -> int:
    """Cells ``text`` takes; ASCII is counted fast because reports mix it with CJK."""
    if text.isascii():
        return len(text)
    return sum(char_width(char) for char in text)
