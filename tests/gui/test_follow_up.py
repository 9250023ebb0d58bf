"""File ▸ New follow-up… and the Progress page, on the demo assessment."""

from __future__ import annotations

from pathlib import Path

import pytest

from cyberassess.app.qt import QApplication, QFileDialog, Qt, QTest
from cyberassess.store import Assessment

from .conftest import wait_for_operations


def test_new_follow_up_opens_it_and_the_progress_page_shows_the_changes(
    demo_copy: Path, open_window, controller, qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    with Assessment.open(demo_copy) as doc:
        for action in doc.actions():  # three actions from the priorities instead of the demo's plan
            doc.remove_action(action.id)
        doc.actions_from_priorities(3)
    window = open_window(demo_copy)
    target = tmp_path / "Meridia follow-up"  # the suffix is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    window.commands.new_follow_up.trigger()
    wait_for_operations(qtbot)
    qtbot.waitUntil(
        lambda: len(controller.windows) == 2 and controller.windows[-1].session is not None
        and controller.windows[-1].session.is_open,
        timeout=20000,
    )  # fmt: skip
    follow = controller.windows[-1]
    assert follow.path == tmp_path / "Meridia follow-up.cyberassess"
    doc = follow.session.doc
    assert (
        doc.baseline() is not None
        and len(doc.to_confirm()) == len(doc.framework.indicator_ids())
        and len(doc.actions()) == 3
    )

    follow.session.set_value("D1.1.1", 5)  # through the window, as the assessor does (undoable)
    follow.show()
    follow.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is follow, timeout=5000)
    QTest.keyClick(QApplication.focusWidget() or follow, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    page = follow.progress_page
    assert page is not None and follow.ui.pages.currentWidget() is page
    ui = page.ui
    assert ui.dimensionTable.rowCount() == 9
    assert ui.dimensionTable.item(0, 3).text().startswith("+")  # D1 went up
    assert page.radar.baseline is not None and len(page.radar.baseline) == 9
    total = len(window.session.order)
    assert f"{total - 1} answers carried over from the baseline are still to confirm" in ui.summaryDetail.text()
    improved = ui.changeList.topLevelItem(0)
    assert improved.text(0).startswith("Improved (1)") and improved.child(0).text(0) == "D1.1.1"
    assert ui.actionList.topLevelItem(0).text(0) == "Planned (3)"
    ui.changeList.itemActivated.emit(improved.child(0), 0)  # a link back to the indicator
    assert follow.ui.pages.currentWidget() is follow.page and follow.current_id == "D1.1.1"


def test_the_progress_page_of_an_assessment_that_is_no_follow_up_says_so(demo_copy: Path, open_window) -> None:
    window = open_window(demo_copy)
    window.show_page("progress")
    assert "not a follow-up" in window.progress_page.ui.summary.text()


def test_a_carried_over_answer_shows_the_baseline_and_is_confirmed_in_the_window(
    demo_copy: Path, open_window, tmp_path: Path
) -> None:
    from cyberassess.store.followup import create_follow_up

    path = create_follow_up(demo_copy, tmp_path / "f.cyberassess").path
    with Assessment.open(path, read_only=True) as doc:
        baseline = doc.baseline_answers()
    rated = [i for i, a in baseline.items() if isinstance(a.value, int)]
    window = open_window(path)
    page = window.page
    assert window.ui.completion.value() == 0  # nothing confirmed yet
    window.go_to(rated[0])
    banner = page.carried_banner
    assert banner is not None and banner.isVisible()
    assert f"stage {baseline[rated[0]].value} " in banner.text.text()
    assert baseline[rated[0]].justification in banner.text.text()
    banner.button.click()  # confirm as it stands
    assert not banner.isVisible() and window.session.carried(rated[0]) is None
    window.go_to(rated[1])
    assert banner.isVisible()
    page.choose(baseline[rated[1]].value)  # the same stage chosen again confirms it
    assert not banner.isVisible()
    window.go_to(rated[2])
    page.choose(5 if baseline[rated[2]].value != 5 else 1)  # a change confirms it
    assert not banner.isVisible()
    with Assessment.open(path, read_only=True) as doc:
        pending = doc.to_confirm()
    assert set(rated[:3]).isdisjoint(pending) and len(pending) == len(baseline) - 3
    assert window.ui.completion.value() == 3
    first_pending = next(i for i in window.session.order if i in pending)
    assert window.session.next_unanswered(None) == first_pending  # Next unanswered goes to what is left to confirm
    window.go_to(rated[3])
    assert banner.isVisible()
