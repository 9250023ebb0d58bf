"""PAdES signing of a finished PDF with pyHanko (imported here only: it is slow to import)."""

from __future__ import annotations

import io
import sys
import types
from typing import Any

from ..safetext import printable
from .errors import ReportError
from .keys import LoadedKey
from .verify import quiet_library_logs

SIGNATURE_FIELD = "CyberAssessSignature"


# pyHanko's network clients, and the name each module must offer in their place.
NETWORK_CLIENTS = {
    "pyhanko.sign.timestamps.aiohttp_client": "HTTPTimeStamper",
    "pyhanko_certvalidator.fetchers.aiohttp_fetchers": "AIOHttpFetcherBackend",
}


class _Offline:
    """Stands in for a network client: CyberAssess never goes online, so using one is an error."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        raise ReportError(
            "CyberAssess works offline: it never contacts a timestamp or revocation server.",
            "Sign and verify without them; the signing time comes from this computer's clock.",
        )


def _offline_imports() -> None:
    """Keep pyHanko's network clients (and aiohttp with them) out of the process.

    ``pyhanko.sign`` imports its HTTP timestamp client and certificate fetchers on start-up; they
    pull in aiohttp, about 0.4 s of a signed export's 1.1 s of pyHanko imports, for code a program
    that never goes online cannot use. Stand-ins that refuse to be used take their place before
    pyHanko is imported. Nothing changes if aiohttp is already loaded.
    """
    if "aiohttp" in sys.modules:
        return
    for module, name in NETWORK_CLIENTS.items():
        if module not in sys.modules:
            stand_in = types.ModuleType(module)
            setattr(stand_in, name, _Offline)
            sys.modules[module] = stand_in


def prepare() -> None:
    """Import what signing needs (pyHanko), e.g. while the key is being decrypted in another thread."""
    _offline_imports()
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter  # noqa: F401
    from pyhanko.sign import signers  # noqa: F401


def _reserved_bytes(key: LoadedKey) -> int:
    """Room for the CMS signature container: certificates, signed attributes and the signature value.

    Giving it up front spares pyHanko a trial signature to measure it.
    """
    from cryptography.hazmat.primitives.serialization import Encoding

    certificates = sum(len(c.public_bytes(Encoding.DER)) for c in (key.certificate, *key.chain))
    return (certificates + 4096 + 1023) // 1024 * 1024


def _signer(key: LoadedKey) -> Any:
    """A pyHanko signer using the already opened private key (pyHanko would re-parse it per signature)."""
    from asn1crypto import keys as asn1_keys  # type: ignore[import-untyped]
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
    from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

    _offline_imports()
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore
    from pyhanko_certvalidator.util import get_pyca_cryptography_hash

    private_key = key.private_key

    class PreloadedSigner(signers.SimpleSigner):
        def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
            mechanism = self.get_signature_mechanism_for_digest(digest_algorithm)["algorithm"].native
            hash_algorithm = get_pyca_cryptography_hash(digest_algorithm)
            rsa_pkcs1 = mechanism == "rsassa_pkcs1v15" or mechanism.endswith("_rsa")
            if rsa_pkcs1 and isinstance(private_key, rsa.RSAPrivateKey):
                return private_key.sign(data, padding.PKCS1v15(), hash_algorithm)
            ecdsa = mechanism == "ecdsa" or mechanism.endswith("_ecdsa")
            if ecdsa and isinstance(private_key, ec.EllipticCurvePrivateKey):
                return private_key.sign(data, ec.ECDSA(hash_algorithm))
            return bytes(super().sign_raw(data, digest_algorithm))

    signing_cert = asn1_x509.Certificate.load(key.certificate.public_bytes(Encoding.DER))
    signing_key = asn1_keys.PrivateKeyInfo.load(
        private_key.private_bytes(Encoding.DER, PrivateFormat.PKCS8, NoEncryption())
    )
    others = [asn1_x509.Certificate.load(c.public_bytes(Encoding.DER)) for c in key.chain]
    return PreloadedSigner(
        signing_cert=signing_cert,
        signing_key=signing_key,
        cert_registry=SimpleCertificateStore.from_certs(others),  # type: ignore[no-untyped-call]
    )


def sign_pdf(pdf: bytes, key: LoadedKey, *, reason: str, location: str | None = None) -> bytes:
    """Sign ``pdf`` (PAdES baseline B-B, SHA-256, ETSI.CAdES.detached) in an incremental update."""
    _offline_imports()
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    from pyhanko.sign.fields import SigSeedSubFilter

    quiet_library_logs()
    meta = signers.PdfSignatureMetadata(
        field_name=SIGNATURE_FIELD,
        subfilter=SigSeedSubFilter.PADES,
        md_algorithm="sha256",
        reason=reason,
        location=location,
        name=printable(key.info.subject),  # already escaped by describe_certificate; kept explicit here
    )
    out = io.BytesIO()
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
        signers.PdfSigner(meta, _signer(key)).sign_pdf(writer, output=out, bytes_reserved=_reserved_bytes(key))
    except Exception as exc:  # pyHanko reports key/algorithm problems with many exception types
        raise ReportError(
            f"The report could not be signed: {printable(exc)}.",
            "Check that the key file holds a signing key supported by PDF signatures (RSA or ECDSA).",
        ) from None
    return out.getvalue()
