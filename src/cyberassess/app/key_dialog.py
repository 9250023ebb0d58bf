"""Create a signing key (a passphrase-protected .p12 with a self-signed certificate)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..paths import user_data_dir
from .error_dialog import show_message
from .forms.ui_create_key import Ui_CreateKeyDialog
from .operations import Operation, Progress
from .qt import QDialog, QDialogButtonBox, QFileDialog, QWidget
from .uikit import load_form

if TYPE_CHECKING:
    from ..report import KeyInfo

MIN_PASSPHRASE = 8


class CreateKeyDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("createKeyDialog")
        self.setWindowTitle(self.tr("Create a signing key"))
        self.created: Path | None = None
        self.ui = ui = load_form(Ui_CreateKeyDialog, self)
        ui.file.setText(str(user_data_dir() / "keys" / "signing-key.p12"))
        for widget in (ui.signer, ui.organisation, ui.passphrase, ui.repeat, ui.file):
            widget.textChanged.connect(self._validate)
        ui.browse.clicked.connect(self._browse)
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self._validate()
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.sizeHint().height())

    def _problem(self) -> str:
        ui = self.ui
        if not ui.signer.text().strip():
            return self.tr("Enter your name as it should appear on signed reports.")
        if len(ui.passphrase.text()) < MIN_PASSPHRASE:
            return self.tr("The passphrase needs at least {n} characters.").format(n=MIN_PASSPHRASE)
        if ui.passphrase.text() != ui.repeat.text():
            return self.tr("The two passphrases differ.")
        if not ui.file.text().strip():
            return self.tr("Choose where to save the key.")
        return ""

    def _validate(self) -> None:
        problem = self._problem()
        self.ui.problem.setText(problem)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the key as"), self.ui.file.text(), self.tr("Signing keys (*.p12)")
        )
        if name:
            self.ui.file.setText(name if name.endswith(".p12") else name + ".p12")

    def accept(self) -> None:
        if self._problem():
            return
        ui = self.ui
        out = Path(ui.file.text().strip()).expanduser()
        name, org, passphrase = ui.signer.text(), ui.organisation.text(), ui.passphrase.text().encode("utf-8")
        ui.passphrase.clear()
        ui.repeat.clear()

        def work(progress: Progress) -> KeyInfo:
            from ..report import create_key

            progress(-1, self.tr("Creating the key (this takes a moment)…"))
            out.parent.mkdir(parents=True, exist_ok=True)
            return create_key(out, name=name, org=org, passphrase=passphrase)

        Operation(self, work, title=self.tr("Creating the signing key")).success(self._created).run_in_background()

    def _created(self, info: KeyInfo) -> None:
        from ..report import format_fingerprint

        self.created = info.path
        show_message(
            self,
            self.tr("Signing key created"),
            self.tr("{path} is ready.").format(path=info.path),
            self.tr("Its fingerprint, which readers of your reports can check with you:\n{fp}").format(
                fp=format_fingerprint(info.certificate_sha256)
            ),
        )
        super().accept()
