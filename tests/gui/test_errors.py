"""Every failure the core reports reaches the assessor as a dialog that says what happened and what
to do; nothing shown as saved is ever lost."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from cyberassess.app.qt import QApplication, QFileDialog, QMessageBox, Qt, QTest
from cyberassess.errors import StorageFullError
from cyberassess.store import SCHEMA_VERSION, Assessment

from .conftest import wait_for_operations


def _closed_by_timer(on_modal) -> list[object]:
    """Read the real modal error dialog, then close it as a person would (Enter)."""

    def read(dialog) -> tuple[str, str, str]:
        assert isinstance(dialog, QMessageBox)
        seen = (dialog.objectName(), dialog.text(), dialog.informativeText())
        QTest.keyClick(dialog, Qt.Key.Key_Return)
        return seen

    return on_modal(read)


@pytest.mark.parametrize("damage", ["garbage", "truncated"])
def test_corrupt_file_shows_the_error_dialog(controller, qtbot, on_modal, mini_file: Path, damage: str) -> None:
    data = mini_file.read_bytes()
    if damage == "garbage":
        mini_file.write_bytes(b"This is not an assessment at all.\n" * 100)
    else:
        mini_file.write_bytes(data[: len(data) // 2])
    seen = _closed_by_timer(on_modal)
    controller.start([str(mini_file)])  # as if double-clicked: no window yet
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    name, text, hint = seen[0]  # type: ignore[misc]
    assert name == "errorDialog"
    assert "mini.cyberassess" in text
    assert ("not a CyberAssess assessment" in text) if damage == "garbage" else ("truncated" in text)
    assert hint  # what to do
    assert "Traceback" not in text + hint
    qtbot.waitUntil(lambda: not controller.windows)  # the half-opened window is gone …
    assert controller.start_window is not None and controller.start_window.isVisible()  # … the start screen is there


@pytest.fixture
def locked_elsewhere(mini_file: Path):
    """Another CyberAssess process holding the file open for editing."""
    code = (
        "import sys; from cyberassess.store import Assessment; d = Assessment.open(sys.argv[1]); "
        "print('locked', flush=True); sys.stdin.read(); d.close()"
    )
    other = subprocess.Popen(
        [sys.executable, "-c", code, str(mini_file)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert other.stdout is not None and other.stdout.readline().strip() == "locked"
    yield mini_file
    other.communicate("", timeout=20)


def test_file_locked_by_another_instance_opens_read_only(
    locked_elsewhere: Path, open_window, messages, monkeypatch, tmp_path: Path, qtbot
) -> None:
    window = open_window(locked_elsewhere)
    assert window.session.read_only
    qtbot.waitUntil(lambda: bool(messages), timeout=5000)  # said once the document is open, after that event
    assert messages[0].title == "Opened read-only"
    assert "open for editing by" in messages[0].text and "Save As" in messages[0].detail
    assert window.ui.banner.isVisible() and "Read-only" in window.ui.bannerText.text()
    assert window.ui.bannerSaveAs.isVisible()
    assert "[read-only]" in window.windowTitle()
    assert not window.commands.stages[2].isEnabled()
    assert window.page.ui.justification.isReadOnly()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_3)
    assert window.session.answer("D1.1.1") is None

    # "Save As…" continues on an editable copy
    copy = tmp_path / "copy.cyberassess"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    window.ui.bannerSaveAs.click()
    wait_for_operations(qtbot)
    assert not window.session.read_only and window.session.path == copy.resolve()
    assert not window.ui.banner.isVisible()
    window.page.focus_answer()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_3)
    assert window.session.doc.answer("D1.1.1").value == 3


def test_newer_file_opens_read_only_with_the_reason(mini_file: Path, open_window, messages) -> None:
    conn = sqlite3.connect(mini_file)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    window = open_window(mini_file)
    assert window.session.read_only
    assert "newer CyberAssess" in window.ui.bannerText.text()
    assert "newer CyberAssess" in messages[0].text


def test_failed_save_is_shown_and_the_text_is_kept(mini_file: Path, open_window, messages, monkeypatch, qtbot) -> None:
    window = open_window(mini_file)
    session, page = window.session, window.page
    real_set_answer = session.doc.set_answer

    def disk_full(*args, **kwargs):
        raise StorageFullError(
            "Could not save the answer: the disk holding mini.cyberassess is full.",
            "Free some space, or use File > Save As to continue on another drive.",
        )

    monkeypatch.setattr(session.doc, "set_answer", disk_full)
    page.focus_justification()
    QTest.keyClicks(QApplication.focusWidget(), "Interviewed the prosecutor")
    assert window.save_label.text() == "Saving…"
    qtbot.waitUntil(lambda: bool(messages), timeout=3000)  # the debounced save ran and failed
    assert "disk holding mini.cyberassess is full" in messages[0].text and "Save As" in messages[0].detail
    assert not window.save_label.text().startswith("Saved")
    assert page.ui.justification.toPlainText() == "Interviewed the prosecutor"
    assert not window.go_next_unanswered() and window.current_id == "D1.1.1"  # leaving would lose the text: stay
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # a stage click while the disk is full
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_4)
    assert session.answer("D1.1.1") is None and not any(c.isChecked() for c in page.stages.cards)

    monkeypatch.setattr(session.doc, "set_answer", real_set_answer)  # space was freed
    assert page.flush()
    assert window.save_label.text().startswith("Saved ")
    assert session.doc.answer("D1.1.1").justification == "Interviewed the prosecutor"
    with Assessment.open(mini_file, read_only=True) as other:
        assert other.answer("D1.1.1").justification == "Interviewed the prosecutor"


def test_closing_with_unsaved_text_asks_first(mini_file: Path, open_window, messages, monkeypatch, qtbot) -> None:
    window = open_window(mini_file)

    def fail(*args, **kwargs):
        raise StorageFullError("The USB stick was removed.", "Reconnect it.")

    monkeypatch.setattr(window.session.doc, "set_answer", fail)
    window.page.focus_justification()
    QTest.keyClicks(QApplication.focusWidget(), "typed")
    messages.answer_yes = True  # "Keep the window open"
    assert not window.close()
    assert window.isVisible() and window.page.ui.justification.toPlainText() == "typed"
    assert any(m.name == "questionDialog" for m in messages)
