"""A follow-up in the window: undoing a confirmation (Ctrl+Z), and the "to confirm" marker of the tree."""

from __future__ import annotations

from pathlib import Path

from cyberassess.app.nav_model import CARRIED_ICON, STATE_ICONS, TO_CONFIRM_ROLE
from cyberassess.app.qt import QApplication, Qt, QTest
from cyberassess.app.session import RATED
from cyberassess.app.uikit import icon
from cyberassess.store import Assessment
from cyberassess.store.followup import create_follow_up

from .conftest import activate_window


def _follow_up(demo_copy: Path, tmp_path: Path) -> tuple[Path, list[str], dict]:
    path = create_follow_up(demo_copy, tmp_path / "f.cyberassess").path
    with Assessment.open(path, read_only=True) as doc:
        baseline = doc.baseline_answers()
    rated = [i for i, a in baseline.items() if isinstance(a.value, int)]
    return path, rated, baseline


def _pending(path: Path) -> frozenset[str]:
    with Assessment.open(path, read_only=True) as doc:
        return doc.to_confirm()


def _marked(window, indicator_id: str) -> bool:
    """Whether the tree shows ``indicator_id`` as still to confirm (role, icon, tooltip and answer column)."""
    main, column = window.model._items[indicator_id]
    flagged = bool(main.data(TO_CONFIRM_ROLE))
    shown = main.icon().cacheKey() == icon(CARRIED_ICON).cacheKey()
    said = "to confirm" in main.toolTip() and "to confirm" in column.toolTip() and "\u21bb" in column.text()
    assert flagged == shown == said, (flagged, shown, said)
    return flagged


def test_ctrl_z_undoes_a_confirmation_and_ctrl_shift_z_confirms_again(
    demo_copy: Path, open_window, qtbot, tmp_path: Path
) -> None:
    path, rated, _baseline = _follow_up(demo_copy, tmp_path)
    first = rated[0]
    window = open_window(path)
    window.go_to(first)
    banner = window.page.carried_banner
    assert banner is not None and banner.isVisible() and _marked(window, first)
    banner.button.click()  # confirm as it stands
    assert not banner.isVisible() and first not in _pending(path) and not _marked(window, first)
    assert window.ui.completion.value() == 1
    assert window.session.undo_stack.undoText() == f"Confirm {first}"

    window.go_to(rated[5])  # the undo brings the indicator back into view
    activate_window(qtbot, window)
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.current_id == first and banner.isVisible()
    assert first in _pending(path) and _marked(window, first) and window.ui.completion.value() == 0
    with Assessment.open(path, read_only=True) as doc:
        assert [h.action for h in doc.history(indicator_id=first)][-2:] == ["confirm", "confirm-undone"]

    QTest.keyClick(
        QApplication.focusWidget() or window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert first not in _pending(path) and not _marked(window, first) and not banner.isVisible()


def test_undoing_a_change_to_a_carried_answer_puts_it_back_to_confirm(
    demo_copy: Path, open_window, tmp_path: Path
) -> None:
    path, rated, baseline = _follow_up(demo_copy, tmp_path)
    indicator = rated[1]
    was = baseline[indicator].value
    window = open_window(path)
    window.go_to(indicator)
    window.page.choose(5 if was != 5 else 1)  # a change confirms it
    assert indicator not in _pending(path) and not _marked(window, indicator)
    window.undo()
    answer = window.session.answer(indicator)
    assert answer is not None and answer.value == was
    assert indicator in _pending(path) and _marked(window, indicator) and window.page.carried_banner.isVisible()
    window.redo()
    assert indicator not in _pending(path) and window.session.answer(indicator).value != was


def test_the_tree_marks_answers_to_confirm_and_filters_them(demo_copy: Path, open_window, tmp_path: Path) -> None:
    path, rated, _baseline = _follow_up(demo_copy, tmp_path)
    window = open_window(path)
    assert all(_marked(window, i) for i in rated)
    window.session.confirm(rated[0])
    main, column = window.model._items[rated[0]]
    assert main.icon().cacheKey() == icon(STATE_ICONS[RATED]).cacheKey() and "\u21bb" not in column.text()
    section = rated[0].rsplit(".", 1)[0]
    group = window.model._items[section][1]
    assert group.text().startswith("1/") and "carried over from the baseline, to confirm" in group.toolTip()
    filter_box = window.ui.stateFilter
    filter_box.setCurrentIndex(filter_box.count() - 1)  # Carried over, to confirm
    assert filter_box.currentText() == "Carried over, to confirm"
    shown = _visible_indicators(window)
    assert rated[0] not in shown and rated[1] in shown and len(shown) == len(_pending(path))


def test_an_assessment_that_is_no_follow_up_has_no_marker(demo_copy: Path, open_window) -> None:
    window = open_window(demo_copy)
    assert not any(_marked(window, i) for i in window.session.order)


def _visible_indicators(window) -> set[str]:
    from cyberassess.app.nav_model import ID_ROLE, INDICATOR, KIND_ROLE

    proxy, found = window.proxy, set()

    def walk(parent) -> None:
        for row in range(proxy.rowCount(parent)):
            index = proxy.index(row, 0, parent)
            if index.data(KIND_ROLE) == INDICATOR:
                found.add(index.data(ID_ROLE))
            walk(index)

    from cyberassess.app.qt import QModelIndex

    walk(QModelIndex())
    return found
