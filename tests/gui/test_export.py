"""The export page wired to the real exporters: signed PDF (with a key created in the app), verify,
Excel matrix export, and import with the conflict dialog."""

from __future__ import annotations

from pathlib import Path

from cyberassess.app import export_page
from cyberassess.app.qt import QApplication, QFileDialog, Qt, QTest
from cyberassess.store import Assessment

from .conftest import activate_window, wait_for_operations


def test_the_page_says_plainly_which_export_is_not_available(mini_file: Path, open_window, monkeypatch) -> None:
    real = export_page.feature_missing
    monkeypatch.setattr(
        export_page,
        "feature_missing",
        lambda module: "No module named 'reportlab'" if module == "cyberassess.report" else real(module),
    )
    window = open_window(mini_file)
    window.show_page("export")
    ui = window.export_page.ui
    assert ui.pdfUnavailable.isVisible() and "PDF report is not available" in ui.pdfUnavailable.text()
    assert not ui.exportPdf.isVisible() and not ui.verifyPdf.isVisible()  # no button that cannot work
    assert ui.exportMatrix.isVisible() and not ui.matrixUnavailable.isVisible()


def test_signed_pdf_with_a_new_key_then_verify(
    mini_file, open_window, on_modal, messages, monkeypatch, tmp_path, qtbot
) -> None:
    window = open_window(mini_file)
    window.session.set_value("D1.1.1", 3)
    window.show_page("export")
    page = window.export_page
    output, key = tmp_path / "report.pdf", tmp_path / "keys" / "me.p12"

    def create_key(dialog) -> bool:
        ui = dialog.ui
        QTest.keyClicks(ui.signer, "Ada Lovelace")
        QTest.keyClicks(ui.organisation, "Ministry of Justice")
        QTest.keyClicks(ui.passphrase, "correct horse battery")
        QTest.keyClicks(ui.repeat, "correct horse battery")
        ui.file.setText(str(key))
        QTest.keyClick(ui.repeat, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20000)
        return True

    def export(dialog) -> bool:
        ui = dialog.ui
        created = on_modal(create_key, "createKeyDialog")
        ui.createKey.click()
        assert created and ui.keyFile.text() == str(key)
        QTest.keyClicks(ui.passphrase, "correct horse battery")
        ui.output.setText(str(output))
        QTest.keyClick(ui.passphrase, Qt.Key.Key_Return)
        return True

    handled = on_modal(export, "pdfExportDialog")
    page.ui.exportPdf.click()
    assert handled
    wait_for_operations(qtbot)
    assert output.is_file() and output.read_bytes().startswith(b"%PDF")
    assert [m.title for m in messages] == ["Signing key created", "PDF report written"]
    assert "Signed by Ada Lovelace" in messages[-1].detail
    assert page.ui.reportLog.topLevelItemCount() == 1  # recorded in the assessment
    assert window.settings.signing_key == str(key)  # remembered for next time

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(output), ""))
    page.ui.verifyPdf.click()
    wait_for_operations(qtbot)
    assert messages[-1].name == "verificationDialog" and messages[-1].text.startswith("VALID")
    assert "Ada Lovelace" in messages[-1].detail


def test_matrix_export_then_import_with_a_conflict(
    mini_file, open_window, on_modal, messages, monkeypatch, tmp_path, qtbot
) -> None:
    window = open_window(mini_file)
    session = window.session
    session.set_value("D1.1.1", 3)
    session.set_justification("D1.1.1", "Strategy adopted in 2024")
    workbook = tmp_path / "matrix.xlsx"
    window.show_page("export")
    page = window.export_page

    def export_unsigned(dialog) -> bool:
        assert dialog.ui.unsigned.isChecked()  # no key remembered: unsigned is the default
        dialog.ui.output.setText(str(workbook.with_suffix("")))  # the suffix is added
        dialog.accept()
        return True

    handled = on_modal(export_unsigned, "matrixExportDialog")
    page.ui.exportMatrix.click()
    assert handled
    wait_for_operations(qtbot)
    assert workbook.is_file() and messages[-1].title == "Excel matrix written"
    assert messages[-1].detail == "Not signed."

    activate_window(qtbot, window)  # back from the export dialog
    window.go_to("D1.1.1")  # meanwhile the assessor changes her mind
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_2)
    assert session.doc.answer("D1.1.1").value == 2

    def choose_theirs(dialog) -> tuple[int, str, str, str]:
        table = dialog.ui.conflicts
        row = (table.rowCount(), table.item(0, 1).text(), table.item(0, 2).text(), dialog.ui.warning.text())
        dialog.ui.allTheirs.click()
        dialog.accept()
        return row

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(workbook), ""))
    seen = on_modal(choose_theirs, "importMatrixDialog")
    window.show_page("export")
    page.ui.importMatrix.click()
    qtbot.waitUntil(lambda: bool(seen), timeout=20000)
    wait_for_operations(qtbot)
    count, mine, theirs, status = seen[0]  # type: ignore[misc]
    assert count == 1
    assert status.startswith("This workbook is not signed: anyone could have changed its answers")
    assert mine.startswith("2 Formative") and theirs.startswith("3 Established") and "by Ada" in theirs
    assert session.doc.answer("D1.1.1").value == 3  # theirs was taken
    assert messages[-1].title == "Matrix imported"
    window.undo()  # the import is one undo step
    assert session.doc.answer("D1.1.1").value == 2
    with Assessment.open(mini_file, read_only=True) as doc:
        assert doc.answer("D1.1.1").value == 2


def test_signed_matrix_export_and_the_import_dialog_says_who_signed(
    mini_file, open_window, on_modal, messages, monkeypatch, tmp_path, qtbot
) -> None:
    from cyberassess.report import create_key

    key = create_key(tmp_path / "ada.p12", name="Ada Lovelace", org="", passphrase=b"correct horse battery")
    window = open_window(mini_file)
    window.settings.signing_key = str(key.path)
    window.session.set_value("D1.1.1", 3)
    window.show_page("export")
    page = window.export_page
    workbook = tmp_path / "signed.xlsx"

    def export_signed(dialog) -> bool:
        ui = dialog.ui
        assert ui.signed.isChecked() and ui.keyFile.text() == str(key.path)  # the remembered key
        QTest.keyClicks(ui.passphrase, "correct horse battery")
        ui.output.setText(str(workbook))
        QTest.keyClick(ui.passphrase, Qt.Key.Key_Return)
        return True

    handled = on_modal(export_signed, "matrixExportDialog")
    page.ui.exportMatrix.click()
    assert handled
    wait_for_operations(qtbot)
    assert workbook.is_file() and messages[-1].detail == "Signed by Ada Lovelace."
    assert page.ui.reportLog.topLevelItem(0).text(3) == "Ada Lovelace"

    window.session.set_value("D1.1.1", 2)  # a conflict, so the dialog opens

    def read_status(dialog) -> str:
        text = dialog.ui.warning.text()
        dialog.reject()
        return text

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(workbook), ""))
    seen = on_modal(read_status, "importMatrixDialog")
    page.ui.importMatrix.click()
    qtbot.waitUntil(lambda: bool(seen), timeout=20000)
    wait_for_operations(qtbot)
    status = str(seen[0])
    assert status.startswith("Signed by Ada Lovelace (certificate SHA-256 ")
    assert "The same key signed earlier exports of this assessment." in status
