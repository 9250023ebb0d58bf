"""Vector charts drawn with reportlab graphics: the radar of the dimensions and a stage bar."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, Rect, String
from reportlab.lib import colors

from . import text as tx
from .fonts import SANS, SANS_BOLD, register_fonts
from .styles import AMBER, GREY, INK, NAVY, RULE, STAGE_COLOURS, STAGE_TINTS, TEAL

LEVELS = 5


@dataclass(frozen=True)
class Axis:
    label: str  # short, e.g. "D3"
    score: float | None  # None: no rated indicator in this dimension


def _label(text: str, x: float, y: float, size: float, anchor: str, colour: str, bold: bool = False) -> Group:
    """A line of any script: split into runs by font (Arabic letters in the Arabic font, the rest in Latin)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    register_fonts()  # measured with the embedded fonts, also when no PDF is being made (the Word edition)
    visual = tx.display(text)
    parts = tx.runs(visual, SANS_BOLD if bold else SANS)
    widths = [stringWidth(part, font, size) for part, font in parts]
    total = sum(widths)
    start = x if anchor == "start" else x - total if anchor == "end" else x - total / 2
    group = Group()
    for (part, font), part_width in zip(parts, widths, strict=True):
        group.add(String(start, y, part, fontName=font, fontSize=size, fillColor=colors.HexColor(colour)))
        start += part_width
    return group


def radar(
    axes: Sequence[Axis], target: int, *, size: float, legend_score: str, legend_target: str, no_data: str
) -> Drawing:
    """A radar (spider) chart: rings for stages 1-5, the scores as a filled polygon, the target dashed."""
    legend_height = 20.0
    drawing = Drawing(size, size + legend_height, initialFontName=SANS)
    cx, cy = size / 2, legend_height + size / 2
    radius = size / 2 - 27  # room for the axis labels on every side (they must not touch what is beside)
    n = len(axes)

    def point(i: int, value: float) -> tuple[float, float]:
        angle = math.pi / 2 - 2 * math.pi * i / n  # first axis straight up, clockwise
        r = radius * max(0.0, min(float(LEVELS), value)) / LEVELS
        return cx + r * math.cos(angle), cy + r * math.sin(angle)

    grid = Group()
    for level in range(1, LEVELS + 1):
        ring = [c for i in range(n) for c in point(i, level)]
        grid.add(Polygon(ring, fillColor=None, strokeColor=colors.HexColor(RULE), strokeWidth=0.6))
    for i in range(n):
        x, y = point(i, LEVELS)
        grid.add(Line(cx, cy, x, y, strokeColor=colors.HexColor(RULE), strokeWidth=0.6))
    for level in range(1, LEVELS + 1):
        x, y = point(0, level)
        grid.add(String(x + 2.5, y - 2.8, str(level), fontName=SANS, fontSize=6.5, fillColor=colors.HexColor(GREY)))
    drawing.add(grid)

    target_points = [c for i in range(n) for c in point(i, target)]
    drawing.add(
        Polygon(
            target_points, fillColor=None, strokeColor=colors.HexColor(AMBER), strokeWidth=1.4, strokeDashArray=[4, 2.5]
        )
    )
    score_points = [c for i, axis in enumerate(axes) for c in point(i, axis.score or 0.0)]
    fill = colors.HexColor(TEAL)
    drawing.add(
        Polygon(
            score_points,
            fillColor=colors.Color(fill.red, fill.green, fill.blue, alpha=0.28),
            strokeColor=fill,
            strokeWidth=1.6,
        )
    )
    for i, axis in enumerate(axes):
        if axis.score is not None:
            x, y = point(i, axis.score)
            drawing.add(Circle(x, y, 2.1, fillColor=fill, strokeColor=colors.white, strokeWidth=0.6))
        angle = math.pi / 2 - 2 * math.pi * i / n
        lx, ly = cx + (radius + 11) * math.cos(angle), cy + (radius + 11) * math.sin(angle) - 3
        anchor = "middle" if abs(math.cos(angle)) < 0.3 else ("start" if math.cos(angle) > 0 else "end")
        drawing.add(_label(axis.label, lx, ly, 8, anchor, INK if axis.score is not None else GREY, bold=True))
        if axis.score is None:
            drawing.add(_label(no_data, lx, ly - 8, 6, anchor, GREY))

    # Legend: a filled swatch for the scores, a dashed line for the target.
    ly = 5.0
    drawing.add(
        Rect(
            4,
            ly,
            12,
            7,
            fillColor=colors.Color(fill.red, fill.green, fill.blue, alpha=0.28),
            strokeColor=fill,
            strokeWidth=1,
        )
    )
    drawing.add(_label(legend_score, 20, ly + 1, 7.5, "start", INK))
    mid = size / 2 + 6
    drawing.add(
        Line(
            mid,
            ly + 3.5,
            mid + 14,
            ly + 3.5,
            strokeColor=colors.HexColor(AMBER),
            strokeWidth=1.4,
            strokeDashArray=[4, 2.5],
        )
    )
    drawing.add(_label(legend_target, mid + 18, ly + 1, 7.5, "start", INK))
    return drawing


def stage_bar(
    score: float | None, target: int, *, width: float, stage_labels: Sequence[str], score_label: str, target_label: str
) -> Drawing:
    """A horizontal scale 1-5 with coloured stage bands, a marker at the score and a line at the target."""
    height = 38.0
    drawing = Drawing(width, height, initialFontName=SANS)
    band_y, band_h = 14.0, 10.0
    left, right = 4.0, width - 4.0
    span = right - left

    band_w = span / LEVELS
    for level in range(1, LEVELS + 1):
        x0 = left + band_w * (level - 1)
        drawing.add(
            Rect(
                x0,
                band_y,
                band_w,
                band_h,
                fillColor=colors.HexColor(STAGE_TINTS[level]),
                strokeColor=colors.white,
                strokeWidth=1,
            )
        )
        label = stage_labels[level - 1] if level - 1 < len(stage_labels) else str(level)
        drawing.add(_label(f"{level}  {label}", x0 + band_w / 2, 3.5, 6.8, "middle", GREY))

    # A stage is reached at its whole number: band k spans scores k to k+1, so 2.7 sits inside band 2.
    def x_band(value: float) -> float:
        return left + band_w * (max(1.0, min(5.999, value)) - 1.0)

    tx_ = x_band(float(target))
    drawing.add(
        Line(
            tx_,
            band_y - 2,
            tx_,
            band_y + band_h + 4,
            strokeColor=colors.HexColor(AMBER),
            strokeWidth=1.6,
            strokeDashArray=[3, 2],
        )
    )
    close = score is not None and abs(x_band(score) - tx_) <= 34
    target_anchor = ("end" if score is not None and x_band(score) >= tx_ else "start") if close else "middle"
    shift = {"end": -3.0, "start": 3.0, "middle": 0.0}[target_anchor]
    drawing.add(_label(target_label, tx_ + shift, band_y + band_h + 6, 6.8, target_anchor, AMBER, bold=True))
    if score is not None:
        sx = x_band(score)
        stage = max(1, min(5, math.floor(score + 1e-9)))
        drawing.add(
            Rect(left, band_y + 3, max(0.5, sx - left), band_h - 6, fillColor=colors.HexColor(NAVY), strokeColor=None)
        )
        drawing.add(
            Circle(
                sx,
                band_y + band_h / 2,
                4.2,
                fillColor=colors.HexColor(STAGE_COLOURS[stage]),
                strokeColor=colors.white,
                strokeWidth=1,
            )
        )
        if abs(sx - tx_) > 34:
            anchor = "end" if sx > right - 40 else "start" if sx < left + 40 else "middle"
            drawing.add(_label(score_label, sx, band_y + band_h + 6, 6.8, anchor, NAVY, bold=True))
        else:  # score next to the target: the score's label goes on the far side of the marker
            anchor = "start" if sx >= tx_ else "end"
            drawing.add(
                _label(score_label, sx + (6 if sx >= tx_ else -6), band_y + band_h + 6, 6.8, anchor, NAVY, bold=True)
            )
    return drawing


def roadmap_band(titles: Sequence[str], *, width: float, rtl: bool = False) -> Drawing:
    """Chevrons for the horizons of the roadmap, short term first, pointing the way time runs."""
    height = 26.0
    drawing = Drawing(width, height, initialFontName=SANS)
    n = max(1, len(titles))
    tip = 9.0
    step = width / n
    shades = ("#1F7A8C", "#2C8C9E", "#3E9FB0", "#53B1C1")
    for i, title in enumerate(titles):
        slot = n - 1 - i if rtl else i
        x0, x1 = slot * step, (slot + 1) * step - 2
        if rtl:  # pointing left: the tip on the left edge, the notch on the right
            points = [
                x0,
                height / 2,
                x0 + tip,
                height,
                x1,
                height,
                x1 - (tip if i else 0),
                height / 2,
                x1,
                0,
                x0 + tip,
                0,
            ]
        else:
            points = [
                x0,
                0,
                x1 - tip,
                0,
                x1,
                height / 2,
                x1 - tip,
                height,
                x0,
                height,
                x0 + (tip if i else 0),
                height / 2,
            ]
        drawing.add(Polygon(points, fillColor=colors.HexColor(shades[i % len(shades)]), strokeColor=None))
        drawing.add(_label(title, (x0 + x1) / 2 + (tip / 2 if not rtl else -tip / 2) * (1 if i else 0), height / 2 - 3,
                           7.5, "middle", "#FFFFFF", bold=True))  # fmt: skip
    return drawing
