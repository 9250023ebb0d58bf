"""Errors of the Excel matrix feature: each says what is wrong with which file, and what to do."""

from __future__ import annotations

from ..errors import InputError


class MatrixError(InputError):
    """A workbook cannot be written, read or imported; nothing was changed."""


class UnsafeWorkbookError(MatrixError):
    """A workbook was refused before it was parsed (not xlsx, macros, zip bomb, DTD, too large)."""


class MatrixConflictError(MatrixError):
    """Answers disagree and no rule was given to choose between them; nothing was written."""

    exit_code = 3

    def __init__(self, message: str, hint: str, conflicts: tuple[object, ...], framework: object = None) -> None:
        super().__init__(message, hint)
        self.conflicts = conflicts
        self.framework = framework  # the Framework of the answers, to describe stages
