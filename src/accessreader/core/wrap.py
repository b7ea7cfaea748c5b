"""Line breaking for Chinese text in terminal cells, with the kinsoku rules of CJK typesetting.

No line may start with closing punctuation (。，、；：？！）」』”’ …) nor end with an opening one
(（「『“‘ …); Latin words and numbers are not split unless longer than a line. Lines are
returned as offsets into the text so a display line always maps back to a document position.
"""

from __future__ import annotations

from accessreader.core.cells import char_width

NO_LINE_START = frozenset("。，、；：？！）」』”’》〉】〕］｝.,;:?!)]}%’”·…—～ー々〻ゝゞヽヾ")
NO_LINE_END = frozenset("（「『“‘《〈【〔［｛([{")
_MAX_BACKTRACK = 8


def _is_word_char(char: str) -> bool:
    """Characters that join into an unbreakable run: Latin letters, digits, and their glue."""
    return char.isascii() and (char.isalnum() or char in "-_.,%/:'@#&+")


def wrap_offsets(text: str, width: int) -> list[tuple[int, int]]:
    """Split ``text`` into lines of at most ``width`` cells; each line is ``(start, end)``.

    Spaces at a break are dropped from both lines' ends; every character outside those
    spaces belongs to exactly one line.
    """
    width = max(width, 2)
    lines: list[tuple[int, int]] = []
    length = len(text)
    start = 0
    while start < length and text[start] == " ":
        start += 1
    while start < length:
        used = 0
        index = start
        while index < length:
            cell = char_width(text[index])
            if used + cell > width:
                break
            used += cell
            index += 1
        if index >= length:
            lines.append((start, _rstrip_spaces(text, start, length)))
            break
        cut = _break_before(text, start, index)
        lines.append((start, _rstrip_spaces(text, start, cut)))
        start = cut
        while start < length and text[start] == " ":
            start += 1
    return lines


def _break_before(text: str, start: int, limit: int) -> int:
    """Where to break a line that must end before ``limit``: back off until the break is
    legal, or break at ``limit`` if no legal point is near (a very long word)."""
    for cut in range(limit, max(start, limit - _MAX_BACKTRACK), -1):
        before, after = text[cut - 1], text[cut]
        if after == " " or before == " ":
            return cut
        if after in NO_LINE_START or before in NO_LINE_END:
            continue
        if _is_word_char(before) and _is_word_char(after):
            continue
        return cut
    return limit


def _rstrip_spaces(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] == " ":
        end -= 1
    return end


def wrap_text(text: str, width: int) -> list[str]:
    """``text`` broken into lines of at most ``width`` cells."""
    return [text[start:end] for start, end in wrap_offsets(text, width)]
