"""The review record's tables (since schema version 3): mission, team, consulted, documents, texts, plan, treaty.

:mod:`.migrations` creates the same tables in files of schema 2 (``test_review_store`` checks
that a migrated file and a new one have the same tables and columns).
"""

from __future__ import annotations

from sqlalchemy import CheckConstraint, UniqueConstraint
from sqlmodel import Field, SQLModel

from .review_records import ACTION_STATUSES, COMPLIANCE, EFFORTS, HORIZONS, MISSION_TYPES, STATUSES


def _one_of(column: str, values: tuple[str, ...], *, nullable: bool = False) -> str:
    listed = ",".join(f"'{v}'" for v in values)
    return f"{column} IS NULL OR {column} IN ({listed})" if nullable else f"{column} IN ({listed})"


class Mission(SQLModel, table=True):
    __tablename__ = "mission"
    __table_args__ = (
        CheckConstraint("id = 1", name="mission_single_row"),
        CheckConstraint(_one_of("mission_type", MISSION_TYPES, nullable=True), name="mission_type"),
        CheckConstraint(_one_of("status", STATUSES), name="mission_status"),
    )

    id: int = Field(default=1, primary_key=True)
    mission_type: str | None = None
    start_date: str | None = None  # YYYY-MM-DD
    end_date: str | None = None
    host: str = ""
    marking: str = ""
    status: str = "draft"
    limitations: str = ""


class TeamMemberRow(SQLModel, table=True):
    __tablename__ = "team_member"

    id: int | None = Field(default=None, primary_key=True)
    name: str
    role: str = ""
    organisation: str = ""


class ConsultedRow(SQLModel, table=True):
    __tablename__ = "consulted"

    id: int | None = Field(default=None, primary_key=True)
    institution: str
    name: str = ""
    role: str = ""
    date: str | None = None
    place: str = ""


class DocumentReviewedRow(SQLModel, table=True):
    __tablename__ = "document_reviewed"

    id: int | None = Field(default=None, primary_key=True)
    title: str
    issuer: str = ""
    date: str | None = None
    # The attached copy: its number and SHA-256. No foreign key (a file's own schema objects never act
    # on edits); a link whose evidence was removed, or whose number now names another file, reads as none.
    evidence_id: int | None = None
    evidence_sha256: str | None = None


class NarrativeRow(SQLModel, table=True):
    __tablename__ = "narrative"

    section: str = Field(primary_key=True)
    text: str
    assessor: str = ""
    updated_at: str


class NarrativeInputRow(SQLModel, table=True):
    """Each assessor's text of a section as it came into a merge: the alternatives the lead chose among."""

    __tablename__ = "narrative_input"
    __table_args__ = (UniqueConstraint("source_uuid", "section", name="narrative_input_once"),)

    id: int | None = Field(default=None, primary_key=True)
    source_uuid: str
    source_name: str
    assessor: str = ""
    section: str
    text: str
    updated_at: str = ""


class ActionRow(SQLModel, table=True):
    __tablename__ = "action"
    __table_args__ = (
        CheckConstraint(_one_of("horizon", HORIZONS, nullable=True), name="action_horizon"),
        CheckConstraint(_one_of("effort", EFFORTS, nullable=True), name="action_effort"),
        CheckConstraint(_one_of("status", ACTION_STATUSES), name="action_status"),
    )

    id: int | None = Field(default=None, primary_key=True)
    title: str
    indicator_ids: str = "[]"  # JSON list of indicator ids
    owner: str = ""
    partners: str = ""
    horizon: str | None = None
    effort: str | None = None
    cost_amount: float | None = None
    cost_currency: str = ""
    priority: int | None = None
    status: str = "planned"
    notes: str = ""
    updated_at: str


class TreatyEntryRow(SQLModel, table=True):
    __tablename__ = "treaty_entry"
    __table_args__ = (CheckConstraint(_one_of("compliance", COMPLIANCE), name="treaty_compliance"),)

    provision: str = Field(primary_key=True)
    national_provision: str = ""
    compliance: str
    note: str = ""
    updated_at: str


REVIEW_TABLES = (
    "mission",
    "team_member",
    "consulted",
    "document_reviewed",
    "narrative",
    "narrative_input",
    "action",
    "treaty_entry",
)
