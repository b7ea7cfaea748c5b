"""The colour schemes as Textual CSS variables, from core.schemes, so the contrast test and
the screen use the same colours. One set of rules reads the variables; switching scheme
re-evaluates them (as Textual's own themes do), which keeps the stylesheet small."""

from __future__ import annotations

from accessreader.core.schemes import Scheme

SCHEME_CSS = """
ReportView {
    color: $ar-body-fg;
    background: $ar-body-bg;
}
ReportView > .reportview--title {
    color: $ar-heading-fg;
    background: $ar-heading-bg;
    text-style: bold;
}
ReportView > .reportview--heading {
    color: $ar-heading-fg;
    background: $ar-heading-bg;
    text-style: bold;
}
ReportView > .reportview--metadata {
    color: $ar-muted-fg;
    background: $ar-muted-bg;
}
ReportView > .reportview--note {
    color: $ar-muted-fg;
    background: $ar-muted-bg;
}
ReportView > .reportview--signature {
    color: $ar-body-fg;
    background: $ar-body-bg;
    text-style: italic;
}
ReportView > .reportview--cursor {
    color: $ar-highlight-fg;
    background: $ar-highlight-bg;
    text-style: bold;
}
ReportView > .reportview--spoken {
    color: $ar-highlight-fg;
    background: $ar-highlight-bg;
    text-style: bold;
}
ReportView > .reportview--word {
    color: $ar-body-bg;
    background: $ar-body-fg;
    text-style: bold underline;
}
ReportView > .reportview--match {
    text-style: bold underline;
}
ReportView > .reportview--reading-line {
    color: $ar-status-fg;
    background: $ar-status-bg;
    text-style: underline;
}
#status {
    color: $ar-status-fg;
    background: $ar-status-bg;
}
CaptionBar {
    color: $ar-caption-fg;
    background: $ar-caption-bg;
}
"""
"""Rules for every scheme: the colours come from the variables below."""


def scheme_variables(scheme: Scheme) -> dict[str, str]:
    """``ar-<part>-fg`` / ``ar-<part>-bg`` for each part of the screen a scheme paints."""
    variables: dict[str, str] = {}
    for part, (foreground, background) in scheme.pairs().items():
        variables[f"ar-{part}-fg"] = foreground
        variables[f"ar-{part}-bg"] = background
    return variables
