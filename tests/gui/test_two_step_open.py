"""Opening in two steps: the window shows a first look at once, the document is opened for editing after.

See ``cyberassess.app.session``. Nothing the assessor does in between may be lost or shown wrongly.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cyberassess.errors import CorruptDocumentError
from cyberassess.store import Assessment
from cyberassess.store.snapshot import read_snapshot


def _open_first_look(controller, path: Path):
    """Open as a double-click does (nothing on screen yet): returns the window, not yet open for editing."""
    controller.open_path(path)
    window = controller.windows[-1]
    assert window.session is not None, "the first look should fill the window before it is shown"
    assert not window.session.is_open
    return window


def test_the_window_shows_the_assessment_then_opens_it_for_editing(controller, demo_copy: Path, qtbot) -> None:
    window = _open_first_look(controller, demo_copy)
    session = window.session
    assert window.isVisible() and window.current_id is not None
    assert session.info.country == "Republic of Meridia" and session.answered_count() > 50
    qtbot.waitUntil(lambda: session.is_open, timeout=20000)
    assert isinstance(session.doc, Assessment) and not session.doc.closed
    assert session.doc.answers() == {i: session.answer(i) for i in session.order if session.answer(i)}
    assert not session.read_only


def test_an_edit_made_before_the_file_is_open_waits_for_it_and_is_saved(controller, mini_file: Path, qtbot) -> None:
    window = _open_first_look(controller, mini_file)
    session = window.session
    assert session.set_value("D1.1.1", 3)  # waits for the full open, then commits
    assert session.is_open and session.status.startswith("Saved")
    snapshot = read_snapshot(mini_file)
    assert snapshot is not None and snapshot.answers["D1.1.1"].value == 3
    qtbot.wait(50)  # the background open's own notice arrives later and must change nothing
    assert session.answer("D1.1.1").value == 3 and session.undo_stack.count() == 1


def test_changes_on_disk_between_the_first_look_and_the_open_are_shown(controller, mini_file: Path, qtbot) -> None:
    window = _open_first_look(controller, mini_file)
    session = window.session
    assert session.answer("D1.2.1") is None
    with Assessment.open(mini_file) as other:  # e.g. another assessor's program, just before our open
        other.set_answer("D1.2.1", 5, justification="seen elsewhere")
    qtbot.waitUntil(lambda: session.is_open, timeout=20000)
    assert session.answer("D1.2.1").value == 5
    row = window.model._items["D1.2.1"][1]
    assert row.text() == "5"


def test_damage_found_by_the_full_open_closes_the_window_with_a_message(
    controller, demo_copy: Path, messages, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:
    def damaged(cls, path, **kwargs):
        raise CorruptDocumentError(f"{Path(path).name} is damaged: page 7 is wrong", "Restore it from a backup copy.")

    monkeypatch.setattr(Assessment, "open", classmethod(damaged))
    window = _open_first_look(controller, demo_copy)
    qtbot.waitUntil(lambda: window not in controller.windows, timeout=20000)
    assert any("damaged" in m.text for m in messages), messages.texts()


def test_waiting_for_a_slow_open_keeps_the_window_painted_and_shows_progress(
    controller, mini_file: Path, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:
    """A large file on a slow stick: the full open (integrity check) takes a while; an edit waits for it
    without freezing the window, and a progress dialog says what is happening."""
    import time

    from cyberassess.app import session as session_module
    from cyberassess.app.qt import QApplication, QTimer

    real = session_module.load_document

    def slow(path, **kwargs):
        time.sleep(1.2)
        return real(path, **kwargs)

    monkeypatch.setattr(session_module, "load_document", slow)
    window = _open_first_look(controller, mini_file)
    session = window.session
    seen = {"ticks": 0, "dialog": False}

    def tick() -> None:
        seen["ticks"] += 1
        dialogs = [w for w in QApplication.topLevelWidgets() if w.objectName() == "progressDialog" and w.isVisible()]
        seen["dialog"] = seen["dialog"] or bool(dialogs)

    timer = QTimer(interval=50)
    timer.timeout.connect(tick)
    timer.start()
    assert session.set_value("D1.1.1", 2)  # waits ~1 s for the open
    timer.stop()
    assert seen["ticks"] >= 10, "the event loop did not run while waiting"
    assert seen["dialog"], "no progress dialog while waiting for more than a moment"
    assert session.is_open and session.status.startswith("Saved")
    assert read_snapshot(mini_file).answers["D1.1.1"].value == 2


def test_closing_before_the_open_finished_still_remembers_the_position(controller, demo_copy: Path, qtbot) -> None:
    window = _open_first_look(controller, demo_copy)
    assert window.go_to("D7.1.1")
    window.close()  # before the background open has even started
    assert window not in controller.windows
    snapshot = read_snapshot(demo_copy)
    assert snapshot is not None and snapshot.info.last_indicator_id == "D7.1.1"


def test_the_tree_is_scrolled_for_the_window_as_shown_not_as_built(controller, demo_copy: Path, qtbot) -> None:
    """The window is filled before it is shown; the tree must still start at the top for the first indicator
    (its dimension and section visible above it), not scrolled as if the viewport were a few rows high."""
    window = _open_first_look(controller, demo_copy)
    assert window.current_id == "D1.1.1"
    qtbot.waitUntil(lambda: window.session.is_open, timeout=20000)
    tree = window.ui.navTree
    assert tree.verticalScrollBar().value() == 0
    assert tree.viewport().rect().contains(tree.visualRect(tree.currentIndex()))
