"""The Action plan page: actions with their responsible institution, horizon, effort and status, edited in place.

Filters by horizon, status and institution; drop-downs for horizon, effort and status; every cell
edit is one undoable edit through the core. Actions come from the priorities (all at once here, or
one at a time from the review and indicator pages) or are added freely.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..store.review_records import ACTION_STATUSES, EFFORTS, HORIZONS
from .delegates import KEY_ROLE, ChoiceDelegate
from .forms.ui_plan_page import Ui_PlanPage
from .qt import QAbstractItemView, QCoreApplication, QHeaderView, QKeySequence, Qt, QTableWidgetItem, QWidget, Signal
from .review_edits import PLAN
from .uikit import icon, load_form

if TYPE_CHECKING:
    from ..store.review_records import Action
    from .session import DocumentSession

ACTION_ROLE = Qt.ItemDataRole.UserRole + 1
ALL = "*"


def horizon_labels() -> dict[str, str]:
    return {
        "short": QCoreApplication.translate("PlanPage", "Short term (within a year)"),
        "medium": QCoreApplication.translate("PlanPage", "Medium term (1–3 years)"),
        "long": QCoreApplication.translate("PlanPage", "Long term (over 3 years)"),
    }


def effort_labels() -> dict[str, str]:
    return {
        "low": QCoreApplication.translate("PlanPage", "Low"),
        "medium": QCoreApplication.translate("PlanPage", "Medium"),
        "high": QCoreApplication.translate("PlanPage", "High"),
    }


def status_labels() -> dict[str, str]:
    return {
        "planned": QCoreApplication.translate("PlanPage", "Planned"),
        "in-progress": QCoreApplication.translate("PlanPage", "In progress"),
        "done": QCoreApplication.translate("PlanPage", "Done"),
        "dropped": QCoreApplication.translate("PlanPage", "Dropped"),
    }


class PlanPage(QWidget):
    indicatorChosen = Signal(str)

    def __init__(self, session: DocumentSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.edits = session.review
        self.ui = load_form(Ui_PlanPage, self)
        self._filling = False
        ui = self.ui
        self.columns: list[tuple[str, str]] = [
            ("priority", self.tr("#")),
            ("title", self.tr("Action")),
            ("indicator_ids", self.tr("Indicators")),
            ("owner", self.tr("Responsible institution")),
            ("partners", self.tr("Partners")),
            ("horizon", self.tr("Horizon")),
            ("effort", self.tr("Effort")),
            ("status", self.tr("Status")),
            ("notes", self.tr("Notes")),
        ]
        self.labels: dict[str, dict[str, str]] = {
            "horizon": horizon_labels(),
            "effort": effort_labels(),
            "status": status_labels(),
        }
        table = ui.table
        table.setColumnCount(len(self.columns))
        table.setHorizontalHeaderLabels([header for _field, header in self.columns])
        table.verticalHeader().hide()
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        not_set = self.tr("(not set)")
        for field, keys in (("horizon", HORIZONS), ("effort", EFFORTS)):
            column = self._column(field)
            choices: list[tuple[object, str]] = [(None, not_set), *((k, self.labels[field][k]) for k in keys)]
            table.setItemDelegateForColumn(column, ChoiceDelegate(choices, table))
        table.setItemDelegateForColumn(
            self._column("status"), ChoiceDelegate([(k, self.labels["status"][k]) for k in ACTION_STATUSES], table)
        )
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self._column("title"), QHeaderView.ResizeMode.Stretch)
        table.itemChanged.connect(self._item_changed)
        table.itemActivated.connect(self._activated)
        filters: tuple[tuple[Any, str, tuple[str, ...]], ...] = (
            (ui.horizonFilter, "horizon", HORIZONS),
            (ui.statusFilter, "status", ACTION_STATUSES),
        )
        for box, field, options in filters:
            box.addItem(self.tr("All"), ALL)
            for key in options:
                box.addItem(self.labels[field][key], key)
            box.currentIndexChanged.connect(self._apply_filters)
        ui.ownerFilter.currentIndexChanged.connect(self._apply_filters)
        ui.addButton.setIcon(icon("new"))
        ui.removeButton.setIcon(icon("remove"))
        ui.removeButton.setShortcut(QKeySequence.StandardKey.Delete)
        ui.addButton.clicked.connect(self.add)
        ui.prioritiesButton.clicked.connect(self.add_priorities)
        ui.removeButton.clicked.connect(self.remove_selected)
        self.edits.changed.connect(lambda kind: self.refresh() if kind == PLAN else None)
        self.refresh()

    def _column(self, field: str) -> int:
        return next(n for n, (name, _header) in enumerate(self.columns) if name == field)

    # ----------------------------------------------------------------- showing
    def _show(self, field: str, value: Any) -> str:
        if field in self.labels:
            return self.labels[field].get(value, "") if value else ""
        if field == "indicator_ids":
            return ", ".join(value)
        return "" if value is None else str(value)

    def refresh(self) -> None:
        actions = self.session.doc.actions()
        table, ui = self.ui.table, self.ui
        self._filling = True
        try:
            table.setRowCount(len(actions))
            for r, action in enumerate(actions):
                for c, (field, _header) in enumerate(self.columns):
                    value = getattr(action, field)
                    item = QTableWidgetItem(self._show(field, value))
                    item.setData(ACTION_ROLE, action)
                    item.setData(KEY_ROLE, value)
                    item.setToolTip(item.text())
                    if self.session.read_only:
                        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    table.setItem(r, c, item)
            owners = sorted({a.owner for a in actions if a.owner})
            current = ui.ownerFilter.currentData()
            ui.ownerFilter.blockSignals(True)
            ui.ownerFilter.clear()
            ui.ownerFilter.addItem(self.tr("All"), ALL)
            for owner in owners:
                ui.ownerFilter.addItem(owner, owner)
            ui.ownerFilter.setCurrentIndex(max(0, ui.ownerFilter.findData(current)))
            ui.ownerFilter.blockSignals(False)
        finally:
            self._filling = False
        table.resizeColumnsToContents()
        for field, width in (("title", 320), ("notes", 260), ("owner", 220), ("partners", 180)):
            table.setColumnWidth(self._column(field), min(table.columnWidth(self._column(field)), width))
        table.resizeRowsToContents()
        self._apply_filters()
        self._summary(actions)
        editable = not self.session.read_only
        for button in (ui.addButton, ui.prioritiesButton, ui.removeButton):
            button.setEnabled(editable)

    def _summary(self, actions: list[Action]) -> None:
        counts = {key: sum(1 for a in actions if a.horizon == key) for key in HORIZONS}
        no_owner = sum(1 for a in actions if not a.owner)
        self.ui.summary.setText(
            self.tr(
                "{count} actions: {short} short term, {medium} medium term, {long} long term. "
                "{no_owner} without a responsible institution."
            ).format(count=len(actions), no_owner=no_owner, **counts)
        )

    def _apply_filters(self) -> None:
        ui = self.ui
        wanted = {
            "horizon": ui.horizonFilter.currentData(),
            "status": ui.statusFilter.currentData(),
            "owner": ui.ownerFilter.currentData(),
        }
        for r in range(ui.table.rowCount()):
            item = ui.table.item(r, 0)
            action = item.data(ACTION_ROLE) if item is not None else None
            visible = action is not None and all(
                value in (ALL, None) or getattr(action, field) == value for field, value in wanted.items()
            )
            ui.table.setRowHidden(r, not visible)

    # ----------------------------------------------------------------- editing
    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        action: Action = item.data(ACTION_ROLE)
        field = self.columns[item.column()][0]
        value: Any
        if field in self.labels:
            value = item.data(KEY_ROLE)
        elif field == "indicator_ids":
            value = tuple(part.strip() for part in item.text().replace(";", ",").split(",") if part.strip())
        elif field == "priority":
            text = item.text().strip()
            value = int(text) if text.isdigit() else (text or None)
        else:
            value = item.text().strip()
        if value == getattr(action, field):
            return
        if not self.edits.update_row(PLAN, action, **{field: value}):
            self.refresh()

    def _activated(self, item: QTableWidgetItem) -> None:
        if self.columns[item.column()][0] == "indicator_ids":
            action: Action = item.data(ACTION_ROLE)
            if action.indicator_ids:
                self.indicatorChosen.emit(action.indicator_ids[0])

    def add(self) -> None:
        if self.edits.add_row(PLAN, self.tr("Add an action"), title=self.tr("New action")) is None:
            return
        last = self.ui.table.rowCount() - 1
        self.ui.table.setCurrentCell(last, self._column("title"))
        self.ui.table.editItem(self.ui.table.item(last, self._column("title")))

    def add_priorities(self) -> None:
        added = self.edits.add_priorities()
        self.session.show_status(
            self.tr("{count} actions added from the priorities.").format(count=added)
            if added
            else self.tr("Every priority is already in the plan.")
        )

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.ui.table.selectionModel().selectedRows()}, reverse=True)
        if not rows and self.ui.table.currentRow() >= 0:
            rows = [self.ui.table.currentRow()]
        actions = [self.ui.table.item(r, 0).data(ACTION_ROLE) for r in rows if self.ui.table.item(r, 0)]
        if len(actions) > 1:
            self.session.undo_stack.beginMacro(self.tr("Remove {count} actions").format(count=len(actions)))
        for action in actions:
            self.edits.remove_row(PLAN, action)
        if len(actions) > 1:
            self.session.undo_stack.endMacro()
