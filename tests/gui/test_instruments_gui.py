"""The instruments that apply: chosen in the new-assessment dialog, changed (and undone) in the window."""

from __future__ import annotations

from pathlib import Path

from cyberassess.app.instruments_dialog import ID_ROLE, InstrumentsDialog, checked_instruments
from cyberassess.app.qt import Qt, QTest
from cyberassess.framework import builtin_framework
from cyberassess.store import Assessment

from .conftest import wait_for_operations

GLOBAL = ("budapest", "budapest-p1", "budapest-p2", "un-cybercrime", "iccpr")


def _row(view, instrument_id: str):
    return next(view.item(r) for r in range(view.count()) if view.item(r).data(ID_ROLE) == instrument_id)


def test_new_assessment_dialog_checks_the_global_instruments(controller, on_modal, tmp_path: Path, qtbot) -> None:
    target = tmp_path / "new.cyberassess"
    seen: dict[str, object] = {}

    def fill(dialog) -> bool:
        ui = dialog.ui
        view = ui.instruments
        seen["rows"] = view.count()
        seen["checked"] = checked_instruments(view)
        seen["ecowas"] = _row(view, "ecowas").text()
        _row(view, "iccpr").setCheckState(Qt.CheckState.Unchecked)
        _row(view, "ecowas").setCheckState(Qt.CheckState.Checked)
        QTest.keyClicks(ui.country, "Zembla")
        ui.file.setText(str(target))
        ui.file.textEdited.emit(str(target))
        QTest.keyClick(ui.country, Qt.Key.Key_Return)
        return True

    filled = on_modal(fill, "newAssessmentDialog")
    controller.new_assessment(None)
    assert filled
    assert seen["rows"] == len(builtin_framework().instruments) and seen["checked"] == GLOBAL
    assert seen["ecowas"] == "ECOWAS Directive — regional"
    wait_for_operations(qtbot)
    qtbot.waitUntil(lambda: bool(controller.windows), timeout=20000)
    with Assessment.open(target, read_only=True) as doc:
        assert doc.instruments == ("budapest", "budapest-p1", "budapest-p2", "un-cybercrime", "ecowas")


def test_the_dialog_resets_to_the_global_instruments(qtbot) -> None:
    fw = builtin_framework()
    dialog = InstrumentsDialog(fw, "fr", ["malabo", "cis"])
    qtbot.addWidget(dialog)
    assert dialog.chosen() == ("malabo", "cis")
    assert _row(dialog.ui.instruments, "malabo").text().startswith("Convention de Malabo — ")
    dialog.ui.defaults.click()
    assert dialog.chosen() == GLOBAL


def _with_malabo(framework) -> str:
    return next(i.id for i in framework.indicators() if any(r.instrument == "malabo" for r in i.references))


def test_changing_the_instruments_filters_guidance_and_treaty_table_and_is_undone(
    open_window, demo_copy: Path, on_modal
) -> None:
    window = open_window(demo_copy)
    session = window.session
    indicator = _with_malabo(session.framework)
    window.go_to(indicator)
    assert "treaty:malabo:" in window.page.ui.guidance.toHtml()
    window.show_page("treaty")
    treaty = window.pages_made["treaty"]
    assert any(p.instrument == "malabo" for p in treaty.provisions)
    combo = [treaty.ui.instrument.itemData(i) for i in range(treaty.ui.instrument.count())]
    assert "malabo" in combo

    def uncheck_malabo(dialog) -> bool:
        _row(dialog.ui.instruments, "malabo").setCheckState(Qt.CheckState.Unchecked)
        dialog.accept()
        return True

    done = on_modal(uncheck_malabo, "instrumentsDialog")
    treaty.ui.chooseInstruments.click()
    assert done
    assert "malabo" not in session.doc.instruments
    assert not any(p.instrument == "malabo" for p in treaty.provisions)
    assert treaty.ui.table.rowCount() == len(treaty.provisions)
    assert "malabo" not in [treaty.ui.instrument.itemData(i) for i in range(treaty.ui.instrument.count())]
    window.show_page("assess")
    window.go_to(indicator)
    assert "treaty:malabo:" not in window.page.ui.guidance.toHtml()
    assert [h.action for h in session.doc.history(limit=1)] == ["instruments"]

    window.undo()  # one step: the instruments apply again, and every page shows them
    assert "malabo" in session.doc.instruments
    assert "treaty:malabo:" in window.page.ui.guidance.toHtml()
    assert any(p.instrument == "malabo" for p in treaty.provisions)
    window.redo()
    assert "malabo" not in session.doc.instruments


def test_edit_menu_opens_the_dialog_read_only_on_a_read_only_file(controller, qtbot, demo_copy: Path, on_modal) -> None:
    controller.open_path(demo_copy, read_only=True)
    qtbot.waitUntil(lambda: bool(controller.windows) and controller.windows[-1].session is not None, timeout=20000)
    window = controller.windows[-1]
    qtbot.waitUntil(lambda: window.session.is_open, timeout=20000)
    assert window.commands.instruments.isEnabled()
    seen: list[bool] = []

    def look(dialog) -> bool:
        seen.append(dialog.ui.instruments.isEnabled())
        dialog.accept()
        return True

    on_modal(look, "instrumentsDialog")
    window.commands.instruments.trigger()
    assert seen == [False]
    assert window.session.doc.instruments == (*GLOBAL[:4], "malabo", "iccpr")
