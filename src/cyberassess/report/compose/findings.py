"""Chapter 3: the findings, dimension by dimension."""

from __future__ import annotations

from ...framework import Dimension
from ..model import Block, Figures, Heading, ItemList, ListItem, PageBreak, Paragraph, Section, StageBar
from .context import Words, cell
from .prose import narrative_blocks


def _item(w: Words, indicator_id: str, status: str) -> ListItem:
    """An indicator named by its id and its full question (never shortened)."""
    return ListItem(w.t("{id} ({stage}): {question}", id=indicator_id, stage=status, question=w.question(indicator_id)))


def dimension_findings(w: Words, dim: Dimension, first: bool) -> Section:
    d, t = w.data, w.t
    score = d.card.dimension(dim.id)
    target = d.card.target_stage
    key = f"dim-{dim.id}"
    blocks: list[Block] = []
    if first:
        blocks.append(Heading(t("3 Findings by dimension"), 1, "findings"))
    blocks.append(Heading(t("3.{n} {title}", n=dim.number, title=w.dimension_title(dim)), 2, key))
    blocks.append(Paragraph(w.tr(dim.summary), "note"))
    blocks.append(
        Figures(
            (
                (w.num(score.score), t("Score (1 to 5)")),
                (w.stage_label(score.stage), t("Stage reached")),
                (w.num(score.gap), t("Gap to target stage {level}", level=target)),
                (w.pct(score.coverage), t("Coverage")),
            )
        )
    )
    blocks.append(
        Paragraph(
            t(
                "Score {score}; {rated} rated, {na} not applicable, {unknown} unknown, {unanswered} not rated.",
                score=w.score_stage(score.score, score.stage),
                rated=score.rated,
                na=score.not_applicable,
                unknown=score.unknown,
                unanswered=score.unanswered,
            ),
            "small",
        )
    )
    blocks.append(
        StageBar(
            score.score,
            target,
            tuple(w.stage_label(level) for level in range(1, 6)),
            t("Score {score}", score=w.num(score.score)),
            t("Target"),
        )
    )

    blocks.append(Heading(t("Findings"), 3))
    text = d.review.narratives.get(dim.id, "")
    if text:
        blocks += narrative_blocks(text)
    else:
        blocks.append(
            Paragraph(
                t(
                    "The review team has not written findings for this dimension; its assessment rests on the "
                    "ratings and justifications below and in Annex D."
                ),
                "note",
            )
        )

    indicators = list(dim.indicators())
    strengths = [i for i in indicators if (lvl := w.level(i.id)) is not None and lvl >= target]
    strengths.sort(key=lambda i: -(w.level(i.id) or 0))
    gaps = [p for p in d.card.priorities if p.dimension_id == dim.id]
    no_data = [i for i in indicators if w.value(i.id) in ("unknown", None)]
    blocks.append(Heading(t("Strengths and gaps"), 3))
    blocks.append(Paragraph(t("Strengths (at or above the target stage)"), "lead"))
    if strengths:
        items = [_item(w, i.id, w.stage_label(w.level(i.id))) for i in strengths]
        blocks.append(ItemList("bullet", tuple(items)))
    else:
        blocks.append(Paragraph(t("No indicator of this dimension reaches the target stage yet."), "note"))
    blocks.append(Paragraph(t("Gaps (below the target stage, largest first)"), "lead"))
    if gaps:
        blocks.append(ItemList("bullet", tuple(_item(w, p.indicator_id, w.stage_label(p.stage)) for p in gaps)))
    else:
        blocks.append(Paragraph(t("No rated indicator of this dimension is below the target stage."), "note"))
    if no_data:
        blocks.append(Paragraph(t("No data"), "lead"))
        blocks.append(ItemList("bullet", tuple(_item(w, i.id, w.answer_text(w.value(i.id))) for i in no_data)))

    blocks.append(Heading(t("Indicators"), 3))
    rows = []
    for ind in indicators:
        value = w.value(ind.id)
        answer = w.answer(ind.id)
        rows.append(
            (
                cell(ind.id, style="bold"),
                cell(w.question(ind)),
                cell(w.answer_text(value), style="bold", stage=value if isinstance(value, int) else 0),
                cell(w.confidence(answer.confidence if answer else None)),
            )
        )
    blocks.append(
        w.table(
            [
                (t("Indicator"), 1.0, "id"),
                (t("Question"), 5.0, "text"),
                (t("Stage"), 1.6, "stage"),
                (t("Confidence"), 1.2, "status"),
            ],
            rows,
            caption=t("The justification of each rating is in Annex D."),
        )
    )
    blocks.append(PageBreak())
    return Section(key, tuple(blocks))


def findings(w: Words) -> list[Section]:
    return [dimension_findings(w, dim, n == 0) for n, dim in enumerate(w.fw.dimensions)]
