"""What the comparison PDF says: the story of flowables for progress or a regional view."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table

from ..report.styles import CONTENT_WIDTH, MM, NO_STAGE_TINT, STAGE_TINTS
from ..scoring import stage_of
from ..store.records import AnswerValue
from . import Comparison
from .charts import progress_radar, spread_chart
from .pdf_context import CompareContext as Context
from .pdf_context import figures as _figures
from .pdf_context import shorten
from .progress import DECLINED, IMPROVED, NEWLY_RATED, NO_LONGER_RATED, UNCHANGED, IndicatorChange, Progress
from .regional import Regional
from .words import STATUS_TINTS, status_words

PRIORITIES_SHOWN = 15
UP, DOWN = "#D3F0DE", "#F6D5D1"  # the stage tints of Strategic and Start-up


def _tint(level: int | None) -> str:
    return STAGE_TINTS.get(level or 0, NO_STAGE_TINT)


def _signed(ctx: Context, value: float | None) -> str:
    if value is None:
        return "–"
    text = ctx.num(abs(value))
    return f"+{text}" if value > 0 else f"−{text}" if value < 0 else text


def _change_tint(row: int, value: float | None) -> list[tuple[Any, ...]]:
    """A pale green or red behind a change (column 3), none when nothing changed."""
    if not value:
        return []
    return [("BACKGROUND", (3, row), (3, row), colors.HexColor(UP if value > 0 else DOWN))]


def _answer(ctx: Context, value: AnswerValue | None) -> str:
    if isinstance(value, int):
        return ctx.stage_text(value)
    return ctx.answer_text(value)


def _facts(ctx: Context, rows: Sequence[tuple[str, str]]) -> Table:
    st = ctx.st
    body = [[ctx.p(label, st.cover_label), ctx.p(value, st.cover_value)] for label, value in rows]
    return ctx.table(body, [42 * MM, CONTENT_WIDTH - 42 * MM], header=False, zebra=False)


# ===================================================================== progress
def _progress_table(ctx: Context, view: Progress) -> Table:
    t = ctx.t
    rows: list[list[Any]] = [
        [t("Dimension"), t("Baseline"), t("Current"), t("Change"), t("Stage then"), t("Stage now")]
    ]
    extra: list[tuple[Any, ...]] = []
    for r, (d, dim) in enumerate(zip(view.dimensions, ctx.fw.dimensions, strict=True), start=1):
        rows.append(
            [
                ctx.dimension_title(dim),
                ctx.num(d.before),
                ctx.num(d.after),
                _signed(ctx, d.delta),
                ctx.stage_label(d.before_stage),
                ctx.stage_label(d.after_stage),
            ]
        )
        extra += [
            ("BACKGROUND", (4, r), (4, r), colors.HexColor(_tint(d.before_stage))),
            ("BACKGROUND", (5, r), (5, r), colors.HexColor(_tint(d.after_stage))),
            *_change_tint(r, d.delta),
        ]
    last = len(rows)
    base, cur = view.baseline.card, view.current.card
    rows.append(
        [
            t("Overall"),
            ctx.num(view.before),
            ctx.num(view.after),
            _signed(ctx, view.delta),
            ctx.stage_label(base.stage),
            ctx.stage_label(cur.stage),
        ]
    )
    extra += [
        ("BACKGROUND", (4, last), (4, last), colors.HexColor(_tint(base.stage))),
        ("BACKGROUND", (5, last), (5, last), colors.HexColor(_tint(cur.stage))),
        *_change_tint(last, view.delta),
    ]
    return ctx.table(rows, [54 * MM, 21 * MM, 21 * MM, 18 * MM, 28 * MM, 28 * MM], extra=extra, zebra=False)


def _change_rows(ctx: Context, changes: Sequence[IndicatorChange]) -> Table:
    t, st = ctx.t, ctx.st
    rows: list[list[Any]] = [[t("Indicator"), t("Question"), t("Baseline"), t("Current")]]
    extra: list[tuple[Any, ...]] = []
    for r, c in enumerate(changes, start=1):
        question = shorten(ctx.tr(ctx.fw.indicator(c.indicator_id).question))
        if c.to_confirm:
            question = f"{question} ({t('carried over, to confirm')})"
        rows.append([c.indicator_id, ctx.p(question, st.cell), _answer(ctx, c.before), _answer(ctx, c.after)])
        for col, value in ((2, c.before), (3, c.after)):
            level = value if isinstance(value, int) else None
            extra.append(("BACKGROUND", (col, r), (col, r), colors.HexColor(_tint(level))))
    return ctx.table(rows, [17 * MM, CONTENT_WIDTH - 81 * MM, 32 * MM, 32 * MM], extra=extra, zebra=False)


def _progress_story(ctx: Context, comparison: Comparison, view: Progress) -> tuple[list[Flowable], str]:
    t, st = ctx.t, ctx.st
    base, cur = view.baseline, view.current
    anonymised = comparison.anonymised
    country = comparison.labels[0] if anonymised else cur.info.country
    title = t("Progress since the baseline: {country}", country=country)
    story: list[Flowable] = [ctx.heading(title, st.h1, "progress", 0)]

    def described(item: Any) -> str:
        when = ctx.date(item.date)
        return when if anonymised or not item.info.mission else f"{item.info.mission}, {when}"

    facts = [
        (t("Baseline"), described(base)),
        (t("Current assessment"), described(cur)),
        (t("Target stage"), ctx.stage_text(cur.card.target_stage)),
    ]
    if not anonymised:
        facts += [(t("Files"), f"{base.file_name}, {cur.file_name}")]
    story += [_facts(ctx, facts), Spacer(1, 5 * MM)]
    counts = view.counts
    story.append(
        _figures(
            ctx,
            [
                (ctx.num(view.before), t("Overall score at the baseline")),
                (ctx.num(view.after), t("Overall score now")),
                (_signed(ctx, view.delta), t("Change")),
                (f"{counts[IMPROVED]} / {counts[DECLINED]}", t("Indicators improved / declined")),
            ],
        )
    )
    story.append(Spacer(1, 4 * MM))
    summary = t(
        "Of {total} indicators: improved {improved}, declined {declined}, same stage {unchanged}, rated for the "
        "first time {new}, no longer rated {lost}.",
        total=len(view.changes),
        improved=counts[IMPROVED],
        declined=counts[DECLINED],
        unchanged=counts[UNCHANGED],
        new=counts[NEWLY_RATED],
        lost=counts[NO_LONGER_RATED],
    )
    story.append(ctx.p(summary))
    if view.to_confirm:
        story.append(
            ctx.p(
                t(
                    "{count} answers carried over from the baseline are still to confirm: they are shown "
                    "as at the baseline until the assessors confirm or change them.",
                    count=view.to_confirm,
                ),
                st.warning,
            )
        )
    labels = [d.dimension_id for d in view.dimensions]
    radar = progress_radar(
        labels,
        [d.before for d in view.dimensions],
        [d.after for d in view.dimensions],
        cur.card.target_stage,
        size=78 * MM,
        legend=(t("Baseline"), t("Current"), t("Target")),
    )
    story += [
        Spacer(1, 3 * MM),
        KeepTogether([ctx.heading(t("Scores by dimension"), st.h2, "dimensions", 1), radar]),
        Spacer(1, 3 * MM),
        _progress_table(ctx, view),
    ]
    for kind, heading in (
        (IMPROVED, t("Indicators that improved")),
        (DECLINED, t("Indicators that declined")),
        (NEWLY_RATED, t("Indicators rated for the first time")),
        (NO_LONGER_RATED, t("Indicators no longer rated")),
    ):
        changes = view.of_kind(kind)
        if changes:
            table = _change_rows(ctx, changes)
            story += ctx.subheading(f"{heading} ({len(changes)})", f"kind-{kind}", table)
            story.append(table)
    unchanged = view.of_kind(UNCHANGED)
    if unchanged:
        story += [
            CondPageBreak(30 * MM),
            ctx.heading(
                t("Indicators that kept their stage ({count})", count=len(unchanged)), st.h2, "kind-unchanged", 1
            ),
        ]
        story.append(ctx.p(", ".join(c.indicator_id for c in unchanged), st.small))
    story += _actions(ctx, view)
    return story, title


def _actions(ctx: Context, view: Progress) -> list[Flowable]:
    t, st = ctx.t, ctx.st
    groups = view.actions_by_status()
    if not groups:
        return []
    words = status_words(t)
    followed = any(a.status is not None for a in view.actions)
    rows: list[list[Any]] = [[t("Action"), t("Indicators"), t("At the baseline"), t("Now")]]
    extra: list[tuple[Any, ...]] = []
    for status, actions in groups.items():
        for a in actions:
            then = words.get(a.baseline_status or "", t("Added since the baseline"))
            now = words.get(a.status or "", t("Not followed up"))
            rows.append([ctx.p(a.title, st.cell), ", ".join(a.indicator_ids), then, now])
            r = len(rows) - 1
            extra.append(("BACKGROUND", (3, r), (3, r), colors.HexColor(STATUS_TINTS.get(status, "#ECECEC"))))
    table = ctx.table(rows, [CONTENT_WIDTH - 86 * MM, 30 * MM, 28 * MM, 28 * MM], extra=extra, zebra=False)
    counts = ", ".join(f"{words.get(status, status)}: {len(found)}" for status, found in groups.items())
    intro = t("The baseline's action plan and where each action stands now ({counts}).", counts=counts)
    if not followed:
        intro = t("The baseline's action plan, with each action's status at the baseline ({counts}).", counts=counts)
    return [*ctx.subheading(t("The baseline's action plan"), "actions", table), ctx.p(intro), table]


# ===================================================================== regional view
def _spread_table(ctx: Context, view: Regional) -> Table:
    t = ctx.t
    rows: list[list[Any]] = [
        [t("Dimension"), t("Median"), t("Range"), t("Scored"), *(str(level) for level in range(1, 6))]
    ]
    extra: list[tuple[Any, ...]] = []
    entries = [
        *zip([ctx.dimension_title(d) for d in ctx.fw.dimensions], view.dimensions, strict=True),
        (t("Overall"), view.overall_spread),
    ]
    for r, (label, s) in enumerate(entries, start=1):
        span = "–" if s.minimum is None else f"{ctx.num(s.minimum)}–{ctx.num(s.maximum)}"
        rows.append([label, ctx.num(s.median), span, str(s.scored), *(str(n) if n else "" for n in s.stages)])
        extra.append(("BACKGROUND", (1, r), (1, r), colors.HexColor(_tint(stage_of(s.median)))))
        extra += [
            ("BACKGROUND", (4 + i, r), (4 + i, r), colors.HexColor(_tint(i + 1))) for i, n in enumerate(s.stages) if n
        ]
    widths = [64 * MM, 16 * MM, 24 * MM, 16 * MM, *([10 * MM] * 5)]
    return ctx.table(rows, widths, extra=extra, zebra=False)


def _heat_map(ctx: Context, comparison: Comparison, view: Regional) -> Table:
    t = ctx.t
    rows: list[list[Any]] = [[t("Country"), *view.dimension_ids, t("Overall")]]
    extra: list[tuple[Any, ...]] = []
    for r, (label, scores, overall) in enumerate(zip(comparison.labels, view.scores, view.overall, strict=True), 1):
        rows.append([label, *(ctx.num(s, 1) for s in scores), ctx.num(overall, 2)])
        for col, value in enumerate([*scores, overall], start=1):
            extra.append(("BACKGROUND", (col, r), (col, r), colors.HexColor(_tint(stage_of(value)))))
    cols = len(view.dimension_ids)
    first = 46 * MM
    rest = (CONTENT_WIDTH - first - 16 * MM) / cols
    extra += [("ALIGN", (1, 0), (-1, -1), "CENTER"), ("LINEAFTER", (0, 0), (-1, -1), 0.6, colors.white)]
    return ctx.table(rows, [first, *([rest] * cols), 16 * MM], extra=extra, zebra=False)


def _regional_story(ctx: Context, comparison: Comparison, view: Regional) -> tuple[list[Flowable], str]:
    t, st = ctx.t, ctx.st
    n = view.countries
    title = t("Regional view of {count} assessments", count=n)
    story: list[Flowable] = [ctx.heading(title, st.h1, "region", 0)]
    facts = [(t("Assessments"), ", ".join(comparison.labels))]
    if comparison.anonymised:
        facts.append((t("Names"), t("The countries are not named (anonymised comparison).")))
    story += [_facts(ctx, facts), Spacer(1, 5 * MM)]
    spread = view.overall_spread
    story.append(
        _figures(
            ctx,
            [
                (str(n), t("Assessments compared")),
                (ctx.num(spread.median), t("Median overall score")),
                (
                    "–" if spread.minimum is None else f"{ctx.num(spread.minimum)}–{ctx.num(spread.maximum)}",
                    t("Range of overall scores"),
                ),
                (str(len(view.priorities)), t("Regional priorities")),
            ],
        )
    )
    story += [
        Spacer(1, 3 * MM),
        ctx.p(
            t(
                "Each country is scored against its own target stage. The median is the middle country's score; "
                "the range runs from the lowest to the highest; the stage columns count the countries at each stage."
            )
        ),
    ]
    chart = spread_chart(
        [d.id for d in ctx.fw.dimensions],
        view.dimensions,
        width=CONTENT_WIDTH,
        median_label=t("Median"),
        range_label=t("Range: lowest to highest"),
    )
    story += [
        KeepTogether([ctx.heading(t("Where the region stands"), st.h2, "spread", 1), chart]),
        Spacer(1, 3 * MM),
        _spread_table(ctx, view),
    ]
    heat = _heat_map(ctx, comparison, view)
    story += ctx.subheading(t("Scores by country and dimension"), "heat-map", heat)
    story += [heat, Spacer(1, 2 * MM), ctx.p(t("Colour: the stage reached (the whole part of the score)."), st.small)]
    story += [CondPageBreak(40 * MM), ctx.heading(t("Regional priorities"), st.h2, "priorities", 1)]
    if not view.priorities:
        story.append(ctx.p(t("No indicator is below target in most of the countries.")))
        return story, title
    story.append(
        ctx.p(
            t(
                "The indicators below target in most of the {count} countries: gaps a regional programme "
                "can address for all of them at once.",
                count=n,
            )
        )
    )
    shown = view.priorities[:PRIORITIES_SHOWN]
    for p in shown:
        indicator = ctx.fw.indicator(p.indicator_id)
        head = t(
            "{rank}. {question} ({id})", rank=p.rank, question=shorten(ctx.tr(indicator.question)), id=p.indicator_id
        )
        below = t(
            "Below target in {below} of {count} countries; median stage {median}.",
            below=len(p.below),
            count=n,
            median=ctx.num(p.median_stage, 1),
        )
        median = stage_of(p.median_stage)
        action = ctx.tr(indicator.recommendations.get(median)) if median and median < 5 else ""
        story.append(KeepTogether([ctx.p(head, st.h3), ctx.p(f"{below} {action}".strip(), st.indent)]))
    if len(view.priorities) > len(shown):
        rest = ", ".join(p.indicator_id for p in view.priorities[len(shown) :])
        story.append(ctx.p(t("Also below target in most countries: {ids}", ids=rest), st.small))
    return story, title


def story_and_title(ctx: Context, comparison: Comparison) -> tuple[list[Flowable], str]:
    view = comparison.view
    if isinstance(view, Progress):
        return _progress_story(ctx, comparison, view)
    return _regional_story(ctx, comparison, view)
