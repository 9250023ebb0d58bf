"""Errors of the report feature: signing keys, PDF files and exports.

All are :class:`~cyberassess.errors.CyberAssessError` subclasses with a message and a hint, so the
CLI prints them as one line and the GUI shows them in a dialog.
"""

from __future__ import annotations

from ..errors import CyberAssessError


class ReportError(CyberAssessError):
    """The report cannot be built, written or read."""


class SigningKeyError(CyberAssessError):
    """A signing key file cannot be used."""


class KeyNotFoundError(SigningKeyError):
    """The key file does not exist or cannot be read."""


class KeyPassphraseError(SigningKeyError):
    """The passphrase does not open the key file (or none was given)."""


class KeyCorruptError(SigningKeyError):
    """The file is not a PKCS#12 key file, or it is damaged or incomplete."""


class KeyExpiredError(SigningKeyError):
    """The key's certificate is expired or not yet valid."""
