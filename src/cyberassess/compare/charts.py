"""The comparison's vector charts, drawn like the report's (:mod:`cyberassess.report.charts`).

* :func:`progress_radar`: the radar of the dimensions with the baseline (grey, dashed outline) and
  the current scores (teal, filled) over the target (amber, dashed).
* :func:`spread_chart`: per dimension the countries' range (a bar from the lowest to the highest
  score) and median (a dot), on the stage scale 1–5.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, Rect
from reportlab.lib import colors

from ..report.charts import LEVELS, _label
from ..report.fonts import SANS
from ..report.styles import AMBER, GREY, INK, NAVY, RULE, STAGE_TINTS, TEAL
from .regional import Spread

BASELINE = "#7F8C99"


def _alpha(hex_colour: str, alpha: float) -> colors.Color:
    c = colors.HexColor(hex_colour)
    return colors.Color(c.red, c.green, c.blue, alpha=alpha)


def progress_radar(
    labels: Sequence[str],
    before: Sequence[float | None],
    after: Sequence[float | None],
    target: int,
    *,
    size: float,
    legend: tuple[str, str, str],
) -> Drawing:
    """A radar with two series: ``before`` (baseline) and ``after`` (current); ``legend`` names them and the target."""
    legend_height = 20.0
    drawing = Drawing(size, size + legend_height, initialFontName=SANS)
    cx, cy = size / 2, legend_height + size / 2
    radius = size / 2 - 22
    n = len(labels)

    def point(i: int, value: float) -> tuple[float, float]:
        angle = math.pi / 2 - 2 * math.pi * i / n
        r = radius * max(0.0, min(float(LEVELS), value)) / LEVELS
        return cx + r * math.cos(angle), cy + r * math.sin(angle)

    grid = Group()
    for level in range(1, LEVELS + 1):
        grid.add(
            Polygon(
                [c for i in range(n) for c in point(i, level)],
                fillColor=None,
                strokeColor=colors.HexColor(RULE),
                strokeWidth=0.6,
            )
        )
        x, y = point(0, level)
        grid.add(_label(str(level), x + 2.5, y - 2.8, 6.5, "start", GREY))
    for i in range(n):
        x, y = point(i, LEVELS)
        grid.add(Line(cx, cy, x, y, strokeColor=colors.HexColor(RULE), strokeWidth=0.6))
    drawing.add(grid)
    drawing.add(
        Polygon(
            [c for i in range(n) for c in point(i, target)],
            fillColor=None,
            strokeColor=colors.HexColor(AMBER),
            strokeWidth=1.4,
            strokeDashArray=[4, 2.5],
        )
    )
    drawing.add(
        Polygon(
            [c for i, v in enumerate(before) for c in point(i, v or 0.0)],
            fillColor=_alpha(BASELINE, 0.12),
            strokeColor=colors.HexColor(BASELINE),
            strokeWidth=1.3,
            strokeDashArray=[2, 1.6],
        )
    )
    drawing.add(
        Polygon(
            [c for i, v in enumerate(after) for c in point(i, v or 0.0)],
            fillColor=_alpha(TEAL, 0.28),
            strokeColor=colors.HexColor(TEAL),
            strokeWidth=1.6,
        )
    )
    for i, (label, value) in enumerate(zip(labels, after, strict=True)):
        if value is not None:
            x, y = point(i, value)
            drawing.add(Circle(x, y, 2.1, fillColor=colors.HexColor(TEAL), strokeColor=colors.white, strokeWidth=0.6))
        angle = math.pi / 2 - 2 * math.pi * i / n
        lx, ly = cx + (radius + 11) * math.cos(angle), cy + (radius + 11) * math.sin(angle) - 3
        anchor = "middle" if abs(math.cos(angle)) < 0.3 else ("start" if math.cos(angle) > 0 else "end")
        drawing.add(_label(label, lx, ly, 8, anchor, INK, bold=True))

    ly, x = 5.0, 4.0
    for name, colour, alpha, dash in ((legend[0], BASELINE, 0.12, [2, 1.6]), (legend[1], TEAL, 0.28, None)):
        drawing.add(
            Rect(
                x,
                ly,
                12,
                7,
                fillColor=_alpha(colour, alpha),
                strokeColor=colors.HexColor(colour),
                strokeWidth=1,
                strokeDashArray=dash,
            )
        )
        drawing.add(_label(name, x + 16, ly + 1, 7.5, "start", INK))
        x += size / 3
    drawing.add(
        Line(
            x, ly + 3.5, x + 14, ly + 3.5, strokeColor=colors.HexColor(AMBER), strokeWidth=1.4, strokeDashArray=[4, 2.5]
        )
    )
    drawing.add(_label(legend[2], x + 18, ly + 1, 7.5, "start", INK))
    return drawing


def spread_chart(
    labels: Sequence[str], spreads: Sequence[Spread], *, width: float, median_label: str, range_label: str
) -> Drawing:
    """One row per dimension: the stage scale 1–5 in stage colours, the range as a bar, the median as a dot."""
    row_h, top_pad, legend_h, left = 15.0, 14.0, 16.0, 30.0
    height = legend_h + top_pad + row_h * len(spreads)
    drawing = Drawing(width, height, initialFontName=SANS)
    right = width - 6
    band = (right - left) / LEVELS

    def x_of(value: float) -> float:
        return left + band * (max(1.0, min(5.999, value)) - 1.0)

    for level in range(1, LEVELS + 1):
        x0 = left + band * (level - 1)
        drawing.add(
            Rect(
                x0,
                legend_h,
                band,
                row_h * len(spreads),
                fillColor=colors.HexColor(STAGE_TINTS[level]),
                strokeColor=colors.white,
                strokeWidth=1,
            )
        )
        drawing.add(_label(str(level), x0 + 2, height - 10, 7, "start", GREY, bold=True))
    for n, (label, spread) in enumerate(zip(labels, spreads, strict=True)):
        y = height - top_pad - row_h * n - row_h / 2
        drawing.add(_label(label, left - 4, y - 3, 7.5, "end", INK, bold=True))
        if spread.minimum is None or spread.maximum is None or spread.median is None:
            continue
        x0, x1 = x_of(spread.minimum), x_of(spread.maximum)
        drawing.add(Rect(x0, y - 2.2, max(1.0, x1 - x0), 4.4, fillColor=_alpha(NAVY, 0.35), strokeColor=None))
        drawing.add(
            Circle(
                x_of(spread.median), y, 3.4, fillColor=colors.HexColor(NAVY), strokeColor=colors.white, strokeWidth=0.8
            )
        )
    drawing.add(Rect(left, 4, 14, 4.4, fillColor=_alpha(NAVY, 0.35), strokeColor=None))
    drawing.add(_label(range_label, left + 18, 3.5, 7.5, "start", INK))
    mid = left + (right - left) / 2
    drawing.add(Circle(mid + 6, 6.2, 3.4, fillColor=colors.HexColor(NAVY), strokeColor=colors.white))
    drawing.add(_label(median_label, mid + 14, 3.5, 7.5, "start", INK))
    return drawing
