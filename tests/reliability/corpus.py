"""The hostile-file corpus: every kind of file CyberAssess reads, broken in every way we know.

``tests/corpus/<kind>/`` holds the small files (rebuild them with
``python -m tests.reliability.corpus --build``); the few large ones are generated at run time, and
so are the hostile folders around a valid assessment (kind ``folder``, see :mod:`.folders`).
Each case runs the real command line in its own process and must end with a clear message and the
expected exit code: never a traceback, an "internal error", a crash or a hang.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from .folders import SETUPS

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
FRAMEWORK_SOURCE = Path(__file__).resolve().parent.parent / "fixtures" / "frameworks" / "mini"
PASSPHRASE = "corpus-passphrase"
TIMEOUT_S = 60


@dataclass(frozen=True)
class Case:
    kind: str  # assessment, folder (around an assessment), framework, key, pdf, xlsx
    name: str  # file or folder name under tests/corpus/<kind>/ (or generated)
    expect_exit: tuple[int, ...] = (1,)
    message: str = ""  # a fragment the output must contain
    generated: bool = False  # built at run time (too large to commit)
    setup: str = ""  # a hostile folder built at run time around a valid assessment (see folders.py)
    forbid: tuple[str, ...] = ()  # what the output must never contain (escape codes, forged lines)
    group: str = ""  # the row of the reliability table (default: the kind)
    absent: str = ""  # a fragment the output must not contain (e.g. a forged line)


@dataclass
class Outcome:
    case: Case
    exit_code: int | None
    output: str
    verdict: str  # "clear", "ok", "crash", "hang", "unclear", "wrong-exit", "missing"


# --------------------------------------------------------------------------- builders
def _base_assessment(folder: Path) -> Path:
    from cyberassess.store import Assessment

    path = folder / "base.cyberassess"
    with Assessment.create(path, country="Corpusland", mission="hostile files", assessors=["C"]) as doc:
        for n, indicator in enumerate(doc.framework.indicator_ids()[:20]):
            doc.set_answer(indicator, n % 5 + 1, justification=f"note {n}")
        for i in range(4):
            doc.add_evidence("D1.1.1", data=bytes([i]) * 6000, name=f"e{i}.bin")
    return path


def _sql(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def build_assessments(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        base = _base_assessment(Path(tmp))
        data = base.read_bytes()
    rng = random.Random(1)
    files: dict[str, bytes] = {
        "empty.cyberassess": b"",
        "text.cyberassess": b"Country: Meridia\nD1.1.1 = 3\n",
        "random.cyberassess": bytes(rng.getrandbits(8) for _ in range(8192)),
        "truncated-half.cyberassess": data[: len(data) // 2],
        "truncated-header.cyberassess": data[:60],
        "header-only.cyberassess": data[:100],
        "bad-magic.cyberassess": b"SQLite format 2\x00" + data[16:],
        "garbage-page.cyberassess": data[:8192] + bytes(rng.getrandbits(8) for _ in range(4096)) + data[12288:],
        "zeroed-tail.cyberassess": data[: len(data) - 4096] + bytes(4096),
        "xlsx-renamed.cyberassess": b"PK\x03\x04" + bytes(200),
        "pdf-renamed.cyberassess": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj\n%%EOF\n",
    }
    for name, content in files.items():
        (out / name).write_bytes(content)
    variants: dict[str, tuple[str, ...]] = {
        "other-app.cyberassess": ("PRAGMA application_id = 0",),
        "newer-schema.cyberassess": ("PRAGMA user_version = 99",),
        "version-zero.cyberassess": ("PRAGMA user_version = 0",),
        "no-meta-table.cyberassess": ("DROP TABLE meta",),
        "empty-meta.cyberassess": ("DELETE FROM meta",),
        "unknown-framework.cyberassess": ("UPDATE meta SET framework_id = 'no-such-framework'",),
        "bad-target-stage.cyberassess": ("UPDATE meta SET target_stage = 42",),
        "text-target-stage.cyberassess": ("UPDATE meta SET target_stage = 'high'",),
        "bad-answer-value.cyberassess": ("UPDATE answer SET value = 'banana' WHERE indicator_id = 'D1.1.1'",),
        "answer-value-nine.cyberassess": ("UPDATE answer SET value = '9' WHERE indicator_id = 'D1.1.2'",),
        "sql-in-text.cyberassess": (
            "UPDATE meta SET country = 'X''); DROP TABLE answer; --', mission = '\" OR 1=1 --'",
            "UPDATE answer SET justification = '''; DELETE FROM history; --'",
        ),
        "evidence-traversal-name.cyberassess": ("UPDATE evidence SET file_name = '../../../../etc/cron.d/x'",),
        "assessors-not-json.cyberassess": ("UPDATE meta SET assessors = '{not json'",),
        # Schema objects that are not the app's own run on every edit.
        "trigger-rewrites-answer.cyberassess": (
            "CREATE TRIGGER keep_five AFTER UPDATE ON answer BEGIN "
            "UPDATE answer SET value = '5' WHERE indicator_id = NEW.indicator_id AND value <> '5'; END",
        ),
        "trigger-floods-rows.cyberassess": (
            "CREATE TRIGGER flood AFTER INSERT ON history BEGIN INSERT INTO report_log (at, kind, file_name, sha256,"
            " language) WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000)"
            " SELECT 'x', 'pdf', 'x', 'x', 'en' FROM n; END",
        ),
        "trigger-named-like-the-apps.cyberassess": (
            "DROP TRIGGER history_no_update",
            "CREATE TRIGGER history_no_update AFTER UPDATE ON answer BEGIN DELETE FROM evidence; END",
        ),
        "view-added.cyberassess": ("CREATE VIEW everything AS SELECT * FROM answer",),
        "table-added.cyberassess": ("CREATE TABLE extra (x)",),
        "foreign-key-cascade.cyberassess": (
            "PRAGMA writable_schema = ON",
            "UPDATE sqlite_master SET sql = replace(sql, 'indicator_id VARCHAR NOT NULL,', "
            "'indicator_id VARCHAR NOT NULL REFERENCES answer (indicator_id) ON UPDATE CASCADE ON DELETE CASCADE,')"
            " WHERE name = 'evidence'",
        ),
        "generated-column.cyberassess": (
            "ALTER TABLE answer ADD COLUMN shadow BLOB"
            " GENERATED ALWAYS AS (zeroblob(length(justification) * 100000)) VIRTUAL",
        ),
        # Evidence changed behind CyberAssess's back.
        "evidence-content-text.cyberassess": ("UPDATE evidence SET content = 'plain text, not a file'",),
        "evidence-hash-mismatch.cyberassess": ("UPDATE evidence SET content = zeroblob(6000) WHERE id = 2",),
        "evidence-name-escapes.cyberassess": (
            "UPDATE evidence SET file_name = 'e' || char(27) || '[2J' || char(10) || 'VALID: forged.pdf' WHERE id = 1",
        ),
        "evidence-rtl-name.cyberassess": (
            "UPDATE evidence SET file_name = 'report.pdf' || char(8238) || 'gpj.exe' WHERE id = 1",
        ),
    }
    for name, statements in variants.items():
        target = out / name
        target.write_bytes(data)
        _sql(target, *statements)
    (out / "folder.cyberassess").mkdir(exist_ok=True)
    (out / "folder.cyberassess" / "README").write_text("a folder, not a file")
    header_v3 = bytearray(data)
    header_v3[18] = 3  # SQLite's "file format write version": only 1 and 2 exist
    (out / "write-version-3.cyberassess").write_bytes(bytes(header_v3))


def build_frameworks(out: Path) -> None:
    import yaml

    out.mkdir(parents=True, exist_ok=True)

    def variant(
        name: str, edit: Callable[[dict], None] | None = None, raw: str | None = None, file: str = "d1.yaml"
    ) -> None:
        folder = out / name
        if folder.exists():
            shutil.rmtree(folder)
        shutil.copytree(FRAMEWORK_SOURCE, folder)
        if raw is not None:
            (folder / file).write_text(raw, encoding="utf-8")
        elif edit is not None:
            data = yaml.safe_load((folder / file).read_text(encoding="utf-8"))
            edit(data)
            (folder / file).write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")

    first = lambda d: d["sections"][0]["indicators"][0]  # noqa: E731
    variant("missing-guidance", lambda d: first(d).pop("guidance"))
    variant("missing-stage", lambda d: first(d)["stages"].pop(3))
    variant("duplicate-id", lambda d: d["sections"][0]["indicators"][1].update(id=first(d)["id"]))
    variant("weight-is-text", lambda d: first(d).update(weight="heavy"))
    variant("stages-is-list", lambda d: first(d).update(stages=["a", "b"]))
    variant("question-is-number", lambda d: first(d).update(question=42))
    variant("no-english", lambda d: first(d).update(question={"fr": "Seulement en français"}))
    variant("unknown-instrument", lambda d: first(d).update(references=[{"instrument": "treaty-x", "article": "1"}]))
    variant("wrong-dimension-number", lambda d: d.update(number=7))
    variant("not-yaml", raw="id: D1\n  - [unclosed\n\t: tab")
    variant("empty-file", raw="")
    variant("binary-file", raw="\x00\x01\x02 PK garbage")
    variant(
        "yaml-billion-laughs",
        raw="a: &a ['x','x','x','x','x','x','x','x','x']\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
        "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
        "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n"
        "id: D1\nsections: [*f]\n",
    )
    variant("python-tag", raw="!!python/object/apply:os.system ['echo pwned']\n")
    variant("dimension-outside-folder", raw=None)
    manifest = out / "dimension-outside-folder" / "framework.yaml"
    data = yaml.safe_load(manifest.read_text())
    data["dimensions"][0] = "../../../../etc/passwd"
    manifest.write_text(yaml.safe_dump(data))
    variant("yaml-nested-deep", raw="id: D1\nnumber: 1\nsummary: " + "[" * 500 + "]" * 500 + "\n")
    variant("yaml-block-nested-deep", raw="".join(f"{'  ' * n}k{n}:\n" for n in range(100)) + "  " * 100 + "x\n")
    variant("text-too-long", lambda d: first(d).update(question={"en": "Is it long? " * 2500}))
    variant("dimension-list-1000", raw=None)
    manifest = out / "dimension-list-1000" / "framework.yaml"
    data = yaml.safe_load(manifest.read_text())
    data["dimensions"] = ["d1.yaml"] * 1000
    manifest.write_text(yaml.safe_dump(data))
    json_texts = (("json-nested-deep", "[" * 5000 + "]" * 5000), ("json-nested-strings", '["' + "[{" * 100 + '"]'))
    for name, text in json_texts:
        folder = out / name
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir()
        (folder / "framework.json").write_text(text + "\n")
    variant("missing-dimension-file")
    (out / "missing-dimension-file" / "d2.yaml").unlink()
    variant("overlay-unknown-id")
    (out / "overlay-unknown-id" / "d1.fr.yaml").write_text("language: fr\nD1.9.9: {question: x}\n")


def build_keys(out: Path) -> None:
    """PKCS#12 files that must be refused with a clear message (the passphrase is PASSPHRASE)."""
    from datetime import UTC, datetime, timedelta

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    out.mkdir(parents=True, exist_ok=True)
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Corpus Signer")])

    def cert(days_from: int, days_to: int) -> x509.Certificate:
        now = datetime.now(UTC)
        return (
            x509.CertificateBuilder()
            .subject_name(name)
            .issuer_name(name)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now + timedelta(days=days_from))
            .not_valid_after(now + timedelta(days=days_to))
            .sign(key, hashes.SHA256())
        )

    enc = serialization.BestAvailableEncryption(PASSPHRASE.encode())
    good = pkcs12.serialize_key_and_certificates(b"corpus", key, cert(-1, 3650), None, enc)
    (out / "wrong-passphrase.p12").write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"corpus", key, cert(-1, 3650), None, serialization.BestAvailableEncryption(b"another passphrase")
        )
    )
    (out / "expired.p12").write_bytes(pkcs12.serialize_key_and_certificates(b"corpus", key, cert(-400, -30), None, enc))
    (out / "not-yet-valid.p12").write_bytes(
        pkcs12.serialize_key_and_certificates(b"corpus", key, cert(7300, 7700), None, enc)
    )
    (out / "certificate-only.p12").write_bytes(
        pkcs12.serialize_key_and_certificates(b"c", None, cert(-1, 9), None, enc)
    )
    (out / "truncated.p12").write_bytes(good[: len(good) // 2])
    (out / "empty.p12").write_bytes(b"")
    (out / "random.p12").write_bytes(bytes(random.Random(2).getrandbits(8) for _ in range(2048)))
    (out / "pem-certificate.p12").write_bytes(cert(-1, 9).public_bytes(serialization.Encoding.PEM))


def build_pdfs(out: Path) -> None:
    """Signed reports, tampered with in every way ``verify`` must notice (a small assessment keeps them small)."""
    from cyberassess.report import create_key, export_pdf
    from cyberassess.store import Assessment

    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        key = create_key(work / "k.p12", name="Corpus Signer", org="QA", passphrase=PASSPHRASE.encode())
        with Assessment.create(work / "a.cyberassess", country="Pdfland", mission="corpus", assessors=["C"]) as doc:
            doc.set_answer("D1.1.1", 2, justification="A short note.")
            export_pdf(doc, work / "signed.pdf", key_file=key.path, passphrase=PASSPHRASE.encode())
            export_pdf(doc, work / "unsigned.pdf")
        signed = (work / "signed.pdf").read_bytes()
        unsigned = (work / "unsigned.pdf").read_bytes()
    rng = random.Random(3)
    marker = signed.find(b"/Contents <")
    contents_start = marker + len(b"/Contents <")
    byte_range_at = signed.find(b"/ByteRange")
    middle = len(signed) // 3
    flipped = bytearray(signed)
    flipped[middle] = (flipped[middle] + 1) % 256
    zeroed = bytearray(signed)
    zeroed[contents_start : contents_start + 400] = b"0" * 400
    broken_range = bytearray(signed)
    broken_range[byte_range_at : byte_range_at + 24] = b"/ByteRange [0 1 2 3]    "
    files = {
        "one-byte-changed.pdf": bytes(flipped),
        "truncated.pdf": signed[: len(signed) // 2],
        "signature-zeroed.pdf": bytes(zeroed),
        "byte-range-forged.pdf": bytes(broken_range),
        "appended-update.pdf": signed + b"\n1 0 obj\n<< /Type /Catalog >>\nendobj\nxref\n0 0\ntrailer\n<< >>\n%%EOF\n",
        "trailing-garbage.pdf": signed + b"garbage after the end",
        "unsigned.pdf": unsigned,
        "signed.pdf": signed,
        "empty.pdf": b"",
        "random.pdf": bytes(rng.getrandbits(8) for _ in range(4096)),
        "text.pdf": b"This is not a PDF, only a note saved as report.pdf\n",
        "header-only.pdf": b"%PDF-1.7\n%%EOF\n",
        "zip-renamed.pdf": b"PK\x03\x04" + bytes(300),
    }
    for name, content in files.items():
        (out / name).write_bytes(content)
    from .hostile_pdfs import build_forgeries

    for name, content in build_forgeries(signed, unsigned).items():
        (out / name).write_bytes(content)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "assessment": build_assessments,
    "framework": build_frameworks,
    "key": build_keys,
    "pdf": build_pdfs,
}


def _many_indicators(folder: Path, count: int) -> Path:
    """A JSON framework of ``count`` indicators in ten dimension files (only ids: the count is the point)."""
    import json

    import yaml

    manifest = yaml.safe_load((FRAMEWORK_SOURCE / "framework.yaml").read_text(encoding="utf-8"))
    folder.mkdir()
    per_dimension = count // 10
    manifest["dimensions"] = [f"d{n}.json" for n in range(1, 11)]
    (folder / "framework.json").write_text(json.dumps(manifest), encoding="utf-8")
    for n in range(1, 11):
        indicators = [{"id": f"D{n}.1.{i}"} for i in range(1, per_dimension + 1)]
        dimension = {"id": f"D{n}", "number": n, "sections": [{"id": f"D{n}.1", "indicators": indicators}]}
        (folder / f"d{n}.json").write_text(json.dumps(dimension), encoding="utf-8")
    return folder


def build_generated(work: Path) -> dict[str, Path]:
    """The large inputs, made fresh for each run (never committed)."""
    from cyberassess.store import Assessment

    made: dict[str, Path] = {"base": _base_assessment(work)}
    huge = work / "huge-blob.cyberassess"
    with Assessment.create(huge, country="Bigland", mission="huge blob", assessors=["C"]) as doc:
        doc.evidence_limit = 200 * 1024 * 1024
        doc.add_evidence("D1.1.1", data=bytes(70 * 1024 * 1024), name="disk-image.bin")
    made["assessment/huge-blob.cyberassess"] = huge
    big_framework = work / "huge-framework"
    shutil.copytree(FRAMEWORK_SOURCE, big_framework)
    with open(big_framework / "d1.yaml", "w", encoding="utf-8") as handle:
        handle.write("id: D1\nnumber: 1\nsummary: {en: " + "x" * (25 * 1024 * 1024) + "}\n")
    made["framework/huge-file"] = big_framework
    deep = work / "json-nested-200000"
    deep.mkdir()
    (deep / "framework.json").write_text("[" * 200_000 + "]" * 200_000)
    made["framework/json-nested-200000"] = deep
    made["framework/indicators-100000"] = _many_indicators(work / "indicators-100000", 100_000)
    from cyberassess.demo import write_demo

    made["demo"] = write_demo(work / "demo.cyberassess")
    from .hostile_pdfs import build_large_and_special

    made.update(build_large_and_special(work, CORPUS / "pdf" / "signed.pdf"))
    return made


ASSESS = ["answer", "{file}", "D1.1.1", "3"]
CASES: list[tuple[Case, list[str]]] = [
    *[
        (Case("assessment", n, message=m), ASSESS)
        for n, m in [
            ("empty.cyberassess", "not a CyberAssess assessment"),
            ("text.cyberassess", "not a CyberAssess assessment"),
            ("random.cyberassess", "not a CyberAssess assessment"),
            ("truncated-half.cyberassess", "truncated"),
            ("truncated-header.cyberassess", "truncated"),
            ("header-only.cyberassess", "truncated"),
            ("bad-magic.cyberassess", "not a CyberAssess assessment"),
            ("garbage-page.cyberassess", "damaged"),
            ("zeroed-tail.cyberassess", "damaged"),
            ("xlsx-renamed.cyberassess", "not a CyberAssess assessment"),
            ("pdf-renamed.cyberassess", "not a CyberAssess assessment"),
            ("other-app.cyberassess", "another application"),
            ("newer-schema.cyberassess", "newer CyberAssess"),
            ("version-zero.cyberassess", "file format version"),
            ("no-meta-table.cyberassess", "missing"),
            ("empty-meta.cyberassess", "no assessment record"),
            ("unknown-framework.cyberassess", "not installed"),
            ("bad-target-stage.cyberassess", "target_stage"),
            ("text-target-stage.cyberassess", "target_stage"),
            ("bad-answer-value.cyberassess", "damaged"),
            ("folder.cyberassess", "is a folder"),
            ("write-version-3.cyberassess", "file format versions"),
            ("trigger-rewrites-answer.cyberassess", 'trigger "keep_five" on answer'),
            ("trigger-floods-rows.cyberassess", 'trigger "flood" on history'),
            ("trigger-named-like-the-apps.cyberassess", 'trigger "history_no_update" on answer'),
            ("view-added.cyberassess", 'view "everything"'),
            ("table-added.cyberassess", 'table "extra"'),
            ("foreign-key-cascade.cyberassess", "a foreign key on evidence"),
            ("generated-column.cyberassess", 'a generated column "shadow" on answer'),
        ]
    ],
    *[
        (Case("assessment", n, message=m), ["evidence", "{file}", "--extract", "all", "--to", "{out}"])
        for n, m in [
            ("evidence-content-text.cyberassess", "not as a file"),
            ("evidence-hash-mismatch.cyberassess", "no longer matches the SHA-256"),
        ]
    ],
    (
        Case("assessment", "evidence-name-escapes.cyberassess", (0,), "e_[2J_VALID", forbid=("\x1b", "\nVALID")),
        ["evidence", "{file}"],
    ),
    (
        Case("assessment", "evidence-rtl-name.cyberassess", (0,), "extracted", forbid=("\u202e",)),
        ["evidence", "{file}", "--extract", "all", "--to", "{out}"],
    ),
    *[
        (Case("folder", n, message=m, setup=n), ASSESS)
        for n, m in [
            ("lock-symlink", "lock file folder.cyberassess.lock is a symbolic link"),
            ("lock-hardlink", "is a hard link"),
            ("lock-fifo", "not a plain file"),
            ("wal-symlink", "folder.cyberassess-wal beside it is a symbolic link"),
            ("shm-hardlink", "folder.cyberassess-shm beside it is a hard link"),
            ("journal-symlink", "folder.cyberassess-journal beside it is a symbolic link"),
            ("wal-of-another-assessment", "holds changes of another assessment"),
            ("wal-of-another-layout", "holds changes that do not belong to it"),
            ("hot-journal", "rollback journal"),
            ("second-hard-link", "2 names (hard links)"),
            ("symlink-to-a-file-open-elsewhere", "open for editing by"),
            ("fifo-document", "not a plain file"),
            ("link-to-dev-zero", "not a plain file"),
        ]
    ],
    (Case("folder", "wal-of-a-killed-writer", (0,), "saved", setup="wal-of-a-killed-writer"), ASSESS),
    (
        Case("assessment", "huge-justification", (0,), "report.pdf", setup="huge-justification"),
        ["export-pdf", "{file}", "-o", "{out}/report.pdf"],
    ),
    (
        Case("assessment", "note-too-long", message="too long (25,000 characters; at most 20,000)", setup="plain-copy"),
        ["answer", "{file}", "D1.1.1", "3", "--note", "x" * 25_000],
    ),
    (Case("assessment", "answer-value-nine.cyberassess", message="not valid"), ["score", "{file}"]),
    (Case("assessment", "sql-in-text.cyberassess", expect_exit=(0,), message="saved"), ASSESS),
    (Case("assessment", "assessors-not-json.cyberassess", expect_exit=(0,), message="saved"), ASSESS),
    (
        Case("assessment", "evidence-traversal-name.cyberassess", expect_exit=(0,), message="extracted"),
        ["evidence", "{file}", "--extract", "all", "--to", "{out}"],
    ),
    (Case("assessment", "huge-blob.cyberassess", expect_exit=(0,), generated=True), ["status", "{file}"]),
    *[
        (Case("framework", n, message=m), ["framework", "check", "{file}"])
        for n, m in [
            ("missing-guidance", "guidance"),
            ("missing-stage", "stages"),
            ("duplicate-id", "duplicate"),
            ("weight-is-text", "weight"),
            ("stages-is-list", "stages"),
            ("question-is-number", "question"),
            ("no-english", "English"),
            ("unknown-instrument", "treaty-x"),
            ("wrong-dimension-number", "D1"),
            ("not-yaml", "not valid YAML"),
            ("empty-file", "d1.yaml"),
            ("binary-file", "d1.yaml"),
            ("yaml-billion-laughs", "aliases"),
            ("python-tag", "not valid YAML"),
            ("dimension-outside-folder", "outside the framework folder"),
            ("missing-dimension-file", "not found"),
            ("overlay-unknown-id", "no such id"),
            ("yaml-nested-deep", "nested more than 32 levels"),
            ("yaml-block-nested-deep", "nested more than 32 levels"),
            ("json-nested-deep", "nested more than 32 levels"),
            ("json-nested-strings", "expected a mapping"),  # brackets inside strings do not count as nesting
            ("text-too-long", "at most 20,000"),
            ("dimension-list-1000", "at most 30"),
        ]
    ],
    (Case("framework", "huge-file", message="larger than", generated=True), ["framework", "check", "{file}"]),
    *[
        (Case("framework", n, message=m, generated=True), ["framework", "check", "{file}"])
        for n, m in [
            ("json-nested-200000", "nested more than 32 levels"),
            ("indicators-100000", "more than 2,000 indicators"),
        ]
    ],
    *[
        (Case("key", n, message=m), ["export-pdf", "{demo}", "-o", "{out}/report.pdf", "--key", "{file}"])
        for n, m in [
            ("wrong-passphrase.p12", "passphrase"),
            ("expired.p12", "expired"),
            ("not-yet-valid.p12", "not valid"),
            ("certificate-only.p12", "private key"),
            ("truncated.p12", "key"),
            ("empty.p12", "key"),
            ("random.p12", "key"),
            ("pem-certificate.p12", "key"),
        ]
    ],
    *[
        (Case("pdf", n, message="INVALID"), ["verify", "{file}"])
        for n in [
            "one-byte-changed.pdf",
            "truncated.pdf",
            "signature-zeroed.pdf",
            "byte-range-forged.pdf",
            "appended-update.pdf",
            "trailing-garbage.pdf",
            "empty.pdf",
            "random.pdf",
            "text.pdf",
            "header-only.pdf",
            "zip-renamed.pdf",
        ]
    ],
    (Case("pdf", "unsigned.pdf", expect_exit=(2,), message="UNSIGNED"), ["verify", "{file}"]),
]

# Issue #14: forged and weak signatures (tests/reliability/hostile_pdfs.py builds them).
FORGED = "forged signatures, weak keys, untrusted names"
SIZES = "oversized, crafted and special files"
CASES += [
    (Case("pdf", name, expect_exit=code, message=message, group=FORGED, absent=absent), ["verify", "{file}"])
    for name, code, message, absent in [
        ("signed.pdf", (0,), "VALID", ""),
        ("contents-literal-approved.pdf", (1,), "rewritten to hide a change", "\nVALID:"),
        ("approved-update.pdf", (1,), "incremental update", "\nVALID:"),
        ("signature-field-removed.pdf", (1,), "signed and then changed", "\nUNSIGNED:"),
        ("subfilter-changed.pdf", (1,), "signed and then changed", "\nUNSIGNED:"),
        ("rsa-1024-signer.pdf", (1,), "RSA with 1024 bits", "\nVALID:"),
        ("sha1-digest.pdf", (1,), "SHA-1", "\nVALID:"),
        ("unknown-root.pdf", (0,), "confirm the fingerprint", "certification authority"),
        ("certificate-escapes.pdf", (0,), r"0000 1111 2222 3333\x1b[8m", "\n    0000 1111"),
        ("encrypted-signed.pdf", (1,), "is encrypted", "damaged"),
    ]
]
CASES += [
    (Case("pdf", name, message=message, generated=True, group=SIZES, absent=absent), ["verify", "{file}"])
    for name, message, absent in [
        ("header-then-200mb.pdf", "too large", ""),
        ("signed-plus-200mb.pdf", "too large", ""),
        ("zeros-with-startxref.pdf", "bounded effort", ""),
        ("xref-two-million.pdf", "bounded effort", ""),
        ("nested-deep.pdf", "cannot be read", ""),
        ("fifo.pdf", "a pipe (FIFO)", ""),
        ("dev-zero.pdf", "a device", ""),
        ("newline-in-name.pdf", "modified after signing", "\nVALID:"),
    ]
]
CASES += [
    (
        Case("key", name, message=message, generated=True, group=SIZES),
        ["export-pdf", "{demo}", "-o", "{out}/report.pdf", "--key", "{file}"],
    )
    for name, message in [("fifo.p12", "a pipe (FIFO)"), ("dev-zero.p12", "a device")]
]


def _classify(case: Case, code: int | None, output: str) -> str:
    if code is None:
        return "hang"
    if code < 0 or "Traceback" in output or "internal error" in output:
        return "crash"
    if code not in case.expect_exit:
        return "wrong-exit"
    if case.message and case.message.lower() not in output.lower():
        return "unclear"
    if case.absent and case.absent in "\n" + output:  # "\nVALID:" is a line starting with it
        return "unclear"
    return "clear" if code != 0 else "ok"


def run_case(case: Case, argv: list[str], file: Path, scratch: Path, env: dict[str, str]) -> Outcome:
    if not file.exists():
        return Outcome(case, None, f"{file} is missing", "missing")
    out = scratch / f"out-{case.kind}-{case.name}"
    out.mkdir(parents=True, exist_ok=True)
    target = file
    setup = SETUPS[case.setup] if case.setup else None
    if setup is not None:
        target = setup.build(out, file)
    elif case.kind == "assessment" and file.is_file():  # commands may write: work on a copy
        target = out / file.name
        shutil.copy(file, target)
    values = {"file": str(target), "out": str(out), "demo": env.get("CORPUS_DEMO", "")}
    args = [a.format(**values) for a in argv]
    try:
        result = subprocess.run(
            [sys.executable, "-m", "cyberassess", *args],
            stdin=subprocess.DEVNULL,  # nothing may wait for a prompt
            capture_output=True,
            text=True,
            timeout=TIMEOUT_S,
            env=env,
            check=False,
        )
    except subprocess.TimeoutExpired:
        if setup is not None:
            setup.check(out)
        return Outcome(case, None, "timed out", "hang")
    output = result.stdout + result.stderr
    verdict = _classify(case, result.returncode, output)
    if verdict in ("ok", "clear") and any(bad in output for bad in case.forbid):
        verdict, output = "unclear", f"{output}\n(the output holds one of {case.forbid!r})"
    if verdict in ("ok", "clear") and "--extract" in argv:
        extracted = [p for p in out.rglob("*") if p != target]
        escaped = [p for p in out.rglob("*") if not p.resolve().is_relative_to(out.resolve())]
        unsafe = [
            p.name for p in extracted if p.stat().st_size == 0 or p.name.endswith(".tmp") or not p.name.isprintable()
        ]
        if escaped or unsafe or (result.returncode == 0 and not extracted):
            verdict, output = "unclear", f"{output}\n(left in the folder: {unsafe or escaped or 'nothing'})"
    if setup is not None and (problem := setup.check(out)) and verdict in ("ok", "clear"):
        verdict, output = "unclear", f"{output}\n({problem})"
    return Outcome(case, result.returncode, output, verdict)


def run_corpus(
    kinds: set[str] | None = None,
    workers: int = 2,
    extra: list[tuple[Case, list[str]]] | None = None,
    env_extra: dict[str, str] | None = None,
) -> list[Outcome]:
    """Run every case (of ``kinds``, if given) and return the outcomes, in corpus order."""
    cases = [c for c in [*CASES, *(extra or [])] if kinds is None or c[0].kind in kinds]
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        generated = build_generated(scratch)
        env = {
            **os.environ,
            "CORPUS_DEMO": str(generated["demo"]),
            "CYBERASSESS_PASSPHRASE": PASSPHRASE,
            "CYBERASSESS_HOME": str(scratch / "home"),
            **(env_extra or {}),
        }

        def one(item: tuple[Case, list[str]]) -> Outcome:
            case, argv = item
            key = f"{case.kind}/{case.name}"
            file = generated["base"] if case.setup else generated.get(key, CORPUS / case.kind / case.name)
            return run_case(case, argv, file, scratch, env)

        with ThreadPoolExecutor(max_workers=workers) as pool:
            return list(pool.map(one, cases))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--build", action="store_true", help="rebuild the committed corpus files")
    args = parser.parse_args()
    if args.build:
        for kind, builder in BUILDERS.items():
            builder(CORPUS / kind)
            print(f"built {kind}: {len(list((CORPUS / kind).iterdir()))} inputs")
        return 0
    outcomes = run_corpus()
    for o in outcomes:
        print(f"{o.verdict:<10} {o.case.kind}/{o.case.name}: {o.output.strip().splitlines()[-1:] or ''}")
    return 0 if all(o.verdict in ("ok", "clear") for o in outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
