"""Signing keys: a private key and its X.509 certificate in a passphrase-protected PKCS#12 file.

``create_key`` makes a self-signed certificate (RSA 3072, SHA-256, key usage digitalSignature,
nonRepudiation and keyEncipherment, so that the same key signs reports and opens sealed packages);
an organisation-issued ``.p12``/``.pfx`` is used as it is. ``load_key`` opens
either and says clearly what is wrong with a file that cannot be used. The passphrase and the key
material stay in memory: nothing here writes them anywhere but into the encrypted key file.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from ..atomicfile import write_bytes
from ..errors import InputError
from ..inputfile import read_regular_file
from ..safetext import check_line, printable
from .errors import KeyCorruptError, KeyExpiredError, KeyNotFoundError, KeyPassphraseError, SigningKeyError

if TYPE_CHECKING:
    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric.types import PrivateKeyTypes

MIN_PASSPHRASE_LENGTH = 8
KEY_SUFFIXES = (".p12", ".pfx")
MAX_KEY_FILE_BYTES = 1_000_000  # a PKCS#12 file with a chain is a few kilobytes
# X.509 upper bounds (RFC 5280, ub-common-name and ub-organization-name): longer names cannot be
# put in a certificate.
MAX_NAME_CHARS = 64


@dataclass(frozen=True)
class KeyInfo:
    """What a person needs to know about a signing key (no key material).

    ``subject`` and ``organisation`` come from the certificate, which may be anyone's: they are
    escaped (:func:`~cyberassess.safetext.printable`) so they can be printed, shown and written into
    reports as they are.
    """

    path: Path
    subject: str
    organisation: str | None
    certificate_sha256: str  # lowercase hex of the SHA-256 of the certificate (DER)
    not_after: datetime
    self_signed: bool


@dataclass(frozen=True)
class LoadedKey:
    """An opened key file: the private key and certificates, for signing only (never persisted)."""

    info: KeyInfo
    private_key: PrivateKeyTypes = field(repr=False)
    certificate: x509.Certificate = field(repr=False)
    chain: tuple[x509.Certificate, ...] = field(default=(), repr=False)


def format_fingerprint(hex_digest: str) -> str:
    """``29c503a3…`` → ``29C5 03A3 …``: groups of four, easy to read aloud and compare."""
    text = hex_digest.upper()
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))


def certificate_sha256(cert: x509.Certificate) -> str:
    from cryptography.hazmat.primitives.serialization import Encoding

    return hashlib.sha256(cert.public_bytes(Encoding.DER)).hexdigest()


def _name_attribute(name: x509.Name, oid: x509.ObjectIdentifier) -> str | None:
    values = name.get_attributes_for_oid(oid)
    return printable(str(values[0].value)) if values else None


def is_self_signed(cert: x509.Certificate) -> bool:
    """True when the certificate is its own issuer and its signature checks with its own key."""
    if cert.issuer != cert.subject:
        return False
    try:
        cert.verify_directly_issued_by(cert)
    except (ValueError, TypeError, Exception):  # InvalidSignature or an unsupported key type
        return False
    return True


def describe_certificate(cert: x509.Certificate, path: Path) -> KeyInfo:
    from cryptography.x509.oid import NameOID

    subject = _name_attribute(cert.subject, NameOID.COMMON_NAME) or printable(cert.subject.rfc4514_string())
    return KeyInfo(
        path=path,
        subject=subject,
        organisation=_name_attribute(cert.subject, NameOID.ORGANIZATION_NAME),
        certificate_sha256=certificate_sha256(cert),
        not_after=cert.not_valid_after_utc,
        self_signed=is_self_signed(cert),
    )


def _check_passphrase(passphrase: bytes) -> None:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise InputError(
            f"The passphrase is too short ({len(passphrase)} characters).",
            f"Use at least {MIN_PASSPHRASE_LENGTH} characters; a few unrelated words are easy to remember.",
        )


def certificate_name(label: str, text: str) -> str:
    """A name for the certificate: one line, no control or bidirectional characters, at most 64 characters."""
    text = check_line(label, text)
    if len(text) > MAX_NAME_CHARS:
        raise InputError(
            f"The {label} is too long for a certificate ({len(text)} characters; at most {MAX_NAME_CHARS}).",
            "Shorten it (an abbreviation or initials); certificates cannot hold longer names.",
        )
    return text


def create_key(
    out: Path, *, name: str, org: str, passphrase: bytes, valid_days: int = 1095, overwrite: bool = False
) -> KeyInfo:
    """Make an RSA 3072 signing key with a self-signed certificate, saved in ``out`` (PKCS#12).

    The file is encrypted with ``passphrase`` (AES-256, PBKDF2) and written atomically with
    owner-only permissions. An existing file is never replaced unless ``overwrite`` is given.
    """
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    out = Path(out)
    name, org = certificate_name("signer's name", name), certificate_name("organisation", org)
    if not name:
        raise InputError("The signer's name is missing.", "Give the name of the person who signs reports.")
    if valid_days < 1 or valid_days > 3650:
        raise InputError(f"{valid_days} days is not a usable validity.", "Use between 1 and 3650 days.")
    _check_passphrase(passphrase)
    if out.exists() and not overwrite:
        raise SigningKeyError(
            f"{out.name} already exists.",
            "Choose another file name; replacing a key makes reports signed with it harder to trace.",
        )
    if not out.parent.is_dir():
        raise SigningKeyError(f"The folder {out.parent} does not exist.", "Create it first or choose another.")

    key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
    attributes = [x509.NameAttribute(NameOID.COMMON_NAME, name)]
    if org:
        attributes.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, org))
    subject = x509.Name(attributes)
    now = datetime.now(UTC).replace(microsecond=0)
    usage = x509.KeyUsage(
        digital_signature=True,
        content_commitment=True,
        key_encipherment=True,  # the same key opens sealed handover packages addressed to it
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=False,
        crl_sign=False,
        encipher_only=False,
        decipher_only=False,
    )
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=10))  # tolerate a slightly slow clock elsewhere
        .not_valid_after(now + timedelta(days=valid_days))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(usage, critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    data = pkcs12.serialize_key_and_certificates(
        name.encode("utf-8"), key, cert, None, serialization.BestAvailableEncryption(passphrase)
    )
    try:
        write_bytes(out, data, mode=0o600)
    except OSError as exc:
        raise SigningKeyError(f"Could not write {out.name}: {exc.strerror}.", "Choose another folder.") from None
    return describe_certificate(cert, out)


def _read_key_file(path: Path) -> bytes:
    if not path.exists() and not path.is_symlink():
        raise KeyNotFoundError(
            f"The key file {printable(path)} does not exist.",
            "Check the path, or create a key with 'cyberassess key create'.",
        )
    return read_regular_file(
        path,
        max_bytes=MAX_KEY_FILE_BYTES,
        what="a PKCS#12 key file",
        error=KeyNotFoundError,
        too_large=KeyCorruptError,
        too_large_hint="Give the .p12 or .pfx file holding the signing key and certificate.",
    )


def _pkcs12_structure_ok(data: bytes) -> bool:
    """True when ``data`` parses as a PKCS#12 container (so a failure to open it is the passphrase)."""
    from asn1crypto import pkcs12 as asn1_pkcs12  # type: ignore[import-untyped]

    try:
        pfx = asn1_pkcs12.Pfx.load(data, strict=True)
        _ = pfx["auth_safe"]["content"].native
    except Exception:
        return False
    return True


def check_key_file(path: Path) -> bytes:
    """Read a key file and check it is a PKCS#12 container (before asking for its passphrase)."""
    path = Path(path)
    data = _read_key_file(path)
    if not _pkcs12_structure_ok(data):
        raise KeyCorruptError(
            f"{path.name} is not a PKCS#12 key file, or it is damaged or incomplete.",
            "Give the .p12 or .pfx file holding the signing key and certificate (copy it again if it was cut short).",
        )
    return data


def open_key(path: Path, passphrase: bytes | None, *, now: datetime | None = None, purpose: str = "sign") -> LoadedKey:
    """Open a PKCS#12 key file; raises a :class:`SigningKeyError` subclass if it cannot.

    ``purpose="sign"`` (the default) also requires a certificate valid now and allowed to sign;
    ``purpose="decrypt"`` (opening a sealed package addressed to it) accepts an expired certificate:
    what was sealed to it while it was valid must stay readable.
    """
    from cryptography.hazmat.primitives.serialization import pkcs12

    path = Path(path)
    data = check_key_file(path)
    try:
        private_key, cert, extra = pkcs12.load_key_and_certificates(data, passphrase)
    except ValueError:
        if passphrase is None or passphrase == b"":
            raise KeyPassphraseError(
                f"{path.name} is protected by a passphrase.", "Give the passphrase of the key file."
            ) from None
        raise KeyPassphraseError(
            f"The passphrase does not open {path.name}.",
            "Check the passphrase (it is case-sensitive) and the keyboard layout, then try again.",
        ) from None
    except Exception as exc:  # unsupported algorithms in an organisation's file, etc.
        raise KeyCorruptError(
            f"{path.name} cannot be read: {exc}.", "Export the key again as PKCS#12 (.p12) with AES encryption."
        ) from None
    if private_key is None or cert is None:
        missing = "private key" if private_key is None else "certificate"
        raise KeyCorruptError(
            f"{path.name} holds no {missing}.", "Export the key again with both the private key and its certificate."
        )
    info = describe_certificate(cert, path)
    chain = tuple(c for c in extra if c != cert)
    if purpose == "decrypt":
        return LoadedKey(info=info, private_key=private_key, certificate=cert, chain=chain)
    moment = now or datetime.now(UTC)
    if cert.not_valid_after_utc < moment:
        raise KeyExpiredError(
            f"The certificate in {path.name} ({info.subject}) expired on {cert.not_valid_after_utc:%Y-%m-%d}.",
            "Create a new key with 'cyberassess key create', or ask your organisation to renew the certificate.",
        )
    if cert.not_valid_before_utc > moment:
        raise KeyExpiredError(
            f"The certificate in {path.name} is not valid before {cert.not_valid_before_utc:%Y-%m-%d %H:%M} UTC.",
            "Check this computer's date and time, or wait until the certificate becomes valid.",
        )
    _check_key_usage(cert, path)
    return LoadedKey(info=info, private_key=private_key, certificate=cert, chain=chain)


def _check_key_usage(cert: x509.Certificate, path: Path) -> None:
    from cryptography import x509

    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return
    if not (usage.digital_signature or usage.content_commitment):
        raise SigningKeyError(
            f"The certificate in {path.name} is not allowed to sign documents (key usage).",
            "Use a certificate issued for digital signatures (digitalSignature or nonRepudiation).",
        )


def load_key(path: Path, passphrase: bytes) -> KeyInfo:
    """Check that ``path`` opens with ``passphrase`` and can sign now; returns what it holds."""
    return open_key(path, passphrase).info
