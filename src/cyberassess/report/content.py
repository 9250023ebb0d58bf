"""The report's content: the story of flowables, from the cover to the signature page.

Every report string goes through :func:`cyberassess.i18n.gettext`, framework text through
:func:`cyberassess.framework.tr`, and user text is escaped (:mod:`.flowables`). Nothing here draws
on the page directly; :mod:`.builder` lays the story out.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from .. import i18n
from ..framework import Dimension, Indicator, tr
from ..scoring import ScoreCard
from ..store.records import AnswerRecord, AnswerValue
from . import text as tx
from .charts import Axis, radar, stage_bar
from .data import ReportData
from .flowables import Bookmarked, PageRef, PageRegistry, para
from .fonts import SANS
from .keys import format_fingerprint
from .styles import (
    CONTENT_WIDTH,
    MM,
    NAVY,
    NO_STAGE_TINT,
    PALE,
    RULE,
    STAGE_TINTS,
    Styles,
    make_styles,
)

TOP_PRIORITIES = 10
LONG_CELL = 1200  # characters of justification beyond which a table row may have to split across pages
SHORT_QUESTION = 120
HISTORY_ACTIONS = ("answer", "evidence-add", "evidence-remove", "details", "create")


@dataclass(frozen=True)
class Entry:
    """A heading of the table of contents and the PDF outline."""

    key: str
    title: str
    level: int


class Context:
    """Language, direction, styles and helpers shared by every part of the report."""

    def __init__(self, data: ReportData, language: str, registry: PageRegistry) -> None:
        self.data = data
        self.lang = i18n.normalise(language)
        self.rtl = i18n.is_rtl(self.lang)
        self.st: Styles = make_styles(self.rtl)
        self.registry = registry
        self.fw = data.framework

    # ----------------------------------------------------------------- words
    def t(self, source: str, /, **values: object) -> str:
        return i18n.gettext(self.lang, source, **values)

    def tr(self, text: dict[str, str] | None) -> str:
        return tr(text, self.lang)

    def num(self, value: float | None, digits: int = 2) -> str:
        return "–" if value is None else i18n.format_decimal(value, self.lang, digits)

    def pct(self, fraction: float) -> str:
        return i18n.format_percent(fraction, self.lang)

    def date(self, value: str | datetime) -> str:
        try:
            return i18n.format_date(value, self.lang, length="medium")
        except (ValueError, TypeError):
            return str(value)

    def stage_label(self, level: int | None) -> str:
        if level is None:
            return "–"
        return self.tr(self.fw.stage(level).label)

    def stage_text(self, level: int | None) -> str:
        if level is None:
            return self.t("No stage")
        return self.t("{level} {label}", level=level, label=self.stage_label(level))

    def answer_text(self, value: AnswerValue | None) -> str:
        if isinstance(value, int):
            return self.stage_text(value)
        if value == "na":
            return self.t("Not applicable")
        if value == "unknown":
            return self.t("Unknown / no data")
        return self.t("Not rated")

    def confidence(self, value: str | None) -> str:
        names = {"high": self.t("High"), "medium": self.t("Medium"), "low": self.t("Low")}
        return names.get(value or "", "–")

    def dimension_title(self, dim: Dimension) -> str:
        return self.t("{id} {title}", id=dim.id, title=self.tr(dim.title))

    # ----------------------------------------------------------------- flowables
    def p(self, text: object, style: Any = None, link: str | None = None) -> Flowable:
        return para(text, style or self.st.body, rtl=self.rtl, link=link)

    def heading(self, text: str, style: Any, key: str | None = None, level: int = 0) -> Flowable:
        flowable = self.p(text, style)
        if key is None:
            return flowable
        return Bookmarked(flowable, key, text, level, self.registry)

    def subheading(self, text: str, key: str, then: Table | None = None) -> list[Flowable]:
        """A bookmarked second-level heading, never left alone at the foot of a page.

        With ``then``, the heading also stays with the first row of that table (rows move whole).
        """
        room = 32 * MM
        if then is not None:
            room = max(room, 12 * MM + first_rows_height(then, 2))
        return [CondPageBreak(room), self.heading(text, self.st.h2, key, 1)]

    def bullets(self, items: Iterable[str], style: Any = None) -> list[Flowable]:
        return [self.p(f"\u2022  {item}", style or self.st.bullet) for item in items]

    def table(
        self,
        rows: Sequence[Sequence[Any]],
        widths: Sequence[float],
        *,
        header: bool = True,
        extra: Sequence[tuple[Any, ...]] = (),
        zebra: bool = True,
        grid: bool = True,
        split_rows: bool = False,
    ) -> Table:
        """A table that splits across pages, repeats its header and mirrors itself for RTL.

        Rows move to the next page whole; ``split_rows`` lets a row split across pages too (needed
        when a cell may hold more text than a page: very long justifications).
        """
        ncols = len(widths)
        body = [[self._cell(c, header and r == 0) for c in row] for r, row in enumerate(rows)]
        commands: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), SANS),  # the cell default, else Helvetica (not embedded) is named
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ]
        if grid:
            commands += [
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor(RULE)),
                ("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor(RULE)),
            ]
        if header:
            commands += [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(NAVY))]
        if zebra:
            first = 1 if header else 0
            for r in range(first, len(rows)):
                if (r - first) % 2 == 1:
                    commands.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor(PALE)))
        commands += list(extra)
        if self.rtl:
            body = [list(reversed(row)) for row in body]
            widths = list(reversed(widths))
            commands = [_mirror(c, ncols) for c in commands]
        table = Table(
            body,
            colWidths=list(widths),
            repeatRows=1 if header else 0,
            splitInRow=int(split_rows),
            hAlign="RIGHT" if self.rtl else "LEFT",
        )
        table.setStyle(TableStyle(commands))
        return table

    def _cell(self, value: Any, head: bool) -> Any:
        if isinstance(value, (Flowable, list)):
            return value
        return self.p(value, self.st.head_cell if head else self.st.cell)


def first_rows_height(table: Table, rows: int) -> float:
    """How tall the first ``rows`` rows of a table will be (cells are measured at their column width)."""
    total = 0.0
    widths = table._colWidths
    for row in table._cellvalues[:rows]:
        tallest = 0.0
        for value, width in zip(row, widths, strict=False):
            items = value if isinstance(value, list) else [value]
            height = 0.0
            for item in items:
                if isinstance(item, Flowable):
                    height += item.wrap(float(width) - 8, 10_000)[1] + item.getSpaceAfter()
            tallest = max(tallest, height)
        total += tallest + 7
    return total


def _mirror(command: tuple[Any, ...], ncols: int) -> tuple[Any, ...]:
    """A TableStyle command with its column indices mirrored (for right-to-left tables)."""

    def flip(col: int) -> int:
        col = col if col >= 0 else ncols + col
        return ncols - 1 - col

    name, (c0, r0), (c1, r1), *rest = command
    a, b = flip(c0), flip(c1)
    return (name, (min(a, b), r0), (max(a, b), r1), *rest)


def shorten(text: str, limit: int = SHORT_QUESTION) -> str:
    text = tx.one_line(text)
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"


def plan(data: ReportData, ctx: Context) -> list[Entry]:
    """The headings of the report, in order: the table of contents and the outline come from here."""
    t = ctx.t
    entries = [Entry("summary", t("Executive summary"), 0)]
    for dim in data.framework.dimensions:
        entries.append(Entry(f"dim-{dim.id}", ctx.dimension_title(dim), 0))
    entries += [
        Entry("annex-treaties", t("Annex A. Treaty alignment"), 0),
        Entry("annex-method", t("Annex B. Methodology"), 0),
        Entry("annex-history", t("Annex C. Change history"), 0),
        Entry("signature", t("Authentication of this report"), 0),
    ]
    return entries


# ===================================================================== cover and contents
def cover(ctx: Context) -> list[Flowable]:
    d, st, t = ctx.data, ctx.st, ctx.t
    info = d.info
    story: list[Flowable] = [Spacer(1, 52 * MM)]
    story.append(ctx.p(t("Report of recommendations"), st.subtitle))
    story.append(ctx.p(info.country, st.title))
    if info.mission:
        story.append(ctx.p(info.mission, st.subtitle))
    story.append(Spacer(1, 4 * MM))
    story.append(
        ctx.p(t("Assessment of the national capacity to fight cybercrime: findings and recommendations"), st.body)
    )
    story.append(Spacer(1, 12 * MM))
    if d.signer is not None:
        signature = t("Digitally signed by {name}", name=_signer_line(ctx))
    else:
        signature = t("Not signed: this copy carries no digital signature")
    rows = [
        (t("Assessors"), ", ".join(info.assessors) or "–"),
        (
            t("Assessment period"),
            t("{start} to {end}", start=ctx.date(info.created_at), end=ctx.date(info.modified_at)),
        ),
        (t("Report date"), ctx.date(d.generated_at)),
        (t("Framework"), t("{name}, version {version}", name=ctx.tr(ctx.fw.name), version=ctx.fw.version)),
        (t("Target stage"), ctx.stage_text(info.target_stage)),
        (t("File identifier"), info.file_uuid),
        (t("Signature"), signature),
    ]
    table_rows = [[ctx.p(label, st.cover_label), ctx.p(value, st.cover_value)] for label, value in rows]
    extra = [
        ("LINEABOVE", (0, 0), (-1, 0), 1.2, colors.HexColor(NAVY)),
        ("LINEBELOW", (0, -1), (-1, -1), 1.2, colors.HexColor(NAVY)),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]
    if d.signer is None:
        table_rows[-1][1] = ctx.p(signature, st.warning)
    story.append(ctx.table(table_rows, [42 * MM, CONTENT_WIDTH - 42 * MM], header=False, zebra=False, extra=extra))
    card = d.card
    story.append(Spacer(1, 10 * MM))
    story.append(_overall_figures(ctx, card))
    if d.signer is None:
        story.append(Spacer(1, 3 * MM))
        story.append(
            ctx.p(
                t(
                    "Anyone could have changed an unsigned report. Ask the assessors for a signed copy "
                    "before relying on it."
                ),
                st.warning,
            )
        )
    story += [NextPageTemplate("body"), PageBreak()]
    return story


def contents(ctx: Context, entries: Sequence[Entry]) -> list[Flowable]:
    st = ctx.st
    story: list[Flowable] = [ctx.heading(ctx.t("Contents"), st.h1), Spacer(1, 3 * MM)]
    rows = []
    for entry in entries:
        style = st.toc if entry.level == 0 else st.toc_sub
        rows.append(
            [ctx.p(entry.title, style, link=entry.key), PageRef(entry.key, ctx.registry, rtl=ctx.rtl, style=style)]
        )
    extra = [
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor(RULE)),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    story.append(
        ctx.table(rows, [CONTENT_WIDTH - 18 * MM, 18 * MM], header=False, zebra=False, grid=False, extra=extra)
    )
    story.append(PageBreak())
    return story


def _signer_line(ctx: Context) -> str:
    signer = ctx.data.signer
    assert signer is not None
    if signer.organisation:
        return ctx.t("{name} ({organisation})", name=signer.name, organisation=signer.organisation)
    return signer.name


# ===================================================================== executive summary
def _overall_figures(ctx: Context, card: ScoreCard) -> Table:
    """The four headline figures, as on the cover and in the executive summary."""
    t = ctx.t
    return _figures(
        ctx,
        [
            (ctx.num(card.score), t("Overall score (1 to 5)")),
            (ctx.stage_label(card.stage), t("Overall stage")),
            (ctx.stage_label(card.target_stage), t("Target stage")),
            (ctx.pct(card.coverage), t("Coverage of applicable indicators")),
        ],
    )


def _figures(ctx: Context, items: Sequence[tuple[str, str]]) -> Table:
    """A row of key figures: big value, small label underneath."""
    st = ctx.st
    cells = [[ctx.p(value, st.figure_value), ctx.p(label, st.figure_label)] for value, label in items]
    width = CONTENT_WIDTH / len(items)
    gap_cmds = [("BACKGROUND", (i, 0), (i, 0), colors.HexColor(PALE)) for i in range(len(items))]
    extra = [
        *gap_cmds,
        ("LINEAFTER", (0, 0), (-2, 0), 3, colors.white),
        ("TOPPADDING", (0, 0), (-1, -1), 7),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
        ("LINEABOVE", (0, 0), (-1, 0), 2, colors.HexColor(NAVY)),
    ]
    return ctx.table([cells], [width] * len(items), header=False, zebra=False, grid=False, extra=extra)


def _dimension_rows(ctx: Context) -> Table:
    d, t, st = ctx.data, ctx.t, ctx.st
    rows: list[list[Any]] = [[t("Dimension"), t("Score"), t("Stage"), t("Coverage")]]
    extra = []
    for r, (dim, score) in enumerate(zip(d.framework.dimensions, d.card.dimensions, strict=True), start=1):
        rows.append(
            [
                ctx.p(ctx.dimension_title(dim), st.cell, link=f"dim-{dim.id}"),
                ctx.num(score.score),
                ctx.stage_label(score.stage),
                ctx.pct(score.coverage),
            ]
        )
        extra.append(("BACKGROUND", (2, r), (2, r), colors.HexColor(_tint(score.stage))))
    widths = [45 * MM, 13 * MM, 22 * MM, 20 * MM]
    return ctx.table(rows, widths, extra=extra)


def _tint(level: int | None) -> str:
    return STAGE_TINTS.get(level or 0, NO_STAGE_TINT)


def _priority_item(ctx: Context, rank: int, indicator: Indicator, stage: int, target: int) -> Flowable:
    st, t = ctx.st, ctx.t
    dim = ctx.fw.dimension_of(indicator.id)
    section = ctx.fw.section_of(indicator.id)
    head = t(
        "{rank}. {section} ({id}), {dimension}",
        rank=rank,
        section=ctx.tr(section.title),
        id=indicator.id,
        dimension=ctx.tr(dim.title),
    )
    now = t("Now {current}; target {target}.", current=ctx.stage_text(stage), target=ctx.stage_text(target))
    action = ctx.tr(indicator.recommendations.get(stage))
    return KeepTogether([ctx.p(head, st.h3), ctx.p(f"{now} {action}", st.indent)])


def executive_summary(ctx: Context) -> list[Flowable]:
    d, st, t = ctx.data, ctx.st, ctx.t
    card, info = d.card, d.info
    story: list[Flowable] = [ctx.heading(t("Executive summary"), st.h1, "summary")]
    n_dims = len(d.framework.dimensions)
    story.append(
        ctx.p(
            t(
                "This report presents the assessment of the capacity of {country} to prevent, detect, investigate, "
                "prosecute and adjudicate cybercrime. It follows the framework \u201c{framework}\u201d "
                "(version {version}): "
                "{indicators} indicators in {dimensions} dimensions, each rated on a five-stage maturity scale from "
                "Start-up to Dynamic. The target stage for this assessment is {target}.",
                country=info.country,
                framework=ctx.tr(ctx.fw.name),
                version=ctx.fw.version,
                indicators=card.total,
                dimensions=n_dims,
                target=ctx.stage_text(card.target_stage),
            )
        )
    )
    reached = sum(1 for s in card.dimensions if s.score is not None and s.score >= card.target_stage)
    if card.score is not None:
        story.append(
            ctx.p(
                t(
                    "Overall, the country is at stage {stage} with a weighted score of {score} out of 5; {reached} of "
                    "{dimensions} dimensions reach the target stage. {rated} of {applicable} applicable indicators "
                    "could be "
                    "rated ({coverage} coverage).",
                    stage=ctx.stage_text(card.stage),
                    score=ctx.num(card.score),
                    reached=reached,
                    dimensions=n_dims,
                    rated=card.rated,
                    applicable=card.total - card.not_applicable,
                    coverage=ctx.pct(card.coverage),
                )
            )
        )
    else:
        story.append(ctx.p(t("No indicator has been rated yet, so no stage can be given."), st.warning))
    story.append(Spacer(1, 2 * MM))
    story.append(_overall_figures(ctx, card))
    story.append(Spacer(1, 5 * MM))

    axes = [Axis(dim.id, s.score) for dim, s in zip(d.framework.dimensions, card.dimensions, strict=True)]
    chart = radar(
        axes,
        card.target_stage,
        size=68 * MM,
        legend_score=t("Score"),
        legend_target=t("Target stage {level}", level=card.target_stage),
        no_data=t("no data"),
    )
    side = [[chart, _dimension_rows(ctx)]]
    story.append(
        ctx.table(
            side,
            [70 * MM, CONTENT_WIDTH - 70 * MM],
            header=False,
            zebra=False,
            grid=False,
            extra=[("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)],
        )
    )
    story.append(
        ctx.p(
            t(
                "The shaded shape shows each dimension's score; the dashed line is the target stage. "
                "Not applicable and unknown answers are left out of the scores, never counted as zero."
            ),
            st.note,
        )
    )

    story += ctx.subheading(t("Top capacity-building priorities"), "summary-priorities")
    if card.priorities:
        story.append(
            ctx.p(
                t(
                    "The indicators furthest below the target stage, weighted by their importance, with "
                    "the first step the framework recommends for each:"
                )
            )
        )
        for p in card.priorities[:TOP_PRIORITIES]:
            story.append(_priority_item(ctx, p.rank, ctx.fw.indicator(p.indicator_id), p.stage, p.target))
        if len(card.priorities) > TOP_PRIORITIES:
            story.append(
                ctx.p(
                    t(
                        "{count} further indicators are below the target stage; each dimension's section "
                        "lists them with their recommendations.",
                        count=len(card.priorities) - TOP_PRIORITIES,
                    ),
                    st.note,
                )
            )
    else:
        story.append(ctx.p(t("No rated indicator is below the target stage.")))
    if card.unknown or card.unanswered:
        story.append(
            ctx.p(
                t(
                    "{unknown} indicators have no data and {unanswered} are not rated yet. They are not "
                    "counted in the scores; collecting the missing information is itself a priority.",
                    unknown=card.unknown,
                    unanswered=card.unanswered,
                ),
                st.note,
            )
        )
    story.append(PageBreak())
    return story


# ===================================================================== dimensions
def _value_of(answer: AnswerRecord | None) -> AnswerValue | None:
    return answer.value if answer is not None else None


def dimension_section(ctx: Context, dim: Dimension) -> list[Flowable]:
    d, st, t = ctx.data, ctx.st, ctx.t
    score = d.card.dimension(dim.id)
    target = d.card.target_stage
    key = f"dim-{dim.id}"
    story: list[Flowable] = [ctx.heading(ctx.dimension_title(dim), st.h1, key)]
    story.append(ctx.p(ctx.tr(dim.summary), st.note))
    story.append(Spacer(1, 2 * MM))
    counts = t(
        "{rated} rated, {na} not applicable, {unknown} unknown, {unanswered} not rated",
        rated=score.rated,
        na=score.not_applicable,
        unknown=score.unknown,
        unanswered=score.unanswered,
    )
    story.append(
        _figures(
            ctx,
            [
                (ctx.num(score.score), t("Score (1 to 5)")),
                (ctx.stage_label(score.stage), t("Stage reached")),
                (ctx.num(score.gap), t("Gap to target stage {level}", level=target)),
                (ctx.pct(score.coverage), t("Coverage")),
            ],
        )
    )
    story.append(ctx.p(counts, st.small))
    labels = [ctx.stage_label(level) for level in range(1, 6)]
    story.append(
        stage_bar(
            score.score,
            target,
            width=CONTENT_WIDTH,
            stage_labels=labels,
            score_label=t("Score {score}", score=ctx.num(score.score)),
            target_label=t("Target"),
        )
    )

    indicators = list(dim.indicators())
    answers = {i.id: d.answers.get(i.id) for i in indicators}
    strengths = [i for i in indicators if (lvl := _level(answers[i.id])) is not None and lvl >= target]
    gaps = [p for p in d.card.priorities if p.dimension_id == dim.id]
    no_data = [i for i in indicators if _value_of(answers[i.id]) in ("unknown", None)]

    story += ctx.subheading(t("Strengths and gaps"), f"{key}-findings")
    story.append(ctx.p(t("Strengths (at or above the target stage)"), st.h3))
    strengths.sort(key=lambda i: -(_level(answers[i.id]) or 0))
    story += ctx.bullets(
        [
            t(
                "{id} ({stage}): {question}",
                id=i.id,
                stage=ctx.stage_label(_level(answers[i.id])),
                question=shorten(ctx.tr(i.question)),
            )
            for i in strengths
        ]
        or [t("No indicator of this dimension reaches the target stage yet.")]
    )
    story.append(ctx.p(t("Gaps (below the target stage, largest first)"), st.h3))
    story += ctx.bullets(
        [
            t(
                "{id} ({stage}): {question}",
                id=p.indicator_id,
                stage=ctx.stage_label(p.stage),
                question=shorten(ctx.tr(ctx.fw.indicator(p.indicator_id).question)),
            )
            for p in gaps
        ]
        or [t("No rated indicator of this dimension is below the target stage.")]
    )
    if no_data:
        story.append(ctx.p(t("No data"), st.h3))
        story += ctx.bullets(
            [
                t(
                    "{id} ({status}): {question}",
                    id=i.id,
                    status=ctx.answer_text(_value_of(answers[i.id])),
                    question=shorten(ctx.tr(i.question)),
                )
                for i in no_data
            ]
        )

    table = _indicator_table(ctx, indicators, answers)
    story += ctx.subheading(t("Indicators"), f"{key}-indicators", then=table)
    story.append(table)

    story += ctx.subheading(t("Evidence"), f"{key}-evidence")
    story += _evidence(ctx, {i.id for i in indicators})

    story += ctx.subheading(t("Recommendations"), f"{key}-recommendations")
    story += _recommendations(ctx, gaps, no_data, answers)
    story.append(PageBreak())
    return story


def _level(answer: AnswerRecord | None) -> int | None:
    return answer.level if answer is not None else None


def _indicator_table(ctx: Context, indicators: Sequence[Indicator], answers: dict[str, AnswerRecord | None]) -> Table:
    st, t = ctx.st, ctx.t
    rows: list[list[Any]] = [[t("Indicator"), t("Question"), t("Stage"), t("Justification"), t("Confidence")]]
    extra = []
    for r, ind in enumerate(indicators, start=1):
        answer = answers[ind.id]
        value = _value_of(answer)
        justification: list[Flowable] = []
        if answer is not None and answer.justification.strip():
            justification.append(ctx.p(answer.justification, st.cell))
        else:
            justification.append(ctx.p(t("No justification recorded."), st.cell_small))
        if answer is not None and answer.assessor:
            justification.append(
                ctx.p(
                    t("{assessor}, {date}", assessor=answer.assessor, date=ctx.date(answer.updated_at)), st.cell_small
                )
            )
        rows.append(
            [
                ctx.p(ind.id, st.cell_bold),
                ctx.p(ctx.tr(ind.question), st.cell),
                ctx.p(ctx.answer_text(value), st.cell_bold),
                justification,
                ctx.confidence(answer.confidence if answer else None),
            ]
        )
        extra.append(("BACKGROUND", (2, r), (2, r), colors.HexColor(_tint(value if isinstance(value, int) else None))))
    widths = [17 * MM, 50 * MM, 21 * MM, CONTENT_WIDTH - 107 * MM, 19 * MM]
    longest = max((len(a.justification) for a in answers.values() if a is not None), default=0)
    return ctx.table(rows, widths, extra=extra, split_rows=longest > LONG_CELL)


def _size(ctx: Context, size: int) -> str:
    if size < 1024:
        return ctx.t("{n} bytes", n=size)
    if size < 1024 * 1024:
        return ctx.t("{n} KB", n=ctx.num(size / 1024, 1))
    return ctx.t("{n} MB", n=ctx.num(size / 1024 / 1024, 1))


def _evidence(ctx: Context, indicator_ids: set[str]) -> list[Flowable]:
    st, t = ctx.st, ctx.t
    files = [e for e in ctx.data.evidence if e.indicator_id in indicator_ids]
    if not files:
        return [ctx.p(t("No evidence files are attached to the indicators of this dimension."), st.note)]
    rows: list[list[Any]] = [[t("Indicator"), t("File"), t("SHA-256"), t("Added")]]
    for e in files:
        digest = f"{e.sha256[:32]}\n{e.sha256[32:]}"
        rows.append(
            [
                ctx.p(e.indicator_id, st.cell_bold),
                [ctx.p(e.file_name, st.cell), ctx.p(f"{_size(ctx, e.size)}, {e.mime_type}", st.cell_small)],
                ctx.p(digest, st.cell_mono),
                ctx.p(t("{assessor}, {date}", assessor=e.added_by, date=ctx.date(e.added_at)), st.cell_small),
            ]
        )
    story: list[Flowable] = [ctx.table(rows, [15 * MM, CONTENT_WIDTH - 105 * MM, 58 * MM, 32 * MM])]
    story.append(
        ctx.p(
            t(
                "The files are kept inside the assessment file; each SHA-256 identifies the exact content "
                "that was reviewed."
            ),
            st.note,
        )
    )
    return story


def _recommendations(
    ctx: Context, gaps: Sequence[Any], no_data: Sequence[Indicator], answers: dict[str, AnswerRecord | None]
) -> list[Flowable]:
    st, t = ctx.st, ctx.t
    story: list[Flowable] = []
    if not gaps and not no_data:
        return [
            ctx.p(
                t(
                    "Every rated indicator reaches the target stage: keep the capacity under review and "
                    "consider the next stage in the framework."
                ),
                st.note,
            )
        ]
    for p in gaps:
        ind = ctx.fw.indicator(p.indicator_id)
        block: list[Flowable] = [
            ctx.p(
                t(
                    "{id}: from {current} to {target}",
                    id=ind.id,
                    current=ctx.stage_text(p.stage),
                    target=ctx.stage_text(p.target),
                ),
                st.h3,
            )
        ]
        steps = [
            t(
                "To reach {stage}: {action}",
                stage=ctx.stage_label(step + 1),
                action=ctx.tr(ind.recommendations.get(step)),
            )
            for step in p.steps
            if step in ind.recommendations
        ]
        block += ctx.bullets(steps)
        story.append(KeepTogether(block))
    for ind in no_data:
        documents = ctx.tr(ind.documents)
        story.append(
            KeepTogether(
                [
                    ctx.p(t("{id}: {status}", id=ind.id, status=ctx.answer_text(_value_of(answers[ind.id]))), st.h3),
                    *ctx.bullets(
                        [t("Collect the information needed to rate this indicator: {documents}", documents=documents)]
                    ),
                ]
            )
        )
    return story


# ===================================================================== annexes
@dataclass
class _Provision:
    instrument: str
    article: str | None
    provision: str
    indicators: list[str]


def _provision_status(ctx: Context, ids: Sequence[str]) -> tuple[str, str, str]:
    """(kind, label, tint) of a provision from the answers of the indicators citing it."""
    target = ctx.data.card.target_stage
    values = [_value_of(ctx.data.answers.get(i)) for i in ids]
    levels = [v for v in values if isinstance(v, int)]
    if any(lvl < target for lvl in levels):
        return "gap", ctx.t("Gap"), STAGE_TINTS[1]
    if levels:
        if len(levels) < len([v for v in values if v != "na"]):
            return "part", ctx.t("Reflected in part; some data missing"), STAGE_TINTS[3]
        return "ok", ctx.t("Reflected"), STAGE_TINTS[4]
    if values and all(v == "na" for v in values):
        return "na", ctx.t("Not applicable"), NO_STAGE_TINT
    return "nodata", ctx.t("No data"), NO_STAGE_TINT


def _provisions(ctx: Context, dim: Dimension) -> list[_Provision]:
    found: dict[tuple[str, str | None, str], _Provision] = {}
    for ind in dim.indicators():
        for ref in ind.references:
            label = ctx.tr(ref.provision) if ref.provision else ""
            key = (ref.instrument, ref.article, label)
            if key not in found:
                found[key] = _Provision(ref.instrument, ref.article, label, [])
            found[key].indicators.append(ind.id)
    order = {inst.id: n for n, inst in enumerate(ctx.fw.instruments)}

    def sort_key(p: _Provision) -> tuple[int, int, str, str]:
        article = p.article or ""
        digits = "".join(ch for ch in article if ch.isdigit())
        return order.get(p.instrument, 99), int(digits) if digits else 9999, article, p.provision

    return sorted(found.values(), key=sort_key)


def _instrument_short(ctx: Context, instrument_id: str) -> str:
    try:
        return ctx.tr(ctx.fw.instrument(instrument_id).short)
    except StopIteration:
        return instrument_id


def treaty_annex(ctx: Context) -> list[Flowable]:
    st, t = ctx.st, ctx.t
    story: list[Flowable] = [ctx.heading(t("Annex A. Treaty alignment"), st.h1, "annex-treaties")]
    story.append(
        ctx.p(
            t(
                "Each indicator cites the provisions of international instruments it reflects. This annex lists, "
                "dimension "
                "by dimension, the provisions the answers touch and whether national capacity reaches the target stage "
                "for them: \u201cGap\u201d means at least one indicator citing the provision is rated below the "
                "target stage, "
                "so the provision is not yet fully reflected in national law or practice."
            )
        )
    )
    per_dim = {dim.id: _provisions(ctx, dim) for dim in ctx.fw.dimensions}
    summary: dict[str, Counter[str]] = defaultdict(Counter)
    for provisions in per_dim.values():
        for prov in provisions:
            kind, _, _ = _provision_status(ctx, prov.indicators)
            summary[prov.instrument][kind if kind in ("gap", "ok") else "other"] += 1
            summary[prov.instrument]["all"] += 1
    rows: list[list[Any]] = [[t("Instrument"), t("Provisions cited"), t("Reflected"), t("Gaps"), t("No data or part")]]
    for inst in ctx.fw.instruments:
        c = summary.get(inst.id)
        if not c:
            continue
        rows.append([ctx.tr(inst.name), str(c["all"]), str(c["ok"]), str(c["gap"]), str(c["other"])])
    story.append(ctx.table(rows, [CONTENT_WIDTH - 88 * MM, 22 * MM, 22 * MM, 22 * MM, 22 * MM]))
    story.append(Spacer(1, 3 * MM))
    for dim in ctx.fw.dimensions:
        provisions = per_dim[dim.id]
        if not provisions:
            continue
        rows = [[t("Instrument"), t("Provision"), t("Indicators (answer)"), t("Status")]]
        extra = []
        for r, prov in enumerate(provisions, start=1):
            label = (
                t("Art. {article}: {provision}", article=prov.article, provision=prov.provision)
                if prov.article and prov.provision
                else t("Art. {article}", article=prov.article)
                if prov.article
                else prov.provision
            )
            answers = ", ".join(
                t("{id} ({answer})", id=i, answer=_short_answer(ctx, _value_of(ctx.data.answers.get(i))))
                for i in prov.indicators
            )
            _, status, tint = _provision_status(ctx, prov.indicators)
            rows.append([_instrument_short(ctx, prov.instrument), label, answers, status])
            extra.append(("BACKGROUND", (3, r), (3, r), colors.HexColor(tint)))
        table = ctx.table(
            rows, [34 * MM, CONTENT_WIDTH - 34 * MM - 50 * MM - 26 * MM, 50 * MM, 26 * MM], extra=extra, zebra=False
        )
        story += ctx.subheading(ctx.dimension_title(dim), f"annex-treaties-{dim.id}", then=table)
        story.append(table)
    story.append(PageBreak())
    return story


def _short_answer(ctx: Context, value: AnswerValue | None) -> str:
    if isinstance(value, int):
        return str(value)
    if value == "na":
        return ctx.t("n/a")
    if value == "unknown":
        return ctx.t("unknown")
    return ctx.t("not rated")


def methodology_annex(ctx: Context) -> list[Flowable]:
    st, t = ctx.st, ctx.t
    d = ctx.data
    story: list[Flowable] = [ctx.heading(t("Annex B. Methodology"), st.h1, "annex-method")]
    story.append(ctx.p(ctx.tr(ctx.fw.description)))
    story += ctx.subheading(t("Maturity scale"), "annex-method-scale")
    rows: list[list[Any]] = [[t("Stage"), t("Description")]]
    extra = []
    for r, stage in enumerate(ctx.fw.stages, start=1):
        rows.append([ctx.p(ctx.stage_text(stage.level), st.cell_bold), ctx.tr(stage.description)])
        extra.append(("BACKGROUND", (0, r), (0, r), colors.HexColor(_tint(stage.level))))
    rows.append(
        [
            ctx.p(t("Not applicable"), st.cell_bold),
            t(
                "The indicator does not apply to the country's legal "
                "system or institutions. It is left out of the scores and "
                "of the coverage."
            ),
        ]
    )
    rows.append(
        [
            ctx.p(t("Unknown / no data"), st.cell_bold),
            t(
                "The information needed to rate the indicator could "
                "not be obtained. It is left out of the scores, never "
                "counted as zero, and lowers the coverage."
            ),
        ]
    )
    story.append(ctx.table(rows, [32 * MM, CONTENT_WIDTH - 32 * MM], extra=extra, zebra=False))
    story += ctx.subheading(t("Scoring"), "annex-method-scoring")
    story += ctx.bullets(
        [
            t(
                "Each indicator is rated by the assessors at one stage from 1 to 5, with a justification and a "
                "confidence "
                "level (high, medium or low) reflecting the quality of the evidence."
            ),
            t(
                "A dimension's score is the mean stage of its rated indicators, weighted by each indicator's weight "
                "in the "
                "framework. The overall score is the same weighted mean over every rated indicator."
            ),
            t(
                "The stage reached is the whole part of the score: a score of 2.7 is stage 2. The gap is the "
                "target stage "
                "minus the score, never negative."
            ),
            t(
                "Coverage is the share of applicable indicators (all indicators except those not applicable) that have "
                "a stage."
            ),
            t(
                "Priorities are the rated indicators below the target stage, the largest weighted gap (weight \u00d7 "
                "(target \u2212 stage)) first; ties go to the lower stage, then to the framework's order."
            ),
            t(
                "Recommendations are the framework's own: for each stage below the target, the step that leads to the "
                "next stage."
            ),
        ]
    )
    story += ctx.subheading(t("This assessment"), "annex-method-this")
    rows = [
        [
            t("Framework"),
            t("{name} ({id}), version {version}", name=ctx.tr(ctx.fw.name), id=ctx.fw.id, version=ctx.fw.version),
        ],
        [t("Framework content hash"), ctx.p(ctx.fw.content_hash or d.info.framework_hash, st.cell_mono)],
        [
            t("Indicators"),
            t(
                "{total} in total: {rated} rated, {na} not applicable, {unknown} unknown, {unanswered} not rated",
                total=d.card.total,
                rated=d.card.rated,
                na=d.card.not_applicable,
                unknown=d.card.unknown,
                unanswered=d.card.unanswered,
            ),
        ],
        [t("Target stage"), ctx.stage_text(d.card.target_stage)],
        [t("Produced with"), t("CyberAssess {version}", version=d.app_version)],
    ]
    story.append(ctx.table(rows, [45 * MM, CONTENT_WIDTH - 45 * MM], header=False))
    story.append(PageBreak())
    return story


def _history_counts(history: Sequence[Any]) -> Counter[str]:
    return Counter(h.action for h in history)


def history_annex(ctx: Context) -> list[Flowable]:
    st, t = ctx.st, ctx.t
    d = ctx.data
    story: list[Flowable] = [ctx.heading(t("Annex C. Change history"), st.h1, "annex-history")]
    story.append(
        ctx.p(
            t(
                "The assessment file keeps an append-only record of every change: who changed what, and "
                "when. This annex summarises it; the full record stays in the file."
            )
        )
    )
    changes = [h for h in d.history if not h.action.startswith("export-")]  # exports are listed below
    counts = _history_counts(changes)
    first = changes[0].at if changes else d.info.created_at
    last = changes[-1].at if changes else d.info.modified_at
    rows: list[list[Any]] = [
        [t("Recorded changes"), str(len(changes))],
        [t("Period"), t("{start} to {end}", start=ctx.date(first), end=ctx.date(last))],
        [t("Answers saved or changed"), str(counts.get("answer", 0))],
        [
            t("Evidence files added / removed"),
            t("{added} / {removed}", added=counts.get("evidence-add", 0), removed=counts.get("evidence-remove", 0)),
        ],
        [t("Changes to the assessment details"), str(counts.get("details", 0))],
        [t("Reports and matrices exported before this one"), str(len(d.reports))],
    ]
    if d.merged_sources:
        rows.append([t("Assessors' files merged"), ", ".join(d.merged_sources)])
    story.append(ctx.table(rows, [70 * MM, CONTENT_WIDTH - 70 * MM], header=False))

    story += ctx.subheading(t("Changes by assessor"), "annex-history-assessors")
    per: dict[str, list[str]] = defaultdict(list)
    for h in changes:
        per[h.assessor or t("(not recorded)")].append(h.at)
    rows = [[t("Assessor"), t("Changes"), t("First change"), t("Last change")]]
    for name, stamps in sorted(per.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        rows.append([name, str(len(stamps)), ctx.date(min(stamps)), ctx.date(max(stamps))])
    story.append(ctx.table(rows, [CONTENT_WIDTH - 96 * MM, 24 * MM, 36 * MM, 36 * MM]))

    if d.disagreements:
        story += ctx.subheading(t("Disagreements between assessors"), "annex-history-disagreements")
        story.append(
            ctx.p(
                t(
                    "Indicators where the merged assessors' stages differ by two stages or more, or where one "
                    "answered unknown while another gave a stage."
                )
            )
        )
        rows = [[t("Indicator"), t("Answers")]]
        for dis in d.disagreements:
            rows.append(
                [
                    dis.indicator_id,
                    "; ".join(t("{assessor}: {answer}", assessor=a, answer=ctx.answer_text(v)) for a, v in dis.answers),
                ]
            )
        story.append(ctx.table(rows, [24 * MM, CONTENT_WIDTH - 24 * MM]))

    story += ctx.subheading(t("Earlier exports"), "annex-history-exports")
    if d.reports:
        rows = [[t("Date"), t("Kind"), t("File"), t("SHA-256 (start)"), t("Signed by")]]
        for rep in d.reports[-25:]:
            rows.append(
                [
                    ctx.date(rep.at),
                    rep.kind.upper(),
                    rep.file_name,
                    ctx.p(rep.sha256[:16] + "…", st.cell_mono),
                    rep.signer or t("unsigned"),
                ]
            )
        story.append(ctx.table(rows, [22 * MM, 13 * MM, CONTENT_WIDTH - 102 * MM, 33 * MM, 34 * MM]))
        if len(d.reports) > 25:
            story.append(ctx.p(t("Only the 25 most recent exports are shown."), st.note))
    else:
        story.append(ctx.p(t("This is the first report exported from this assessment."), st.note))
    story.append(PageBreak())
    return story


def signature_page(ctx: Context) -> list[Flowable]:
    st, t = ctx.st, ctx.t
    d = ctx.data
    story: list[Flowable] = [ctx.heading(t("Authentication of this report"), st.h1, "signature")]
    if d.signer is not None:
        signer = d.signer
        story.append(
            ctx.p(
                t(
                    "This report carries a digital signature (PAdES) made with the key of the signer below. "
                    "Any change to the file after signing, even of a single character, makes the signature "
                    "invalid."
                )
            )
        )
        rows: list[list[Any]] = [
            [t("Signed by"), ctx.p(signer.name, st.cell_bold)],
            [t("Organisation"), signer.organisation or "–"],
            [t("Certificate SHA-256 fingerprint"), ctx.p(format_fingerprint(signer.certificate_sha256), st.cell_mono)],
            [t("Certificate valid until"), ctx.date(signer.not_after)],
            [
                t("Certificate issuer"),
                t("Self-signed by the signer")
                if signer.self_signed
                else t("Issued by an organisation's certification authority"),
            ],
        ]
        extra = [("LINEABOVE", (0, 0), (-1, 0), 1.2, colors.HexColor(NAVY))]
        story.append(ctx.table(rows, [55 * MM, CONTENT_WIDTH - 55 * MM], header=False, extra=extra))
        story.append(Spacer(1, 4 * MM))
        story.append(ctx.p(t("How to check it"), st.h2))
        steps = [
            t(
                "Open the report in a PDF reader and look at its signature panel: it must say that the document "
                "has not "
                "been modified since it was signed."
            ),
            t("Or run: cyberassess verify REPORT.pdf (it prints VALID, INVALID or UNSIGNED)."),
            t(
                "Compare the certificate fingerprint above with the one the signer gave you by another channel (in "
                "person, by letter, on an official website)."
            ),
        ]
        if signer.self_signed:
            steps.append(
                t(
                    "The certificate is self-signed: no authority vouches for the signer's identity, so a PDF "
                    "reader may call the signer \u201cunknown\u201d or \u201cnot trusted\u201d. The signature still "
                    "proves that the report is unchanged; the fingerprint check proves who signed it."
                )
            )
        story += ctx.bullets(steps)
    else:
        story.append(ctx.p(t("This report is not signed."), st.warning))
        story.append(
            ctx.p(
                t(
                    "It was exported without a signing key, so nothing in the file shows who produced it or "
                    "that it is unchanged. A signed copy can be made with: cyberassess export-pdf ASSESSMENT "
                    "-o REPORT.pdf --key KEY.p12"
                )
            )
        )
    story.append(Spacer(1, 4 * MM))
    story.append(
        ctx.p(
            t(
                "The SHA-256 of this PDF file is recorded in the report log of assessment {uuid}, so the "
                "assessors can confirm that a copy is the one they issued.",
                uuid=d.info.file_uuid,
            ),
            st.note,
        )
    )
    return story


def build_story(data: ReportData, language: str, registry: PageRegistry) -> tuple[list[Flowable], Context]:
    ctx = Context(data, language, registry)
    entries = plan(data, ctx)
    story: list[Flowable] = []
    story += cover(ctx)
    story += contents(ctx, entries)
    story += executive_summary(ctx)
    for dim in data.framework.dimensions:
        story += dimension_section(ctx, dim)
    story += treaty_annex(ctx)
    story += methodology_annex(ctx)
    story += history_annex(ctx)
    story += signature_page(ctx)
    return story, ctx


__all__ = ["Context", "Entry", "build_story", "plan"]
