from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cyberassess.framework import get_framework
from cyberassess.scoring import find_disagreements, score, stage_of
from cyberassess.store import MergeInputRecord
from cyberassess.store.records import AnswerValue

# mini framework: D1 = D1.1.1 (w1), D1.1.2 (w2), D1.2.1 (w0.5); D2 = D2.1.1 (w1), D2.1.2 (w1)
IDS = ["D1.1.1", "D1.1.2", "D1.2.1", "D2.1.1", "D2.1.2"]
values = st.one_of(st.none(), st.integers(1, 5), st.sampled_from(["na", "unknown"]))
answer_maps = st.fixed_dictionaries({i: values for i in IDS})


def test_weighted_mean_excludes_na_and_unknown() -> None:
    fw = get_framework("mini")
    card = score(fw, {"D1.1.1": 1, "D1.1.2": 4, "D1.2.1": "na", "D2.1.1": "unknown"}, target_stage=3)
    d1, d2 = card.dimensions
    assert d1.score == pytest.approx((1 * 1 + 2 * 4) / 3)
    assert (d1.rated, d1.not_applicable, d1.applicable, d1.coverage) == (2, 1, 2, 1.0)
    assert d2.score is None and d2.stage is None and d2.gap is None
    assert (d2.unknown, d2.unanswered, d2.coverage) == (1, 1, 0.0)
    assert card.score == pytest.approx(3.0) and card.stage == 3 and card.gap == 0
    assert card.unknown_ids == ("D2.1.1",) and card.unanswered_ids == ("D2.1.2",)
    assert card.coverage == pytest.approx(2 / 4)


def test_unknown_is_never_scored_as_zero() -> None:
    fw = get_framework("mini")
    with_unknown = score(fw, {"D1.1.1": 4, "D1.1.2": "unknown"}, 3)
    without = score(fw, {"D1.1.1": 4}, 3)
    assert with_unknown.dimensions[0].score == without.dimensions[0].score == 4


def test_priorities_rank_largest_weighted_gap_first() -> None:
    fw = get_framework("mini")
    card = score(fw, {"D1.1.1": 1, "D1.1.2": 2, "D1.2.1": 1, "D2.1.1": 3, "D2.1.2": 2}, target_stage=4)
    ranking = [(p.indicator_id, p.weighted_gap) for p in card.priorities]
    # D1.1.2: 2*(4-2)=4 ; D1.1.1: 1*3=3 ; D2.1.2: 2 ; D1.2.1: 0.5*3=1.5 ; D2.1.1: 1
    assert ranking == [("D1.1.2", 4), ("D1.1.1", 3), ("D2.1.2", 2), ("D1.2.1", 1.5), ("D2.1.1", 1)]
    assert list(card.priorities[0].steps) == [2, 3]
    assert [p.rank for p in card.priorities] == [1, 2, 3, 4, 5]


def test_stage_is_the_whole_part_of_the_score() -> None:
    assert [stage_of(s) for s in (1.0, 1.99, 2.0, 2.7, 4.9999, 5.0)] == [1, 1, 2, 2, 4, 5]
    assert stage_of(None) is None


@settings(max_examples=200, deadline=None)
@given(answers=answer_maps, target=st.integers(1, 5))
def test_scoring_properties(answers: dict[str, AnswerValue | None], target: int) -> None:
    fw = get_framework("mini")
    card = score(fw, answers, target)
    assert card == score(fw, dict(reversed(list(answers.items()))), target)  # order-independent, deterministic
    levels = [v for v in answers.values() if isinstance(v, int)]
    if levels:
        assert min(levels) <= card.score <= max(levels)  # type: ignore[operator]
        assert card.gap == pytest.approx(max(0.0, target - card.score))  # type: ignore[operator]
    else:
        assert card.score is None
    for d in card.dimensions:
        assert d.rated + d.not_applicable + d.unknown + d.unanswered == d.total
        assert 0.0 <= d.coverage <= 1.0
    assert all(p.stage < target for p in card.priorities)
    gaps = [p.weighted_gap for p in card.priorities]
    assert gaps == sorted(gaps, reverse=True)
    assert len(card.priorities) == sum(1 for v in levels if v < target)


@settings(max_examples=100, deadline=None)
@given(answers=answer_maps, indicator=st.sampled_from(IDS))
def test_raising_a_stage_never_lowers_the_score(answers: dict[str, AnswerValue | None], indicator: str) -> None:
    fw = get_framework("mini")
    before = score(fw, answers, 3)
    current = answers[indicator]
    if not isinstance(current, int) or current == 5:
        return
    after = score(fw, {**answers, indicator: current + 1}, 3)
    assert after.score is not None and before.score is not None and after.score > before.score
    assert len(after.priorities) <= len(before.priorities)


def _input(source: str, assessor: str, indicator: str, value: AnswerValue) -> MergeInputRecord:
    return MergeInputRecord(source, source, assessor, indicator, value, "", None, "2026-01-01T00:00:00+00:00")


def test_disagreements_are_two_stages_apart_or_unknown() -> None:
    fw = get_framework("mini")
    inputs = [
        _input("a", "Ada", "D1.1.1", 1),
        _input("b", "Bo", "D1.1.1", 3),  # spread 2
        _input("a", "Ada", "D1.1.2", 2),
        _input("b", "Bo", "D1.1.2", 3),  # spread 1: agreement
        _input("a", "Ada", "D2.1.1", "unknown"),
        _input("b", "Bo", "D2.1.1", 4),  # unknown
        _input("a", "Ada", "D2.1.2", "na"),
        _input("b", "Bo", "D2.1.2", "na"),
    ]
    found = find_disagreements(fw, inputs)
    assert [(d.indicator_id, d.reason) for d in found] == [("D1.1.1", "spread"), ("D2.1.1", "unknown")]
    assert found[0].spread == 2 and found[0].answers == (("Ada", 1), ("Bo", 3))
    assert find_disagreements(fw, list(reversed(inputs))) == found
