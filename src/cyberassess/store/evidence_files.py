"""Evidence files of an assessment: attach, list, read (checked against their SHA-256), extract, remove.

A mixin of :class:`cyberassess.store.document.Assessment`: each edit is one transaction with its
history row (``evidence-add``, ``evidence-remove``); the file checks (size, names that cannot leave
their folder, content changed outside CyberAssess) are in :mod:`.evidence`.
"""

from __future__ import annotations

import hashlib
import json
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.engine import Connection
from sqlmodel import Session, select

from ..errors import DocumentError, InputError
from . import evidence as ev
from .records import EVIDENCE_COLUMNS, EvidenceRecord, evidence_from_row, utc_now
from .schema import Evidence, History

_EVIDENCE = Evidence.__table__  # type: ignore[attr-defined]
_SELECT_EVIDENCE = select(*(_EVIDENCE.c[name] for name in EVIDENCE_COLUMNS)).order_by(_EVIDENCE.c.id)


class EvidenceMixin:
    """The evidence files of :class:`~cyberassess.store.document.Assessment`."""

    evidence_limit: int = ev.DEFAULT_LIMIT_BYTES

    if TYPE_CHECKING:
        path: Path

        def _session(self, action: str, *, write: bool) -> AbstractContextManager[Session]: ...
        def _transaction(self, action: str, *, write: bool) -> AbstractContextManager[Connection]: ...
        def _check_indicator(self, indicator_id: str) -> None: ...
        def _default_assessor(self, assessor: str | None) -> str: ...
        def _touch(self, s: Session | Connection, now: str) -> None: ...

    def add_evidence(
        self,
        indicator_id: str,
        source: Path | str | None = None,
        *,
        data: bytes | None = None,
        name: str | None = None,
        assessor: str | None = None,
    ) -> EvidenceRecord:
        """Attach a file (read from ``source``, or given as ``data`` + ``name``) to an indicator."""
        self._check_indicator(indicator_id)
        if data is None:
            if source is None:
                raise InputError("No evidence file given.")
            source = Path(source)
            data = ev.read_evidence_file(source, self.evidence_limit)
            name = name or source.name
        ev.check_size(name or "evidence", len(data), self.evidence_limit)
        file_name = ev.safe_file_name(name or "evidence")
        who, now = self._default_assessor(assessor), utc_now()
        digest = hashlib.sha256(data).hexdigest()
        with self._session("attach the evidence", write=True) as s:
            row = Evidence(
                indicator_id=indicator_id,
                file_name=file_name,
                mime_type=ev.guess_mime(file_name),
                size=len(data),
                sha256=digest,
                added_by=who,
                added_at=now,
                content=data,
            )
            s.add(row)
            s.flush()
            assert row.id is not None
            s.add(
                History(
                    at=now,
                    assessor=who,
                    action="evidence-add",
                    indicator_id=indicator_id,
                    new=json.dumps(
                        {"id": row.id, "file_name": file_name, "sha256": digest, "size": len(data)}, ensure_ascii=False
                    ),
                )
            )
            self._touch(s, now)
            return evidence_from_row({name: getattr(row, name) for name in EVIDENCE_COLUMNS})

    def evidence(self, indicator_id: str | None = None) -> list[EvidenceRecord]:
        """Attached files (without their content), in the order they were added."""
        query = (
            _SELECT_EVIDENCE
            if indicator_id is None
            else _SELECT_EVIDENCE.where(_EVIDENCE.c.indicator_id == indicator_id)
        )
        with self._transaction("read the evidence list", write=False) as conn:
            return [evidence_from_row(row) for row in conn.execute(query).mappings()]

    def evidence_content(self, evidence_id: int) -> bytes:
        """The bytes of an evidence file, checked against the size and SHA-256 recorded when it was added.

        Content that is not stored as a file (text instead of a blob) or no longer matches its
        recorded SHA-256 was changed outside CyberAssess: it raises :class:`CorruptDocumentError`
        instead of being handed out as the evidence.
        """
        query = select(*(_EVIDENCE.c[name] for name in ("file_name", "size", "sha256", "content"))).where(
            _EVIDENCE.c.id == evidence_id
        )
        with self._transaction("read the evidence", write=False) as conn:
            row = conn.execute(query).mappings().first()
        if row is None:
            raise InputError(f"There is no evidence file number {evidence_id}.")
        return ev.verified_content(self.path.name, evidence_id, row)

    def extract_evidence(self, evidence_id: int, folder: Path | str) -> Path:
        """Write an evidence file into ``folder`` under its (safe) name; never outside that folder.

        The content is checked first (:meth:`evidence_content`) and written to a temporary file that
        is renamed into place: a refused or failed extraction leaves no empty or partial file.
        """
        record = next((e for e in self.evidence() if e.id == evidence_id), None)
        if record is None:
            raise InputError(f"There is no evidence file number {evidence_id}.")
        content = self.evidence_content(evidence_id)
        target = ev.target_in_folder(Path(folder), record.file_name)
        try:
            ev.write_new_file(target, content)
        except OSError as exc:
            raise DocumentError(f"Could not write {target.name}: {exc.strerror}.", "Choose another folder.") from None
        return target

    def remove_evidence(self, evidence_id: int, *, assessor: str | None = None) -> None:
        who, now = self._default_assessor(assessor), utc_now()
        with self._session("remove the evidence", write=True) as s:
            row = s.get(Evidence, evidence_id)
            if row is None:
                return
            s.add(
                History(
                    at=now,
                    assessor=who,
                    action="evidence-remove",
                    indicator_id=row.indicator_id,
                    old=json.dumps(
                        {"id": row.id, "file_name": row.file_name, "sha256": row.sha256}, ensure_ascii=False
                    ),
                )
            )
            s.delete(row)
            self._touch(s, now)
