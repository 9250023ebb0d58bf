"""Settings: language, the assessor's name, the signing key, recent files; where they are kept."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..i18n import LANGUAGE_NAMES, SUPPORTED
from ..paths import portable_mode
from .forms.ui_settings import Ui_SettingsDialog
from .qt import QDialog, QFileDialog, QWidget
from .uikit import load_form, muted

if TYPE_CHECKING:
    from .main import AppController


class SettingsDialog(QDialog):
    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.controller = controller
        self.settings = settings = controller.settings
        self.ui = ui = load_form(Ui_SettingsDialog, self)
        ui.language.addItem(self.tr("Same as the system"), "")
        for code in SUPPORTED:
            ui.language.addItem(LANGUAGE_NAMES[code], code)
        ui.language.setCurrentIndex(max(0, ui.language.findData(settings.language)))
        ui.assessor.setText(settings.default_assessor)
        ui.keyFile.setText(settings.signing_key)
        ui.browseKey.clicked.connect(self._browse_key)
        ui.clearRecent.clicked.connect(self._clear_recent)
        mode = self.tr("Portable mode: settings are kept next to the program.") if portable_mode() else ""
        ui.where.setText(" ".join(p for p in (mode, self.tr("Settings file: {path}").format(path=settings.path)) if p))
        muted(ui.where)
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.sizeHint().height())

    def _browse_key(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the signing key"),
            self.ui.keyFile.text(),
            self.tr("Signing keys (*.p12 *.pfx);;All files (*)"),
        )
        if name:
            self.ui.keyFile.setText(name)

    def _clear_recent(self) -> None:
        self.settings.clear_recent()
        self.ui.clearRecent.setEnabled(False)
        start = self.controller.start_window
        if start is not None:
            start.refresh()

    def accept(self) -> None:
        settings = self.settings
        language = self.ui.language.currentData() or ""
        changed_language = language != settings.language
        settings.language = language
        settings.default_assessor = self.ui.assessor.text()
        settings.signing_key = self.ui.keyFile.text().strip()
        super().accept()
        if changed_language:
            from .error_dialog import show_message

            show_message(
                self.parentWidget(),
                self.tr("Language"),
                self.tr("The new language is used the next time you start CyberAssess."),
            )
