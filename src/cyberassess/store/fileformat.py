"""The SQLite file under an assessment: identity, header checks, connections and error messages.

Standard library only (``sqlite3``), so that the desktop app can read a file for its first screen
(:mod:`.snapshot`) before SQLAlchemy has been imported. The file identifies itself with
``PRAGMA application_id`` and records its schema version in ``PRAGMA user_version``. Every
connection gets the same pragmas: WAL journal and ``synchronous=FULL`` (a commit is on the
medium when it returns) for writers, foreign keys on, a busy timeout.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import NoReturn

from ..errors import CorruptDocumentError, DocumentError, NotAnAssessmentError, StorageFullError

FILE_SUFFIX = ".cyberassess"
SCHEMA_VERSION = 4
APPLICATION_ID = 0x43794173  # "CyAs"
REQUIRED_TABLES = frozenset({"meta", "answer", "evidence", "history", "report_log"})
# Tables a file must have from a schema version on (the review record since 3, the baseline link since 4).
TABLES_SINCE = {
    2: frozenset({"merge_input"}),
    3: frozenset(
        {
            "mission",
            "team_member",
            "consulted",
            "document_reviewed",
            "narrative",
            "action",
            "treaty_entry",
        }
    ),
    4: frozenset({"baseline", "baseline_answer", "carried_over", "carried_action"}),
}
SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000

# Why a file opens read-only (each completes a sentence).
READ_ONLY_MEDIUM = "the folder or medium is read-only"
READ_ONLY_REQUESTED = "opened read-only"

_FULL_CODES = {sqlite3.SQLITE_FULL}
_READONLY_CODES = {sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM}
_CORRUPT_CODES = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}


def sniff(path: Path) -> None:
    """Fail with a clear message unless ``path`` looks like an intact SQLite file."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
        size = path.stat().st_size
    except FileNotFoundError:
        raise DocumentError(f"{path.name}: no such file.", "Check the name and folder.") from None
    except IsADirectoryError:
        raise DocumentError(f"{path.name} is a folder, not an assessment file.") from None
    except PermissionError:
        raise DocumentError(f"{path.name}: permission denied.", "Ask for read access or copy the file.") from None
    if size == 0 or not header.startswith(SQLITE_MAGIC):
        raise NotAnAssessmentError(
            f"{path.name} is not a CyberAssess assessment file.",
            "Open a .cyberassess file; to bring in an Excel matrix, use Import.",
        )
    if len(header) < 100:
        raise CorruptDocumentError(f"{path.name} is truncated (only {size} bytes).", "Restore it from a backup copy.")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    valid_for = int.from_bytes(header[92:96], "big")
    change_counter = int.from_bytes(header[24:28], "big")
    wal = path.with_name(path.name + "-wal")
    if pages and valid_for == change_counter and size < pages * page_size and not wal.exists():
        raise CorruptDocumentError(
            f"{path.name} is truncated: {size} of {pages * page_size} bytes are there.",
            "The copy was interrupted; copy it again or restore a backup.",
        )


def writable(path: Path) -> bool:
    """Whether ``path`` (existing or not) can be written in its folder."""
    return os.access(path.parent, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))


def sqlite_uri(path: Path, *, read_only: bool = False, immutable: bool = False, create: bool = False) -> str:
    uri = path.resolve().as_uri()
    if read_only:
        return uri + "?mode=ro" + ("&immutable=1" if immutable else "")
    return uri + ("?mode=rwc" if create else "?mode=rw")


def connect(
    path: Path, *, read_only: bool = False, immutable: bool = False, create: bool = False
) -> sqlite3.Connection:
    """A sqlite3 connection to ``path`` in autocommit mode (transactions are begun explicitly)."""
    uri = sqlite_uri(path, read_only=read_only, immutable=immutable, create=create)
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        if not read_only:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
    except BaseException:
        conn.close()
        raise
    return conn


def required_tables(version: int) -> frozenset[str]:
    """The tables a file of schema ``version`` must have (a newer file, read-only: the first ones)."""
    if version > SCHEMA_VERSION:
        return REQUIRED_TABLES
    return REQUIRED_TABLES.union(*(names for since, names in TABLES_SINCE.items() if since <= version))


def identify(conn: sqlite3.Connection, path: Path, *, integrity: bool = True) -> int:
    """Check that the file is an assessment with its tables (and intact); returns its schema version.

    Runs inside the caller's read transaction, if any.
    """
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = int(conn.execute("PRAGMA user_version").fetchone()[0] or 0)
    if app_id != APPLICATION_ID:
        raise NotAnAssessmentError(
            f"{path.name} is a database of another application, not a CyberAssess assessment.",
            "Open a .cyberassess file made by CyberAssess.",
        )
    if version < 1:
        raise CorruptDocumentError(
            f"{path.name} has no valid file format version ({version}).",
            "It was not written completely; restore it from a backup copy.",
        )
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    missing = sorted(required_tables(version) - tables)
    if missing:
        raise CorruptDocumentError(
            f"{path.name} is damaged: its {', '.join(missing)} table(s) are missing.",
            "Restore it from a backup copy.",
        )
    if integrity:
        problems = [row[0] for row in conn.execute("PRAGMA integrity_check(5)")]
        if problems != ["ok"]:
            raise CorruptDocumentError(
                f"{path.name} is damaged: {'; '.join(problems)[:300]}",
                "Restore it from a backup copy.",
            )
    return version


def sqlite_error_code(exc: BaseException) -> int | None:
    """The primary SQLite result code behind ``exc`` (a sqlite3 error, or a wrapper with ``.orig``)."""
    orig = getattr(exc, "orig", None) or exc
    code = getattr(orig, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def raise_storage_error(exc: BaseException, path: Path, action: str) -> NoReturn:
    """Turn a sqlite3 error (or SQLAlchemy's wrapper of one) during ``action`` into a :class:`DocumentError`."""
    primary = sqlite_error_code(exc)
    text = str(getattr(exc, "orig", None) or exc)
    if primary in _FULL_CODES or "disk is full" in text:
        raise StorageFullError(
            f"Could not {action}: the disk or USB stick holding {path.name} is full. Nothing was changed.",
            "Free some space, or use File > Save As to continue on another drive; everything shown as saved is safe.",
        ) from None
    if primary in _READONLY_CODES or "readonly" in text or "read-only" in text:
        raise StorageFullError(
            f"Could not {action}: {path.name} can no longer be written (the medium is read-only or was removed).",
            "Reconnect the drive, or use File > Save As to continue elsewhere; everything shown as saved is safe.",
        ) from None
    if primary in _CORRUPT_CODES or "malformed" in text or "not a database" in text:
        raise CorruptDocumentError(f"{path.name} is damaged ({text}).", "Restore it from a backup copy.") from None
    if primary == sqlite3.SQLITE_IOERR or "disk I/O error" in text:
        raise StorageFullError(
            f"Could not {action}: the drive holding {path.name} reported an I/O error (was it unplugged?).",
            "Reconnect it and reopen the file, or use File > Save As; everything shown as saved is safe.",
        ) from None
    if primary == sqlite3.SQLITE_BUSY or "locked" in text:
        raise DocumentError(
            f"Could not {action}: {path.name} is busy in another program.", "Close the other program and try again."
        ) from None
    raise DocumentError(f"Could not {action} in {path.name}: {text}.") from None
