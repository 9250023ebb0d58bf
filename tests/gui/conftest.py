"""Fixtures for tests that drive the real windows offscreen (QT_QPA_PLATFORM=offscreen, see tests/conftest.py).

* ``controller``: the application's window manager, torn down after the test;
* ``messages``: every message box the app shows, recorded instead of waiting for a click;
* ``on_modal``: run a function on the next modal dialog (for dialogs that must really be shown);
* ``open_window``: open a file as the app does and wait until its window shows the document and
  the document is open for editing (the second step of opening, see ``cyberassess.app.session``).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from cyberassess.app import error_dialog
from cyberassess.app.main import AppController, configure_application
from cyberassess.app.operations import Operation
from cyberassess.app.qt import QApplication, QMessageBox, QThreadPool, QTimer, QWidget


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/gui/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(scope="session", autouse=True)
def _configured(qapp: QApplication) -> QApplication:
    configure_application(qapp)
    return qapp


@dataclass
class Message:
    name: str
    title: str
    text: str
    detail: str

    def __str__(self) -> str:
        return f"{self.title}: {self.text} {self.detail}"


class Messages(list[Message]):
    """The message boxes shown so far; ``answer_yes`` decides questions."""

    answer_yes = False

    def texts(self) -> str:
        return "\n".join(str(m) for m in self)


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> Messages:
    seen = Messages()

    def record(box: QMessageBox) -> int:
        seen.append(Message(box.objectName(), box.windowTitle(), box.text(), box.informativeText()))
        buttons = box.buttons()
        if box.objectName() == "questionDialog" and buttons:
            wanted = QMessageBox.ButtonRole.AcceptRole if seen.answer_yes else QMessageBox.ButtonRole.RejectRole
            next(b for b in buttons if box.buttonRole(b) == wanted).click()
        return 0

    monkeypatch.setattr(error_dialog, "present", record)
    return seen


@pytest.fixture
def on_modal(qtbot) -> Callable[[Callable[[QWidget], object]], list[object]]:
    """``on_modal(handler, name)`` before a call that shows a modal dialog (with that object name, if
    given): ``handler(dialog)`` then runs while the dialog is shown; its results are collected."""

    def arm(handler: Callable[[QWidget], object], name: str | None = None, attempts: int = 500) -> list[object]:
        results: list[object] = []

        def poll(left: int = attempts) -> None:
            modal = QApplication.activeModalWidget()
            wanted = modal is not None and (name is None or modal.objectName() == name)
            if wanted and modal.isVisible():
                results.append(handler(modal))
            elif left > 0:
                QTimer.singleShot(20, lambda: poll(left - 1))

        QTimer.singleShot(0, poll)
        return results

    return arm


def wait_for_operations(qtbot) -> None:
    qtbot.waitUntil(lambda: not Operation.busy(), timeout=20000)


@pytest.fixture
def controller(qtbot) -> Iterator[AppController]:
    app = AppController()
    yield app
    wait_for_operations(qtbot)
    app._quitting = True
    for window in list(app.windows):
        window.close()
    if app.start_window is not None:
        app.start_window.hide()
        app.start_window.deleteLater()
    QThreadPool.globalInstance().waitForDone(5000)
    qtbot.wait(10)


@pytest.fixture
def open_window(controller: AppController, qtbot):
    def open_(path: Path, *, activate: bool = True):
        before = len(controller.windows)
        controller.open_path(path)
        qtbot.waitUntil(
            lambda: (
                len(controller.windows) > before
                and controller.windows[-1].session is not None
                and controller.windows[-1].session.is_open
            ),  # the first look is followed by the full open
            timeout=20000,
        )
        window = controller.windows[-1]
        if activate:
            activate_window(qtbot, window)
        return window

    return open_


def activate_window(qtbot, window: QWidget) -> None:
    window.show()
    window.activateWindow()
    window.raise_()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)


@pytest.fixture
def mini_file(tmp_path: Path) -> Path:
    """A closed, empty assessment on the five-indicator mini framework."""
    from cyberassess.framework import get_framework
    from cyberassess.store import Assessment

    path = tmp_path / "mini.cyberassess"
    Assessment.create(
        path, country="Testland", mission="Unit", assessors=["Ada"], framework=get_framework("mini")
    ).close()
    return path


@pytest.fixture
def demo_copy(demo_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "meridia.cyberassess"
    shutil.copy(demo_template, target)
    return target
