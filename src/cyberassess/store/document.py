"""The ``.cyberassess`` document: one assessment in one SQLite file.

:class:`Assessment` is the only way anything reads or writes an assessment file. Every edit is one
``BEGIN IMMEDIATE … COMMIT`` transaction with ``synchronous=FULL``: when a method returns, the
change is on the medium, and an edit that fails leaves the file as it was. Each edit also
appends to the change history in the same transaction.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import sqlite3
import threading
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam
from sqlalchemy.engine import Connection, Engine
from sqlmodel import Session, select

from .. import __version__
from ..atomicfile import atomic_target, fsync_dir, temp_path
from ..errors import (
    DocumentError,
    FileLockedError,
    InputError,
    NewerSchemaError,
    ReadOnlyError,
)
from ..framework import Framework, get_framework
from ..framework.instruments import resolve as resolve_instruments
from ..framework.portable import to_bytes
from ..safetext import MAX_NOTE_CHARS, check_line, check_text, printable
from . import cipher
from .baseline import BaselineMixin
from .connection import READ_OPTION, make_engine, migrated_copy, translated_errors
from .evidence_files import EvidenceMixin
from .fileformat import (
    APPLICATION_ID,
    FILE_SUFFIX,
    READ_ONLY_MEDIUM,
    READ_ONLY_REQUESTED,
    SCHEMA_VERSION,
    ExpectedSchema,
    edit_obstacle,
    foreign_objects,
    foreign_objects_reason,
    identify,
    normalized_sql,
    raise_storage_error,
    sniff,
    writable,
)
from .framework_copy import FrameworkCopy, choose_framework, read_copy
from .instrument_choice import InstrumentChoiceMixin
from .journals import check_journals
from .lock import LockHeld, LockRefused, WriterLock
from .logs import LogsMixin
from .migrations import migrate
from .records import (
    EVIDENCE_COLUMNS,
    KEEP,
    AnswerRecord,
    AnswerValue,
    AssessmentInfo,
    _Keep,
    answer_from_row,
    info_from_row,
    parse_value,
    utc_now,
)
from .review import ReviewRecordMixin
from .schema import (
    APPEND_ONLY_TRIGGERS,
    CONFIDENCES,
    Answer,
    Evidence,
    History,
    Meta,
    metadata,
)
from .upgrade import RetiredAnswer  # noqa: F401 - its table is created with the others

_ANSWER = Answer.__table__  # type: ignore[attr-defined]
_HISTORY = History.__table__  # type: ignore[attr-defined]
_META = Meta.__table__  # type: ignore[attr-defined]
_EVIDENCE = Evidence.__table__  # type: ignore[attr-defined]
# Statements built once: executing them with parameters skips SQLAlchemy's per-call construction.
_SELECT_ANSWER = _ANSWER.select().where(_ANSWER.c.indicator_id == bindparam("key"))
_INSERT_ANSWER = _ANSWER.insert()
_UPDATE_ANSWER = _ANSWER.update().where(_ANSWER.c.indicator_id == bindparam("key"))
_DELETE_ANSWER = _ANSWER.delete().where(_ANSWER.c.indicator_id == bindparam("key"))
_INSERT_HISTORY = _HISTORY.insert()
_SELECT_EVIDENCE = select(*(_EVIDENCE.c[name] for name in EVIDENCE_COLUMNS)).order_by(_EVIDENCE.c.id)
_TOUCH_META = _META.update().values(modified_at=bindparam("now"), app_version_written=bindparam("version"))


MAX_ASSESSORS = 100  # names in an assessment's details


def _answer_json(record: AnswerRecord | None) -> str | None:
    if record is None:
        return None
    data = {"value": record.value, "justification": record.justification, "confidence": record.confidence}
    return json.dumps(data, ensure_ascii=False)


@functools.cache
def expected_schema() -> ExpectedSchema:
    """The objects CyberAssess makes in a file, derived from the SQLModel tables and the app's own triggers.

    Tables and indexes come from the metadata, so tables added for a new schema version are known
    as soon as they are declared; a file of an older version simply has fewer of them.
    """
    triggers = {}
    for ddl in APPEND_ONLY_TRIGGERS:
        sql = normalized_sql(ddl)
        triggers[sql.split()[2]] = sql  # CREATE TRIGGER <name> …
    return ExpectedSchema(
        tables=frozenset(metadata.tables),
        indexes=frozenset(str(index.name) for table in metadata.tables.values() for index in table.indexes),
        triggers=triggers,
    )


def _held_elsewhere(path: Path) -> bool:
    """Whether a writer has ``path`` open now (probed without taking the lock)."""
    try:
        return WriterLock(path).holder() is not None
    except (LockRefused, OSError):
        return False


def _checked_people(names: list[str] | tuple[str, ...]) -> list[str]:
    """Assessors' names as stored: one line each, bounded (see :mod:`..safetext`), blanks dropped."""
    if len(names) > MAX_ASSESSORS:
        raise InputError(
            f"{len(names)} assessors are too many (at most {MAX_ASSESSORS}).", "Name the assessors who took part."
        )
    people = [check_line("assessor's name", name) for name in names]
    return [name for name in people if name]


def _pragmas(engine: Engine, *statements: str) -> None:
    """Run statements outside any transaction (pragmas that a transaction would undo or refuse)."""
    raw = engine.raw_connection()
    try:
        for statement in statements:
            raw.driver_connection.execute(statement)  # type: ignore[union-attr]
    finally:
        raw.close()


class Assessment(EvidenceMixin, LogsMixin, ReviewRecordMixin, BaselineMixin, InstrumentChoiceMixin):
    """An open assessment file. Use :meth:`create` or :meth:`open`; close it (or use ``with``)."""

    def __init__(self, path: Path, engine: Engine, lock: WriterLock | None, read_only_reason: str | None) -> None:
        self.path = path
        self._engine = engine
        self._lock = lock
        self.read_only_reason = read_only_reason
        self._mutex = threading.RLock()
        self._closed = False
        self.migrated_from: int | None = None
        self.backup_path: Path | None = None
        self._passphrase: bytes | None = None  # in memory only, while the document is open
        self._immutable = False
        self._info = self._load_info()
        choice = choose_framework(
            self._info.framework_id, self._info.framework_hash, self._read_framework_copy, file_name=path.name
        )
        self.framework: Framework = choice.framework
        self.installed_framework: Framework | None = choice.installed  # when a different version is installed
        # the framework is not the one the file was answered against (no copy of that one was found)
        self.framework_changed = self.framework.content_hash != self._info.framework_hash

    def _read_framework_copy(self) -> bytes | None:
        with self._transaction("read the framework copy", write=False) as conn:
            raw: Any = conn.connection.driver_connection  # sqlite3 or sqlcipher3
            return read_copy(raw)

    # ----------------------------------------------------------------- lifecycle
    @classmethod
    def create(
        cls,
        path: Path | str,
        *,
        country: str,
        mission: str,
        assessors: list[str] | tuple[str, ...] = (),
        framework: Framework | None = None,
        target_stage: int | None = None,
        overwrite: bool = False,
        passphrase: bytes | str | None = None,
        instruments: Iterable[str] | None = None,
    ) -> Assessment:
        """Write a new, empty assessment atomically (a temporary file renamed into place) and open it.

        With ``passphrase`` the file is encrypted (SQLCipher) from its first byte. ``instruments``:
        the ids (or short names) of the instruments that apply to the country; by default the
        framework's global ones (:mod:`.instrument_choice`).
        """
        path = Path(path)
        key = cipher.check_new_passphrase(passphrase) if passphrase is not None else None
        fw = framework or get_framework("cybercrime-capacity")
        chosen = fw.default_instrument_ids() if instruments is None else resolve_instruments(fw, instruments)
        target = target_stage if target_stage is not None else fw.default_target_stage
        if target not in range(1, 6):
            raise InputError(f"Target stage {target} is not a stage.", "Use a stage from 1 to 5.")
        country, mission = check_line("country", country), check_line("mission name", mission)
        if not country:
            raise InputError("The country is missing.", "Give the country being assessed.")
        assessors = _checked_people(assessors)
        if path.exists() and not overwrite:
            raise DocumentError(f"{path.name} already exists.", "Choose another name, or open the existing file.")
        if not path.parent.is_dir():
            raise DocumentError(f"The folder {path.parent} does not exist.", "Create it first or choose another.")
        if not writable(path):
            raise DocumentError(
                f"Cannot write in {path.parent} (read-only folder or medium).", "Choose another folder."
            )
        tmp = temp_path(path)
        now = utc_now()
        people = list(assessors)
        try:
            engine = make_engine(tmp, create=True, passphrase=key)
            with translated_errors(path, "create the assessment"):
                metadata.create_all(engine)
                with Session(engine) as s, s.begin():
                    for ddl in APPEND_ONLY_TRIGGERS:
                        s.connection().exec_driver_sql(ddl)
                    s.add(
                        Meta(
                            file_uuid=str(uuid.uuid4()),
                            schema_version=SCHEMA_VERSION,
                            app_version_created=__version__,
                            app_version_written=__version__,
                            framework_id=fw.id,
                            framework_version=fw.version,
                            framework_hash=fw.content_hash,
                            country=country,
                            mission=mission,
                            assessors=json.dumps(people, ensure_ascii=False),
                            target_stage=target,
                            created_at=now,
                            modified_at=now,
                            instruments=json.dumps(list(chosen)),
                        )
                    )
                    s.add(
                        FrameworkCopy(
                            framework_id=fw.id, version=fw.version, content_hash=fw.content_hash, data=to_bytes(fw)
                        )
                    )
                    s.add(
                        History(
                            at=now,
                            assessor=people[0] if people else "",
                            action="create",
                            new=json.dumps(
                                {"country": country, "mission": mission, "instruments": list(chosen)},
                                ensure_ascii=False,
                            ),
                        )
                    )
                _pragmas(
                    engine,
                    f"PRAGMA application_id = {APPLICATION_ID}",
                    f"PRAGMA user_version = {SCHEMA_VERSION}",
                    "PRAGMA journal_mode = DELETE",
                )
            engine.dispose()
            with open(tmp, "rb+") as handle:
                os.fsync(handle.fileno())
            os.replace(tmp, path)
            fsync_dir(path.parent)
        finally:
            for leftover in (tmp, tmp.with_name(tmp.name + "-wal"), tmp.with_name(tmp.name + "-shm")):
                with contextlib.suppress(OSError):
                    leftover.unlink()
        return cls.open(path, passphrase=key)

    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        read_only: bool = False,
        allow_read_only: bool = True,
        passphrase: bytes | str | None = None,
    ) -> Assessment:
        """Open ``path`` for editing, or read-only when asked, locked elsewhere, on read-only media or newer.

        With ``allow_read_only=False`` a file that cannot be edited raises instead of opening read-only.
        Before SQLite touches the file, hostile surroundings are refused (:func:`.journals.check_journals`);
        a file holding schema objects CyberAssess did not make (a trigger would run on every edit)
        is never edited (:func:`.fileformat.foreign_objects`).
        An encrypted file needs its ``passphrase``; without one, the installed passphrase source is
        asked (:func:`.cipher.set_passphrase_source`). A plain file ignores ``passphrase``.
        """
        path = Path(path)
        sniff(path)
        key = cipher.key_for(path, passphrase)
        reason: str | None = READ_ONLY_REQUESTED if read_only else None
        hint = "Close it in the other window or program, or open it read-only."
        immutable = False
        in_use = False  # another writer has it open now (its journal is its own)
        lock: WriterLock | None = None
        obstacle = None if reason else edit_obstacle(path)
        if obstacle is not None:
            reason, hint = obstacle
            immutable = reason == READ_ONLY_MEDIUM and not path.with_name(path.name + "-wal").exists()
        if reason is None:
            lock = WriterLock(path)
            try:
                lock.acquire()
            except LockHeld as held:
                lock, reason, in_use = None, held.reason(), True
            except LockRefused as refused:
                lock, reason = None, refused.reason()
                hint = (
                    f"Delete {printable(refused.path.name)} (CyberAssess never makes it so), then open the file again."
                )
            except OSError:
                lock, reason = None, READ_ONLY_MEDIUM
        else:
            in_use = _held_elsewhere(path)
        try:
            check_journals(path, in_use=in_use)
            if reason is not None and not allow_read_only and not read_only:
                error = FileLockedError if in_use else DocumentError
                raise error(f"{path.name} cannot be edited: {reason}.", hint)
            engine = make_engine(path, read_only=reason is not None, immutable=immutable, passphrase=key)
            version, foreign = cls._check_file(engine, path)
            if version > SCHEMA_VERSION:
                if not allow_read_only:
                    engine.dispose()
                    raise NewerSchemaError(
                        f"{path.name} was written by a newer CyberAssess (file format {version}).",
                        "Update CyberAssess to edit it; this version can open it read-only.",
                    )
                if reason is None:
                    reason = f"it was written by a newer CyberAssess (file format {version}); update to edit it"
            elif foreign:
                foreign_reason, foreign_hint = foreign_objects_reason(foreign)
                if not allow_read_only:
                    engine.dispose()
                    raise DocumentError(f"{path.name} cannot be edited: {foreign_reason}.", foreign_hint)
                if reason is None:
                    reason = foreign_reason  # read-only: triggers run on writes only, and nothing is written
            if reason is not None and lock is not None:
                with contextlib.suppress(Exception):
                    _pragmas(engine, "PRAGMA journal_mode = DELETE")  # leave the file as it was found
                engine.dispose()
                engine = make_engine(path, read_only=True, passphrase=key)
                lock.release()
                lock = None
            migrated_from = None
            backup = None
            if version < SCHEMA_VERSION and reason is not None:  # read an upgraded copy; the file stays as it is
                with translated_errors(path, "read the older file format"):
                    engine = migrated_copy(engine, version)
            elif version < SCHEMA_VERSION:
                backup = path.with_name(f"{path.stem}.format{version}-backup{FILE_SUFFIX}")
                cls._copy(engine, path, key, backup, key)
                with translated_errors(path, "upgrade the file format"):
                    raw = engine.raw_connection()
                    try:
                        migrate(raw.driver_connection, version)  # type: ignore[arg-type]
                    finally:
                        raw.close()
                migrated_from = version
            try:
                doc = cls(path, engine, lock, reason)
            except BaseException:
                engine.dispose()
                raise
            doc.migrated_from, doc.backup_path = migrated_from, backup
            doc._passphrase, doc._immutable = key, immutable
            return doc
        except BaseException:
            if lock:
                lock.release()
            raise

    @staticmethod
    def _check_file(engine: Engine, path: Path) -> tuple[int, list[str]]:
        """Identify the file and check its integrity; returns its schema version and its foreign objects."""
        try:
            raw = engine.raw_connection()
            try:
                conn: Any = raw.driver_connection  # sqlite3 or sqlcipher3
                conn.execute("BEGIN")
                try:
                    version = identify(conn, path)
                    foreign = foreign_objects(conn, expected_schema()) if version <= SCHEMA_VERSION else []
                    return version, foreign
                finally:
                    conn.execute("ROLLBACK")
            finally:
                raw.close()
        except DocumentError:
            engine.dispose()
            raise
        except Exception as exc:
            engine.dispose()
            raise_storage_error(exc, path, "open the file")

    def close(self) -> None:
        """Checkpoint the journal into the file (so it can be copied alone) and release the lock."""
        with self._mutex:
            if self._closed:
                return
            self._closed = True
            if self.read_only_reason is None:
                with contextlib.suppress(Exception):
                    _pragmas(self._engine, "PRAGMA wal_checkpoint(TRUNCATE)", "PRAGMA journal_mode = DELETE")
            self._engine.dispose()
            if self._lock:
                self._lock.release()

    def __enter__(self) -> Assessment:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    @property
    def closed(self) -> bool:
        return self._closed

    @property
    def encrypted(self) -> bool:
        """Whether the file is encrypted (SQLCipher)."""
        return self._passphrase is not None

    def save_as(
        self, target: Path | str, *, switch: bool = False, passphrase: bytes | str | _Keep | None = KEEP
    ) -> Path:
        """Copy the whole assessment to ``target`` atomically (backup API → temp file → rename).

        With ``switch`` the document continues on the copy (and becomes writable there).
        ``passphrase``: ``KEEP`` (the default) protects the copy as the original (same passphrase, or
        none); ``None`` writes a plain copy; a passphrase encrypts the copy with it.
        """
        if isinstance(passphrase, _Keep):
            target_key = self._passphrase
        else:
            target_key = cipher.check_new_passphrase(passphrase) if passphrase is not None else None
        target = Path(target).resolve()
        if target == self.path.resolve():
            raise InputError("That is the file already open.", "Choose another name or folder.")
        if not writable(target):
            raise DocumentError(f"Cannot write in {target.parent} (read-only or missing).", "Choose another folder.")
        held = WriterLock(target).holder() if target.exists() else None
        if held is not None:
            raise FileLockedError(f"{target.name} is open in another window ({held.describe()}).")
        with self._mutex:
            self._copy(self._engine, self.path, self._passphrase, target, target_key, immutable=self._immutable)
        if switch:
            self.close()
            other = Assessment.open(target, passphrase=target_key)
            self.__dict__.update(other.__dict__)
        return target

    def plain_image(self) -> bytes:
        """A consistent, plain (unencrypted) copy of the whole file, in memory (for sealed packages)."""
        with self._mutex, translated_errors(self.path, "copy the assessment"):
            self._check_usable(False)
            raw = self._engine.raw_connection()
            try:
                return cipher.plain_image(raw.driver_connection)
            finally:
                raw.close()

    @classmethod
    def _copy(
        cls,
        engine: Engine,
        source: Path,
        source_key: bytes | None,
        target: Path,
        target_key: bytes | None,
        *,
        immutable: bool = False,
    ) -> None:
        """A consistent copy of the open database at ``target``, plain or encrypted, written atomically."""
        if source_key is None and target_key is None:
            cls._backup_to(engine, target)
            return
        try:
            with translated_errors(target, "write the copy"), atomic_target(target) as tmp:
                cipher.export_copy(source, source_key, tmp, target_key, immutable=immutable)
        except OSError as exc:
            raise DocumentError(f"Could not write {target.name}: {exc.strerror}.", "Choose another folder.") from None

    @staticmethod
    def _backup_to(engine: Engine, target: Path) -> None:
        """A consistent copy of the open database, through SQLite's backup API, written atomically."""
        try:
            with translated_errors(target, "write the copy"), atomic_target(target) as tmp:
                raw = engine.raw_connection()
                try:
                    dst = sqlite3.connect(tmp)
                    try:
                        raw.driver_connection.backup(dst)  # type: ignore[union-attr]
                        dst.execute("PRAGMA journal_mode = DELETE")
                    finally:
                        dst.close()
                finally:
                    raw.close()
        except OSError as exc:
            raise DocumentError(f"Could not write {target.name}: {exc.strerror}.", "Choose another folder.") from None

    # ----------------------------------------------------------------- plumbing
    @contextmanager
    def _session(self, action: str, *, write: bool) -> Iterator[Session]:
        """An ORM session in one transaction (for the less frequent operations)."""
        with self._transaction(action, write=write) as conn, Session(bind=conn, expire_on_commit=False) as s:
            yield s
            s.flush()

    @contextmanager
    def _transaction(self, action: str, *, write: bool) -> Iterator[Connection]:
        """A SQLAlchemy Core transaction: the lean path for frequent edits and reads."""
        self._check_usable(write)
        with self._mutex, translated_errors(self.path, action), self._engine.connect() as conn:
            if not write:
                conn = conn.execution_options(**{READ_OPTION: True})
            with conn.begin():
                yield conn

    @staticmethod
    def _log(
        conn: Connection,
        at: str,
        assessor: str,
        action: str,
        indicator_id: str | None,
        old: str | None,
        new: str | None,
        source: str,
    ) -> None:
        """Append one entry to the history, inside the caller's transaction."""
        entry = {"at": at, "assessor": assessor, "action": action, "indicator_id": indicator_id}
        conn.execute(_INSERT_HISTORY, {**entry, "old": old, "new": new, "source": source})

    def _check_usable(self, write: bool) -> None:
        if self._closed:
            raise DocumentError("The assessment is closed.")
        if write and self.read_only_reason is not None:
            raise ReadOnlyError(
                f"{self.path.name} is read-only: {self.read_only_reason}.",
                "Use Save As to continue on a copy.",
            )

    def _touch(self, s: Session | Connection, now: str) -> None:
        conn = s.connection() if isinstance(s, Session) else s
        conn.execute(_TOUCH_META, {"now": now, "version": __version__})

    def _load_info(self) -> AssessmentInfo:
        with self._transaction("read the assessment", write=False) as conn:
            row = conn.execute(_META.select().where(_META.c.id == 1)).mappings().first()
            return info_from_row(row, self.path.name)

    def _check_indicator(self, indicator_id: str) -> None:
        if not self.framework.has_indicator(indicator_id):
            raise InputError(
                f"'{indicator_id}' is not an indicator of {self.framework.id} {self.framework.version}.",
                "Run 'cyberassess status' to see the indicator ids.",
            )

    def _default_assessor(self, assessor: str | None) -> str:
        if assessor is not None:
            return check_line("assessor's name", assessor)
        return self._info.assessors[0] if self._info.assessors else ""

    # ----------------------------------------------------------------- meta
    @property
    def info(self) -> AssessmentInfo:
        return self._info

    def update_info(
        self,
        *,
        country: str | None = None,
        mission: str | None = None,
        assessors: list[str] | tuple[str, ...] | None = None,
        target_stage: int | None = None,
        by: str | None = None,
    ) -> AssessmentInfo:
        """Change the assessment's details; each change is recorded in the history."""
        if target_stage is not None and target_stage not in range(1, 6):
            raise InputError(f"Target stage {target_stage} is not a stage.", "Use a stage from 1 to 5.")
        country = None if country is None else check_line("country", country)
        mission = None if mission is None else check_line("mission name", mission)
        assessors = None if assessors is None else _checked_people(assessors)
        if country == "":
            raise InputError("The country is missing.", "Give the country being assessed.")
        now = utc_now()
        with self._session("save the details", write=True) as s:
            meta = s.get(Meta, 1)
            assert meta is not None
            changes: dict[str, tuple[Any, Any]] = {}
            for field, new in (
                ("country", country),
                ("mission", mission),
                ("assessors", json.dumps(assessors, ensure_ascii=False) if assessors is not None else None),
                ("target_stage", target_stage),
            ):
                if new is not None and getattr(meta, field) != new:
                    changes[field] = (getattr(meta, field), new)
                    setattr(meta, field, new)
            if changes:
                s.add(meta)
                s.add(
                    History(
                        at=now,
                        assessor=self._default_assessor(by),
                        action="details",
                        old=json.dumps({k: v[0] for k, v in changes.items()}, ensure_ascii=False),
                        new=json.dumps({k: v[1] for k, v in changes.items()}, ensure_ascii=False),
                    )
                )
                self._touch(s, now)
        self._info = self._load_info()
        return self._info

    def set_last_position(self, indicator_id: str) -> None:
        """Remember the indicator the assessor is on (not a change of content: no history entry)."""
        self._check_indicator(indicator_id)
        if self.read_only or self._info.last_indicator_id == indicator_id:
            return
        with self._session("remember the position", write=True) as s:
            meta = s.get(Meta, 1)
            assert meta is not None
            meta.last_indicator_id = indicator_id
            s.add(meta)
        self._info = self._load_info()

    # ----------------------------------------------------------------- answers
    def answers(self) -> dict[str, AnswerRecord]:
        with self._transaction("read the answers", write=False) as conn:
            return {row["indicator_id"]: answer_from_row(row) for row in conn.execute(_ANSWER.select()).mappings()}

    def answer(self, indicator_id: str) -> AnswerRecord | None:
        with self._transaction("read the answer", write=False) as conn:
            row = conn.execute(_SELECT_ANSWER, {"key": indicator_id}).mappings().first()
            return answer_from_row(row) if row else None

    def set_answer(
        self,
        indicator_id: str,
        value: AnswerValue | str | _Keep | None = KEEP,
        *,
        justification: str | _Keep = KEEP,
        confidence: str | _Keep | None = KEEP,
        assessor: str | None = None,
        source: str = "app",
        updated_at: str | None = None,
    ) -> AnswerRecord:
        """Save an answer (stage, N/A, Unknown or ``None`` for not yet rated), note and confidence.

        Fields left as :data:`KEEP` keep their saved value. The answer is durable when this returns.
        In a follow-up, saving an answer carried over from the baseline confirms it (choosing the same
        stage again does too); see :mod:`.baseline`.
        """
        self._check_indicator(indicator_id)
        new_value = value if isinstance(value, _Keep) or value is None else parse_value(value)
        if not isinstance(confidence, _Keep) and confidence is not None and confidence not in CONFIDENCES:
            raise InputError(f"'{confidence}' is not a confidence.", "Use low, medium or high.")
        if not isinstance(justification, _Keep):
            justification = check_text(f"justification of {indicator_id}", justification, max_chars=MAX_NOTE_CHARS)
        who = self._default_assessor(assessor)
        now = utc_now()
        with self._transaction("save the answer", write=True) as conn:
            row = conn.execute(_SELECT_ANSWER, {"key": indicator_id}).mappings().first()
            old = answer_from_row(row) if row else None
            fields: dict[str, Any] = (
                dict(row)
                if row
                else {
                    "indicator_id": indicator_id,
                    "value": None,
                    "justification": "",
                    "confidence": None,
                    "revision": 0,
                }
            )
            if not isinstance(new_value, _Keep):
                fields["value"] = None if new_value is None else str(new_value)
            if not isinstance(justification, _Keep):
                fields["justification"] = justification
            if not isinstance(confidence, _Keep):
                fields["confidence"] = confidence
            if row is not None and all(fields[k] == row[k] for k in ("value", "justification", "confidence")):
                assert old is not None
                if not isinstance(new_value, _Keep):  # the same stage chosen again confirms a carried-over answer
                    self._answer_saved(conn, indicator_id, changed=False, who=who, now=now, source=source)
                return old
            fields.update(assessor=who, updated_at=updated_at or now, revision=fields["revision"] + 1)
            if row:
                conn.execute(_UPDATE_ANSWER, {**fields, "key": indicator_id})
            else:
                conn.execute(_INSERT_ANSWER, fields)
            new = answer_from_row(fields)
            self._log(conn, now, who, "answer", indicator_id, _answer_json(old), _answer_json(new), source)
            self._answer_saved(conn, indicator_id, changed=True, who=who, now=now, source=source)
            self._touch(conn, now)
        return new

    def clear_answer(self, indicator_id: str, *, assessor: str | None = None, source: str = "app") -> None:
        """Remove an indicator's answer entirely (it becomes unanswered, without a note)."""
        self._check_indicator(indicator_id)
        who, now = self._default_assessor(assessor), utc_now()
        with self._transaction("clear the answer", write=True) as conn:
            row = conn.execute(_SELECT_ANSWER, {"key": indicator_id}).mappings().first()
            if row is None:
                return
            self._log(conn, now, who, "answer", indicator_id, _answer_json(answer_from_row(row)), None, source)
            conn.execute(_DELETE_ANSWER, {"key": indicator_id})
            self._answer_saved(conn, indicator_id, changed=True, who=who, now=now, source=source)
            self._touch(conn, now)
