"""The Cover sheet: who, what and when, the cells to type in, how to fill in and return, the stage legend.

In a blank matrix the country, the mission and the assessors are yellow cells to type in, like
"Filled in by"; their addresses are recorded in the metadata sheet and read back on import (see
:mod:`cyberassess.matrix.importer`). In an exported matrix they show the assessment's details.
"""

from __future__ import annotations

from openpyxl.styles import Alignment
from openpyxl.worksheet.worksheet import Worksheet

from ... import __version__
from ...framework import tr
from .. import layout as L
from .common import (
    BIG_TITLE,
    BOLD,
    NOTE,
    TITLE,
    TOP,
    WRAP_TOP,
    Content,
    fit_height,
    input_cell,
    page_setup,
    protect,
    put,
)

COVER_FIELDS = ("country", "mission", "assessors", "filled_by")


def stamp(iso: str) -> str:
    return iso.replace("T", " ").replace("+00:00", " UTC")


def _instruments_fact(content: Content) -> list[tuple[str, str, str | None]]:
    """The cover's line naming the instruments that apply (an export of an assessment; a blank has none)."""
    if content.instruments is None:
        return []
    names = ", ".join(tr(content.framework.instrument(i).short, content.language) for i in content.instruments)
    return [(content.t("Instruments that apply"), names or "–", None)]


def write_cover(ws: Worksheet, content: Content) -> dict[str, str]:
    """Write the cover; returns the addresses of the cells to type in (``filled_by`` and, blank, the details)."""
    fw, lang, t = content.framework, content.language, content.t
    ws.column_dimensions["A"].width = 26
    ws.column_dimensions["B"].width = 70
    put(ws, 1, 1, t("Cybercrime capacity assessment matrix"), font=BIG_TITLE)
    ws.row_dimensions[1].height = 24
    put(ws, 2, 1, tr(fw.name, lang), font=BOLD)
    blank = content.kind == "template"
    kind_text = t("Answers exported from an assessment") if not blank else t("Blank matrix to fill in and return")
    cells: dict[str, str] = {}
    facts: list[tuple[str, str, str | None]] = [
        (t("Type"), kind_text, None),
        (t("Country"), content.country, "country"),
        (t("Mission"), content.mission, "mission"),
        (t("Assessors"), ", ".join(content.assessors), "assessors"),
        (t("Framework"), f"{fw.id} {fw.version}", None),
        *_instruments_fact(content),
        (t("File UUID"), content.file_uuid, None),
        (t("Exported"), stamp(content.exported_at), None),
        (t("Exported with"), f"CyberAssess {__version__}", None),
    ]
    row = 4
    for label, value, key in facts:
        put(ws, row, 1, label, font=BOLD, alignment=TOP)
        cell = put(ws, row, 2, value, alignment=WRAP_TOP)
        if blank and key:
            input_cell(cell)
            cells[key] = f"B{row}"
            ws.row_dimensions[row].height = 30 if content.for_print else None
        row += 1
    put(ws, row, 1, t("Filled in by (your name)"), font=BOLD)
    input_cell(ws.cell(row=row, column=2))
    cells["filled_by"] = f"B{row}"
    if content.for_print:
        ws.row_dimensions[row].height = 30
    row += 1
    if blank:
        hint = t("Assessors: separate several names with semicolons, e.g. Ana Ruiz; Omar Haddad.")
        put(ws, row, 2, hint, font=NOTE, alignment=WRAP_TOP)
        row += 1
    row += 1
    put(ws, row, 1, t("How to fill in and return this matrix"), font=TITLE)
    row += 1
    steps = [
        t("Each dimension has its own sheet, with one row per indicator. Fill in only the yellow cells."),
        t(
            "Stage: choose from the drop-down list, 1 (Start-up) to 5 (Dynamic), or N/A (not applicable), "
            "or Unknown (no data). The stages are described below."
        ),
        t(
            "Each indicator's own five stage descriptors and its guidance (documents to request, persons to "
            "interview) are in the grouped columns to the right: click the + above the columns to show them."
        ),
        t("Justification: say what you observed, which documents you read and whom you interviewed."),
        t(
            "Comments and recommendations, Documents seen: optional; on import they are added to the "
            "justification under their heading."
        ),
        t("Confidence: low, medium or high. Assessor: your name (or write it once above)."),
        t("The Summary sheet computes the scores from the stages as you fill them in."),
        t(
            "Do not rename the sheets, move or delete columns, or change the indicator ids: CyberAssess "
            "matches the rows on the indicator ids. Grey cells are protected (no password)."
        ),
        t(
            "Save as an Excel workbook (.xlsx), not .xlsm, .xls or .csv, and send it back to the mission lead, "
            "who imports it in CyberAssess (Import matrix, or: cyberassess import-xlsx)."
        ),
        t("Answers are compared with the assessment on import: nothing is overwritten without the assessor's choice."),
    ]
    for n, step in enumerate(steps, start=1):
        put(ws, row, 1, f"{n}.", alignment=Alignment(horizontal="right", vertical="top"))
        put(ws, row, 2, step, alignment=WRAP_TOP)
        fit_height(ws, row, [(step, 70)])
        row += 1
    row += 1
    put(ws, row, 1, t("Maturity stages"), font=TITLE)
    row += 1
    for stage in fw.stages:
        put(ws, row, 1, f"{stage.level} - {tr(stage.label, lang)}", font=BOLD, alignment=TOP)
        description = tr(stage.description, lang)
        put(ws, row, 2, description, alignment=WRAP_TOP)
        fit_height(ws, row, [(description, 70)])
        row += 1
    markers = (
        (L.NA_LABEL, "The indicator does not apply to this country's legal system or institutions."),
        (L.UNKNOWN_LABEL, "No information could be obtained; never counted as stage zero."),
    )
    for label, text in markers:
        put(ws, row, 1, t(label), font=BOLD, alignment=TOP)
        put(ws, row, 2, t(text), alignment=WRAP_TOP)
        row += 1
    page_setup(ws, content, printed_widths=(26, 70), landscape=False)
    protect(ws, lang)
    ws.sheet_view.showGridLines = False
    return cells
