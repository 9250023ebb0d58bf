"""The first look at a file (``store.snapshot``): same data and same refusals as the full open, stdlib only."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from cyberassess.errors import CorruptDocumentError, CyberAssessError, DocumentError
from cyberassess.framework import get_framework
from cyberassess.store import SCHEMA_VERSION, Assessment
from cyberassess.store.fileformat import READ_ONLY_MEDIUM
from cyberassess.store.lock import WriterLock, lock_path
from cyberassess.store.snapshot import read_snapshot

CORPUS = Path(__file__).parent / "corpus" / "assessment"
FIXTURES = Path(__file__).parent / "fixtures"


def test_a_snapshot_holds_what_the_full_open_reads(demo_file: Path) -> None:
    snapshot = read_snapshot(demo_file)
    assert snapshot is not None
    with Assessment.open(demo_file) as doc:
        assert snapshot.info == doc.info
        assert snapshot.answers == doc.answers() and len(snapshot.answers) > 50
        assert snapshot.evidence == doc.evidence() and snapshot.evidence
    assert snapshot.read_only_reason is None
    assert not lock_path(demo_file).exists()  # looking never leaves a lock file behind


def test_a_snapshot_sees_committed_changes_of_an_open_writer(mini_doc) -> None:
    mini_doc.set_answer("D1.1.1", 4, justification="seen")
    snapshot = read_snapshot(mini_doc.path)
    assert snapshot is not None and snapshot.answers["D1.1.1"].value == 4  # from the WAL, not yet checkpointed
    assert snapshot.read_only_reason is not None and "open for editing by" in snapshot.read_only_reason


def test_the_first_look_needs_no_sqlalchemy_pydantic_or_yaml(demo_file: Path) -> None:
    """With the framework cache warm (every start but the very first), reading for the first screen
    imports none of the heavy libraries."""
    from cyberassess.framework.loader import BUILTIN_ID, load_framework
    from cyberassess.paths import resource

    load_framework(resource("frameworks", BUILTIN_ID))  # warms this test's user cache
    script = (
        "import sys\n"
        "from cyberassess.store.snapshot import read_snapshot\n"
        "from cyberassess.framework import get_framework\n"
        f"s = read_snapshot(r'{demo_file}')\n"
        "get_framework(s.info.framework_id)\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'sqlmodel', 'pydantic', 'yaml'))\n"
        "assert not heavy, heavy\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr[-2000:]


@pytest.mark.parametrize("name", sorted(p.name for p in CORPUS.iterdir()))
def test_a_snapshot_refuses_what_the_full_open_refuses(name: str, tmp_path: Path) -> None:
    """Over the hostile-file corpus: the snapshot raises the same kind of error as ``Assessment.open``
    (or defers to it with ``None``); it never accepts a file the full open refuses, never crashes."""
    source = CORPUS / name
    target = tmp_path / name
    if source.is_dir():
        shutil.copytree(source, target)
    else:
        shutil.copy(source, target)
    try:
        snapshot = read_snapshot(target)
        if snapshot is not None:
            get_framework(snapshot.info.framework_id)  # as the app's first look does
        snapshot_error: type[CyberAssessError] | None = None
    except CyberAssessError as exc:
        snapshot, snapshot_error = None, type(exc)
    try:
        Assessment.open(target).close()
        full_error: type[CyberAssessError] | None = None
    except CyberAssessError as exc:
        full_error = type(exc)
    if snapshot_error is not None:
        assert full_error is not None, f"the snapshot refused {name}, the full open accepted it"
        assert snapshot_error is full_error, name  # the same message class, so the same dialog
    elif snapshot is not None and full_error is not None:
        # only damage that the integrity check finds may get past a snapshot; the full open then refuses it
        assert full_error is CorruptDocumentError, name


def test_files_for_the_full_open_are_left_to_it(tmp_path: Path) -> None:
    older = tmp_path / "format1.cyberassess"
    shutil.copy(FIXTURES / "format1.cyberassess", older)
    assert read_snapshot(older) is None  # must be upgraded first
    newer = tmp_path / "newer.cyberassess"
    Assessment.create(newer, country="X", mission="m").close()
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    assert read_snapshot(newer) is None  # read-only with its own explanation


def test_a_missing_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="no such file"):
        read_snapshot(tmp_path / "nowhere.cyberassess")


def test_the_lock_probe_names_the_holder_and_writes_nothing(tmp_path: Path) -> None:
    document = tmp_path / "a.cyberassess"
    assert WriterLock(document).holder() is None
    assert not lock_path(document).exists()
    held = WriterLock(document)
    held.acquire()
    try:
        before = lock_path(document).read_bytes()
        holder = WriterLock(document).holder()
        assert holder is not None and "since" in holder.describe()
        assert lock_path(document).read_bytes() == before
    finally:
        held.release()
    assert WriterLock(document).holder() is None


def test_a_read_only_folder_is_foreseen(demo_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from cyberassess.store import fileformat as module

    monkeypatch.setattr(module, "writable", lambda path: False)  # root may write anywhere; pretend a locked stick
    snap = read_snapshot(demo_file)
    assert snap is not None and snap.read_only_reason == READ_ONLY_MEDIUM
