"""Encrypted assessments: SQLCipher through the ``sqlcipher3`` module, and plain copies in memory.

An encrypted ``.cyberassess`` file is a SQLCipher 4 database (AES-256-CBC pages with an
HMAC-SHA512 each, key from the passphrase by PBKDF2-HMAC-SHA512, 256 000 iterations, random salt
in the first 16 bytes). Everything is encrypted: tables, evidence, and the WAL. Connections get the
same pragmas as plain ones (:func:`.fileformat.connect`), so transactions, the WAL, the writer lock,
migrations and crash safety are the same; only the first statement differs (``PRAGMA key``).

Without the passphrase nothing can be read: an encrypted file has no SQLite header, only random
bytes, which :func:`looks_encrypted` recognises (no known file signature, bytes of high entropy).
A file of random bytes looks the same, so messages about an encrypted file also say that it may
not be an assessment at all. There is no recovery of a lost passphrase.

The passphrase is passed as bytes and kept in memory only by the open document; it never goes into
a file name, a log, the history or an error message. Rules for new passphrases are those of
signing keys (:data:`MIN_PASSPHRASE_LENGTH`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

from ..errors import DocumentError, InputError
from .fileformat import APPLICATION_ID, BUSY_TIMEOUT_MS, sqlite_uri

MIN_PASSPHRASE_LENGTH = 8  # as for signing keys (report.keys)
HEADER_SAMPLE = 1024
_DISTINCT_BYTES = 200  # of 256 possible, in the first 1024 bytes: random data has ~251, a text file far fewer
_KNOWN_MAGIC = (b"PK\x03\x04", b"%PDF", b"\xd0\xcf\x11\xe0", b"\x1f\x8b", b"\x89PNG", b"\xff\xd8\xff", b"\x30\x82")


class PassphraseRequiredError(DocumentError):
    """The file is encrypted and no passphrase was given."""


class WrongPassphraseError(DocumentError):
    """The passphrase does not open the encrypted file."""


PassphraseSource = Callable[[Path], bytes | None]
_source: PassphraseSource | None = None


def set_passphrase_source(source: PassphraseSource | None) -> PassphraseSource | None:
    """Install how passphrases are asked for (the CLI's prompt, the app's dialog); returns the previous one.

    :meth:`.Assessment.open` asks it, with the file's path, when an encrypted file is opened
    without a passphrase; ``None`` from it means "none available".
    """
    global _source
    previous, _source = _source, source
    return previous


def ask_passphrase(path: Path) -> bytes | None:
    return _source(path) if _source is not None else None


def key_for(path: Path, passphrase: bytes | str | None) -> bytes | None:
    """The key to open ``path`` with: ``None`` for a plain file; raises when an encrypted one has none.

    Without ``passphrase`` the installed source is asked (:func:`set_passphrase_source`).
    """
    if not is_encrypted(path):
        return None
    if passphrase is None:
        passphrase = ask_passphrase(path)
    if not passphrase:
        raise PassphraseRequiredError(
            f"{path.name} is encrypted (or is not a CyberAssess assessment at all); "
            "its passphrase is needed to open it.",
            "Type it when asked, or use --doc-passphrase-file FILE or CYBERASSESS_DOC_PASSPHRASE.",
        )
    return passphrase.encode("utf-8") if isinstance(passphrase, str) else bytes(passphrase)


def module() -> ModuleType:
    """The ``sqlcipher3`` DB-API module (imported on first use: it is only needed for encrypted files)."""
    try:
        from sqlcipher3 import dbapi2
    except ImportError:  # pragma: no cover - it is a dependency; a broken install gets a clear message
        raise DocumentError(
            "This CyberAssess cannot open encrypted assessments: the SQLCipher module is missing.",
            "Reinstall CyberAssess (the sqlcipher3-wheels package).",
        ) from None
    return dbapi2


def errors() -> tuple[type[BaseException], ...]:
    """The database error classes of both drivers (sqlcipher3's do not derive from sqlite3's)."""
    try:
        from sqlcipher3 import dbapi2
    except ImportError:  # pragma: no cover
        return (sqlite3.Error,)
    return (sqlite3.Error, dbapi2.Error)


def looks_encrypted(header: bytes, size: int) -> bool:
    """Whether a file without a SQLite header looks like a SQLCipher database (random bytes from the start)."""
    if size < HEADER_SAMPLE or len(header) < HEADER_SAMPLE:
        return False  # not a whole number of pages is still "encrypted": a truncated copy, found damaged later
    if header.startswith(_KNOWN_MAGIC):
        return False
    return len(set(header[:HEADER_SAMPLE])) >= _DISTINCT_BYTES


def is_encrypted(path: Path) -> bool:
    """Whether ``path`` is an encrypted assessment (judged from its first bytes; never raises)."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(HEADER_SAMPLE)
        size = path.stat().st_size
    except OSError:
        return False
    return not header.startswith(b"SQLite format 3\x00") and looks_encrypted(header, size)


def check_new_passphrase(passphrase: bytes | str) -> bytes:
    """A passphrase to encrypt with, checked against the rules; returns it as bytes."""
    data = passphrase.encode("utf-8") if isinstance(passphrase, str) else bytes(passphrase)
    text = data.decode("utf-8", "replace")
    if len(text) < MIN_PASSPHRASE_LENGTH:
        raise InputError(
            f"The passphrase is too short ({len(text)} characters).",
            f"Use at least {MIN_PASSPHRASE_LENGTH} characters; a few unrelated words are easy to remember.",
        )
    if "\x00" in text:
        raise InputError("The passphrase contains a NUL character.", "Type a passphrase of ordinary characters.")
    return data


def _key_literal(passphrase: bytes) -> str:
    text = passphrase.decode("utf-8", "surrogateescape")
    if "\x00" in text:
        raise InputError("The passphrase contains a NUL character.", "Type a passphrase of ordinary characters.")
    return "'" + text.replace("'", "''") + "'"


def apply_key(conn: Any, passphrase: bytes, path: Path) -> None:
    """Key a fresh sqlcipher3 connection and prove the key by reading the schema.

    SQLCipher's own log (which would print "hmac check failed" on stderr for a wrong passphrase)
    is silenced: the error raised here says it better.
    """
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = {_key_literal(passphrase)}")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except module().DatabaseError as exc:
        if "not a database" in str(exc) or getattr(exc, "sqlite_errorcode", 0) & 0xFF == sqlite3.SQLITE_NOTADB:
            raise WrongPassphraseError(
                f"The passphrase does not open {path.name} (or it is damaged, or not an assessment).",
                "Check the passphrase (it is case-sensitive) and the keyboard layout. Nothing was changed.",
            ) from None
        raise


def connect(
    path: Path, passphrase: bytes, *, read_only: bool = False, immutable: bool = False, create: bool = False
) -> Any:
    """A keyed sqlcipher3 connection with the pragmas of :func:`.fileformat.connect`."""
    dbapi = module()
    uri = sqlite_uri(path, read_only=read_only, immutable=immutable, create=create)
    conn = dbapi.connect(uri, uri=True, isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        apply_key(conn, passphrase, path)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        if not read_only:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
    except BaseException:
        conn.close()
        raise
    return conn


def export_copy(
    source: Path,
    source_passphrase: bytes | None,
    target: Path,
    target_passphrase: bytes | None,
    *,
    immutable: bool = False,
) -> None:
    """Copy the database ``source`` to the new file ``target``, encrypted with ``target_passphrase`` or plain.

    Uses ``sqlcipher_export`` on a separate read-only connection (inside one read transaction, so the
    copy is consistent while the document stays open). The file format version and application id
    are carried over; the copy is in rollback-journal mode, ready to be copied alone.
    """
    dbapi = module()
    conn = dbapi.connect(
        sqlite_uri(source, read_only=True, immutable=immutable), uri=True, isolation_level=None, check_same_thread=False
    )
    try:
        if source_passphrase is not None:
            apply_key(conn, source_passphrase, source)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        key = _key_literal(target_passphrase) if target_passphrase is not None else "''"
        conn.execute(f"ATTACH DATABASE ? AS copy KEY {key}", (str(target),))
        try:
            conn.execute("BEGIN")
            version = int(conn.execute("PRAGMA main.user_version").fetchone()[0])
            app_id = int(conn.execute("PRAGMA main.application_id").fetchone()[0])
            conn.execute("SELECT sqlcipher_export('copy')")
            conn.execute("COMMIT")
            conn.execute(f"PRAGMA copy.user_version = {version}")
            conn.execute(f"PRAGMA copy.application_id = {app_id or APPLICATION_ID}")
            conn.execute("PRAGMA copy.journal_mode = DELETE")
        finally:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            conn.execute("DETACH DATABASE copy")
    finally:
        conn.close()


def plain_image(conn: Any) -> bytes:
    """A plain (unencrypted) image of the database behind ``conn`` (either driver), built in memory.

    Schema and rows are copied, in one read transaction, into an in-memory database of the standard
    library, which is then serialised: nothing readable touches the disk. Used to put the
    assessment file into a sealed package.
    """
    memory = sqlite3.connect(":memory:", isolation_level=None)
    try:
        conn.execute("BEGIN")
        try:
            objects = conn.execute(
                "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'"
            ).fetchall()
            memory.execute("BEGIN")
            for kind, name, sql in objects:
                if kind == "table":
                    memory.execute(sql)
                    rows = conn.execute(f'SELECT * FROM "{name}"')
                    columns = len(rows.description)
                    memory.executemany(f'INSERT INTO "{name}" VALUES ({", ".join("?" * columns)})', rows)
            for kind, _name, sql in objects:
                if kind != "table":
                    memory.execute(sql)
            has_sequence = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'").fetchone()
            if has_sequence:
                memory.execute("DELETE FROM sqlite_sequence")
                memory.executemany(
                    "INSERT INTO sqlite_sequence VALUES (?, ?)", conn.execute("SELECT * FROM sqlite_sequence")
                )
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
            memory.execute("COMMIT")
        finally:
            conn.execute("ROLLBACK")
        memory.execute(f"PRAGMA user_version = {version}")
        memory.execute(f"PRAGMA application_id = {app_id}")
        return memory.serialize()
    finally:
        memory.close()
