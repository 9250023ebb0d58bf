"""Item delegates shared by lists and tables."""

from __future__ import annotations

from .qt import (
    QApplication,
    QModelIndex,
    QPainter,
    QPersistentModelIndex,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    Qt,
)

FRACTION_ROLE = Qt.ItemDataRole.UserRole + 20


class ProgressDelegate(QStyledItemDelegate):
    """Draws a fraction (0–1, in ``FRACTION_ROLE``) as a progress bar with the item's text on it."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        fraction = index.data(FRACTION_ROLE)
        if fraction is None:
            super().paint(painter, option, index)
            return
        widget = option.widget
        style = widget.style() if widget else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget)
        bar = QStyleOptionProgressBar()
        margin = max(2, option.rect.height() // 6)
        bar.rect = option.rect.adjusted(margin, margin, -margin, -margin)
        bar.minimum, bar.maximum = 0, 1000
        bar.progress = round(max(0.0, min(1.0, float(fraction))) * 1000)
        bar.text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        bar.textVisible = True
        bar.textAlignment = Qt.AlignmentFlag.AlignCenter
        bar.state = (option.state & ~QStyle.StateFlag.State_Selected) | QStyle.StateFlag.State_Horizontal
        bar.palette = option.palette
        bar.fontMetrics = option.fontMetrics
        bar.direction = option.direction
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, widget)
