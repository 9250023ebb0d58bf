"""Forged signed reports: what an attacker does to a signed PDF to make ``verify`` say VALID.

Each function takes the bytes of a genuinely signed report and returns a forged file. They build
the committed corpus files (``tests/corpus/pdf/``) and the regression tests of tests/test_signing.py,
so each attack is written down once, in the form it was reported in.
"""

from __future__ import annotations

import io
import os
import re
from pathlib import Path


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


def subfilter_changed(signed: bytes) -> bytes:
    """An incremental update that rewrites the signature dictionary's /SubFilter to one no reader knows."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(signed))
    field = writer.root["/AcroForm"]["/Fields"][0]
    value_ref = field.raw_get("/V")
    value = value_ref.get_object()
    value["/SubFilter"] = generic.NameObject("/Unknown.forged")
    writer.mark_update(value_ref)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def encrypted_and_signed(unsigned: bytes, key: object, cert: object, user_password: str = "user-secret") -> bytes:
    """The report encrypted (with a user password, unless ``""``), then signed over the encrypted file."""
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.pdf_utils.writer import copy_into_new_writer
    from pyhanko.sign import signers

    writer = copy_into_new_writer(PdfFileReader(io.BytesIO(unsigned)))
    writer.encrypt("owner-secret", user_password)
    plain = io.BytesIO()
    writer.write(plain)
    incremental = IncrementalPdfFileWriter(io.BytesIO(plain.getvalue()))
    incremental.encrypt(user_password or "owner-secret")
    signer = signers.SimpleSigner(
        signing_cert=asn1_x509.Certificate.load(cert.public_bytes(Encoding.DER)),  # type: ignore[attr-defined]
        signing_key=asn1_keys.PrivateKeyInfo.load(
            key.private_bytes(Encoding.DER, PrivateFormat.PKCS8, NoEncryption())  # type: ignore[attr-defined]
        ),
        cert_registry=None,
    )
    out = io.BytesIO()
    signers.PdfSigner(signers.PdfSignatureMetadata(field_name="CyberAssessSignature"), signer).sign_pdf(
        incremental, output=out
    )
    return out.getvalue()


CONTROL_ORGANISATION = "QA)\n  Certificate: self-signed; SHA-256 fingerprint\n    0000 1111 2222 3333\x1b[8m"


def build_forgeries(signed: bytes, unsigned: bytes) -> dict[str, bytes]:
    """Every forged or weak signed file of the corpus, by file name."""
    from cryptography.hazmat.primitives.asymmetric import ec, rsa

    files = {
        "contents-literal-approved.pdf": literal_contents_with_update(signed),
        "approved-update.pdf": signed + approved_update(signed),
        "signature-field-removed.pdf": signature_field_removed(signed),
        "subfilter-changed.pdf": subfilter_changed(signed),
    }
    weak_rsa = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    files["rsa-1024-signer.pdf"] = sign_with(unsigned, weak_rsa, make_certificate(weak_rsa))
    rsa_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    files["sha1-digest.pdf"] = sign_with(unsigned, rsa_key, make_certificate(rsa_key), md="sha1")
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_cert = make_certificate(ca_key, common_name="Global Trust Root CA", organisation="", ca=True)
    key = ec.generate_private_key(ec.SECP256R1())
    files["unknown-root.pdf"] = sign_with(
        unsigned, key, make_certificate(key, issuer=(ca_key, ca_cert)), chain=(ca_cert,)
    )
    files["certificate-escapes.pdf"] = sign_with(
        unsigned, key, make_certificate(key, common_name="Eve\x1b[2K\r", organisation=CONTROL_ORGANISATION)
    )
    files["encrypted-signed.pdf"] = encrypted_and_signed(unsigned, key, make_certificate(key))
    return files


MB = 1024 * 1024


def _sparse(path: Path, head: bytes, size: int, tail: bytes = b"") -> Path:
    """``head``, then zeros (a hole: no disk space used) up to ``size``, then ``tail``."""
    with open(path, "wb") as handle:
        handle.write(head)
        handle.truncate(size)
        handle.seek(size)
        handle.write(tail)
    return path


def build_large_and_special(work: Path, signed: Path) -> dict[str, Path]:
    """The large and special inputs of ``verify`` (and of ``--key``), made at run time and never committed.

    Large files are sparse, so they cost no disk space and almost no time to make.
    """
    made: dict[str, Path] = {}
    made["pdf/header-then-200mb.pdf"] = _sparse(work / "header-then-200mb.pdf", b"%PDF-1.7\n", 200 * MB)
    data = signed.read_bytes()
    made["pdf/signed-plus-200mb.pdf"] = _sparse(work / "signed-plus-200mb.pdf", data, len(data) + 200 * MB)
    # Within the size limit, built to make a parser crawl: 40 MB of zeros read byte by byte from a
    # cross-reference offset, and a cross-reference table of two million entries.
    made["pdf/zeros-with-startxref.pdf"] = _sparse(
        work / "zeros-with-startxref.pdf", b"%PDF-1.7\n", 40 * MB, b"\nstartxref\n9\n%%EOF\n"
    )
    entries = 2_000_000
    with open(work / "xref-two-million.pdf", "wb") as handle:
        handle.write(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
        at = handle.tell()
        handle.write(b"xref\n0 %d\n" % entries + b"0000000009 00000 n \n" * entries)
        handle.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (entries, at))
    made["pdf/xref-two-million.pdf"] = work / "xref-two-million.pdf"
    with open(work / "nested-deep.pdf", "wb") as handle:
        handle.write(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /AcroForm << /Fields " + b"[" * 100_000)
        handle.write(b"]" * 100_000 + b" >> >>\nendobj\n")
        at = handle.tell()
        handle.write(b"xref\n0 2\n0000000000 65535 f \n0000000009 00000 n \n")
        handle.write(b"trailer\n<< /Size 2 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % at)
    made["pdf/nested-deep.pdf"] = work / "nested-deep.pdf"
    if hasattr(os, "mkfifo"):
        os.mkfifo(work / "fifo.pdf")
        made["pdf/fifo.pdf"] = work / "fifo.pdf"
        os.mkfifo(work / "fifo.p12")
        made["key/fifo.p12"] = work / "fifo.p12"
    if Path("/dev/zero").exists():
        (work / "dev-zero.pdf").symlink_to("/dev/zero")
        made["pdf/dev-zero.pdf"] = work / "dev-zero.pdf"
        (work / "dev-zero.p12").symlink_to("/dev/zero")
        made["key/dev-zero.p12"] = work / "dev-zero.p12"
    newline_name = work / "report.pdf\nVALID: the signature is correct.pdf"
    newline_name.write_bytes(data + b"% appended\n")
    made["pdf/newline-in-name.pdf"] = newline_name
    return made
