"""The app's side of encrypted assessments and sealed packages: the passphrase asked when opening,
the new-assessment option, Save As encrypted or not, and *Seal for handover…* on the export page."""

from __future__ import annotations

from pathlib import Path

import pytest

from cyberassess.app import passphrase_dialog
from cyberassess.app.qt import QFileDialog, Qt, QTest
from cyberassess.framework import get_framework
from cyberassess.report.keys import create_key
from cyberassess.store import Assessment
from cyberassess.store.cipher import is_encrypted

from .conftest import wait_for_operations

PASSPHRASE = "gui passphrase 3371"


@pytest.fixture
def encrypted_file(tmp_path: Path) -> Path:
    path = tmp_path / "secret.cyberassess"
    Assessment.create(
        path,
        country="Zembla",
        mission="Unit",
        assessors=["Ada"],
        framework=get_framework("mini"),
        passphrase=PASSPHRASE,
    ).close()
    return path


def _answers(monkeypatch: pytest.MonkeyPatch, *values: bytes | None) -> list[str]:
    """Answer the passphrase dialogs with ``values`` in turn; returns the names asked about."""
    asked: list[str] = []
    queue = list(values)

    def ask(_parent: object, name: str, *, new: bool = False) -> bytes | None:
        asked.append(f"{'new:' if new else ''}{name}")
        return queue.pop(0)

    monkeypatch.setattr(passphrase_dialog, "ask_passphrase", ask)
    return asked


def test_an_encrypted_file_asks_for_its_passphrase(encrypted_file: Path, open_window, controller, monkeypatch) -> None:
    asked = _answers(monkeypatch, PASSPHRASE.encode())
    window = open_window(encrypted_file)
    assert asked == ["secret.cyberassess"]
    assert window.session.doc.encrypted and window.session.info.country == "Zembla"
    window.session.set_value("D1.1.1", 2)
    assert window.session.doc.answer("D1.1.1").value == 2
    controller.remember(window.session)
    (recent,) = [r for r in controller.settings.recent_files() if Path(r.path) == encrypted_file]
    assert recent.encrypted and recent.country == "" and recent.mission == ""  # nothing of it in the settings
    assert b"Zembla" not in controller.settings.path.read_bytes()


def test_a_wrong_passphrase_is_said_and_asked_again(encrypted_file: Path, controller, messages, monkeypatch,
                                                    qtbot, user_home: Path) -> None:  # fmt: skip
    asked = _answers(monkeypatch, b"not the passphrase", None)
    controller.open_path(encrypted_file)
    qtbot.waitUntil(lambda: len(asked) == 2, timeout=20000)
    wait_for_operations(qtbot)
    assert "does not open" in messages[0].text
    assert not controller.windows  # cancelled the second time: nothing opened
    _no_passphrase_in_files_or_logs(user_home, b"not the passphrase")


def _no_passphrase_in_files_or_logs(home: Path, passphrase: bytes) -> None:
    import logging

    logs = [Path(h.baseFilename) for h in logging.getLogger("cyberassess").handlers if hasattr(h, "baseFilename")]
    files = [p for p in home.rglob("*") if p.is_file()] + [p for p in logs if p.is_file()]
    assert files  # the settings file at least
    for path in files:
        assert passphrase not in path.read_bytes(), path


def test_cancelling_the_passphrase_opens_nothing(encrypted_file: Path, controller, monkeypatch) -> None:
    _answers(monkeypatch, None)
    controller.open_path(encrypted_file)
    assert not controller.windows and not controller._opening


def test_new_assessment_encrypted(controller, on_modal, monkeypatch, tmp_path: Path, qtbot) -> None:
    asked = _answers(monkeypatch, PASSPHRASE.encode())
    target = tmp_path / "new.cyberassess"

    def fill(dialog) -> bool:
        ui = dialog.ui
        QTest.keyClicks(ui.country, "Zembla")
        ui.file.setText(str(target))
        ui.file.textEdited.emit(str(target))
        ui.encrypt.setChecked(True)
        QTest.keyClick(ui.country, Qt.Key.Key_Return)
        return True

    filled = on_modal(fill, "newAssessmentDialog")
    controller.new_assessment(None)
    assert filled and asked == ["new:new.cyberassess"]
    wait_for_operations(qtbot)
    qtbot.waitUntil(lambda: bool(controller.windows), timeout=20000)
    assert is_encrypted(target) and b"Zembla" not in target.read_bytes()
    assert controller.windows[-1].session.doc.encrypted


def test_save_as_encrypted_or_plain(mini_file: Path, open_window, monkeypatch, tmp_path: Path, qtbot) -> None:
    window = open_window(mini_file)
    encrypted_kind = window.tr("Encrypted CyberAssess assessments, opened with a passphrase (*.cyberassess)")
    copy = tmp_path / "copy.cyberassess"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), encrypted_kind))
    asked = _answers(monkeypatch, PASSPHRASE.encode())
    window.save_as()
    wait_for_operations(qtbot)
    assert asked == ["new:copy.cyberassess"] and is_encrypted(copy)
    assert window.session.path == copy.resolve() and window.session.doc.encrypted  # it continues on the copy

    plain = tmp_path / "plain.cyberassess"
    plain_kind = window.tr("CyberAssess assessments (*.cyberassess)")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(plain), plain_kind))
    window.save_as()
    wait_for_operations(qtbot)
    assert not is_encrypted(plain) and not window.session.doc.encrypted


def test_seal_for_handover(mini_file: Path, open_window, on_modal, messages, tmp_path: Path, qtbot) -> None:
    key = tmp_path / "me.p12"
    create_key(key, name="Ada Assessor", org="Mission", passphrase=PASSPHRASE.encode())
    from cryptography.hazmat.primitives.serialization import Encoding

    from cyberassess.report.keys import open_key

    cert = tmp_path / "partner.pem"
    cert.write_bytes(open_key(key, PASSPHRASE.encode()).certificate.public_bytes(Encoding.PEM))
    window = open_window(mini_file)
    window.settings.seal_recipients = [str(cert)]  # remembered from last time
    window.settings.signing_key = str(key)
    window.session.set_value("D1.1.1", 3)
    window.show_page("export")
    output = tmp_path / "handover.p7m"

    def seal(dialog) -> bool:
        ui = dialog.ui
        assert ui.recipients.count() == 1 and ui.keyFile.text() == str(key)
        ui.includeAssessment.setChecked(True)
        ui.output.setText(str(output))
        QTest.keyClicks(ui.passphrase, PASSPHRASE)
        QTest.keyClick(ui.passphrase, Qt.Key.Key_Return)
        return True

    handled = on_modal(seal, "sealDialog")
    window.export_page.ui.sealPackage.click()
    assert handled
    qtbot.waitUntil(lambda: bool(messages), timeout=120000)  # the report is built and signed: slow under load
    wait_for_operations(qtbot)
    assert messages[-1].title == "Package sealed", messages.texts()
    assert "Ada Assessor" in messages[-1].detail
    assert output.is_file() and b"Testland" not in output.read_bytes()
    assert window.settings.seal_recipients == [str(cert)]
    from cyberassess.seal import unseal_package

    result = unseal_package(output, open_key(key, PASSPHRASE.encode()), tmp_path / "opened")
    assert sorted(f.name for f in result.files) == ["mini-matrix.xlsx", "mini-report.pdf", "mini.cyberassess"]
