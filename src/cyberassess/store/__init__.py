"""The ``.cyberassess`` document: schema, migrations, locking, evidence and the Assessment API.

:class:`Assessment` (and the rest of :mod:`.document`) is imported on first use: it brings in
SQLAlchemy, which the desktop app loads only after its first window is painted (see
:mod:`.snapshot`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .fileformat import FILE_SUFFIX, SCHEMA_VERSION
from .records import (
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
)

if TYPE_CHECKING:
    from .document import KEEP, Assessment, utc_now

_FROM_DOCUMENT = frozenset({"KEEP", "Assessment", "utc_now"})


def __getattr__(name: str) -> Any:
    if name in _FROM_DOCUMENT:
        from . import document

        return getattr(document, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "FILE_SUFFIX",
    "KEEP",
    "NOT_APPLICABLE",
    "SCHEMA_VERSION",
    "UNKNOWN",
    "AnswerRecord",
    "AnswerValue",
    "Assessment",
    "AssessmentInfo",
    "EvidenceRecord",
    "HistoryRecord",
    "MergeInputRecord",
    "ReportRecord",
    "parse_value",
    "utc_now",
]
