"""A comparison as plain text tables for the terminal (English, like the rest of the command line).

Every name that comes from a file (country, mission, file name) or a framework goes through
:func:`cyberassess.safetext.printable`, so no file can forge or hide a line of the output.
"""

from __future__ import annotations

from ..framework import Framework, tr
from ..safetext import printable
from ..store.records import AnswerValue
from . import Comparison
from .progress import DECLINED, IMPROVED, NEWLY_RATED, NO_LONGER_RATED, NOT_RATED, UNCHANGED, Progress
from .regional import Regional, Spread

TITLE_WIDTH = 40
LISTED_KINDS = (
    (IMPROVED, "improved"),
    (DECLINED, "declined"),
    (NEWLY_RATED, "newly rated"),
    (NO_LONGER_RATED, "no longer rated"),
)
COUNT_WORDS = {
    IMPROVED: "improved",
    DECLINED: "declined",
    UNCHANGED: "unchanged",
    NEWLY_RATED: "newly rated",
    NO_LONGER_RATED: "no longer rated",
    NOT_RATED: "not rated either time",
}


def num(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def signed(value: float | None) -> str:
    return "-" if value is None else f"{value:+.2f}"


def answer(value: AnswerValue | None) -> str:
    return {None: "-", "na": "N/A", "unknown": "?"}.get(value, str(value)) if not isinstance(value, int) else str(value)


def _clip(text: str, width: int) -> str:
    text = printable(" ".join(text.split()))
    return text if len(text) <= width else text[: width - 1] + "…"


def _stage(fw: Framework, level: int | None) -> str:
    return "-" if level is None else f"{level} {printable(tr(fw.stage(level).label))}"


def progress_text(view: Progress, names: tuple[str, ...], anonymised: bool) -> str:
    fw = view.current.framework
    base, cur = view.baseline, view.current
    lines = [f"Progress of {printable(names[0] if anonymised else cur.info.country)}"]
    for word, item in (("baseline", base), ("current", cur)):
        detail = "" if anonymised else f"  {printable(item.info.mission) or '-'}  [{item.file_name}]"
        lines.append(f"  {word:<9}{item.date}{detail}")
    lines += [
        f"  framework {printable(fw.id)} {printable(cur.info.framework_version)}; target stage "
        f"{base.card.target_stage} then, {cur.card.target_stage} now",
        "",
        f"  {'dimension':<{TITLE_WIDTH + 5}}{'baseline':>9}{'current':>9}{'change':>8}  stage (baseline -> current)",
    ]
    for d, dim in zip(view.dimensions, fw.dimensions, strict=True):
        title = _clip(tr(dim.title), TITLE_WIDTH)
        stages = f"{_stage(fw, d.before_stage)} -> {_stage(fw, d.after_stage)}"
        lines.append(
            f"  {d.dimension_id:<5}{title:<{TITLE_WIDTH}}"
            f"{num(d.before):>9}{num(d.after):>9}{signed(d.delta):>8}  {stages}"
        )
    lines.append(
        f"  {'overall':<{TITLE_WIDTH + 5}}{num(view.before):>9}{num(view.after):>9}{signed(view.delta):>8}  "
        f"{_stage(fw, base.card.stage)} -> {_stage(fw, cur.card.stage)}"
    )
    counts = view.counts
    summary = ", ".join(f"{counts[k]} {COUNT_WORDS[k]}" for k in COUNT_WORDS)
    lines += ["", f"indicators: {summary}"]
    if view.to_confirm:
        lines.append(f"  {view.to_confirm} answers carried over from the baseline are still to confirm")
    for kind, word in LISTED_KINDS:
        changes = view.of_kind(kind)
        if not changes:
            continue
        lines.append(f"{word} ({len(changes)}):")
        for c in changes:
            question = _clip(tr(fw.indicator(c.indicator_id).question), 70)
            mark = "  (to confirm)" if c.to_confirm else ""
            lines.append(f"  {c.indicator_id:<9}{answer(c.before):>3} -> {answer(c.after):<4} {question}{mark}")
    groups = view.actions_by_status()
    if groups:
        followed = any(a.status is not None for a in view.actions)
        lines.append("action plan by status (at the baseline -> now):" if followed else "the baseline's action plan:")
        for status, actions in groups.items():
            lines.append(f"  {status} ({len(actions)}):")
            for a in actions:
                then = a.baseline_status or "new"
                change = f"{then} -> {a.status}" if followed else then
                links = f" [{', '.join(a.indicator_ids)}]" if a.indicator_ids else ""
                lines.append(f"    {change:<24} {_clip(a.title, 70)}{links}")
    return "\n".join(lines)


def _spread_row(label: str, s: Spread) -> str:
    span = "-" if s.minimum is None else f"{num(s.minimum)}-{num(s.maximum)}"
    stages = "".join(f"{n:>4}" for n in s.stages)
    return f"  {label:<{TITLE_WIDTH + 5}}{num(s.median):>7}{span:>12}{s.scored:>7}{stages}"


def regional_text(view: Regional, names: tuple[str, ...]) -> str:
    fw = view.items[0].framework
    n = view.countries
    lines = [
        f"Regional view of {n} assessments ({printable(fw.id)} {printable(view.items[0].info.framework_version)})",
        "",
        f"  {'dimension':<{TITLE_WIDTH + 5}}{'median':>7}{'range':>12}{'scored':>7}  countries at stage 1-5",
    ]
    for s, dim in zip(view.dimensions, fw.dimensions, strict=True):
        lines.append(_spread_row(f"{s.dimension_id:<5}{_clip(tr(dim.title), TITLE_WIDTH)}", s))
    lines.append(_spread_row("overall", view.overall_spread))
    width = max(12, *(len(printable(name)) for name in names))
    width = min(width, 32)
    header = "".join(f"{d:>6}" for d in view.dimension_ids)
    lines += ["", "scores by country and dimension:", f"  {'':<{width}}{header}{'overall':>9}"]
    for name, row, overall in zip(names, view.scores, view.overall, strict=True):
        cells = "".join(f"{num(s):>6}" for s in row)
        lines.append(f"  {_clip(name, width):<{width}}{cells}{num(overall):>9}")
    lines.append("")
    if view.priorities:
        lines.append(f"regional priorities: indicators below target in most of the {n} countries:")
        for p in view.priorities:
            question = _clip(tr(fw.indicator(p.indicator_id).question), 60)
            lines.append(f"  {p.rank:>3}. {p.indicator_id:<9}{len(p.below):>3} of {n} below target  {question}")
    else:
        lines.append(f"regional priorities: no indicator is below target in most of the {n} countries")
    return "\n".join(lines)


def to_text(comparison: Comparison) -> str:
    view = comparison.view
    if isinstance(view, Progress):
        return progress_text(view, comparison.labels, comparison.anonymised)
    return regional_text(view, comparison.labels)
