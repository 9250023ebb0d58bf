"""The hidden Lists sheet (drop-down choices) and the Metadata sheet that identifies the workbook."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from openpyxl.utils import quote_sheetname
from openpyxl.worksheet.worksheet import Worksheet

from ... import __version__
from .. import layout as L
from ..safety import put_text
from ..signature import signature_rows
from .common import BOLD, WRAP_TOP, Content, page_setup, protect


def write_lists(ws: Worksheet, content: Content, extra: Mapping[str, Sequence[str]] = {}) -> dict[str, str]:
    """The drop-down choices, one list per column; returns each list's absolute range by name."""
    lists: dict[str, Sequence[str]] = {
        "level": L.level_choices(content.framework, content.language),
        "confidence": [L.confidence_label(c, content.language) for c in L.CONFIDENCES],
        **extra,
    }
    sheet = quote_sheetname(ws.title)
    ranges = {}
    for column, (name, values) in enumerate(lists.items(), start=1):
        letter = chr(ord("A") + column - 1)
        for row, text in enumerate(values, start=1):
            put_text(ws.cell(row=row, column=column), text)
        ranges[name] = f"{sheet}!${letter}$1:${letter}${max(1, len(values))}"
    protect(ws, content.language)
    return ranges


def write_metadata(
    ws: Worksheet,
    content: Content,
    sheet_map: Mapping[str, str],
    cover_cells: Mapping[str, str],
    rows: Sequence[tuple[L.AnswerCells, str]],
) -> None:
    fw, t = content.framework, content.t
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 70
    ws.column_dimensions["C"].width = 60
    put_text(ws.cell(row=1, column=1), L.MARKER)
    ws.cell(row=1, column=2).value = L.FORMAT_VERSION
    put_text(ws.cell(row=1, column=3), t("Do not edit this sheet: CyberAssess checks the matrix with it."))
    for cell in ws[1]:
        cell.font = BOLD
    values = {
        "format": str(L.FORMAT_VERSION),
        "kind": content.kind,
        "framework_id": fw.id,
        "framework_version": fw.version,
        "framework_hash": fw.content_hash,
        "file_uuid": content.file_uuid,
        "country": content.country,
        "mission": content.mission,
        "assessors": "; ".join(content.assessors),
        "language": content.language,
        "exported_at": content.exported_at,
        "app_version": __version__,
        "filled_by_cell": cover_cells["filled_by"],
        "answers_sha256": L.answers_sha256(fw, (cells for cells, _ in rows)) if content.kind == "assessment" else "",
        "instruments": ",".join(content.instruments) if content.instruments is not None else "",
    }
    extra: list[tuple[str, str, str]] = []
    if content.key is not None and content.kind == "assessment":
        extra = signature_rows(content.key, values, content.answers, fw.indicator_ids())
    typed = {
        "country": "Cell of the cover sheet where the country is typed",
        "mission": "Cell of the cover sheet where the mission is typed",
        "assessors": "Cell of the cover sheet where the assessors are typed",
    }
    for key, description in typed.items():
        if key in cover_cells:
            extra.append((f"{key}_cell", cover_cells[key], description))
    for key, first in cover_cells.items():
        if key.startswith("mission_rows:"):
            extra.append((key, first, "First row of this block of the Mission sheet"))
    row = 2
    for key, value, description in [(k, values[k], d) for k, d in L.META_KEYS] + extra:
        put_text(ws.cell(row=row, column=1), key)
        if value:
            put_text(ws.cell(row=row, column=2), value)
        put_text(ws.cell(row=row, column=3), t(description))
        row += 1
    for key, title in sheet_map.items():
        put_text(ws.cell(row=row, column=1), f"sheet:{key}")
        put_text(ws.cell(row=row, column=2), title)
        row += 1
    if content.kind == "assessment":
        for cells, assessor in rows:
            put_text(ws.cell(row=row, column=1), f"row:{cells[0]}")
            put_text(ws.cell(row=row, column=2), L.row_checksum(cells, assessor))
            answer = content.answers.get(cells[0])
            if answer is not None and answer.updated_at:
                put_text(ws.cell(row=row, column=3), answer.updated_at)  # exact time behind the date cell
            row += 1
    for line in ws.iter_rows(min_row=2, max_row=row - 1, max_col=3):
        for cell in line:
            cell.alignment = WRAP_TOP
    page_setup(ws, content, printed_widths=(24, 70, 60))
    protect(ws, content.language)
