"""Draw a reportlab chart (:mod:`.charts`) as a PNG with Pillow, for the Word edition.

reportlab's own bitmap renderer needs a compiled back end that is not part of this installation;
the charts use a handful of shapes (polygons, lines, circles, rectangles, strings), which Pillow
draws here from the same :class:`~reportlab.graphics.shapes.Drawing`, so the figure is defined once.
Strings in a drawing are already shaped and in display order (:func:`.text.display`).
"""

from __future__ import annotations

import io
import itertools
import math
from collections.abc import Iterator, Sequence
from functools import cache
from typing import Any

from ..paths import resource
from .fonts import FONT_FILES

Point = tuple[float, float]


@cache
def _font(name: str, size: int) -> Any:
    from PIL import ImageFont

    # The basic layout: the strings are already shaped and in display order; a layout engine
    # (raqm) would reorder right-to-left text a second time.
    path = str(resource("fonts", FONT_FILES.get(name, "DejaVuSans.ttf")))
    return ImageFont.truetype(path, size, layout_engine=ImageFont.Layout.BASIC)


def _rgba(colour: Any, alpha: float = 1.0) -> tuple[int, int, int, int] | None:
    if colour is None:
        return None
    a = getattr(colour, "alpha", 1.0)
    a = 1.0 if a is None else a
    return (round(colour.red * 255), round(colour.green * 255), round(colour.blue * 255), round(255 * a * alpha))


def _dashes(points: Sequence[Point], pattern: Sequence[float]) -> Iterator[tuple[Point, Point]]:
    """The visible segments of a dashed polyline (pattern in the same units as the points)."""
    on, index, left = True, 0, pattern[0]
    for (x0, y0), (x1, y1) in itertools.pairwise(points):
        length = math.hypot(x1 - x0, y1 - y0)
        done = 0.0
        while done < length - 1e-9:
            step = min(left, length - done)
            a = done / length
            b = (done + step) / length
            if on:
                yield (x0 + (x1 - x0) * a, y0 + (y1 - y0) * a), (x0 + (x1 - x0) * b, y0 + (y1 - y0) * b)
            done += step
            left -= step
            if left <= 1e-9:
                on = not on
                index = (index + 1) % len(pattern)
                left = pattern[index]


class _Painter:
    def __init__(self, width: float, height: float, scale: float) -> None:
        from PIL import Image

        self.scale, self.height = scale, height
        from PIL import ImageDraw

        self.image = Image.new("RGBA", (math.ceil(width * scale), math.ceil(height * scale)), (255, 255, 255, 255))
        self.draw = ImageDraw.Draw(self.image)

    def xy(self, x: float, y: float) -> Point:
        return x * self.scale, (self.height - y) * self.scale

    def layer(self) -> tuple[Any, Any]:
        from PIL import Image, ImageDraw

        overlay = Image.new("RGBA", self.image.size, (0, 0, 0, 0))
        return overlay, ImageDraw.Draw(overlay)

    def merge(self, overlay: Any) -> None:
        self.image.alpha_composite(overlay)

    def outline(self, draw: Any, points: list[Point], shape: Any) -> None:
        colour = _rgba(getattr(shape, "strokeColor", None))
        width = float(getattr(shape, "strokeWidth", 1) or 0)
        if colour is None or width <= 0:
            return
        line_width = max(1, round(width * self.scale))
        dash = getattr(shape, "strokeDashArray", None)
        if dash:
            for a, b in _dashes(points, [d * self.scale for d in dash]):
                draw.line([a, b], fill=colour, width=line_width)
        else:
            draw.line(points, fill=colour, width=line_width, joint="curve")

    def shape(self, shape: Any) -> None:
        from reportlab.graphics.shapes import Circle, Group, Line, Polygon, Rect, String

        if isinstance(shape, Group):
            for child in shape.contents:
                self.shape(child)
            return
        translucent = any(
            getattr(getattr(shape, name, None), "alpha", 1.0) not in (1.0, None)
            for name in ("fillColor", "strokeColor")
        )
        if translucent:
            overlay, draw = self.layer()
        else:
            overlay, draw = None, self.draw
        if isinstance(shape, Polygon):
            raw = shape.points
            points = [self.xy(raw[i], raw[i + 1]) for i in range(0, len(raw), 2)]
            if (fill := _rgba(shape.fillColor)) is not None:
                draw.polygon(points, fill=fill)
            self.outline(draw, [*points, points[0]], shape)
        elif isinstance(shape, Line):
            self.outline(draw, [self.xy(shape.x1, shape.y1), self.xy(shape.x2, shape.y2)], shape)
        elif isinstance(shape, Circle):
            (cx, cy), r = self.xy(shape.cx, shape.cy), shape.r * self.scale
            fill, stroke = _rgba(shape.fillColor), _rgba(shape.strokeColor)
            width = max(1, round((shape.strokeWidth or 0) * self.scale)) if stroke else 0
            draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=fill, outline=stroke, width=width)
        elif isinstance(shape, Rect):
            x0, y0 = self.xy(shape.x, shape.y + shape.height)
            x1, y1 = self.xy(shape.x + shape.width, shape.y)
            fill, stroke = _rgba(shape.fillColor), _rgba(shape.strokeColor)
            width = max(1, round((shape.strokeWidth or 0) * self.scale)) if stroke else 0
            draw.rectangle([x0, y0, x1, y1], fill=fill, outline=stroke, width=width)
        elif isinstance(shape, String):
            font = _font(shape.fontName, max(1, round(shape.fontSize * self.scale)))
            x, y = self.xy(shape.x, shape.y)
            anchor = {"start": "ls", "middle": "ms", "end": "rs"}.get(shape.textAnchor, "ls")
            draw.text((x, y), shape.text, font=font, fill=_rgba(shape.fillColor), anchor=anchor)
        if overlay is not None:
            self.merge(overlay)


def drawing_png(drawing: Any, scale: float = 4.0) -> bytes:
    """The drawing as PNG bytes, ``scale`` pixels per point."""
    painter = _Painter(float(drawing.width), float(drawing.height), scale)
    for shape in drawing.contents:
        painter.shape(shape)
    out = io.BytesIO()
    painter.image.convert("RGB").save(out, format="PNG", compress_level=6)
    return out.getvalue()
