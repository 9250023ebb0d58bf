from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from cyberassess.errors import (
    CorruptDocumentError,
    DocumentError,
    EvidenceError,
    FileLockedError,
    InputError,
    NotAnAssessmentError,
    ReadOnlyError,
)
from cyberassess.framework import get_framework
from cyberassess.store import KEEP, SCHEMA_VERSION, Assessment
from cyberassess.store.fileformat import APPLICATION_ID


def _new(path: Path) -> Assessment:
    return Assessment.create(
        path, country="Testland", mission="M", assessors=["Ada", "Bo"], framework=get_framework("mini")
    )


def test_create_records_framework_identity_and_meta(mini_doc: Assessment) -> None:
    info = mini_doc.info
    fw = get_framework("mini")
    assert (info.framework_id, info.framework_version, info.framework_hash) == ("mini", "0.1", fw.content_hash)
    assert info.schema_version == SCHEMA_VERSION and info.assessors == ("Ada",)
    assert len(info.file_uuid) == 36 and info.created_at.endswith("+00:00")
    raw = sqlite3.connect(mini_doc.path)
    assert raw.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_answer_is_durable_when_the_call_returns(mini_doc: Assessment) -> None:
    mini_doc.set_answer("D1.1.1", 3, justification="Strategy adopted 2024", confidence="high")
    # read with an independent connection while the document is still open: the commit is there
    raw = sqlite3.connect(mini_doc.path)
    row = raw.execute("SELECT value, justification, confidence, revision FROM answer").fetchone()
    assert row == ("3", "Strategy adopted 2024", "high", 1)


def test_set_answer_keeps_unspecified_fields_and_counts_revisions(mini_doc: Assessment) -> None:
    mini_doc.set_answer("D1.1.1", 2, justification="draft")
    rec = mini_doc.set_answer("D1.1.1", KEEP, confidence="low")
    assert (rec.value, rec.justification, rec.confidence, rec.revision) == (2, "draft", "low", 2)
    rec = mini_doc.set_answer("D1.1.1", "na")
    assert rec.value == "na" and rec.level is None and rec.rated
    same = mini_doc.set_answer("D1.1.1", "na")  # no change: no new revision, no history entry
    assert same.revision == rec.revision
    note_only = mini_doc.set_answer("D2.1.1", justification="to check")
    assert note_only.value is None and not note_only.rated


def test_every_edit_is_in_the_append_only_history(mini_doc: Assessment) -> None:
    mini_doc.set_answer("D1.1.1", 2, assessor="Bo")
    mini_doc.set_answer("D1.1.1", 4, assessor="Ada")
    mini_doc.clear_answer("D1.1.1")
    entries = [h for h in mini_doc.history() if h.action == "answer"]
    assert [(h.assessor, json.loads(h.old or "null"), json.loads(h.new or "null")) for h in entries] == [
        ("Bo", None, {"value": 2, "justification": "", "confidence": None}),
        (
            "Ada",
            {"value": 2, "justification": "", "confidence": None},
            {"value": 4, "justification": "", "confidence": None},
        ),
        ("Ada", {"value": 4, "justification": "", "confidence": None}, None),
    ]
    raw = sqlite3.connect(mini_doc.path)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        raw.execute("DELETE FROM history")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        raw.execute("UPDATE history SET assessor = 'Mallory'")


def test_invalid_answers_are_refused_without_writing(mini_doc: Assessment) -> None:
    for bad in ("6", "0", "maybe", "-1"):
        with pytest.raises(InputError):
            mini_doc.set_answer("D1.1.1", bad)
    with pytest.raises(InputError, match="not an indicator"):
        mini_doc.set_answer("D9.9.9", 3)
    with pytest.raises(InputError, match="confidence"):
        mini_doc.set_answer("D1.1.1", 3, confidence="very")
    assert mini_doc.answers() == {}


def test_evidence_round_trip_and_size_limit(mini_doc: Assessment, tmp_path: Path) -> None:
    source = tmp_path / "law.pdf"
    source.write_bytes(b"%PDF-1.4 law text")
    rec = mini_doc.add_evidence("D1.1.1", source)
    assert (rec.file_name, rec.mime_type, rec.size) == ("law.pdf", "application/pdf", 17)
    assert mini_doc.evidence_content(rec.id) == b"%PDF-1.4 law text"
    mini_doc.evidence_limit = 10
    with pytest.raises(EvidenceError, match="at most 10 bytes"):
        mini_doc.add_evidence("D1.1.1", source)
    assert len(mini_doc.evidence()) == 1
    out = tmp_path / "out"
    out.mkdir()
    assert mini_doc.extract_evidence(rec.id, out).read_bytes() == b"%PDF-1.4 law text"
    assert mini_doc.extract_evidence(rec.id, out).name == "law (2).pdf"  # never overwrites
    mini_doc.remove_evidence(rec.id)
    assert mini_doc.evidence() == []
    assert [h.action for h in mini_doc.history()][-2:] == ["evidence-add", "evidence-remove"]


@pytest.mark.parametrize(
    "name",
    [
        "../../etc/passwd",
        "/etc/shadow",
        "C:\\Windows\\system32\\x.dll",
        "CON",
        "lpt1.txt",
        "a" * 400 + ".pdf",
        "..",
        "",
        "nul.tar.gz",
        "re\x00port\n.doc",
        "évidence – rapport.pdf",
    ],
)
def test_evidence_names_never_escape_their_folder(mini_doc: Assessment, tmp_path: Path, name: str) -> None:
    rec = mini_doc.add_evidence("D1.1.1", data=b"x", name=name)
    out = tmp_path / "extract"
    out.mkdir()
    written = mini_doc.extract_evidence(rec.id, out)
    assert written.parent == out.resolve()
    assert len(written.name) <= 120
    assert written.stem.split(".")[0].upper() not in {"CON", "LPT1", "NUL"}


def test_second_writer_gets_read_only_or_refusal(tmp_path: Path) -> None:
    path = tmp_path / "shared.cyberassess"
    with _new(path) as first:
        first.set_answer("D1.1.1", 2)
        with pytest.raises(FileLockedError, match="open for editing by"):
            Assessment.open(path, allow_read_only=False)
        with Assessment.open(path) as second:
            assert second.read_only and "open for editing" in (second.read_only_reason or "")
            assert second.answer("D1.1.1").value == 2  # type: ignore[union-attr]
            with pytest.raises(ReadOnlyError):
                second.set_answer("D1.1.1", 5)
        first.set_answer("D1.1.2", 3)  # the first window is unaffected
    with Assessment.open(path, allow_read_only=False) as again:  # lock released on close
        assert not again.read_only


def test_lock_is_seen_by_another_process(tmp_path: Path) -> None:
    path = tmp_path / "proc.cyberassess"
    _new(path).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys,time; from cyberassess.store import Assessment;"
            "d=Assessment.open(sys.argv[1]); print('ready', flush=True); time.sleep(30)",
            str(path),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        with pytest.raises(FileLockedError):
            Assessment.open(path, allow_read_only=False)
    finally:
        holder.kill()
        holder.wait()
    with Assessment.open(path, allow_read_only=False) as doc:  # a dead holder leaves no lock
        assert not doc.read_only


def test_not_sqlite_other_app_truncated_and_corrupt_files(tmp_path: Path) -> None:
    text = tmp_path / "notes.cyberassess"
    text.write_text("hello")
    with pytest.raises(NotAnAssessmentError, match="not a CyberAssess assessment"):
        Assessment.open(text)
    empty = tmp_path / "empty.cyberassess"
    empty.write_bytes(b"")
    with pytest.raises(NotAnAssessmentError):
        Assessment.open(empty)
    other = tmp_path / "other.cyberassess"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(NotAnAssessmentError, match="another application"):
        Assessment.open(other)
    good = tmp_path / "good.cyberassess"
    with _new(good) as doc:
        for i in range(3):
            doc.add_evidence("D1.1.1", data=bytes(5000), name=f"e{i}.bin")
    data = good.read_bytes()
    truncated = tmp_path / "truncated.cyberassess"
    truncated.write_bytes(data[: len(data) // 2])
    with pytest.raises(CorruptDocumentError, match="truncated"):
        Assessment.open(truncated)
    corrupt = tmp_path / "corrupt.cyberassess"
    page = 4096
    corrupt.write_bytes(data[: page * 2] + bytes(range(256)) * (page // 256) + data[page * 3 :])
    with pytest.raises(CorruptDocumentError):
        Assessment.open(corrupt)
    assert good.read_bytes() == data  # nothing touched the original


def test_newer_schema_opens_read_only(tmp_path: Path) -> None:
    path = tmp_path / "future.cyberassess"
    _new(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    with Assessment.open(path) as doc:
        assert doc.read_only and "newer CyberAssess" in (doc.read_only_reason or "")
        assert doc.info.country == "Testland"
    with pytest.raises(DocumentError, match="newer CyberAssess"):
        Assessment.open(path, allow_read_only=False)


def test_save_as_writes_a_complete_copy_and_can_switch(mini_doc: Assessment, tmp_path: Path) -> None:
    mini_doc.set_answer("D1.1.1", 4)
    mini_doc.add_evidence("D1.1.1", data=b"abc", name="a.txt")
    target = tmp_path / "copy #1 (é).cyberassess"
    mini_doc.save_as(target, switch=True)
    assert mini_doc.path == target.resolve()
    mini_doc.set_answer("D1.1.2", 1)
    with Assessment.open(tmp_path / "mini.cyberassess", read_only=True) as original:
        assert set(original.answers()) == {"D1.1.1"}
    assert not list(tmp_path.glob(".*.tmp"))


def test_file_names_with_odd_characters(tmp_path: Path) -> None:
    for name in ["espace et accent é.cyberassess", "percent%20hash#q?.cyberassess", "مصر.cyberassess"]:
        with _new(tmp_path / name) as doc:
            doc.set_answer("D1.1.1", 1)
        with Assessment.open(tmp_path / name) as doc:
            assert doc.answer("D1.1.1") is not None


def test_create_refuses_to_overwrite_and_validates(tmp_path: Path) -> None:
    path = tmp_path / "a.cyberassess"
    _new(path).close()
    with pytest.raises(DocumentError, match="already exists"):
        _new(path)
    with pytest.raises(InputError, match="country"):
        Assessment.create(tmp_path / "b.cyberassess", country=" ", mission="", framework=get_framework("mini"))
    with pytest.raises(InputError, match="Target stage"):
        Assessment.create(
            tmp_path / "c.cyberassess", country="X", mission="", target_stage=7, framework=get_framework("mini")
        )
    assert not (tmp_path / "b.cyberassess").exists()


def test_closed_file_is_self_contained(tmp_path: Path) -> None:
    path = tmp_path / "x.cyberassess"
    with _new(path) as doc:
        doc.set_answer("D1.1.1", 2)
    assert not path.with_name(path.name + "-wal").exists()
    assert not path.with_name(path.name + ".lock").exists()
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_update_info_and_last_position(mini_doc: Assessment) -> None:
    mini_doc.update_info(country="Newland", target_stage=4, assessors=["Ada", "Cy"])
    mini_doc.set_last_position("D2.1.2")
    path = mini_doc.path
    mini_doc.close()
    with Assessment.open(path) as doc:
        assert (doc.info.country, doc.info.target_stage, doc.info.assessors) == ("Newland", 4, ("Ada", "Cy"))
        assert doc.info.last_indicator_id == "D2.1.2"
        assert doc.history()[-1].action == "details"
