"""The review record's plain, immutable views: the mission, the people, the texts, the plan.

What the assessors write beside the answers (schema version 3): the mission record (type, dates,
host, team, institutions consulted, documents reviewed, limitations, marking, status), the
narratives (country context, headline messages, findings per dimension, acknowledgements), the
action plan and the treaty-compliance table. Callers get these frozen dataclasses, never rows.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any

from .records import Row

MISSION_TYPES = ("self-assessment", "peer-review", "ncr-mission", "follow-up")
STATUSES = ("draft", "final")
HORIZONS = ("short", "medium", "long")  # within a year, 1-3 years, over 3 years
EFFORTS = ("low", "medium", "high")
ACTION_STATUSES = ("planned", "in-progress", "done", "dropped")
COMPLIANCE = ("full", "partial", "none", "not-assessed")
FIXED_SECTIONS = ("context", "summary", "acknowledgements")


def narrative_sections(dimension_ids: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """The narrative sections of a framework: the fixed ones, then one per dimension (its findings)."""
    return FIXED_SECTIONS + tuple(dimension_ids)


NARRATIVE_SECTIONS = narrative_sections([f"D{n}" for n in range(1, 10)])
"""The sections for the cybercrime-capacity framework (D1-D9); other frameworks: :func:`narrative_sections`."""


@dataclass(frozen=True)
class MissionRecord:
    mission_type: str | None
    start_date: str | None  # ISO YYYY-MM-DD
    end_date: str | None
    host: str
    marking: str
    status: str  # "draft" | "final"
    limitations: str


EMPTY_MISSION = MissionRecord(None, None, None, "", "", "draft", "")


@dataclass(frozen=True)
class TeamMember:
    id: int
    name: str
    role: str
    organisation: str


@dataclass(frozen=True)
class ConsultedEntry:
    id: int
    institution: str
    name: str  # may be empty: a person recorded only by function
    role: str
    date: str | None
    place: str


@dataclass(frozen=True)
class ReviewedDocument:
    id: int
    title: str
    issuer: str
    date: str | None
    evidence_id: int | None  # the attached copy, if any


@dataclass(frozen=True)
class Narrative:
    section: str
    text: str
    assessor: str
    updated_at: str


@dataclass(frozen=True)
class NarrativeInput:
    """An assessor's text of a section as it came into a merge (kept, whichever text was chosen)."""

    source_uuid: str
    source_name: str
    assessor: str
    section: str
    text: str
    updated_at: str


@dataclass(frozen=True)
class Action:
    id: int
    title: str
    indicator_ids: tuple[str, ...]
    owner: str  # the responsible institution
    partners: str
    horizon: str | None
    effort: str | None
    cost_amount: float | None
    cost_currency: str
    priority: int | None
    status: str
    notes: str
    updated_at: str


@dataclass(frozen=True)
class TreatyEntry:
    provision: str  # "budapest:16", "un:25", "malabo:29", "budapest-p2:7"
    national_provision: str
    compliance: str
    note: str
    updated_at: str


def record_json(record: object | None) -> str | None:
    """A record as the JSON of a history row's ``old``/``new`` (``None`` stays ``None``)."""
    if record is None:
        return None
    return json.dumps(asdict(record), ensure_ascii=False)  # type: ignore[call-overload]


def mission_from_row(row: Row | None) -> MissionRecord:
    if row is None:
        return EMPTY_MISSION
    return MissionRecord(
        mission_type=row["mission_type"],
        start_date=row["start_date"],
        end_date=row["end_date"],
        host=row["host"],
        marking=row["marking"],
        status=row["status"],
        limitations=row["limitations"],
    )


def team_from_row(row: Row) -> TeamMember:
    return TeamMember(row["id"], row["name"], row["role"], row["organisation"])


def consulted_from_row(row: Row) -> ConsultedEntry:
    return ConsultedEntry(row["id"], row["institution"], row["name"], row["role"], row["date"], row["place"])


def document_from_row(row: Row) -> ReviewedDocument:
    return ReviewedDocument(row["id"], row["title"], row["issuer"], row["date"], row["evidence_id"])


def narrative_from_row(row: Row) -> Narrative:
    return Narrative(row["section"], row["text"], row["assessor"], row["updated_at"])


def _indicator_ids(raw: Any) -> tuple[str, ...]:
    try:
        ids = json.loads(raw) if raw else []
    except ValueError:
        return ()
    return tuple(str(i) for i in ids) if isinstance(ids, list) else ()


def action_from_row(row: Row) -> Action:
    return Action(
        id=row["id"],
        title=row["title"],
        indicator_ids=_indicator_ids(row["indicator_ids"]),
        owner=row["owner"],
        partners=row["partners"],
        horizon=row["horizon"],
        effort=row["effort"],
        cost_amount=row["cost_amount"],
        cost_currency=row["cost_currency"],
        priority=row["priority"],
        status=row["status"],
        notes=row["notes"],
        updated_at=row["updated_at"],
    )


def treaty_from_row(row: Row) -> TreatyEntry:
    return TreatyEntry(row["provision"], row["national_provision"], row["compliance"], row["note"], row["updated_at"])


__all__ = [
    "ACTION_STATUSES",
    "COMPLIANCE",
    "EFFORTS",
    "EMPTY_MISSION",
    "FIXED_SECTIONS",
    "HORIZONS",
    "MISSION_TYPES",
    "NARRATIVE_SECTIONS",
    "STATUSES",
    "Action",
    "ConsultedEntry",
    "MissionRecord",
    "Narrative",
    "NarrativeInput",
    "ReviewedDocument",
    "TeamMember",
    "TreatyEntry",
    "narrative_sections",
]
