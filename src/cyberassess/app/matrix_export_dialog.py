"""Export the Excel matrix: signed with the assessor's key (.p12 + passphrase) or not, in a language.

The PDF export dialog with the matrix's words: a signed matrix lets the import tell whether its
answers, names and times were changed after signing (see :mod:`cyberassess.matrix.signature`).
Without a remembered key the dialog starts on "without a signature", the common case of a matrix
sent out for information.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .pdf_export_dialog import PdfExportDialog, PdfRequest
from .qt import QWidget

if TYPE_CHECKING:
    from .session import DocumentSession
    from .settings import Settings

__all__ = ["MatrixExportDialog", "PdfRequest"]


class MatrixExportDialog(PdfExportDialog):
    OBJECT_NAME = "matrixExportDialog"
    SUFFIX = ".xlsx"

    def __init__(
        self, session: DocumentSession, settings: Settings, suggested: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, settings, suggested, parent)
        ui = self.ui
        ui.signed.setText(self.tr("&Sign the answers with my key"))
        ui.unsigned.setText(
            self.tr("Export &without a signature (nobody can tell whether answers, names or times were changed)")
        )
        if not settings.signing_key:
            ui.unsigned.setChecked(True)
            ui.output.setFocus()

    def _title(self) -> str:
        return self.tr("Export the Excel matrix")

    def _save_as(self) -> tuple[str, str, str]:
        return (
            self.tr("Save the matrix as"),
            self.tr("Excel workbooks (*.xlsx)"),
            self.tr("Choose where to save the matrix."),
        )
