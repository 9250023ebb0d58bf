"""Plain, immutable views of what a ``.cyberassess`` file holds, handed to callers.

Callers (scoring, exporters, the GUI) get these dataclasses, never ORM rows, so nothing outside
the store can change the file by accident.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final, Literal, Protocol

from ..errors import CorruptDocumentError, InputError
from ..safetext import MAX_LINE_CHARS, MAX_NOTE_CHARS, safe_name

AnswerValue = int | Literal["na", "unknown"]


def utc_now() -> str:
    """The time stamp of the history and of every record: UTC, ISO 8601, milliseconds."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")


class Row(Protocol):
    """A database row by column name: a SQLAlchemy mapping, a ``sqlite3.Row`` or a dict."""

    def __getitem__(self, key: str, /) -> Any: ...


class _Keep:
    def __repr__(self) -> str:
        return "KEEP"


KEEP: Final = _Keep()  # "leave this field as it is" in the edit methods of :class:`.Assessment`

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
    # the instrument ids recorded as applying to the country (since schema 5); None: every instrument
    # of the framework. :meth:`.Assessment.instruments` gives them resolved against the framework.
    instruments: tuple[str, ...] | None = None


def bounded(text: object, limit: int) -> str:
    """Stored text as read from a file, at most ``limit`` characters: cut, with a visible marker, if longer.

    What CyberAssess writes is bounded where it enters (:func:`.safetext.check_text`); a file
    changed outside it may hold far more. Every record handed out is built through here, so that
    exports and windows stay bounded whatever the file holds; the cut text with its marker still
    fits the bound, so it can be saved back as it is shown.
    """
    value = "" if text is None else text if isinstance(text, str) else str(text)
    if len(value) <= limit:
        return value
    marker = " [… {:,} more characters not shown: the file holds more than CyberAssess stores]"
    keep = max(0, limit - len(marker.format(len(value))))
    return value[:keep] + marker.format(len(value) - keep)


def answer_from_row(row: Row) -> AnswerRecord:
    """An ``answer`` row as a record; a stored value that is not an answer means a damaged file."""
    try:
        value = text_to_value(row["value"]) if row["value"] is not None else None
    except InputError:
        raise CorruptDocumentError(
            f"The saved answer to {row['indicator_id']} is not valid ({row['value']!r:.40}).",
            "The file was changed outside CyberAssess; restore it from a backup copy.",
        ) from None
    return AnswerRecord(
        indicator_id=row["indicator_id"],
        value=value,
        justification=bounded(row["justification"], MAX_NOTE_CHARS),
        confidence=row["confidence"],
        assessor=bounded(row["assessor"], MAX_LINE_CHARS),
        updated_at=row["updated_at"],
        revision=row["revision"],
    )


EVIDENCE_COLUMNS = ("id", "indicator_id", "file_name", "mime_type", "size", "sha256", "added_by", "added_at")


def evidence_from_row(row: Row) -> EvidenceRecord:
    """An ``evidence`` row (any of its columns but the content) as a record.

    The stored name is shown and written: control and bidirectional characters (a right-to-left
    override disguising ``report.pdf<U+202E>gpj.exe`` as a picture) are neutralised here, for every caller.
    """
    fields = {name: row[name] for name in EVIDENCE_COLUMNS}
    fields["file_name"] = safe_name(bounded(fields["file_name"], MAX_LINE_CHARS))
    fields["added_by"] = bounded(fields["added_by"], MAX_LINE_CHARS)
    return EvidenceRecord(**fields)


def info_from_row(row: Row | None, file_name: str) -> AssessmentInfo:
    """The ``meta`` row as the assessment's details, refusing values that mean a damaged file."""
    if row is None:
        raise CorruptDocumentError(f"{file_name} has no assessment record.", "Restore it from a backup.")
    target = row["target_stage"]
    for field, ok in (
        ("target_stage", isinstance(target, int) and not isinstance(target, bool) and 1 <= target <= 5),
        ("framework_id", isinstance(row["framework_id"], str) and bool(row["framework_id"])),
        ("file_uuid", isinstance(row["file_uuid"], str) and bool(row["file_uuid"])),
        ("country", isinstance(row["country"], str)),
    ):
        if not ok:
            raise CorruptDocumentError(
                f"{file_name} is damaged: its {field} is not valid ({row[field]!r:.60}).",
                "Restore it from a backup copy.",
            )
    try:
        assessors = tuple(bounded(a, MAX_LINE_CHARS) for a in json.loads(bounded(row["assessors"], MAX_NOTE_CHARS)))
    except (ValueError, TypeError, RecursionError):
        assessors = ()
    return AssessmentInfo(
        file_uuid=row["file_uuid"],
        schema_version=row["schema_version"],
        app_version_created=row["app_version_created"],
        app_version_written=row["app_version_written"],
        framework_id=row["framework_id"],
        framework_version=row["framework_version"],
        framework_hash=row["framework_hash"],
        country=bounded(row["country"], MAX_LINE_CHARS),
        mission=bounded(row["mission"], MAX_LINE_CHARS),
        assessors=assessors,
        target_stage=target,
        created_at=row["created_at"],
        modified_at=row["modified_at"],
        last_indicator_id=row["last_indicator_id"],
        instruments=instruments_from_text(row["instruments"]),
    )


MAX_INSTRUMENT_IDS = 500  # as many as a framework may declare (framework.limits.MAX_INSTRUMENTS)


def instruments_from_text(text: object) -> tuple[str, ...] | None:
    """The stored instrument list (a JSON list of ids) → the ids; ``None`` for NULL or a value that is not one.

    A list changed outside CyberAssess into something else reads as "every instrument", the
    behaviour of files made before the choice existed; ids the framework does not declare are
    ignored where the choice is applied.
    """
    if not isinstance(text, str) or len(text) > MAX_NOTE_CHARS:
        return None
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None
    if not isinstance(data, list) or len(data) > MAX_INSTRUMENT_IDS or not all(isinstance(i, str) for i in data):
        return None
    return tuple(bounded(i, MAX_LINE_CHARS) for i in data)
