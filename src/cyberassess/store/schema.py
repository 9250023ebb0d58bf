"""The tables of a ``.cyberassess`` file (schema version :data:`.fileformat.SCHEMA_VERSION`).

The file identifies itself with ``PRAGMA application_id`` and records its schema version in
``PRAGMA user_version`` (and in ``meta``). The change history is append-only: triggers refuse
updates and deletes.
"""

from __future__ import annotations

from sqlalchemy import CheckConstraint, Column, Index, LargeBinary, UniqueConstraint
from sqlmodel import Field, SQLModel

ANSWER_VALUES = ("1", "2", "3", "4", "5", "na", "unknown")
CONFIDENCES = ("low", "medium", "high")

metadata = SQLModel.metadata


class Meta(SQLModel, table=True):
    __tablename__ = "meta"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: int = Field(default=1, primary_key=True)
    file_uuid: str
    schema_version: int
    app_version_created: str
    app_version_written: str
    framework_id: str
    framework_version: str
    framework_hash: str
    country: str
    mission: str
    assessors: str = "[]"  # JSON list of names
    target_stage: int = Field(default=3, ge=1, le=5)
    created_at: str
    modified_at: str
    last_indicator_id: str | None = None  # since schema 2
    instruments: str | None = None  # since schema 5: JSON list of the instrument ids that apply; NULL: all


class Answer(SQLModel, table=True):
    __tablename__ = "answer"
    __table_args__ = (
        CheckConstraint("value IS NULL OR value IN ('1','2','3','4','5','na','unknown')", name="answer_value"),
        CheckConstraint("confidence IS NULL OR confidence IN ('low','medium','high')", name="answer_confidence"),
    )

    indicator_id: str = Field(primary_key=True)
    value: str | None = None  # NULL: a note without a rating yet
    justification: str = ""
    confidence: str | None = None
    assessor: str = ""
    updated_at: str
    revision: int = 1


class Evidence(SQLModel, table=True):
    __tablename__ = "evidence"
    __table_args__ = (Index("evidence_indicator", "indicator_id"),)

    id: int | None = Field(default=None, primary_key=True)
    indicator_id: str
    file_name: str
    mime_type: str
    size: int
    sha256: str
    added_by: str = ""
    added_at: str
    content: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


class History(SQLModel, table=True):
    __tablename__ = "history"
    __table_args__ = (Index("history_indicator", "indicator_id"),)

    id: int | None = Field(default=None, primary_key=True)
    at: str
    assessor: str = ""
    action: str
    indicator_id: str | None = None
    old: str | None = None  # JSON
    new: str | None = None  # JSON
    source: str = "app"


class ReportLog(SQLModel, table=True):
    __tablename__ = "report_log"

    id: int | None = Field(default=None, primary_key=True)
    at: str
    kind: str  # "pdf" or "xlsx"
    file_name: str
    sha256: str
    signer: str | None = None
    certificate_sha256: str | None = None
    language: str = "en"


class MergeInput(SQLModel, table=True):
    """Each assessor's answer as it came into a merge (since schema 2): the merge's provenance."""

    __tablename__ = "merge_input"
    __table_args__ = (UniqueConstraint("source_uuid", "indicator_id", name="merge_input_once"),)

    id: int | None = Field(default=None, primary_key=True)
    source_uuid: str
    source_name: str
    assessor: str
    indicator_id: str
    value: str
    justification: str = ""
    confidence: str | None = None
    updated_at: str


APPEND_ONLY_TRIGGERS = (
    "CREATE TRIGGER IF NOT EXISTS history_no_update BEFORE UPDATE ON history "
    "BEGIN SELECT RAISE(ABORT, 'history is append-only'); END",
    "CREATE TRIGGER IF NOT EXISTS history_no_delete BEFORE DELETE ON history "
    "BEGIN SELECT RAISE(ABORT, 'history is append-only'); END",
)
