"""The Treaty table sheet: how national law implements each treaty provision the framework cites.

One row per provision (its key, instrument, article, title and the indicators that cite it, all
protected), then three cells to write in: the national provision, the compliance (drop-down: full,
partial, none, not assessed) and a note. Exported with the assessment's entries; empty in a blank.
Read back by :mod:`..reader` (:class:`~.reader.TreatyRow`) and compared with the assessment's
table on import like answers.
"""

from __future__ import annotations

from collections.abc import Mapping

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ...framework import tr
from ...review.treaty import provisions
from ...store.review_records import TreatyEntry
from ..safety import EXCEL_CELL_LIMIT, excel_escape
from .common import GRID, TITLE, TOP, WRAP_TOP, Content, fit_height, header_row, input_cell, page_setup, protect, put
from .dimension import clip, validation

TREATY_COLUMNS = (
    ("provision", "Provision", 13),
    ("instrument", "Instrument", 12),
    ("article", "Article", 8),
    ("title", "Title", 30),
    ("indicators", "Indicators", 14),
    ("national_provision", "National provision", 30),
    ("compliance", "Compliance", 14),
    ("note", "Note", 34),
)
TREATY_EDITABLE = ("national_provision", "compliance", "note")
COMPLIANCE_LABELS = {"full": "Full", "partial": "Partial", "none": "None", "not-assessed": "Not assessed"}
TREATY_FIRST_ROW = 3


def write_treaty(ws: Worksheet, content: Content, compliance_range: str, entries: Mapping[str, TreatyEntry]) -> None:
    fw, lang, t = content.framework, content.language, content.t
    widths = [w for _k, _h, w in TREATY_COLUMNS]
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    put(ws, 1, 1, t("Treaty table"), font=TITLE)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(TREATY_COLUMNS))
    header_row(ws, 2, [t(h) for _k, h, _w in TREATY_COLUMNS], widths)
    ws.freeze_panes = f"B{TREATY_FIRST_ROW}"
    dv = validation(
        compliance_range,
        t("Compliance"),
        t("Does national law implement this provision: full, partial, none or not assessed?"),
        t("Choose full, partial, none or not assessed from the list."),
    )
    ws.add_data_validation(dv)
    row = TREATY_FIRST_ROW
    for provision in provisions(fw, content.instruments):
        entry = entries.get(provision.key)
        try:
            instrument_text = tr(fw.instrument(provision.instrument).short, lang)
        except (StopIteration, KeyError):
            instrument_text = provision.instrument
        texts = {
            "provision": provision.key,
            "instrument": instrument_text,
            "article": provision.article,
            "title": provision.title_in(lang),
            "indicators": ", ".join(provision.indicator_ids),
            "national_provision": entry.national_provision if entry is not None else "",
            "compliance": t(COMPLIANCE_LABELS[entry.compliance]) if entry is not None else "",
            "note": entry.note if entry is not None else "",
        }
        for column, (key, _header, _width) in enumerate(TREATY_COLUMNS, start=1):
            text = texts[key]
            if key in TREATY_EDITABLE and len(excel_escape(text)) > EXCEL_CELL_LIMIT:
                text = clip(text)
            cell = put(ws, row, column, text, alignment=WRAP_TOP if key != "article" else TOP, border=GRID)
            if key in TREATY_EDITABLE:
                input_cell(cell)
        dv.add(ws.cell(row=row, column=7))
        fit_height(
            ws, row, [(texts[k], w) for k, _h, w in TREATY_COLUMNS if k in ("title", "national_provision", "note")]
        )
        row += 1
    page_setup(ws, content, printed_widths=widths, title_rows="1:2")
    protect(ws, lang)
