"""Sentence splitting for Chinese text: on 。！？；… keeping closing quotes with their sentence."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open range ``[start, end)`` of characters in one block's text."""

    start: int
    end: int


# A sentence ends at a run of terminators (。！？；, their ASCII forms, or an ellipsis) and
# takes any closing quotes or brackets that follow: 他说：“好。”下一句 -> [他说：“好。”][下一句].
_TERMINATOR = r"(?:[。！？；!?;]+|…+|\.{3,})"
_CLOSERS = r"[”’」』）)\]】》〉\"']*"
_SENTENCE_END = re.compile(_TERMINATOR + _CLOSERS)
_SPACE = frozenset(" \t\u3000\u00a0")


def split_sentences(text: str) -> tuple[Span, ...]:
    """Spans of the sentences in ``text``; whitespace between sentences belongs to none."""
    spans: list[Span] = []
    start = 0
    length = len(text)
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        while start < end and text[start] in _SPACE:
            start += 1
        if start < end:
            spans.append(Span(start, end))
        start = end
    while start < length and text[start] in _SPACE:
        start += 1
    tail_end = length
    while tail_end > start and text[tail_end - 1] in _SPACE:
        tail_end -= 1
    if start < tail_end:
        spans.append(Span(start, tail_end))
    return tuple(spans)
