"""The SQLite file under an assessment: identity, header checks, connections and error messages.

Standard library only (``sqlite3``), so that the desktop app can read a file for its first screen
(:mod:`.snapshot`) before SQLAlchemy has been imported. The file identifies itself with
``PRAGMA application_id`` and records its schema version in ``PRAGMA user_version``. Every
connection gets the same pragmas: WAL journal and ``synchronous=FULL`` (a commit is on the
medium when it returns) for writers, foreign keys on, a busy timeout.
"""

from __future__ import annotations

import os
import re
import sqlite3
import stat
from collections.abc import Mapping, Set
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

from ..errors import CorruptDocumentError, DocumentError, NotAnAssessmentError, StorageFullError

FILE_SUFFIX = ".cyberassess"
SCHEMA_VERSION = 5
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
    """Fail with a clear message unless ``path`` looks like an intact SQLite file, or an encrypted one.

    Only plain files are read (a FIFO would block, a device never end), and the SQLite header must
    declare a file format SQLite can read and write (1, legacy, or 2, WAL).
    """
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError
        if not stat.S_ISREG(info.st_mode):
            raise DocumentError(
                f"{path.name} is not a plain file (it is a FIFO, a socket or a device).",
                "Open a .cyberassess file.",
            )
        with open(path, "rb") as handle:
            header = handle.read(100)
        size = info.st_size
    except FileNotFoundError:
        raise DocumentError(f"{path.name}: no such file.", "Check the name and folder.") from None
    except IsADirectoryError:
        raise DocumentError(f"{path.name} is a folder, not an assessment file.") from None
    except PermissionError:
        raise DocumentError(f"{path.name}: permission denied.", "Ask for read access or copy the file.") from None
    except OSError as exc:  # a link loop, a name too long…
        raise DocumentError(f"{path.name} cannot be read ({exc.strerror}).") from None
    if size and not header.startswith(SQLITE_MAGIC):
        from .cipher import is_encrypted

        if is_encrypted(path):
            return  # an encrypted assessment (SQLCipher): checked when its passphrase opens it
    if size == 0 or not header.startswith(SQLITE_MAGIC):
        raise NotAnAssessmentError(
            f"{path.name} is not a CyberAssess assessment file.",
            "Open a .cyberassess file; to bring in an Excel matrix, use Import.",
        )
    if len(header) < 100:
        raise CorruptDocumentError(f"{path.name} is truncated (only {size} bytes).", "Restore it from a backup copy.")
    write_version, read_version = header[18], header[19]
    if write_version not in (1, 2) or read_version not in (1, 2):
        raise CorruptDocumentError(
            f"{path.name} is damaged: its SQLite header declares file format versions SQLite does not know "
            f"(write {write_version}, read {read_version}; only 1 and 2 exist).",
            "It was changed outside CyberAssess; restore it from a backup copy.",
        )
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
    """Whether ``path`` (existing or not; links resolved) can be written in its folder."""
    try:
        path = path.resolve()
    except (OSError, RuntimeError):
        return False
    return os.access(path.parent, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))


def edit_obstacle(path: Path) -> tuple[str, str] | None:
    """Why the file itself cannot be edited, whoever holds it: ``(reason, hint)``, or ``None``.

    A file with more than one hard link has other names that a second writer could open without
    meeting the lock (see :mod:`.lock`), so it is opened read-only.
    """
    if not writable(path):
        return READ_ONLY_MEDIUM, "Copy it to a writable folder, or use Save As to continue on a copy."
    try:
        links = os.stat(path).st_nlink
    except OSError:
        return None
    if links > 1:
        return (
            f"it has {links} names (hard links), and a program writing through another name would not see it is open",
            "Work on a copy: use Save As, or copy the file and open the copy.",
        )
    return None


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
        try:
            problems = [row[0] for row in conn.execute("PRAGMA integrity_check(5)")]
        except Exception as exc:  # sqlite3 or sqlcipher3: a page cannot be read
            # SQLCipher answers a page whose authentication code does not match with a bare "SQL logic error"
            raise CorruptDocumentError(
                f"{path.name} is damaged: a page of it cannot be read ({exc}).",
                "Restore it from a backup copy.",
            ) from None
        if problems != ["ok"]:
            raise CorruptDocumentError(
                f"{path.name} is damaged: {'; '.join(problems)[:300]}",
                "Restore it from a backup copy.",
            )
    return version


@dataclass(frozen=True)
class ExpectedSchema:
    """The schema objects CyberAssess makes: everything else in a file was added by someone else."""

    tables: Set[str]
    indexes: Set[str]
    triggers: Mapping[str, str]  # name -> its SQL, as :func:`normalized_sql` gives it


_SQLITE_TABLES = frozenset({"sqlite_sequence", "sqlite_stat1", "sqlite_stat2", "sqlite_stat3", "sqlite_stat4"})
_IF_NOT_EXISTS = re.compile(r"\bIF\s+NOT\s+EXISTS\s+", re.IGNORECASE)


def normalized_sql(sql: str) -> str:
    """A CREATE statement as SQLite stores it (no ``IF NOT EXISTS``), whitespace collapsed."""
    return " ".join(_IF_NOT_EXISTS.sub("", sql).split())


def foreign_objects(conn: sqlite3.Connection, expected: ExpectedSchema) -> list[str]:
    """The schema objects of ``conn`` that CyberAssess did not make, described (``trigger "x" on answer``).

    Triggers, views, tables and indexes are compared by name (triggers by their SQL too, so one
    cannot pass for the app's own), and a foreign key or a generated column on any of the app's
    tables is foreign: its actions (``ON DELETE CASCADE`` …) or expression would run on edits as a
    trigger does. Runs in the caller's transaction.
    """
    from ..safetext import printable

    found: list[str] = []
    for kind, name, table, sql in conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"):
        known = {"table": expected.tables, "index": expected.indexes}.get(kind, set())
        if kind == "table" and name in _SQLITE_TABLES:
            continue
        if kind == "index" and str(name).startswith("sqlite_autoindex_") and table in expected.tables:
            continue
        if kind == "trigger" and expected.triggers.get(name) == normalized_sql(str(sql or "")):
            continue
        if kind in ("table", "index") and name in known:
            continue
        found.append(f'{kind} "{printable(name)[:60]}"' + (f" on {printable(table)[:60]}" if kind != "table" else ""))
    for table in sorted(expected.tables):
        if conn.execute("SELECT 1 FROM pragma_foreign_key_list(?) LIMIT 1", (table,)).fetchone():
            found.append(f"a foreign key on {table}")
        for (column,) in conn.execute("SELECT name FROM pragma_table_xinfo(?) WHERE hidden <> 0", (table,)):
            found.append(f'a generated column "{printable(column)[:60]}" on {table}')  # computed on every write
    return found


def foreign_objects_reason(found: list[str]) -> tuple[str, str]:
    """Why a file with ``found`` foreign objects is not edited: ``(reason, hint)``."""
    shown = ", ".join(found[:3]) + (f" and {len(found) - 3} more" if len(found) > 3 else "")
    return (
        f"it holds schema objects CyberAssess did not make ({shown}), which could change what is saved",
        "It was changed outside CyberAssess: restore it from a backup copy. It can be viewed read-only.",
    )


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
