"""Everything a report shows, read from the assessment once, before any page is laid out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ..framework import Framework
from ..scoring import Disagreement, ScoreCard, find_disagreements, score_assessment
from ..store.document import Assessment
from ..store.records import AnswerRecord, AssessmentInfo, EvidenceRecord, HistoryRecord, ReportRecord


@dataclass(frozen=True)
class SignerInfo:
    """Who signs the report, printed on its last page before the signature is applied."""

    name: str
    organisation: str | None
    certificate_sha256: str
    self_signed: bool
    not_after: datetime


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


def collect(doc: Assessment, *, generated_at: datetime, signer: SignerInfo | None) -> ReportData:
    """Read the assessment into a :class:`ReportData` (no layout, no reportlab)."""
    from .. import __version__

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
    )
