"""Check a signed report offline: VALID, INVALID (and why) or UNSIGNED.

The check needs no trusted authority: the signer's certificate embedded in the signature is used
as its own trust anchor, so a self-signed certificate is checked for integrity like any other;
whether it is self-signed is reported, and the fingerprint lets people compare it with the one
the signer gave them. "Unmodified since signing" means the signature covers the whole file: a
change to a signed byte breaks the digest, and anything appended afterwards (an incremental
update) leaves bytes the signature does not cover. Both make the report INVALID.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from .errors import ReportError
from .keys import format_fingerprint, is_self_signed

Status = Literal["VALID", "INVALID", "UNSIGNED"]
EXIT_CODES: dict[str, int] = {"VALID": 0, "INVALID": 1, "UNSIGNED": 2}
MAX_PDF_BYTES = 1 << 30


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

    @property
    def exit_code(self) -> int:
        """0 VALID, 1 INVALID (or not a readable PDF), 2 UNSIGNED."""
        return EXIT_CODES[self.status]

    def summary(self, language: str = "en") -> str:
        """What the CLI prints and the GUI shows: the verdict, then the details, one per line."""
        from ..i18n import gettext

        def t(source: str, /, **values: object) -> str:
            return gettext(language, source, **values)

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
            kind = t("self-signed") if self.self_signed else t("issued by a certification authority")
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
        return "\n".join(lines)


@contextlib.contextmanager
def _quiet_pyhanko() -> Iterator[None]:
    """pyHanko logs tracebacks for damaged files; the verdict already says what is wrong."""
    loggers = [logging.getLogger(name) for name in ("pyhanko", "pyhanko_certvalidator")]
    before = [lg.disabled for lg in loggers]
    for lg in loggers:
        lg.disabled = True
    try:
        yield
    finally:
        for lg, was in zip(loggers, before, strict=True):
            lg.disabled = was


def _read(path: Path) -> bytes:
    path = Path(path)
    if not path.exists():
        raise ReportError(f"{path} does not exist.", "Check the file name and folder.")
    if path.is_dir():
        raise ReportError(f"{path} is a folder, not a PDF file.", "Give the report's PDF file.")
    try:
        if path.stat().st_size > MAX_PDF_BYTES:
            raise ReportError(f"{path.name} is too large to be a report.", "Give the report's PDF file.")
        return path.read_bytes()
    except OSError as exc:
        raise ReportError(f"Cannot read {path.name}: {exc.strerror}.", "Check its permissions.") from None


def _invalid(reason: str) -> Verification:
    return Verification("INVALID", (reason,), None, None, False, None, None)


def _certificate_facts(cert: Any) -> tuple[str, str | None, str, bool, datetime]:
    """Common name, organisation, SHA-256, self-signed and expiry of an asn1crypto certificate."""
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    der = cert.dump()
    pyca = x509.load_der_x509_certificate(der)
    names = pyca.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    orgs = pyca.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)
    name = str(names[0].value) if names else pyca.subject.rfc4514_string()
    org = str(orgs[0].value) if orgs else None
    return name, org, hashlib.sha256(der).hexdigest(), is_self_signed(pyca), pyca.not_valid_after_utc


def verify_pdf(path: Path) -> Verification:
    """Verify the signature(s) of a PDF file.

    A file that does not exist or cannot be read raises :class:`ReportError`; a file that is not a
    readable PDF (garbage, truncated) is INVALID with the reason.
    """
    data = _read(path)
    name = Path(path).name
    if b"%PDF-" not in data[:1024]:
        return _invalid(f"{name} is not a PDF file.")
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader

    with _quiet_pyhanko():
        try:
            reader = PdfFileReader(io.BytesIO(data), strict=False)
            signatures = list(reader.embedded_signatures)
        except (PdfError, ValueError, KeyError, TypeError, IndexError, AttributeError, OSError) as exc:
            return _invalid(f"{name} is damaged or incomplete and cannot be read as a PDF ({_short(exc)}).")
        except Exception as exc:
            return _invalid(f"{name} cannot be read as a PDF ({_short(exc)}).")
        if not signatures:
            return Verification("UNSIGNED", ("The file has no digital signature.",), None, None, False, None, None)
        results = [_check(sig) for sig in signatures]
    last = results[-1]
    problems = [r for r in results if r.status != "VALID"]
    if not problems:
        return last
    worst = problems[-1]
    if len(signatures) > 1:
        reasons = tuple(
            f"signature {n}: {reason}" for n, r in enumerate(results, 1) for reason in r.reasons if r.status != "VALID"
        )
        return Verification(
            "INVALID",
            reasons,
            worst.signer,
            worst.signing_time,
            False,
            worst.self_signed,
            worst.certificate_sha256,
            worst.organisation,
            worst.certificate_not_after,
        )
    return worst


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:160]


def _check(sig: Any) -> Verification:
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.settings import KeyUsageConstraints
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    try:
        cert = sig.signer_cert
        name, org, fingerprint, self_signed, not_after = _certificate_facts(cert)
    except Exception as exc:
        return _invalid(f"The signature holds no readable signer certificate ({_short(exc)}).")
    try:
        context = ValidationContext(trust_roots=[cert], allow_fetching=False, revocation_mode="soft-fail")
        usage = KeyUsageConstraints(key_usage={"digital_signature", "non_repudiation"}, match_all_key_usages=False)
        status = validate_pdf_signature(sig, context, key_usage_settings=usage, skip_diff=True)
    except Exception as exc:
        return Verification(
            "INVALID",
            (f"The signature cannot be checked: {_short(exc)}.",),
            name,
            None,
            False,
            self_signed,
            fingerprint,
            org,
            not_after,
        )
    signing_time = status.signer_reported_dt
    reasons: list[str] = []
    if not status.intact:
        reasons.append(
            "The document was modified after signing: the signed content no longer matches the signature's digest."
        )
    if not status.valid:
        reasons.append(
            "Bad signature: the signature value does not match the signed content and the signer's certificate."
        )
    coverage = status.coverage
    if coverage == SignatureCoverageLevel.ENTIRE_REVISION:
        reasons.append(
            "The document was modified after signing: content was appended to the file (an incremental "
            "update), so what a reader shows may differ from what was signed."
        )
    elif coverage != SignatureCoverageLevel.ENTIRE_FILE:
        reasons.append("The signature does not cover the whole document.")
    cert_start = cert["tbs_certificate"]["validity"]["not_before"].native
    if signing_time is not None and not (cert_start <= signing_time <= not_after):
        reasons.append(f"The signer's certificate was not valid at the signing time ({signing_time:%Y-%m-%d}).")
    intact = bool(status.intact and coverage == SignatureCoverageLevel.ENTIRE_FILE)
    if reasons:
        return Verification(
            "INVALID", tuple(reasons), name, signing_time, intact, self_signed, fingerprint, org, not_after
        )
    notes: list[str] = []
    if not_after < datetime.now(UTC):
        notes.append(
            f"the signer's certificate has expired since signing (on {not_after:%Y-%m-%d}); the signature "
            "was made while it was valid, by the signer's clock."
        )
    if not status.trusted and not self_signed:
        notes.append("the certificate chain could not be checked offline against a certification authority.")
    return Verification("VALID", tuple(notes), name, signing_time, True, self_signed, fingerprint, org, not_after)
