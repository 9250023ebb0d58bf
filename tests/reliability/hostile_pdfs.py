"""Forged signed reports: what an attacker does to a signed PDF to make ``verify`` say VALID.

Each function takes the bytes of a genuinely signed report and returns a forged file. They build
the committed corpus files (``tests/corpus/pdf/``) and the regression tests of tests/test_signing.py,
so each attack is written down once, in the form it was reported in.
"""

from __future__ import annotations

import io
import re


def byte_range(data: bytes) -> tuple[int, int, int, int]:
    """The /ByteRange of the (last) signature dictionary, read from the raw bytes."""
    found = re.findall(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]", data)
    start1, len1, start2, len2 = (int(v) for v in found[-1])
    return start1, len1, start2, len2


def approved_update(signed: bytes, text: bytes = b"APPROVED") -> bytes:
    """The bytes of an incremental update that stamps ``text`` in large letters on page 1."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(signed))
    font = writer.add_object(
        generic.DictionaryObject(
            {
                generic.NameObject("/Type"): generic.NameObject("/Font"),
                generic.NameObject("/Subtype"): generic.NameObject("/Type1"),
                generic.NameObject("/BaseFont"): generic.NameObject("/Helvetica-Bold"),
            }
        )
    )
    stamp = b"q 1 0 0 rg BT /ApprovedFont 64 Tf 90 420 Td (" + text + b") Tj ET Q"
    stream = writer.add_object(generic.StreamObject(stream_data=stamp))
    writer.add_stream_to_page(0, stream, resources=generic.DictionaryObject(
        {generic.NameObject("/Font"): generic.DictionaryObject({generic.NameObject("/ApprovedFont"): font})}
    ))  # fmt: skip
    out = io.BytesIO()
    writer.write(out)
    whole = out.getvalue()
    assert whole.startswith(signed)
    return whole[len(signed) :]


def _literal(data: bytes) -> bytes:
    return b"(" + data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def literal_contents_with_update(signed: bytes) -> bytes:
    """The reported false VALID: /Contents rewritten as a literal string, plus an "APPROVED" update.

    The hex string ``<…>`` (2N+2 bytes for N bytes of CMS) becomes a literal string ``(…)`` of the
    same CMS bytes followed by zero padding, then spaces up to where the hex string ended, so both
    signed byte ranges are untouched and the digest still matches. The padding is sized so that
    "first range + second range + twice the /Contents length + 2" equals the length of the file
    *with* the appended incremental update: a check that trusts lengths finds the whole file covered.
    """
    _, len1, start2, len2 = byte_range(signed)
    hole = signed[len1:start2]
    assert hole[:1] == b"<" and hole[-1:] == b">"
    cms = bytes.fromhex(hole[1:-1].decode("ascii")).rstrip(b"\x00")
    update = approved_update(signed)
    if (len(hole) + len(update)) % 2:
        update += b"\n"  # after %%EOF: changes the length, not the offsets
    padded_len = (len(hole) + len(update) - 2) // 2
    literal = _literal(cms + bytes(padded_len - len(cms)))
    assert len(literal) <= len(hole), "the forged /Contents does not fit in the hole"
    forged = signed[:len1] + literal + b" " * (len(hole) - len(literal)) + signed[start2:] + update
    assert len1 + len2 + 2 * padded_len + 2 == len(forged)
    return forged


def signature_field_removed(signed: bytes) -> bytes:
    """An incremental update whose form no longer lists the signature field (the signature stays in the file)."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(signed))
    root = writer.root
    acroform = root["/AcroForm"]
    acroform["/Fields"] = generic.ArrayObject()
    writer.update_container(acroform if isinstance(root.raw_get("/AcroForm"), generic.IndirectObject) else root)
    page_ref = writer.root["/Pages"]["/Kids"].raw_get(0)
    page = page_ref.get_object()
    if "/Annots" in page:
        page["/Annots"] = generic.ArrayObject()
        writer.mark_update(page_ref)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def make_certificate(
    key: object,
    *,
    common_name: str = "Corpus Signer",
    organisation: str = "QA",
    issuer: tuple[object, object] | None = None,
    ca: bool = False,
) -> object:
    """A certificate for ``key``: self-signed, or issued by ``issuer`` = (its key, its certificate)."""
    from datetime import UTC, datetime, timedelta

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.x509.oid import NameOID

    subject = x509.Name(
        [x509.NameAttribute(NameOID.COMMON_NAME, common_name)]
        + ([x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation)] if organisation else [])
    )
    issuer_key, issuer_cert = issuer if issuer else (key, None)
    now = datetime.now(UTC)
    usage = x509.KeyUsage(
        digital_signature=not ca, content_commitment=not ca, key_encipherment=False, data_encipherment=False,
        key_agreement=False, key_cert_sign=ca, crl_sign=ca, encipher_only=False, decipher_only=False,
    )  # fmt: skip
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer_cert.subject if issuer_cert is not None else subject)  # type: ignore[attr-defined]
        .public_key(key.public_key())  # type: ignore[attr-defined]
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .add_extension(usage, critical=True)
    )
    return builder.sign(issuer_key, hashes.SHA256())  # type: ignore[arg-type]


def sign_with(pdf: bytes, key: object, cert: object, *, chain: tuple[object, ...] = (), md: str = "sha256") -> bytes:
    """Sign ``pdf`` with pyHanko directly (any key size, any digest): how another tool would sign."""
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    signer = signers.SimpleSigner(
        signing_cert=asn1_x509.Certificate.load(cert.public_bytes(Encoding.DER)),  # type: ignore[attr-defined]
        signing_key=asn1_keys.PrivateKeyInfo.load(
            key.private_bytes(Encoding.DER, PrivateFormat.PKCS8, NoEncryption())  # type: ignore[attr-defined]
        ),
        cert_registry=SimpleCertificateStore.from_certs(
            [asn1_x509.Certificate.load(c.public_bytes(Encoding.DER)) for c in chain]  # type: ignore[attr-defined]
        ),
    )
    meta = signers.PdfSignatureMetadata(field_name="CyberAssessSignature", md_algorithm=md)
    out = io.BytesIO()
    signers.PdfSigner(meta, signer).sign_pdf(IncrementalPdfFileWriter(io.BytesIO(pdf)), output=out)
    return out.getvalue()
