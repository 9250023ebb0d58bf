"""Every failure is shown the same way: what happened, and what to do. Never a traceback.

A :class:`~cyberassess.errors.CyberAssessError` carries both sentences (``message`` and ``hint``).
Anything else is a bug: the dialog says so in plain words, and the traceback goes to the log file
(``logs/cyberassess.log`` in the user folder) for the developers.

All message boxes of the app go through :func:`present`, one place that tests can watch.
"""

from __future__ import annotations

import logging

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
from .qt import QCoreApplication, QMessageBox, Qt, QWidget

log = logging.getLogger("cyberassess.app")


def _t(text: str) -> str:
    return QCoreApplication.translate("ErrorDialog", text)


def _title(exc: BaseException) -> str:
    titles: list[tuple[type[BaseException], str]] = [
        (CorruptDocumentError, _t("The file is damaged")),
        (NotAnAssessmentError, _t("Not an assessment file")),
        (NewerSchemaError, _t("Made by a newer CyberAssess")),
        (FileLockedError, _t("Open in another window")),
        (StorageFullError, _t("Could not save")),
        (EvidenceError, _t("Evidence file")),
        (InputError, _t("Please check")),
        (CyberAssessError, _t("CyberAssess")),
    ]
    return next((title for kind, title in titles if isinstance(exc, kind)), _t("Unexpected problem"))


def describe(exc: BaseException) -> tuple[str, str]:
    """(what happened, what to do) for any exception, in words for people."""
    if isinstance(exc, CyberAssessError):
        return exc.message, exc.hint
    if isinstance(exc, MemoryError):
        return _t("The computer ran out of memory."), _t("Close other programs and try again.")
    if isinstance(exc, OSError):
        name = f" ({exc.filename})" if exc.filename else ""
        return (_t("The system reported a problem with a file{name}: {reason}.").format(
            name=name, reason=exc.strerror or exc), _t("Check the drive and the folder, then try again."))  # fmt: skip
    log.error("unexpected error", exc_info=exc)
    return (
        _t("Something unexpected went wrong ({kind}).").format(kind=type(exc).__name__),
        _t("Everything shown as saved is safe. Please report this problem and send the log file {log}.").format(
            log=user_data_dir() / "logs" / "cyberassess.log"
        ),
    )


def present(box: QMessageBox) -> int:
    """Show a message box modally and return the button pressed (the one hook for every message)."""
    return box.exec()


def message_box(
    parent: QWidget | None,
    title: str,
    text: str,
    detail: str = "",
    *,
    icon: QMessageBox.Icon = QMessageBox.Icon.Information,
    name: str = "messageDialog",
) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName(name)
    if detail:
        box.setInformativeText(detail)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def show_error(parent: QWidget | None, exc: BaseException, *, doing: str = "") -> None:
    """The dialog for a failure: ``doing`` (e.g. "Opening demo.cyberassess") is the title."""
    message, hint = describe(exc)
    if not isinstance(exc, CyberAssessError | MemoryError | OSError):
        icon = QMessageBox.Icon.Critical
    else:
        icon = QMessageBox.Icon.Warning
    box = message_box(parent, doing or _title(exc), message, hint, icon=icon, name="errorDialog")
    log.warning("shown to the user: %s %s", message, hint)
    present(box)
    box.deleteLater()


def show_message(parent: QWidget | None, title: str, text: str, detail: str = "") -> None:
    box = message_box(parent, title, text, detail)
    present(box)
    box.deleteLater()


def ask(parent: QWidget | None, title: str, text: str, detail: str, yes: str, no: str) -> bool:
    """A question with two named buttons; True when the first (``yes``) is chosen."""
    box = message_box(parent, title, text, detail, icon=QMessageBox.Icon.Question, name="questionDialog")
    box.setStandardButtons(QMessageBox.StandardButton.NoButton)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes_button)
    present(box)
    chosen = box.clickedButton() is yes_button
    box.deleteLater()
    return chosen
