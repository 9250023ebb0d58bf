"""Progress since a baseline: two assessments of one country, dimension by dimension and indicator by indicator.

Scores are the report's (:mod:`cyberassess.scoring`): each assessment against its own target. An
indicator *improved* or *declined* when it has a stage both times and the stage went up or down;
it is *unchanged* with the same stage; *newly rated* when it has a stage now but had none then
(not rated, Not applicable or Unknown); *no longer rated* the other way round; *not rated* when it
has a stage neither time. Pure functions of their inputs: no I/O.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass

from ..store.records import AnswerRecord, AnswerValue
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
class Progress:
    """What changed between a baseline and a later assessment of the same country."""

    baseline: Compared
    current: Compared
    dimensions: tuple[DimensionProgress, ...]
    changes: tuple[IndicatorChange, ...]  # every indicator, in framework order

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


def progress(baseline: Compared, current: Compared, *, to_confirm: Collection[str] = ()) -> Progress:
    """Compare ``current`` with its ``baseline`` (same framework: see :func:`.inputs.check_comparable`).

    ``to_confirm``: indicators whose answer was carried over from the baseline and not yet confirmed.
    """
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
    return Progress(baseline, current, tuple(dimensions), tuple(changes))
