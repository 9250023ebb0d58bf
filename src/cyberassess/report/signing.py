"""PAdES signing of a finished PDF with pyHanko (imported here only: it is slow to import)."""

from __future__ import annotations

import io
from typing import Any

from ..safetext import printable
from .errors import ReportError
from .keys import LoadedKey
from .verify import quiet_library_logs

SIGNATURE_FIELD = "CyberAssessSignature"


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
