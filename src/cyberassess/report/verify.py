"""Check a signed report offline: VALID, INVALID (and why) or UNSIGNED.

The check needs no trusted authority: the signer's certificate embedded in the signature is used
as its own trust anchor, so integrity and algorithms are checked for any certificate, and who the
signer is, is for the reader to confirm: the summary always gives the certificate's SHA-256
fingerprint, and for any certificate (self-signed or issued by an authority nobody told CyberAssess
to trust) says to compare it with the one the signer gave through another channel.

"Unmodified since signing" means the signature covers the whole file but its own value, checked
on the raw bytes (:mod:`.coverage`): a changed signed byte breaks the digest; anything appended
(an incremental update) or a rewritten signature value leaves bytes the signature does not cover.
A file that still holds a signature its document no longer shows (the field removed by an update)
was signed and then changed. Weak keys and digests (RSA under 2048 bits, SHA-1, MD5) are INVALID.

The input is read with bounds (:mod:`cyberassess.inputfile`): regular files only (no FIFO or
device), at most :data:`MAX_PDF_BYTES`, and the cheap structural checks run before the PDF parser,
so any file is answered in seconds. Library log lines never reach the user.
"""

from __future__ import annotations

import contextlib
import io
import logging
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from ..inputfile import human_bytes, read_regular_file
from ..safetext import printable
from .errors import ReportError
from .keys import format_fingerprint
from .signature_check import Outcome, check_signature, short

Status = Literal["VALID", "INVALID", "UNSIGNED"]
EXIT_CODES: dict[str, int] = {"VALID": 0, "INVALID": 1, "UNSIGNED": 2}
# The demo's 46-page signed report is about 0.4 MB; the longest report the store's text limits
# allow stays well under 20 MB. Larger files are refused before any parsing.
MAX_PDF_BYTES = 48 * 1024 * 1024
# What the PDF parser may do before it gives up: a genuine report (any length) is checked in under
# 10,000 reads of the file and one pass of hashing; junk built to make a parser crawl (megabytes of
# zeros read byte by byte, millions of cross-reference entries) is stopped after a bounded effort.
MAX_PARSER_READS = 250_000
MAX_PARSER_BYTES = 4 * MAX_PDF_BYTES
MAX_SIGNATURES = 16
LIBRARY_LOGGERS = ("pyhanko", "pyhanko_certvalidator")
SIGNED_THEN_CHANGED = (
    "The document was signed and then changed: the file still holds a signature, but a later change removed it "
    "from the document (or made it unrecognisable)."
)
DATA_AFTER_END = "The document was modified after signing: data were added after the end of the signed document."
_SIGNATURE_DICTIONARY = re.compile(rb"/ByteRange\s*\[")
_PDF_WHITESPACE = b"\x00\t\n\x0c\r "


@dataclass(frozen=True)
class Verification:
    status: Status
    reasons: tuple[str, ...]
    signer: str | None
    signing_time: datetime | None
    intact: bool
    self_signed: bool | None
    certificate_sha256: str | None
    organisation: str | None = None
    certificate_not_after: datetime | None = None
    issuer: str | None = None  # the issuer's name when the certificate is not self-signed

    @property
    def exit_code(self) -> int:
        """0 VALID, 1 INVALID (or not a readable PDF), 2 UNSIGNED."""
        return EXIT_CODES[self.status]

    def summary(self, language: str = "en") -> str:
        """What the CLI prints and the GUI shows: the verdict, then the details, one per line.

        Every text that comes from the file (names, organisation, issuer, reasons quoting it) is
        escaped, so nothing in a certificate or a file name can add or hide a line.
        """
        from ..i18n import gettext

        def t(source: str, /, **values: object) -> str:
            return printable(gettext(language, source, **values))

        lines: list[str] = []
        if self.status == "VALID":
            lines.append(t("VALID: the signature is correct and the document is unmodified since signing."))
        elif self.status == "UNSIGNED":
            lines.append(t("UNSIGNED: the file has no digital signature."))
            lines.append(
                "  " + t("Nothing in it shows who produced it or that it is unchanged; ask for a signed copy.")
            )
        else:
            first = t(self.reasons[0]) if self.reasons else t("the signature cannot be trusted.")
            lines.append(t("INVALID: {reason}", reason=first))
            lines += [f"  - {t(reason)}" for reason in self.reasons[1:]]
        if self.signer is not None:
            who = f"{self.signer} ({self.organisation})" if self.organisation else self.signer
            label = (
                t("Signer: {who}", who=who)
                if self.status == "VALID"
                else t("Signer named in the signature: {who}", who=who)
            )
            lines.append("  " + label)
        if self.signing_time is not None:
            when = f"{self.signing_time.astimezone(UTC):%Y-%m-%d %H:%M:%S} UTC"
            lines.append("  " + t("Signing time: {time} (signer's clock)", time=when))
        if self.status != "UNSIGNED" and self.certificate_sha256 is not None:
            lines.append(
                "  " + (t("Unmodified since signing: yes") if self.intact else t("Unmodified since signing: no"))
            )
            if self.self_signed:
                kind = t("self-signed")
            else:
                issuer = self.issuer or "?"
                kind = t("issued by {issuer}, an authority not checked against any trust store", issuer=issuer)
            lines.append("  " + t("Certificate: {kind}; SHA-256 fingerprint", kind=kind))
            lines.append(f"    {format_fingerprint(self.certificate_sha256)}")
            if self.certificate_not_after is not None:
                lines.append("  " + t("Certificate valid until: {date}", date=f"{self.certificate_not_after:%Y-%m-%d}"))
        if self.status == "VALID":
            lines += ["  " + t("Note: {note}", note=t(reason)) for reason in self.reasons]
            if self.self_signed:
                lines.append(
                    "  "
                    + t(
                        "The certificate is self-signed: confirm the fingerprint with the signer through "
                        "another channel."
                    )
                )
            else:
                lines.append(
                    "  "
                    + t(
                        "No authority you chose to trust vouches for this certificate: confirm the fingerprint "
                        "with the signer through another channel."
                    )
                )
        return "\n".join(lines)


def quiet_library_logs() -> None:
    """Keep pyHanko's (and other libraries') log records, tracebacks included, away from the user.

    Verdicts carry the reasons; a library's warning printed on stderr would only confuse (and it
    could quote untrusted text unescaped). Records stop at these loggers: a handler that drops
    them, and no propagation to the root logger or Python's last-resort handler.
    """
    for name in LIBRARY_LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
            logger.addHandler(logging.NullHandler())
        logger.propagate = False


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    quiet_library_logs()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        yield


class _ParserBudgetExceeded(BaseException):
    """Raised from inside the PDF parser's reads; a BaseException so no ``except Exception`` in it swallows it."""


class _BoundedStream(io.BytesIO):
    """The file's bytes for pyHanko, counting its reads: past the budget, the parse is stopped."""

    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.reads = 0
        self.bytes_read = 0

    def _spend(self, size: int) -> None:
        self.reads += 1
        self.bytes_read += max(size, 0)
        if self.reads > MAX_PARSER_READS or self.bytes_read > MAX_PARSER_BYTES:
            raise _ParserBudgetExceeded

    def read(self, size: int | None = -1, /) -> bytes:
        chunk = super().read(size)
        self._spend(len(chunk))
        return chunk

    def read1(self, size: int | None = -1, /) -> bytes:
        chunk = super().read1(size)
        self._spend(len(chunk))
        return chunk

    def readline(self, size: int | None = -1, /) -> bytes:
        line = super().readline(size)
        self._spend(len(line))
        return line

    def readinto(self, buffer: Any, /) -> int:
        count = super().readinto(buffer)
        self._spend(count)
        return count


def _invalid(reason: str) -> Verification:
    return Verification("INVALID", (reason,), None, None, False, None, None)


def _structure_problem(data: bytes, name: str) -> Verification | None:
    """What the raw bytes already show, before (and instead of) the slower PDF parser."""
    if b"%PDF-" not in data[:1024]:
        return _invalid(f"{name} is not a PDF file.")
    end = data.rfind(b"%%EOF")
    if end < 0:
        return _invalid(f"{name} is damaged or incomplete and cannot be read as a PDF (no end-of-file marker).")
    tail = len(data) - (end + 5)
    if tail and data[end + 5 :].strip(_PDF_WHITESPACE):
        if _SIGNATURE_DICTIONARY.search(data, 0, end):
            return _invalid(DATA_AFTER_END)
        size = human_bytes(tail)
        return _invalid(f"{name} is damaged and cannot be read as a PDF ({size} of data follow its end).")
    return None


def _encryption_problem(reader: Any, name: str) -> Verification | None:
    """An encrypted file is checked if it opens without a password; otherwise it is named as encrypted."""
    if "/Encrypt" not in reader.trailer:
        return None
    from pyhanko.pdf_utils.crypt import AuthStatus

    try:
        opened = reader.decrypt(b"").status != AuthStatus.FAILED
    except Exception:
        opened = False
    if opened:
        return None
    return _invalid(
        f"{name} is encrypted (password-protected or encrypted for certain recipients), so its signature cannot "
        "be checked. CyberAssess reports are never encrypted: ask the sender for the report as exported."
    )


def verify_pdf(path: Path) -> Verification:
    """Verify the signature(s) of a PDF file.

    A file that does not exist, cannot be read, is not a regular file (a FIFO, a device) or is
    larger than :data:`MAX_PDF_BYTES` raises :class:`ReportError`; a file that is not a readable PDF
    (garbage, truncated, encrypted) is INVALID with the reason.
    """
    data = read_regular_file(
        Path(path),
        max_bytes=MAX_PDF_BYTES,
        what="a PDF report",
        error=ReportError,
        too_large_hint="A CyberAssess report is far smaller: this is not a report as exported, or data were added "
        "to it. Ask the sender for the report as exported.",
    )
    name = printable(Path(path).name)
    early = _structure_problem(data, name)
    if early is not None:
        return early

    with _quiet():
        try:
            return _parse_and_check(data, name)
        except _ParserBudgetExceeded:
            return _invalid(
                f"{name} is not a PDF report as CyberAssess writes it: its structure is damaged or built to "
                "make readers work without end (the check stopped after a bounded effort)."
            )


def _parse_and_check(data: bytes, name: str) -> Verification:
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        reader = PdfFileReader(_BoundedStream(data), strict=False)
        encrypted = _encryption_problem(reader, name)
        if encrypted is not None:
            return encrypted
        signatures = list(reader.embedded_signatures)
    except (PdfError, ValueError, KeyError, TypeError, IndexError, AttributeError, OSError) as exc:
        return _invalid(f"{name} is damaged or incomplete and cannot be read as a PDF ({short(exc)}).")
    except RecursionError:
        return _invalid(f"{name} cannot be read as a PDF (its objects are nested too deeply).")
    except Exception as exc:
        return _invalid(f"{name} cannot be read as a PDF ({short(exc)}).")
    if not signatures:
        earlier = _earlier_signature(reader, data)
        if earlier is not None:
            return _verification("INVALID", (SIGNED_THEN_CHANGED, *earlier.reasons), earlier)
        if _SIGNATURE_DICTIONARY.search(data):
            return _invalid(SIGNED_THEN_CHANGED)
        return Verification("UNSIGNED", ("The file has no digital signature.",), None, None, False, None, None)
    if len(signatures) > MAX_SIGNATURES:
        return _invalid(f"{name} holds {len(signatures)} signatures; a CyberAssess report holds one.")
    return _combine([check_signature(sig, data) for sig in signatures])


def _earlier_signature(reader: Any, data: bytes) -> Outcome | None:
    """The last signature an earlier revision of the file shows, checked, when the current one shows none."""
    from pyhanko.sign.fields import enumerate_sig_fields
    from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature

    try:
        revisions = int(reader.xrefs.total_revisions)
        for revision in range(revisions - 2, max(revisions - 2 - MAX_SIGNATURES, -1), -1):
            fields = list(enumerate_sig_fields(reader.get_historical_resolver(revision), filled_status=True))
            if fields:
                name, _, field = fields[-1]
                return check_signature(EmbeddedPdfSignature(reader, field, name), data)
    except Exception:  # an earlier revision that cannot be read: the raw bytes still tell
        return None
    return None


def _verification(status: Status, reasons: tuple[str, ...], o: Outcome) -> Verification:
    return Verification(
        status, reasons, o.signer, o.signing_time, o.intact, o.self_signed, o.certificate_sha256,
        o.organisation, o.not_after, o.issuer,
    )  # fmt: skip


def _combine(outcomes: list[Outcome]) -> Verification:
    problems = [o for o in outcomes if o.reasons]
    if not problems:
        return _verification("VALID", outcomes[-1].notes, outcomes[-1])
    worst = problems[-1]
    if len(outcomes) == 1:
        return _verification("INVALID", worst.reasons, worst)
    reasons = tuple(f"signature {n}: {reason}" for n, o in enumerate(outcomes, 1) for reason in o.reasons)
    return _verification("INVALID", reasons, worst)
