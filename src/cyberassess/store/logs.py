"""The logs an assessment keeps: the change history, the report log and the merge provenance.

A mixin of :class:`cyberassess.store.document.Assessment`. What is read back is bounded (text cut
with a marker) and names are neutralised: the rows may come from a file made elsewhere.
"""

from __future__ import annotations

import json
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func
from sqlalchemy.engine import Connection
from sqlmodel import Session, col, select

from ..safetext import MAX_LINE_CHARS, MAX_NOTE_CHARS, printable, safe_name
from .records import HistoryRecord, MergeInputRecord, ReportRecord, bounded, text_to_value, utc_now
from .schema import History, MergeInput, ReportLog


class LogsMixin:
    """History, report log and merge provenance of :class:`~cyberassess.store.document.Assessment`."""

    if TYPE_CHECKING:
        path: Path

        def _session(self, action: str, *, write: bool) -> AbstractContextManager[Session]: ...
        def _transaction(self, action: str, *, write: bool) -> AbstractContextManager[Connection]: ...
        def _check_indicator(self, indicator_id: str) -> None: ...
        def _default_assessor(self, assessor: str | None) -> str: ...
        def _touch(self, s: Session | Connection, now: str) -> None: ...

    def history(self, *, indicator_id: str | None = None, limit: int | None = None) -> list[HistoryRecord]:
        """The change history, oldest first (the newest ``limit`` entries when given)."""
        query = select(History)
        if indicator_id is not None:
            query = query.where(History.indicator_id == indicator_id)
        if limit is not None:
            query = query.order_by(col(History.id).desc()).limit(limit)
        with self._session("read the history", write=False) as s:
            rows = [
                HistoryRecord(
                    r.id or 0,
                    r.at,
                    bounded(r.assessor, MAX_LINE_CHARS),
                    bounded(r.action, MAX_LINE_CHARS),
                    r.indicator_id,
                    r.old,
                    r.new,
                    bounded(r.source, MAX_LINE_CHARS),
                )
                for r in s.exec(query)
            ]
        return sorted(rows, key=lambda r: r.id)

    def history_count(self) -> int:
        with self._session("read the history", write=False) as s:
            return int(s.exec(select(func.count()).select_from(History)).one())

    def log_report(
        self,
        kind: str,
        file_name: str,
        sha256: str,
        *,
        signer: str | None = None,
        certificate_sha256: str | None = None,
        language: str = "en",
    ) -> ReportRecord:
        """Record an exported report or matrix (its name and SHA-256) in the report log.

        The name and the signer (from a certificate: untrusted) are stored neutralised and bounded:
        refusing them here would fail an export that has already been written.
        """
        file_name = safe_name(bounded(file_name, MAX_LINE_CHARS))
        signer = None if signer is None else printable(bounded(signer, MAX_LINE_CHARS))
        now = utc_now()
        with self._session("record the export", write=True) as s:
            row = ReportLog(
                at=now,
                kind=kind,
                file_name=file_name,
                sha256=sha256,
                signer=signer,
                certificate_sha256=certificate_sha256,
                language=language,
            )
            s.add(row)
            s.flush()
            s.add(
                History(
                    at=now,
                    assessor=signer or "",
                    action=f"export-{kind}",
                    new=json.dumps({"file_name": file_name, "sha256": sha256}, ensure_ascii=False),
                )
            )
            return ReportRecord(row.id or 0, now, kind, file_name, sha256, signer, certificate_sha256, language)

    def reports(self) -> list[ReportRecord]:
        with self._session("read the report log", write=False) as s:
            return [
                ReportRecord(
                    r.id or 0,
                    r.at,
                    bounded(r.kind, MAX_LINE_CHARS),
                    safe_name(bounded(r.file_name, MAX_LINE_CHARS)),
                    r.sha256,
                    None if r.signer is None else bounded(r.signer, MAX_LINE_CHARS),
                    r.certificate_sha256,
                    r.language,
                )
                for r in s.exec(select(ReportLog).order_by(col(ReportLog.id)))
            ]

    def record_merge_inputs(self, records: list[MergeInputRecord]) -> int:
        """Keep each merged assessor's answers as provenance; returns how many were new."""
        added = 0
        with self._session("record the merge", write=True) as s:
            known = {(m.source_uuid, m.indicator_id) for m in s.exec(select(MergeInput))}
            for r in records:
                if (r.source_uuid, r.indicator_id) in known:
                    continue
                s.add(
                    MergeInput(  # provenance as it came in, bounded (cut with a marker) rather than refused
                        source_uuid=r.source_uuid,
                        source_name=bounded(r.source_name, MAX_LINE_CHARS),
                        assessor=bounded(r.assessor, MAX_LINE_CHARS),
                        indicator_id=r.indicator_id,
                        value=str(r.value),
                        justification=bounded(r.justification, MAX_NOTE_CHARS),
                        confidence=r.confidence,
                        updated_at=r.updated_at,
                    )
                )
                added += 1
        return added

    def merge_inputs(self) -> list[MergeInputRecord]:
        with self._session("read the merge record", write=False) as s:
            return [
                MergeInputRecord(
                    m.source_uuid,
                    bounded(m.source_name, MAX_LINE_CHARS),
                    bounded(m.assessor, MAX_LINE_CHARS),
                    m.indicator_id,
                    text_to_value(m.value),
                    bounded(m.justification, MAX_NOTE_CHARS),
                    m.confidence,
                    m.updated_at,
                )
                for m in s.exec(select(MergeInput).order_by(col(MergeInput.id)))
            ]
