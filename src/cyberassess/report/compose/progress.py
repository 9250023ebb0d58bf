"""Chapter 4 of a follow-up's report: progress since the baseline (only when a baseline is linked).

It comes after the findings and before the recommendations, where a follow-up review puts it: the
findings first say where the country stands now, on their own evidence; the progress chapter then
measures that against the baseline and says what became of the baseline's action plan; the
recommendations that follow build on both (an action not started is carried into the new plan).

The figures are :func:`cyberassess.compare.progress_of`'s, the same the app's Progress page and
``cyberassess compare`` show: per dimension the baseline and current score and stage and the change,
the radar with both, the indicators that moved, the baseline's actions by status. Answers carried
over and not yet confirmed are said to be so, as the progress they show is provisional.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...compare.progress import (
    DECLINED,
    IMPROVED,
    NEWLY_RATED,
    NO_LONGER_RATED,
    UNCHANGED,
    ActionProgress,
    DimensionProgress,
    IndicatorChange,
    Progress,
)
from ...store.records import AnswerValue
from ..model import Block, Cell, CellTone, Figures, Heading, PageBreak, Paragraph, ProgressRadar, Section
from .context import Words, cell

# How a follow-up review names where an action of the baseline's plan stands, in reading order.
STATUS_ORDER = ("done", "in-progress", "planned", "dropped")


def signed(w: Words, value: float | None) -> str:
    """A change with its sign: +0.4, −0.3, 0.0 (– when either score is missing)."""
    if value is None:
        return "–"
    value = round(value, 1)  # as shown: a change of 0.04 is no change
    text = w.num(abs(value))
    return f"+{text}" if value > 0 else f"\u2212{text}" if value < 0 else text


def _tone(value: float | None) -> CellTone | None:
    """Green behind a rise, red behind a fall, of at least 0.1 (the change as shown)."""
    if value is None or round(value, 1) == 0:
        return None
    return "up" if value > 0 else "down"


def _stage_cell(w: Words, value: AnswerValue | None) -> Cell:
    return cell(w.answer_text(value), stage=value if isinstance(value, int) else 0)


def _status_words(w: Words) -> dict[str, str]:
    """Where an action stands, in a follow-up review's words."""
    return {
        "done": w.t("Implemented"),
        "in-progress": w.t("In progress"),
        "planned": w.t("Not started"),
        "dropped": w.t("Dropped"),
    }


def _dimension_sentence(w: Words, dims: Sequence[DimensionProgress]) -> str:
    t = w.t
    moved = [d for d in dims if d.delta is not None]
    up = sorted((d for d in moved if _tone(d.delta) == "up"), key=lambda d: -(d.delta or 0))
    down = sorted((d for d in moved if _tone(d.delta) == "down"), key=lambda d: d.delta or 0)
    same = len(moved) - len(up) - len(down)
    text = t(
        "By dimension, {up} of {count} scores rose, {down} fell and {same} did not change.",
        up=len(up),
        count=len(dims),
        down=len(down),
        same=same,
    )
    if up:
        text += " " + t(
            "The largest gain is in {dimension} ({change}).",
            dimension=_dimension_name(w, up[0]),
            change=signed(w, up[0].delta),
        )
    if down:
        text += " " + t(
            "The largest fall is in {dimension} ({change}).",
            dimension=_dimension_name(w, down[0]),
            change=signed(w, down[0].delta),
        )
    return text


def _dimension_name(w: Words, d: DimensionProgress) -> str:
    return w.dimension_title(next(dim for dim in w.fw.dimensions if dim.id == d.dimension_id))


def opening(w: Words, view: Progress) -> list[Block]:
    """The prose opening: what moved, the overall change, and whether carried-over answers are confirmed."""
    t = w.t
    base = view.baseline
    counts = view.counts
    described = base.info.mission.strip()
    blocks: list[Block] = [
        Paragraph(
            t(
                "This assessment follows up the baseline assessment of {date}{mission}. Of its {total} indicators, "
                "{improved} improved, {declined} declined and {unchanged} kept their stage; {new} were rated for "
                "the first time and {lost} are no longer rated.",
                date=w.date(base.date, "long"),
                mission=t(" ({mission})", mission=described) if described else "",
                total=len(view.changes),
                improved=counts[IMPROVED],
                declined=counts[DECLINED],
                unchanged=counts[UNCHANGED],
                new=counts[NEWLY_RATED],
                lost=counts[NO_LONGER_RATED],
            ),
            "lead",
        )
    ]
    if view.before is not None and view.after is not None:
        blocks.append(
            Paragraph(
                t(
                    "The overall score went from {before} to {after} ({change}) against a target of stage {target}.",
                    before=w.score_stage(view.before, base.card.stage),
                    after=w.score_stage(view.after, view.current.card.stage),
                    change=signed(w, view.delta),
                    target=w.stage_text(view.current.card.target_stage),
                )
            )
        )
    blocks.append(Paragraph(_dimension_sentence(w, view.dimensions)))
    if view.to_confirm:
        blocks.append(
            Paragraph(
                t(
                    "{count} of the answers carried over from the baseline are not yet confirmed: they repeat the "
                    "baseline's stage until the assessors confirm or change them, so they count as unchanged and "
                    "the progress shown here is provisional.",
                    count=view.to_confirm,
                ),
                "warning",
            )
        )
    else:
        blocks.append(
            Paragraph(
                t("Every answer carried over from the baseline has been confirmed or changed by the assessors."),
                "note",
            )
        )
    return blocks


def dimension_rows(w: Words, view: Progress) -> list[tuple[Cell, ...]]:
    rows: list[tuple[Cell, ...]] = []
    for d, dim in zip(view.dimensions, w.fw.dimensions, strict=True):
        rows.append(
            (
                cell(w.dimension_title(dim)),
                cell(w.num(d.before)),
                cell(w.stage_label(d.before_stage), stage=d.before_stage or 0),
                cell(w.num(d.after)),
                cell(w.stage_label(d.after_stage), stage=d.after_stage or 0),
                Cell(signed(w, d.delta), style="bold", tone=_tone(d.delta)),
            )
        )
    base, cur = view.baseline.card, view.current.card
    rows.append(
        (
            cell(w.t("Overall"), style="bold"),
            cell(w.num(view.before), style="bold"),
            cell(w.stage_label(base.stage), stage=base.stage or 0),
            cell(w.num(view.after), style="bold"),
            cell(w.stage_label(cur.stage), stage=cur.stage or 0),
            Cell(signed(w, view.delta), style="bold", tone=_tone(view.delta)),
        )
    )
    return rows


def _change_table(w: Words, changes: Sequence[IndicatorChange]) -> Block:
    t = w.t
    rows = []
    for c in changes:
        note = t("Carried over, to confirm") if c.to_confirm else ""
        rows.append(
            (
                cell(c.indicator_id, style="bold"),
                cell(w.question(c.indicator_id), note=note),
                _stage_cell(w, c.before),
                _stage_cell(w, c.after),
            )
        )
    header = [
        (t("Indicator"), 1.0, "id"),
        (t("Question"), 5.0, "text"),
        (t("Baseline"), 1.6, "stage"),
        (t("Now"), 1.6, "stage"),
    ]
    return w.table(header, rows)


def indicator_blocks(w: Words, view: Progress) -> list[Block]:
    t = w.t
    blocks: list[Block] = [Heading(t("4.2 Indicators that changed"), 2, "progress-indicators")]
    shown = 0
    for kind, title in (
        (IMPROVED, t("Improved ({count})")),
        (DECLINED, t("Declined ({count})")),
        (NEWLY_RATED, t("Rated for the first time ({count})")),
        (NO_LONGER_RATED, t("No longer rated ({count})")),
    ):
        changes = view.of_kind(kind)
        if not changes:
            continue
        shown += len(changes)
        blocks.append(Heading(title.format(count=len(changes)), 3))
        blocks.append(_change_table(w, changes))
    if not shown:
        blocks.append(Paragraph(t("No indicator has changed its stage since the baseline."), "note"))
    unchanged = view.of_kind(UNCHANGED)
    if unchanged:
        pending = sum(1 for c in unchanged if c.to_confirm)
        ids = t(", ").join(c.indicator_id for c in unchanged)
        if pending:
            text = t(
                "{count} indicators kept the stage they had at the baseline ({pending} of them not yet confirmed): "
                "{ids}.",
                count=len(unchanged),
                pending=pending,
                ids=ids,
            )
        else:
            text = t(
                "{count} indicators kept the stage they had at the baseline: {ids}.", count=len(unchanged), ids=ids
            )
        blocks.append(Paragraph(text, "small"))
    return blocks


def _action_rows(w: Words, actions: Sequence[ActionProgress]) -> list[tuple[Cell, ...]]:
    t, words = w.t, _status_words(w)
    rows: list[tuple[Cell, ...]] = []
    for a in actions:
        owner = a.owner.strip()
        then = words.get(a.baseline_status or "", t("Added since the baseline"))
        now = words.get(a.status or "", t("Not followed up"))
        rows.append(
            (
                Cell(a.title, style="bold", user=True, note=t(", ").join(a.indicator_ids)),
                Cell(owner or t("Not named"), user=bool(owner)),
                cell(then),
                Cell(now, style="bold", tone="up" if a.latest == "done" else None),
            )
        )
    return rows


def action_blocks(w: Words, view: Progress) -> list[Block]:
    t = w.t
    blocks: list[Block] = [Heading(t("4.3 The baseline's action plan"), 2, "progress-actions")]
    groups = view.actions_by_status()
    if not groups:
        blocks.append(
            Paragraph(
                t(
                    "No action plan was recorded at the baseline, so there is no action whose implementation "
                    "could be followed up."
                ),
                "note",
            )
        )
        return blocks
    words = _status_words(w)
    counts = t(", ").join(
        t("{status}: {count}", status=words[s], count=len(groups[s])) for s in STATUS_ORDER if s in groups
    )
    blocks.append(
        Paragraph(
            t(
                "The {count} actions of the baseline's plan and of the plan since, by where they stand now ({counts}).",
                count=len(view.actions),
                counts=counts,
            )
        )
    )
    header = [
        (t("Action and indicators"), 4.4, "text"),
        (t("Responsible institution"), 2.4, "text"),
        (t("At the baseline"), 1.5, "status"),
        (t("Now"), 1.5, "status"),
    ]
    for status in STATUS_ORDER:
        if status in groups:
            blocks.append(Heading(t("{status} ({count})", status=words[status], count=len(groups[status])), 3))
            blocks.append(w.table(header, _action_rows(w, groups[status])))
    return blocks


def progress_chapter(w: Words) -> Section | None:
    """Chapter 4 "Progress since the baseline (date)", or None when the assessment has no baseline."""
    view = w.data.progress
    if view is None:
        return None
    t = w.t
    counts = view.counts
    blocks: list[Block] = [
        Heading(t("4 Progress since the baseline ({date})", date=w.date(view.baseline.date, "long")), 1, "progress")
    ]
    blocks += opening(w, view)
    blocks.append(
        Figures(
            (
                (w.num(view.before), t("Overall score at the baseline")),
                (w.num(view.after), t("Overall score now")),
                (signed(w, view.delta), t("Change")),
                (t("{up} / {down}", up=counts[IMPROVED], down=counts[DECLINED]), t("Indicators improved / declined")),
            )
        )
    )
    blocks.append(Heading(t("4.1 Scores by dimension"), 2, "progress-dimensions"))
    blocks.append(
        ProgressRadar(
            tuple((d.dimension_id, d.before, d.after) for d in view.dimensions),
            view.current.card.target_stage,
            (t("Baseline"), t("Now"), t("Target")),
            t("The baseline's scores (grey, dashed) and today's (teal) by dimension, against the target stage."),
        )
    )
    header = [
        (t("Dimension"), 4.2, "text"),
        (t("Baseline"), 1.0, "number"),
        (t("Stage then"), 1.5, "stage"),
        (t("Now"), 1.0, "number"),
        (t("Stage now"), 1.5, "stage"),
        (t("Change"), 1.0, "number"),
    ]
    blocks.append(w.table(header, dimension_rows(w, view), keep=True))
    blocks += indicator_blocks(w, view)
    blocks += action_blocks(w, view)
    blocks.append(PageBreak())
    return Section("progress", tuple(blocks))
