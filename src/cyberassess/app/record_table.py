"""An editable table of review-record rows (team, persons consulted, documents): edit in place, add, remove.

Each cell edit is one undoable edit through :class:`~.review_edits.ReviewEdits`; a refused value
(a date that does not exist, text too long) is shown and the cell goes back to what is saved.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .qt import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QKeySequence,
    QPushButton,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from .uikit import icon

ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class RecordTable(QWidget):
    """A table over one kind of row; ``columns`` are (field, header), ``rows`` reads them from the core."""

    def __init__(
        self,
        edits: Any,
        kind: str,
        columns: list[tuple[str, str]],
        rows: Callable[[], list[Any]],
        *,
        new_row: dict[str, Any],
        add_text: str,
        parent: QWidget | None = None,
        show: Callable[[str, Any], str] | None = None,
        read_only_fields: tuple[str, ...] = (),
    ) -> None:
        super().__init__(parent)
        self.edits, self.kind, self.columns, self._rows, self.new_row = edits, kind, columns, rows, new_row
        self.show_value = show or (lambda _field, value: "" if value is None else str(value))
        self.read_only_fields = read_only_fields
        self._filling = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, len(columns), self)
        self.table.setHorizontalHeaderLabels([header for _field, header in columns])
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setMinimumHeight(160)
        self.table.itemChanged.connect(self._item_changed)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(icon("new"), add_text, self)
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(icon("remove"), self.tr("Remove"), self)
        self.remove_button.setShortcut(QKeySequence.StandardKey.Delete)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.table.setAccessibleName(add_text)

    def refresh(self) -> None:
        rows = self._rows()
        self._filling = True
        try:
            self.table.setRowCount(len(rows))
            for r, row in enumerate(rows):
                for c, (field, _header) in enumerate(self.columns):
                    item = QTableWidgetItem(self.show_value(field, getattr(row, field)))
                    item.setData(ROW_ROLE, row)
                    item.setToolTip(item.text())
                    if field in self.read_only_fields:
                        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    self.table.setItem(r, c, item)
        finally:
            self._filling = False
        read_only = self.edits.session.read_only
        self.add_button.setEnabled(not read_only)
        self.remove_button.setEnabled(not read_only and bool(rows))
        if read_only:
            self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.resizeColumnsToContents()
        for c in range(self.table.columnCount() - 1):
            self.table.setColumnWidth(c, min(self.table.columnWidth(c), 320))

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        row = item.data(ROW_ROLE)
        field = self.columns[item.column()][0]
        text = item.text().strip()
        value: Any = text or (None if field in ("date", "evidence_id") else "")
        if field == "evidence_id" and value is not None:
            value = int(text) if text.isdigit() else text
        if not self.edits.update_row(self.kind, row, **{field: value}):
            self.refresh()  # refused: back to what the file holds

    def add(self) -> None:
        row = self.edits.add_row(self.kind, self.add_button.text().replace("&", ""), **self.new_row)
        if row is None:
            return
        self.refresh()
        last = self.table.rowCount() - 1
        self.table.setCurrentCell(last, 0)
        item = self.table.item(last, 0)
        if item is not None:
            self.table.editItem(item)

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for r in rows:
            item = self.table.item(r, 0)
            if item is not None:
                self.edits.remove_row(self.kind, item.data(ROW_ROLE))
