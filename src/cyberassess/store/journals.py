"""SQLite's files beside an assessment (``-wal``, ``-shm``, ``-journal``): checked before SQLite uses them.

SQLite trusts these files by their names alone. A journal never says which database it belongs
to, so a ``-wal`` left beside a file by *another* assessment (with the same page size) is applied
to this one as if it were its own, silently replacing its content; a ``-journal`` is replayed into
it; and a ``-wal`` or ``-shm`` that is a link is written through, into whatever file it points to.

CyberAssess itself leaves none of them behind on a clean close (it checkpoints and switches the
file back to ``journal_mode=DELETE``); a ``-wal`` is only there while a writer has the file open
or after a writer was killed, and then it holds changes of this very assessment. So before any
connection opens the file, :func:`check_journals` (standard library only, for :mod:`.snapshot`
too) refuses, naming the file:

- a ``-wal``, ``-shm`` or ``-journal`` that is a symbolic link, a hard link, or not a plain file;
- a hot ``-journal`` (CyberAssess never writes one beside an assessment);
- when no writer has the file open: a ``-wal`` whose changes, applied, would make the file
  another assessment (its ``meta.file_uuid`` changes) or no longer readable as one — the file as
  it is without the journal is read with ``immutable=1``, which ignores the journal.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from pathlib import Path

from ..errors import DocumentError

JOURNAL_SUFFIXES = ("-wal", "-shm", "-journal")
WAL_HEADER_BYTES = 32
_WAL_MAGIC = (0x377F0682, 0x377F0683)
_JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")


def journal_path(document: Path, suffix: str) -> Path:
    """Where SQLite looks for the journal ``suffix`` of ``document`` (beside its real path)."""
    try:
        real = document.resolve()
    except (OSError, RuntimeError):
        real = document
    return real.with_name(real.name + suffix)


def _refuse(document: Path, journal: Path, what: str, hint: str) -> DocumentError:
    from ..safetext import printable

    return DocumentError(
        f"{printable(document.name)} cannot be opened: {printable(journal.name)} beside it {what}.", hint
    )


def _check_kind(document: Path, journal: Path) -> os.stat_result | None:
    try:
        info = os.lstat(journal)
    except OSError:
        return None
    move = f"Move {journal.name} out of the folder (CyberAssess never makes it so), then open the file again."
    if stat.S_ISLNK(info.st_mode):
        target = os.readlink(journal)
        raise _refuse(document, journal, f"is a symbolic link (to {target}) that SQLite would write through", move)
    if not stat.S_ISREG(info.st_mode):
        raise _refuse(document, journal, "is not a plain file (a folder, FIFO, socket or device)", move)
    if info.st_nlink > 1:
        raise _refuse(
            document,
            journal,
            f"is a hard link to another file ({info.st_nlink} names) that SQLite would overwrite",
            move,
        )
    return info


def _assessment_uuid(uri: str) -> tuple[int, str] | None:
    """``(application_id, meta.file_uuid)`` of the database at ``uri``; ``None`` if it is no assessment.

    Raises ``sqlite3.Error`` when the file cannot be opened at all (locked, read-only medium…).
    """
    conn = sqlite3.connect(uri, uri=True, isolation_level=None)
    try:
        app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
        row = conn.execute("SELECT file_uuid FROM meta WHERE id = 1").fetchone()
        return app_id, str(row[0]) if row else ""
    except sqlite3.Error as exc:
        code = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
        if code in (sqlite3.SQLITE_ERROR, sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
            return None  # no meta table, a malformed page: not (or no longer) an assessment
        raise
    finally:
        conn.close()


def _check_wal_belongs(document: Path, wal: Path) -> None:
    with open(wal, "rb") as handle:
        header = handle.read(WAL_HEADER_BYTES)
    if len(header) < WAL_HEADER_BYTES or int.from_bytes(header[:4], "big") not in _WAL_MAGIC:
        return  # SQLite ignores (and later overwrites) a journal without a valid header
    with open(document.resolve(), "rb") as handle:
        db_header = handle.read(100)
    db_page = int.from_bytes(db_header[16:18], "big")
    db_page = 65536 if db_page == 1 else db_page
    if int.from_bytes(header[8:12], "big") != db_page:
        return  # a journal of another page size is ignored by SQLite
    base_uri = document.resolve().as_uri()
    try:
        without = _assessment_uuid(base_uri + "?mode=ro&immutable=1")
        if without is None or not without[1]:
            return  # the file alone is no assessment: identifying it says so more clearly
        applied = _assessment_uuid(base_uri + "?mode=ro")
    except sqlite3.Error:
        return  # cannot be read now (busy, read-only medium): opening it will say why
    if applied == without:
        return
    hint = (
        f"Move {wal.name} out of the folder (keep it: it may hold unsaved work of another file), "
        "then open the file again."
    )
    if applied is None or applied[0] != without[0]:
        raise _refuse(
            document, wal, "holds changes that do not belong to it (applied, they would leave it unreadable)", hint
        )
    raise _refuse(
        document, wal, "holds changes of another assessment, which SQLite would apply to it in place of its own", hint
    )


def check_journals(document: Path, *, in_use: bool) -> None:
    """Refuse journals beside ``document`` that SQLite must not use (see the module).

    ``in_use``: a writer has the file open now, so its ``-wal`` is its own and is not compared.
    """
    found = {suffix: _check_kind(document, journal_path(document, suffix)) for suffix in JOURNAL_SUFFIXES}
    journal = journal_path(document, "-journal")
    if found["-journal"] is not None and found["-journal"].st_size > 0 and not in_use:
        with open(journal, "rb") as handle:
            hot = handle.read(len(_JOURNAL_MAGIC)) == _JOURNAL_MAGIC
        if hot:
            raise _refuse(
                document,
                journal,
                "is a rollback journal that CyberAssess did not write, which SQLite would replay into it",
                f"If no other program is using the file, move {journal.name} out of the folder, then open the file.",
            )
    wal_info = found["-wal"]
    if wal_info is not None and wal_info.st_size > WAL_HEADER_BYTES and not in_use:
        with contextlib.suppress(OSError):
            _check_wal_belongs(document, journal_path(document, "-wal"))
