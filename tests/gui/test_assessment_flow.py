"""The assessor's whole day, driven through the real windows: create, answer by keyboard, attach,
undo/redo, close, reopen, and find everything (and the last position) again."""

from __future__ import annotations

from pathlib import Path

from cyberassess.app.qt import QApplication, QDragEnterEvent, QDropEvent, QMimeData, QPointF, Qt, QTest, QUrl
from cyberassess.store import Assessment

from .conftest import activate_window, wait_for_operations


def key(keys: str | Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Press keys on whatever has the keyboard focus, as a person would."""
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    if isinstance(keys, str):
        QTest.keyClicks(widget, keys, modifier)
    else:
        QTest.keyClick(widget, keys, modifier)


def drop_files(widget, paths: list[Path]) -> None:
    """Drag files from a file manager and drop them on ``widget``."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    point = widget.rect().center()
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point, Qt.DropAction.CopyAction, mime, buttons, modifiers)  # QPoint before Qt 6.12
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(widget, QDropEvent(QPointF(point), Qt.DropAction.CopyAction, mime, buttons, modifiers))


def test_create_answer_attach_undo_close_reopen(controller, qtbot, on_modal, messages, tmp_path: Path) -> None:
    target = tmp_path / "testland.cyberassess"
    controller.start([])
    start = controller.start_window
    assert start is not None and start.isVisible()
    assert start.ui.emptyHint.isVisible()

    # --- create an assessment from the start screen (the real, modal dialog)
    def fill(dialog) -> bool:
        ui = dialog.ui
        QTest.keyClicks(ui.country, "Testland")
        QTest.keyClicks(ui.mission, "Unit review")
        ui.assessors.setText("Ada Lovelace")
        ui.framework.setCurrentIndex(ui.framework.findData("mini"))
        ui.target.setCurrentIndex(3)  # stage 4
        ui.file.clear()
        QTest.keyClicks(ui.file, str(target))
        QTest.keyClick(ui.file, Qt.Key.Key_Return)  # the dialog's default button: Create
        return True

    handled = on_modal(fill)
    start.ui.newButton.click()
    assert handled, "the New assessment dialog did not appear"
    qtbot.waitUntil(lambda: bool(controller.windows) and controller.windows[0].session is not None, timeout=20000)
    window = controller.windows[0]
    activate_window(qtbot, window)
    session = window.session
    assert session.framework.id == "mini" and session.doc.info.target_stage == 4
    assert session.doc.info.country == "Testland" and window.current_id == "D1.1.1"
    assert not start.isVisible()

    # --- answer every indicator of dimension D1 with the keyboard only
    plan = {"D1.1.1": ("3", "h"), "D1.1.2": ("n", "m"), "D1.2.1": ("5", "l")}
    for indicator_id, (stage, confidence) in plan.items():
        assert window.current_id == indicator_id
        key(stage)
        key(confidence)
        key("j")  # into the justification
        assert QApplication.focusWidget() is window.page.ui.justification
        key(f"Seen at 3 ministries; law No 12 of {indicator_id}")  # digits and N/U typed here are text
        key(Qt.Key.Key_Escape)  # back to the stage cards: the note is saved on leaving the editor
        assert window.save_label.text().startswith("Saved ")
        key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # next indicator
    assert window.current_id == "D2.1.1"
    saved = session.doc.answers()
    assert saved["D1.1.1"].value == 3 and saved["D1.1.1"].confidence == "high"
    assert saved["D1.1.2"].value == "na" and saved["D1.1.2"].confidence == "medium"
    assert saved["D1.2.1"].value == 5 and saved["D1.2.1"].confidence == "low"
    assert saved["D1.2.1"].justification == "Seen at 3 ministries; law No 12 of D1.2.1"
    assert all(saved[i].assessor == "Ada Lovelace" for i in plan)
    assert window.model.index_of("D1").siblingAtColumn(1).data() == "3/3"
    assert window.ui.completion.value() == 3

    # --- attach evidence by dropping a file on the page
    evidence = tmp_path / "decree.txt"
    evidence.write_text("Decree 2025/14 on the national cybercrime strategy", encoding="utf-8")
    key(Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # back to D1.2.1
    assert window.current_id == "D1.2.1"
    drop_files(window.page, [evidence])
    wait_for_operations(qtbot)
    assert [e.file_name for e in session.doc.evidence("D1.2.1")] == ["decree.txt"]
    assert window.page.ui.evidenceList.count() == 1

    # --- undo / redo through the keyboard (the stage cards have the focus)
    window.page.focus_answer()
    key("Z", Qt.KeyboardModifier.ControlModifier)  # undo the attachment
    assert session.doc.evidence("D1.2.1") == []
    key("Z", Qt.KeyboardModifier.ControlModifier)  # undo the last justification
    assert session.doc.answer("D1.2.1").justification == ""
    key("Z", Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)  # redo it
    assert session.doc.answer("D1.2.1").justification.startswith("Seen at 3 ministries")
    assert window.page.ui.justification.toPlainText().startswith("Seen at 3 ministries")
    key("Z", Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)  # redo the attachment
    assert [e.file_name for e in session.doc.evidence("D1.2.1")] == ["decree.txt"]
    key("2")  # change the stage, then undo it from the Edit menu action
    assert session.doc.answer("D1.2.1").value == 2
    window.commands.undo.trigger()
    assert session.doc.answer("D1.2.1").value == 5
    assert window.page.stages.cards[4].isChecked()
    key(Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)  # leave off at D2.1.1
    assert window.current_id == "D2.1.1"
    assert not messages, messages.texts()

    # --- close; the start screen lists the file; reopen it from there
    window.close()
    qtbot.waitUntil(lambda: not controller.windows)
    assert start.isVisible()
    recent = start.ui.recentList
    assert recent.topLevelItemCount() == 1
    item = recent.topLevelItem(0)
    assert "Testland" in item.text(0) and item.text(1) == "60 %"
    with Assessment.open(target, read_only=True) as doc:  # everything is on disk, the lock is gone
        assert doc.info.last_indicator_id == "D2.1.1"
    activate_window(qtbot, start)
    recent.setCurrentItem(item)
    recent.setFocus()
    key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(controller.windows) and controller.windows[0].session is not None, timeout=20000)
    again = controller.windows[0]
    assert again.current_id == "D2.1.1"  # where the assessor left off
    again.go_to("D1.2.1")
    page = again.page
    assert page.stages.cards[4].isChecked()
    assert page.ui.confidence.currentText() == "Low"
    assert page.ui.justification.toPlainText() == "Seen at 3 ministries; law No 12 of D1.2.1"
    assert page.ui.evidenceList.count() == 1 and "decree.txt" in page.ui.evidenceList.item(0).text()
    again.go_to("D1.1.2")
    assert page.special.cards[0].isChecked()  # Not applicable
    assert again.ui.completion.value() == 3
