"""The tables of a follow-up's link to its baseline (since schema version 4).

* ``baseline`` (one row): the baseline assessment as it was when the follow-up was made: its file
  identifier, details, dates and scores, so the link survives without the baseline file.
* ``baseline_answer``: the baseline's answers, shown beside the follow-up's and compared with them.
* ``carried_over``: the answers carried over from the baseline that nobody has confirmed or
  changed yet; a row goes when the assessor confirms or edits that answer.
* ``carried_action``: which actions of the plan came from the baseline's plan, and their status then.

:mod:`.migrations` creates the same tables in files of schema 3 (``tests/test_followup.py`` checks
that a migrated file and a new one have the same tables).
"""

from __future__ import annotations

from sqlalchemy import CheckConstraint
from sqlmodel import Field, SQLModel


class BaselineRow(SQLModel, table=True):
    __tablename__ = "baseline"
    __table_args__ = (CheckConstraint("id = 1", name="baseline_single_row"),)

    id: int = Field(default=1, primary_key=True)
    file_uuid: str
    file_name: str
    country: str
    mission: str
    assessors: str = "[]"  # JSON list of names
    framework_id: str
    framework_version: str
    target_stage: int
    created_at: str
    modified_at: str
    start_date: str | None = None  # the baseline mission's dates (YYYY-MM-DD), when recorded
    end_date: str | None = None
    scores: str = "{}"  # JSON: {"overall": 2.65, "D1": 3.04, …} as scored when linked
    linked_at: str
    linked_by: str = ""


class BaselineAnswerRow(SQLModel, table=True):
    __tablename__ = "baseline_answer"
    __table_args__ = (
        CheckConstraint("value IS NULL OR value IN ('1','2','3','4','5','na','unknown')", name="baseline_answer_value"),
    )

    indicator_id: str = Field(primary_key=True)
    value: str | None = None
    justification: str = ""
    confidence: str | None = None
    assessor: str = ""
    updated_at: str


class CarriedOverRow(SQLModel, table=True):
    __tablename__ = "carried_over"

    indicator_id: str = Field(primary_key=True)


class CarriedActionRow(SQLModel, table=True):
    """No foreign key to ``action``: no schema object acts on edits (see the store's checks of foreign
    objects). A removed action is recognised by its ``action-remove`` history row instead, so an id
    that SQLite gives again to a new action is never taken for the carried one."""

    __tablename__ = "carried_action"

    # No foreign key: a file's own schema objects never act on edits (see fileformat.foreign_objects);
    # removing an action removes its row here in the same transaction (review_plan.remove_action).
    action_id: int = Field(primary_key=True)
    baseline_action_id: int
    baseline_status: str


BASELINE_TABLES = ("baseline", "baseline_answer", "carried_over", "carried_action")
