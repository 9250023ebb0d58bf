"""Comparisons: progress since a baseline, and a region at a glance.

* Two assessments of one country → :class:`.Progress` (:mod:`.progress`): per dimension the
  baseline and current scores and the change, the indicators that improved, declined or did not
  change.
* Several countries → :class:`.Regional` (:mod:`.regional`): per dimension the median, range and
  count at each stage, the country × dimension heat map, the regional priorities.

:func:`compare_files` reads the files and chooses; the renderers (:mod:`.textview`,
:mod:`.jsonview`, :mod:`.pdf`, :mod:`.workbook`) lay either out. Assessments of different
frameworks or framework versions are refused (:func:`.inputs.check_comparable`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .inputs import ANONYMOUS, Compared, ComparisonError, check_comparable, labels, read_all, read_compared
from .progress import CHANGE_KINDS, DimensionProgress, IndicatorChange, Progress, progress
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


def build(items: Sequence[Compared], *, anonymise: bool = False) -> Comparison:
    """Progress when given two assessments of one country (the older is the baseline), else a regional view."""
    check_comparable(items)
    if len(items) == 2 and same_country(*items):
        baseline, current = sorted(items, key=lambda c: c.info.created_at)
        view: Progress | Regional = progress(baseline, current)
    else:
        view = regional(items)
    return Comparison(view, names(view, anonymise=anonymise), anonymise)


def compare_files(paths: Sequence[Path | str], *, anonymise: bool = False) -> Comparison:
    """Read ``paths`` (read-only) and compare them."""
    return build(read_all(paths), anonymise=anonymise)


__all__ = [
    "ANONYMOUS",
    "CHANGE_KINDS",
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
    "read_all",
    "read_compared",
    "regional",
]
