"""Make a follow-up assessment of a baseline: a new file that starts where the baseline ended.

:func:`create_follow_up` reads the baseline without changing it and writes a new assessment of the
same country, framework and target stage, linked to its baseline (:mod:`.baseline`):

* the baseline's identifier, details, mission dates and scores, and its answers, kept in the new
  file, so the link survives when the baseline file is not at hand;
* every answer carried over (stage, note, confidence, who gave it and when), each *to confirm*
  until the assessor confirms or changes it;
* the baseline's action plan, each action with the status it had, to be updated;
* the mission record's type set to ``follow-up``.

Evidence files, narratives, the team and the treaty table are not carried over: they belong to
the baseline mission. The new file is built under a temporary name and renamed into place when
complete, so a failure leaves no half-made follow-up.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..atomicfile import fsync_dir, temp_path
from ..errors import DocumentError, InputError
from ..framework import Framework
from ..safetext import check_line, safe_name
from .baseline_schema import BaselineAnswerRow, BaselineRow, CarriedActionRow, CarriedOverRow
from .document import Assessment
from .fileformat import FILE_SUFFIX, writable
from .lock import WriterLock
from .records import AnswerRecord, AssessmentInfo, utc_now
from .review_records import Action
from .schema import Answer

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

_BASELINE = BaselineRow.__table__  # type: ignore[attr-defined]
_BASELINE_ANSWER = BaselineAnswerRow.__table__  # type: ignore[attr-defined]
_CARRIED = CarriedOverRow.__table__  # type: ignore[attr-defined]
_CARRIED_ACTION = CarriedActionRow.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class FollowUpResult:
    path: Path
    baseline_uuid: str
    answers: int  # carried over, to confirm
    actions: int  # carried over from the baseline's plan


@dataclass(frozen=True)
class _Source:
    framework: Framework  # the one the baseline is answered against: the follow-up uses it too
    file_name: str
    info: AssessmentInfo
    answers: dict[str, AnswerRecord]
    actions: list[Action]
    scores: dict[str, float | None]
    start_date: str | None
    end_date: str | None


def _read_baseline(path: Path) -> _Source:
    from ..scoring import score_assessment

    with Assessment.open(path, read_only=True) as doc:
        info = doc.info
        installed = doc.framework
        if installed.version != info.framework_version:
            raise InputError(
                f"{safe_name(path.name)} was made with {info.framework_id} version {info.framework_version}, and "
                f"version {installed.version} is installed; the framework has no migration map between these "
                "versions, so the answers cannot be carried over.",
                f"Install {info.framework_id} {info.framework_version} to make the follow-up.",
            )
        card = score_assessment(doc)
        mission = doc.mission()
        return _Source(
            framework=installed,
            file_name=safe_name(path.name),
            info=info,
            answers=doc.answers(),
            actions=doc.actions(),
            scores={"overall": card.score, **{d.dimension_id: d.score for d in card.dimensions}},
            start_date=mission.start_date,
            end_date=mission.end_date,
        )


def _answer_json(record: AnswerRecord) -> str:
    data = {"value": record.value, "justification": record.justification, "confidence": record.confidence}
    return json.dumps(data, ensure_ascii=False)


def _carry_over(doc: Assessment, source: _Source, by: str) -> tuple[int, int]:
    """Link ``doc`` to its baseline and carry over the answers and the plan, in one transaction."""
    now = utc_now()
    info = source.info
    with doc._transaction("carry over the baseline", write=True) as conn:
        conn.execute(
            _BASELINE.insert().values(
                id=1,
                file_uuid=info.file_uuid,
                file_name=source.file_name,
                country=info.country,
                mission=info.mission,
                assessors=json.dumps(list(info.assessors), ensure_ascii=False),
                framework_id=info.framework_id,
                framework_version=info.framework_version,
                target_stage=info.target_stage,
                created_at=info.created_at,
                modified_at=info.modified_at,
                start_date=source.start_date,
                end_date=source.end_date,
                scores=json.dumps(source.scores),
                linked_at=now,
                linked_by=by,
            )
        )
        _carry_answers(doc, conn, source, now, by)
        for action in source.actions:
            values = {
                "title": action.title,
                "indicator_ids": json.dumps(list(action.indicator_ids)),
                "owner": action.owner,
                "partners": action.partners,
                "horizon": action.horizon,
                "effort": action.effort,
                "cost_amount": action.cost_amount,
                "cost_currency": action.cost_currency,
                "priority": action.priority,
                "status": action.status,
                "notes": action.notes,
            }
            carried = doc._insert_action(conn, values, now)
            doc._write(conn, "action-add", None, carried, by, now)
            conn.execute(
                _CARRIED_ACTION.insert().values(
                    action_id=carried.id, baseline_action_id=action.id, baseline_status=action.status
                )
            )
        summary = {
            "baseline": info.file_uuid,
            "file_name": source.file_name,
            "answers": len(source.answers),
            "actions": len(source.actions),
        }
        doc._log(conn, now, by, "follow-up", None, None, json.dumps(summary, ensure_ascii=False), "follow-up")
        doc._touch(conn, now)
    return len(source.answers), len(source.actions)


def _carry_answers(doc: Assessment, conn: Connection, source: _Source, now: str, by: str) -> None:
    answer_table = Answer.__table__  # type: ignore[attr-defined]
    for record in source.answers.values():
        stored = {
            "indicator_id": record.indicator_id,
            "value": None if record.value is None else str(record.value),
            "justification": record.justification,
            "confidence": record.confidence,
            "assessor": record.assessor,
            "updated_at": record.updated_at,
        }
        conn.execute(_BASELINE_ANSWER.insert().values(**stored))
        conn.execute(answer_table.insert().values(**stored, revision=1))
        conn.execute(_CARRIED.insert().values(indicator_id=record.indicator_id))
        doc._log(conn, now, by, "answer", record.indicator_id, None, _answer_json(record), "follow-up")


def create_follow_up(
    baseline: Path | str,
    output: Path | str,
    *,
    mission: str | None = None,
    assessor: str | None = None,
    overwrite: bool = False,
) -> FollowUpResult:
    """Write a follow-up of the assessment at ``baseline`` as a new assessment at ``output``."""
    baseline, output = Path(baseline), Path(output)
    if output.exists() and not overwrite:
        raise DocumentError(f"{safe_name(output.name)} already exists.", "Choose another name, or add --force.")
    if output.exists() and output.resolve() == baseline.resolve():
        raise InputError("The follow-up would replace its baseline.", "Give the new assessment another name.")
    held = WriterLock(output).holder() if output.exists() else None
    if held is not None:
        raise DocumentError(f"{safe_name(output.name)} is open in another window ({held.describe()}).")
    if not output.parent.is_dir() or not writable(output):
        raise DocumentError(
            f"Cannot write {safe_name(output.name)}: the folder is missing or read-only.", "Choose another folder."
        )
    if output.suffix != FILE_SUFFIX:
        raise InputError(
            f"{safe_name(output.name)} does not end in {FILE_SUFFIX}.", f"Name it e.g. followup{FILE_SUFFIX}."
        )
    source = _read_baseline(baseline)
    info = source.info
    who = check_line("assessor name", assessor) if assessor else (info.assessors[0] if info.assessors else "")
    title = check_line("mission name", mission) if mission else f"Follow-up of {info.mission or info.country}"
    tmp = temp_path(output)
    try:
        with Assessment.create(
            tmp,
            country=info.country,
            mission=title,
            assessors=[who] if assessor else list(info.assessors),
            framework=source.framework,
            target_stage=info.target_stage,
        ) as doc:
            answers, actions = _carry_over(doc, source, who)
            doc.set_mission(mission_type="follow-up", by=who)
        os.replace(tmp, output)
        fsync_dir(output.parent)
    finally:
        for leftover in (tmp, *(tmp.with_name(tmp.name + s) for s in ("-wal", "-shm", ".lock"))):
            with contextlib.suppress(OSError):
                leftover.unlink()
    return FollowUpResult(output, info.file_uuid, answers, actions)


__all__ = ["FollowUpResult", "create_follow_up"]
