"""The report commands as a person runs them: key create, export-pdf, verify and their exit codes."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from cyberassess.cli import main

PASSPHRASE = "a long enough passphrase"


@pytest.fixture
def key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CYBERASSESS_PASSPHRASE", PASSPHRASE)
    path = tmp_path / "signer.p12"
    assert main(["key", "create", str(path), "--name", "Carlos Duarte", "--org", "Review Mission"]) == 0
    monkeypatch.delenv("CYBERASSESS_PASSPHRASE")
    return path


def test_key_create_prints_the_fingerprint(capsys: pytest.CaptureFixture[str], key: Path) -> None:
    out = capsys.readouterr().out
    assert f"created {key}" in out and "Carlos Duarte (Review Mission)" in out
    assert "certificate SHA-256:" in out
    assert PASSPHRASE not in out


def test_passphrase_is_never_a_command_line_argument(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["key", "create", str(tmp_path / "k.p12"), "--name", "X", "--passphrase", PASSPHRASE])
    assert exit_.value.code == 2
    assert "unrecognized arguments" in capsys.readouterr().err


def test_no_passphrase_source_without_a_terminal(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    monkeypatch.delenv("CYBERASSESS_PASSPHRASE", raising=False)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False)
    assert main(["key", "create", str(tmp_path / "k.p12"), "--name", "X"]) == 1
    err = capsys.readouterr().err
    assert "--passphrase-file" in err and "Traceback" not in err
    assert not (tmp_path / "k.p12").exists()


def test_prompted_passphrases_must_match(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                         monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    monkeypatch.delenv("CYBERASSESS_PASSPHRASE", raising=False)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    answers = iter(["first passphrase", "second passphrase"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    assert main(["key", "create", str(tmp_path / "k.p12"), "--name", "X"]) == 1
    assert "differ" in capsys.readouterr().err


def test_export_sign_and_verify(demo_file: Path, key: Path, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    capsys.readouterr()
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    report = tmp_path / "report.pdf"
    args = ["export-pdf", str(demo_file), "-o", str(report), "--key", str(key), "--passphrase-file", str(secret)]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "signed by Carlos Duarte" in out and "report SHA-256:" in out and "report log" in out

    assert main(["verify", str(report)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("VALID") and "Carlos Duarte (Review Mission)" in out and "self-signed" in out

    tampered = tmp_path / "tampered.pdf"
    data = report.read_bytes()
    at = data.index(b"CyberAssess", data.index(b"/Creator")) + 3
    tampered.write_bytes(data[:at] + b"#" + data[at + 1 :])
    assert main(["verify", str(tampered)]) == 1
    assert capsys.readouterr().out.startswith("INVALID: The document was modified after signing")


def test_unsigned_export_and_verify_exit_codes(demo_file: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    report = tmp_path / "unsigned.pdf"
    assert main(["export-pdf", str(demo_file), "-o", str(report), "--language", "es"]) == 0
    assert "UNSIGNED" in capsys.readouterr().out
    assert main(["verify", str(report)]) == 2
    assert capsys.readouterr().out.startswith("UNSIGNED")
    garbage = tmp_path / "garbage.pdf"
    garbage.write_bytes(b"\x00\x01 definitely not a pdf")
    assert main(["verify", str(garbage)]) == 1
    assert "not a PDF file" in capsys.readouterr().out
    assert main(["verify", str(tmp_path / "missing.pdf")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("cyberassess: error:") and "does not exist" in err


def test_key_problems_are_one_line_errors(demo_file: Path, key: Path, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    capsys.readouterr()
    report = tmp_path / "r.pdf"
    monkeypatch.setenv("CYBERASSESS_PASSPHRASE", "not the passphrase")
    assert main(["export-pdf", str(demo_file), "-o", str(report), "--key", str(key)]) == 1
    err = capsys.readouterr().err
    assert "passphrase does not open" in err and "Traceback" not in err
    monkeypatch.delenv("CYBERASSESS_PASSPHRASE")
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False)
    assert main(["export-pdf", str(demo_file), "-o", str(report), "--key", str(tmp_path / "none.p12")]) == 1
    assert "does not exist" in capsys.readouterr().err  # reported before any passphrase is asked
    assert not report.exists()
