"""Offline is absolute: no code path opens a network connection.

The full flow (demo, score, signing key, signed PDF, verify, Excel export, import, merge) runs with
every way of reaching the network patched to fail the test; a CLI run inside a network namespace
with no network proves it for a real process too (skipped where namespaces are not permitted).
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ATTEMPTS: list[str] = []


def _refuse(name: str):  # type: ignore[no-untyped-def]
    def refuse(*args: object, **kwargs: object) -> None:
        ATTEMPTS.append(f"{name}{args[:2]!r}")
        raise AssertionError(f"network access attempted: {name}{args[:2]!r}")

    return refuse


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    ATTEMPTS.clear()
    monkeypatch.setattr(socket.socket, "connect", _refuse("socket.connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", _refuse("socket.connect_ex"))
    monkeypatch.setattr(socket.socket, "sendto", _refuse("socket.sendto"))
    monkeypatch.setattr(socket, "create_connection", _refuse("socket.create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", _refuse("socket.getaddrinfo"))
    monkeypatch.setattr(socket, "gethostbyname", _refuse("socket.gethostbyname"))
    yield ATTEMPTS
    assert ATTEMPTS == [], f"network access attempted: {ATTEMPTS}"


def test_the_guard_really_catches_a_connection(no_network: list[str]) -> None:
    with pytest.raises(AssertionError, match="network access attempted"):
        socket.create_connection(("127.0.0.1", 9))
    no_network.clear()  # the attempt above was this test's own


def test_full_flow_opens_no_socket(no_network: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from cyberassess.demo import write_demo
    from cyberassess.matrix import apply_import, export_matrix, merge, plan_import
    from cyberassess.report import create_key, export_pdf, verify_pdf
    from cyberassess.scoring import score_assessment
    from cyberassess.store import Assessment

    demo = write_demo(tmp_path / "demo.cyberassess")
    key = create_key(tmp_path / "signer.p12", name="Offline Signer", org="QA", passphrase=b"offline pass")
    with Assessment.open(demo) as doc:
        score_assessment(doc)
        result = export_pdf(doc, tmp_path / "report.pdf", key_file=key.path, passphrase=b"offline pass")
        export_matrix(doc, tmp_path / "matrix.xlsx")
    assert result.signed
    assert verify_pdf(tmp_path / "report.pdf").status == "VALID"
    with Assessment.create(tmp_path / "fresh.cyberassess", country="Meridia", mission="m") as fresh:
        apply_import(fresh, plan_import(fresh, tmp_path / "matrix.xlsx"), prefer="theirs")
    merge(tmp_path / "merged.cyberassess", [demo, tmp_path / "fresh.cyberassess"], prefer="newer")


def test_cli_in_a_namespace_without_network(tmp_path: Path) -> None:
    if shutil.which("unshare") is None or subprocess.run(["unshare", "-n", "true"], check=False).returncode != 0:
        pytest.skip("network namespaces are not permitted here")
    demo = tmp_path / "demo.cyberassess"
    for args in (
        ["demo", str(demo)],
        ["score", str(demo)],
        ["export-xlsx", str(demo), "-o", str(tmp_path / "m.xlsx")],
        ["export-pdf", str(demo), "-o", str(tmp_path / "r.pdf")],
        ["verify", str(tmp_path / "r.pdf")],
    ):
        result = subprocess.run(
            ["unshare", "-n", sys.executable, "-m", "cyberassess", *args], capture_output=True, text=True, check=False
        )
        assert result.returncode in (0, 2), result.stderr  # verify of the unsigned report says UNSIGNED (2)
        assert "Traceback" not in result.stderr
