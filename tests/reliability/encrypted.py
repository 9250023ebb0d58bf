"""The hostile-file corpus for encrypted assessments (SQLCipher), built fresh for each run.

Encrypted files have a random salt, so they are made at run time rather than committed: a good
one, then copies broken the ways a stick or a person breaks them (cut short, a byte flipped in the
first page or further in, a zeroed tail, another passphrase) and copies whose content is hostile
(another application's database, a newer format, a missing table, an evidence name that tries to
leave its folder). Each runs through the real command line, with the passphrase in
``CYBERASSESS_DOC_PASSPHRASE`` (or without it), like :mod:`.corpus`.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .corpus import ASSESS, Case, Outcome, run_case

DOC_PASSPHRASE = "corpus-document-passphrase"
KIND = "encrypted"


def _sql(path: Path, *statements: str) -> None:
    from cyberassess.store import cipher

    conn = cipher.connect(path, DOC_PASSPHRASE.encode())
    try:
        conn.execute("PRAGMA ignore_check_constraints = ON")
        for statement in statements:
            conn.execute(statement)
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()


def _flip(data: bytes, offset: int) -> bytes:
    out = bytearray(data)
    out[offset] ^= 0x5A
    return bytes(out)


def build_encrypted(out: Path) -> dict[str, Path]:
    """The encrypted corpus in ``out``: name → file."""
    from cyberassess.store import Assessment

    out.mkdir(parents=True, exist_ok=True)
    base = out / "base.cyberassess"
    with Assessment.create(
        base, country="Cipherland", mission="hostile files", assessors=["C"], passphrase=DOC_PASSPHRASE
    ) as doc:
        for n, indicator in enumerate(doc.framework.indicator_ids()[:20]):
            doc.set_answer(indicator, n % 5 + 1, justification=f"note {n}")
        for i in range(4):
            doc.add_evidence("D1.1.1", data=bytes([i]) * 6000, name=f"e{i}.bin")
    data = base.read_bytes()
    files = {
        "good.cyberassess": data,
        "no-passphrase.cyberassess": data,
        "truncated-half.cyberassess": data[: len(data) // 2],
        "truncated-odd.cyberassess": data[:5000],
        "flipped-first-page.cyberassess": _flip(data, 100),
        "flipped-later-page.cyberassess": _flip(data, 4096 * 3 + 200),
        "zeroed-tail.cyberassess": data[: len(data) - 4096] + bytes(4096),
    }
    made: dict[str, Path] = {}
    for name, content in files.items():
        made[name] = out / name
        made[name].write_bytes(content)
    other = out / "other-passphrase.cyberassess"
    Assessment.create(other, country="X", mission="", passphrase="another passphrase entirely").close()
    made[other.name] = other
    variants = {
        "other-app.cyberassess": ("PRAGMA application_id = 0",),
        "newer-schema.cyberassess": ("PRAGMA user_version = 99",),
        "no-meta-table.cyberassess": ("DROP TABLE meta",),
        "evidence-traversal-name.cyberassess": ("UPDATE evidence SET file_name = '../../../../etc/cron.d/x'",),
    }
    for name, statements in variants.items():
        made[name] = out / name
        made[name].write_bytes(data)
        _sql(made[name], *statements)
    return made


EXTRACT = ["evidence", "{file}", "--extract", "all", "--to", "{out}"]
CASES: list[tuple[Case, list[str]]] = [
    (Case(KIND, "good.cyberassess", expect_exit=(0,), message="saved"), ASSESS),
    (Case(KIND, "no-passphrase.cyberassess", message="passphrase is needed"), ASSESS),
    (Case(KIND, "other-passphrase.cyberassess", message="passphrase does not open"), ASSESS),
    (Case(KIND, "truncated-half.cyberassess", message="damaged"), ASSESS),
    (Case(KIND, "truncated-odd.cyberassess", message="damaged"), ASSESS),
    (Case(KIND, "flipped-first-page.cyberassess", message="damaged"), ASSESS),
    (Case(KIND, "flipped-later-page.cyberassess", message="damaged"), ASSESS),
    (Case(KIND, "zeroed-tail.cyberassess", message="damaged"), ASSESS),
    (Case(KIND, "other-app.cyberassess", message="another application"), ASSESS),
    (Case(KIND, "newer-schema.cyberassess", message="newer CyberAssess"), ASSESS),
    (Case(KIND, "no-meta-table.cyberassess", message="missing"), ASSESS),
    (Case(KIND, "evidence-traversal-name.cyberassess", expect_exit=(0,), message="extracted"), EXTRACT),
]


def run_encrypted_corpus() -> list[Outcome]:
    """Every encrypted case through the real command line; the outcomes in order."""
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        made = build_encrypted(scratch / "files")
        env = {**os.environ, "CYBERASSESS_HOME": str(scratch / "home"), "CYBERASSESS_DOC_PASSPHRASE": DOC_PASSPHRASE}
        without = {k: v for k, v in env.items() if k != "CYBERASSESS_DOC_PASSPHRASE"}
        outcomes = []
        for case, argv in CASES:
            # the case without a passphrase also has no terminal: the command must say what to do
            chosen = without if case.name == "no-passphrase.cyberassess" else env
            outcomes.append(run_case(case, argv, made[case.name], scratch, chosen))
        return outcomes
