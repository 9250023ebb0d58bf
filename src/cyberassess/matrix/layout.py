"""The matrix layout, shared by the writer and the reader: sheets, columns, labels and checksums.

A matrix workbook holds, in this order:

* a **cover** sheet (who, what, when, how to fill in and return it, the stage legend, and one
  editable cell "Filled in by");
* a **summary** sheet (scores, stages and coverage per dimension, with a native bar chart; only
  in matrices exported from an assessment);
* one **dimension** sheet per framework dimension: title in row 1, column headers in row 2 (frozen),
  then a heading row per section and one row per indicator with the columns of :data:`COLUMNS`;
* a **metadata** sheet that identifies the workbook (cell A1 holds :data:`MARKER`), names the
  other sheets and carries the SHA-256 over the answer cells and a checksum per row (not keyed:
  they show accidental changes only) and, when exported with a key, the signature of
  :mod:`.signature`;
* a hidden **lists** sheet with the drop-down choices.

Sheet titles and headers are translated; the reader finds sheets through the metadata sheet and
accepts headers in any supported language, and matches rows on indicator ids only.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from ..framework import Dimension, Framework, tr
from ..framework.model import LANGUAGES
from ..i18n import SUPPORTED, gettext
from ..store.records import AnswerValue

MARKER = "cyberassess-matrix"
FORMAT_VERSION = 2
TITLE_ROW = 1
HEADER_ROW = 2
FIRST_ROW = 3
EXCEL_TITLE_LIMIT = 31

Kind = Literal["assessment", "template"]
CONFIDENCES = ("low", "medium", "high")


@dataclass(frozen=True)
class Column:
    key: str
    header: str  # English source text, translated with gettext
    width: float
    editable: bool = False
    wrap: bool = False
    group: int = 0  # 1: the indicator's stage descriptors and guidance; 2: record-keeping; 3: hidden helpers


COLUMNS: tuple[Column, ...] = (
    Column("id", "Indicator", 9),
    Column("question", "Question", 34, wrap=True),
    Column("level", "Stage", 15, editable=True, wrap=True),
    Column("justification", "Justification", 34, editable=True, wrap=True),
    Column("confidence", "Confidence", 10, editable=True),
    Column("assessor", "Assessor", 13, editable=True, wrap=True),
    Column("comments", "Comments and recommendations", 24, editable=True, wrap=True),
    Column("documents", "Documents seen", 18, editable=True, wrap=True),
    Column("stage1", "Stage 1 described", 30, wrap=True, group=1),
    Column("stage2", "Stage 2 described", 30, wrap=True, group=1),
    Column("stage3", "Stage 3 described", 30, wrap=True, group=1),
    Column("stage4", "Stage 4 described", 30, wrap=True, group=1),
    Column("stage5", "Stage 5 described", 30, wrap=True, group=1),
    Column("guidance", "Guidance: documents to request, persons to interview", 45, wrap=True, group=1),
    Column("updated_at", "Last changed (UTC)", 17, group=2),
    Column("evidence", "Evidence files", 30, wrap=True, group=2),
    Column("evidence_sha256", "Evidence SHA-256", 34, wrap=True, group=2),
    Column("references", "Treaty references", 40, wrap=True, group=2),
    Column("weight", "Weight", 8, group=3),
    Column("stage_number", "Stage number", 8, group=3),
)
"""The columns of a dimension sheet (format 2). A to H print; the groups are collapsed (click + above)."""

LEGACY_COLUMNS: tuple[Column, ...] = (
    Column("id", "Indicator", 11),
    Column("question", "Question", 55, wrap=True),
    Column("level", "Stage", 22, editable=True, wrap=True),
    Column("justification", "Justification", 60, editable=True, wrap=True),
    Column("confidence", "Confidence", 13, editable=True),
    Column("assessor", "Assessor", 18, editable=True, wrap=True),
    Column("updated_at", "Last changed (UTC)", 28),
    Column("evidence", "Evidence files", 30, wrap=True),
    Column("evidence_sha256", "Evidence SHA-256", 34, wrap=True),
    Column("references", "Treaty references", 40, wrap=True),
)
"""The columns of a format 1 matrix (CyberAssess before the field matrix), still imported."""

COLUMN_INDEX = {c.key: i for i, c in enumerate(COLUMNS, start=1)}  # 1-based, as in openpyxl
ANSWER_COLUMNS = ("id", "level", "justification", "confidence", "assessor")
NOTE_COLUMNS = ("comments", "documents")
NOTE_HEADINGS = {"comments": "Comments and recommendations", "documents": "Documents seen"}
PRINTED_COLUMNS = tuple(c for c in COLUMNS if c.group == 0)


def columns_of(format_version: int) -> tuple[Column, ...]:
    return LEGACY_COLUMNS if format_version == 1 else COLUMNS


def joined_justification(justification: str, notes: Iterable[tuple[str, str]]) -> str:
    """The justification with the other written columns appended, each under its heading.

    The store keeps one text per answer, so what is written in "Comments and recommendations" and
    "Documents seen" is appended to the justification as ``<heading>:`` and the text, in the
    matrix's language; nothing written in a matrix is lost.
    """
    added = [f"{heading}:\n{text.strip()}" for heading, text in notes if text.strip()]
    if not added:
        return justification
    return "\n\n".join(([justification.rstrip()] if justification.strip() else []) + added)


def column_letter(key: str, columns: Sequence[Column] = COLUMNS) -> str:
    index = next(n for n, c in enumerate(columns) if c.key == key)
    return chr(ord("A") + index)


# ------------------------------------------------------------------ sheet titles
_TITLE_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def _sheet_title(text: str) -> str:
    text = _TITLE_FORBIDDEN.sub("-", " ".join(text.split())).strip("'")
    return text[:EXCEL_TITLE_LIMIT].rstrip() or "Sheet"


_CONNECTORS = {"and", "of", "the", "for", "et", "de", "des", "du", "la", "le", "les", "y", "del", "el", "los", "las"}


def dimension_sheet_title(dimension: Dimension, language: str) -> str:
    """``D1 Policy and strategy``: the id and the title without its parenthesis, cut at a word."""
    title = re.sub(r"\s*\([^)]*\)", "", tr(dimension.title, language)).strip() or tr(dimension.title, language)
    full = " ".join(f"{dimension.id} {title}".split())
    if len(full) > EXCEL_TITLE_LIMIT and " " in full[len(dimension.id) + 1 : EXCEL_TITLE_LIMIT - 1]:
        words = full[:EXCEL_TITLE_LIMIT].rsplit(" ", 1)[0].rstrip(" ,;-").split(" ")
        while len(words) > 2 and words[-1].casefold() in _CONNECTORS:  # "D4 Procedural law and" -> "... law"
            words.pop()
        full = " ".join(words).rstrip(" ,;-")
    return _sheet_title(full)


def fixed_sheet_title(key: str, language: str) -> str:
    return _sheet_title(
        gettext(
            language,
            {
                "cover": "Cover",
                "summary": "Summary",
                "metadata": "Metadata",
                "lists": "Lists",
                "treaty": "Treaty table",
                "actions": "Action plan",
                "mission": "Mission",
                "progress": "Progress",
            }[key],
        )
    )


def unique_titles(titles: Sequence[str]) -> list[str]:
    """Make sheet titles unique (case-insensitively, as Excel requires) by numbering repeats."""
    seen: set[str] = set()
    result = []
    for title in titles:
        candidate, n = title, 2
        while candidate.casefold() in seen:
            suffix = f" ({n})"
            candidate, n = title[: EXCEL_TITLE_LIMIT - len(suffix)] + suffix, n + 1
        seen.add(candidate.casefold())
        result.append(candidate)
    return result


# ------------------------------------------------------------------ labels of answers
NA_LABEL = "N/A - Not applicable"
UNKNOWN_LABEL = "Unknown / no data"


def level_label(framework: Framework, value: AnswerValue, language: str) -> str:
    """What the Stage cell shows: ``3 - Established``, ``N/A - Not applicable``, ``Unknown / no data``."""
    if value == "na":
        return gettext(language, NA_LABEL)
    if value == "unknown":
        return gettext(language, UNKNOWN_LABEL)
    return f"{value} - {tr(framework.stage(value).label, language)}"


def level_choices(framework: Framework, language: str) -> list[str]:
    """The drop-down list of the Stage column."""
    values: list[AnswerValue] = [1, 2, 3, 4, 5, "na", "unknown"]
    return [level_label(framework, v, language) for v in values]


def confidence_label(confidence: str, language: str) -> str:
    return gettext(language, confidence)


def _norm(text: str) -> str:
    text = text.replace("\u2013", "-").replace("\u2014", "-").replace("\u2212", "-")
    return " ".join(text.split()).casefold()


class ValueParser:
    """Reads Stage and Confidence cells written in any supported language, or typed by hand."""

    _LEADING_NUMBER = re.compile(r"^([0-9]+)(?:\s*[-:.)]\s*(.*))?$")

    def __init__(self, framework: Framework) -> None:
        languages = tuple(dict.fromkeys((*LANGUAGES, *SUPPORTED)))
        self.stage_labels: dict[str, int] = {}
        for stage in framework.stages:
            for lang in languages:
                self.stage_labels[_norm(tr(stage.label, lang))] = stage.level
        self.markers: dict[str, AnswerValue] = {}
        for text in ("na", "n/a", "n.a.", "not applicable", "not-applicable"):
            self.markers[text] = "na"
        for text in ("unknown", "?", "no data", "unknown / no data", "unknown/no data"):
            self.markers[text] = "unknown"
        for lang in languages:
            self.markers[_norm(gettext(lang, NA_LABEL))] = "na"
            self.markers[_norm(gettext(lang, "Not applicable"))] = "na"
            self.markers[_norm(gettext(lang, UNKNOWN_LABEL))] = "unknown"
            self.markers[_norm(gettext(lang, "Unknown"))] = "unknown"
        self.confidences: dict[str, str] = {}
        for confidence in CONFIDENCES:
            self.confidences[confidence] = confidence
            for lang in languages:
                self.confidences[_norm(gettext(lang, confidence))] = confidence

    def level(self, raw: object) -> AnswerValue | None:
        """The answer in a Stage cell; ``None`` when empty. Raises ``ValueError`` with a reason."""
        if raw is None:
            return None
        if isinstance(raw, bool):
            raise ValueError(f"'{raw}' is not a stage")
        if isinstance(raw, int | float):
            if raw != int(raw):
                raise ValueError(f"{raw} is not a whole stage number (use 1 to 5)")
            number = int(raw)
            if number not in range(1, 6):
                raise ValueError(f"stage {number} is out of range (use 1 to 5, N/A or Unknown)")
            return number
        if not isinstance(raw, str):
            raise ValueError(f"'{raw}' is not a stage")
        text = _norm(raw)
        if not text:
            return None
        if text in self.markers:
            return self.markers[text]
        if text in self.stage_labels:
            return self.stage_labels[text]
        try:
            number_text = float(text)
        except ValueError:
            pass
        else:
            return self.level(number_text)
        match = self._LEADING_NUMBER.match(text)
        if match:
            number = int(match.group(1))
            if number not in range(1, 6):
                raise ValueError(f"stage {number} is out of range (use 1 to 5, N/A or Unknown)")
            label = match.group(2)
            if label and self.stage_labels.get(label) != number:
                raise ValueError(f"'{raw.strip()[:60]}': the label does not match stage {number}")
            return number
        raise ValueError(f"'{raw.strip()[:60]}' is not a stage (use 1 to 5, N/A or Unknown)")

    def confidence(self, raw: object) -> str | None:
        if raw is None:
            return None
        if not isinstance(raw, str):
            raise ValueError(f"'{raw}' is not a confidence (use low, medium or high)")
        text = _norm(raw)
        if not text:
            return None
        if text in self.confidences:
            return self.confidences[text]
        raise ValueError(f"'{raw.strip()[:60]}' is not a confidence (use low, medium or high)")


def header_matches(cell_text: object, column: Column) -> bool:
    """True when a header cell holds the column's title in any supported language."""
    if not isinstance(cell_text, str):
        return False
    return _norm(cell_text) in {_norm(gettext(lang, column.header)) for lang in SUPPORTED}


# ------------------------------------------------------------------ checksums
def value_code(value: AnswerValue | None) -> str:
    return "" if value is None else str(value)


AnswerCells = tuple[str, str, str, str]  # indicator id, value code, justification, confidence


def answer_cells(
    indicator_id: str, value: AnswerValue | None, justification: str, confidence: str | None
) -> AnswerCells:
    return (indicator_id, value_code(value), justification, confidence or "")


def answers_sha256(framework: Framework, rows: Iterable[AnswerCells]) -> str:
    """SHA-256 over the canonical JSON of the answer cells, in framework order (row order ignored)."""
    order = {iid: n for n, iid in enumerate(framework.indicator_ids())}
    ordered = sorted(rows, key=lambda r: (order.get(r[0], len(order)), r))
    canonical = json.dumps([list(r) for r in ordered], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8", "surrogatepass")).hexdigest()


def row_checksum(cells: AnswerCells, assessor: str) -> str:
    """A short checksum of one row as exported: tells an untouched row from one edited in Excel."""
    canonical = json.dumps([*cells, assessor], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8", "surrogatepass")).hexdigest()[:20]


# ------------------------------------------------------------------ metadata keys
META_KEYS = (
    ("format", "Matrix format version"),
    ("kind", "assessment: answers exported from an assessment; template: a blank matrix"),
    ("framework_id", "Framework id"),
    ("framework_version", "Framework version"),
    ("framework_hash", "SHA-256 of the framework content"),
    ("file_uuid", "UUID of the assessment file (or of the blank template)"),
    ("country", "Country"),
    ("mission", "Mission"),
    ("assessors", "Assessors"),
    ("language", "Language of the labels"),
    ("exported_at", "Export time (UTC)"),
    ("app_version", "CyberAssess version"),
    ("filled_by_cell", "Cell of the cover sheet where the person filling in writes their name"),
    ("answers_sha256", "SHA-256 over the answer cells (indicator, stage, justification, confidence)"),
)
