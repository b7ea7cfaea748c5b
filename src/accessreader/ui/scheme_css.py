"""The colour schemes as Textual CSS, generated from core.schemes so the contrast test and
the screen use the same colours. A scheme is switched by a class on the app."""

from __future__ import annotations

from accessreader.core.schemes import SCHEMES, Pair, Scheme


def _colours(pair: Pair) -> str:
    return f"color: {pair[0]}; background: {pair[1]};"


def _rules(scheme: Scheme) -> str:
    s = f".scheme-{scheme.name}"
    view = f"{s} ReportView"
    body_reversed = (scheme.body[1], scheme.body[0])
    return f"""
{view} {{ {_colours(scheme.body)} }}
{view} > .reportview--title {{ {_colours(scheme.heading)} text-style: bold; }}
{view} > .reportview--heading {{ {_colours(scheme.heading)} text-style: bold; }}
{view} > .reportview--metadata {{ {_colours(scheme.muted)} }}
{view} > .reportview--note {{ {_colours(scheme.muted)} }}
{view} > .reportview--signature {{ {_colours(scheme.body)} text-style: italic; }}
{view} > .reportview--cursor {{ {_colours(scheme.highlight)} text-style: bold; }}
{view} > .reportview--spoken {{ {_colours(scheme.highlight)} text-style: bold; }}
{view} > .reportview--word {{ {_colours(body_reversed)} text-style: bold underline; }}
{view} > .reportview--match {{ text-style: bold underline; }}
{view} > .reportview--reading-line {{ {_colours(scheme.status)} text-style: underline; }}
{s} #status {{ {_colours(scheme.status)} }}
{s} CaptionBar {{ {_colours(scheme.caption)} }}
"""


def scheme_css() -> str:
    """CSS for every scheme."""
    return "".join(_rules(scheme) for scheme in SCHEMES)
