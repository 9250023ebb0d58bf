"""Export the PDF report: signed with a key (.p12 + passphrase) or not, in a language, to a file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..i18n import LANGUAGE_NAMES, SUPPORTED
from .forms.ui_pdf_export import Ui_PdfExportDialog
from .qt import QDialog, QDialogButtonBox, QFileDialog, QWidget
from .uikit import load_form

if TYPE_CHECKING:
    from .session import DocumentSession
    from .settings import Settings


@dataclass(frozen=True)
class PdfRequest:
    output: Path
    language: str
    key_file: Path | None
    passphrase: bytes | None


class PdfExportDialog(QDialog):
    """Where to save, in which language, and signed with which key (the matrix dialog shares it)."""

    OBJECT_NAME = "pdfExportDialog"
    SUFFIX = ".pdf"

    def __init__(
        self, session: DocumentSession, settings: Settings, suggested: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(self.OBJECT_NAME)
        self.setWindowTitle(self._title())
        self.session = session
        self.ui = ui = load_form(Ui_PdfExportDialog, self)
        self.settings = settings
        ui.keyFile.setText(self.settings.signing_key)
        for code in SUPPORTED:
            ui.language.addItem(LANGUAGE_NAMES[code], code)
        ui.language.setCurrentIndex(max(0, ui.language.findData(session.language)))
        ui.output.setText(suggested)
        ui.browseKey.clicked.connect(self._browse_key)
        ui.createKey.clicked.connect(self._create_key)
        ui.browseOutput.clicked.connect(self._browse_output)
        for widget in (ui.keyFile, ui.passphrase, ui.output):
            widget.textChanged.connect(self._validate)
        ui.signed.toggled.connect(self._validate)
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        self._validate()
        (ui.passphrase if ui.keyFile.text() else ui.keyFile).setFocus()
        self.resize(self.fontMetrics().averageCharWidth() * 100, self.sizeHint().height())

    def _title(self) -> str:
        return self.tr("Export the PDF report")

    def _save_as(self) -> tuple[str, str, str]:
        """The save dialog's title, its file filter, and what to say when no file is chosen."""
        return (
            self.tr("Save the report as"),
            self.tr("PDF files (*.pdf)"),
            self.tr("Choose where to save the report."),
        )

    def _problem(self) -> str:
        ui = self.ui
        if ui.signed.isChecked():
            if not ui.keyFile.text().strip():
                return self.tr("Choose your signing key, or create one.")
            if not ui.passphrase.text():
                return self.tr("Enter the key's passphrase.")
        if not ui.output.text().strip():
            return self._save_as()[2]
        return ""

    def _validate(self) -> None:
        signing = self.ui.signed.isChecked()
        for widget in (self.ui.keyFile, self.ui.browseKey, self.ui.createKey, self.ui.passphrase):
            widget.setEnabled(signing)
        problem = self._problem()
        self.ui.problem.setText(problem)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def _browse_key(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose your signing key"),
            self.ui.keyFile.text(),
            self.tr("Signing keys (*.p12 *.pfx);;All files (*)"),
        )
        if name:
            self.ui.keyFile.setText(name)

    def _create_key(self) -> None:
        from .key_dialog import CreateKeyDialog

        dialog = CreateKeyDialog(self)
        if dialog.exec() == dialog.DialogCode.Accepted and dialog.created is not None:
            self.ui.keyFile.setText(str(dialog.created))
            self.ui.passphrase.setFocus()

    def _browse_output(self) -> None:
        title, files, _ = self._save_as()
        name, _ = QFileDialog.getSaveFileName(self, title, self.ui.output.text(), files)
        if name:
            self.ui.output.setText(name if name.lower().endswith(self.SUFFIX) else name + self.SUFFIX)

    def accept(self) -> None:
        if self._problem():
            return
        if self.ui.signed.isChecked():
            self.settings.signing_key = self.ui.keyFile.text().strip()
        super().accept()

    def request(self) -> PdfRequest:
        ui = self.ui
        signed = ui.signed.isChecked()
        output = ui.output.text().strip()
        request = PdfRequest(
            output=Path(output if output.lower().endswith(self.SUFFIX) else output + self.SUFFIX).expanduser(),
            language=str(ui.language.currentData()),
            key_file=Path(ui.keyFile.text().strip()).expanduser() if signed else None,
            passphrase=ui.passphrase.text().encode("utf-8") if signed else None,
        )
        ui.passphrase.clear()  # do not keep the passphrase in the widget longer than needed
        return request
