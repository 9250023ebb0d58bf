"""Standard CMS for sealed packages: SignedData inside EnvelopedData (AES-256-CBC, RSA key transport).

Made with ``cryptography``'s PKCS#7 builders, so that OpenSSL (``openssl cms -decrypt`` then
``openssl cms -verify``) opens what CyberAssess seals. ``cryptography`` decrypts but does not
verify CMS signatures; :func:`verify_signed` does that with ``asn1crypto`` (to read the structure)
and ``cryptography`` (to check the signature): the content's digest must equal the signed
``messageDigest`` attribute, and the signed attributes must verify with the public key of the
certificate the signer info names. As for reports, the signer's certificate is its own anchor:
what is reported is who it names, its fingerprint and whether it is self-signed.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..report.keys import LoadedKey, describe_certificate
from .errors import PackageDamagedError, SealError, WrongRecipientError

if TYPE_CHECKING:
    from cryptography import x509

MAX_CERTIFICATE_BYTES = 100_000
_HASHES = {"sha256", "sha384", "sha512"}


@dataclass(frozen=True)
class Sealer:
    """Who signed a package, as its signature says (no key material)."""

    subject: str
    organisation: str | None
    certificate_sha256: str
    self_signed: bool
    signing_time: datetime | None


def load_certificate(path: Path) -> x509.Certificate:
    """A recipient's certificate from a PEM or DER file (as ``key export-cert`` writes it)."""
    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric import rsa

    path = Path(path)
    try:
        if path.stat().st_size > MAX_CERTIFICATE_BYTES:
            raise SealError(f"{path.name} is too large to be a certificate.", "Give the .pem file of the recipient.")
        data = path.read_bytes()
    except FileNotFoundError:
        raise SealError(f"The certificate file {path} does not exist.", "Check the path.") from None
    except OSError as exc:
        raise SealError(f"Cannot read the certificate {path.name}: {exc.strerror}.", "Check the path.") from None
    try:
        cert = x509.load_pem_x509_certificate(data) if b"-----BEGIN" in data else x509.load_der_x509_certificate(data)
    except ValueError:
        raise SealError(
            f"{path.name} is not an X.509 certificate.",
            "Ask the recipient for the file made by 'cyberassess key export-cert' (PEM).",
        ) from None
    if not isinstance(cert.public_key(), rsa.RSAPublicKey):
        raise SealError(
            f"The certificate in {path.name} has no RSA key; packages can only be sealed to RSA certificates.",
            "Ask the recipient for an RSA certificate (as 'cyberassess key create' makes).",
        )
    if cert.not_valid_after_utc < datetime.now(UTC):
        raise SealError(
            f"The certificate in {path.name} ({describe_certificate(cert, path).subject}) expired on "
            f"{cert.not_valid_after_utc:%Y-%m-%d}.",
            "Ask the recipient for their current certificate.",
        )
    return cert


def describe(cert: x509.Certificate) -> str:
    """A certificate's holder as people name it: "Name (Organisation)"."""
    info = describe_certificate(cert, Path("certificate"))
    return f"{info.subject} ({info.organisation})" if info.organisation else info.subject


def sign(content: bytes, key: LoadedKey) -> bytes:
    """CMS SignedData (DER) of ``content`` encapsulated, SHA-256, with the signer's certificate and chain."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.serialization import Encoding, pkcs7

    builder = pkcs7.PKCS7SignatureBuilder().set_data(content)
    builder = builder.add_signer(key.certificate, key.private_key, hashes.SHA256())  # type: ignore[arg-type]
    for extra in key.chain:
        builder = builder.add_certificate(extra)
    try:
        return builder.sign(Encoding.DER, [pkcs7.PKCS7Options.Binary])
    except (TypeError, ValueError) as exc:
        raise SealError(
            f"The package cannot be signed with {key.info.path.name}: {exc}.", "Use an RSA or ECDSA signing key."
        ) from None


def envelope(content: bytes, recipients: list[x509.Certificate]) -> bytes:
    """CMS EnvelopedData (DER) of ``content`` for every recipient, AES-256-CBC content encryption."""
    from cryptography.hazmat.primitives.ciphers import algorithms
    from cryptography.hazmat.primitives.serialization import Encoding, pkcs7

    builder = pkcs7.PKCS7EnvelopeBuilder().set_data(content)
    for cert in recipients:
        builder = builder.add_recipient(cert)
    builder = builder.set_content_encryption_algorithm(algorithms.AES256)
    return builder.encrypt(Encoding.DER, [pkcs7.PKCS7Options.Binary])


def _asn1_cms() -> Any:
    """asn1crypto's ``cms`` module, after every module that adds OID names to its classes.

    asn1crypto builds an OID class's reverse map (name → OID) the first time the class is used;
    names added by a module imported later (``asn1crypto.tsp``, ``asn1crypto.pdf``, pyHanko's
    certificate validator) could then not be encoded, and signing a PDF later in the same process
    would fail. Importing them before parsing anything keeps the maps complete.
    """
    import asn1crypto.pdf  # type: ignore[import-untyped]
    import asn1crypto.tsp  # type: ignore[import-untyped]  # noqa: F401
    import pyhanko_certvalidator.asn1_types  # noqa: F401
    from asn1crypto import cms

    return cms


def _load(data: bytes, what: str, name: str) -> Any:
    cms = _asn1_cms()

    try:
        info = cms.ContentInfo.load(data, strict=True)
        kind = info["content_type"].native
        content = info["content"]
        _ = content.native  # parse it all now: a truncated or altered structure fails here
    except Exception:
        raise PackageDamagedError(
            f"{name} is damaged or incomplete: its {what} cannot be read.",
            "Ask the sender for the package again (a copy may have been cut short or altered).",
        ) from None
    return kind, content


def recipients_of(data: bytes, name: str) -> list[str]:
    """Who the package is addressed to (the issuer and serial of each recipient's certificate)."""
    kind, env = _load(data, "envelope", name)
    if kind != "enveloped_data":
        raise PackageDamagedError(
            f"{name} is not a sealed package (it is CMS {kind}).", "Give a .p7m file made by 'cyberassess seal'."
        )
    out = []
    for recipient in env["recipient_infos"]:
        rid = recipient.chosen["rid"]
        if rid.name == "issuer_and_serial_number":
            out.append(f"{rid.chosen['issuer'].human_friendly} (serial {rid.chosen['serial_number'].native:x})")
        else:
            out.append(f"key identifier {rid.chosen.native.hex()}")
    return out


def decrypt(data: bytes, key: LoadedKey, name: str) -> bytes:
    """The content of the EnvelopedData ``data`` for ``key``'s certificate."""
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import pkcs7

    addressed = recipients_of(data, name)
    if not isinstance(key.private_key, rsa.RSAPrivateKey):
        raise WrongRecipientError(
            f"{key.info.path.name} holds no RSA key, so it cannot open {name}.",
            "Use the RSA key whose certificate the package was sealed to.",
        )
    try:
        return pkcs7.pkcs7_decrypt_der(data, key.certificate, key.private_key, [])
    except Exception as exc:  # ValueError mostly; whatever a damaged envelope makes OpenSSL report
        if "No recipient found" in str(exc):
            raise WrongRecipientError(
                f"{name} is not addressed to {key.info.subject} ({key.info.path.name}); it is for: "
                + "; ".join(addressed)
                + ".",
                "Open it with the key of one of its recipients. Nothing was written.",
            ) from None
        raise PackageDamagedError(
            f"{name} cannot be decrypted: it is damaged or was altered.",
            "Ask the sender for the package again. Nothing was written.",
        ) from None


def verify_signed(data: bytes, name: str) -> tuple[bytes, Sealer]:
    """Check the CMS SignedData ``data``; returns its content and its signer, or raises if it does not verify."""
    from cryptography import x509
    from cryptography.exceptions import InvalidSignature

    kind, signed = _load(data, "signature", name)
    if kind != "signed_data":
        raise PackageDamagedError(f"{name} holds CMS {kind}, not a signed payload.", "Ask the sender to seal it again.")
    content = signed["encap_content_info"]["content"].native
    infos = list(signed["signer_infos"])
    if not isinstance(content, bytes) or len(infos) != 1:
        raise PackageDamagedError(f"{name}: its signature has no content or not exactly one signer.")
    info = infos[0]
    cert = _signer_certificate(signed, info, name)
    digest_name = info["digest_algorithm"]["algorithm"].native
    attributes = {a["type"].native: a["values"][0] for a in info["signed_attrs"]} if info["signed_attrs"] else {}
    if digest_name not in _HASHES or "message_digest" not in attributes:
        raise PackageDamagedError(f"{name}: its signature uses an unsupported form ({digest_name}).")
    if attributes.get("content_type") is not None and attributes["content_type"].native != "data":
        raise PackageDamagedError(f"{name}: the signed content type does not match the content.")
    changed = hashlib.new(digest_name, content).digest() != attributes["message_digest"].native
    signed_bytes = b"\x31" + info["signed_attrs"].dump()[1:]  # signed over as a SET OF, not [0] IMPLICIT
    try:
        _check_signature(cert, info, signed_bytes, digest_name)
    except (InvalidSignature, ValueError, TypeError):
        changed = True
    if changed:
        raise PackageDamagedError(
            f"{name} was changed after it was sealed: its signature does not match its content.",
            "Do not use its content; ask the sender for the package again. Nothing was written.",
        )
    when = attributes.get("signing_time")
    described = describe_certificate(x509.load_der_x509_certificate(cert.dump()), Path(name))
    sealer = Sealer(
        subject=described.subject,
        organisation=described.organisation,
        certificate_sha256=described.certificate_sha256,
        self_signed=described.self_signed,
        signing_time=when.native if when is not None else None,
    )
    return content, sealer


def _signer_certificate(signed: Any, info: Any, name: str) -> Any:
    sid = info["sid"]
    for choice in signed["certificates"] or []:
        if choice.name != "certificate":
            continue
        cert = choice.chosen
        if sid.name == "issuer_and_serial_number":
            wanted = sid.chosen
            if cert.issuer == wanted["issuer"] and cert.serial_number == wanted["serial_number"].native:
                return cert
        elif cert.key_identifier == sid.chosen.native:
            return cert
    raise PackageDamagedError(
        f"{name}: the signer's certificate is not in the package.", "Ask the sender to seal it again."
    )


def _check_signature(cert: Any, info: Any, signed_bytes: bytes, digest_name: str) -> None:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

    public_key = x509.load_der_x509_certificate(cert.dump()).public_key()
    algorithms: dict[str, hashes.HashAlgorithm] = {
        "sha256": hashes.SHA256(),
        "sha384": hashes.SHA384(),
        "sha512": hashes.SHA512(),
    }
    algorithm = algorithms[digest_name]
    signature = info["signature"].native
    mechanism = info["signature_algorithm"].signature_algo
    if isinstance(public_key, rsa.RSAPublicKey) and mechanism == "rsassa_pkcs1v15":
        public_key.verify(signature, signed_bytes, padding.PKCS1v15(), algorithm)
    elif isinstance(public_key, rsa.RSAPublicKey) and mechanism == "rsassa_pss":
        pss = padding.PSS(mgf=padding.MGF1(algorithm), salt_length=padding.PSS.AUTO)
        public_key.verify(signature, signed_bytes, pss, algorithm)
    elif isinstance(public_key, ec.EllipticCurvePublicKey) and mechanism == "ecdsa":
        public_key.verify(signature, signed_bytes, ec.ECDSA(algorithm))
    else:
        raise ValueError(f"unsupported signature mechanism {mechanism}")
