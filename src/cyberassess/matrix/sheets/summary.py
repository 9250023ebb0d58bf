"""The Summary sheet: live scores computed by Excel (or LibreOffice) from the dimension sheets' stages.

Every figure is a formula, by the same rule as the application (:mod:`cyberassess.scoring`): a
dimension's score is the mean of its rated indicators' stages weighted by indicator weight
(``SUMPRODUCT`` of weight × stage over the stage numbers, divided by the ``SUMPRODUCT`` of the
weights of the cells that hold a number), rounded to four decimals; Not applicable and Unknown
have no stage number, so they are left out and never count as zero. The stage reached is the
whole part of the score, coverage is rated / (indicators − Not applicable), the gap is target −
score (never negative). So a partner who changes a stage in Excel sees the scores move. The
target stage is a yellow cell. CyberAssess itself never reads these formulas or their results.
"""

from __future__ import annotations

from collections.abc import Sequence

from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.styles import Alignment
from openpyxl.utils import quote_sheetname
from openpyxl.worksheet.worksheet import Worksheet

from ...framework import tr
from .. import layout as L
from .common import BOLD, GRID, NOTE, TITLE, WRAP_TOP, Content, header_row, input_cell, page_setup, protect, put

SUMMARY_HEADERS = ("Dimension", "Title", "Score", "Stage", "Rated", "Applicable", "Coverage", "Gap to target")
_WIDTHS = (20, 38, 9, 20, 9, 12, 11, 16, 10)
FIRST_DIMENSION_ROW = 10  # row of D1 (the header row is just above)
TARGET_CELL = "B6"


def write_summary(
    ws: Worksheet,
    content: Content,
    ranges: Sequence[tuple[str, str, str, int]],
    lists_title: str,
) -> None:
    """``ranges``: per dimension, its weight range, stage-number range, Stage-cell range and indicator count."""
    fw, lang, t = content.framework, content.language, content.t
    for index, width in enumerate(_WIDTHS, start=1):
        ws.column_dimensions[chr(ord("A") + index - 1)].width = width
    for hidden in ("J", "K"):
        ws.column_dimensions[hidden].hidden = True
    put(ws, 1, 1, t("Summary"), font=TITLE)
    put(ws, 1, 2, content.country, font=TITLE)
    ws.row_dimensions[1].height = 22
    put(ws, 2, 1, t("Scores are computed in this workbook from the stages on the dimension sheets."), font=NOTE)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(_WIDTHS))
    first, last = FIRST_DIMENSION_ROW, FIRST_DIMENSION_ROW + len(fw.dimensions) - 1
    stages = f"{quote_sheetname(lists_title)}!$A$1:$A$5"

    def stage_of(ref: str) -> str:
        return f'=IF({ref}="","",INDEX({stages},INT({ref})))'

    weights, weighted = f"SUM(K{first}:K{last})", f"SUM(J{first}:J{last})"
    overall = [
        (t("Overall score"), f'=IF({weights}=0,"",ROUND({weighted}/{weights},4))', "0.00"),
        (t("Stage reached"), stage_of("B3"), None),
        (t("Coverage"), f"=IF(SUM(F{first}:F{last})=0,1,SUM(E{first}:E{last})/SUM(F{first}:F{last}))", "0%"),
    ]
    row = 3
    for label, formula, number_format in overall:
        put(ws, row, 1, label, font=BOLD)
        cell = ws.cell(row=row, column=2, value=formula)
        cell.alignment = Alignment(horizontal="left")
        if number_format:
            cell.number_format = number_format
        row += 1
    put(ws, 6, 1, t("Target stage"), font=BOLD)
    target = ws[TARGET_CELL]
    target.value = content.target_stage
    input_cell(target, wrap=False)
    target.alignment = Alignment(horizontal="left")
    headers = [t(h) for h in SUMMARY_HEADERS] + [t("Target stage")]
    header_row(ws, first - 1, headers, _WIDTHS)
    for row, (dimension, (weights, numbers, levels, count)) in enumerate(
        zip(fw.dimensions, ranges, strict=True), start=first
    ):
        na = L.level_label(fw, "na", lang).replace('"', '""')
        formulas: list[tuple[object, str | None]] = [
            (dimension.id, None),
            (tr(dimension.title, lang), None),
            (f'=IF(K{row}=0,"",ROUND(J{row}/K{row},4))', "0.00"),
            (stage_of(f"C{row}"), None),
            (f"=COUNT({numbers})", "0"),
            (f'={count}-SUMPRODUCT(--({levels}="{na}"))', "0"),
            (f"=IF(F{row}=0,1,E{row}/F{row})", "0%"),
            (f'=IF(C{row}="","",MAX(0,${TARGET_CELL[0]}${TARGET_CELL[1:]}-C{row}))', "0.00"),
            (f"=${TARGET_CELL[0]}${TARGET_CELL[1:]}", "0"),
            (f"=SUMPRODUCT({weights},{numbers})", None),
            (f"=SUMPRODUCT({weights},--ISNUMBER({numbers}))", None),
        ]
        for column, (value, number_format) in enumerate(formulas, start=1):
            cell = ws.cell(row=row, column=column)
            if isinstance(value, str) and not value.startswith("="):
                put(ws, row, column, value)
            else:
                cell.value = value
            if number_format:
                cell.number_format = number_format
            cell.border, cell.alignment = GRID, WRAP_TOP
    ws.freeze_panes = f"A{first}"
    _chart(ws, content, first, last)
    page_setup(ws, content, printed_widths=_WIDTHS, one_page=True)
    protect(ws, lang)


def _chart(ws: Worksheet, content: Content, first: int, last: int) -> None:
    t = content.t
    chart = BarChart()
    chart.type = "col"
    chart.title = t("Score per dimension (stages 1-5)")
    chart.y_axis.title = t("Score")
    chart.y_axis.scaling.min = 0
    chart.y_axis.scaling.max = 5
    chart.y_axis.majorUnit = 1
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.add_data(Reference(ws, min_col=3, min_row=first - 1, max_row=last), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=first, max_row=last))
    target = LineChart()
    target.add_data(Reference(ws, min_col=9, min_row=first - 1, max_row=last), titles_from_data=True)
    line = target.series[0]
    line.graphicalProperties.line.solidFill = "C00000"
    line.graphicalProperties.line.dashStyle = "dash"
    line.graphicalProperties.line.width = 28575
    line.smooth = False
    chart += target
    chart.legend.position = "b"
    chart.width, chart.height = 24, 8
    ws.add_chart(chart, f"A{last + 2}")
