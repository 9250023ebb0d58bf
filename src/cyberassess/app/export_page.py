"""The export page: the signed PDF report, the Excel matrix (export, verify, import) and sealed packages.

The exporters (reportlab, pyHanko, openpyxl) are imported only inside the actions, never at
start-up. If a feature is not part of this installation (its package cannot be imported), the
page says so in words instead of showing a button that cannot work.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING

from ..safetext import safe_name
from .error_dialog import message_box, show_box, show_error, show_message
from .forms.ui_export_page import Ui_ExportPage
from .operations import Operation, Progress
from .qt import QFileDialog, QHeaderView, QMessageBox, QTreeWidgetItem, QWidget, Signal
from .uikit import icon, load_form, local_time, muted

if TYPE_CHECKING:
    from ..matrix import ImportPlan, ImportResult
    from ..report import ExportResult, Verification
    from ..seal import SealResult
    from .session import DocumentSession
    from .settings import Settings


def feature_missing(module: str) -> str | None:
    """None when ``module`` imports; else why not (the package is absent or broken)."""
    try:
        importlib.import_module(module)
    except ImportError as exc:
        return str(exc)
    return None


class ExportPage(QWidget):
    indicatorChosen = Signal(str)

    def __init__(self, session: DocumentSession, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.ui = ui = load_form(Ui_ExportPage, self)
        ui.exportPdf.setIcon(icon("pdf"))
        ui.verifyPdf.setIcon(icon("verify"))
        ui.exportMatrix.setIcon(icon("table"))
        ui.importMatrix.setIcon(icon("import"))
        ui.exportDocx.setIcon(icon("export"))
        ui.sealPackage.setIcon(icon("verify"))
        ui.sealPackage.clicked.connect(self.seal_package)
        ui.exportPdf.clicked.connect(self.export_pdf)
        ui.exportDocx.clicked.connect(self.export_docx)
        ui.verifyPdf.clicked.connect(self.verify_pdf)
        ui.exportMatrix.clicked.connect(self.export_matrix)
        ui.importMatrix.clicked.connect(self.import_matrix)
        for label in (ui.pdfText, ui.matrixText, ui.sealText):
            muted(label)
        missing_pdf = feature_missing("cyberassess.report")
        ui.exportDocx.setVisible(missing_pdf is None and feature_missing("docx") is None)
        missing_matrix = feature_missing("cyberassess.matrix")
        for buttons, label, missing, what in (
            ((ui.exportPdf, ui.verifyPdf), ui.pdfUnavailable, missing_pdf, self.tr("The PDF report")),
            ((ui.exportMatrix, ui.importMatrix), ui.matrixUnavailable, missing_matrix, self.tr("The Excel matrix")),
        ):
            for button in buttons:
                button.setVisible(missing is None)
            label.setVisible(missing is not None)
            label.setText(
                self.tr("{what} is not available in this version of CyberAssess yet ({why}).").format(
                    what=what, why=missing
                )
            )
        header = ui.reportLog.header()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        session.documentChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """The report log of the assessment and which actions the read-only state allows."""
        read_only = self.session.read_only
        self.ui.importMatrix.setEnabled(not read_only)
        self.ui.importMatrix.setToolTip(
            self.tr("Not possible while the assessment is read-only (use Save As)") if read_only else ""
        )
        log = self.ui.reportLog
        log.clear()
        try:
            reports = self.session.doc.reports()
        except Exception:  # an unreadable log must not hide the export buttons
            reports = []
        for record in reversed(reports):
            kinds = {
                "pdf": self.tr("PDF report"),
                "docx": self.tr("Word draft"),
                "xlsx": self.tr("Excel matrix"),
                "seal": self.tr("Sealed package"),
            }
            kind = kinds.get(record.kind, record.kind)
            item = QTreeWidgetItem(
                [
                    local_time(record.at),
                    kind,
                    record.file_name,
                    record.signer or self.tr("not signed"),
                    record.sha256[:16] + "…",
                ]
            )
            item.setToolTip(4, record.sha256)
            log.addTopLevelItem(item)
        self.ui.logLabel.setVisible(bool(reports))
        log.setVisible(bool(reports))

    def _suggest(self, suffix: str, label: str) -> str:
        path = self.session.path
        return str(path.with_name(f"{path.stem} {label}{suffix}"))

    # ----------------------------------------------------------------- PDF
    def export_pdf(self) -> None:
        from .pdf_export_dialog import PdfExportDialog

        dialog = PdfExportDialog(self.session, self.settings, self._suggest(".pdf", self.tr("report")), self)
        if dialog.exec() != dialog.DialogCode.Accepted:
            return
        request = dialog.request()
        doc = self.session.doc

        def work(progress: Progress) -> ExportResult:
            from ..report import export_pdf

            return export_pdf(
                doc,
                request.output,
                language=request.language,
                key_file=request.key_file,
                passphrase=request.passphrase,
                progress=progress,
            )

        Operation(self, work, title=self.tr("Exporting the PDF report")).success(self._pdf_done).run_in_background()

    def _pdf_done(self, result: ExportResult) -> None:
        self.refresh()
        signed = (
            self.tr("Signed by {signer}.").format(signer=result.signer) if result.signed else self.tr("Not signed.")
        )
        show_message(
            self,
            self.tr("PDF report written"),
            self.tr("{path} ({pages} pages) is ready.").format(path=result.path, pages=result.pages),
            f"{signed}\nSHA-256 {result.sha256}",
        )

    # ----------------------------------------------------------------- Word
    def export_docx(self) -> None:
        """The same report as an editable Word draft, in the language of the assessment's session."""
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the Word draft"),
            self._suggest(".docx", self.tr("draft report")),
            self.tr("Word documents (*.docx)"),
        )
        if not name:
            return
        output = Path(name) if name.lower().endswith(".docx") else Path(name + ".docx")
        doc, language = self.session.doc, self.session.language

        def work(progress: Progress) -> ExportResult:
            from ..report import export_docx

            return export_docx(doc, output, language=language, progress=progress)

        def done(result: ExportResult) -> None:
            self.refresh()
            show_message(
                self,
                self.tr("Word draft written"),
                self.tr("{path} is ready for comments.").format(path=result.path),
                self.tr("It is not signed: the signed PDF is the final report.") + f"\nSHA-256 {result.sha256}",
            )

        Operation(self, work, title=self.tr("Exporting the Word draft")).success(done).run_in_background()

    def verify_pdf(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Verify a PDF report"),
            str(self.session.path.parent),
            self.tr("PDF files (*.pdf);;All files (*)"),
        )
        if not name:
            return

        def work(progress: Progress) -> Verification:
            from ..report import verify_pdf

            progress(-1, self.tr("Checking {name}…").format(name=safe_name(Path(name).name)))
            return verify_pdf(Path(name))

        Operation(self, work, title=self.tr("Verifying the report")).success(
            self._show_verification
        ).run_in_background()

    def _show_verification(self, verification: Verification) -> None:
        """The verdict as a plain-text dialog: the summary escapes what came from the file, and plain
        text keeps a certificate's name from being read as markup."""
        status = verification.status
        lines = verification.summary().splitlines()
        icons = {"VALID": QMessageBox.Icon.Information, "UNSIGNED": QMessageBox.Icon.Warning}
        box = message_box(
            self,
            self.tr("Verification"),
            lines[0],
            "\n".join(line.strip() for line in lines[1:]),
            icon=icons.get(status, QMessageBox.Icon.Critical),
            name="verificationDialog",
        )
        show_box(box)

    # ----------------------------------------------------------------- sealed package
    def seal_package(self) -> None:
        from .seal_dialog import SealDialog

        dialog = SealDialog(self.session, self.settings, self._suggest(".p7m", self.tr("handover")), self)
        if dialog.exec() != dialog.DialogCode.Accepted:
            return
        request = dialog.request()
        doc = self.session.doc

        def work(progress: Progress) -> SealResult:
            from ..report.keys import open_key
            from ..seal import load_certificate, seal_assessment

            progress(-1, self.tr("Reading the certificates and your key…"))
            recipients = [load_certificate(path) for path in request.recipients]
            key = open_key(request.key_file, request.passphrase)
            return seal_assessment(
                doc,
                request.output,
                recipients=recipients,
                key=key,
                include=request.include,
                language=request.language,
                progress=progress,
            )

        Operation(self, work, title=self.tr("Sealing the package")).success(self._sealed).run_in_background()

    def _sealed(self, result: SealResult) -> None:
        self.refresh()
        files = "\n".join(f"{item.name}  SHA-256 {item.sha256}" for item in result.files)
        show_message(
            self,
            self.tr("Package sealed"),
            self.tr("{path} is ready for {recipients}.").format(
                path=result.path, recipients="; ".join(result.recipients)
            ),
            self.tr("Signed by {signer}. Package SHA-256 {sha}.").format(signer=result.signer, sha=result.sha256)
            + "\n"
            + files,
        )

    # ----------------------------------------------------------------- matrix
    def export_matrix(self) -> None:
        from .matrix_export_dialog import MatrixExportDialog

        dialog = MatrixExportDialog(self.session, self.settings, self._suggest(".xlsx", self.tr("matrix")), self)
        if dialog.exec() != dialog.DialogCode.Accepted:
            return
        request = dialog.request()
        doc = self.session.doc

        def work(progress: Progress) -> tuple[Path, str]:
            from ..matrix import export_matrix
            from ..report.keys import open_key

            key = open_key(request.key_file, request.passphrase) if request.key_file is not None else None
            progress(-1, self.tr("Writing {name}…").format(name=request.output.name))
            path = export_matrix(doc, request.output, language=request.language, key=key)
            return path, key.info.subject if key is not None else ""

        def done(result: tuple[Path, str]) -> None:
            path, signer = result
            self.refresh()
            signed = self.tr("Signed by {signer}.").format(signer=signer) if signer else self.tr("Not signed.")
            show_message(self, self.tr("Excel matrix written"), self.tr("{path} is ready.").format(path=path), signed)

        Operation(self, work, title=self.tr("Exporting the Excel matrix")).success(done).run_in_background()

    def import_matrix(self) -> None:
        if self.session.read_only:
            return
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a matrix"),
            str(self.session.path.parent),
            self.tr("Excel workbooks (*.xlsx);;All files (*)"),
        )
        if not name:
            return
        doc = self.session.doc

        def work(progress: Progress) -> ImportPlan:
            from ..matrix import plan_import

            progress(-1, self.tr("Reading {name}…").format(name=Path(name).name))
            return plan_import(doc, Path(name))

        Operation(self, work, title=self.tr("Reading the matrix")).success(self._review_plan).run_in_background()

    def _review_plan(self, plan: ImportPlan) -> None:
        from .import_dialog import ImportMatrixDialog

        if not plan.new and not plan.conflicts:
            show_message(
                self,
                self.tr("Nothing to import"),
                self.tr("The matrix holds no answer that this assessment does not already have."),
                self.tr("{n} rows were not read.").format(n=len(plan.rejected)) if plan.rejected else "",
            )
            return
        dialog = ImportMatrixDialog(self.session, plan, self)
        if dialog.exec() != dialog.DialogCode.Accepted:
            return
        choices = dialog.choices()
        doc = self.session.doc

        def work(progress: Progress) -> ImportResult:
            from ..matrix import apply_import

            progress(-1, self.tr("Importing the answers…"))
            return apply_import(doc, plan, choices=choices)

        def done(result: ImportResult) -> None:
            self.session.absorb_external_changes(self.tr("Import {name}").format(name=plan.source.name))
            detail = self.tr("{applied} answers imported, {kept} of yours kept, {rejected} rows not read.").format(
                applied=result.applied, kept=result.kept_mine, rejected=result.rejected
            )
            if result.unresolved:
                detail += " " + self.tr("Changed meanwhile, so left as they are: {ids}.").format(
                    ids=", ".join(result.unresolved)
                )
            show_message(self, self.tr("Matrix imported"), self.tr("The import is done; Undo reverses it."), detail)

        def failed(exc: BaseException) -> None:
            self.session.absorb_external_changes(self.tr("Import {name}").format(name=plan.source.name))
            show_error(self, exc, doing=self.tr("Importing the matrix"))

        Operation(self, work, title=self.tr("Importing the matrix")).success(done).failure(failed).run_in_background()
