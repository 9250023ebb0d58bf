"""The built-in framework's content check (issue #18, "Quality"); figures: scripts/framework_content.py."""

from __future__ import annotations

import dataclasses

import pytest

from cyberassess.framework import builtin_framework
from cyberassess.framework.model import RecommendationPlan
from cyberassess.framework.quality import ContentReport, check_content, normalise


@pytest.fixture(scope="module")
def report() -> ContentReport:
    return check_content(builtin_framework())


def test_no_two_questions_more_than_80_percent_alike(report: ContentReport) -> None:
    assert [(p.first, p.second, round(p.ratio, 2)) for p in report.too_alike()] == []


def test_no_stage_descriptor_shared_by_more_than_three_indicators(report: ContentReport) -> None:
    assert [(s.text, s.uses) for s in report.too_shared()] == []


def test_every_indicator_cites_a_treaty(report: ContentReport) -> None:
    assert report.without_references == []


def test_every_recommendation_has_an_actor_and_a_horizon(report: ContentReport) -> None:
    assert report.recommendations > 0
    assert report.without_actor_and_horizon == []


def test_the_checks_catch_what_they_look_for() -> None:
    fw = builtin_framework()
    dim = fw.dimensions[0]
    section = dim.sections[0]
    first = section.indicators[0]
    copy = dataclasses.replace(
        first,
        id=first.id + "9",
        question={"en": first.question["en"].upper() + "?"},
        references=(),
        stages={level: first.stages[level] for level in first.stages},
        recommendation_plan={},
    )
    planned = {level: RecommendationPlan(actor="police", horizon="short", effort="low") for level in (1, 2, 3, 4)}
    others = [dataclasses.replace(copy, id=f"{first.id}{n}", recommendation_plan=planned) for n in range(5, 8)]
    section = dataclasses.replace(section, indicators=(*section.indicators, copy, *others))
    fw = dataclasses.replace(fw, dimensions=(dataclasses.replace(dim, sections=(section, *dim.sections[1:])),))
    report = check_content(fw)
    assert (first.id, copy.id) in {(p.first, p.second) for p in report.too_alike()}
    assert any(first.id + " stage 1" in s.uses for s in report.too_shared())
    assert copy.id in report.without_references
    assert f"{copy.id} recommendation 4" in report.without_actor_and_horizon
    assert not [r for r in report.without_actor_and_horizon if r.startswith(others[0].id + " ")]
    assert normalise("  Is it — LAW?  ") == "is it law"
