"""The mission record of an assessment: type, dates, host, marking, status, team, consulted, documents."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..errors import InputError
from . import review_checks as check
from .records import KEEP, _Keep, utc_now
from .review_base import ListTable, ReviewBase, unknown_fields
from .review_records import (
    MISSION_TYPES,
    STATUSES,
    ConsultedEntry,
    MissionRecord,
    ReviewedDocument,
    TeamMember,
    consulted_from_row,
    document_from_row,
    mission_from_row,
    team_from_row,
)
from .review_schema import ConsultedRow, DocumentReviewedRow, Mission, TeamMemberRow
from .schema import Evidence

_MISSION = Mission.__table__  # type: ignore[attr-defined]
_EVIDENCE = Evidence.__table__  # type: ignore[attr-defined]

MISSION_FIELDS = ("mission_type", "start_date", "end_date", "host", "marking", "status", "limitations")
TEAM_FIELDS = ("name", "role", "organisation")
CONSULTED_FIELDS = ("institution", "name", "role", "date", "place")
DOCUMENT_FIELDS = ("title", "issuer", "date", "evidence_id")


def _check_team(fields: Mapping[str, Any]) -> dict[str, Any]:
    unknown_fields("team member", fields, TEAM_FIELDS)
    return {name: check.line(f"team member's {name}", value) for name, value in fields.items()}


def _check_consulted(fields: Mapping[str, Any]) -> dict[str, Any]:
    unknown_fields("consulted entry", fields, CONSULTED_FIELDS)
    return {
        name: check.check_date("date of the consultation", value)
        if name == "date"
        else check.line(f"consulted {name}", value)
        for name, value in fields.items()
    }


def _check_document(fields: Mapping[str, Any]) -> dict[str, Any]:
    unknown_fields("document", {k: v for k, v in fields.items() if k != "evidence_sha256"}, DOCUMENT_FIELDS)
    values: dict[str, Any] = {}
    for name, value in fields.items():
        if name == "date":
            values[name] = check.check_date("date of the document", value)
        elif name == "evidence_id":
            if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
                raise InputError(f"The evidence number {value!r:.20} is not a number.")
            values[name] = value
        elif name == "evidence_sha256":  # set with evidence_id by the methods below, never given by callers
            values[name] = value
        else:
            values[name] = check.line(f"document {name}", value)
    return values


TEAM = ListTable(TeamMemberRow.__table__, "team", "team member", team_from_row, _check_team, ("name",))  # type: ignore[attr-defined]
CONSULTED = ListTable(
    ConsultedRow.__table__,  # type: ignore[attr-defined]
    "consulted",
    "consulted entry",
    consulted_from_row,
    _check_consulted,
    ("institution",),
)
DOCUMENTS = ListTable(
    DocumentReviewedRow.__table__,  # type: ignore[attr-defined]
    "document",
    "document",
    document_from_row,
    _check_document,
    ("title",),
)


class MissionMixin(ReviewBase):
    """The mission record, the team, the institutions consulted and the documents reviewed."""

    # ----------------------------------------------------------------- mission
    def mission(self) -> MissionRecord:
        """The mission record (all empty, status draft, until something is set)."""
        with self._transaction("read the mission record", write=False) as conn:
            return mission_from_row(conn.execute(_MISSION.select()).mappings().first())

    def set_mission(
        self,
        *,
        mission_type: str | _Keep | None = KEEP,
        start_date: str | _Keep | None = KEEP,
        end_date: str | _Keep | None = KEEP,
        host: str | _Keep = KEEP,
        marking: str | _Keep = KEEP,
        status: str | _Keep = KEEP,
        limitations: str | _Keep = KEEP,
        by: str | None = None,
    ) -> MissionRecord:
        """Change fields of the mission record (those left as :data:`KEEP` stay); one history row "mission"."""
        given: dict[str, Any] = {
            name: value
            for name, value in (
                ("mission_type", mission_type),
                ("start_date", start_date),
                ("end_date", end_date),
                ("host", host),
                ("marking", marking),
                ("status", status),
                ("limitations", limitations),
            )
            if not isinstance(value, _Keep)
        }
        values: dict[str, Any] = {}
        for name, value in given.items():
            if name == "mission_type":
                values[name] = check.check_choice("mission type", value, MISSION_TYPES, optional=True)
            elif name == "status":
                values[name] = check.check_choice("status", value, STATUSES)
            elif name in ("start_date", "end_date"):
                values[name] = check.check_date(name.replace("_", " "), value)
            elif name == "limitations":
                values[name] = check.note("limitations", value)
            else:
                values[name] = check.line("confidentiality marking" if name == "marking" else name, value)
        now = utc_now()
        with self._transaction("save the mission record", write=True) as conn:
            row = conn.execute(_MISSION.select()).mappings().first()
            old = mission_from_row(row)
            merged = {name: getattr(old, name) for name in MISSION_FIELDS} | values
            check.check_period(merged["start_date"], merged["end_date"])
            new = MissionRecord(**merged)
            if new == old:
                return old
            if row is None:
                conn.execute(_MISSION.insert().values(id=1, **merged))
            else:
                conn.execute(_MISSION.update().where(_MISSION.c.id == 1).values(**values))
            self._write(conn, "mission", old if row is not None else None, new, by, now)
        return new

    # ----------------------------------------------------------------- team
    def team(self) -> list[TeamMember]:
        return self._list(TEAM)

    def add_team_member(
        self, name: str, *, role: str = "", organisation: str = "", by: str | None = None
    ) -> TeamMember:
        return self._add(TEAM, {"name": name, "role": role, "organisation": organisation}, by)

    def update_team_member(self, member_id: int, *, by: str | None = None, **fields: Any) -> TeamMember:
        """Change some of ``name``, ``role``, ``organisation``."""
        return self._update(TEAM, member_id, fields, by)

    def remove_team_member(self, member_id: int, *, by: str | None = None) -> None:
        self._remove(TEAM, member_id, by)

    # ----------------------------------------------------------------- consulted
    def consulted(self) -> list[ConsultedEntry]:
        return self._list(CONSULTED)

    def add_consulted(
        self,
        institution: str,
        *,
        name: str = "",
        role: str = "",
        date: str | None = None,
        place: str = "",
        by: str | None = None,
    ) -> ConsultedEntry:
        """Record an institution or person consulted (a person may be recorded only by role)."""
        fields = {"institution": institution, "name": name, "role": role, "date": date, "place": place}
        return self._add(CONSULTED, fields, by)

    def update_consulted(self, entry_id: int, *, by: str | None = None, **fields: Any) -> ConsultedEntry:
        """Change some of ``institution``, ``name``, ``role``, ``date``, ``place``."""
        return self._update(CONSULTED, entry_id, fields, by)

    def remove_consulted(self, entry_id: int, *, by: str | None = None) -> None:
        self._remove(CONSULTED, entry_id, by)

    # ----------------------------------------------------------------- documents reviewed
    def reviewed_documents(self) -> list[ReviewedDocument]:
        """The documents reviewed; a link to an evidence file since removed (or replaced) reads as ``None``."""
        with self._transaction("read the documents reviewed", write=False) as conn:
            present = {
                (row[0], row[1])
                for row in conn.execute(_EVIDENCE.select().with_only_columns(_EVIDENCE.c.id, _EVIDENCE.c.sha256))
            }
            rows = conn.execute(DOCUMENTS.table.select().order_by(DOCUMENTS.table.c.id)).mappings()
            return [
                document_from_row(row)
                if (row["evidence_id"], row["evidence_sha256"]) in present
                else document_from_row({**row, "evidence_id": None})
                for row in rows
            ]

    def add_reviewed_document(
        self,
        title: str,
        *,
        issuer: str = "",
        date: str | None = None,
        evidence_id: int | None = None,
        by: str | None = None,
    ) -> ReviewedDocument:
        """Record a document the team reviewed, optionally linked to its attached evidence file."""
        fields = {"title": title, "issuer": issuer, "date": date, "evidence_id": evidence_id}
        return self._add(DOCUMENTS, {**fields, "evidence_sha256": self._evidence_sha256(evidence_id)}, by)

    def update_reviewed_document(self, doc_id: int, *, by: str | None = None, **fields: Any) -> ReviewedDocument:
        """Change some of ``title``, ``issuer``, ``date``, ``evidence_id``."""
        if "evidence_id" in fields:
            fields = {**fields, "evidence_sha256": self._evidence_sha256(fields["evidence_id"])}
        return self._update(DOCUMENTS, doc_id, fields, by)

    def remove_reviewed_document(self, doc_id: int, *, by: str | None = None) -> None:
        self._remove(DOCUMENTS, doc_id, by)

    def _evidence_sha256(self, evidence_id: object) -> str | None:
        """The SHA-256 of the evidence file ``evidence_id`` (which must exist), or ``None`` for no link."""
        if evidence_id is None:
            return None
        if isinstance(evidence_id, bool) or not isinstance(evidence_id, int):
            raise InputError(f"The evidence number {evidence_id!r:.20} is not a number.")
        with self._transaction("read the evidence list", write=False) as conn:
            query = _EVIDENCE.select().with_only_columns(_EVIDENCE.c.sha256).where(_EVIDENCE.c.id == evidence_id)
            found = conn.execute(query).first()
        if found is None:
            raise InputError(
                f"There is no evidence file number {evidence_id} to link the document to.",
                "Run 'cyberassess evidence PATH' to see the numbers.",
            )
        return str(found[0])
