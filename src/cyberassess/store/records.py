"""Plain, immutable views of what a ``.cyberassess`` file holds, handed to callers.

Callers (scoring, exporters, the GUI) get these dataclasses, never ORM rows, so nothing outside
the store can change the file by accident.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ..errors import InputError

AnswerValue = int | Literal["na", "unknown"]
NOT_APPLICABLE: Literal["na"] = "na"
UNKNOWN: Literal["unknown"] = "unknown"


def parse_value(text: str | int) -> AnswerValue:
    """``"1"``–``"5"`` → the level; ``na``/``n/a``/``not applicable`` and ``unknown`` → the markers."""
    raw = str(text).strip().lower()
    if raw in {"1", "2", "3", "4", "5"}:
        return int(raw)
    if raw in {"na", "n/a", "not applicable", "not-applicable"}:
        return NOT_APPLICABLE
    if raw in {"unknown", "?", "no data", "unknown / no data"}:
        return UNKNOWN
    raise InputError(f"'{text}' is not a valid answer.", "Use a stage 1-5, 'na' (not applicable) or 'unknown'.")


def value_to_text(value: AnswerValue) -> str:
    return str(value)


def text_to_value(text: str) -> AnswerValue:
    """A stored answer back to its value; raises :class:`InputError` for anything not valid."""
    return parse_value(str(text))


@dataclass(frozen=True)
class AnswerRecord:
    indicator_id: str
    value: AnswerValue | None  # None: a note without a rating yet
    justification: str
    confidence: str | None
    assessor: str
    updated_at: str
    revision: int

    @property
    def level(self) -> int | None:
        """The maturity stage 1–5, or ``None`` for Not applicable / Unknown."""
        return self.value if isinstance(self.value, int) else None

    @property
    def rated(self) -> bool:
        """True once a stage, Not applicable or Unknown has been chosen."""
        return self.value is not None


@dataclass(frozen=True)
class EvidenceRecord:
    id: int
    indicator_id: str
    file_name: str
    mime_type: str
    size: int
    sha256: str
    added_by: str
    added_at: str


@dataclass(frozen=True)
class HistoryRecord:
    id: int
    at: str
    assessor: str
    action: str
    indicator_id: str | None
    old: str | None
    new: str | None
    source: str


@dataclass(frozen=True)
class ReportRecord:
    id: int
    at: str
    kind: str
    file_name: str
    sha256: str
    signer: str | None
    certificate_sha256: str | None
    language: str


@dataclass(frozen=True)
class MergeInputRecord:
    source_uuid: str
    source_name: str
    assessor: str
    indicator_id: str
    value: AnswerValue
    justification: str
    confidence: str | None
    updated_at: str


@dataclass(frozen=True)
class AssessmentInfo:
    file_uuid: str
    schema_version: int
    app_version_created: str
    app_version_written: str
    framework_id: str
    framework_version: str
    framework_hash: str
    country: str
    mission: str
    assessors: tuple[str, ...]
    target_stage: int
    created_at: str
    modified_at: str
    last_indicator_id: str | None
