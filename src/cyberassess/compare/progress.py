"""Progress since a baseline: two assessments of one country, dimension by dimension and indicator by indicator.

Scores are the report's (:mod:`cyberassess.scoring`): each assessment against its own target. An
indicator *improved* or *declined* when it has a stage both times and the stage went up or down;
it is *unchanged* with the same stage; *newly rated* when it has a stage now but had none then
(not rated, Not applicable or Unknown); *no longer rated* the other way round; *not rated* when it
has a stage neither time. Pure functions of their inputs: no I/O.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ..store.records import AnswerRecord, AnswerValue
from ..store.review_records import ACTION_STATUSES
from .inputs import Compared

IMPROVED = "improved"
DECLINED = "declined"
UNCHANGED = "unchanged"
NEWLY_RATED = "newly-rated"
NO_LONGER_RATED = "no-longer-rated"
NOT_RATED = "not-rated"
CHANGE_KINDS = (IMPROVED, DECLINED, UNCHANGED, NEWLY_RATED, NO_LONGER_RATED, NOT_RATED)


def _value(answer: AnswerRecord | None) -> AnswerValue | None:
    return None if answer is None else answer.value


def change_kind(before: AnswerValue | None, after: AnswerValue | None) -> str:
    """How one indicator's answer changed (one of :data:`CHANGE_KINDS`)."""
    was, now = isinstance(before, int), isinstance(after, int)
    if was and now:
        assert isinstance(before, int) and isinstance(after, int)
        return IMPROVED if after > before else DECLINED if after < before else UNCHANGED
    if now:
        return NEWLY_RATED
    if was:
        return NO_LONGER_RATED
    return NOT_RATED


@dataclass(frozen=True)
class IndicatorChange:
    indicator_id: str
    dimension_id: str
    before: AnswerValue | None
    after: AnswerValue | None
    kind: str
    to_confirm: bool  # carried over from the baseline and not yet confirmed or changed

    @property
    def delta(self) -> int | None:
        if isinstance(self.before, int) and isinstance(self.after, int):
            return self.after - self.before
        return None


@dataclass(frozen=True)
class DimensionProgress:
    dimension_id: str
    number: int
    before: float | None
    after: float | None
    before_stage: int | None
    after_stage: int | None
    counts: dict[str, int]  # change kind → indicators of this dimension

    @property
    def delta(self) -> float | None:
        if self.before is None or self.after is None:
            return None
        return round(self.after - self.before, 4)


@dataclass(frozen=True)
class ActionProgress:
    """An action of the baseline's plan (or one added since, in a follow-up) and where it stands."""

    title: str
    indicator_ids: tuple[str, ...]
    owner: str
    baseline_status: str | None  # None: added since the baseline
    status: str | None  # None: the current assessment does not follow this plan up

    @property
    def latest(self) -> str:
        """The status to group by: the current one, else the baseline's."""
        return self.status or self.baseline_status or "planned"


@dataclass(frozen=True)
class Progress:
    """What changed between a baseline and a later assessment of the same country."""

    baseline: Compared
    current: Compared
    dimensions: tuple[DimensionProgress, ...]
    changes: tuple[IndicatorChange, ...]  # every indicator, in framework order
    actions: tuple[ActionProgress, ...] = ()

    def actions_by_status(self) -> dict[str, list[ActionProgress]]:
        """The actions grouped by status, in the order planned, in progress, done, dropped."""
        groups: dict[str, list[ActionProgress]] = {status: [] for status in ACTION_STATUSES}
        for action in self.actions:
            groups.setdefault(action.latest, []).append(action)
        return {status: found for status, found in groups.items() if found}

    @property
    def before(self) -> float | None:
        return self.baseline.card.score

    @property
    def after(self) -> float | None:
        return self.current.card.score

    @property
    def delta(self) -> float | None:
        if self.before is None or self.after is None:
            return None
        return round(self.after - self.before, 4)

    def of_kind(self, kind: str) -> list[IndicatorChange]:
        return [c for c in self.changes if c.kind == kind]

    @property
    def counts(self) -> dict[str, int]:
        found = Counter(c.kind for c in self.changes)
        return {kind: found.get(kind, 0) for kind in CHANGE_KINDS}

    @property
    def to_confirm(self) -> int:
        return sum(1 for c in self.changes if c.to_confirm)


def _actions(baseline: Compared, current: Compared) -> tuple[ActionProgress, ...]:
    """A follow-up's plan with each carried-over action's status then and now; else the baseline's plan."""
    if current.carried:
        return tuple(
            ActionProgress(
                a.title,
                a.indicator_ids,
                a.owner,
                current.carried[a.id].baseline_status if a.id in current.carried else None,
                a.status,
            )
            for a in current.actions
        )
    return tuple(ActionProgress(a.title, a.indicator_ids, a.owner, a.status, None) for a in baseline.actions)


def progress(baseline: Compared, current: Compared) -> Progress:
    """Compare ``current`` with its ``baseline`` (same framework: see :func:`.inputs.check_comparable`).

    The answers ``current`` carried over from the baseline and has not confirmed yet are marked
    ``to_confirm``; the actions are the follow-up's plan (status then and now) or the baseline's.
    """
    to_confirm = current.to_confirm
    fw = current.framework
    before_dims = {d.dimension_id: d for d in baseline.card.dimensions}
    changes: list[IndicatorChange] = []
    dimensions: list[DimensionProgress] = []
    for dim, now in zip(fw.dimensions, current.card.dimensions, strict=True):
        counts = dict.fromkeys(CHANGE_KINDS, 0)
        for ind in dim.indicators():
            before, after = _value(baseline.answers.get(ind.id)), _value(current.answers.get(ind.id))
            kind = change_kind(before, after)
            counts[kind] += 1
            changes.append(IndicatorChange(ind.id, dim.id, before, after, kind, ind.id in to_confirm))
        then = before_dims.get(dim.id)
        dimensions.append(
            DimensionProgress(
                dimension_id=dim.id,
                number=dim.number,
                before=then.score if then else None,
                after=now.score,
                before_stage=then.stage if then else None,
                after_stage=now.stage,
                counts=counts,
            )
        )
    return Progress(baseline, current, tuple(dimensions), tuple(changes), _actions(baseline, current))
