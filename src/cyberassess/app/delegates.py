"""Item delegates shared by lists and tables."""

from __future__ import annotations

from .qt import (
    QAbstractItemModel,
    QApplication,
    QComboBox,
    QModelIndex,
    QPainter,
    QPersistentModelIndex,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    Qt,
    QWidget,
)

FRACTION_ROLE = Qt.ItemDataRole.UserRole + 20
KEY_ROLE = Qt.ItemDataRole.UserRole + 21  # the stored value behind a translated label


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell with a drop-down of (stored value, label) choices; the value goes in ``KEY_ROLE``."""

    def __init__(self, choices: list[tuple[object, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        box = QComboBox(parent)
        for value, label in self.choices:
            box.addItem(label, value)
        return box

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(KEY_ROLE))))

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), KEY_ROLE)


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
