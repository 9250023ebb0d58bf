"""Read an assessment without changing it, whatever its format version.

:meth:`.Assessment.open` upgrades an older file in place (after a backup), and a read-only open
of an older file is refused. Reading another assessment for a comparison or a follow-up must not
change it, so :func:`read_only` opens the file read-only, or, for an older format, a temporary
copy that is upgraded and thrown away afterwards.
"""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .document import Assessment
from .fileformat import SCHEMA_VERSION, connect, sniff


def _schema_version(path: Path) -> int:
    conn = connect(path, read_only=True)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0] or 0)
    except sqlite3.Error:
        return SCHEMA_VERSION  # the full open reports what is wrong
    finally:
        conn.close()


@contextmanager
def read_only(path: Path | str) -> Iterator[Assessment]:
    """The assessment at ``path``, open read-only (an older format: an upgraded temporary copy)."""
    path = Path(path)
    sniff(path)
    if _schema_version(path) >= SCHEMA_VERSION:
        with Assessment.open(path, read_only=True) as doc:
            yield doc
        return
    with tempfile.TemporaryDirectory(prefix="cyberassess-read-") as tmp:
        copy = Path(tmp) / path.name
        source = connect(path, read_only=True)
        try:
            target = sqlite3.connect(copy)
            try:
                source.backup(target)
            finally:
                target.close()
        finally:
            source.close()
        with Assessment.open(copy) as doc:
            yield doc
