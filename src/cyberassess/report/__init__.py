"""The signed PDF report: build it (reportlab), sign it (PAdES with pyHanko) and verify it offline.

Importing this package is cheap: reportlab and pyHanko are imported when a report is built,
signed or verified, not before.

* :func:`export_pdf` builds an assessment's report, signs it when a key is given and records the
  export in the assessment's report log; :func:`export_docx` writes the same report as an
  editable Word draft for the comment cycle (one report model, :mod:`.compose`; two renderers).
* :func:`verify_pdf` says VALID, INVALID (and why) or UNSIGNED.
* :func:`create_key` / :func:`load_key` make and open passphrase-protected PKCS#12 signing keys.
"""

from .errors import (
    KeyCorruptError,
    KeyExpiredError,
    KeyNotFoundError,
    KeyPassphraseError,
    ReportError,
    SigningKeyError,
)
from .export import ExportResult, export_docx, export_pdf
from .keys import KeyInfo, create_key, format_fingerprint, load_key
from .verify import Verification, verify_pdf

__all__ = [
    "ExportResult",
    "KeyCorruptError",
    "KeyExpiredError",
    "KeyInfo",
    "KeyNotFoundError",
    "KeyPassphraseError",
    "ReportError",
    "SigningKeyError",
    "Verification",
    "create_key",
    "export_docx",
    "export_pdf",
    "format_fingerprint",
    "load_key",
    "verify_pdf",
]
