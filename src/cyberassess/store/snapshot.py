"""A quick, read-only look at an assessment file: what the first screen shows.

The desktop app paints an assessment from a :class:`Snapshot` (the details, the answers, the
list of evidence files) read here with the standard library's ``sqlite3`` in one read
transaction, while the full :meth:`.Assessment.open` (SQLAlchemy, writer lock, integrity check,
migrations) runs in the background; edits wait for that. Nothing here writes to the file.

:func:`read_snapshot` raises the same errors as :meth:`.Assessment.open` for files that are not
assessments or are visibly damaged, and returns ``None`` when only the full open can read the
file (an older format that must be upgraded first, a newer one, a read-only medium that needs
special handling, an encrypted file that needs its passphrase).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ..errors import DocumentError
from .cipher import is_encrypted
from .fileformat import (
    READ_ONLY_MEDIUM,
    READ_ONLY_REQUESTED,
    SCHEMA_VERSION,
    ExpectedSchema,
    connect,
    edit_obstacle,
    foreign_objects,
    identify,
    normalized_sql,
    raise_storage_error,
    sniff,
    sqlite_error_code,
)
from .journals import check_journals
from .lock import LockHeld, LockRefused, WriterLock
from .records import (
    EVIDENCE_COLUMNS,
    AnswerRecord,
    AssessmentInfo,
    EvidenceRecord,
    answer_from_row,
    evidence_from_row,
    info_from_row,
)

_NEEDS_FULL_OPEN = {sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM, sqlite3.SQLITE_BUSY}


@dataclass(frozen=True)
class Snapshot:
    """An assessment as it was on disk when read: enough to show it, not to change it."""

    path: Path
    info: AssessmentInfo
    answers: dict[str, AnswerRecord]
    evidence: list[EvidenceRecord]
    read_only_reason: str | None  # why editing will not be possible (as :meth:`.Assessment.open` would say)


# The schema objects of the current version, for a first look without SQLAlchemy. The full open
# derives them from the SQLModel tables (:func:`.document.expected_schema`); a test keeps the two
# equal. A file with anything else (or a version whose tables this list misses) is left to the full
# open, which decides; nothing is lost but the head start.
KNOWN_SCHEMA = ExpectedSchema(
    tables=frozenset(
        {
            *("meta", "answer", "evidence", "history", "report_log", "merge_input"),  # schema 1-2
            *("mission", "team_member", "consulted", "document_reviewed", "narrative", "narrative_input"),  # 3
            *("action", "treaty_entry", "framework_copy", "retired_answer"),  # 3
            *("baseline", "baseline_answer", "carried_over", "carried_action"),  # 4
        }
    ),
    indexes=frozenset({"evidence_indicator", "history_indicator"}),
    triggers={
        name: normalized_sql(
            f"CREATE TRIGGER {name} BEFORE {action} ON history BEGIN SELECT RAISE(ABORT, 'history is append-only'); END"
        )
        for name, action in (("history_no_update", "UPDATE"), ("history_no_delete", "DELETE"))
    },
)


def _probe(path: Path) -> tuple[str | None, bool]:
    """Why ``path`` could not be opened for editing now, and whether a writer has it open (lock not taken)."""
    obstacle = edit_obstacle(path)
    try:
        held: LockHeld | None = WriterLock(path).holder()
    except LockRefused as refused:
        return (obstacle[0] if obstacle else refused.reason()), False
    except OSError:
        return READ_ONLY_MEDIUM, False
    if obstacle is not None:
        return obstacle[0], held is not None
    return (held.reason() if held else None), held is not None


def edit_blocker(path: Path) -> str | None:
    """Why ``path`` could not be opened for editing now, found without taking the writer lock."""
    return _probe(path)[0]


def read_snapshot(path: Path | str, *, read_only: bool = False) -> Snapshot | None:
    """Read ``path``'s details, answers and evidence list (no contents), or ``None`` (see the module).

    ``read_only``: it will be opened read-only (as :meth:`.Assessment.open` would), which is then the reason.
    """
    path = Path(path)
    sniff(path)
    if is_encrypted(path):
        return None  # only the full open, with the passphrase, can read it
    blocker, in_use = _probe(path)
    check_journals(path, in_use=in_use)
    try:
        conn = connect(path, read_only=True)
    except sqlite3.Error as exc:
        if sqlite_error_code(exc) in _NEEDS_FULL_OPEN:
            return None
        raise_storage_error(exc, path, "open the file")
    try:
        conn.row_factory = sqlite3.Row
        conn.execute("BEGIN")
        version = identify(conn, path, integrity=False)  # the full open checks integrity
        if version != SCHEMA_VERSION or foreign_objects(conn, KNOWN_SCHEMA):
            return None
        info = info_from_row(conn.execute("SELECT * FROM meta WHERE id = 1").fetchone(), path.name)
        answers = {row["indicator_id"]: answer_from_row(row) for row in conn.execute("SELECT * FROM answer")}
        evidence = [
            evidence_from_row(row)
            for row in conn.execute(f"SELECT {', '.join(EVIDENCE_COLUMNS)} FROM evidence ORDER BY id")
        ]
        reason = READ_ONLY_REQUESTED if read_only else blocker
        return Snapshot(path, info, answers, evidence, reason)
    except DocumentError:
        raise
    except sqlite3.Error as exc:
        if sqlite_error_code(exc) in _NEEDS_FULL_OPEN:
            return None
        raise_storage_error(exc, path, "open the file")
    finally:
        conn.close()
