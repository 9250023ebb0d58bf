"""Issue #14 in the application: what a hostile report or a pasted name can do to the dialogs."""

from __future__ import annotations

from pathlib import Path

from cyberassess.app import error_dialog
from cyberassess.app.key_dialog import CreateKeyDialog
from cyberassess.app.qt import QFileDialog, QMessageBox, Qt

from .conftest import wait_for_operations

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "pdf"


def test_the_verification_dialog_shows_certificate_names_escaped_as_plain_text(
    mini_file: Path, open_window, monkeypatch, qtbot
) -> None:
    shown: list[tuple[str, str, Qt.TextFormat]] = []

    def record(box: QMessageBox) -> int:
        shown.append((box.text(), box.informativeText(), box.textFormat()))
        return 0

    monkeypatch.setattr(error_dialog, "present", record)
    window = open_window(mini_file)
    window.show_page("export")
    report = CORPUS / "certificate-escapes.pdf"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(report), ""))
    window.export_page.ui.verifyPdf.click()
    wait_for_operations(qtbot)
    text, detail, text_format = shown[-1]
    assert text.startswith("VALID")
    assert text_format == Qt.TextFormat.PlainText  # a certificate's "<b>" or "<img>" is not markup
    assert "\x1b" not in detail and "\r" not in detail
    assert r"Signer: Eve\x1b[2K\r (QA)\n  Certificate: self-signed" in detail
    assert len([line for line in detail.splitlines() if line.startswith("Certificate: ")]) == 1


def test_the_key_dialog_keeps_names_a_certificate_can_hold(tmp_path: Path, messages, qtbot) -> None:
    dialog = CreateKeyDialog()
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert ui.signer.maxLength() == 64 and ui.organisation.maxLength() == 64
    ui.signer.setText("Eve\u202egpj.exe")  # pasted with a right-to-left override
    ui.passphrase.setText("correct horse battery")
    ui.repeat.setText("correct horse battery")
    ui.file.setText(str(tmp_path / "k.p12"))
    dialog.accept()
    wait_for_operations(qtbot)
    assert messages[-1].name == "errorDialog"
    assert "right-to-left override" in messages[-1].text
    assert not (tmp_path / "k.p12").exists()
