"""Private keys live only in passphrase-protected PKCS#12 files; no secret is written anywhere else."""

from __future__ import annotations

import tempfile
import zipfile
from pathlib import Path

import pytest

from cyberassess.cli import main

PASSPHRASE = "Unique-S3cret-Passphrase-4729"


def _needles(p12: Path) -> list[bytes]:
    from cryptography.hazmat.primitives.serialization import pkcs12

    key, _cert, _extra = pkcs12.load_key_and_certificates(p12.read_bytes(), PASSPHRASE.encode())
    assert key is not None
    numbers = key.private_numbers()  # type: ignore[union-attr]
    secret = getattr(numbers, "private_value", None) or getattr(numbers, "d", None)
    secret_bytes = secret.to_bytes((secret.bit_length() + 7) // 8, "big")
    return [PASSPHRASE.encode(), PASSPHRASE.encode("utf-16-le"), secret_bytes, b"PRIVATE KEY"]


def test_no_passphrase_or_key_material_outside_the_p12(
    tmp_path: Path, user_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    monkeypatch.setattr(tempfile, "tempdir", None)
    monkeypatch.setenv("CYBERASSESS_PASSPHRASE", PASSPHRASE)
    work = tmp_path / "work"
    work.mkdir()
    demo, p12, pdf = work / "demo.cyberassess", work / "signer.p12", work / "report.pdf"
    assert main(["demo", str(demo)]) == 0
    assert main(["key", "create", str(p12), "--name", "Secret Keeper", "--org", "QA"]) == 0
    assert main(["export-pdf", str(demo), "-o", str(pdf), "--key", str(p12)]) == 0
    assert main(["verify", str(pdf)]) == 0
    assert main(["export-xlsx", str(demo), "-o", str(work / "m.xlsx")]) == 0
    assert main(["export-xlsx", str(demo), "-o", str(work / "signed.xlsx"), "--key", str(p12)]) == 0
    output = capsys.readouterr()
    needles = _needles(p12)
    assert PASSPHRASE not in output.out + output.err
    searched = [p for folder in (user_home, scratch, work) for p in folder.rglob("*") if p.is_file() and p != p12]
    assert demo in searched and pdf in searched
    for path in searched:
        data = path.read_bytes()
        if data.startswith(b"PK\x03\x04"):  # a workbook: search its parts, not their compressed bytes
            with zipfile.ZipFile(path) as archive:
                data += b"".join(archive.read(name) for name in archive.namelist())
        for needle in needles:
            assert needle not in data, f"{needle[:12]!r}… found in {path}"


def test_the_p12_is_encrypted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from cryptography.hazmat.primitives.serialization import pkcs12

    monkeypatch.setenv("CYBERASSESS_PASSPHRASE", PASSPHRASE)
    p12 = tmp_path / "k.p12"
    assert main(["key", "create", str(p12), "--name", "N", "--org", "O"]) == 0
    with pytest.raises(ValueError):
        pkcs12.load_key_and_certificates(p12.read_bytes(), None)
    with pytest.raises(ValueError):
        pkcs12.load_key_and_certificates(p12.read_bytes(), b"wrong")


def test_passphrase_is_never_a_command_line_argument(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["key", "create", "x.p12", "--name", "N", "--org", "O", "--passphrase", PASSPHRASE])
    assert exc.value.code == 2
    assert "unrecognized arguments" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        main(["export-xlsx", "a.cyberassess", "-o", "m.xlsx", "--key", "k.p12", "--passphrase", PASSPHRASE])
    assert exc.value.code == 2
    assert "unrecognized arguments" in capsys.readouterr().err
