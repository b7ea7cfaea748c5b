"""Colour schemes (配色): the portal toolbar's, plus a default and a monochrome one.

Every foreground/background pair a scheme uses must reach 7:1 by the WCAG 2 formula
(level AAA); a test checks them all. State is never shown by colour alone: the reading point
is also reversed, search hits underlined, the spoken word bold and underlined.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

Pair = tuple[str, str]
"""(foreground, background) as ``#rrggbb``."""


@dataclass(frozen=True, slots=True)
class Scheme:
    """The colours of one scheme, by the part of the screen they paint."""

    name: str
    label: str
    body: Pair
    heading: Pair
    muted: Pair
    highlight: Pair
    status: Pair
    caption: Pair

    def pairs(self) -> dict[str, Pair]:
        return {
            "body": self.body,
            "heading": self.heading,
            "muted": self.muted,
            "highlight": self.highlight,
            "status": self.status,
            "caption": self.caption,
        }


SCHEMES = (
    Scheme(
        "default",
        "默认",
        ("#f2f2f2", "#161616"),
        ("#ffd75f", "#161616"),
        ("#d0d0d0", "#161616"),
        ("#000000", "#ffd75f"),
        ("#ffffff", "#303030"),
        ("#ffffff", "#000000"),
    ),
    Scheme(
        "white-black",
        "白底黑字",
        ("#000000", "#ffffff"),
        ("#00006b", "#ffffff"),
        ("#303030", "#ffffff"),
        ("#ffffff", "#000000"),
        ("#ffffff", "#000000"),
        ("#000000", "#ffffff"),
    ),
    Scheme(
        "black-yellow",
        "黑底黄字",
        ("#ffff00", "#000000"),
        ("#ffffff", "#000000"),
        ("#ffff80", "#000000"),
        ("#000000", "#ffff00"),
        ("#000000", "#ffff00"),
        ("#ffff00", "#000000"),
    ),
    Scheme(
        "yellow-black",
        "黄底黑字",
        ("#000000", "#ffff00"),
        ("#00006b", "#ffff00"),
        ("#303000", "#ffff00"),
        ("#ffff00", "#000000"),
        ("#ffff00", "#000000"),
        ("#000000", "#ffff00"),
    ),
    Scheme(
        "blue-yellow",
        "蓝底黄字",
        ("#ffff00", "#000080"),
        ("#ffffff", "#000080"),
        ("#ffff99", "#000080"),
        ("#000080", "#ffff00"),
        ("#000080", "#ffff00"),
        ("#ffff00", "#000080"),
    ),
    Scheme(
        "beige-black",
        "米底黑字",
        ("#000000", "#fefecc"),
        ("#00006b", "#fefecc"),
        ("#303030", "#fefecc"),
        ("#fefecc", "#000000"),
        ("#fefecc", "#000000"),
        ("#000000", "#fefecc"),
    ),
    Scheme(
        "mono",
        "单色",
        ("#ffffff", "#000000"),
        ("#ffffff", "#000000"),
        ("#ffffff", "#000000"),
        ("#000000", "#ffffff"),
        ("#000000", "#ffffff"),
        ("#ffffff", "#000000"),
    ),
)
SCHEME_NAMES = tuple(scheme.name for scheme in SCHEMES)


def scheme(name: str) -> Scheme:
    """The scheme called ``name``; monochrome whenever NO_COLOR is set (no-color.org)."""
    if os.environ.get("NO_COLOR"):
        return SCHEMES[-1]
    return next((item for item in SCHEMES if item.name == name), SCHEMES[0])


def next_scheme(name: str) -> Scheme:
    """The scheme after ``name`` (the 配色 key steps through them all)."""
    index = SCHEME_NAMES.index(name) if name in SCHEME_NAMES else 0
    return SCHEMES[(index + 1) % len(SCHEMES)]


def _channel(value: int) -> float:
    srgb = value / 255
    return srgb / 12.92 if srgb <= 0.04045 else ((srgb + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    """WCAG relative luminance of ``#rrggbb``."""
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _channel(red) + 0.7152 * _channel(green) + 0.0722 * _channel(blue)


def contrast(pair: Pair) -> float:
    """WCAG contrast ratio of a (foreground, background) pair, 1 to 21."""
    lighter, darker = sorted((luminance(pair[0]), luminance(pair[1])), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
