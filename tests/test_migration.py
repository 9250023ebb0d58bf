from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from cyberassess.errors import DocumentError
from cyberassess.store import SCHEMA_VERSION, Assessment

FIXTURE = Path(__file__).parent / "fixtures" / "format1.cyberassess"


def test_format1_fixture_is_really_schema_1() -> None:
    conn = sqlite3.connect(f"file:{FIXTURE}?mode=ro", uri=True)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    columns = {row[1] for row in conn.execute("PRAGMA table_info(meta)")}
    assert "last_indicator_id" not in columns
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "merge_input" not in tables


def test_format1_file_is_migrated_after_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "old.cyberassess"
    shutil.copy(FIXTURE, path)
    with Assessment.open(path) as doc:
        assert doc.migrated_from == 1
        assert doc.backup_path is not None and doc.backup_path.exists()
        backup_path = doc.backup_path
        assert doc.info.schema_version == SCHEMA_VERSION
        answers = doc.answers()
        assert answers["D1.1.1"].value == 2 and answers["D1.1.1"].justification == "Draft strategy only"
        assert answers["D5.1.1"].value == "unknown"
        assert [e.file_name for e in doc.evidence()] == ["act.txt"]
        doc.set_last_position("D3.1.1")  # new in schema 2
        doc.set_answer("D1.1.2", 3)
    with Assessment.open(path) as doc:
        assert doc.migrated_from is None and doc.info.last_indicator_id == "D3.1.1"
    backup = sqlite3.connect(backup_path)  # the backup is the untouched old file
    assert backup.execute("PRAGMA user_version").fetchone()[0] == 1
    assert backup.execute("SELECT count(*) FROM answer").fetchone()[0] == 3


def test_a_failing_migration_leaves_the_file_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from cyberassess.store import migrations

    path = tmp_path / "old.cyberassess"
    shutil.copy(FIXTURE, path)

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE meta ADD COLUMN last_indicator_id VARCHAR")
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setitem(migrations.STEPS, 1, broken)
    with pytest.raises(DocumentError):
        Assessment.open(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert "last_indicator_id" not in {row[1] for row in conn.execute("PRAGMA table_info(meta)")}
