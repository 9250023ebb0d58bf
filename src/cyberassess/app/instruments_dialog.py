"""The instruments that apply to the country: a checkable list, and the dialog that changes them.

:func:`fill_instruments` fills a list with a framework's instruments, one checkable row each
("Budapest Convention — global", the full name as tooltip); the new-assessment dialog uses it with
the global instruments checked, :class:`InstrumentsDialog` (Edit ▸ Instruments that apply…, and
the treaty table's button) with the assessment's current choice.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..framework import tr
from .forms.ui_instruments import Ui_InstrumentsDialog
from .qt import QCoreApplication, QDialog, QListWidget, QListWidgetItem, Qt, QWidget
from .uikit import load_form

if TYPE_CHECKING:
    from ..framework import Framework

ID_ROLE = Qt.ItemDataRole.UserRole


def scope_label(global_scope: bool) -> str:
    if global_scope:
        return QCoreApplication.translate("Instruments", "global")
    return QCoreApplication.translate("Instruments", "regional")


def fill_instruments(view: QListWidget, framework: Framework, language: str, checked: Iterable[str]) -> None:
    """One checkable row per instrument of ``framework``; those in ``checked`` are checked."""
    chosen = set(checked)
    view.clear()
    for instrument in framework.instruments:
        text = QCoreApplication.translate("Instruments", "{short} — {scope}").format(
            short=tr(instrument.short, language), scope=scope_label(instrument.chosen_by_default)
        )
        item = QListWidgetItem(text, view)
        item.setData(ID_ROLE, instrument.id)
        item.setToolTip(tr(instrument.name, language))
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if instrument.id in chosen else Qt.CheckState.Unchecked)


def checked_instruments(view: QListWidget) -> tuple[str, ...]:
    """The ids of the checked rows, in the list's (the framework's) order."""
    return tuple(
        str(view.item(row).data(ID_ROLE))
        for row in range(view.count())
        if view.item(row).checkState() == Qt.CheckState.Checked
    )


def set_checked(view: QListWidget, ids: Iterable[str]) -> None:
    wanted = set(ids)
    for row in range(view.count()):
        item = view.item(row)
        item.setCheckState(Qt.CheckState.Checked if item.data(ID_ROLE) in wanted else Qt.CheckState.Unchecked)


class InstrumentsDialog(QDialog):
    """Choose the instruments that apply to an assessment's country."""

    def __init__(
        self,
        framework: Framework,
        language: str,
        chosen: Iterable[str],
        parent: QWidget | None = None,
        *,
        read_only: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("instrumentsDialog")
        self.setWindowTitle(self.tr("Instruments that apply"))
        self.framework = framework
        self.ui = ui = load_form(Ui_InstrumentsDialog, self)
        fill_instruments(ui.instruments, framework, language, chosen)
        ui.defaults.clicked.connect(lambda: set_checked(ui.instruments, framework.default_instrument_ids()))
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        if read_only:
            ui.instruments.setEnabled(False)
            ui.defaults.setEnabled(False)
        rows = max(6, min(ui.instruments.count(), 14))
        ui.instruments.setMinimumHeight(ui.instruments.sizeHintForRow(0) * rows + 4)
        self.resize(self.fontMetrics().averageCharWidth() * 80, self.sizeHint().height())

    def chosen(self) -> tuple[str, ...]:
        return checked_instruments(self.ui.instruments)
