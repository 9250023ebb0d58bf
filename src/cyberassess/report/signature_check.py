"""One embedded signature, checked: integrity, coverage, algorithms and the signer's certificate.

Used by :mod:`.verify`. pyHanko (pinned in pyproject.toml) validates the CMS signature: the digest
of the signed byte ranges, the signature value, the signing certificate's key usage and pyHanko's
algorithm policy (no MD5 or SHA-1, RSA keys of 2048 bits at least). On top of it this module

* checks the coverage on the raw bytes by position and form (:mod:`.coverage`), not by lengths;
* names weak algorithms and keys itself, so the reason is precise and never depends on a log line;
* treats any certificate problem pyHanko reports (``trusted`` false although the signer's own
  certificate is the trust anchor) as INVALID, never as a note on a VALID signature.

Text from the certificate (names, organisation) is escaped with :func:`~cyberassess.safetext.printable`
here, where it enters, and again wherever it is shown.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from ..safetext import printable
from .coverage import coverage_problems
from .keys import is_self_signed

WEAK_DIGESTS = frozenset({"md2", "md4", "md5", "sha1"})
MIN_RSA_BITS = 2048
MIN_EC_BITS = 256


@dataclass(frozen=True)
class Outcome:
    """What :func:`check_signature` found; :mod:`.verify` turns it into a :class:`.Verification`."""

    reasons: tuple[str, ...]  # empty when the signature is VALID
    notes: tuple[str, ...] = ()
    signer: str | None = None
    organisation: str | None = None
    issuer: str | None = None
    signing_time: datetime | None = None
    intact: bool = False
    self_signed: bool | None = None
    certificate_sha256: str | None = None
    not_after: datetime | None = None


def short(exc: BaseException) -> str:
    """The first line of an exception's message, escaped and cut to 160 characters."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return printable(text[:160])


@dataclass(frozen=True)
class _Facts:
    name: str
    organisation: str | None
    issuer: str | None
    sha256: str
    self_signed: bool
    not_before: datetime
    not_after: datetime
    weakness: str | None


def _certificate_facts(cert: Any) -> _Facts:
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    der = cert.dump()
    pyca = x509.load_der_x509_certificate(der)

    def first(name: x509.Name, oid: x509.ObjectIdentifier) -> str | None:
        values = name.get_attributes_for_oid(oid)
        return printable(str(values[0].value)) if values else None

    self_signed = is_self_signed(pyca)
    return _Facts(
        name=first(pyca.subject, NameOID.COMMON_NAME) or printable(pyca.subject.rfc4514_string()),
        organisation=first(pyca.subject, NameOID.ORGANIZATION_NAME),
        issuer=None
        if self_signed
        else (first(pyca.issuer, NameOID.COMMON_NAME) or printable(pyca.issuer.rfc4514_string())),
        sha256=hashlib.sha256(der).hexdigest(),
        self_signed=self_signed,
        not_before=pyca.not_valid_before_utc,
        not_after=pyca.not_valid_after_utc,
        weakness=_key_weakness(pyca.public_key()),
    )


def _key_weakness(key: object) -> str | None:
    from cryptography.hazmat.primitives.asymmetric import dsa, ec, rsa

    if isinstance(key, rsa.RSAPublicKey) and key.key_size < MIN_RSA_BITS:
        return (
            f"The signer's key is too weak to be trusted: RSA with {key.key_size} bits "
            f"(at least {MIN_RSA_BITS} are needed); such signatures can be forged."
        )
    if isinstance(key, ec.EllipticCurvePublicKey) and key.curve.key_size < MIN_EC_BITS:
        return (
            f"The signer's key is too weak to be trusted: elliptic curve {key.curve.name} "
            f"({key.curve.key_size} bits; at least {MIN_EC_BITS} are needed)."
        )
    if isinstance(key, dsa.DSAPublicKey):
        return "The signer's key is a DSA key, which is no longer accepted for signatures."
    return None


def _digest_weakness(*algorithms: str | None) -> str | None:
    for algorithm in algorithms:
        name = (algorithm or "").lower()
        weak = next((w for w in sorted(WEAK_DIGESTS) if name == w or name.startswith(f"{w}_")), None)
        if weak is not None:
            return (
                f"The signature uses {weak.upper().replace('SHA', 'SHA-')}, a digest algorithm that is no "
                "longer secure (forgeries are feasible); it cannot prove the document is unchanged."
            )
    return None


_TRUST_PROBLEMS = {
    "CRYPTO_CONSTRAINTS_FAILURE": "it uses an algorithm or a key size too weak to be trusted",
    "EXPIRED": "it was not valid at the signing time",
    "NOT_YET_VALID": "it was not yet valid at the signing time",
    "REVOKED": "it is revoked",
    "CHAIN_CONSTRAINTS_FAILURE": "it is not allowed to sign documents (key usage or constraints)",
    "SIG_CONSTRAINTS_FAILURE": "the signature does not meet its constraints",
}


def check_signature(sig: Any, data: bytes) -> Outcome:
    """Check one ``EmbeddedPdfSignature`` of the file whose bytes are ``data``."""
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.settings import KeyUsageConstraints
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    try:
        cert = sig.signer_cert
        facts = _certificate_facts(cert)
    except Exception as exc:
        return Outcome((f"The signature holds no readable signer certificate ({short(exc)}).",))
    who = Outcome(
        (),
        signer=facts.name,
        organisation=facts.organisation,
        issuer=facts.issuer,
        self_signed=facts.self_signed,
        certificate_sha256=facts.sha256,
        not_after=facts.not_after,
    )
    try:
        # The signer's own certificate is the trust anchor: integrity and algorithms are checked;
        # who the signer is, is for the person to confirm with the fingerprint.
        context = ValidationContext(trust_roots=[cert], allow_fetching=False, revocation_mode="soft-fail")
        usage = KeyUsageConstraints(key_usage={"digital_signature", "non_repudiation"}, match_all_key_usages=False)
        status = validate_pdf_signature(sig, context, key_usage_settings=usage, skip_diff=True)
    except Exception as exc:
        return replace(who, reasons=(f"The signature cannot be checked: {short(exc)}.",))
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
    ours = coverage_problems(data, list(sig.byte_range), bytes(sig.pkcs7_content))
    reasons += ours
    if not ours and status.coverage != SignatureCoverageLevel.ENTIRE_FILE:
        reasons.append("The signature does not cover the whole document.")
    weak = [
        w
        for w in (facts.weakness, _digest_weakness(status.md_algorithm, status.pkcs7_signature_mechanism))
        if w is not None
    ]
    reasons += weak
    if status.intact and status.valid and not status.trusted and not weak:
        indication = getattr(status.trust_problem_indic, "name", "") or ""
        problem = _TRUST_PROBLEMS.get(indication, "it fails the certificate checks")
        reasons.append(f"The signer's certificate cannot be accepted: {problem}.")
    if signing_time is not None and not (facts.not_before <= signing_time <= facts.not_after):
        reasons.append(f"The signer's certificate was not valid at the signing time ({signing_time:%Y-%m-%d}).")
    intact = bool(status.intact and status.coverage == SignatureCoverageLevel.ENTIRE_FILE and not ours)
    if reasons:
        return replace(who, reasons=tuple(reasons), signing_time=signing_time, intact=intact)
    notes: list[str] = []
    if facts.not_after < datetime.now(UTC):
        notes.append(
            f"the signer's certificate has expired since signing (on {facts.not_after:%Y-%m-%d}); the signature "
            "was made while it was valid, by the signer's clock."
        )
    return replace(who, notes=tuple(notes), signing_time=signing_time, intact=True)


__all__ = ["Outcome", "check_signature", "short"]
