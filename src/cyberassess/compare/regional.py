"""A region at a glance: several countries' assessments side by side.

Per dimension: the median score, the range (lowest and highest), how many countries have a
score, and how many stand at each stage. A country × dimension matrix of scores (the heat map).
Regional priorities: the indicators below target in most of the countries (more than half of
those compared), the gaps a regional programme can address once for all; ranked by how many
countries share the gap, then by the mean weighted gap (weight × stages below target) among them,
then framework order. Each country is measured against its own target stage. No I/O.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from ..scoring import stage_of
from .inputs import Compared

STAGES = (1, 2, 3, 4, 5)


@dataclass(frozen=True)
class Spread:
    """The countries' scores on one dimension (or overall)."""

    dimension_id: str  # "" for the overall score
    median: float | None
    minimum: float | None
    maximum: float | None
    scored: int  # countries with a score
    unscored: int  # countries with no rated indicator there
    stages: tuple[int, ...]  # countries at stage 1 … 5

    @classmethod
    def of(cls, dimension_id: str, scores: Sequence[float | None]) -> Spread:
        present = [s for s in scores if s is not None]
        reached = [stage_of(s) for s in present]
        return cls(
            dimension_id=dimension_id,
            median=round(statistics.median(present), 4) if present else None,
            minimum=min(present) if present else None,
            maximum=max(present) if present else None,
            scored=len(present),
            unscored=len(scores) - len(present),
            stages=tuple(reached.count(level) for level in STAGES),
        )


@dataclass(frozen=True)
class RegionalPriority:
    rank: int
    indicator_id: str
    dimension_id: str
    below: tuple[int, ...]  # indexes of the countries below their target on this indicator
    rated: int  # countries that gave this indicator a stage
    mean_weighted_gap: float
    median_stage: float | None


@dataclass(frozen=True)
class Regional:
    items: tuple[Compared, ...]
    dimension_ids: tuple[str, ...]
    scores: tuple[tuple[float | None, ...], ...]  # [country][dimension]: the heat map
    overall: tuple[float | None, ...]  # [country]
    dimensions: tuple[Spread, ...]
    overall_spread: Spread
    priorities: tuple[RegionalPriority, ...]

    @property
    def countries(self) -> int:
        return len(self.items)


def regional(items: Sequence[Compared]) -> Regional:
    """The regional view of ``items`` (same framework: see :func:`.inputs.check_comparable`)."""
    fw = items[0].framework
    dim_ids = tuple(d.id for d in fw.dimensions)
    scores = tuple(tuple(c.card.dimension(d).score for d in dim_ids) for c in items)
    overall = tuple(c.card.score for c in items)
    spreads = tuple(Spread.of(d, [row[i] for row in scores]) for i, d in enumerate(dim_ids))
    majority = len(items) // 2 + 1
    found: list[tuple[int, float, int, RegionalPriority]] = []
    for order, ind in enumerate(fw.indicators()):
        below: list[int] = []
        gaps: list[float] = []
        stages: list[int] = []
        for n, item in enumerate(items):
            answer = item.answers.get(ind.id)
            level = answer.level if answer else None
            if level is None:
                continue
            stages.append(level)
            target = item.info.target_stage
            if level < target:
                below.append(n)
                gaps.append(ind.weight * (target - level))
        if len(below) >= majority:
            mean_gap = round(sum(gaps) / len(gaps), 4)
            priority = RegionalPriority(
                rank=0,
                indicator_id=ind.id,
                dimension_id=fw.dimension_of(ind.id).id,
                below=tuple(below),
                rated=len(stages),
                mean_weighted_gap=mean_gap,
                median_stage=float(statistics.median(stages)),
            )
            found.append((-len(below), -mean_gap, order, priority))
    found.sort(key=lambda f: f[:3])
    priorities = tuple(
        RegionalPriority(i, p.indicator_id, p.dimension_id, p.below, p.rated, p.mean_weighted_gap, p.median_stage)
        for i, (*_key, p) in enumerate(found, start=1)
    )
    return Regional(
        items=tuple(items),
        dimension_ids=dim_ids,
        scores=scores,
        overall=overall,
        dimensions=spreads,
        overall_spread=Spread.of("", overall),
        priorities=priorities,
    )
