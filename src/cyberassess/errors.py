"""The errors the core reports to people.

Every error a user can cause (a bad file, a locked file, a full disk) is a :class:`CyberAssessError`
whose ``message`` says what is wrong and whose ``hint`` says what to do. The CLI prints them on
one line each and exits non-zero; the GUI shows them in a dialog. Neither ever shows a traceback.
"""

from __future__ import annotations


class CyberAssessError(Exception):
    """A problem a person can understand and act on."""

    exit_code = 1

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip()


class FrameworkError(CyberAssessError):
    """A framework file is missing, malformed or inconsistent."""


class DocumentError(CyberAssessError):
    """An assessment file cannot be opened or written."""


class NotAnAssessmentError(DocumentError):
    """The file is not a CyberAssess assessment (not SQLite, or another application's)."""


class CorruptDocumentError(DocumentError):
    """The file is damaged (truncated, failed integrity check)."""


class NewerSchemaError(DocumentError):
    """The file was written by a newer CyberAssess; it can only be read."""


class FileLockedError(DocumentError):
    """Another window or process has the file open for writing."""


class ReadOnlyError(DocumentError):
    """A write was attempted on a file opened read-only."""


class StorageFullError(DocumentError):
    """The disk or medium is full, or became read-only, during a write."""


class EvidenceError(CyberAssessError):
    """An evidence file is too large, unreadable or has an unsafe name."""


class InputError(CyberAssessError):
    """A value given on the command line or in a form is not valid."""
