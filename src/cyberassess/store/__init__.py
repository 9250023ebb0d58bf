"""The ``.cyberassess`` document: schema, migrations, locking, evidence and the Assessment API."""

from .document import FILE_SUFFIX, KEEP, Assessment, utc_now
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
from .schema import SCHEMA_VERSION

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
