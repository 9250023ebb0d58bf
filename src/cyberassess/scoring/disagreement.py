"""Where assessors of one mission disagree: the merge report and the PDF annex both use this.

A disagreement is an indicator where the stages given by different assessors differ by two
stages or more, or where at least one assessor answered Unknown while another gave a stage.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from ..framework import Framework
from ..store.records import AnswerValue, MergeInputRecord

MIN_SPREAD = 2


@dataclass(frozen=True)
class Disagreement:
    indicator_id: str
    answers: tuple[tuple[str, AnswerValue], ...]  # (assessor, answer), in assessor order
    reason: str  # "spread" or "unknown"

    @property
    def spread(self) -> int:
        levels = [v for _, v in self.answers if isinstance(v, int)]
        return max(levels) - min(levels) if levels else 0


def find_disagreements(framework: Framework, inputs: Iterable[MergeInputRecord]) -> list[Disagreement]:
    """Disagreements among merged answers, in framework order (deterministic)."""
    by_indicator: dict[str, dict[str, AnswerValue]] = defaultdict(dict)
    for record in inputs:
        label = record.assessor or record.source_name
        by_indicator[record.indicator_id][label] = record.value
    found = []
    for indicator_id in framework.indicator_ids():
        answers = by_indicator.get(indicator_id, {})
        if len(answers) < 2:
            continue
        pairs = tuple(sorted(answers.items()))
        levels = [v for _, v in pairs if isinstance(v, int)]
        if levels and max(levels) - min(levels) >= MIN_SPREAD:
            found.append(Disagreement(indicator_id, pairs, "spread"))
        elif levels and any(v == "unknown" for _, v in pairs):
            found.append(Disagreement(indicator_id, pairs, "unknown"))
    return found
