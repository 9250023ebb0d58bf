"""Maturity scores: indicator → dimension → overall, coverage, gaps and priorities.

Rules (also printed in the report's methodology annex):

* A dimension's score is the mean stage of its rated indicators, weighted by indicator weight.
  The overall score is the same weighted mean over every rated indicator.
* "Not applicable" and "Unknown / no data" never count as zero: they are left out of the mean.
  Coverage is rated indicators / applicable indicators (all minus Not applicable).
* The stage reached is the whole part of the score (2.7 → stage 2, Formative); the gap is
  target stage − score, never negative.
* Priorities are the rated indicators below the target stage, largest weighted gap
  (weight × (target − stage)) first; ties go to the lower stage, then framework order.

Everything here is a pure function of its inputs: deterministic, no I/O.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import asdict, dataclass

from ..framework import Framework
from ..store.document import Assessment
from ..store.records import AnswerRecord, AnswerValue

AnswerLike = AnswerRecord | AnswerValue | None


def _value(answer: AnswerLike) -> AnswerValue | None:
    return answer.value if isinstance(answer, AnswerRecord) else answer


def stage_of(score: float | None) -> int | None:
    """The stage reached by a score: its whole part (1–5)."""
    if score is None:
        return None
    return max(1, min(5, math.floor(score)))


@dataclass(frozen=True)
class DimensionScore:
    dimension_id: str
    number: int
    score: float | None
    stage: int | None
    gap: float | None
    total: int
    rated: int
    not_applicable: int
    unknown: int
    unanswered: int

    @property
    def applicable(self) -> int:
        return self.total - self.not_applicable

    @property
    def coverage(self) -> float:
        """Share of applicable indicators that have a stage (0–1)."""
        return self.rated / self.applicable if self.applicable else 1.0


@dataclass(frozen=True)
class Priority:
    rank: int
    indicator_id: str
    dimension_id: str
    stage: int
    target: int
    weight: float
    weighted_gap: float

    @property
    def steps(self) -> range:
        """The stages whose recommendations lead from the current stage to the target."""
        return range(self.stage, self.target)


@dataclass(frozen=True)
class ScoreCard:
    target_stage: int
    score: float | None
    stage: int | None
    gap: float | None
    total: int
    rated: int
    not_applicable: int
    unknown: int
    unanswered: int
    dimensions: tuple[DimensionScore, ...]
    priorities: tuple[Priority, ...]
    unknown_ids: tuple[str, ...]
    unanswered_ids: tuple[str, ...]

    @property
    def coverage(self) -> float:
        applicable = self.total - self.not_applicable
        return self.rated / applicable if applicable else 1.0

    def dimension(self, dimension_id: str) -> DimensionScore:
        return next(d for d in self.dimensions if d.dimension_id == dimension_id)

    def to_dict(self) -> dict[str, object]:
        data = asdict(self)
        data["coverage"] = round(self.coverage, 4)
        for dim, obj in zip(data["dimensions"], self.dimensions, strict=True):
            dim["coverage"] = round(obj.coverage, 4)
        return data


def _weighted_mean(pairs: list[tuple[float, int]]) -> float | None:
    total_weight = sum(w for w, _ in pairs)
    if not pairs or total_weight <= 0:
        return None
    return round(sum(w * lvl for w, lvl in pairs) / total_weight, 4)


def _gap(target: int, score: float | None) -> float | None:
    return None if score is None else round(max(0.0, target - score), 4)


def score(framework: Framework, answers: Mapping[str, AnswerLike], target_stage: int) -> ScoreCard:
    """Score ``answers`` (indicator id → answer) against ``framework`` and a target stage."""
    if target_stage not in range(1, 6):
        raise ValueError(f"target stage must be 1-5, not {target_stage}")
    dimensions: list[DimensionScore] = []
    overall: list[tuple[float, int]] = []
    gaps: list[tuple[float, int, int, str, str, float]] = []
    unknown_ids: list[str] = []
    unanswered_ids: list[str] = []
    order = 0
    for dim in framework.dimensions:
        pairs: list[tuple[float, int]] = []
        counts = {"total": 0, "na": 0, "unknown": 0, "unanswered": 0}
        for ind in dim.indicators():
            order += 1
            counts["total"] += 1
            value = _value(answers.get(ind.id))
            if value == "na":
                counts["na"] += 1
            elif value == "unknown":
                counts["unknown"] += 1
                unknown_ids.append(ind.id)
            elif isinstance(value, int):
                pairs.append((ind.weight, value))
                if value < target_stage:
                    gaps.append((-ind.weight * (target_stage - value), value, order, ind.id, dim.id, ind.weight))
            else:
                counts["unanswered"] += 1
                unanswered_ids.append(ind.id)
        overall.extend(pairs)
        mean = _weighted_mean(pairs)
        dimensions.append(
            DimensionScore(
                dimension_id=dim.id,
                number=dim.number,
                score=mean,
                stage=stage_of(mean),
                gap=_gap(target_stage, mean),
                total=counts["total"],
                rated=len(pairs),
                not_applicable=counts["na"],
                unknown=counts["unknown"],
                unanswered=counts["unanswered"],
            )
        )
    gaps.sort()
    priorities = tuple(
        Priority(
            rank=i,
            indicator_id=iid,
            dimension_id=did,
            stage=lvl,
            target=target_stage,
            weight=w,
            weighted_gap=round(-neg, 4),
        )
        for i, (neg, lvl, _o, iid, did, w) in enumerate(gaps, start=1)
    )
    mean = _weighted_mean(overall)
    return ScoreCard(
        target_stage=target_stage,
        score=mean,
        stage=stage_of(mean),
        gap=_gap(target_stage, mean),
        total=sum(d.total for d in dimensions),
        rated=len(overall),
        not_applicable=sum(d.not_applicable for d in dimensions),
        unknown=len(unknown_ids),
        unanswered=len(unanswered_ids),
        dimensions=tuple(dimensions),
        priorities=priorities,
        unknown_ids=tuple(unknown_ids),
        unanswered_ids=tuple(unanswered_ids),
    )


@dataclass(frozen=True)
class DimensionChange:
    dimension_id: str
    before: float | None
    after: float | None

    @property
    def delta(self) -> float | None:
        if self.before is None or self.after is None:
            return None
        return round(self.after - self.before, 4)


def compare(before: ScoreCard, after: ScoreCard) -> list[DimensionChange]:
    """Dimension by dimension, how an earlier assessment's scores compare with a later one's."""
    earlier = {d.dimension_id: d.score for d in before.dimensions}
    return [DimensionChange(d.dimension_id, earlier.get(d.dimension_id), d.score) for d in after.dimensions]


def score_assessment(doc: Assessment) -> ScoreCard:
    """The score card of an open assessment, against its own target stage."""
    return score(doc.framework, doc.answers(), doc.info.target_stage)
