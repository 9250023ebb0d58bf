"""The SQLAlchemy engine over an assessment file, and storage-error translation for the store.

One connection per open document (a ``StaticPool``) made by :func:`.fileformat.connect` (or
:func:`.cipher.connect` for an encrypted file), so that the pragmas are always the same; every
write transaction starts with ``BEGIN IMMEDIATE``.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import StaticPool

from .fileformat import connect, raise_storage_error
from .migrations import migrate

READ_OPTION = "cyberassess_read"  # execution option: a read transaction (plain BEGIN, no write lock)


def make_engine(
    path: Path,
    *,
    read_only: bool = False,
    immutable: bool = False,
    create: bool = False,
    passphrase: bytes | None = None,
) -> Engine:
    """An engine on one dedicated connection to ``path``: sqlite3, or SQLCipher when a passphrase is given."""
    options: dict[str, Any] = {}
    if passphrase is None:

        def creator() -> Any:
            return connect(path, read_only=read_only, immutable=immutable, create=create)

    else:
        from . import cipher

        options["module"] = cipher.module()  # so that SQLAlchemy wraps sqlcipher3's errors too

        def creator() -> Any:
            return cipher.connect(path, passphrase, read_only=read_only, immutable=immutable, create=create)

    engine = create_engine("sqlite://", creator=creator, poolclass=StaticPool, **options)

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        reading = read_only or conn.get_execution_options().get(READ_OPTION, False)
        conn.exec_driver_sql("BEGIN" if reading else "BEGIN IMMEDIATE")

    return engine


def migrated_copy(source: Engine, version: int) -> Engine:
    """A read-only engine on an in-memory copy of ``source`` brought to the current schema.

    How a file of an older format is opened read-only (asked for, locked by another window, on a
    read-only medium): it is read as if upgraded, and the file itself is not touched. ``source``
    is disposed of. The copy's triggers are dropped before the upgrade writes to it: nothing in the
    file runs, and a read-only copy needs none of them.
    """
    raw = source.raw_connection()
    # the same driver as the file's (sqlite3, or sqlcipher3 for an encrypted file): backup() wants its own kind
    driver = sys.modules[type(raw.driver_connection).__module__]
    memory = driver.connect(":memory:", isolation_level=None, check_same_thread=False)
    try:
        try:
            raw.driver_connection.backup(memory)  # type: ignore[union-attr]
        finally:
            raw.close()
        # Only read from here on: triggers and views (the app's own, or anyone's) have nothing to do in
        # the copy, and a foreign one must not run on the migration's own writes or change what is read.
        found = memory.execute("SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'view')").fetchall()
        for kind, name in found:
            quoted = '"' + str(name).replace('"', '""') + '"'
            memory.execute(f"DROP {'TRIGGER' if kind == 'trigger' else 'VIEW'} IF EXISTS {quoted}")
        migrate(memory, version)
    except BaseException:
        memory.close()
        raise
    finally:
        source.dispose()
    engine = create_engine("sqlite://", creator=lambda: memory, poolclass=StaticPool)

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


@contextmanager
def translated_errors(path: Path, action: str) -> Iterator[None]:
    """Translate storage errors raised inside the block into :class:`DocumentError`."""
    try:
        yield
    except (DBAPIError, sqlite3.Error) as exc:
        raise_storage_error(exc, path, action)
    except Exception as exc:
        if type(exc).__module__.startswith("sqlcipher3"):  # a raw driver call on an encrypted file
            raise_storage_error(exc, path, action)
        raise
