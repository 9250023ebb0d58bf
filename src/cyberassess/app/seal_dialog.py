"""Seal for handover: choose the recipients' certificates (remembered), what goes in, and your key.

The package itself is made by :func:`cyberassess.seal.seal_assessment` in the background (see
:meth:`.ExportPage.seal_package`); this dialog only gathers the request. The key's passphrase goes
from the field into the request and the field is cleared; it is never stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..i18n import LANGUAGE_NAMES, SUPPORTED
from .forms.ui_seal import Ui_SealDialog
from .qt import QDialog, QDialogButtonBox, QFileDialog, QListWidgetItem, Qt, QWidget
from .uikit import load_form

if TYPE_CHECKING:
    from .session import DocumentSession
    from .settings import Settings

PATH_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class SealRequest:
    output: Path
    recipients: tuple[Path, ...]
    include: tuple[str, ...]
    language: str
    key_file: Path
    passphrase: bytes


class SealDialog(QDialog):
    def __init__(
        self, session: DocumentSession, settings: Settings, suggested: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sealDialog")
        self.setWindowTitle(self.tr("Seal for handover"))
        self.settings = settings
        self.ui = ui = load_form(Ui_SealDialog, self)
        for path in settings.seal_recipients:
            self._add(Path(path))
        ui.keyFile.setText(settings.signing_key)
        for code in SUPPORTED:
            ui.language.addItem(LANGUAGE_NAMES[code], code)
        ui.language.setCurrentIndex(max(0, ui.language.findData(session.language)))
        ui.output.setText(suggested)
        ui.addRecipient.clicked.connect(self._browse_recipients)
        ui.removeRecipient.clicked.connect(self._remove_recipient)
        ui.recipients.currentRowChanged.connect(lambda _row: self._validate())
        ui.browseKey.clicked.connect(self._browse_key)
        ui.browseOutput.clicked.connect(self._browse_output)
        for widget in (ui.keyFile, ui.passphrase, ui.output):
            widget.textChanged.connect(self._validate)
        for box in (ui.includeReport, ui.includeMatrix, ui.includeAssessment):
            box.toggled.connect(self._validate)
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Seal"))
        self._validate()
        self.resize(self.fontMetrics().averageCharWidth() * 100, self.sizeHint().height())

    def _add(self, path: Path) -> None:
        if str(path) in self._recipient_paths():
            return
        item = QListWidgetItem(path.name if path.is_file() else self.tr("{name} (missing)").format(name=path.name))
        item.setData(PATH_ROLE, str(path))
        item.setToolTip(str(path))
        self.ui.recipients.addItem(item)

    def _recipient_paths(self) -> list[str]:
        items = (self.ui.recipients.item(row) for row in range(self.ui.recipients.count()))
        return [str(item.data(PATH_ROLE)) for item in items if item is not None]

    def _browse_recipients(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add recipients' certificates"),
            self.settings.last_folder,
            self.tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"),
        )
        for name in names:
            self._add(Path(name))
        self._validate()

    def _remove_recipient(self) -> None:
        row = self.ui.recipients.currentRow()
        if row >= 0:
            self.ui.recipients.takeItem(row)
        self._validate()

    def _browse_key(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose your signing key"), self.ui.keyFile.text(), self.tr("Signing keys (*.p12 *.pfx)")
        )
        if name:
            self.ui.keyFile.setText(name)

    def _browse_output(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the package as"), self.ui.output.text(), self.tr("Sealed packages (*.p7m)")
        )
        if name:
            self.ui.output.setText(name if name.lower().endswith(".p7m") else name + ".p7m")

    def _include(self) -> tuple[str, ...]:
        ui = self.ui
        chosen = ((ui.includeReport, "pdf"), (ui.includeMatrix, "xlsx"), (ui.includeAssessment, "assessment"))
        return tuple(code for box, code in chosen if box.isChecked())

    def _problem(self) -> str:
        ui = self.ui
        if not self._recipient_paths():
            return self.tr("Add the certificate of at least one recipient.")
        missing = [Path(p).name for p in self._recipient_paths() if not Path(p).is_file()]
        if missing:
            return self.tr("Certificate not found: {name}. Remove it or add it again.").format(name=missing[0])
        if not self._include():
            return self.tr("Choose what goes into the package.")
        if not ui.keyFile.text().strip():
            return self.tr("Choose your signing key: the recipients check the package with it.")
        if not ui.passphrase.text():
            return self.tr("Enter the key's passphrase.")
        if not ui.output.text().strip():
            return self.tr("Choose where to save the package.")
        return ""

    def _validate(self) -> None:
        self.ui.removeRecipient.setEnabled(self.ui.recipients.currentRow() >= 0)
        problem = self._problem()
        self.ui.problem.setText(problem)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def accept(self) -> None:
        if self._problem():
            return
        self.settings.seal_recipients = self._recipient_paths()
        self.settings.signing_key = self.ui.keyFile.text().strip()
        super().accept()

    def request(self) -> SealRequest:
        ui = self.ui
        output = ui.output.text().strip()
        request = SealRequest(
            output=Path(output if output.lower().endswith(".p7m") else output + ".p7m").expanduser(),
            recipients=tuple(Path(p) for p in self._recipient_paths()),
            include=self._include(),
            language=str(ui.language.currentData()),
            key_file=Path(ui.keyFile.text().strip()).expanduser(),
            passphrase=ui.passphrase.text().encode("utf-8"),
        )
        ui.passphrase.clear()  # do not keep the passphrase in the widget longer than needed
        return request
