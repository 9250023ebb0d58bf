"""Schema migrations: an ordered list of steps from each old version to the next.

Before migrating, :func:`migrate` has the caller write a backup copy; every step runs inside one
transaction together with the ``user_version`` bump, so a failed migration leaves the file as it
was. Add a step here (and a fixture in ``tests/fixtures/``) whenever :data:`SCHEMA_VERSION` grows.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from .fileformat import SCHEMA_VERSION

Step = Callable[[sqlite3.Connection], None]


def _v1_to_v2(conn: sqlite3.Connection) -> None:
    """Schema 2: remember where the assessor left off; keep merge provenance."""
    conn.execute("ALTER TABLE meta ADD COLUMN last_indicator_id VARCHAR")
    conn.execute(
        "CREATE TABLE merge_input ("
        " id INTEGER NOT NULL PRIMARY KEY, source_uuid VARCHAR NOT NULL, source_name VARCHAR NOT NULL,"
        " assessor VARCHAR NOT NULL, indicator_id VARCHAR NOT NULL, value VARCHAR NOT NULL,"
        " justification VARCHAR NOT NULL, confidence VARCHAR, updated_at VARCHAR NOT NULL,"
        " CONSTRAINT merge_input_once UNIQUE (source_uuid, indicator_id))"
    )


STEPS: dict[int, Step] = {1: _v1_to_v2}


def migrate(conn: sqlite3.Connection, from_version: int) -> int:
    """Bring ``conn`` from ``from_version`` to :data:`SCHEMA_VERSION`; returns the new version."""
    version = from_version
    conn.execute("BEGIN IMMEDIATE")
    try:
        while version < SCHEMA_VERSION:
            STEPS[version](conn)
            version += 1
        conn.execute("UPDATE meta SET schema_version = ?", (version,))
        conn.execute(f"PRAGMA user_version = {version}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return version
