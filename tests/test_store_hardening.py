"""The document and its folder against a hostile file or folder (issue 14): the core API side.

The same classes run through the real command line in ``tests/corpus`` (see
``tests/reliability/corpus.py`` and ``folders.py``); here are the parts a command cannot show:
read-only viewing, what records hold, who sees which lock, what is left on disk.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from cyberassess.errors import CorruptDocumentError, DocumentError, FileLockedError, InputError
from cyberassess.framework import get_framework
from cyberassess.safetext import MAX_LINE_CHARS, MAX_NOTE_CHARS
from cyberassess.store import Assessment
from cyberassess.store.lock import WriterLock, identity_lock_path, lock_path
from cyberassess.store.snapshot import KNOWN_SCHEMA, read_snapshot

CORPUS = Path(__file__).parent / "corpus" / "assessment"


def _new(path: Path) -> Assessment:
    return Assessment.create(path, country="Testland", mission="m", assessors=["Ada"], framework=get_framework("mini"))


def _sql(path: Path, *statements: str, params: tuple[object, ...] = ()) -> None:
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement, params) if params else conn.execute(statement)
    conn.commit()
    conn.close()


# ----------------------------------------------------------------------------- lock files
def test_a_lock_file_planted_as_a_link_is_never_followed(tmp_path: Path) -> None:
    path = tmp_path / "a.cyberassess"
    _new(path).close()
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    lock_path(path).symlink_to(victim)
    with Assessment.open(path) as doc:
        assert doc.read_only and "is a symbolic link" in (doc.read_only_reason or "")
    with pytest.raises(DocumentError, match=r"lock file a\.cyberassess\.lock is a symbolic link"):
        Assessment.open(path, allow_read_only=False)
    assert victim.read_text() == "keep me"
    assert read_snapshot(path).read_only_reason == doc.read_only_reason  # type: ignore[union-attr]


def test_a_planted_lock_file_is_a_clear_error_wherever_it_is_met(tmp_path: Path) -> None:
    target = tmp_path / "target.cyberassess"
    _new(target).close()
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    lock_path(target).symlink_to(victim)
    with _new(tmp_path / "a.cyberassess") as doc, pytest.raises(DocumentError, match="is a symbolic link"):
        doc.save_as(target)
    assert victim.read_text() == "keep me"


def test_a_symlink_to_an_open_file_meets_its_lock(tmp_path: Path) -> None:
    path = tmp_path / "real.cyberassess"
    link = tmp_path / "link.cyberassess"
    link.symlink_to(path)
    with _new(path):
        assert lock_path(link) == lock_path(path)
        with pytest.raises(FileLockedError, match="open for editing"):
            Assessment.open(link, allow_read_only=False)
    with Assessment.open(link, allow_read_only=False) as doc:  # the other way round
        doc.set_answer("D1.1.1", 2)
        with pytest.raises(FileLockedError):
            Assessment.open(path, allow_read_only=False)


def test_the_lock_follows_the_file_not_its_name(tmp_path: Path) -> None:
    """Renamed while open (another name, one link): the sidecar is free, the identity lock is not."""
    path = tmp_path / "before.cyberassess"
    moved = tmp_path / "after.cyberassess"
    with _new(path) as first:
        assert identity_lock_path(path) is not None
        path.rename(moved)
        with pytest.raises(FileLockedError, match="open for editing"):
            Assessment.open(moved, allow_read_only=False)
        assert WriterLock(moved).holder() is not None
        first.set_answer("D1.1.1", 4)  # still writing to the same file
    with Assessment.open(moved, allow_read_only=False) as doc:
        assert doc.answer("D1.1.1").value == 4  # type: ignore[union-attr]
    identity = identity_lock_path(moved)
    assert identity is not None and not identity.exists()  # removed on close


def test_a_file_with_a_second_hard_link_is_not_written(tmp_path: Path) -> None:
    path = tmp_path / "a.cyberassess"
    _new(path).close()
    os.link(path, tmp_path / "b.cyberassess")
    with Assessment.open(path) as doc:
        assert doc.read_only and "2 names (hard links)" in (doc.read_only_reason or "")
        assert doc.answers() == {}
    with pytest.raises(DocumentError, match="hard links"):
        Assessment.open(tmp_path / "b.cyberassess", allow_read_only=False)
    snapshot = read_snapshot(path)
    assert snapshot is not None and snapshot.read_only_reason == doc.read_only_reason


# ----------------------------------------------------------------------------- schema objects
def test_the_snapshot_knows_the_schema_the_metadata_declares() -> None:
    from cyberassess.store.document import expected_schema

    assert expected_schema() == KNOWN_SCHEMA  # else the first look defers every file to the full open


@pytest.mark.parametrize(
    "name", ["trigger-rewrites-answer.cyberassess", "trigger-floods-rows.cyberassess", "view-added.cyberassess"]
)
def test_foreign_objects_are_viewed_read_only_and_never_run(name: str, tmp_path: Path) -> None:
    path = tmp_path / name
    shutil.copy(CORPUS / name, path)
    with Assessment.open(path) as doc:
        assert doc.read_only and "CyberAssess did not make" in (doc.read_only_reason or "")
        before = doc.answers()
        assert before  # it can be read
    assert read_snapshot(path) is None  # the first look leaves such files to the full open
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM report_log").fetchone()[0] == 0  # no trigger ran
    conn.close()


def test_the_apps_own_objects_pass_in_every_file_it_writes(demo_file: Path, tmp_path: Path) -> None:
    with Assessment.open(demo_file) as doc:
        assert not doc.read_only
        copy = doc.save_as(tmp_path / "copy.cyberassess")
    with Assessment.open(copy) as again:
        assert not again.read_only


def test_an_older_file_with_a_foreign_trigger_is_not_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "format1.cyberassess"
    shutil.copy(Path(__file__).parent / "fixtures" / "format1.cyberassess", path)
    _sql(path, "CREATE TRIGGER t AFTER UPDATE ON meta BEGIN DELETE FROM answer; END")
    with pytest.raises(DocumentError, match='trigger "t" on meta'):
        Assessment.open(path, allow_read_only=False)
    with Assessment.open(path) as doc:  # viewed read-only, through an upgraded copy without the trigger
        assert doc.read_only and 'trigger "t" on meta' in (doc.read_only_reason or "")
        assert len(doc.answers()) == 3
    assert not list(tmp_path.glob("*backup*"))
    conn = sqlite3.connect(path)  # not upgraded, trigger and all: the file is as it was
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 't'").fetchone()[0] == 1
    conn.close()


# ----------------------------------------------------------------------------- journals and header
def test_a_killed_writers_own_journal_is_recovered(tmp_path: Path) -> None:
    path = tmp_path / "a.cyberassess"
    _new(path).close()
    crashed = Assessment.open(path)
    crashed.set_answer("D1.1.1", 3)
    wal = path.with_name(path.name + "-wal")
    saved_wal = wal.read_bytes()
    crashed.close()
    wal.write_bytes(saved_wal)  # as if the writer had been killed before closing
    with Assessment.open(path, allow_read_only=False) as doc:
        assert doc.answer("D1.1.1").value == 3  # type: ignore[union-attr]


def test_a_journal_of_another_assessment_is_named(tmp_path: Path) -> None:
    path, other = tmp_path / "a.cyberassess", tmp_path / "b.cyberassess"
    _new(path).close()
    shutil.copy(path, other)
    _sql(other, "UPDATE meta SET file_uuid = 'another'")
    writer = Assessment.open(other)
    writer.set_answer("D1.1.1", 5)
    shutil.copy(other.with_name(other.name + "-wal"), path.with_name(path.name + "-wal"))
    writer.close()
    for opener in (lambda: Assessment.open(path, read_only=True), lambda: read_snapshot(path)):
        with pytest.raises(DocumentError, match=r"a\.cyberassess-wal beside it holds changes of another assessment"):
            opener()
    path.with_name(path.name + "-wal").unlink()
    with Assessment.open(path) as doc:
        assert doc.answers() == {}


@pytest.mark.parametrize("suffix", ["-wal", "-shm", "-journal"])
def test_a_journal_planted_as_a_link_is_refused_before_sqlite_sees_it(suffix: str, tmp_path: Path) -> None:
    path = tmp_path / "a.cyberassess"
    _new(path).close()
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    path.with_name(path.name + suffix).symlink_to(victim)
    for opener in (lambda: Assessment.open(path, read_only=True), lambda: read_snapshot(path)):
        with pytest.raises(DocumentError, match=rf"a\.cyberassess{suffix} beside it is a symbolic link"):
            opener()
    assert victim.read_text() == "keep me"


def test_an_unknown_sqlite_write_version_is_named(tmp_path: Path) -> None:
    path = tmp_path / "a.cyberassess"
    _new(path).close()
    data = bytearray(path.read_bytes())
    data[18] = 3
    path.write_bytes(bytes(data))
    for opener in (lambda: Assessment.open(path, read_only=True), lambda: read_snapshot(path)):
        with pytest.raises(CorruptDocumentError, match=r"write 3, read 1"):
            opener()


# ----------------------------------------------------------------------------- evidence
def test_evidence_changed_behind_the_apps_back_is_refused_and_nothing_is_left(
    mini_doc: Assessment, tmp_path: Path
) -> None:
    good = mini_doc.add_evidence("D1.1.1", data=b"original", name="a.txt")
    bad = mini_doc.add_evidence("D1.1.1", data=b"original", name="b.txt")
    text = mini_doc.add_evidence("D1.1.1", data=b"original", name="c.txt")
    path = mini_doc.path
    mini_doc.close()
    _sql(path, f"UPDATE evidence SET content = X'00' WHERE id = {bad.id}")
    _sql(path, f"UPDATE evidence SET content = 'original' WHERE id = {text.id}")
    out = tmp_path / "out"
    out.mkdir()
    with Assessment.open(path) as doc:
        assert doc.evidence_content(good.id) == b"original"
        with pytest.raises(CorruptDocumentError, match="no longer matches the SHA-256"):
            doc.extract_evidence(bad.id, out)
        with pytest.raises(CorruptDocumentError, match="stored as str, not as a file"):
            doc.extract_evidence(text.id, out)
        doc.extract_evidence(good.id, out)
    assert [p.name for p in out.iterdir()] == ["a.txt"]


def test_a_right_to_left_override_never_disguises_a_name(mini_doc: Assessment, tmp_path: Path) -> None:
    rec = mini_doc.add_evidence("D1.1.1", data=b"MZ", name="report.pdf\u202egpj.exe")
    assert rec.file_name == "report.pdf_gpj.exe"
    _sql_path = mini_doc.path
    mini_doc.close()
    _sql(_sql_path, "UPDATE evidence SET file_name = ?", params=("x\u202egpj.exe\x1b[2J\nVALID",))
    with Assessment.open(_sql_path) as doc:
        [shown] = doc.evidence()
        assert shown.file_name.isprintable() and "\u202e" not in shown.file_name
        out = tmp_path / "out"
        out.mkdir()
        assert doc.extract_evidence(shown.id, out).name.isprintable()


# ----------------------------------------------------------------------------- bounded text
def test_text_is_bounded_and_checked_where_it_enters(mini_doc: Assessment) -> None:
    with pytest.raises(InputError, match="too long"):
        mini_doc.set_answer("D1.1.1", 3, justification="x" * (MAX_NOTE_CHARS + 1))
    with pytest.raises(InputError, match="right-to-left override"):
        mini_doc.set_answer("D1.1.1", 3, justification="a\u202eb")
    with pytest.raises(InputError, match="control character"):
        mini_doc.update_info(mission="a\x1b[2Jb")
    with pytest.raises(InputError, match="too long"):
        mini_doc.update_info(assessors=["A" * (MAX_LINE_CHARS + 1)])
    with pytest.raises(InputError, match="control character"):
        mini_doc.set_answer("D1.1.1", 3, assessor="Eve\nVALID")
    assert mini_doc.answers() == {}
    saved = mini_doc.set_answer("D1.1.1", 3, justification="line one\r\nline two\tend")
    assert saved.justification == "line one\nline two\tend"


def test_stored_text_beyond_the_bounds_is_cut_with_a_marker(mini_doc: Assessment) -> None:
    mini_doc.set_answer("D1.1.1", 3, justification="short")
    path = mini_doc.path
    mini_doc.close()
    _sql(path, "UPDATE answer SET justification = ?", params=("n" * 3_000_000,))
    _sql(path, "UPDATE meta SET country = ?", params=("c" * 100_000,))
    _sql(
        path,
        "INSERT INTO history (at, assessor, action, source) VALUES ('now', ?, 'answer', 'x')",
        params=("a" * 10**6,),
    )
    _sql(
        path,
        "INSERT INTO report_log (at, kind, file_name, sha256, signer, language) VALUES ('now', 'pdf', ?, 'x', ?, 'en')",
        params=("r\nVALID: x.pdf" * 10**5, "s" * 10**6),
    )
    with Assessment.open(path) as doc:
        note = doc.answer("D1.1.1").justification  # type: ignore[union-attr]
        assert MAX_NOTE_CHARS - 5 < len(note) <= MAX_NOTE_CHARS and note.endswith(
            "not shown: the file holds more than CyberAssess stores]"
        )
        assert f"[… {3_000_000 - note.index(' ['):,} more characters not shown" in note
        assert MAX_LINE_CHARS - 5 < len(doc.info.country) <= MAX_LINE_CHARS
        assert max(len(h.assessor) for h in doc.history()) <= MAX_LINE_CHARS
        [report] = doc.reports()
        assert report.file_name.isprintable() and len(report.file_name) <= MAX_LINE_CHARS
        assert report.signer is not None and len(report.signer) <= MAX_LINE_CHARS
        doc.set_answer("D1.1.1", 4)  # the stored note is kept as it is when it is not edited
        assert doc.answer("D1.1.1").justification == note  # type: ignore[union-attr]
    conn = sqlite3.connect(path)
    assert len(conn.execute("SELECT justification FROM answer").fetchone()[0]) == 3_000_000
    conn.close()
    with Assessment.open(path) as doc:  # the cut note, as shown, can be saved back (the window always sends it)
        doc.set_answer("D1.1.1", 5, justification=note)
        assert doc.answer("D1.1.1").justification == note  # type: ignore[union-attr]
