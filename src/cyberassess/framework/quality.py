"""Figures on a framework's content, for its editors: overlap, boilerplate and missing references.

Issue #18's content check, run by ``tests/test_framework_content.py`` and printed by
``scripts/framework_content.py``:

* no two questions more than :data:`MAX_QUESTION_SIMILARITY` alike (``difflib`` ratio on the
  normalised English text: lower case, letters and digits only, single spaces);
* no stage descriptor shared word for word (the same normalised English text) by more than
  :data:`MAX_SHARED_DESCRIPTOR` indicators;
* every indicator with at least one treaty reference;
* every recommendation with an actor and a horizon (its entry in the indicator's
  ``recommendation_plan``, which also gives the effort).
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations

from .model import Framework

MAX_QUESTION_SIMILARITY = 0.80
MAX_SHARED_DESCRIPTOR = 3


def normalise(text: str) -> str:
    """Lower case, letters and digits only, words separated by one space."""
    return " ".join(re.findall(r"\w+", text.lower()))


@dataclass(frozen=True)
class SimilarPair:
    first: str
    second: str
    ratio: float


@dataclass(frozen=True)
class SharedDescriptor:
    text: str
    uses: tuple[str, ...]  # "D1.1.1 stage 5", one per indicator and stage


@dataclass
class ContentReport:
    """What the content check found in one framework."""

    indicators: int
    pairs: list[SimilarPair]  # every pair of questions, most alike first
    shared: list[SharedDescriptor]  # descriptors used by two indicators or more, most shared first
    without_references: list[str]
    recommendations: int
    without_actor_and_horizon: list[str] = field(default_factory=list)  # "D1.1.1 recommendation 2"

    def too_alike(self, limit: float = MAX_QUESTION_SIMILARITY) -> list[SimilarPair]:
        return [p for p in self.pairs if p.ratio > limit]

    def too_shared(self, limit: int = MAX_SHARED_DESCRIPTOR) -> list[SharedDescriptor]:
        return [s for s in self.shared if len({u.split()[0] for u in s.uses}) > limit]


def check_content(framework: Framework) -> ContentReport:
    """Measure ``framework``'s content against the rules above."""
    indicators = list(framework.indicators())
    questions = [(ind.id, normalise(ind.question["en"])) for ind in indicators]
    pairs = []
    for (first, a), (second, b) in combinations(questions, 2):
        matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
        pairs.append(SimilarPair(first, second, matcher.ratio()))
    pairs.sort(key=lambda p: (-p.ratio, p.first, p.second))

    uses: dict[str, list[str]] = defaultdict(list)
    for ind in indicators:
        for level, text in sorted(ind.stages.items()):
            uses[normalise(text["en"])].append(f"{ind.id} stage {level}")
    shared = [
        SharedDescriptor(text, tuple(found)) for text, found in uses.items() if len({u.split()[0] for u in found}) > 1
    ]
    shared.sort(key=lambda s: (-len(s.uses), s.text))

    lacking = [
        f"{ind.id} recommendation {level}"
        for ind in indicators
        for level in sorted(ind.recommendations)
        if level not in ind.recommendation_plan
        or not (ind.recommendation_plan[level].actor and ind.recommendation_plan[level].horizon)
    ]
    return ContentReport(
        indicators=len(indicators),
        pairs=pairs,
        shared=shared,
        without_references=[ind.id for ind in indicators if not ind.references],
        recommendations=sum(len(ind.recommendations) for ind in indicators),
        without_actor_and_horizon=lacking,
    )
