"""The assessment on real small and read-only filesystems (tmpfs mounts; needs root, else skipped)."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from cyberassess.cli import main
from cyberassess.errors import DocumentError, StorageFullError
from cyberassess.store import Assessment


def _mount(target: Path, options: str) -> bool:
    target.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(target)], capture_output=True, check=False
    )
    return result.returncode == 0


@pytest.fixture
def small_stick(tmp_path: Path) -> Iterator[Path]:
    """A 1.5 MB filesystem, like a nearly full USB stick."""
    mountpoint = tmp_path / "stick"
    if shutil.which("mount") is None or not _mount(mountpoint, "size=1536k"):
        pytest.skip("cannot mount a tmpfs here (needs root); the full-disk check runs where it can")
    yield mountpoint
    subprocess.run(["umount", "-l", str(mountpoint)], check=False)


def test_full_disk_is_reported_and_nothing_saved_is_lost(small_stick: Path, tmp_path: Path) -> None:
    path = small_stick / "mission.cyberassess"
    doc = Assessment.create(path, country="Fullland", mission="disk full", assessors=["Ada"])
    doc.evidence_limit = 10 * 1024 * 1024
    saved = {}
    for n, indicator in enumerate(doc.framework.indicator_ids()[:30]):
        doc.set_answer(indicator, n % 5 + 1, justification=f"note {n}")
        saved[indicator] = n % 5 + 1
    with pytest.raises(StorageFullError) as err:
        for i in range(40):
            doc.add_evidence("D1.1.1", data=bytes([i]) * 200_000, name=f"scan{i}.pdf")
    assert "full" in err.value.message and "Save As" in err.value.hint
    # work continues on another drive, with everything that was saved
    elsewhere = tmp_path / "laptop" / "mission.cyberassess"
    elsewhere.parent.mkdir()
    doc.save_as(elsewhere, switch=True)
    doc.set_answer("D9.1.1", 4)
    assert {k: v.value for k, v in doc.answers().items() if k in saved} == saved
    doc.close()
    # and the file on the full stick is still valid, with every acknowledged answer
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    with Assessment.open(path) as again:
        assert {k: v.value for k, v in again.answers().items()} == saved


def test_read_only_medium_opens_read_only_and_cli_explains(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "src"
    source.mkdir()
    with Assessment.create(source / "ro.cyberassess", country="Roland", mission="", assessors=["Ada"]) as doc:
        doc.set_answer("D1.1.1", 3)
    mountpoint = tmp_path / "cdrom"
    if not _mount(mountpoint, "size=4m"):
        pytest.skip("cannot mount a tmpfs here (needs root)")
    try:
        shutil.copy(source / "ro.cyberassess", mountpoint / "ro.cyberassess")
        subprocess.run(["mount", "-o", "remount,ro", str(mountpoint)], check=True)
        with Assessment.open(mountpoint / "ro.cyberassess") as doc:
            assert doc.read_only and "read-only" in (doc.read_only_reason or "")
            assert doc.answer("D1.1.1").value == 3  # type: ignore[union-attr]
            copy = doc.save_as(tmp_path / "copy.cyberassess", switch=True)
            assert not doc.read_only
            doc.set_answer("D1.1.2", 2)
        assert Path(copy).exists()
        with pytest.raises(DocumentError, match="read-only"):
            Assessment.open(mountpoint / "ro.cyberassess", allow_read_only=False)
        code = main(["answer", str(mountpoint / "ro.cyberassess"), "D1.1.1", "4"])
        err = capsys.readouterr().err
        assert code == 1 and "read-only" in err and "Traceback" not in err
        with pytest.raises(DocumentError, match="Cannot write"):
            Assessment.create(mountpoint / "new.cyberassess", country="X", mission="")
    finally:
        subprocess.run(["umount", "-l", str(mountpoint)], check=False)
