"""The review page, search and filters, shortcuts and accessibility, on the demo assessment."""

from __future__ import annotations

from pathlib import Path

from cyberassess.app.nav_model import ID_ROLE, INDICATOR, KIND_ROLE
from cyberassess.app.qt import QAbstractButton, QApplication, QComboBox, QLineEdit, QModelIndex, Qt, QTest
from cyberassess.scoring import score_assessment


def _visible_indicators(window) -> list[str]:
    proxy, found = window.proxy, []

    def walk(parent: QModelIndex) -> None:
        for row in range(proxy.rowCount(parent)):
            index = proxy.index(row, 0, parent)
            if index.data(KIND_ROLE) == INDICATOR:
                found.append(index.data(ID_ROLE))
            walk(index)

    walk(QModelIndex())
    return found


def test_review_page_scores_priorities_and_links(demo_copy: Path, open_window) -> None:
    window = open_window(demo_copy)
    card = score_assessment(window.session.doc)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # Review
    review = window.review_page
    assert window.ui.pages.currentWidget() is review
    ui = review.ui
    assert ui.dimensionTable.rowCount() == 9
    assert ui.summary.text().startswith(f"Overall maturity {card.score:.2f}")
    assert ui.dimensionTable.item(4, 1).text() == f"{card.dimensions[4].score:.2f}"
    assert len(review.radar.axes) == 9 and review.radar.target == 3
    assert ui.priorityList.topLevelItemCount() == len(card.priorities) > 0
    first = card.priorities[0].indicator_id
    ui.priorityList.setFocus()
    ui.priorityList.setCurrentItem(ui.priorityList.topLevelItem(0))
    QTest.keyClick(ui.priorityList, Qt.Key.Key_Return)  # a link back to the indicator
    assert window.ui.pages.currentWidget() is window.page and window.current_id == first
    window.show_page("review")
    unknown = ui.attentionList.topLevelItem(1)
    assert unknown.childCount() == len(card.unknown_ids) == 4
    ui.attentionList.itemActivated.emit(unknown.child(0), 0)
    assert window.current_id == card.unknown_ids[0]


def test_search_and_state_filter(demo_copy: Path, open_window) -> None:
    window = open_window(demo_copy)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.ui.search
    QTest.keyClicks(window.ui.search, "interception")  # letters go to the search box, not to shortcuts
    found = _visible_indicators(window)
    assert 0 < len(found) < 20
    assert window.session.answer("D1.1.1").value == 3  # "n"/"u" typed in the search did not answer anything
    window.ui.search.clear()
    window.ui.stateFilter.setCurrentIndex(3)  # Unknown / no data
    assert _visible_indicators(window) == [i for i in window.session.order if window.session.state(i) == "unknown"]
    window.ui.stateFilter.setCurrentIndex(0)
    assert len(_visible_indicators(window)) == len(window.session.order)


def test_stage_keys_do_not_fire_while_typing(mini_file: Path, open_window) -> None:
    window = open_window(mini_file)
    window.page.focus_justification()
    QTest.keyClicks(QApplication.focusWidget(), "1 2 3 4 5 N U H M L J 0")
    assert window.session.answer("D1.1.1") is None or window.session.answer("D1.1.1").value is None
    assert window.page.ui.justification.toPlainText() == "1 2 3 4 5 N U H M L J 0"
    assert window.page.ui.confidence.currentIndex() == 0
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_U)  # now on the cards: Unknown
    assert window.session.answer("D1.1.1").value == "unknown"
    assert window.session.answer("D1.1.1").justification == "1 2 3 4 5 N U H M L J 0"
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)  # next unanswered
    assert window.current_id == "D1.1.2"


def test_shortcuts_are_shown_and_controls_are_named(mini_file: Path, open_window) -> None:
    window = open_window(mini_file)
    acts = window.commands
    assert acts.stages[2].toolTip() == "Choose stage 3 (3)"
    assert "Alt+Right" in acts.next.toolTip() and "Ctrl+Return" in acts.next.toolTip()
    assert "Ctrl+J" in acts.next_unanswered.toolTip()
    assert "Ctrl+Z" in acts.undo.toolTip() and "Ctrl+Shift+Z" in acts.redo.toolTip()
    assert "press 3" in window.page.stages.cards[2].toolTip()
    assert acts.stages[0].shortcut().toString() == "1" and acts.unknown.shortcut().toString() == "U"
    unnamed = []
    for widget in (
        window.findChildren(QAbstractButton) + window.findChildren(QLineEdit) + window.findChildren(QComboBox)
    ):
        if not widget.isVisibleTo(window) or widget.objectName().startswith("qt_"):
            continue
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not (widget.accessibleName() or text or widget.toolTip()):
            unnamed.append(widget.objectName() or type(widget).__name__)
    assert not unnamed, f"controls without an accessible name: {unnamed}"
