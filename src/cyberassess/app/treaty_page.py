"""The Treaty table page: for each provision the framework cites, the national provision and its compliance.

One row per article (by instrument, sorted by article number), with the indicators citing it;
compliance (full / partial / none / not assessed) from a drop-down, the national provision and a
note typed in place. An indicator's guidance panel opens this page on one of its provisions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..review.treaty import Provision, provisions
from ..store.review_records import COMPLIANCE
from .delegates import KEY_ROLE, ChoiceDelegate
from .forms.ui_treaty_page import Ui_TreatyPage
from .qt import QAbstractItemView, QColor, QCoreApplication, QHeaderView, Qt, QTableWidgetItem, QWidget, Signal
from .review_edits import INSTRUMENTS, TREATY
from .uikit import load_form

if TYPE_CHECKING:
    from .session import DocumentSession

PROVISION_ROLE = Qt.ItemDataRole.UserRole + 1
ALL = "*"
EDITABLE = ("compliance", "national_provision", "note")
TINTS = {"full": "#2e7d32", "partial": "#ef6c00", "none": "#c62828"}


def compliance_labels() -> dict[str, str]:
    return {
        "full": QCoreApplication.translate("TreatyPage", "Full"),
        "partial": QCoreApplication.translate("TreatyPage", "Partial"),
        "none": QCoreApplication.translate("TreatyPage", "None"),
        "not-assessed": QCoreApplication.translate("TreatyPage", "Not assessed"),
    }


class TreatyPage(QWidget):
    indicatorChosen = Signal(str)

    def __init__(self, session: DocumentSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.edits = session.review
        self.ui = load_form(Ui_TreatyPage, self)
        self._filling = False
        self._instruments = session.instruments  # those the rows were made for
        self.provisions: list[Provision] = provisions(session.framework, self._instruments)
        self.labels = compliance_labels()
        ui = self.ui
        self.columns = [
            ("article", self.tr("Article")),
            ("title", self.tr("Provision")),
            ("indicator_ids", self.tr("Cited by")),
            ("compliance", self.tr("Compliance")),
            ("national_provision", self.tr("National provision")),
            ("note", self.tr("Note")),
        ]
        table = ui.table
        table.setColumnCount(len(self.columns))
        table.setHorizontalHeaderLabels([header for _f, header in self.columns])
        table.verticalHeader().hide()
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        table.setItemDelegateForColumn(3, ChoiceDelegate([(k, self.labels[k]) for k in COMPLIANCE], table))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        table.itemChanged.connect(self._item_changed)
        table.itemActivated.connect(self._activated)
        self._fill_instrument_filter()
        ui.instrument.currentIndexChanged.connect(self._apply_filter)
        ui.chooseInstruments.clicked.connect(self.choose_instruments)
        ui.chooseInstruments.setEnabled(not session.read_only)
        self.edits.changed.connect(self._changed)
        self.refresh()

    def _fill_instrument_filter(self) -> None:
        """The filter's choices: all, then each instrument that applies and has provisions in the table."""
        combo, wanted = self.ui.instrument, self.ui.instrument.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All instruments"), ALL)
        seen: list[str] = []
        for provision in self.provisions:
            if provision.instrument not in seen:
                seen.append(provision.instrument)
                instrument = self.session.framework.instrument(provision.instrument)
                combo.addItem(self.session.text(instrument.short), provision.instrument)
        combo.setCurrentIndex(max(0, combo.findData(wanted)))
        combo.blockSignals(False)

    def _changed(self, kind: str) -> None:
        if kind in (INSTRUMENTS, TREATY):
            self.refresh()

    def choose_instruments(self) -> None:
        """Ask which instruments apply to the country, and record the choice (undoable)."""
        from .instruments_dialog import InstrumentsDialog

        session = self.session
        dialog = InstrumentsDialog(session.framework, session.language, session.instruments, self)
        if dialog.exec() == dialog.DialogCode.Accepted:
            session.review.set_instruments(dialog.chosen())

    def _article_text(self, provision: Provision) -> str:
        short = self.session.text(self.session.framework.instrument(provision.instrument).short)
        article = self.tr("art. {number}").format(number=provision.article) if provision.article else "–"
        return f"{short}, {article}"

    def refresh(self) -> None:
        if self.session.instruments != self._instruments:  # changed here, by an undo or a matrix import
            self._instruments = self.session.instruments
            self.provisions = provisions(self.session.framework, self._instruments)
            self._fill_instrument_filter()
        entries = self.session.doc.treaty_entries()
        table = self.ui.table
        self._filling = True
        try:
            table.setRowCount(len(self.provisions))
            for r, provision in enumerate(self.provisions):
                entry = entries.get(provision.key)
                values: dict[str, Any] = {
                    "article": self._article_text(provision),
                    "title": provision.title_in(self.session.language),
                    "indicator_ids": ", ".join(provision.indicator_ids),
                    "compliance": entry.compliance if entry else "not-assessed",
                    "national_provision": entry.national_provision if entry else "",
                    "note": entry.note if entry else "",
                }
                for c, (field, _header) in enumerate(self.columns):
                    value = values[field]
                    item = QTableWidgetItem(self.labels[value] if field == "compliance" else value)
                    item.setData(PROVISION_ROLE, provision.key)
                    item.setData(KEY_ROLE, value)
                    item.setToolTip(item.text())
                    if field not in EDITABLE or self.session.read_only:
                        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    if field == "compliance" and value in TINTS:
                        item.setForeground(QColor(TINTS[value]))
                    table.setItem(r, c, item)
        finally:
            self._filling = False
        table.resizeColumnsToContents()
        for column, width in ((1, 300), (2, 160), (4, 280)):
            table.setColumnWidth(column, min(table.columnWidth(column), width))
        self._apply_filter()
        counts = {
            k: sum(1 for p in self.provisions if (e := entries.get(p.key)) and e.compliance == k) for k in COMPLIANCE
        }
        assessed = len(self.provisions) - sum(
            1 for p in self.provisions if (e := entries.get(p.key)) is None or e.compliance == "not-assessed"
        )
        self.ui.summary.setText(
            self.tr(
                "{total} provisions of the instruments that apply; {assessed} assessed: {full} fully, "
                "{partial} partly and {none} not reflected in national law."
            ).format(
                total=len(self.provisions),
                assessed=assessed,
                full=counts["full"],
                partial=counts["partial"],
                none=counts["none"],
            )
        )

    def _apply_filter(self) -> None:
        wanted = self.ui.instrument.currentData()
        for r, provision in enumerate(self.provisions):
            self.ui.table.setRowHidden(r, wanted not in (ALL, None) and provision.instrument != wanted)

    def show_provision(self, key: str) -> None:
        """Select one provision (from an indicator's guidance panel)."""
        self.ui.instrument.setCurrentIndex(0)
        for r, provision in enumerate(self.provisions):
            if provision.key == key:
                self.ui.table.setCurrentCell(r, 3)
                self.ui.table.scrollToItem(self.ui.table.item(r, 3))
                return

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        field = self.columns[item.column()][0]
        if field not in EDITABLE:
            return
        value = item.data(KEY_ROLE) if field == "compliance" else item.text().strip()
        entry = self.session.doc.treaty_entries().get(item.data(PROVISION_ROLE))
        current = getattr(entry, field) if entry else ("not-assessed" if field == "compliance" else "")
        if value == current:
            return
        if not self.edits.set_treaty(item.data(PROVISION_ROLE), **{field: value}):
            self.refresh()

    def _activated(self, item: QTableWidgetItem) -> None:
        if self.columns[item.column()][0] == "indicator_ids" and item.text():
            self.indicatorChosen.emit(item.text().split(",")[0].strip())
