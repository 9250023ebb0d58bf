"""Comparisons: progress since a baseline, and a region at a glance.

* Two assessments of one country, or a follow-up alone (against the baseline kept in it) →
  :class:`.Progress` (:mod:`.progress`): per dimension the baseline and current scores and the
  change, the indicators that improved, declined or did not change, the baseline's actions by status.
* Several countries → :class:`.Regional` (:mod:`.regional`): per dimension the median, range and
  count at each stage, the country × dimension heat map, the regional priorities.

:func:`compare_files` reads the files and chooses; the renderers (:mod:`.textview`,
:mod:`.jsonview`, :mod:`.pdf`, :mod:`.workbook`) lay either out. Assessments of different
frameworks or framework versions are refused (:func:`.inputs.check_comparable`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..safetext import safe_name
from ..store.document import Assessment
from .inputs import (
    ANONYMOUS,
    Compared,
    ComparisonError,
    align_versions,
    check_comparable,
    compared_from,
    labels,
    read_all,
    read_compared,
)
from .progress import CHANGE_KINDS, ActionProgress, DimensionProgress, IndicatorChange, Progress, progress
from .regional import Regional, RegionalPriority, Spread, regional


@dataclass(frozen=True)
class Comparison:
    """A comparison ready to render: the view, how each assessment is named, whether anonymised."""

    view: Progress | Regional
    labels: tuple[str, ...]  # Progress: (baseline, current); Regional: one per country, in order
    anonymised: bool

    def relabel(self, template: str) -> Comparison:
        """The same comparison with anonymised names in another language (``Pays {letter}``)."""
        if not self.anonymised:
            return self
        return Comparison(self.view, names(self.view, anonymise=True, template=template), True)


def names(view: Progress | Regional, *, anonymise: bool, template: str = ANONYMOUS) -> tuple[str, ...]:
    """The assessments' names (see :func:`.inputs.labels`); one country's two assessments share one anonymous name."""
    if isinstance(view, Progress):
        found = labels([view.baseline, view.current], anonymise=anonymise, template=template)
        return (found[0], found[0]) if anonymise else tuple(found)
    return tuple(labels(view.items, anonymise=anonymise, template=template))


def same_country(a: Compared, b: Compared) -> bool:
    return a.info.country.strip().casefold() == b.info.country.strip().casefold()


def _ordered(a: Compared, b: Compared) -> tuple[Compared, Compared]:
    """(baseline, current): a follow-up comes after the baseline it names, else the earlier one (by its
    mission's start, else by when it was created) is the baseline."""
    if b.baseline is not None and b.baseline.info.file_uuid == a.info.file_uuid:
        return a, b
    if a.baseline is not None and a.baseline.info.file_uuid == b.info.file_uuid:
        return b, a
    first, second = sorted((a, b), key=lambda c: (c.mission_date or c.info.created_at[:10], c.info.created_at))
    return first, second


def build(items: Sequence[Compared], *, anonymise: bool = False) -> Comparison:
    """Progress when given two assessments of one country, or one follow-up (against the baseline kept in
    it); else a regional view. Of two assessments, a follow-up's baseline, or else the earlier, is the baseline."""
    if len(items) == 1 and items[0].baseline is not None:
        items = [items[0].baseline, items[0]]
    items = align_versions(items)
    check_comparable(items)
    if len(items) == 2 and same_country(*items):
        baseline, current = _ordered(*items)
        view: Progress | Regional = progress(baseline, current)
    else:
        view = regional(items)
    if anonymise and isinstance(view, Progress):
        view = _without_free_text(view)
    return Comparison(view, names(view, anonymise=anonymise), anonymise)


def _without_free_text(view: Progress) -> Progress:
    """An anonymised progress view: actions named by their indicators, no institution.

    Action titles and responsible institutions are the assessors' free text and often name the
    country, its cities or its institutions (the demo's do); an anonymised output carries none of it.
    """
    actions = tuple(
        dataclasses.replace(action, title=f"{n}. {', '.join(action.indicator_ids) or '-'}", owner="")
        for n, action in enumerate(view.actions, start=1)
    )
    return dataclasses.replace(view, actions=actions)


def progress_of(doc: Assessment) -> Progress | None:
    """An open follow-up's progress since the baseline kept inside it (``None``: not a follow-up)."""
    if doc.baseline() is None:  # one query: reports and matrices ask this of every assessment
        return None
    current = compared_from(doc, safe_name(doc.path.name))
    if current.baseline is None:
        return None
    view = build([current]).view
    assert isinstance(view, Progress)
    return view


def compare_files(paths: Sequence[Path | str], *, anonymise: bool = False) -> Comparison:
    """Read ``paths`` (read-only) and compare them."""
    return build(read_all(paths), anonymise=anonymise)


__all__ = [
    "ANONYMOUS",
    "CHANGE_KINDS",
    "ActionProgress",
    "Compared",
    "Comparison",
    "ComparisonError",
    "DimensionProgress",
    "IndicatorChange",
    "Progress",
    "Regional",
    "RegionalPriority",
    "Spread",
    "build",
    "check_comparable",
    "compare_files",
    "labels",
    "progress",
    "progress_of",
    "read_all",
    "read_compared",
    "regional",
]
