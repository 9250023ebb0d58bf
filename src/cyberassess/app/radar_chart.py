"""A radar (spider) chart of the dimension scores against the target stage, drawn with QPainter.

No chart library: a few polygons in palette colours, sized from the font so it reads at any DPI.
Dimensions without a score (nothing rated yet) are drawn at the centre with a hollow marker.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .qt import (
    QColor,
    QEvent,
    QFont,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPointF,
    QPolygonF,
    QRectF,
    QSize,
    QSizePolicy,
    Qt,
    QToolTip,
    QWidget,
)

MAX_STAGE = 5


@dataclass(frozen=True)
class Axis:
    label: str  # short, drawn at the tip ("D3")
    title: str  # for the tooltip and screen readers
    score: float | None


class RadarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.axes: list[Axis] = []
        self.target: int | None = None
        self.baseline: list[float | None] | None = None  # a second series: the scores at the baseline
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Radar chart of the dimension scores"))

    def set_data(self, axes: list[Axis], target: int | None, baseline: list[float | None] | None = None) -> None:
        """Show ``axes`` against ``target``; with ``baseline``, the earlier scores too (dotted, behind)."""
        self.axes, self.target, self.baseline = axes, target, baseline
        parts = [f"{a.title}: {a.score:.1f}" if a.score is not None else f"{a.title}: -" for a in axes]
        self.setAccessibleDescription("; ".join(parts))
        self.update()

    def sizeHint(self) -> QSize:
        em = self.fontMetrics().height()
        return QSize(em * 22, em * 20)

    def minimumSizeHint(self) -> QSize:
        em = self.fontMetrics().height()
        return QSize(em * 12, em * 11)

    def _geometry(self) -> tuple[QPointF, float]:
        em = self.fontMetrics().height()
        legend = em * 1.6
        side = min(self.width(), self.height() - legend) - em * 3.2
        centre = QPointF(self.width() / 2, (self.height() - legend) / 2 + em * 0.3)
        return centre, max(side / 2, em)

    def _point(self, centre: QPointF, radius: float, index: float, value: float) -> QPointF:
        angle = -math.pi / 2 + 2 * math.pi * index / max(1, len(self.axes))
        r = radius * max(0.0, min(MAX_STAGE, value)) / MAX_STAGE
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            angle = math.pi - angle
        return QPointF(centre.x() + r * math.cos(angle), centre.y() + r * math.sin(angle))

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.axes:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        grid = QColor(pal.color(QPalette.ColorRole.Mid))
        accent = QColor(pal.color(QPalette.ColorRole.Highlight))
        target_colour = (
            QColor("#c0392b") if pal.color(QPalette.ColorRole.Window).lightness() > 128 else QColor("#ff8a70")
        )
        centre, radius = self._geometry()
        count = len(self.axes)
        em = self.fontMetrics().height()
        # rings for stages 1–5 and spokes
        painter.setPen(QPen(grid, 1))
        for stage in range(1, MAX_STAGE + 1):
            ring = QPolygonF([self._point(centre, radius, i, stage) for i in range(count)])
            painter.drawPolygon(ring)
        small = QFont(self.font())
        small.setPointSizeF(max(6.0, self.font().pointSizeF() * 0.8))
        painter.setFont(small)
        painter.setPen(grid.darker(140))
        for stage in range(1, MAX_STAGE + 1):  # the scale, between the first two spokes
            at = self._point(centre, radius, 0.5, stage - 0.12)
            painter.drawText(
                QRectF(at.x() - em * 0.6, at.y() - em * 0.5, em * 1.2, em), Qt.AlignmentFlag.AlignCenter, str(stage)
            )
        painter.setPen(QPen(grid, 1))
        for i in range(count):
            painter.drawLine(centre, self._point(centre, radius, i, MAX_STAGE))
        # target
        if self.target:
            pen = QPen(target_colour, 1.6, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPolygon(QPolygonF([self._point(centre, radius, i, self.target) for i in range(count)]))
        # the baseline's scores, behind the current ones
        if self.baseline is not None:
            painter.setPen(QPen(text, 1.4, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPolygon(
                QPolygonF([self._point(centre, radius, i, v or 0.0) for i, v in enumerate(self.baseline[:count])])
            )
        # scores
        fill = QColor(accent)
        fill.setAlphaF(0.25)
        points = [self._point(centre, radius, i, a.score or 0.0) for i, a in enumerate(self.axes)]
        painter.setPen(QPen(accent, 2))
        painter.setBrush(fill)
        painter.drawPolygon(QPolygonF(points))
        for point, axis in zip(points, self.axes, strict=True):
            painter.setBrush(accent if axis.score is not None else pal.color(QPalette.ColorRole.Base))
            painter.drawEllipse(point, em * 0.18, em * 0.18)
        # labels at the tips
        painter.setFont(self.font())
        painter.setPen(text)
        for i, axis in enumerate(self.axes):
            tip = self._point(centre, radius + em * 1.0, i, MAX_STAGE)
            box = QRectF(tip.x() - em * 1.5, tip.y() - em * 0.6, em * 3, em * 1.2)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, axis.label)
        # legend
        y = self.height() - em * 1.2
        x = self.width() / 2 - em * (11 if self.baseline is not None else 7)
        painter.setPen(QPen(accent, 2))
        painter.setBrush(fill)
        painter.drawRect(QRectF(x, y, em, em * 0.7))
        painter.setPen(text)
        score_text = self.tr("Score")
        painter.drawText(QPointF(x + em * 1.3, y + em * 0.7), score_text)
        if self.target:
            x2 = x + em * 1.6 + self.fontMetrics().horizontalAdvance(score_text) + em
            painter.setPen(QPen(target_colour, 1.6, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x2, y + em * 0.35), QPointF(x2 + em * 1.4, y + em * 0.35))
            painter.setPen(text)
            target_text = self.tr("Target: stage {n}").format(n=self.target)
            painter.drawText(QPointF(x2 + em * 1.7, y + em * 0.7), target_text)
            if self.baseline is not None:
                x3 = x2 + em * 2.7 + self.fontMetrics().horizontalAdvance(target_text)
                painter.setPen(QPen(text, 1.4, Qt.PenStyle.DotLine))
                painter.drawLine(QPointF(x3, y + em * 0.35), QPointF(x3 + em * 1.4, y + em * 0.35))
                painter.setPen(text)
                painter.drawText(QPointF(x3 + em * 1.7, y + em * 0.7), self.tr("Baseline"))
        painter.end()

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QHelpEvent):
            centre, radius = self._geometry()
            for i, axis in enumerate(self.axes):
                tip = self._point(centre, radius, i, axis.score or 0.0)
                if (tip - QPointF(event.pos())).manhattanLength() < self.fontMetrics().height() * 1.5:
                    score = f"{axis.score:.2f}" if axis.score is not None else self.tr("no stage yet")
                    QToolTip.showText(event.globalPos(), f"{axis.title}: {score}", self)
                    return True
            QToolTip.hideText()
            return True
        return super().event(event)
