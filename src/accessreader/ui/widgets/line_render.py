"""Turning a slice of report text into styled segments, at normal size or in big glyphs."""

from __future__ import annotations

from itertools import groupby, pairwise

from rich.segment import Segment
from rich.style import Style

from accessreader.core.glyphs import render_char

Mark = tuple[int, int, Style]
"""A styled span ``[start, end)`` of a row's text."""


def text_segments(
    text: str, start: int, end: int, style: Style, marks: list[tuple[int, int, Style]]
) -> list[Segment]:
    """Segments of ``text[start:end]`` with ``marks`` styled over the base ``style``.

    Report text goes into Segments as-is: it is never parsed as markup.
    """
    cuts = {start, end}
    for mark_start, mark_end, _ in marks:
        if mark_end > start and mark_start < end:
            cuts.add(max(mark_start, start))
            cuts.add(min(mark_end, end))
    points = sorted(cuts)
    segments: list[Segment] = []
    for left, right in pairwise(points):
        piece_style = style
        for mark_start, mark_end, mark_style in marks:
            if mark_start <= left and right <= mark_end:
                piece_style = piece_style + mark_style
        segments.append(Segment(text[left:right], piece_style))
    return segments


def glyph_segments(
    text: str, start: int, end: int, band: int, mode: str, style: Style, marks: list[Mark]
) -> list[Segment]:
    """Band ``band`` of ``text[start:end]`` drawn in big glyphs (``mode``), each character
    styled as its marks say; runs of one style become one segment."""

    def style_at(offset: int) -> Style:
        result = style
        for mark_start, mark_end, mark_style in marks:
            if mark_start <= offset < mark_end:
                result = result + mark_style
        return result

    pieces = ((style_at(i), render_char(text[i], mode)[band]) for i in range(start, end))
    return [
        Segment("".join(part for _, part in run), piece_style)
        for piece_style, run in groupby(pieces, key=lambda piece: piece[0])
    ]
