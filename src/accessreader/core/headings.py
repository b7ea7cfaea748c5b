"""Heading numbering in Chinese official documents, and the rank of each numbering style."""

from __future__ import annotations

import re
from dataclasses import dataclass

_CN = "〇零一二三四五六七八九十百千两"
_CN_FORMAL = "壹贰貳叁參肆伍陆陸柒捌玖拾"
_FULLWIDTH_DIGITS = "０１２３４５６７８９"

# Ordered from outermost to innermost, as GB/T 9704 and common practice nest them:
# 第一章 > 第一节 > 壹、 > 一、 > （一） > 1. > （1） > ①. 第一条 sits inside chapters and
# sections. A document's levels are the ranks it actually uses, renumbered from 1.
_STYLES: tuple[tuple[str, str], ...] = (
    ("part", rf"第[{_CN}\d]+编"),
    ("chapter", rf"第[{_CN}\d]+章"),
    ("section", rf"第[{_CN}\d]+节"),
    ("article", rf"第[{_CN}\d]+条"),
    ("formal", rf"[{_CN_FORMAL}]+[、.．]"),
    ("cn", rf"[{_CN}]+、"),
    ("cn_paren", rf"[（(][{_CN}]+[）)]"),
    ("arabic", rf"(?:\d+|[{_FULLWIDTH_DIGITS}]+)(?:[、．]|\.(?!\d))"),
    ("arabic_paren", rf"[（(](?:\d+|[{_FULLWIDTH_DIGITS}]+)[）)]"),
    ("circled", r"[①-⑳]"),
)
STYLE_RANK = {name: rank for rank, (name, _) in enumerate(_STYLES)}
_MARKER = re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in _STYLES))
# 第一章 / 第一条 take a space or the heading text right after them; the others are
# followed directly by text. "1.5亿元" is a number, not item 1: the arabic pattern refuses a
# digit after the dot.
_AFTER_ORDINAL = re.compile(r"[\s\u3000]*")
# "7、8分" is a time and "一、二月" a list of months, not items 7 and 一.
_NEVER = re.compile(r"(?!)")
_NOT_A_HEADING = {
    "arabic": re.compile(r"\d{1,2}[分秒時时点點日号號天]"),
    "cn": re.compile(rf"[{_CN}]+(?:[、月日年至到]|$)"),
}
# Enumerated points inside a section: 一是… 二是… (list items, not headings).
ENUMERATED_POINT = re.compile(rf"^[{_CN}]+是")


@dataclass(frozen=True, slots=True)
class Marker:
    """The numbering at the start of a line: its style and its text (``（一）``)."""

    style: str
    text: str
    end: int
    """Offset just after the marker and any spaces following it."""


def match_marker(line: str) -> Marker | None:
    """The heading or list numbering ``line`` starts with, if any.

    A bare marker with nothing after it, or a year such as ``2025.`` mistaken for an item
    number, is not a marker.
    """
    match = _MARKER.match(line)
    if match is None or match.lastgroup is None:
        return None
    style = match.lastgroup
    text = match.group(0)
    if style == "arabic" and len(text.rstrip("、.．")) > 2:
        return None  # 2025、 or 100. start a sentence about a year or an amount
    if _NOT_A_HEADING.get(style, _NEVER).match(line, match.end()):
        return None
    end = _AFTER_ORDINAL.match(line, match.end())
    stop = end.end() if end else match.end()
    if stop >= len(line.rstrip()):
        return None
    return Marker(style, text, stop)
