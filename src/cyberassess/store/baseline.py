"""A follow-up's baseline on :class:`.Assessment` (schema 4): the link, the carried-over answers, confirmation.

A follow-up assessment (made by :func:`.followup.create_follow_up`) keeps its baseline inside it:
the baseline's file identifier, details, dates and scores (:meth:`BaselineMixin.baseline`) and its
answers (:meth:`~BaselineMixin.baseline_answers`), so the link survives without the baseline file.
Each answer starts as the baseline's, *carried over, to confirm* (:meth:`~BaselineMixin.to_confirm`):
it becomes confirmed when the assessor saves it again (:meth:`.Assessment.set_answer` with a value,
even the same one, or a changed note or confidence) or confirms it (:meth:`~BaselineMixin.confirm`).
Clearing the answer also takes it off the list. Each confirmation is a history row ``confirm``;
:meth:`~BaselineMixin.unconfirm` undoes one (history row ``confirm-undone``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, text
from sqlalchemy.engine import Connection

from ..errors import InputError
from .baseline_schema import BaselineAnswerRow, BaselineRow, CarriedActionRow, CarriedOverRow
from .records import AnswerRecord, answer_from_row, utc_now
from .review_base import ReviewBase

_BASELINE = BaselineRow.__table__  # type: ignore[attr-defined]
_BASELINE_ANSWER = BaselineAnswerRow.__table__  # type: ignore[attr-defined]
_CARRIED = CarriedOverRow.__table__  # type: ignore[attr-defined]
_CARRIED_ACTION = CarriedActionRow.__table__  # type: ignore[attr-defined]
_DELETE_CARRIED = _CARRIED.delete().where(_CARRIED.c.indicator_id == bindparam("key"))
_REMOVED_ACTIONS = text(
    "SELECT json_extract(old, '$.id') FROM history WHERE action = 'action-remove' AND json_valid(old)"
)


@dataclass(frozen=True)
class BaselineRecord:
    """The baseline a follow-up was made from, as it was then."""

    file_uuid: str
    file_name: str
    country: str
    mission: str
    assessors: tuple[str, ...]
    framework_id: str
    framework_version: str
    target_stage: int
    created_at: str
    modified_at: str
    start_date: str | None  # the baseline mission's dates, when its record had them
    end_date: str | None
    scores: dict[str, float | None]  # "overall" and each dimension id, as scored when linked
    linked_at: str
    linked_by: str

    @property
    def date(self) -> str:
        """The baseline's date (YYYY-MM-DD): its mission's start, else when it was last edited."""
        return self.start_date or self.modified_at[:10]


@dataclass(frozen=True)
class CarriedAction:
    """An action of the plan that came from the baseline's plan."""

    action_id: int  # in this assessment
    baseline_action_id: int  # in the baseline
    baseline_status: str  # its status in the baseline


def baseline_from_row(row: Any) -> BaselineRecord:
    try:
        assessors = tuple(str(a) for a in json.loads(row["assessors"]))
    except (ValueError, TypeError):
        assessors = ()
    try:
        raw = json.loads(row["scores"])
        scores = {str(k): (float(v) if isinstance(v, int | float) else None) for k, v in dict(raw).items()}
    except (ValueError, TypeError):
        scores = {}
    return BaselineRecord(
        file_uuid=row["file_uuid"],
        file_name=row["file_name"],
        country=row["country"],
        mission=row["mission"],
        assessors=assessors,
        framework_id=row["framework_id"],
        framework_version=row["framework_version"],
        target_stage=row["target_stage"],
        created_at=row["created_at"],
        modified_at=row["modified_at"],
        start_date=row["start_date"],
        end_date=row["end_date"],
        scores=scores,
        linked_at=row["linked_at"],
        linked_by=row["linked_by"],
    )


class BaselineMixin(ReviewBase):
    """The baseline link's methods of :class:`.Assessment`."""

    def baseline(self) -> BaselineRecord | None:
        """The baseline this assessment follows up, or ``None`` (not a follow-up)."""
        with self._transaction("read the baseline", write=False) as conn:
            row = conn.execute(_BASELINE.select()).mappings().first()
            return baseline_from_row(row) if row else None

    def baseline_answers(self) -> dict[str, AnswerRecord]:
        """The baseline's answers, as they were when this follow-up was made (empty if none)."""
        with self._transaction("read the baseline's answers", write=False) as conn:
            rows = conn.execute(_BASELINE_ANSWER.select()).mappings()
            return {row["indicator_id"]: answer_from_row({**row, "revision": 0}) for row in rows}

    def to_confirm(self) -> frozenset[str]:
        """The indicators whose answer was carried over from the baseline and is not yet confirmed."""
        with self._transaction("read the answers to confirm", write=False) as conn:
            return frozenset(row[0] for row in conn.execute(_CARRIED.select()))

    def confirm(self, indicator_ids: Iterable[str] | None = None, *, by: str | None = None) -> list[str]:
        """Confirm carried-over answers as they stand (all of them when ``indicator_ids`` is None).

        One transaction; a history row ``confirm`` per answer confirmed. Returns the ids that were
        still to confirm (an id already confirmed is skipped; one that is not an indicator is refused).
        """
        wanted = None if indicator_ids is None else list(dict.fromkeys(indicator_ids))
        for indicator_id in wanted or ():
            if not self.framework.has_indicator(indicator_id):
                raise InputError(
                    f"'{indicator_id}' is not an indicator of {self.framework.id} {self.framework.version}.",
                    "Run 'cyberassess status' to see the indicator ids.",
                )
        who, now = self._default_assessor(by), utc_now()
        done: list[str] = []
        with self._transaction("confirm the answers", write=True) as conn:
            pending = {row[0] for row in conn.execute(_CARRIED.select())}
            for indicator_id in sorted(pending) if wanted is None else wanted:
                if indicator_id in pending and self._confirmed(conn, indicator_id, who, now, "app"):
                    done.append(indicator_id)
            if done:
                self._touch(conn, now)
        return done

    def unconfirm(self, indicator_ids: Iterable[str], *, by: str | None = None) -> list[str]:
        """Put answers back on the list to confirm: the undo of :meth:`confirm` (the app's Ctrl+Z).

        Only an answer that is still exactly as carried over (the baseline's stage, note and
        confidence) goes back; one changed since stays confirmed, as it is no longer the baseline's.
        One transaction; a history row ``confirm-undone`` per answer. Returns the ids put back.
        """
        wanted = list(dict.fromkeys(indicator_ids))
        who, now = self._default_assessor(by), utc_now()
        done: list[str] = []
        with self._transaction("undo the confirmation", write=True) as conn:
            pending = {row[0] for row in conn.execute(_CARRIED.select())}
            for indicator_id in wanted:
                if indicator_id in pending or not self._as_carried(conn, indicator_id):
                    continue
                conn.execute(_CARRIED.insert().values(indicator_id=indicator_id))
                self._log(conn, now, who, "confirm-undone", indicator_id, None, None, "app")
                done.append(indicator_id)
            if done:
                self._touch(conn, now)
        return done

    def _as_carried(self, conn: Connection, indicator_id: str) -> bool:
        """Whether ``indicator_id``'s answer is the baseline's, unchanged (stage, note, confidence)."""
        fields = "SELECT value, justification, confidence FROM {table} WHERE indicator_id = :key"
        then = conn.execute(text(fields.format(table="baseline_answer")), {"key": indicator_id}).first()
        now = conn.execute(text(fields.format(table="answer")), {"key": indicator_id}).first()
        return then is not None and now is not None and tuple(then) == tuple(now)

    def carried_actions(self) -> dict[int, CarriedAction]:
        """The actions of the plan that came from the baseline's plan and are still in it, by action id.

        An action removed since (its ``action-remove`` history row names its id) is left out, also
        when SQLite has given its id to an action added later.
        """
        with self._transaction("read the carried-over actions", write=False) as conn:
            removed = {row[0] for row in conn.execute(_REMOVED_ACTIONS)}
            return {
                row["action_id"]: CarriedAction(row["action_id"], row["baseline_action_id"], row["baseline_status"])
                for row in conn.execute(_CARRIED_ACTION.select()).mappings()
                if row["action_id"] not in removed
            }

    # ----------------------------------------------------------------- used by set_answer / clear_answer
    def _confirmed(self, conn: Connection, indicator_id: str, who: str, now: str, source: str) -> bool:
        """Take ``indicator_id`` off the answers to confirm, with a ``confirm`` history row (False: not on it)."""
        if conn.execute(_DELETE_CARRIED, {"key": indicator_id}).rowcount == 0:
            return False
        self._log(conn, now, who, "confirm", indicator_id, None, None, source)
        return True

    def _answer_saved(
        self, conn: Connection, indicator_id: str, *, changed: bool, who: str, now: str, source: str
    ) -> None:
        """An answer was saved (``changed``) or saved again unchanged with a value: it is no longer to confirm."""
        if changed:
            conn.execute(_DELETE_CARRIED, {"key": indicator_id})
        elif self._confirmed(conn, indicator_id, who, now, source):
            self._touch(conn, now)
