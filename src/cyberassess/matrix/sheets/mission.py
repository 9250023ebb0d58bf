"""The Mission sheet: the mission record, the team, the institutions consulted and the documents reviewed.

Four blocks, one under the other: the mission's fields (type and status from drop-downs, dates as
YYYY-MM-DD, host, marking, limitations), then three tables (team; institutions and persons
consulted; documents reviewed) with the assessment's entries and empty rows for new ones. Where
each block starts is recorded in the metadata sheet (``mission_rows:<block>``), so the reader never
guesses. Every value read back goes through the store's own checks (:func:`read_mission`), so what
cannot be saved is rejected with its cell before anything is written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ...errors import InputError
from ...store import review_checks as check
from ...store.review_records import MISSION_TYPES, STATUSES, ConsultedEntry, MissionRecord, ReviewedDocument, TeamMember
from .common import BOLD, GRID, TITLE, WRAP_TOP, Content, fit_height, header_row, input_cell, page_setup, protect, put
from .dimension import validation

MISSION_FIELDS = (
    ("mission_type", "Mission type"),
    ("start_date", "Start date"),
    ("end_date", "End date"),
    ("host", "Host institution"),
    ("marking", "Marking"),
    ("status", "Status"),
    ("limitations", "Limitations"),
)
TABLES: dict[str, tuple[str, tuple[tuple[str, str], ...], int]] = {
    "team": ("Team", (("name", "Name"), ("role", "Role"), ("organisation", "Organisation")), 8),
    "consulted": (
        "Institutions and persons consulted",
        (("institution", "Institution"), ("name", "Name"), ("role", "Role"), ("date", "Date"), ("place", "Place")),
        30,
    ),
    "documents": ("Documents reviewed", (("title", "Title"), ("issuer", "Issuer"), ("date", "Date")), 20),
}
WIDTHS = (30, 30, 24, 14, 20)
MISSION_CHOICES = {"mission_type": MISSION_TYPES, "status": STATUSES}


@dataclass
class MissionContent:
    mission: MissionRecord
    team: Sequence[TeamMember] = ()
    consulted: Sequence[ConsultedEntry] = ()
    documents: Sequence[ReviewedDocument] = ()


@dataclass(frozen=True)
class MissionRow:
    """A block's row as read back: ``fields`` checked as the store checks them."""

    block: str  # mission, team, consulted, documents
    fields: dict[str, Any]
    cell: str


def write_mission(ws: Worksheet, content: Content, ranges: dict[str, str], data: MissionContent) -> dict[str, str]:
    """Write the sheet; returns the first row of each block (for the metadata sheet)."""
    t = content.t
    for index, width in enumerate(WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    put(ws, 1, 1, t("Mission"), font=TITLE)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(WIDTHS))
    starts = {"mission": "3"}
    row = 3
    for key, label in MISSION_FIELDS:
        put(ws, row, 1, t(label), font=BOLD, border=GRID)
        value = getattr(data.mission, key) or ""
        cell = put(ws, row, 2, t(value) if key in MISSION_CHOICES and value else value)
        input_cell(cell)
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=len(WIDTHS))
        if key in MISSION_CHOICES:
            dv = validation(ranges[key], t(label), "", t("Choose from the list."))
            ws.add_data_validation(dv)
            dv.add(cell)
        if key == "limitations":
            fit_height(ws, row, [(value, sum(WIDTHS[1:]))], minimum=45.0)
        row += 1
    entries = {"team": data.team, "consulted": data.consulted, "documents": data.documents}
    for block, (title, columns, empty) in TABLES.items():
        row += 1
        put(ws, row, 1, t(title), font=TITLE)
        row += 1
        header_row(ws, row, [t(h) for _k, h in columns], WIDTHS[: len(columns)])
        starts[block] = str(row + 1)
        row += 1
        for entry in [*entries[block], *([None] * empty)]:
            for column, (key, _h) in enumerate(columns, start=1):
                value = getattr(entry, key) if entry is not None else ""
                input_cell(put(ws, row, column, value or "", alignment=WRAP_TOP))
            row += 1
    page_setup(ws, content, printed_widths=WIDTHS)
    protect(ws, content.language)
    return starts


def _text(value: object) -> str:
    if isinstance(value, datetime | date):
        return value.strftime("%Y-%m-%d")
    if value is None:
        return ""
    return " ".join(str(value).split()) if not isinstance(value, str) else value.strip()


def check_mission_fields(values: dict[str, object], accepted: dict[str, dict[str, str]]) -> dict[str, Any]:
    """The mission's non-empty fields as the store would save them; InputError (hint: the field) otherwise."""
    fields: dict[str, Any] = {}
    for key, _label in MISSION_FIELDS:
        text = _text(values.get(key))
        if not text:
            continue
        try:
            if key in MISSION_CHOICES:
                code = accepted[key].get(text.casefold())
                if code is None:
                    raise InputError(f"'{text[:40]}' is not one of {', '.join(MISSION_CHOICES[key])}.")
                fields[key] = code
            elif key in ("start_date", "end_date"):
                fields[key] = check.check_date(key.replace("_", " "), text)
            elif key == "limitations":
                fields[key] = check.note("limitations", text)
            else:
                fields[key] = check.line(key, text)
        except InputError as exc:
            raise InputError(exc.message, key) from None
    if fields.get("start_date") and fields.get("end_date"):
        try:
            check.check_period(fields["start_date"], fields["end_date"])
        except InputError as exc:
            raise InputError(exc.message, "end_date") from None
    return fields


def check_entry(block: str, values: dict[str, object]) -> dict[str, Any]:
    """A table row's fields as the store would save them; InputError (hint: the column key) otherwise."""
    fields: dict[str, Any] = {}
    for key, _h in TABLES[block][1]:
        text = _text(values.get(key))
        try:
            fields[key] = check.check_date(key, text) if key == "date" else check.line(key, text)
        except InputError as exc:
            raise InputError(exc.message, key) from None
    first = TABLES[block][1][0][0]
    if not fields[first]:
        raise InputError(f"the {first} is missing", first)
    return fields
