"""Issue #14: a hostile file, certificate or name must never make ``verify`` say VALID, hang or leak.

Each attack is built here from a genuinely signed demo report (tests/reliability/hostile_pdfs.py
holds the builders, shared with the committed corpus) and cross-checked with poppler's pdfsig where
pdfsig has something to say.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from cyberassess.report import ReportError, create_key, export_pdf, verify_pdf
from cyberassess.report.coverage import APPENDED, GAP_FORGED, NOT_WHOLE, coverage_problems
from cyberassess.report.verify import MAX_PDF_BYTES
from cyberassess.store import Assessment
from tests.reliability import hostile_pdfs as hostile

PASSPHRASE = b"correct horse battery"
PDFSIG = shutil.which("pdfsig")
needs_pdfsig = pytest.mark.skipif(PDFSIG is None, reason="pdfsig (poppler-utils) is not installed")
needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")


def pdfsig(path: Path) -> str:
    assert PDFSIG is not None
    run = subprocess.run([PDFSIG, str(path)], capture_output=True, text=True, timeout=60, check=False)
    return run.stdout + run.stderr


def cli(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """The real command line in its own process (a hang shows as a timeout, not a stuck test run)."""
    return subprocess.run(
        [sys.executable, "-m", "cyberassess", *args], capture_output=True, text=True, timeout=timeout, check=False
    )


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """The demo report, signed and unsigned (built once for the module)."""
    from cyberassess.demo import write_demo

    work = tmp_path_factory.mktemp("hostile")
    demo = write_demo(work / "demo.cyberassess")
    key = create_key(work / "signer.p12", name="Amina Mensah", org="Ministry of Justice", passphrase=PASSPHRASE)
    with Assessment.open(demo) as doc:
        export_pdf(doc, work / "signed.pdf", key_file=key.path, passphrase=PASSPHRASE)
        export_pdf(doc, work / "unsigned.pdf")
    return {"signed": (work / "signed.pdf").read_bytes(), "unsigned": (work / "unsigned.pdf").read_bytes()}


@pytest.fixture(scope="module")
def made(reports: dict[str, bytes], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The large and special files (sparse where large), built once for the module."""
    work = tmp_path_factory.mktemp("special")
    return hostile.build_large_and_special(work, write(work, "signed.pdf", reports["signed"]))


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# ----------------------------------------------------------------------------- coverage: position and form
@needs_pdfsig
def test_literal_string_contents_with_an_approved_update_is_invalid(reports: dict[str, bytes], tmp_path: Path) -> None:
    """The reported false VALID: lengths add up, but the gap is a literal string and the file grew."""
    forged = write(tmp_path, "forged.pdf", hostile.literal_contents_with_update(reports["signed"]))
    check = verify_pdf(forged)
    assert check.status == "INVALID" and check.exit_code == 1
    assert not check.intact
    assert APPENDED in check.reasons and GAP_FORGED in check.reasons
    assert "Unmodified since signing: no" in check.summary()
    assert "Not total document signed" in pdfsig(forged)


def test_pyhanko_alone_is_fooled_by_the_lengths(reports: dict[str, bytes]) -> None:
    """Why the raw-bytes check exists: the pinned pyHanko's coverage test trusts the lengths.

    If a pyHanko upgrade makes this fail, its own test got stricter: keep ours anyway.
    """
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    forged = hostile.literal_contents_with_update(reports["signed"])
    signature = PdfFileReader(io.BytesIO(forged), strict=False).embedded_signatures[0]
    assert signature.evaluate_signature_coverage() == SignatureCoverageLevel.ENTIRE_FILE


def test_rewritten_gap_alone_is_invalid(reports: dict[str, bytes], tmp_path: Path) -> None:
    """The same literal string without the update: same length, nothing appended, still not the signer's file."""
    signed = reports["signed"]
    _, len1, start2, _ = hostile.byte_range(signed)
    gap = signed[len1:start2]
    cms = bytes.fromhex(gap[1:-1].decode()).rstrip(b"\x00")
    literal = b"(" + cms.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"
    rewritten = signed[:len1] + literal + b" " * (len(gap) - len(literal)) + signed[start2:]
    check = verify_pdf(write(tmp_path, "gap.pdf", rewritten))
    assert check.status == "INVALID"
    assert GAP_FORGED in check.reasons


def _file(value: bytes, gap: bytes | None = None) -> tuple[bytes, list[int]]:
    head, tail = b"%PDF-1.7 signed part one ", b" signed part two %%EOF\n"
    gap = gap if gap is not None else b"<" + value.hex().encode() + b">"
    return head + gap + tail, [0, len(head), len(head) + len(gap), len(tail)]


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        ("exact", []),
        ("appended", [APPENDED]),
        ("not-from-zero", [NOT_WHOLE]),
        ("overlapping", [NOT_WHOLE]),
        ("beyond-the-end", [NOT_WHOLE]),
        ("literal-gap", [GAP_FORGED]),
        ("other-value", [GAP_FORGED]),
        ("odd-hex", [GAP_FORGED]),
        ("three-numbers", [NOT_WHOLE]),
    ],
)
def test_coverage_is_read_from_the_bytes(case: str, expected: list[str]) -> None:
    value = b"\x30\x82\x01\x00signature"
    data, ranges = _file(value)
    if case == "appended":
        data += b"1 0 obj << >> endobj\n%%EOF\n"
    elif case == "not-from-zero":
        ranges = [1, ranges[1] - 1, ranges[2], ranges[3]]
    elif case == "overlapping":
        ranges = [0, ranges[2] + 1, ranges[2], ranges[3]]
    elif case == "beyond-the-end":
        ranges = [0, ranges[1], ranges[2], ranges[3] + 10]
    elif case == "literal-gap":
        literal = b"(" + value + b")"
        data, ranges = _file(value, literal + b" " * (2 * len(value) + 2 - len(literal)))
    elif case == "other-value":
        data, ranges = _file(value, b"<" + (b"\x00" + value[1:]).hex().encode() + b">")
    elif case == "odd-hex":
        data, ranges = _file(value, b"<" + value.hex().encode() + b"0>")
    elif case == "three-numbers":
        ranges = ranges[:3]
    assert coverage_problems(data, ranges, value) == expected


# ----------------------------------------------------------------------------- signed, then changed
@needs_pdfsig
@pytest.mark.parametrize("attack", ["signature_field_removed", "subfilter_changed"])
def test_an_update_hiding_the_signature_is_signed_then_changed(
    reports: dict[str, bytes], tmp_path: Path, attack: str
) -> None:
    changed = write(tmp_path, f"{attack}.pdf", getattr(hostile, attack)(reports["signed"]))
    check = verify_pdf(changed)
    assert check.status == "INVALID", check.summary()
    assert "signed and then changed" in check.reasons[0]
    assert check.signer == "Amina Mensah" and not check.intact  # the signature of the earlier revision, named
    assert "UNSIGNED" not in check.summary()
    out = pdfsig(changed)
    assert "does not contain any signatures" in out or "Not total document signed" in out


# ----------------------------------------------------------------------------- weak algorithms, quiet libraries
def test_a_1024_bit_rsa_signer_is_invalid_and_nothing_leaks(reports: dict[str, bytes], tmp_path: Path) -> None:
    key = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    path = write(tmp_path, "weak.pdf", hostile.sign_with(reports["unsigned"], key, hostile.make_certificate(key)))
    check = verify_pdf(path)
    assert check.status == "INVALID"
    assert "RSA with 1024 bits" in check.reasons[0]
    run = cli("verify", str(path))
    assert run.returncode == 1 and run.stdout.startswith("INVALID: The signer's key is too weak")
    assert run.stderr == ""  # no pyHanko log line, no traceback


def test_a_sha1_digest_is_invalid(reports: dict[str, bytes], tmp_path: Path) -> None:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    signed = hostile.sign_with(reports["unsigned"], key, hostile.make_certificate(key), md="sha1")
    check = verify_pdf(write(tmp_path, "sha1.pdf", signed))
    assert check.status == "INVALID"
    assert any("SHA-1" in reason for reason in check.reasons), check.reasons


# ----------------------------------------------------------------------------- untrusted names
def test_certificate_names_cannot_forge_or_hide_lines(reports: dict[str, bytes], tmp_path: Path) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    cert = hostile.make_certificate(key, common_name="Eve\x1b[2K\r", organisation=hostile.CONTROL_ORGANISATION)
    path = write(tmp_path, "names.pdf", hostile.sign_with(reports["unsigned"], key, cert))
    check = verify_pdf(path)
    summary = check.summary()
    assert check.status == "VALID"
    assert not any(ch in summary for ch in "\x1b\r")
    lines = summary.splitlines()
    assert len([line for line in lines if line.strip().startswith("Certificate: ")]) == 1
    assert lines[1] == r"  Signer: Eve\x1b[2K\r (QA)\n  Certificate: self-signed; SHA-256 fingerprint\n    " + (
        r"0000 1111 2222 3333\x1b[8m)"
    )
    run = cli("verify", str(path))
    assert "\x1b" not in run.stdout and run.stdout.count("\n    ") == 1  # one fingerprint line: the real one


def test_a_file_name_cannot_forge_a_verdict(reports: dict[str, bytes], tmp_path: Path) -> None:
    path = write(tmp_path, "report.pdf\nVALID: the signature is correct.pdf", b"%PDF-1.7\nnot really\n%%EOF\n")
    run = cli("verify", str(path))
    assert run.returncode == 1
    assert run.stdout.startswith("INVALID: report.pdf\\nVALID: ")
    assert not any(line.startswith("VALID") for line in (run.stdout + run.stderr).splitlines())
    missing = cli("verify", str(tmp_path / "gone\x1b[31m.pdf"))
    assert "\x1b" not in missing.stderr and "gone\\x1b[31m.pdf does not exist" in missing.stderr


# ----------------------------------------------------------------------------- trust
def test_an_unknown_root_is_shown_like_a_self_signed_certificate(reports: dict[str, bytes], tmp_path: Path) -> None:
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_cert = hostile.make_certificate(ca_key, common_name="Global Trust Root CA", organisation="", ca=True)
    key = ec.generate_private_key(ec.SECP256R1())
    cert = hostile.make_certificate(key, issuer=(ca_key, ca_cert))
    path = write(tmp_path, "root.pdf", hostile.sign_with(reports["unsigned"], key, cert, chain=(ca_cert,)))
    check = verify_pdf(path)
    summary = check.summary()
    assert check.status == "VALID" and check.self_signed is False
    assert "certification authority" not in summary
    assert "issued by Global Trust Root CA, an authority not checked against any trust store" in summary
    assert "confirm the fingerprint with the signer through another channel" in summary


# ----------------------------------------------------------------------------- encrypted
@needs_pdfsig
def test_an_encrypted_signed_report_is_called_encrypted(reports: dict[str, bytes], tmp_path: Path) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    data = hostile.encrypted_and_signed(reports["unsigned"], key, hostile.make_certificate(key))
    path = write(tmp_path, "encrypted.pdf", data)
    check = verify_pdf(path)
    assert check.status == "INVALID"
    assert "is encrypted" in check.reasons[0] and "damaged" not in check.reasons[0]
    assert "password" in pdfsig(path).lower()


def test_an_encrypted_report_that_opens_without_a_password_is_checked(
    reports: dict[str, bytes], tmp_path: Path
) -> None:
    """Only an owner password (permissions): readers open it as it is, so verify checks the signature."""
    key = ec.generate_private_key(ec.SECP256R1())
    data = hostile.encrypted_and_signed(reports["unsigned"], key, hostile.make_certificate(key), user_password="")
    check = verify_pdf(write(tmp_path, "permissions.pdf", data))
    assert check.status == "VALID", check.summary()
    tampered = bytearray(data)
    tampered[len(data) // 3] ^= 1
    assert verify_pdf(write(tmp_path, "tampered.pdf", bytes(tampered))).status == "INVALID"


# ----------------------------------------------------------------------------- size and special files
def test_files_larger_than_any_report_are_refused_unread(made: dict[str, Path]) -> None:
    for name in ("pdf/header-then-200mb.pdf", "pdf/signed-plus-200mb.pdf"):
        assert made[name].stat().st_size > MAX_PDF_BYTES
        with pytest.raises(ReportError, match="too large"):
            verify_pdf(made[name])


@pytest.mark.parametrize("name", ["zeros-with-startxref.pdf", "xref-two-million.pdf"])
def test_files_built_to_make_the_parser_crawl_are_stopped(made: dict[str, Path], name: str) -> None:
    check = verify_pdf(made[f"pdf/{name}"])
    assert check.status == "INVALID"
    assert "bounded effort" in check.reasons[0]


@needs_fifo
@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["verify", "{dir}/fifo.pdf"], "is a pipe (FIFO), not a PDF report"),
        (["verify", "{dir}/dev-zero.pdf"], "is a device, not a PDF report"),
        (["export-pdf", "{dir}/demo.cyberassess", "-o", "{dir}/r.pdf", "--key", "{dir}/fifo.p12"], "pipe (FIFO)"),
        (["export-pdf", "{dir}/demo.cyberassess", "-o", "{dir}/r.pdf", "--key", "{dir}/dev-zero.p12"], "a device"),
        (
            ["key", "create", "{dir}/new.p12", "--name", "N", "--passphrase-file", "{dir}/fifo.pdf"],
            "is a pipe (FIFO), not a passphrase file",
        ),
    ],
)
def test_special_files_are_refused_without_blocking(
    made: dict[str, Path], tmp_path: Path, demo_file: Path, args: list[str], message: str
) -> None:
    if "dev-zero" in " ".join(args) and not any("dev-zero" in key for key in made):
        pytest.skip("no /dev/zero")
    folder = made["pdf/fifo.pdf"].parent
    values = {"dir": tmp_path}
    run = cli(*[a.replace("{dir}/fifo", f"{folder}/fifo").replace("{dir}/dev", f"{folder}/dev").format(**values)
                for a in args], timeout=60)  # fmt: skip
    assert run.returncode == 1, run.stdout + run.stderr
    assert message in run.stderr and "internal error" not in run.stderr


def test_pyhanko_is_the_pinned_version() -> None:
    """The signature checks were written and tested against these versions (pyproject.toml pins them)."""
    import re
    from importlib.metadata import version

    pyproject = (Path(__file__).resolve().parent.parent / "pyproject.toml").read_text(encoding="utf-8")
    for package in ("pyhanko", "pyhanko-certvalidator"):
        pinned = re.search(rf'"{package}==([^"]+)"', pyproject)
        assert pinned is not None, f"{package} is not pinned in pyproject.toml"
        assert version(package) == pinned.group(1)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_an_organisation_key_with_control_codes_is_escaped_in_the_report(demo_file: Path, tmp_path: Path) -> None:
    """A .p12 from elsewhere may name anyone anything: the report, its log and its signature get the escaped form."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.serialization import pkcs12

    key = ec.generate_private_key(ec.SECP256R1())
    cert = hostile.make_certificate(key, common_name="Eve\x1b[2J", organisation="Org\nSigned by: Someone Else")
    p12 = tmp_path / "org.p12"
    p12.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"org", key, cert, None, serialization.BestAvailableEncryption(PASSPHRASE)
        )  # type: ignore[arg-type]
    )
    with Assessment.open(demo_file) as doc:
        result = export_pdf(doc, tmp_path / "r.pdf", key_file=p12, passphrase=PASSPHRASE)
        logged = doc.reports()[-1].signer
    assert result.signer == logged == "Eve\\x1b[2J"
    text = subprocess.run(["pdftotext", str(result.path), "-"], capture_output=True, text=True, check=True).stdout
    assert "\x1b" not in text and "Eve\\x1b[2J" in text
    assert "Org\\nSigned by: Someone Else" in text.replace("\n", " ").replace("Org\\n Signed", "Org\\nSigned")
    raw = result.path.read_bytes()
    assert b"\x1b" not in raw[raw.rindex(b"/ByteRange") - 2000 :]  # the signature dictionary's /Name
