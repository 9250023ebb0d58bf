"""Errors of sealed handover packages (each with a message and a hint, like every user error)."""

from __future__ import annotations

from ..errors import CyberAssessError


class SealError(CyberAssessError):
    """A package cannot be made or opened (bad certificate, unwritable folder…)."""


class WrongRecipientError(SealError):
    """The package is not addressed to the key given."""


class PackageDamagedError(SealError):
    """The package is truncated, altered or not a package: its content is not to be trusted."""
