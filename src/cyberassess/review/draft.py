"""*Draft from answers*: a starting findings text for a dimension, written as a review team would.

:func:`draft_findings` reads a dimension's answers, scores, stage descriptors, justifications and
recommendations and proposes a text in the narratives' Markdown subset (:mod:`.markdown`): an
opening paragraph on the stage reached against the target, the strongest and weakest areas, then
**Strengths** (indicators at or above the target) and **Gaps** (below it, largest weighted gap
first, each with its next step), and what could not be assessed. It is a proposal: the app and
the CLI show it for the assessor to accept or edit; nothing here writes to the file.

The sentences go through :func:`cyberassess.i18n.gettext` (``core_<lang>.json``); the framework's
own texts (titles, stage labels and descriptors, recommendations) are taken in the same language.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Protocol

from .. import i18n
from ..errors import InputError
from ..framework import Framework
from ..framework.model import tr
from ..scoring import score
from ..store.records import AnswerRecord, AssessmentInfo

_SENTENCE = re.compile(r"(.+?[.!?])(?:\s|$)", re.S)
MAX_BASIS_CHARS = 300


class Source(Protocol):
    """An open :class:`.Assessment` or a report's :class:`.ReportData`: a framework, details and answers."""

    framework: Framework

    @property
    def info(self) -> AssessmentInfo: ...


def _answers(source: Any) -> Mapping[str, AnswerRecord]:
    answers = source.answers
    return answers() if callable(answers) else answers  # type: ignore[no-any-return]


def _first_sentence(text: str) -> str:
    text = " ".join(text.split())
    match = _SENTENCE.match(text)
    sentence = match.group(1) if match else text
    return sentence if len(sentence) <= MAX_BASIS_CHARS else sentence[: MAX_BASIS_CHARS - 1].rstrip() + "…"


def _escape(text: str) -> str:
    """Text put into a draft stays text: its asterisks and backslashes are not Markdown markers."""
    return text.replace("\\", "\\\\").replace("*", "\\*")


def _end(text: str) -> str:
    text = text.strip()
    return text if not text or text[-1] in ".!?…" else text + "."


def draft_findings(doc_or_data: Source, dimension_id: str, language: str = "en") -> str:
    """A proposed findings text for ``dimension_id`` from the answers (Markdown subset, ``language``)."""
    framework = doc_or_data.framework
    info = doc_or_data.info
    dimension = next((d for d in framework.dimensions if d.id == dimension_id), None)
    if dimension is None:
        ids = ", ".join(d.id for d in framework.dimensions)
        raise InputError(f"'{dimension_id}' is not a dimension of {framework.id}.", f"Use one of: {ids}.")
    lang = i18n.normalise(language)
    answers = _answers(doc_or_data)
    card = score(framework, answers, info.target_stage)
    dim_score = card.dimension(dimension_id)
    target = info.target_stage
    title = _escape(tr(dimension.title, lang))

    def t(text: str, **values: object) -> str:
        return i18n.gettext(lang, text, **values)

    def number(value: float) -> str:
        return i18n.format_decimal(value, lang, 1)

    def stage_label(level: int) -> str:
        return tr(framework.stage(level).label, lang)

    paragraphs: list[str] = []
    if dim_score.score is None or dim_score.stage is None:
        paragraphs.append(i18n.gettext(lang, "No indicator of {dimension} has been rated yet.", dimension=title))
    else:
        values = {
            "country": _escape(info.country),
            "stage": stage_label(dim_score.stage),
            "score": number(dim_score.score),
            "dimension": title,
            "target": target,
            "target_stage": stage_label(target),
        }
        if dim_score.score >= target:
            opening = i18n.gettext(
                lang,
                "{country} has reached the {stage} stage ({score}) in {dimension}, "
                "meeting the target of stage {target} ({target_stage}).",
                **values,
            )
        else:
            opening = i18n.gettext(
                lang,
                "{country} has reached the {stage} stage ({score}) in {dimension}, "
                "below the target of stage {target} ({target_stage}).",
                **values,
            )
        coverage = i18n.gettext(
            lang,
            "{rated} of its {applicable} applicable indicators are rated.",
            rated=dim_score.rated,
            applicable=dim_score.applicable,
        )
        paragraphs.append(f"{opening} {coverage}")
        areas = []
        for section in dimension.sections:
            section_card = score(
                framework, {i.id: answers.get(i.id) for i in section.indicators}, target
            )  # the section alone
            if section_card.score is not None:
                areas.append((section_card.score, _escape(tr(section.title, lang))))
        if len(areas) > 1 and max(areas)[0] > min(areas)[0]:
            strong, weak = max(areas), min(areas)
            paragraphs.append(
                i18n.gettext(
                    lang,
                    "The strongest area is {strong} ({strong_score}); the weakest is {weak} ({weak_score}).",
                    strong=strong[1],
                    strong_score=number(strong[0]),
                    weak=weak[1],
                    weak_score=number(weak[0]),
                )
            )

    rated = [
        (indicator, answers[indicator.id])
        for indicator in dimension.indicators()
        if indicator.id in answers and answers[indicator.id].level is not None
    ]

    def finding(indicator_id: str, record: AnswerRecord) -> str:
        level = record.level
        assert level is not None
        indicator = framework.indicator(indicator_id)
        text = _escape(_end(tr(indicator.stages[level], lang)))
        where = i18n.gettext(lang, "{indicator}, stage {stage}", indicator=indicator_id, stage=level)
        basis = _escape(_first_sentence(record.justification)) if record.justification.strip() else ""
        return f"- {text} ({where})" + (f" {basis}" if basis else "")

    strengths = sorted(((i, r) for i, r in rated if (r.level or 0) >= target), key=lambda pair: -(pair[1].level or 0))
    paragraphs.append("**" + t("Strengths") + "**")
    if strengths:
        paragraphs.append("\n".join(finding(i.id, r) for i, r in strengths))
    else:
        paragraphs.append(t("No indicator has reached the target stage yet."))

    gaps = [p for p in card.priorities if p.dimension_id == dimension_id]
    paragraphs.append("**" + t("Gaps") + "**")
    if gaps:
        lines = []
        for priority in gaps:
            line = finding(priority.indicator_id, answers[priority.indicator_id])
            step = tr(framework.indicator(priority.indicator_id).recommendations[priority.stage], lang)
            lines.append(line + " " + i18n.gettext(lang, "Next step: {step}", step=_escape(_end(step))))
        paragraphs.append("\n".join(lines))
    else:
        paragraphs.append(t("No indicator is below the target stage."))

    unknown = [i.id for i in dimension.indicators() if i.id in card.unknown_ids]
    unanswered = [i.id for i in dimension.indicators() if i.id in card.unanswered_ids]
    if unknown:
        paragraphs.append(i18n.gettext(lang, "Not assessed for lack of data: {ids}.", ids=", ".join(unknown)))
    if unanswered:
        paragraphs.append(i18n.gettext(lang, "Not rated yet: {ids}.", ids=", ".join(unanswered)))
    return "\n\n".join(paragraphs) + "\n"
