"""The ``.cyberassess`` document: schema, migrations, locking, evidence and the Assessment API.

:class:`Assessment` (and the rest of :mod:`.document`) is imported on first use: it brings in
SQLAlchemy, which the desktop app loads only after its first window is painted (see
:mod:`.snapshot`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .fileformat import FILE_SUFFIX, SCHEMA_VERSION
from .records import (
    KEEP,
    NOT_APPLICABLE,
    UNKNOWN,
    AnswerRecord,
    AnswerValue,
    AssessmentInfo,
    EvidenceRecord,
    HistoryRecord,
    MergeInputRecord,
    ReportRecord,
    parse_value,
    utc_now,
)
from .review_records import (
    ACTION_STATUSES,
    COMPLIANCE,
    EFFORTS,
    HORIZONS,
    MISSION_TYPES,
    NARRATIVE_SECTIONS,
    STATUSES,
    Action,
    ConsultedEntry,
    MissionRecord,
    Narrative,
    NarrativeInput,
    ReviewedDocument,
    TeamMember,
    TreatyEntry,
)

if TYPE_CHECKING:
    from .document import Assessment

_FROM_DOCUMENT = frozenset({"Assessment"})


def __getattr__(name: str) -> Any:
    if name in _FROM_DOCUMENT:
        from . import document

        return getattr(document, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "ACTION_STATUSES",
    "COMPLIANCE",
    "EFFORTS",
    "FILE_SUFFIX",
    "HORIZONS",
    "KEEP",
    "MISSION_TYPES",
    "NARRATIVE_SECTIONS",
    "NOT_APPLICABLE",
    "SCHEMA_VERSION",
    "STATUSES",
    "UNKNOWN",
    "Action",
    "AnswerRecord",
    "AnswerValue",
    "Assessment",
    "AssessmentInfo",
    "ConsultedEntry",
    "EvidenceRecord",
    "HistoryRecord",
    "MergeInputRecord",
    "MissionRecord",
    "Narrative",
    "NarrativeInput",
    "ReportRecord",
    "ReviewedDocument",
    "TeamMember",
    "TreatyEntry",
    "parse_value",
    "utc_now",
]
