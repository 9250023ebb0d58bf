"""Colours, page geometry and paragraph styles of the report (mirrored for right-to-left languages)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .fonts import MONO, SANS, SANS_BOLD, SANS_ITALIC, register_fonts

MM = 72 / 25.4
PAGE_WIDTH, PAGE_HEIGHT = 595.2756, 841.8898  # A4 in points
MARGIN_X = 20 * MM
MARGIN_TOP = 24 * MM
MARGIN_BOTTOM = 20 * MM
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X

# A restrained palette: navy for structure, teal for the assessment, amber for the target.
NAVY = "#1B3A5C"
TEAL = "#1F7A8C"
AMBER = "#D9822B"
INK = "#222222"
GREY = "#666666"
RULE = "#C8D1DA"
PALE = "#EEF2F6"
RED = "#B03A2E"
GREEN = "#2E7D4F"

# Stage colours (1 Start-up … 5 Dynamic) and their pale tints for table cells.
STAGE_COLOURS = {1: "#C0392B", 2: "#E67E22", 3: "#D4AC0D", 4: "#27AE60", 5: "#1E8449"}
STAGE_TINTS = {1: "#F6D5D1", 2: "#FBE3CC", 3: "#F7EDC4", 4: "#D3F0DE", 5: "#CBE6D4"}
NO_STAGE_TINT = "#ECECEC"
TONE_TINTS = {"up": STAGE_TINTS[4], "down": STAGE_TINTS[1]}  # behind a rise (pale green) or a fall (pale red)


@dataclass(frozen=True)
class Styles:
    """The paragraph styles for one language direction."""

    rtl: bool
    body: Any
    small: Any
    note: Any
    cell: Any
    cell_bold: Any
    cell_small: Any
    cell_mono: Any
    head_cell: Any
    title: Any
    subtitle: Any
    h1: Any
    h2: Any
    h3: Any
    toc: Any
    toc_sub: Any
    cover_label: Any
    cover_value: Any
    bullet: Any
    indent: Any
    figure_value: Any
    figure_label: Any
    warning: Any
    lead: Any
    list_item: Any
    list_marker: Any
    caption: Any
    cover_kind: Any


def make_styles(rtl: bool) -> Styles:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    register_fonts()
    start = TA_RIGHT if rtl else TA_LEFT
    ink, grey, navy = colors.HexColor(INK), colors.HexColor(GREY), colors.HexColor(NAVY)
    body = ParagraphStyle(
        "body", fontName=SANS, fontSize=9.5, leading=13.5, textColor=ink, alignment=start, spaceAfter=5
    )

    def derive(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=body, **kw)

    cell = derive("cell", fontSize=7.8, leading=10, spaceAfter=0)
    return Styles(
        rtl=rtl,
        body=body,
        small=derive("small", fontSize=8, leading=10.5, textColor=grey),
        note=derive("note", fontName=SANS_ITALIC, fontSize=8.5, leading=11.5, textColor=grey),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=SANS_BOLD),
        cell_small=ParagraphStyle("cell_small", parent=cell, fontSize=6.8, leading=8.6, textColor=grey),
        cell_mono=ParagraphStyle("cell_mono", parent=cell, fontName=MONO, fontSize=6.6, leading=8.4),
        head_cell=ParagraphStyle("head_cell", parent=cell, fontName=SANS_BOLD, fontSize=7.2, textColor=colors.white),
        title=derive("title", fontName=SANS_BOLD, fontSize=26, leading=32, textColor=navy, spaceAfter=8),
        subtitle=derive("subtitle", fontSize=14, leading=19, textColor=colors.HexColor(TEAL), spaceAfter=4),
        h1=derive("h1", fontName=SANS_BOLD, fontSize=17, leading=22, textColor=navy, spaceBefore=0, spaceAfter=8),
        h2=derive("h2", fontName=SANS_BOLD, fontSize=12.5, leading=16, textColor=navy, spaceBefore=10, spaceAfter=5),
        h3=derive("h3", fontName=SANS_BOLD, fontSize=10, leading=13.5, textColor=navy, spaceBefore=8, spaceAfter=3),
        toc=derive("toc", fontSize=10.5, leading=15, spaceAfter=0),
        toc_sub=derive("toc_sub", fontSize=9.5, leading=13, textColor=grey, spaceAfter=0),
        cover_label=derive("cover_label", fontSize=8.5, leading=11, textColor=grey, spaceAfter=0),
        cover_value=derive("cover_value", fontSize=10, leading=13, spaceAfter=0),
        bullet=derive(
            "bullet",
            leftIndent=0 if rtl else 20,
            firstLineIndent=0 if rtl else -9,
            rightIndent=12 if rtl else 0,
            spaceAfter=3,
        ),
        indent=derive("indent", leftIndent=0 if rtl else 12, rightIndent=12 if rtl else 0, spaceAfter=4),
        figure_value=derive(
            "figure_value",
            fontName=SANS_BOLD,
            fontSize=17,
            leading=27 if rtl else 21,  # Arabic descenders reach far below the baseline
            textColor=navy,
            alignment=TA_CENTER,
            spaceAfter=0,
        ),
        figure_label=derive(
            "figure_label", fontSize=7.5, leading=9.5, textColor=grey, alignment=TA_CENTER, spaceAfter=0
        ),
        warning=derive("warning", fontName=SANS_BOLD, textColor=colors.HexColor(RED)),
        lead=derive("lead", fontName=SANS_BOLD, fontSize=9.8, leading=14, spaceBefore=3, spaceAfter=3),
        list_item=derive("list_item", spaceAfter=0),
        list_marker=derive("list_marker", spaceAfter=0, alignment=TA_RIGHT if not rtl else TA_LEFT),
        caption=derive(
            "caption", fontName=SANS_ITALIC, fontSize=8.2, leading=11, textColor=grey, spaceBefore=2, spaceAfter=5
        ),
        cover_kind=derive("cover_kind", fontName=SANS_BOLD, fontSize=12, leading=17, textColor=colors.HexColor(TEAL)),
    )
