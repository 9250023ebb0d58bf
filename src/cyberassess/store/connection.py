"""SQLite connections for assessment files: pragmas, file checks and error translation.

One connection per open document (a ``StaticPool``), created by us so that the pragmas are always
the same: WAL journal, ``synchronous=FULL`` (a commit is on the medium when it returns), foreign
keys on, and every write transaction started with ``BEGIN IMMEDIATE``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NoReturn

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import StaticPool

from ..errors import CorruptDocumentError, DocumentError, NotAnAssessmentError, StorageFullError

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
READ_OPTION = "cyberassess_read"  # execution option: a read transaction (plain BEGIN, no write lock)

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


def sqlite_uri(path: Path, *, read_only: bool = False, immutable: bool = False) -> str:
    uri = path.resolve().as_uri()
    if read_only:
        uri += "?mode=ro" + ("&immutable=1" if immutable else "")
    else:
        uri += "?mode=rwc"
    return uri


def make_engine(path: Path, *, read_only: bool = False, immutable: bool = False, create: bool = False) -> Engine:
    """An engine on one dedicated sqlite3 connection to ``path``."""
    uri = sqlite_uri(path, read_only=read_only, immutable=immutable)
    if not create and not read_only:
        uri = uri.replace("mode=rwc", "mode=rw")

    def connect() -> sqlite3.Connection:
        conn = sqlite3.connect(
            uri, uri=True, isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000
        )
        return conn

    engine = create_engine("sqlite://", creator=connect, poolclass=StaticPool)

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys = ON")
        if not read_only:
            cur.execute("PRAGMA journal_mode = WAL")
            cur.execute("PRAGMA synchronous = FULL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        reading = read_only or conn.get_execution_options().get(READ_OPTION, False)
        conn.exec_driver_sql("BEGIN" if reading else "BEGIN IMMEDIATE")

    return engine


def raise_storage_error(exc: BaseException, path: Path, action: str) -> NoReturn:
    """Turn a sqlite3/SQLAlchemy error during ``action`` into a :class:`DocumentError`."""
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    code = getattr(orig, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(orig)
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


@contextmanager
def translated_errors(path: Path, action: str) -> Iterator[None]:
    """Translate storage errors raised inside the block into :class:`DocumentError`."""
    try:
        yield
    except (DBAPIError, sqlite3.Error) as exc:
        raise_storage_error(exc, path, action)
