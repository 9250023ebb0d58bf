"""PAdES signing of a finished PDF with pyHanko (imported here only: it is slow to import)."""

from __future__ import annotations

import io

from .errors import ReportError
from .keys import LoadedKey

SIGNATURE_FIELD = "CyberAssessSignature"


def sign_pdf(pdf: bytes, key: LoadedKey, *, reason: str, location: str | None = None) -> bytes:
    """Sign ``pdf`` (PAdES baseline B-B, SHA-256, ETSI.CAdES.detached) in an incremental update."""
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    from pyhanko.sign.fields import SigSeedSubFilter
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    signing_cert = asn1_x509.Certificate.load(key.certificate.public_bytes(Encoding.DER))
    signing_key = asn1_keys.PrivateKeyInfo.load(
        key.private_key.private_bytes(Encoding.DER, PrivateFormat.PKCS8, NoEncryption())
    )
    others = [asn1_x509.Certificate.load(c.public_bytes(Encoding.DER)) for c in key.chain]
    signer = signers.SimpleSigner(
        signing_cert=signing_cert, signing_key=signing_key, cert_registry=SimpleCertificateStore.from_certs(others)
    )
    meta = signers.PdfSignatureMetadata(
        field_name=SIGNATURE_FIELD,
        subfilter=SigSeedSubFilter.PADES,
        md_algorithm="sha256",
        reason=reason,
        location=location,
        name=key.info.subject,
    )
    out = io.BytesIO()
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
        signers.PdfSigner(meta, signer).sign_pdf(writer, output=out)
    except Exception as exc:  # pyHanko reports key/algorithm problems with many exception types
        raise ReportError(
            f"The report could not be signed: {exc}.",
            "Check that the key file holds a signing key supported by PDF signatures (RSA or ECDSA).",
        ) from None
    return out.getvalue()
