"""Help ▸ Keyboard shortcuts: every command that has a key, read from the actions themselves."""

from __future__ import annotations

from collections.abc import Iterable

from .qt import QAction, QDialog, QDialogButtonBox, QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget
from .uikit import shortcut_text


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None, actions: Iterable[QAction]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = []
        for action in actions:
            keys = shortcut_text(action.shortcuts())
            if keys:
                rows.append((action.statusTip() or action.text().replace("&", ""), keys))
        table = QTableWidget(len(rows), 2, self)
        table.setHorizontalHeaderLabels([self.tr("Command"), self.tr("Keys")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (name, keys) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(name))
            table.setItem(row, 1, QTableWidgetItem(keys))
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        em = self.fontMetrics().height()
        self.resize(em * 34, em * 30)
