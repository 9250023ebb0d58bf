"""Encrypted assessments (SQLCipher): nothing in clear, the passphrase asked where needed, nothing lost."""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

from cyberassess.cli import main
from cyberassess.errors import CyberAssessError, InputError
from cyberassess.store import Assessment
from cyberassess.store.cipher import (
    PassphraseRequiredError,
    WrongPassphraseError,
    is_encrypted,
    set_passphrase_source,
)
from cyberassess.store.protect import decrypt_file, encrypt_file
from cyberassess.store.snapshot import read_snapshot

PASSPHRASE = "Doc-Passphrase-Unique-6631"
COUNTRY = "Republic of Zembla"
JUSTIFICATION = "Prosecutors lack any training on electronic evidence handling"
EVIDENCE = b"EVIDENCE-MARKER-9137 " * 200


def _needles() -> list[bytes]:
    return [
        text.encode(encoding)
        for text in (COUNTRY, JUSTIFICATION, "EVIDENCE-MARKER-9137")
        for encoding in ("utf-8", "utf-16-le")
    ]


def _fill(doc: Assessment) -> str:
    first = doc.framework.indicator_ids()[0]
    doc.set_answer(first, 3, justification=JUSTIFICATION, confidence="high")
    doc.add_evidence(first, data=EVIDENCE, name="interviews.txt")
    return first


@pytest.fixture
def encrypted(tmp_path: Path) -> Path:
    path = tmp_path / "secret.cyberassess"
    with Assessment.create(path, country=COUNTRY, mission="M", assessors=["Ann"], passphrase=PASSPHRASE) as doc:
        assert doc.encrypted
        _fill(doc)
    return path


def _clear_in(folder: Path) -> list[str]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            found += [f"{path.name}: {needle[:20]!r}" for needle in _needles() if needle in data]
    return found


def test_nothing_in_clear_in_the_file_or_its_journal(tmp_path: Path) -> None:
    path = tmp_path / "secret.cyberassess"
    doc = Assessment.create(path, country=COUNTRY, mission="M", passphrase=PASSPHRASE)
    try:
        _fill(doc)
        wal = path.with_name(path.name + "-wal")
        assert wal.exists() and wal.stat().st_size > 0  # the edits are in the (encrypted) WAL, not checkpointed
        assert _clear_in(tmp_path) == []
    finally:
        doc.close()
    assert _clear_in(tmp_path) == []
    assert is_encrypted(path)


def test_the_standard_sqlite3_cannot_read_it(encrypted: Path) -> None:
    conn = sqlite3.connect(encrypted)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="not a database"):
            conn.execute("SELECT * FROM sqlite_master").fetchall()
    finally:
        conn.close()


def test_it_opens_only_with_its_passphrase(encrypted: Path) -> None:
    before = encrypted.read_bytes()
    with pytest.raises(PassphraseRequiredError, match="encrypted"):
        Assessment.open(encrypted)
    with pytest.raises(WrongPassphraseError, match="does not open"):
        Assessment.open(encrypted, passphrase="not the passphrase")
    assert encrypted.read_bytes() == before  # a wrong passphrase changes nothing
    assert not encrypted.with_name(encrypted.name + ".lock").exists()  # and leaves no lock behind
    with Assessment.open(encrypted, passphrase=PASSPHRASE) as doc:
        first = doc.framework.indicator_ids()[0]
        assert doc.info.country == COUNTRY
        assert doc.answers()[first].justification == JUSTIFICATION
        (record,) = doc.evidence()
        assert doc.evidence_content(record.id) == EVIDENCE
        assert len(doc.history()) >= 3


def test_the_writer_lock_works_as_for_plain_files(encrypted: Path) -> None:
    with (
        Assessment.open(encrypted, passphrase=PASSPHRASE) as first,
        Assessment.open(encrypted, passphrase=PASSPHRASE) as second,
    ):
        assert not first.read_only and second.read_only
        assert "open for editing" in (second.read_only_reason or "")


def test_new_passphrases_follow_the_rules(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="too short"):
        Assessment.create(tmp_path / "a.cyberassess", country="X", mission="", passphrase="short")
    assert list(tmp_path.iterdir()) == []


def test_save_as_plain_encrypted_or_as_it_is(encrypted: Path, tmp_path: Path) -> None:
    with Assessment.open(encrypted, passphrase=PASSPHRASE) as doc:
        doc.save_as(tmp_path / "same.cyberassess")
        doc.save_as(tmp_path / "plain.cyberassess", passphrase=None)
        doc.save_as(tmp_path / "other.cyberassess", passphrase="another passphrase")
    assert is_encrypted(tmp_path / "same.cyberassess") and is_encrypted(tmp_path / "other.cyberassess")
    with Assessment.open(tmp_path / "same.cyberassess", passphrase=PASSPHRASE) as doc:
        assert doc.info.country == COUNTRY
    with Assessment.open(tmp_path / "other.cyberassess", passphrase="another passphrase") as doc:
        assert len(doc.evidence()) == 1
    with Assessment.open(tmp_path / "plain.cyberassess") as doc:
        assert not doc.encrypted and doc.info.country == COUNTRY
        doc.save_as(tmp_path / "again.cyberassess", passphrase=PASSPHRASE, switch=True)
        assert doc.encrypted and doc.path.name == "again.cyberassess"
        doc.set_answer(doc.framework.indicator_ids()[1], 2)  # it continues, encrypted, on the copy
    with Assessment.open(tmp_path / "again.cyberassess", passphrase=PASSPHRASE) as doc:
        assert len(doc.answers()) == 2
    for name in ("same", "other", "again"):
        data = (tmp_path / f"{name}.cyberassess").read_bytes()
        assert not any(needle in data for needle in _needles()), name


def test_the_plain_image_is_a_complete_assessment(encrypted: Path, tmp_path: Path) -> None:
    with Assessment.open(encrypted, passphrase=PASSPHRASE) as doc:
        image = doc.plain_image()
        answers, history = doc.answers(), len(doc.history())
    copy = tmp_path / "image.cyberassess"
    copy.write_bytes(image)
    with Assessment.open(copy) as doc:  # the full open checks integrity, tables and triggers work
        assert doc.answers() == answers and len(doc.history()) == history
        doc.set_answer(doc.framework.indicator_ids()[2], 1)


def test_encrypt_and_decrypt_files(demo_file: Path, tmp_path: Path) -> None:
    with Assessment.open(demo_file) as doc:
        country, answers = doc.info.country, doc.answers()
    encrypt_file(demo_file, PASSPHRASE)
    assert is_encrypted(demo_file) and country.encode() not in demo_file.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.cyberassess"]  # no leftover copy
    with pytest.raises(InputError, match="already encrypted"):
        encrypt_file(demo_file, PASSPHRASE)
    plain = decrypt_file(demo_file, tmp_path / "plain.cyberassess", passphrase=PASSPHRASE)
    with Assessment.open(plain) as doc:
        assert doc.answers() == answers
    with pytest.raises(InputError, match="not encrypted"):
        decrypt_file(plain, tmp_path / "x.cyberassess")


def test_encrypt_refuses_a_file_open_elsewhere(demo_file: Path) -> None:
    with Assessment.open(demo_file), pytest.raises(CyberAssessError, match="cannot be edited"):
        encrypt_file(demo_file, PASSPHRASE)
    assert not is_encrypted(demo_file)
    assert sorted(p.name for p in demo_file.parent.iterdir()) == ["demo.cyberassess"]


def test_the_snapshot_leaves_encrypted_files_to_the_full_open(encrypted: Path) -> None:
    assert read_snapshot(encrypted) is None


def test_the_passphrase_source_is_asked(encrypted: Path) -> None:
    asked: list[Path] = []

    def source(path: Path) -> bytes:
        asked.append(path)
        return PASSPHRASE.encode()

    previous = set_passphrase_source(source)
    try:
        with Assessment.open(encrypted) as doc:
            assert doc.encrypted
    finally:
        set_passphrase_source(previous)
    assert asked == [encrypted]


# ------------------------------------------------------------------ command line
@pytest.fixture
def doc_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CYBERASSESS_DOC_PASSPHRASE", PASSPHRASE)


def test_every_document_command_uses_the_passphrase(tmp_path: Path, doc_env: None,
                                                    capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    path = tmp_path / "cli.cyberassess"
    assert main(["new", str(path), "--country", COUNTRY, "--encrypt", "--framework", "mini"]) == 0
    assert "encrypted" in capsys.readouterr().out
    assert is_encrypted(path)
    assert main(["answer", str(path), "D1.1.1", "3", "--note", JUSTIFICATION]) == 0
    assert main(["status", str(path)]) == 0
    assert main(["score", str(path), "--json"]) == 0
    assert main(["evidence", str(path)]) == 0
    assert main(["export-xlsx", str(path), "-o", str(tmp_path / "m.xlsx")]) == 0
    assert main(["decrypt", str(path), "-o", str(tmp_path / "plain.cyberassess")]) == 0
    output = capsys.readouterr()
    assert PASSPHRASE not in output.out + output.err
    assert COUNTRY.encode() not in path.read_bytes()
    with Assessment.open(tmp_path / "plain.cyberassess") as doc:
        assert doc.answers()["D1.1.1"].justification == JUSTIFICATION


def test_doc_passphrase_file_and_no_terminal(encrypted: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    monkeypatch.delenv("CYBERASSESS_DOC_PASSPHRASE", raising=False)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False)
    assert main(["status", str(encrypted)]) == 1
    err = capsys.readouterr().err
    assert "encrypted" in err and "--doc-passphrase-file" in err and "Traceback" not in err
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n")
    assert main(["status", str(encrypted), "--doc-passphrase-file", str(secret)]) == 0
    secret.write_text("a wrong passphrase\n")
    assert main(["status", str(encrypted), "--doc-passphrase-file", str(secret)]) == 1
    assert "does not open" in capsys.readouterr().err


def test_the_prompt_asks_once_per_file(encrypted: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CYBERASSESS_DOC_PASSPHRASE", raising=False)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    prompts: list[str] = []

    def fake_getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        return PASSPHRASE

    monkeypatch.setattr("getpass.getpass", fake_getpass)
    assert main(["score", str(encrypted)]) == 0
    assert prompts == [f"Passphrase of {encrypted.name}: "]


def test_encrypt_command_in_place(demo_file: Path, doc_env: None, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["encrypt", str(demo_file)]) == 0
    out = capsys.readouterr().out
    assert "encrypted" in out and "Copies made before stay readable" in out
    assert is_encrypted(demo_file)
    assert main(["encrypt", str(demo_file)]) == 1
    assert main(["score", str(demo_file)]) == 0


def test_document_passphrase_is_never_a_command_line_argument(encrypted: Path) -> None:
    for args in (
        ["status", str(encrypted), "--doc-passphrase", PASSPHRASE],
        ["status", str(encrypted), "--doc-pass", PASSPHRASE],
        ["new", str(encrypted.with_name("n.cyberassess")), "--country", "X", "--encrypt", "--passphrase", PASSPHRASE],
    ):
        with pytest.raises(SystemExit) as exit_:
            main(args)
        assert exit_.value.code == 2


def test_no_passphrase_anywhere_on_disk(tmp_path: Path, user_home: Path, monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    import tempfile

    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    monkeypatch.setattr(tempfile, "tempdir", None)
    monkeypatch.setenv("CYBERASSESS_DOC_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("CYBERASSESS_PASSPHRASE", PASSPHRASE)
    work = tmp_path / "work"
    work.mkdir()
    doc = work / "d.cyberassess"
    assert main(["new", str(doc), "--country", COUNTRY, "--encrypt", "--framework", "mini"]) == 0
    assert main(["answer", str(doc), "D1.1.1", "2", "--note", JUSTIFICATION]) == 0
    assert main(["key", "create", str(work / "k.p12"), "--name", "K", "--org", "O"]) == 0
    assert main(["key", "export-cert", str(work / "k.p12"), "-o", str(work / "k.pem")]) == 0
    assert main(["seal", str(doc), "-o", str(work / "p.p7m"), "--to", str(work / "k.pem"), "--key",
                 str(work / "k.p12"), "--include", "xlsx,assessment"]) == 0  # fmt: skip
    assert main(["unseal", str(work / "p.p7m"), "--key", str(work / "k.p12"), "-o", str(work / "opened")]) == 0
    output = capsys.readouterr()
    assert PASSPHRASE not in output.out + output.err
    with Assessment.open(doc, passphrase=PASSPHRASE) as opened:
        history = "".join(f"{h.old}{h.new}{h.action}" for h in opened.history())
    assert PASSPHRASE not in history
    needles = [PASSPHRASE.encode("utf-8"), PASSPHRASE.encode("utf-16-le")]
    for path in [p for folder in (user_home, scratch, work) for p in folder.rglob("*") if p.is_file()]:
        data = path.read_bytes()
        assert not any(needle in data for needle in needles), path
    assert _clear_in(work / "opened") != []  # the unsealed copy is plain: the package was its protection
    os.remove(work / "opened" / "d.cyberassess")
    shutil.rmtree(work / "opened")
    assert _clear_in(work) == []  # neither the encrypted file nor the package show the content


def test_an_encrypted_old_format_is_migrated_with_an_encrypted_backup(tmp_path: Path) -> None:
    from cyberassess.store import cipher

    fixture = Path(__file__).parent / "fixtures" / "format1.cyberassess"
    path = tmp_path / "old.cyberassess"
    cipher.export_copy(fixture, None, path, PASSPHRASE.encode())  # the schema-1 fixture, encrypted
    assert is_encrypted(path)
    with Assessment.open(path, passphrase=PASSPHRASE) as doc:
        assert doc.migrated_from == 1 and doc.encrypted
        assert doc.answers()["D1.1.1"].justification == "Draft strategy only"
        backup = doc.backup_path
    assert backup is not None and is_encrypted(backup)  # the copy kept before upgrading is protected too
    conn = cipher.connect(backup, PASSPHRASE.encode(), read_only=True)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    finally:
        conn.close()
    assert b"Draft strategy only" not in path.read_bytes() + backup.read_bytes()


def test_copies_keep_the_schema_triggers_and_indexes(encrypted: Path, tmp_path: Path) -> None:
    from cyberassess.store import cipher

    def objects(path: Path, passphrase: str | None) -> list[str]:
        conn = cipher.connect(path, passphrase.encode(), read_only=True) if passphrase else sqlite3.connect(path)
        try:
            return sorted(f"{t}:{n}" for t, n in conn.execute("SELECT type, name FROM sqlite_master"))
        finally:
            conn.close()

    with Assessment.open(encrypted, passphrase=PASSPHRASE) as doc:
        doc.save_as(tmp_path / "plain.cyberassess", passphrase=None)
        (tmp_path / "image.cyberassess").write_bytes(doc.plain_image())
    expected = objects(encrypted, PASSPHRASE)
    assert "trigger:history_no_update" in expected
    assert objects(tmp_path / "plain.cyberassess", None) == expected
    assert objects(tmp_path / "image.cyberassess", None) == expected


def test_merging_encrypted_inputs_never_writes_them_in_clear_by_accident(
    encrypted: Path, tmp_path: Path, doc_env: None, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "other.cyberassess"
    with Assessment.create(other, country=COUNTRY, mission="M", assessors=["Bo"], passphrase=PASSPHRASE) as doc:
        doc.set_answer(doc.framework.indicator_ids()[1], 4, justification="second assessor")  # a second assessor
        framework = doc.framework.id
    merged = tmp_path / "merged.cyberassess"
    assert main(["merge", str(merged), str(encrypted), str(other)]) == 1
    assert "--encrypt" in capsys.readouterr().err and not merged.exists()
    assert main(["merge", str(merged), str(encrypted), str(other), "--encrypt", "--prefer", "newer"]) == 0
    assert is_encrypted(merged) and COUNTRY.encode() not in merged.read_bytes()
    with Assessment.open(merged, passphrase=PASSPHRASE) as doc:
        assert doc.framework.id == framework and len(doc.answers()) == 2
    plain = tmp_path / "plain.cyberassess"
    assert main(["merge", str(plain), str(encrypted), "--plain"]) == 0
    assert not is_encrypted(plain)
