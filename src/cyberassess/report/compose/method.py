"""Chapter 1 (introduction and country context) and chapter 2 (methodology, up front)."""

from __future__ import annotations

from ..model import Block, Cell, Heading, ItemList, KeyValues, ListItem, PageBreak, Paragraph, Section
from .context import Words, cell
from .front import mission_dates, mission_type, status
from .prose import narrative_blocks


def introduction(w: Words) -> Section:
    d, t, card = w.data, w.t, w.data.card
    blocks: list[Block] = [Heading(t("1 Introduction and country context"), 1, "intro")]
    blocks.append(
        Paragraph(
            t(
                "This report presents the assessment of the capacity of {country} to prevent, detect, investigate, "
                "prosecute and adjudicate cybercrime. It follows the framework \u201c{framework}\u201d (version "
                "{version}): {indicators} indicators in {dimensions} dimensions, each rated on a five-stage maturity "
                "scale. The target stage for this assessment is {target}.",
                country=d.info.country,
                framework=w.tr(w.fw.name),
                version=w.fw.version,
                indicators=card.total,
                dimensions=len(w.fw.dimensions),
                target=w.stage_text(card.target_stage),
            )
        )
    )
    blocks.append(Heading(t("1.1 Country context"), 2, "intro-context"))
    text = d.review.narratives.get("context", "")
    if text:
        blocks += narrative_blocks(text)
    else:
        blocks.append(
            Paragraph(
                t(
                    "The review team has not recorded the country context (legal system, institutions, threat "
                    "picture) for this assessment. The findings in chapter 3 should be read with that context, "
                    "which the final version is expected to give."
                ),
                "note",
            )
        )
    blocks.append(Heading(t("1.2 How this report is organised"), 2, "intro-structure"))
    if d.progress is not None:
        organised = t(
            "Chapter 2 sets out the method before any finding. Chapter 3 gives the findings dimension by "
            "dimension: the team's findings, the strengths and gaps, and each indicator's stage. Chapter 4 "
            "measures the progress since the baseline assessment and says where each action of the baseline's "
            "plan stands. Chapter 5 consolidates the recommendations into an action plan by horizon. The annexes "
            "give the treaty alignment, the institutions and persons consulted, the documents reviewed, the "
            "justification of every rating and the record of changes."
        )
    else:
        organised = t(
            "Chapter 2 sets out the method before any finding. Chapter 3 gives the findings dimension by "
            "dimension: the team's findings, the strengths and gaps, and each indicator's stage. Chapter 4 "
            "consolidates the recommendations into an action plan by horizon. The annexes give the treaty "
            "alignment, the institutions and persons consulted, the documents reviewed, the justification of "
            "every rating and the record of changes."
        )
    blocks.append(Paragraph(organised))
    blocks.append(PageBreak())
    return Section("intro", tuple(blocks))


def scoring_rule(w: Words) -> list[str]:
    t = w.t
    return [
        t(
            "Each indicator is rated by the assessors at one stage from 1 to 5, with a justification and a "
            "confidence level (high, medium or low) reflecting the quality of the evidence."
        ),
        t(
            "A dimension's score is the mean stage of its rated indicators, weighted by each indicator's weight in "
            "the framework; the overall score is the same weighted mean over every rated indicator. The stage "
            "reached is the whole part of the score (2.7 is stage 2) and the gap is the target stage minus the "
            "score, never negative."
        ),
        t(
            "Not applicable and unknown answers are left out of the scores, never counted as zero; coverage is the "
            "share of applicable indicators that have a stage."
        ),
        t(
            "Priorities are the rated indicators below the target stage, the largest weighted gap (weight \u00d7 "
            "(target \u2212 stage)) first; ties go to the lower stage, then to the framework's order."
        ),
    ]


def missing_details(w: Words) -> list[str]:
    """The mission details the record does not hold, named as a reviewer would."""
    t, review = w.t, w.data.review
    mission = review.mission
    missing = []
    if mission is None or not mission.mission_type:
        missing.append(t("the type of mission"))
    if mission is None or not mission.start_date:
        missing.append(t("the mission dates"))
    if mission is None or not mission.host.strip():
        missing.append(t("the host institution"))
    if not review.team:
        missing.append(t("the review team"))
    if not review.consulted:
        missing.append(t("the institutions and persons consulted"))
    if not review.documents:
        missing.append(t("the documents reviewed"))
    return missing


def methodology(w: Words) -> Section:
    d, t, card = w.data, w.t, w.data.card
    review = d.review
    blocks: list[Block] = [Heading(t("2 Methodology"), 1, "method")]
    blocks.append(Heading(t("2.1 Framework and maturity scale"), 2, "method-framework"))
    blocks.append(
        Paragraph(
            t(
                "The assessment uses the framework \u201c{name}\u201d ({id}), version {version}: {indicators} "
                "indicators grouped in {dimensions} dimensions.",
                name=w.tr(w.fw.name),
                id=w.fw.id,
                version=w.fw.version,
                indicators=card.total,
                dimensions=len(w.fw.dimensions),
            )
        )
    )
    blocks.append(Paragraph(w.tr(w.fw.description)))
    rows = [(cell(w.stage_text(s.level), style="bold", stage=s.level), cell(w.tr(s.description))) for s in w.fw.stages]
    rows.append(
        (
            cell(t("Not applicable"), style="bold", stage=0),
            cell(t("The indicator does not apply to the country's legal system or institutions.")),
        )
    )
    rows.append(
        (
            cell(t("Unknown / no data"), style="bold", stage=0),
            cell(t("The information needed to rate the indicator could not be obtained.")),
        )
    )
    blocks.append(w.table([(t("Stage"), 1.3, "stage"), (t("Description"), 4.0, "text")], rows))
    blocks.append(Heading(t("2.2 Scoring rule"), 2, "method-scoring"))
    blocks.append(ItemList("bullet", tuple(ListItem(s) for s in scoring_rule(w))))

    blocks.append(Heading(t("2.3 The mission"), 2, "method-mission"))
    details: list[tuple[str, Cell]] = [
        (t("Mission"), cell(mission_type(w) or t("Not recorded"))),
        (t("Mission dates"), cell(mission_dates(w) or t("Not recorded"))),
    ]
    if review.mission is not None and review.mission.host.strip():
        details.append((t("Host institution"), Cell(review.mission.host, user=True)))
    details += [
        (t("Status"), cell(status(w))),
        (t("Target stage"), cell(w.stage_text(card.target_stage))),
        (t("Consultations"), cell(t("{count} recorded (Annex B)", count=len(review.consulted)))),
        (t("Documents reviewed"), cell(t("{count} recorded (Annex C)", count=len(review.documents)))),
    ]
    blocks.append(KeyValues(tuple(details)))
    blocks.append(Heading(t("Review team"), 3))
    if review.team:
        team_rows = [
            (Cell(m.name, style="bold", user=True), Cell(m.role, user=True), Cell(m.organisation, user=True))
            for m in review.team
        ]
        blocks.append(
            w.table([(t("Name"), 2.0, "text"), (t("Role"), 2.0, "text"), (t("Organisation"), 2.5, "text")], team_rows)
        )
    elif d.info.assessors:
        blocks.append(
            Paragraph(
                t(
                    "No review team is recorded; the ratings were given by {names}.",
                    names=t(", ").join(d.info.assessors),
                )
            )
        )
    else:
        blocks.append(Paragraph(t("No review team is recorded."), "note"))
    blocks.append(
        Paragraph(
            t(
                "The team combined a desk review of the documents listed in Annex C with interviews of the "
                "institutions listed in Annex B; each rating cites its justification in Annex D."
            )
        )
    )
    blocks.append(Heading(t("2.4 Limitations"), 2, "method-limitations"))
    limits = review.mission.limitations.strip() if review.mission is not None else ""
    if limits:
        blocks += narrative_blocks(limits)
    missing = missing_details(w)
    if missing:
        blocks.append(
            Paragraph(
                t(
                    "The mission record does not state {details}. Until it does, the report cannot show them and "
                    "readers cannot judge how the evidence was gathered.",
                    details=t(", ").join(missing),
                ),
                "warning" if review.draft else "note",
            )
        )
    blocks.append(
        Paragraph(
            t(
                "{rated} of {applicable} applicable indicators could be rated ({coverage} coverage).",
                rated=card.rated,
                applicable=card.total - card.not_applicable,
                coverage=w.pct(card.coverage),
            )
        )
    )
    blocks.append(PageBreak())
    return Section("method", tuple(blocks))
