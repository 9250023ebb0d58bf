"""Ask for an encrypted assessment's passphrase: to open it, or a new one (typed twice) to encrypt it.

The passphrase goes from the widget straight to the caller as bytes; the fields are cleared when
the dialog closes. It is never stored in the settings, a log or the window title.
"""

from __future__ import annotations

from .forms.ui_passphrase import Ui_PassphraseDialog
from .qt import QDialog, QDialogButtonBox, QWidget
from .uikit import load_form

MIN_PASSPHRASE = 8  # as store.cipher.MIN_PASSPHRASE_LENGTH (not imported: it would load the store here)


class PassphraseDialog(QDialog):
    def __init__(self, name: str, *, new: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.new = new
        self.ui = ui = load_form(Ui_PassphraseDialog, self)
        if new:
            self.setWindowTitle(self.tr("Encrypt {name}").format(name=name))
            ui.message.setText(
                self.tr(
                    "Choose a passphrase for {name}: at least {n} characters; a few unrelated words are easy "
                    "to remember."
                ).format(name=name, n=MIN_PASSPHRASE)
            )
        else:
            self.setWindowTitle(self.tr("Encrypted assessment"))
            ui.message.setText(self.tr("{name} is encrypted. Enter its passphrase to open it.").format(name=name))
        for widget in (ui.repeat, ui.repeatLabel, ui.warning):
            widget.setVisible(new)
        ui.passphrase.textChanged.connect(self._validate)
        ui.repeat.textChanged.connect(self._validate)
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        self._validate()
        ui.passphrase.setFocus()
        self.resize(self.fontMetrics().averageCharWidth() * 70, self.sizeHint().height())

    def _problem(self) -> str:
        text = self.ui.passphrase.text()
        if not text:
            return self.tr("Enter the passphrase.")
        if self.new and len(text) < MIN_PASSPHRASE:
            return self.tr("The passphrase needs at least {n} characters.").format(n=MIN_PASSPHRASE)
        if self.new and text != self.ui.repeat.text():
            return self.tr("The two passphrases differ.")
        return ""

    def _validate(self) -> None:
        problem = self._problem()
        self.ui.problem.setText(problem if self.ui.passphrase.text() else "")
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def accept(self) -> None:
        if not self._problem():
            super().accept()

    def take(self) -> bytes:
        """The passphrase typed (the fields are cleared)."""
        value = self.ui.passphrase.text().encode("utf-8")
        self.ui.passphrase.clear()
        self.ui.repeat.clear()
        return value


def ask_passphrase(parent: QWidget | None, name: str, *, new: bool = False) -> bytes | None:
    """The passphrase to open ``name`` (or, with ``new``, to encrypt it), or ``None`` if cancelled."""
    dialog = PassphraseDialog(name, new=new, parent=parent)
    accepted = dialog.exec() == dialog.DialogCode.Accepted
    value = dialog.take()
    dialog.deleteLater()
    return value if accepted else None
