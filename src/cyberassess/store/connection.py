"""The SQLAlchemy engine over an assessment file, and storage-error translation for the store.

One connection per open document (a ``StaticPool``) made by :func:`.fileformat.connect`, so that
the pragmas are always the same; every write transaction starts with ``BEGIN IMMEDIATE``.
"""

from __future__ import annotations

import sqlite3
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


def make_engine(path: Path, *, read_only: bool = False, immutable: bool = False, create: bool = False) -> Engine:
    """An engine on one dedicated sqlite3 connection to ``path``."""
    engine = create_engine(
        "sqlite://",
        creator=lambda: connect(path, read_only=read_only, immutable=immutable, create=create),
        poolclass=StaticPool,
    )

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
    memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    try:
        raw = source.raw_connection()
        try:
            raw.driver_connection.backup(memory)  # type: ignore[union-attr]
        finally:
            raw.close()
        triggers = [row[0] for row in memory.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")]
        for name in triggers:
            memory.execute(f'DROP TRIGGER "{name.replace(chr(34), chr(34) * 2)}"')
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
