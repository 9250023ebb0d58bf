"""Chapter 4 (5 in a follow-up, after its progress chapter): the recommendations consolidated into an
action plan by horizon, with a roadmap."""

from __future__ import annotations

from ...framework.model import RecommendationPlan
from ...store.review_records import Action
from ..model import Block, Cell, Heading, ItemList, Lane, ListItem, PageBreak, Paragraph, Roadmap, Section
from .context import Words, cell

HORIZONS = ("short", "medium", "long")


def _cost(w: Words, action: Action) -> str:
    if action.cost_amount is None:
        return ""
    return f"{w.amount(action.cost_amount)} {action.cost_currency}".strip()


def _who_and_when(w: Words, plan: RecommendationPlan | None) -> str:
    """ "Responsible: the prosecution service · short term (within a year) · low effort", from the framework."""
    if plan is None:
        return ""
    return w.t(
        "Responsible: {actor} · {horizon} · effort: {effort}",
        actor=w.fw.actor_name(plan.actor, w.lang),
        horizon=w.horizon(plan.horizon),
        effort=w.effort(plan.effort).lower(),
    )


def action_rows(w: Words, actions: list[Action]) -> list[tuple[Cell, ...]]:
    t = w.t
    rows: list[tuple[Cell, ...]] = []
    for a in actions:
        indicators = t(", ").join(a.indicator_ids)
        owner = a.owner.strip()
        partners = a.partners.strip()
        effort = w.effort(a.effort)
        cost = _cost(w, a)
        rows.append(
            (
                cell("–" if a.priority is None else a.priority),
                Cell(a.title, style="bold", user=True, note=indicators),
                Cell(
                    owner or t("Not named"),
                    user=bool(owner),
                    note=t("With {partners}", partners=partners) if partners else "",
                ),
                cell(effort, note=cost),
                cell(w.action_status(a.status)),
            )
        )
    return rows


def action_plan(w: Words) -> Section:
    d, t, card = w.data, w.t, w.data.card
    actions = list(d.review.actions)
    follow_up = d.progress is not None  # chapter 4 is then the progress since the baseline
    if follow_up:
        titles = (
            t("5 Recommendations and action plan"),
            t("5.1 Action plan by horizon"),
            t("5.2 Recommendations by indicator"),
        )
    else:
        titles = (
            t("4 Recommendations and action plan"),
            t("4.1 Action plan by horizon"),
            t("4.2 Recommendations by indicator"),
        )
    blocks: list[Block] = [Heading(titles[0], 1, "plan")]
    blocks.append(Heading(titles[1], 2, "plan-actions"))
    if actions:
        blocks.append(
            Paragraph(
                t(
                    "The review team's recommendations, consolidated into {count} actions. Short term means within "
                    "a year, medium term one to three years, long term over three years.",
                    count=len(actions),
                )
            )
        )
        header = [
            (t("Priority"), 0.9, "number"),
            (t("Action and indicators"), 4.2, "text"),
            (t("Responsible institution"), 2.6, "text"),
            (t("Effort"), 1.3, "status"),
            (t("Status"), 1.3, "status"),
        ]
        for horizon in (*HORIZONS, None):
            group = [a for a in actions if a.horizon == horizon]
            if not group:
                continue
            blocks.append(Heading(w.horizon(horizon), 3))
            blocks.append(w.table(header, action_rows(w, group)))
        lanes = tuple(
            Lane(w.horizon(h), tuple(a.title for a in actions if a.horizon == h and a.status != "dropped"))
            for h in HORIZONS
        )
        blocks.append(
            Roadmap(
                lanes,
                caption=t("Roadmap: the planned actions by horizon (dropped actions are left out)."),
                empty=t("No action"),
            )
        )
    else:
        blocks.append(
            Paragraph(
                t(
                    "No action plan has been recorded for this assessment yet: no action names a responsible "
                    "institution, a horizon or an effort. The recommendations below, drawn from the framework for "
                    "each indicator below the target stage, are the basis on which the plan should be agreed with "
                    "the institutions concerned."
                ),
                "warning" if d.review.draft else "note",
            )
        )
    blocks.append(Heading(titles[2], 2, "plan-recommendations"))
    if not card.priorities and not card.unknown_ids and not card.unanswered_ids:
        blocks.append(
            Paragraph(
                t(
                    "Every rated indicator reaches the target stage: keep the capacity under review and consider "
                    "the next stage in the framework."
                )
            )
        )
    for p in card.priorities:
        ind = w.fw.indicator(p.indicator_id)
        blocks.append(
            Heading(
                t(
                    "{id}: from {current} to {target}",
                    id=ind.id,
                    current=w.stage_text(p.stage),
                    target=w.stage_text(p.target),
                ),
                3,
            )
        )
        blocks.append(Paragraph(w.question(ind), "note"))
        steps = [
            ListItem(
                t(
                    "To reach {stage}: {action}",
                    stage=w.stage_label(step + 1),
                    action=w.tr(ind.recommendations.get(step)),
                ),
                detail=_who_and_when(w, ind.recommendation_plan.get(step)),
            )
            for step in p.steps
            if step in ind.recommendations
        ]
        if steps:
            blocks.append(ItemList("bullet", tuple(steps)))
    missing = [*card.unknown_ids, *card.unanswered_ids]
    if missing:
        blocks.append(Heading(t("Indicators without data"), 3))
        items = [
            ListItem(
                t("{id} ({status}): {question}", id=i, status=w.answer_text(w.value(i)), question=w.question(i)),
                detail=t(
                    "Collect the information needed to rate this indicator: {documents}",
                    documents=w.tr(w.fw.indicator(i).documents),
                ),
            )
            for i in missing
        ]
        blocks.append(ItemList("bullet", tuple(items)))
    blocks.append(PageBreak())
    return Section("plan", tuple(blocks))
