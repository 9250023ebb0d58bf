"""A comparison as JSON: a stable, documented shape (docs/json-output.md).

``format_version`` is ``1``, as for every ``--json`` shape: fields are only ever added, and the
version would be raised only if a field had to change meaning. Answer values are a stage (1–5),
``"na"``, ``"unknown"`` or ``null`` (not rated); scores are numbers rounded to four decimals or
``null`` (nothing rated). With ``--anonymise`` the assessments carry only their label
(``Country A`` …) and their figures: no country, mission, file name, file identifier or assessor.
"""

from __future__ import annotations

from typing import Any

from . import Comparison
from .inputs import Compared
from .progress import Progress
from .regional import Regional, Spread

FORMAT_VERSION = 1  # as every --json shape (docs/json-output.md): raised only if a field changed meaning


def _assessment(item: Compared, label: str, anonymised: bool) -> dict[str, Any]:
    card = item.card
    data: dict[str, Any] = {"label": label}
    if not anonymised:
        info = item.info
        data.update(
            country=info.country,
            mission=info.mission,
            file=item.file_name,
            file_uuid=info.file_uuid,
            assessors=list(info.assessors),
            created_at=info.created_at,
            modified_at=info.modified_at,
        )
    data.update(
        date=item.date,
        target_stage=card.target_stage,
        score=card.score,
        stage=card.stage,
        coverage=round(card.coverage, 4),
        rated=card.rated,
        total=card.total,
    )
    return data


def _spread(spread: Spread) -> dict[str, Any]:
    return {
        "median": spread.median,
        "min": spread.minimum,
        "max": spread.maximum,
        "scored": spread.scored,
        "unscored": spread.unscored,
        "stages": {str(level): n for level, n in enumerate(spread.stages, start=1)},
    }


def _progress(view: Progress, comparison: Comparison) -> dict[str, Any]:
    base_label, current_label = comparison.labels
    anon = comparison.anonymised
    return {
        "format_version": FORMAT_VERSION,
        "kind": "progress",
        "anonymised": anon,
        "framework": {"id": view.current.info.framework_id, "version": view.current.info.framework_version},
        "baseline": _assessment(view.baseline, base_label, anon),
        "current": _assessment(view.current, current_label, anon),
        "overall": {"baseline": view.before, "current": view.after, "change": view.delta},
        "dimensions": [
            {
                "id": d.dimension_id,
                "baseline": d.before,
                "current": d.after,
                "change": d.delta,
                "baseline_stage": d.before_stage,
                "current_stage": d.after_stage,
                "counts": d.counts,
            }
            for d in view.dimensions
        ],
        "counts": {**view.counts, "to_confirm": view.to_confirm},
        "indicators": [
            {
                "id": c.indicator_id,
                "dimension": c.dimension_id,
                "baseline": c.before,
                "current": c.after,
                "change": c.delta,
                "kind": c.kind,
                "to_confirm": c.to_confirm,
            }
            for c in view.changes
        ],
        "actions": [
            {
                "title": a.title,
                "indicators": list(a.indicator_ids),
                "owner": a.owner,
                "baseline_status": a.baseline_status,
                "status": a.status,
            }
            for a in view.actions
        ],
    }


def _regional(view: Regional, comparison: Comparison) -> dict[str, Any]:
    anon = comparison.anonymised
    names = comparison.labels
    return {
        "format_version": FORMAT_VERSION,
        "kind": "regional",
        "anonymised": anon,
        "framework": {"id": view.items[0].info.framework_id, "version": view.items[0].info.framework_version},
        "assessments": [_assessment(item, label, anon) for item, label in zip(view.items, names, strict=True)],
        "overall": _spread(view.overall_spread),
        "dimensions": [{"id": s.dimension_id, **_spread(s)} for s in view.dimensions],
        "matrix": [
            {"label": label, "overall": overall, "scores": dict(zip(view.dimension_ids, row, strict=True))}
            for label, overall, row in zip(names, view.overall, view.scores, strict=True)
        ],
        "priorities": [
            {
                "rank": p.rank,
                "id": p.indicator_id,
                "dimension": p.dimension_id,
                "below_target": len(p.below),
                "rated": p.rated,
                "countries": [names[n] for n in p.below],
                "mean_weighted_gap": p.mean_weighted_gap,
                "median_stage": p.median_stage,
            }
            for p in view.priorities
        ],
    }


def to_json(comparison: Comparison) -> dict[str, Any]:
    """The comparison as plain JSON data (dicts, lists, numbers, strings, null)."""
    view = comparison.view
    if isinstance(view, Progress):
        return _progress(view, comparison)
    return _regional(view, comparison)
