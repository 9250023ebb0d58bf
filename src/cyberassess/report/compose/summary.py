"""The executive summary: headline messages in prose, then the stages, the radar and the top priorities."""

from __future__ import annotations

from ...store.review_records import Action
from ..model import Block, Heading, ItemList, ListItem, PageBreak, Paragraph, Radar, Section, Table
from .context import Words, cell
from .front import overall_figures
from .prose import narrative_blocks

TOP_PRIORITIES = 10


def actions_for(w: Words, indicator_id: str) -> list[Action]:
    return [a for a in w.data.review.actions if indicator_id in a.indicator_ids and a.status != "dropped"]


def _names(w: Words, dims: list[tuple[str, float]]) -> str:
    return w.t(", ").join(f"{dim_id} ({w.num(score)})" for dim_id, score in dims)


def headline_messages(w: Words) -> list[Block]:
    """What the ratings say, in sentences: where the country stands, what is strong, what is weak."""
    d, t, card = w.data, w.t, w.data.card
    country = d.info.country
    if card.score is None:
        return [Paragraph(t("No indicator has been rated yet, so no stage can be given."), "warning")]
    n_dims = len(w.fw.dimensions)
    scored = [(s.dimension_id, s.score) for s in card.dimensions if s.score is not None]
    reached = sum(1 for _, score in scored if score >= card.target_stage)
    blocks: list[Block] = [
        Paragraph(
            t(
                "{country} stands at stage {stage} overall, with a weighted score of {score} out of 5 against a "
                "target of stage {target}; {reached} of {dimensions} dimensions reach the target.",
                country=country,
                stage=w.stage_text(card.stage),
                score=w.num(card.score),
                target=w.stage_text(card.target_stage),
                reached=reached,
                dimensions=n_dims,
            ),
            "lead",
        )
    ]
    ranked = sorted(scored, key=lambda item: -item[1])
    if len(ranked) >= 2:
        strong = [item for item in ranked[:3] if item[1] >= card.target_stage] or ranked[:1]
        weak = [item for item in reversed(ranked[-3:]) if item[1] < card.target_stage]
        blocks.append(Paragraph(t("The strongest dimensions are {names}.", names=_names(w, strong))))
        if weak:
            blocks.append(
                Paragraph(t("The weakest, where capacity building matters most, are {names}.", names=_names(w, weak)))
            )
    if card.priorities:
        blocks.append(
            Paragraph(
                t(
                    "{count} rated indicators are below the target stage; the ten with the largest weighted gap "
                    "are listed below with the institution responsible and the horizon of the planned action.",
                    count=len(card.priorities),
                )
            )
        )
    if d.progress is not None:
        view = d.progress
        blocks.append(
            Paragraph(
                t(
                    "Since the baseline assessment of {date}, the overall score went from {before} to {after}; "
                    "{improved} indicators improved and {declined} declined (chapter 4).",
                    date=w.date(view.baseline.date),
                    before=w.num(view.before),
                    after=w.num(view.after),
                    improved=view.counts["improved"],
                    declined=view.counts["declined"],
                )
            )
        )
    blocks += missing_data_note(w)
    return blocks


def missing_data_note(w: Words) -> list[Block]:
    card, t = w.data.card, w.t
    if card.unknown and card.unanswered:
        text = t(
            "{unknown} indicators have no data and {unanswered} are not rated yet. They are not counted in the "
            "scores; collecting the missing information is itself a priority.",
            unknown=card.unknown,
            unanswered=card.unanswered,
        )
    elif card.unknown:
        text = t(
            "{unknown} indicators have no data. They are not counted in the scores; collecting the missing "
            "information is itself a priority.",
            unknown=card.unknown,
        )
    elif card.unanswered:
        text = t(
            "{unanswered} indicators are not rated yet. They are not counted in the scores; the assessment is "
            "not complete until they are.",
            unanswered=card.unanswered,
        )
    else:
        return []
    return [Paragraph(text, "note")]


def dimension_table(w: Words) -> Table:
    t = w.t
    rows = []
    for dim, score in zip(w.fw.dimensions, w.data.card.dimensions, strict=True):
        rows.append(
            (
                cell(dim.id, style="bold", link=f"dim-{dim.id}"),
                cell(w.tr(dim.title), link=f"dim-{dim.id}"),
                cell(w.num(score.score)),
                cell(w.stage_label(score.stage), stage=score.stage or 0),
            )
        )
    return w.table(
        [
            (t("Dimension"), 1.0, "id"),
            (t("Title"), 4.0, "text"),
            (t("Score"), 1.1, "number"),
            (t("Stage"), 2.0, "stage"),
        ],
        rows,
    )


def priority_items(w: Words, limit: int = TOP_PRIORITIES) -> tuple[ListItem, ...]:
    """The top priorities, named by their indicator, with who acts and when."""
    t = w.t
    items = []
    for p in w.data.card.priorities[:limit]:
        ind = w.fw.indicator(p.indicator_id)
        head = t("{id}: {question}", id=ind.id, question=w.question(ind))
        now = t("Now {current}; target {target}.", current=w.stage_text(p.stage), target=w.stage_text(p.target))
        planned = actions_for(w, ind.id)
        if planned:
            action = planned[0]
            who = action.owner.strip() or t("responsible institution not named")
            when = w.horizon(action.horizon)
            plan = t("Planned: {title} ({owner}; {horizon}).", title=action.title, owner=who, horizon=when)
        else:
            step = w.tr(ind.recommendations.get(p.stage))
            plan = t("Not in the action plan yet. First step: {step}", step=step)
        items.append(ListItem(head, detail=f"{now} {plan}"))
    return tuple(items)


def executive_summary(w: Words) -> Section:
    d, t, card = w.data, w.t, w.data.card
    blocks: list[Block] = [Heading(t("Executive summary"), 1, "summary")]
    text = d.review.narratives.get("summary", "")
    if text:
        blocks += narrative_blocks(text)
        blocks.append(Heading(t("The assessment in figures"), 2, "summary-figures"))
        blocks += headline_messages(w)
    else:
        blocks += headline_messages(w)
    blocks.append(overall_figures(w))
    axes = tuple((dim.id, s.score) for dim, s in zip(w.fw.dimensions, card.dimensions, strict=True))
    blocks.append(
        Radar(
            axes=axes,
            target=card.target_stage,
            legend_score=t("Score"),
            legend_target=t("Target stage {level}", level=card.target_stage),
            no_data=t("no data"),
            caption=t(
                "The shaded shape shows each dimension's score; the dashed line is the target stage. Not "
                "applicable and unknown answers are left out of the scores, never counted as zero."
            ),
            table=dimension_table(w),
        )
    )
    blocks.append(Heading(t("Top capacity-building priorities"), 2, "summary-priorities"))
    if card.priorities:
        blocks.append(
            Paragraph(
                t(
                    "The indicators furthest below the target stage, weighted by their importance, with the "
                    "institution responsible and the horizon where the action plan names them:"
                )
            )
        )
        blocks.append(ItemList("numbered", priority_items(w)))
        if len(card.priorities) > TOP_PRIORITIES:
            blocks.append(
                Paragraph(
                    t(
                        "{count} further indicators are below the target stage; chapter 3 lists them dimension "
                        "by dimension and chapter 5 gives their recommendations.",
                        count=len(card.priorities) - TOP_PRIORITIES,
                    )
                    if w.data.progress is not None
                    else t(
                        "{count} further indicators are below the target stage; chapter 3 lists them dimension "
                        "by dimension and chapter 4 gives their recommendations.",
                        count=len(card.priorities) - TOP_PRIORITIES,
                    ),
                    "note",
                )
            )
    else:
        blocks.append(Paragraph(t("No rated indicator is below the target stage.")))
    blocks.append(PageBreak())
    return Section("summary", tuple(blocks))
