"""Sealed handover packages: seal, unseal, OpenSSL interoperability, and every way one can go wrong."""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import subprocess
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from cyberassess.cli import main
from cyberassess.report.keys import create_key, open_key
from cyberassess.seal import PackageDamagedError, SealError, WrongRecipientError, cms, load_certificate, unseal_package
from cyberassess.seal.package import build_payload
from cyberassess.store import Assessment

PASSPHRASE = "Seal-Test-Passphrase-8814"
JUSTIFICATION = "The unit relies on a single forensic workstation shared by 3 regions"
EVIDENCE = os.urandom(3000) + b"UNIQUE-EVIDENCE-MARKER-5521"


@pytest.fixture(scope="module")
def keys(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Three people: the assessor (signer), a partner and a stranger, each with a key and certificate."""
    folder = tmp_path_factory.mktemp("keys")
    out: dict[str, Path] = {}
    for who, name in (("assessor", "Amina Mensah"), ("partner", "Pat Partner"), ("stranger", "Sam Stranger")):
        p12 = folder / f"{who}.p12"
        create_key(p12, name=name, org="Org " + who, passphrase=PASSPHRASE.encode())
        out[who] = p12
        pem = folder / f"{who}.pem"
        from cryptography.hazmat.primitives.serialization import Encoding

        pem.write_bytes(open_key(p12, PASSPHRASE.encode()).certificate.public_bytes(Encoding.PEM))
        out[who + "_pem"] = pem
    return out


@pytest.fixture
def sealed_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CYBERASSESS_PASSPHRASE", PASSPHRASE)


@pytest.fixture
def assessment(demo_file: Path) -> Path:
    with Assessment.open(demo_file) as doc:
        first = doc.framework.indicator_ids()[0]
        doc.set_answer(first, 2, justification=JUSTIFICATION)
        doc.add_evidence(first, data=EVIDENCE, name="workstation-inventory.bin")
    return demo_file


def _seal(assessment: Path, keys: dict[str, Path], out: Path, *to: str, include: str = "pdf,xlsx,assessment") -> int:
    args = ["seal", str(assessment), "-o", str(out), "--key", str(keys["assessor"]), "--include", include]
    for who in to:
        args += ["--to", str(keys[who + "_pem"])]
    return main(args)


def test_seal_and_unseal_round_trip(assessment: Path, keys: dict[str, Path], tmp_path: Path, sealed_env: None,
                                    capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    package = tmp_path / "handover.p7m"
    assert _seal(assessment, keys, package, "partner") == 0
    out = capsys.readouterr().out
    assert "sealed" in out and "Pat Partner (Org partner)" in out and "signed by Amina Mensah" in out
    folder = tmp_path / "opened"
    assert main(["unseal", str(package), "--key", str(keys["partner"]), "-o", str(folder)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("INTACT:") and "Sealed by: Amina Mensah (Org assessor)" in out
    assert sorted(p.name for p in folder.iterdir()) == ["demo-matrix.xlsx", "demo-report.pdf", "demo.cyberassess"]
    from cyberassess.report import verify_pdf

    assert verify_pdf(folder / "demo-report.pdf").status == "VALID"  # the report inside is signed too
    with Assessment.open(folder / "demo.cyberassess", read_only=True) as copy:
        assert not copy.encrypted
        first = copy.framework.indicator_ids()[0]
        assert copy.answers()[first].justification == JUSTIFICATION
        (record,) = [e for e in copy.evidence() if e.file_name == "workstation-inventory.bin"]
        assert copy.evidence_content(record.id) == EVIDENCE
    with Assessment.open(assessment, read_only=True) as doc:
        assert [r.kind for r in doc.reports()][-1] == "seal"  # recorded in the report log


def test_the_package_shows_nothing_in_clear(assessment: Path, keys: dict[str, Path], tmp_path: Path,
                                            sealed_env: None) -> None:  # fmt: skip
    package = tmp_path / "handover.p7m"
    assert _seal(assessment, keys, package, "partner") == 0
    data = package.read_bytes()
    with Assessment.open(assessment, read_only=True) as doc:
        country = doc.info.country
    for needle in (country, JUSTIFICATION, "workstation-inventory", "manifest.json"):
        assert needle.encode("utf-8") not in data and needle.encode("utf-16-le") not in data
    assert b"UNIQUE-EVIDENCE-MARKER" not in data and EVIDENCE[:64] not in data


def test_every_recipient_can_open_it_and_nobody_else(assessment: Path, keys: dict[str, Path], tmp_path: Path,
                                                     sealed_env: None,
                                                     capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    package = tmp_path / "p.p7m"
    assert _seal(assessment, keys, package, "partner", "assessor", include="xlsx") == 0
    for who in ("partner", "assessor"):
        assert main(["unseal", str(package), "--key", str(keys[who]), "-o", str(tmp_path / who)]) == 0
    capsys.readouterr()
    assert main(["unseal", str(package), "--key", str(keys["stranger"]), "-o", str(tmp_path / "s")]) == 1
    err = capsys.readouterr().err
    assert "not addressed to Sam Stranger" in err and "Pat Partner" in err and "Traceback" not in err
    assert not (tmp_path / "s").exists()


def _files_beside(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


@pytest.mark.parametrize("damage", ["truncate", "flip-body", "flip-end", "append"])
def test_damaged_or_altered_packages_write_nothing(assessment: Path, keys: dict[str, Path], tmp_path: Path,
                                                   sealed_env: None, damage: str,
                                                   capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    package = tmp_path / "p.p7m"
    assert _seal(assessment, keys, package, "partner", include="xlsx") == 0
    data = bytearray(package.read_bytes())
    if damage == "truncate":
        data = data[: len(data) * 2 // 3]
    elif damage == "flip-body":
        data[len(data) // 2] ^= 0x40
    elif damage == "flip-end":
        data[-40] ^= 0x01
    else:
        data += b"\x00" * 17
    package.write_bytes(bytes(data))
    before = _files_beside(tmp_path)
    capsys.readouterr()
    assert main(["unseal", str(package), "--key", str(keys["partner"]), "-o", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert ("damaged" in err or "changed after it was sealed" in err) and "Traceback" not in err
    assert _files_beside(tmp_path) == before


def _forged(keys: dict[str, Path], files: list[tuple[str, bytes]], tweak: object = None) -> bytes:
    """A correctly signed and encrypted package around a hostile payload (the signer is not to be trusted)."""
    payload = build_payload(files, {"country": "X"})
    if callable(tweak):
        payload = tweak(payload)
    signer = open_key(keys["assessor"], PASSPHRASE.encode())
    return cms.envelope(cms.sign(payload, signer), [load_certificate(keys["partner_pem"])])


def _rewrite(payload: bytes, change: object) -> bytes:
    with zipfile.ZipFile(io.BytesIO(payload)) as src:
        members = {m.filename: src.read(m) for m in src.infolist()}
    assert callable(change)
    change(members)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for name, data in members.items():
            dst.writestr(name, data)
    return out.getvalue()


def _rename_in_manifest(members: dict[str, bytes]) -> None:
    manifest = json.loads(members["manifest.json"])
    manifest["files"][0]["name"] = "../escaped.txt"
    members["../escaped.txt"] = members.pop("a.txt")
    members["manifest.json"] = json.dumps(manifest).encode()


def _unlisted_file(members: dict[str, bytes]) -> None:
    members["extra.exe"] = b"MZ"


def _wrong_sum(members: dict[str, bytes]) -> None:
    members["a.txt"] = b"HELLO"  # same size, other bytes


@pytest.mark.parametrize(
    ("files", "change", "expected"),
    [
        ([("a.txt", b"hello")], _rename_in_manifest, "not safe to write"),
        ([("a.txt", b"hello")], _unlisted_file, "does not list"),
        ([("a.txt", b"hello")], _wrong_sum, "does not match"),
        ([("a\u202etxt.exe", b"x")], None, "not safe to write"),
        ([(".hidden", b"x")], None, "not safe to write"),
        ([("a.txt", b"1")], lambda m: m.update({"manifest.json": b"[1, 2]"}), "manifest is not readable"),
        ([("a.txt", b"1")], lambda m: m.update({"manifest.json": b"\xff\xfe"}), "manifest is not readable"),
        ([("a.txt", b"1"), ("A.TXT", b"2")], None, "differing only in case"),
    ],
)
def test_hostile_payloads_are_refused(keys: dict[str, Path], tmp_path: Path, files: list[tuple[str, bytes]],
                                      change: object, expected: str) -> None:  # fmt: skip
    tweak = (lambda payload: _rewrite(payload, change)) if change else None
    package = tmp_path / "forged.p7m"
    package.write_bytes(_forged(keys, files, tweak))
    with pytest.raises(PackageDamagedError, match=expected):
        unseal_package(package, open_key(keys["partner"], PASSPHRASE.encode()), tmp_path / "out")
    assert sorted(_files_beside(tmp_path)) == ["forged.p7m"]
    assert not (tmp_path.parent / "escaped.txt").exists()


def test_the_output_folder_must_be_new_or_empty(assessment: Path, keys: dict[str, Path], tmp_path: Path,
                                                sealed_env: None) -> None:  # fmt: skip
    package = tmp_path / "p.p7m"
    assert _seal(assessment, keys, package, "partner", include="xlsx") == 0
    folder = tmp_path / "existing"
    folder.mkdir()
    (folder / "keep.txt").write_text("mine")
    with pytest.raises(SealError, match="not an empty folder"):
        unseal_package(package, open_key(keys["partner"], PASSPHRASE.encode(), purpose="decrypt"), folder)
    assert [p.name for p in folder.iterdir()] == ["keep.txt"]
    empty = tmp_path / "empty"
    empty.mkdir()
    unseal_package(package, open_key(keys["partner"], PASSPHRASE.encode(), purpose="decrypt"), empty)
    assert [p.name for p in empty.iterdir()] == ["demo-matrix.xlsx"]


def _certificate(tmp_path: Path, *, ec: bool = False, expired: bool = False) -> Path:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec as ec_keys
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import Encoding
    from cryptography.x509.oid import NameOID

    key = ec_keys.generate_private_key(ec_keys.SECP256R1()) if ec else rsa.generate_private_key(65537, 2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Other")])
    now = datetime.now(UTC)
    end = now - timedelta(days=1) if expired else now + timedelta(days=30)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(now - timedelta(days=60))
        .not_valid_after(end)
        .sign(key, hashes.SHA256())
    )
    path = tmp_path / ("ec.pem" if ec else "expired.pem")
    path.write_bytes(cert.public_bytes(Encoding.PEM))
    return path


def test_recipient_certificates_are_checked(tmp_path: Path) -> None:
    with pytest.raises(SealError, match="no RSA key"):
        load_certificate(_certificate(tmp_path, ec=True))
    with pytest.raises(SealError, match="expired"):
        load_certificate(_certificate(tmp_path, expired=True))
    not_cert = tmp_path / "x.pem"
    not_cert.write_text("hello")
    with pytest.raises(SealError, match=r"not an X\.509 certificate"):
        load_certificate(not_cert)
    with pytest.raises(SealError, match="does not exist"):
        load_certificate(tmp_path / "missing.pem")


def test_wrong_recipient_error_from_the_core(assessment: Path, keys: dict[str, Path], tmp_path: Path,
                                             sealed_env: None) -> None:  # fmt: skip
    package = tmp_path / "p.p7m"
    assert _seal(assessment, keys, package, "partner", include="xlsx") == 0
    with pytest.raises(WrongRecipientError):
        unseal_package(package, open_key(keys["stranger"], PASSPHRASE.encode()), tmp_path / "o")


def test_key_export_cert(keys: dict[str, Path], tmp_path: Path, sealed_env: None,
                         capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    out = tmp_path / "me.pem"
    assert main(["key", "export-cert", str(keys["partner"]), "-o", str(out)]) == 0
    assert out.read_bytes() == keys["partner_pem"].read_bytes()
    assert b"PRIVATE" not in out.read_bytes()
    assert "certificate SHA-256" in capsys.readouterr().out
    assert main(["key", "export-cert", str(keys["partner"]), "-o", str(out)]) == 1  # no silent replacement
    assert main(["key", "export-cert", str(keys["partner"]), "-o", str(tmp_path / "x.p12")]) == 1


def test_seal_refuses_bad_requests(assessment: Path, keys: dict[str, Path], tmp_path: Path, sealed_env: None,
                                   capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    assert _seal(assessment, keys, tmp_path / "p.p7m", "partner", include="pdf,secrets") == 1
    assert "secrets" in capsys.readouterr().err
    assert _seal(assessment, keys, assessment, "partner") == 1  # over the assessment itself (it exists)
    assert not (tmp_path / "p.p7m").exists()


@pytest.mark.skipif(shutil.which("openssl") is None, reason="the openssl command is not installed")
def test_openssl_opens_and_verifies_the_package(assessment: Path, keys: dict[str, Path], tmp_path: Path,
                                                sealed_env: None) -> None:  # fmt: skip
    """The README's commands, as a partner without CyberAssess runs them."""
    package = tmp_path / "handover.p7m"
    assert _seal(assessment, keys, package, "partner") == 0
    pass_file = tmp_path / "pass.txt"
    pass_file.write_text(PASSPHRASE)
    partner_key = tmp_path / "partner-key.pem"
    subprocess.run(
        ["openssl", "pkcs12", "-in", str(keys["partner"]), "-nocerts", "-nodes", "-passin", f"file:{pass_file}",
         "-out", str(partner_key)],
        check=True, capture_output=True,
    )  # fmt: skip
    decrypted = subprocess.run(
        ["openssl", "cms", "-decrypt", "-inform", "DER", "-in", str(package), "-recip", str(keys["partner_pem"]),
         "-inkey", str(partner_key), "-binary"],
        check=True, capture_output=True,
    ).stdout  # fmt: skip
    verified = subprocess.run(
        ["openssl", "cms", "-verify", "-inform", "DER", "-CAfile", str(keys["assessor_pem"]), "-binary"],
        input=decrypted, check=True, capture_output=True,
    )  # fmt: skip
    assert b"Verification successful" in verified.stderr
    with zipfile.ZipFile(io.BytesIO(verified.stdout)) as archive:
        sums = archive.read("SHA256SUMS").decode().splitlines()
        assert len(sums) == 3
        for line in sums:
            digest, name = line.split("  ", 1)
            assert hashlib.sha256(archive.read(name)).hexdigest() == digest
    # a tampered package fails in OpenSSL too
    data = bytearray(package.read_bytes())
    data[len(data) // 2] ^= 0x01
    package.write_bytes(bytes(data))
    broken = subprocess.run(
        ["openssl", "cms", "-decrypt", "-inform", "DER", "-in", str(package), "-recip", str(keys["partner_pem"]),
         "-inkey", str(partner_key), "-binary"],
        capture_output=True,
    )  # fmt: skip
    if broken.returncode == 0:
        checked = subprocess.run(
            ["openssl", "cms", "-verify", "-inform", "DER", "-CAfile", str(keys["assessor_pem"]), "-binary"],
            input=broken.stdout, capture_output=True,
        )  # fmt: skip
        assert checked.returncode != 0


def test_a_signed_report_after_unsealing_in_the_same_process(keys: dict[str, Path], tmp_path: Path) -> None:
    """Reading a package's CMS first (asn1crypto) must not break pyHanko's signing afterwards (a fresh process,
    so that nothing was imported before)."""
    import sys

    script = f"""
from pathlib import Path
from cyberassess.demo import write_demo
from cyberassess.report import export_pdf
from cyberassess.report.keys import open_key
from cyberassess.seal import load_certificate, seal_assessment, unseal_package
from cyberassess.store import Assessment
tmp = Path({str(tmp_path)!r})
key = open_key(Path({str(keys["assessor"])!r}), {PASSPHRASE!r}.encode())
with Assessment.open(write_demo(tmp / "d.cyberassess")) as doc:
    seal_assessment(doc, tmp / "p.p7m", recipients=[load_certificate(Path({str(keys["assessor_pem"])!r}))],
                    key=key, include=["xlsx"])
    unseal_package(tmp / "p.p7m", key, tmp / "out")
    export_pdf(doc, tmp / "r.pdf", key_file=Path({str(keys["assessor"])!r}), passphrase={PASSPHRASE!r}.encode())
print("ok")
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert result.stdout.strip() == "ok", result.stderr[-2000:]
