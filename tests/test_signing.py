"""Signing keys, PAdES signatures and their verification, cross-checked with poppler's pdfsig."""

from __future__ import annotations

import io
import os
import shutil
import stat
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from cyberassess.errors import InputError
from cyberassess.report import (
    KeyCorruptError,
    KeyExpiredError,
    KeyNotFoundError,
    KeyPassphraseError,
    ReportError,
    SigningKeyError,
    create_key,
    export_pdf,
    format_fingerprint,
    load_key,
    verify_pdf,
)
from cyberassess.store import Assessment

PASSPHRASE = b"correct horse battery"
PDFSIG = shutil.which("pdfsig")
PDFTOTEXT = shutil.which("pdftotext")
needs_pdfsig = pytest.mark.skipif(PDFSIG is None, reason="pdfsig (poppler-utils) is not installed")


def pdfsig(path: Path) -> str:
    assert PDFSIG is not None
    run = subprocess.run([PDFSIG, str(path)], capture_output=True, text=True, timeout=60)
    return run.stdout + run.stderr


def _name(common: str, org: str) -> x509.Name:
    return x509.Name(
        [x509.NameAttribute(NameOID.COMMON_NAME, common), x509.NameAttribute(NameOID.ORGANIZATION_NAME, org)]
    )


def _usage(*, ca: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=not ca, content_commitment=not ca, key_encipherment=False, data_encipherment=False,
        key_agreement=False, key_cert_sign=ca, crl_sign=ca, encipher_only=False, decipher_only=False,
    )  # fmt: skip


def write_p12(path: Path, *, not_before: datetime, not_after: datetime, issuer_ca: bool = False) -> Path:
    """A PKCS#12 file made with cryptography directly: self-signed, or issued by a small CA when asked."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = _name("Test Signer", "Test Ministry")
    extra: list[x509.Certificate] = []
    if issuer_ca:
        ca_key = ec.generate_private_key(ec.SECP256R1())
        ca_name = _name("Test Ministry Signing CA", "Test Ministry")
        ca_cert = (
            x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name).public_key(ca_key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(not_before).not_valid_after(not_after)
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(_usage(ca=True), critical=True)
            .sign(ca_key, hashes.SHA256())
        )  # fmt: skip
        issuer_name, signing_key, extra = ca_name, ca_key, [ca_cert]
    else:
        issuer_name, signing_key = subject, key
    cert = (
        x509.CertificateBuilder().subject_name(subject).issuer_name(issuer_name).public_key(key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(not_before).not_valid_after(not_after)
        .add_extension(_usage(ca=False), critical=True)
        .sign(signing_key, hashes.SHA256())
    )  # fmt: skip
    data = pkcs12.serialize_key_and_certificates(
        b"test", key, cert, extra or None, serialization.BestAvailableEncryption(PASSPHRASE)
    )
    path.write_bytes(data)
    return path


# ----------------------------------------------------------------------------- fixtures (built once)
@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("signing")


@pytest.fixture(scope="module")
def key_file(workdir: Path) -> Path:
    create_key(workdir / "signer.p12", name="Amina Mensah", org="Ministry of Justice", passphrase=PASSPHRASE)
    return workdir / "signer.p12"


@pytest.fixture(scope="module")
def module_demo(workdir: Path) -> Path:
    from cyberassess.demo import write_demo

    return write_demo(workdir / "demo.cyberassess")


@pytest.fixture(scope="module")
def signed(workdir: Path, module_demo: Path, key_file: Path) -> tuple[Path, object]:
    with Assessment.open(module_demo) as doc:
        result = export_pdf(doc, workdir / "signed.pdf", key_file=key_file, passphrase=PASSPHRASE)
        reports = doc.reports()
    return result.path, (result, reports)


@pytest.fixture(scope="module")
def unsigned(workdir: Path, module_demo: Path) -> Path:
    with Assessment.open(module_demo) as doc:
        return export_pdf(doc, workdir / "unsigned.pdf").path


# ----------------------------------------------------------------------------- keys
def test_create_key_makes_a_protected_self_signed_signing_key(key_file: Path) -> None:
    info = load_key(key_file, PASSPHRASE)
    assert info.subject == "Amina Mensah"
    assert info.organisation == "Ministry of Justice"
    assert info.self_signed is True
    assert len(info.certificate_sha256) == 64
    assert timedelta(days=1090) < info.not_after - datetime.now(UTC) < timedelta(days=1096)
    if os.name == "posix":
        assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    data = key_file.read_bytes()
    with pytest.raises(ValueError):
        pkcs12.load_key_and_certificates(data, None)  # encrypted: nothing opens without the passphrase
    _, cert, _ = pkcs12.load_key_and_certificates(data, PASSPHRASE)
    assert cert is not None
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature and usage.content_commitment
    assert PASSPHRASE not in data


def test_create_key_refuses_weak_passphrase_and_overwriting(key_file: Path, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="too short"):
        create_key(tmp_path / "k.p12", name="A", org="B", passphrase=b"short")
    with pytest.raises(SigningKeyError, match="already exists") as err:
        create_key(key_file, name="A", org="B", passphrase=PASSPHRASE)
    assert err.value.hint


def test_load_key_explains_each_failure(key_file: Path, tmp_path: Path) -> None:
    with pytest.raises(KeyPassphraseError, match="passphrase does not open") as wrong:
        load_key(key_file, b"wrong passphrase")
    with pytest.raises(KeyNotFoundError, match="does not exist") as missing:
        load_key(tmp_path / "missing.p12", PASSPHRASE)
    garbage = tmp_path / "garbage.p12"
    garbage.write_bytes(os.urandom(2000))
    with pytest.raises(KeyCorruptError, match="not a PKCS#12 key file") as corrupt:
        load_key(garbage, PASSPHRASE)
    truncated = tmp_path / "truncated.p12"
    truncated.write_bytes(key_file.read_bytes()[:700])
    with pytest.raises(KeyCorruptError):
        load_key(truncated, PASSPHRASE)
    for err in (wrong, missing, corrupt):
        assert err.value.message and err.value.hint
        assert "Traceback" not in str(err.value)


def test_expired_certificate_is_refused(tmp_path: Path) -> None:
    now = datetime.now(UTC)
    expired = write_p12(
        tmp_path / "expired.p12", not_before=now - timedelta(days=400), not_after=now - timedelta(days=1)
    )
    with pytest.raises(KeyExpiredError, match="expired on") as err:
        load_key(expired, PASSPHRASE)
    assert "new key" in err.value.hint
    future = write_p12(tmp_path / "future.p12", not_before=now + timedelta(days=2), not_after=now + timedelta(days=30))
    with pytest.raises(KeyExpiredError, match="not valid before"):
        load_key(future, PASSPHRASE)


def test_export_with_expired_key_writes_nothing(demo_file: Path, tmp_path: Path) -> None:
    now = datetime.now(UTC)
    expired = write_p12(
        tmp_path / "expired.p12", not_before=now - timedelta(days=400), not_after=now - timedelta(days=1)
    )
    with Assessment.open(demo_file) as doc, pytest.raises(KeyExpiredError):
        export_pdf(doc, tmp_path / "report.pdf", key_file=expired, passphrase=PASSPHRASE)
    assert not (tmp_path / "report.pdf").exists()
    assert not list(tmp_path.glob(".report.pdf.*"))


# ----------------------------------------------------------------------------- signed reports
def test_signed_report_verifies_and_is_logged(signed: tuple[Path, object], key_file: Path) -> None:
    path, (result, reports) = signed  # type: ignore[misc]
    info = load_key(key_file, PASSPHRASE)
    assert result.signed and result.signer == "Amina Mensah"
    assert result.certificate_sha256 == info.certificate_sha256
    check = verify_pdf(path)
    assert check.status == "VALID", check.summary()
    assert check.exit_code == 0
    assert check.intact and check.self_signed is True
    assert check.signer == "Amina Mensah" and check.organisation == "Ministry of Justice"
    assert check.certificate_sha256 == info.certificate_sha256
    assert check.signing_time is not None and abs(datetime.now(UTC) - check.signing_time) < timedelta(minutes=10)
    text = check.summary()
    assert text.startswith("VALID") and "self-signed" in text and format_fingerprint(info.certificate_sha256) in text
    last = reports[-1]
    assert (last.kind, last.file_name, last.sha256, last.signer) == ("pdf", "signed.pdf", result.sha256, "Amina Mensah")
    assert last.certificate_sha256 == info.certificate_sha256


@pytest.mark.skipif(PDFTOTEXT is None, reason="pdftotext (poppler-utils) is not installed")
def test_last_page_names_signer_and_fingerprint(signed: tuple[Path, object], key_file: Path) -> None:
    path, (result, _) = signed  # type: ignore[misc]
    assert PDFTOTEXT is not None
    page = str(result.pages)
    text = subprocess.run([PDFTOTEXT, "-f", page, "-l", page, str(path), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    fingerprint = format_fingerprint(load_key(key_file, PASSPHRASE).certificate_sha256)
    assert "Amina Mensah" in text
    assert fingerprint in " ".join(text.split())
    assert "Self-signed" in text


@needs_pdfsig
def test_pdfsig_accepts_the_signature(signed: tuple[Path, object]) -> None:
    out = pdfsig(signed[0])
    assert "Signature is Valid" in out, out
    assert "Total document signed" in out and "Not total document signed" not in out
    assert "ETSI.CAdES.detached" in out  # PAdES
    assert "SHA-256" in out or "SHA256" in out
    # A self-signed certificate is not trusted by poppler: expected, and said so.
    assert "Certificate issuer is unknown" in out or "Certificate Validation" in out


def _tamper_one_byte(data: bytes) -> bytes:
    """Change one byte inside the signed range without changing the file's length or structure."""
    at = data.index(b"CyberAssess", data.index(b"/Creator")) + len(b"Cyber")
    return data[:at] + b"X" + data[at + 1 :]


@needs_pdfsig
def test_one_changed_byte_is_invalid_for_verify_and_pdfsig(signed: tuple[Path, object], tmp_path: Path) -> None:
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(_tamper_one_byte(signed[0].read_bytes()))
    check = verify_pdf(tampered)
    assert check.status == "INVALID" and check.exit_code == 1
    assert not check.intact
    assert "modified after signing" in check.reasons[0]
    out = pdfsig(tampered)
    assert "Signature is Valid" not in out
    assert "Digest Mismatch" in out or "Invalid" in out, out


@needs_pdfsig
def test_incremental_update_after_signing_is_detected(signed: tuple[Path, object], tmp_path: Path) -> None:
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(signed[0].read_bytes()))
    forged = writer.add_object(generic.StreamObject(stream_data=b"BT /F1 24 Tf 100 400 Td (APPROVED) Tj ET"))
    writer.add_stream_to_page(0, forged)
    out = io.BytesIO()
    writer.write(out)
    updated = tmp_path / "updated.pdf"
    updated.write_bytes(out.getvalue())

    check = verify_pdf(updated)
    assert check.status == "INVALID"
    assert not check.intact
    assert any("appended" in reason for reason in check.reasons), check.reasons
    assert "modified after signing" in check.summary()
    assert "Not total document signed" in pdfsig(updated)


def test_bytes_appended_after_signing_are_detected(signed: tuple[Path, object], tmp_path: Path) -> None:
    extended = tmp_path / "extended.pdf"
    extended.write_bytes(signed[0].read_bytes() + b"\n% appended after signing\n")
    check = verify_pdf(extended)
    assert check.status == "INVALID" and not check.intact


def test_unsigned_report_says_unsigned(unsigned: Path) -> None:
    check = verify_pdf(unsigned)
    assert check.status == "UNSIGNED" and check.exit_code == 2
    assert check.signer is None and check.certificate_sha256 is None
    assert check.summary().startswith("UNSIGNED")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "not a PDF"),
        (b"PK\x03\x04 this is a zip, not a report", "not a PDF"),
        (b"%PDF-1.7\n" + os.urandom(3000), "cannot be read"),
    ],
)
def test_garbage_files_are_invalid_not_a_crash(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "file.pdf"
    path.write_bytes(content)
    check = verify_pdf(path)
    assert check.status == "INVALID" and check.exit_code == 1
    assert reason in check.reasons[0]


def test_truncated_signed_report_is_invalid(signed: tuple[Path, object], tmp_path: Path) -> None:
    data = signed[0].read_bytes()
    for size in (len(data) // 2, len(data) - 100):
        path = tmp_path / f"cut{size}.pdf"
        path.write_bytes(data[:size])
        check = verify_pdf(path)
        assert check.status == "INVALID", (size, check)


def test_missing_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ReportError, match="does not exist"):
        verify_pdf(tmp_path / "nothing.pdf")


@needs_pdfsig
def test_organisation_issued_p12_is_used_as_it_is(demo_file: Path, tmp_path: Path) -> None:
    now = datetime.now(UTC)
    org_key = write_p12(tmp_path / "org.p12", not_before=now - timedelta(days=1), not_after=now + timedelta(days=300),
                        issuer_ca=True)  # fmt: skip
    info = load_key(org_key, PASSPHRASE)
    assert info.self_signed is False and info.subject == "Test Signer"
    with Assessment.open(demo_file) as doc:
        result = export_pdf(doc, tmp_path / "org.pdf", key_file=org_key, passphrase=PASSPHRASE, language="fr")
    check = verify_pdf(result.path)
    assert check.status == "VALID", check.summary()
    assert check.self_signed is False
    summary = check.summary()
    # No trust store was chosen: the issuing "authority" vouches for nothing, the fingerprint is to confirm.
    assert "issued by Test Ministry Signing CA, an authority not checked against any trust store" in summary
    assert "confirm the fingerprint with the signer" in summary
    assert format_fingerprint(check.certificate_sha256 or "") in summary
    assert "Signature is Valid" in pdfsig(result.path)
