"""The signature of a matrix: the assessor's key over its answers, who gave them and when.

The SHA-256 values of the metadata sheet (over the answer cells, and per row) are not keyed:
anyone can edit answers, write a later time and an assessor's name, and compute them again. They
tell an accidental change (a cell typed over) from none, never tampering. A matrix exported with a
signing key (``export-xlsx --key KEY.p12``) also carries a signature, and the import says one of:

* **signed**: "signed by NAME (certificate SHA-256 …), unchanged since signing": every answer,
  assessor, time and the metadata are as the holder of that key exported them;
* **broken**: "signature does not match: the answers were changed after signing" (or the
  signature cannot be checked at all: damaged certificate, unknown algorithm, weak key);
* **unsigned**: "not signed: the hash shows only accidental changes, not tampering".

What is signed is :func:`payload`: canonical JSON (sorted keys, UTF-8) of a purpose string, the
metadata fields of :data:`SIGNED_FIELDS`, the cover's "Filled in by" cell and, for every indicator
row in framework order, its id, stage, justification, confidence, assessor and time. The metadata
sheet holds the signature in four rows: ``signature_algorithm`` (``rsa-pss-sha256``,
``ecdsa-sha256`` or ``ed25519``), ``signature`` (base64), ``signer_certificate`` (the X.509
certificate, base64 DER) and ``signed_at`` (also inside the payload).

A certificate is whatever the signer made: like a self-signed report, the signer is shown with the
certificate's fingerprint, to compare with the one the signer gave. The application also says when
the same key signed earlier exports of the assessment (its report log).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from ..report.errors import SigningKeyError
from ..safetext import printable

if TYPE_CHECKING:
    from ..report.keys import LoadedKey
    from ..store.records import AnswerRecord

PURPOSE = "cyberassess-matrix-signature/1"
SIGNED_FIELDS = (
    "format",
    "kind",
    "framework_id",
    "framework_version",
    "framework_hash",
    "file_uuid",
    "country",
    "mission",
    "assessors",
    "language",
    "exported_at",
    "app_version",
    "signed_at",
)
SIGNATURE_KEYS = (
    ("signature_algorithm", "How the matrix was signed"),
    ("signature", "Signature over the answers, assessors, times and metadata (base64)"),
    ("signer_certificate", "Certificate of the signer (X.509, DER, base64)"),
)
MIN_RSA_BITS = 2048
MAX_CERTIFICATE_CHARS = 16_000  # base64 of a certificate: a few kilobytes
MAX_SIGNATURE_CHARS = 2_000

SignatureStatus = Literal["signed", "broken", "unsigned"]
SignedRow = tuple[str, str, str, str, str, str]  # id, stage code, justification, confidence, assessor, time


@dataclass(frozen=True)
class SignatureCheck:
    """What the signature of a matrix says. Texts come from the certificate: escape them to show."""

    status: SignatureStatus
    reason: str = ""  # why a signature is broken
    signer: str = ""
    organisation: str | None = None
    certificate_sha256: str = ""
    signed_at: str | None = None

    @property
    def signed(self) -> bool:
        """True only for a signature that matches: the answers are as the key holder exported them."""
        return self.status == "signed"

    def signer_text(self) -> str:
        """``Name (Organisation)``, escaped for a terminal or a dialog."""
        who = printable(self.signer or "an unnamed signer")
        return f"{who} ({printable(self.organisation)})" if self.organisation else who

    def describe(self) -> str:
        """One line for people: signed and unchanged, changed after signing, or not signed."""
        from ..report.keys import format_fingerprint

        if self.status == "unsigned":
            return "not signed: the hash shows only accidental changes, not tampering"
        fingerprint = f"certificate SHA-256 {format_fingerprint(self.certificate_sha256)}"
        if self.status == "signed":
            return f"signed by {self.signer_text()} ({fingerprint}), unchanged since signing"
        if self.certificate_sha256:
            return f"signature does not match: {self.reason} (signed by {self.signer_text()}, {fingerprint})"
        return f"signature does not match: {self.reason}"


UNSIGNED = SignatureCheck("unsigned")


def signed_row(
    indicator_id: str, value_code: str, justification: str, confidence: str, assessor: str, updated_at: str | None
) -> SignedRow:
    return (indicator_id, value_code, justification, confidence, assessor.strip(), (updated_at or "").strip())


def payload(fields: Mapping[str, str], filled_by: str, rows: Iterable[SignedRow], order: Sequence[str]) -> bytes:
    """The bytes that are signed (see the module docstring); ``order`` is the framework's indicator order."""
    position = {iid: n for n, iid in enumerate(order)}
    ordered = sorted(rows, key=lambda r: (position.get(r[0], len(position)), r))
    content = {
        "purpose": PURPOSE,
        "metadata": {key: str(fields.get(key, "")).strip() for key in SIGNED_FIELDS},
        "filled_by": " ".join(filled_by.split()),
        "rows": [list(r) for r in ordered],
    }
    text = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return text.encode("utf-8", "surrogatepass")


def now_utc() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def sign(key: LoadedKey, data: bytes) -> list[tuple[str, str]]:
    """The metadata rows (key, value) of a signature of ``data`` with ``key``."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa
    from cryptography.hazmat.primitives.serialization import Encoding

    private = key.private_key
    if isinstance(private, rsa.RSAPrivateKey):
        if private.key_size < MIN_RSA_BITS:
            raise SigningKeyError(
                f"The key in {key.info.path.name} is RSA {private.key_size} bits, too weak to sign.",
                f"Use a key of at least {MIN_RSA_BITS} bits (cyberassess key create makes RSA 3072).",
            )
        algorithm = "rsa-pss-sha256"
        signature = private.sign(
            data, padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.DIGEST_LENGTH), hashes.SHA256()
        )
    elif isinstance(private, ec.EllipticCurvePrivateKey):
        algorithm = "ecdsa-sha256"
        signature = private.sign(data, ec.ECDSA(hashes.SHA256()))
    elif isinstance(private, ed25519.Ed25519PrivateKey):
        algorithm = "ed25519"
        signature = private.sign(data)
    else:
        raise SigningKeyError(
            f"The key in {key.info.path.name} is of a kind that cannot sign matrices.",
            "Use an RSA, elliptic-curve or Ed25519 key (cyberassess key create makes RSA 3072).",
        )
    certificate = key.certificate.public_bytes(Encoding.DER)
    return [
        ("signature_algorithm", algorithm),
        ("signature", base64.b64encode(signature).decode("ascii")),
        ("signer_certificate", base64.b64encode(certificate).decode("ascii")),
    ]


def signature_rows(
    key: LoadedKey, fields: Mapping[str, str], answers: Mapping[str, AnswerRecord], order: Sequence[str]
) -> list[tuple[str, str, str]]:
    """The metadata rows (key, value, description) that sign an export of ``answers``.

    ``fields`` are the metadata values written; every indicator of ``order`` is a row of the
    matrix, answered or not, exactly as the writer puts it in the dimension sheets.
    """
    from .layout import value_code

    signed_at = now_utc()
    rows = []
    for indicator_id in order:
        answer = answers.get(indicator_id)
        if answer is None:
            rows.append(signed_row(indicator_id, "", "", "", "", None))
            continue
        rows.append(
            signed_row(
                indicator_id,
                value_code(answer.value),
                answer.justification,
                answer.confidence or "",
                answer.assessor,
                answer.updated_at,
            )
        )
    data = payload({**fields, "signed_at": signed_at}, "", rows, order)
    descriptions = dict(SIGNATURE_KEYS)
    return [("signed_at", signed_at, "Signing time (UTC)")] + [(k, v, descriptions[k]) for k, v in sign(key, data)]


def _broken(reason: str) -> SignatureCheck:
    return SignatureCheck("broken", reason)


def verify(fields: Mapping[str, str], data: bytes) -> SignatureCheck:
    """Check the signature rows of ``fields`` over ``data`` (the :func:`payload` of what was read)."""
    present = [key for key, _ in SIGNATURE_KEYS if fields.get(key)]
    if not present:
        return SignatureCheck("unsigned")
    if len(present) < len(SIGNATURE_KEYS):
        return _broken("the signature is incomplete (rows of the metadata sheet were removed)")
    algorithm = fields["signature_algorithm"]
    if len(fields["signature"]) > MAX_SIGNATURE_CHARS or len(fields["signer_certificate"]) > MAX_CERTIFICATE_CHARS:
        return _broken("the signature or certificate is far too long")
    try:
        signature = base64.b64decode(fields["signature"], validate=True)
        der = base64.b64decode(fields["signer_certificate"], validate=True)
    except (binascii.Error, ValueError):
        return _broken("the signature or certificate is damaged (not base64)")
    from cryptography import x509
    from cryptography.exceptions import UnsupportedAlgorithm

    from ..report.keys import describe_certificate

    try:
        certificate = x509.load_der_x509_certificate(der)
        public = certificate.public_key()
        info = describe_certificate(certificate, Path())  # no key file: the certificate came in the matrix
    except (ValueError, TypeError, UnsupportedAlgorithm):
        return _broken("the signer's certificate cannot be read")
    problem = _check(algorithm, public, signature, data)
    return SignatureCheck(
        "broken" if problem else "signed",
        problem,
        signer=info.subject,
        organisation=info.organisation,
        certificate_sha256=hashlib.sha256(der).hexdigest(),
        signed_at=fields.get("signed_at") or None,
    )


def _check(algorithm: str, public: object, signature: bytes, data: bytes) -> str:
    """Empty when ``signature`` is a good signature of ``data``; else why not."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa

    try:
        if algorithm == "rsa-pss-sha256" and isinstance(public, rsa.RSAPublicKey):
            if public.key_size < MIN_RSA_BITS:
                return f"the signer's key is RSA {public.key_size} bits, too weak to prove anything"
            public.verify(
                signature,
                data,
                padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.DIGEST_LENGTH),
                hashes.SHA256(),
            )
        elif algorithm == "ecdsa-sha256" and isinstance(public, ec.EllipticCurvePublicKey):
            if public.curve.key_size < 256:
                return f"the signer's key is a {public.curve.key_size}-bit curve, too weak to prove anything"
            public.verify(signature, data, ec.ECDSA(hashes.SHA256()))
        elif algorithm == "ed25519" and isinstance(public, ed25519.Ed25519PublicKey):
            public.verify(signature, data)
        else:
            return f"the signature algorithm '{printable(algorithm[:40])}' does not fit the signer's key"
    except InvalidSignature:
        return "the answers were changed after signing"
    return ""
