"""The framework an assessment was answered against, kept inside its file (since schema 3).

One row, written when the assessment is created (and when it is moved to a newer framework with
``cyberassess upgrade``): the framework as :mod:`cyberassess.framework.portable` bytes. On open,
:func:`choose_framework` takes the installed framework when it is the same (same content hash,
the common case, nothing decoded) and the file's copy otherwise, so an assessment opens, scores
and reports the same on any later version of the app. Files made before copies existed get one
when they are migrated, from the installed framework or the archive of released versions.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import CheckConstraint, Column, LargeBinary
from sqlmodel import Field, SQLModel

from ..errors import FrameworkError
from ..framework import Framework, get_framework
from ..framework.portable import archived, from_bytes, to_bytes


class FrameworkCopy(SQLModel, table=True):
    __tablename__ = "framework_copy"
    __table_args__ = (CheckConstraint("id = 1", name="single_framework_copy"),)

    id: int = Field(default=1, primary_key=True)
    framework_id: str
    version: str
    content_hash: str
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


@dataclass(frozen=True)
class FrameworkChoice:
    """The framework to use for a file, and the installed one when that is a different version."""

    framework: Framework  # what the assessment was answered against (its copy, or the same installed one)
    installed: Framework | None  # the installed framework of the same id, when it differs
    from_copy: bool  # the framework came from the file's copy

    @property
    def upgrade_available(self) -> bool:
        return self.installed is not None and self.installed.content_hash != self.framework.content_hash


def _installed(framework_id: str) -> Framework | None:
    try:
        return get_framework(framework_id)
    except FrameworkError:
        return None


def choose_framework(
    framework_id: str, file_hash: str, read_copy: Callable[[], bytes | None], *, file_name: str = "the file"
) -> FrameworkChoice:
    """The framework ``file_hash`` names: installed if identical, else the file's copy, else the installed one.

    ``read_copy`` is called only when the installed framework differs. With neither a matching
    framework nor a copy, the installed framework of the same id is used (the app says it was
    updated); with none at all, :class:`FrameworkError` says which framework to install.
    """
    installed = _installed(framework_id)
    if installed is not None and installed.content_hash == file_hash:
        return FrameworkChoice(installed, None, from_copy=False)
    blob = read_copy()
    if blob is not None:
        copy = from_bytes(blob, expected_hash=file_hash, source=f"The framework copy in {file_name}")
        return FrameworkChoice(copy, installed, from_copy=True)
    old = archived(file_hash)
    if old is not None:
        return FrameworkChoice(old, installed, from_copy=True)
    if installed is None:
        raise FrameworkError(
            f"{file_name} was made with framework '{framework_id}', which is not installed and not kept in the file.",
            "Install that framework (copy its folder into the user frameworks folder) and open the file again.",
        )
    return FrameworkChoice(installed, installed, from_copy=False)


def read_copy(conn: sqlite3.Connection) -> bytes | None:
    """The framework copy's bytes, or None (no table yet, or no row). ``conn``: sqlite3 or sqlcipher3."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'framework_copy'").fetchone() is None:
        return None
    row = conn.execute("SELECT data FROM framework_copy WHERE id = 1").fetchone()
    if row is None:
        return None
    if not isinstance(row[0], bytes):
        return b""  # stored as something else: from_bytes reports the damage
    return bytes(row[0])


def write_copy(conn: sqlite3.Connection, framework: Framework) -> None:
    """Keep ``framework`` as the file's copy (inside the caller's transaction)."""
    conn.execute(
        "INSERT OR REPLACE INTO framework_copy (id, framework_id, version, content_hash, data) VALUES (1, ?, ?, ?, ?)",
        (framework.id, framework.version, framework.content_hash, to_bytes(framework)),
    )


def fill_framework_copy(conn: sqlite3.Connection) -> None:
    """Migration to schema 3: keep the file's framework in its new table, where it can be found.

    The framework is the installed one if the file's hash is its hash, else the archived release
    with that hash; a file whose framework is neither (a pre-release) keeps none and opens with
    the installed framework, as before.
    """
    row = conn.execute("SELECT framework_id, framework_hash FROM meta").fetchone()
    if row is None or not all(isinstance(value, str) for value in row):
        return  # a damaged record: reading the details reports it
    framework_id, file_hash = row
    installed = _installed(framework_id)
    source = installed if installed is not None and installed.content_hash == file_hash else archived(file_hash)
    if source is not None:
        write_copy(conn, source)


def instruments_of_file_framework(conn: sqlite3.Connection) -> tuple[str, ...] | None:
    """Migration to schema 5: the instrument ids of the framework the file was answered against.

    From the installed framework when it has the file's hash, else its copy (decoded and validated
    as on open), else the archived release with that hash; ``None`` when there is none, or when
    the copy is damaged (opening the file reports that).
    """
    row = conn.execute("SELECT framework_id, framework_hash FROM meta").fetchone()
    if row is None or not all(isinstance(value, str) for value in row):
        return None
    framework_id, file_hash = row
    installed = _installed(framework_id)
    if installed is not None and installed.content_hash == file_hash:
        return installed.instrument_ids()
    blob = read_copy(conn)
    try:
        source = from_bytes(blob, expected_hash=file_hash) if blob is not None else archived(file_hash)
    except FrameworkError:
        return None
    return source.instrument_ids() if source is not None else None
