"""Everything a report shows, read from the assessment once, before any page is laid out."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from ..framework import Framework
from ..scoring import Disagreement, ScoreCard, find_disagreements, score_assessment
from ..store.document import Assessment
from ..store.records import AnswerRecord, AssessmentInfo, EvidenceRecord, HistoryRecord, ReportRecord

if TYPE_CHECKING:
    from ..compare.progress import Progress
    from ..review.treaty import Provision
    from ..store.review_records import (
        Action,
        ConsultedEntry,
        MissionRecord,
        ReviewedDocument,
        TeamMember,
        TreatyEntry,
    )


@dataclass(frozen=True)
class SignerInfo:
    """Who signs the report, printed on its last page before the signature is applied."""

    name: str
    organisation: str | None
    certificate_sha256: str
    self_signed: bool
    not_after: datetime


@dataclass(frozen=True)
class ReviewData:
    """The review record (mission, team, consultations, narratives, action plan, treaty table).

    ``mission`` is None when the assessment file has no review record (written before there was one).
    """

    mission: MissionRecord | None = None
    team: tuple[TeamMember, ...] = ()
    consulted: tuple[ConsultedEntry, ...] = ()
    documents: tuple[ReviewedDocument, ...] = ()
    narratives: dict[str, str] = field(default_factory=dict)
    actions: tuple[Action, ...] = ()
    treaty: dict[str, TreatyEntry] = field(default_factory=dict)
    provisions: tuple[Provision, ...] = ()

    @property
    def draft(self) -> bool:
        return self.mission is None or self.mission.status != "final"


@dataclass(frozen=True)
class RetiredAnswerData:
    """An answer kept from an indicator a framework upgrade took out (retired, merged or split)."""

    indicator_id: str
    framework_version: str  # the version the indicator belonged to
    question: str  # its question as it was (English), kept in the file
    value: str | None  # "1".."5", "na", "unknown" or None, as stored
    justification: str
    assessor: str
    updated_at: str

    @property
    def level(self) -> int | None:
        return int(self.value) if self.value is not None and self.value.isdigit() else None


@dataclass(frozen=True)
class ReportData:
    info: AssessmentInfo
    framework: Framework
    answers: dict[str, AnswerRecord]
    card: ScoreCard
    evidence: tuple[EvidenceRecord, ...]
    history: tuple[HistoryRecord, ...]
    reports: tuple[ReportRecord, ...]
    disagreements: tuple[Disagreement, ...]
    merged_sources: tuple[str, ...]
    generated_at: datetime
    app_version: str
    signer: SignerInfo | None
    review: ReviewData = field(default_factory=ReviewData)
    progress: Progress | None = None  # a follow-up's progress since its baseline (None: no baseline)
    retired: tuple[RetiredAnswerData, ...] = ()  # answers of indicators no longer in the framework


def collect_review(doc: Assessment) -> ReviewData:
    """The review record of ``doc``, with the treaty provisions its framework references."""
    from ..review.treaty import provisions

    return ReviewData(
        mission=doc.mission(),
        team=tuple(doc.team()),
        consulted=tuple(doc.consulted()),
        documents=tuple(doc.reviewed_documents()),
        narratives={k: v.text for k, v in doc.narratives().items() if v.text.strip()},
        actions=tuple(doc.actions()),
        treaty=dict(doc.treaty_entries()),
        provisions=tuple(provisions(doc.framework)),
    )


def collect_retired(doc: Assessment) -> tuple[RetiredAnswerData, ...]:
    """The answers a framework upgrade kept from indicators no longer in the framework, oldest first."""
    from ..store.upgrade import retired_answers

    return tuple(
        RetiredAnswerData(
            indicator_id=str(row["indicator_id"]),
            framework_version=str(row["framework_version"]),
            question=str(row["question"] or ""),
            value=None if row["value"] is None else str(row["value"]),
            justification=str(row["justification"] or ""),
            assessor=str(row["assessor"] or ""),
            updated_at=str(row["updated_at"] or ""),
        )
        for row in retired_answers(doc)
    )


def collect(doc: Assessment, *, generated_at: datetime, signer: SignerInfo | None) -> ReportData:
    """Read the assessment into a :class:`ReportData` (no layout, no reportlab)."""
    from .. import __version__
    from ..compare import progress_of

    inputs = doc.merge_inputs()
    sources = tuple(dict.fromkeys(m.assessor or m.source_name for m in inputs))
    return ReportData(
        info=doc.info,
        framework=doc.framework,
        answers=doc.answers(),
        card=score_assessment(doc),
        evidence=tuple(doc.evidence()),
        history=tuple(doc.history()),
        reports=tuple(doc.reports()),
        disagreements=tuple(find_disagreements(doc.framework, inputs)),
        merged_sources=sources,
        generated_at=generated_at,
        app_version=__version__,
        signer=signer,
        review=collect_review(doc),
        progress=progress_of(doc),
        retired=collect_retired(doc),
    )
