"""Moving an assessment to the installed version of its framework (``cyberassess upgrade``).

The move is explicit and never loses an answer. A backup copy of the file is written first; then,
in one transaction: answers of renamed indicators move, answers of merged and split indicators
become proposals on their new indicators (the justification says where they came from, and the
stage is left for the assessor to confirm), answers of retired indicators are kept in
``retired_answer`` (kept readable, no longer scored), the file's framework copy and details name the
new version, and the history records the upgrade with its plan.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Column, Text
from sqlmodel import Field, SQLModel

from ..errors import InputError
from ..framework import Framework, tr
from ..framework.instruments import carried as carried_instruments
from ..framework.portable import to_bytes
from ..framework.upgrade import UpgradePlan, find_map, plan_upgrade
from .fileformat import FILE_SUFFIX
from .records import utc_now

if TYPE_CHECKING:
    from .document import Assessment


class RetiredAnswer(SQLModel, table=True):
    """An answer whose indicator a framework upgrade retired: kept, readable, never scored."""

    __tablename__ = "retired_answer"

    id: int | None = Field(default=None, primary_key=True)
    framework_version: str  # the version the indicator belonged to
    indicator_id: str
    question: str = Field(sa_column=Column(Text, nullable=False))
    value: str | None = None
    justification: str = ""
    confidence: str | None = None
    assessor: str = ""
    updated_at: str


def _proposal_note(old: Framework, sources: list[tuple[str, dict[str, Any]]], version: str) -> str:
    parts = []
    for old_id, row in sources:
        value = row["value"] or "not rated"
        stage = f"stage {value}" if str(value).isdigit() else str(value)
        note = f": {row['justification']}" if row["justification"] else ""
        parts.append(f"{old_id} ({tr(old.indicator(old_id).question)[:200]}) was rated {stage}{note}")
    return f"Proposed when the assessment moved to framework version {version}; confirm a stage. " + " ".join(
        p if p.endswith(".") else p + "." for p in parts
    )


def plan_framework_upgrade(doc: Assessment) -> UpgradePlan:
    """What :meth:`upgrade_framework` would do; :class:`InputError` if there is nothing to upgrade to."""
    target = doc.installed_framework
    if target is None or target.content_hash == doc.framework.content_hash:
        raise InputError(
            f"{doc.path.name} already uses the installed framework ({doc.framework.id} {doc.framework.version}).",
            "Nothing to upgrade.",
        )
    mapping = find_map(target, doc.framework.version) if target.version != doc.framework.version else None
    answered = {row.indicator_id for row in doc.answers().values()}
    return plan_upgrade(doc.framework, target, mapping, answered)


def upgrade_framework(doc: Assessment, *, by: str | None = None) -> tuple[UpgradePlan, Path]:
    """Move the assessment to the installed framework; returns the plan and the backup copy's path."""
    plan = plan_framework_upgrade(doc)
    target = doc.installed_framework
    assert target is not None
    backup = doc.path.with_name(f"{doc.path.stem}.framework-{plan.from_version}-backup{FILE_SUFFIX}")
    doc.save_as(backup)
    who, now = doc._default_assessor(by), _now()
    old = doc.framework
    with doc._transaction("upgrade the framework", write=True) as conn:
        rows = {r["indicator_id"]: dict(r) for r in conn.exec_driver_sql("SELECT * FROM answer").mappings()}
        proposals: dict[str, list[tuple[str, dict[str, Any]]]] = {}
        for move in plan.moves:
            row = rows[move.old_id]
            if move.kind in ("renamed", "retired", "merged", "split") and move.old_id not in move.new_ids:
                conn.exec_driver_sql("DELETE FROM answer WHERE indicator_id = ?", (move.old_id,))
            if move.kind in ("retired", "merged", "split"):
                conn.exec_driver_sql(
                    "INSERT INTO retired_answer (framework_version, indicator_id, question, value, justification,"
                    " confidence, assessor, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        plan.from_version,
                        move.old_id,
                        tr(old.indicator(move.old_id).question),
                        row["value"],
                        row["justification"],
                        row["confidence"],
                        row["assessor"],
                        row["updated_at"],
                    ),
                )
            if move.kind == "renamed":
                conn.exec_driver_sql(
                    "INSERT OR REPLACE INTO answer (indicator_id, value, justification, confidence, assessor,"
                    " updated_at, revision) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        move.new_ids[0],
                        *(row[k] for k in ("value", "justification", "confidence", "assessor")),
                        row["updated_at"],
                        row["revision"],
                    ),
                )
            elif move.kind in ("merged", "split"):
                for new_id in move.new_ids:
                    proposals.setdefault(new_id, []).append((move.old_id, row))
        for new_id, sources in proposals.items():
            conn.exec_driver_sql(
                "INSERT OR REPLACE INTO answer (indicator_id, value, justification, confidence, assessor,"
                " updated_at, revision) VALUES (?, NULL, ?, NULL, ?, ?, 1)",
                (new_id, _proposal_note(old, sources, plan.to_version), who, now),
            )
        conn.exec_driver_sql(
            "INSERT OR REPLACE INTO framework_copy (id, framework_id, version, content_hash, data)"
            " VALUES (1, ?, ?, ?, ?)",
            (target.id, target.version, target.content_hash, to_bytes(target)),
        )
        instruments = carried_instruments(old, target, doc.instruments)
        conn.exec_driver_sql(
            "UPDATE meta SET framework_version = ?, framework_hash = ?, instruments = ?",
            (target.version, target.content_hash, json.dumps(list(instruments))),
        )
        summary = {
            "from": plan.from_version,
            "to": plan.to_version,
            "backup": backup.name,
            **{
                kind: [m.old_id for m in plan.moves if m.kind == kind]
                for kind in ("renamed", "merged", "split", "retired")
            },
            "added": list(plan.added),
            "instruments": list(instruments),
        }
        doc._log(
            conn,
            now,
            who,
            "framework-upgrade",
            None,
            json.dumps({"version": plan.from_version}),
            json.dumps(summary, ensure_ascii=False),
            "app",
        )
        doc._touch(conn, now)
    doc._info = doc._load_info()
    doc.framework, doc.installed_framework, doc.framework_changed = target, None, False
    return plan, backup


def retired_answers(doc: Assessment) -> list[dict[str, Any]]:
    """Answers of indicators retired by framework upgrades, oldest first."""
    with doc._transaction("read the retired answers", write=False) as conn:
        return [dict(r) for r in conn.exec_driver_sql("SELECT * FROM retired_answer ORDER BY id").mappings()]


def _now() -> str:
    return utc_now()
