"""Every failure is shown the same way: what happened, and what to do. Never a traceback.

A :class:`~cyberassess.errors.CyberAssessError` carries both sentences (``message`` and ``hint``).
Anything else is a bug: the dialog says so in plain words, and the traceback goes to the log file
(``logs/cyberassess.log`` in the user folder) for the developers.

All message boxes of the app go through :func:`present`, one place that tests can watch.
``QMessageBox`` is imported where a box is made: most starts never show one, and creating its
Python type costs start-up time.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from ..errors import (
    CorruptDocumentError,
    CyberAssessError,
    EvidenceError,
    FileLockedError,
    InputError,
    NewerSchemaError,
    NotAnAssessmentError,
    StorageFullError,
)
from ..paths import user_data_dir
from .qt import QCoreApplication, Qt, QWidget

if TYPE_CHECKING:
    from .qt import QMessageBox

log = logging.getLogger("cyberassess.app")


def _title(exc: BaseException) -> str:
    titles: list[tuple[type[BaseException], str]] = [
        (CorruptDocumentError, QCoreApplication.translate("ErrorDialog", "The file is damaged")),
        (NotAnAssessmentError, QCoreApplication.translate("ErrorDialog", "Not an assessment file")),
        (NewerSchemaError, QCoreApplication.translate("ErrorDialog", "Made by a newer CyberAssess")),
        (FileLockedError, QCoreApplication.translate("ErrorDialog", "Open in another window")),
        (StorageFullError, QCoreApplication.translate("ErrorDialog", "Could not save")),
        (EvidenceError, QCoreApplication.translate("ErrorDialog", "Evidence file")),
        (InputError, QCoreApplication.translate("ErrorDialog", "Please check")),
        (CyberAssessError, QCoreApplication.translate("ErrorDialog", "CyberAssess")),
    ]
    return next(
        (title for kind, title in titles if isinstance(exc, kind)),
        QCoreApplication.translate("ErrorDialog", "Unexpected problem"),
    )


def describe(exc: BaseException) -> tuple[str, str]:
    """(what happened, what to do) for any exception, in words for people."""
    if isinstance(exc, CyberAssessError):
        return exc.message, exc.hint
    if isinstance(exc, MemoryError):
        return QCoreApplication.translate("ErrorDialog", "The computer ran out of memory."), QCoreApplication.translate(
            "ErrorDialog", "Close other programs and try again."
        )
    if isinstance(exc, OSError):
        name = f" ({exc.filename})" if exc.filename else ""
        return (
            QCoreApplication.translate(
                "ErrorDialog", "The system reported a problem with a file{name}: {reason}."
            ).format(name=name, reason=exc.strerror or exc),
            QCoreApplication.translate("ErrorDialog", "Check the drive and the folder, then try again."),
        )
    log.error("unexpected error", exc_info=exc)
    return (
        QCoreApplication.translate("ErrorDialog", "Something unexpected went wrong ({kind}).").format(
            kind=type(exc).__name__
        ),
        QCoreApplication.translate(
            "ErrorDialog", "Everything shown as saved is safe. Please report this problem and send the log file {log}."
        ).format(log=user_data_dir() / "logs" / "cyberassess.log"),
    )


def present(box: QMessageBox) -> int:
    """Show a message box modally and return the button pressed (the one hook for every message)."""
    return box.exec()


def show_box(box: QMessageBox) -> int:
    """Show a prepared message box (through :func:`present`) and dispose of it."""
    result = present(box)
    box.deleteLater()
    return result


def message_box(
    parent: QWidget | None,
    title: str,
    text: str,
    detail: str = "",
    *,
    icon: QMessageBox.Icon | None = None,
    name: str = "messageDialog",
) -> QMessageBox:
    """A message box (an information box unless ``icon`` says otherwise) with an OK button."""
    from .qt import QMessageBox

    if icon is None:
        icon = QMessageBox.Icon.Information
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName(name)
    if detail:
        box.setInformativeText(detail)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def show_error(parent: QWidget | None, exc: BaseException, *, doing: str = "") -> None:
    """The dialog for a failure: ``doing`` (e.g. "Opening demo.cyberassess") is the title."""
    from .qt import QMessageBox

    message, hint = describe(exc)
    expected = isinstance(exc, CyberAssessError | MemoryError | OSError)
    icon = QMessageBox.Icon.Warning if expected else QMessageBox.Icon.Critical
    log.warning("shown to the user: %s %s", message, hint)
    show_box(message_box(parent, doing or _title(exc), message, hint, icon=icon, name="errorDialog"))


def show_message(parent: QWidget | None, title: str, text: str, detail: str = "") -> None:
    show_box(message_box(parent, title, text, detail))


def ask(parent: QWidget | None, title: str, text: str, detail: str, yes: str, no: str) -> bool:
    """A question with two named buttons; True when the first (``yes``) is chosen."""
    from .qt import QMessageBox

    box = message_box(parent, title, text, detail, icon=QMessageBox.Icon.Question, name="questionDialog")
    box.setStandardButtons(QMessageBox.StandardButton.NoButton)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes_button)
    present(box)
    chosen = box.clickedButton() is yes_button
    box.deleteLater()
    return bool(chosen)
