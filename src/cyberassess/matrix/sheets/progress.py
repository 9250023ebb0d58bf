"""The Progress sheet of a follow-up's matrix: what changed since the baseline (issue #19).

Written only for an assessment linked to a baseline (:func:`cyberassess.compare.progress_of`), after
the Summary. Three tables, each under its own header row: per dimension the baseline and current
score, the change and the stages then and now, with the indicators that improved and declined;
every indicator with its stage then and now, the change, what kind of change it is and whether it
is a carried-over answer still to confirm (filterable); the baseline's action plan, each action
with its status then and now. The figures are the app's and the report's, as at export: no
formula, every text written as text (:func:`.common.put`), the whole sheet protected.

The sheet is for reading only. The importer does not read it: the metadata sheet does not name it,
and the answers are read from the dimension sheets alone, so a re-imported matrix is unaffected.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from openpyxl.styles import PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ...framework import tr
from .. import layout as L
from .common import BOLD, GRID, NOTE, TITLE, TOP, WRAP_TOP, Content, fit_height, header_row, page_setup, protect, put

if TYPE_CHECKING:
    from ...compare.progress import Progress

WIDTHS = (12, 50, 18, 18, 10, 18, 18, 11, 11)
UP = PatternFill("solid", fgColor="D3F0DE")  # the report's tints for a rise and a fall
DOWN = PatternFill("solid", fgColor="F6D5D1")
STAGE_FILLS = {
    level: PatternFill("solid", fgColor=colour)
    for level, colour in {0: "ECECEC", 1: "F6D5D1", 2: "FBE3CC", 3: "F7EDC4", 4: "D3F0DE", 5: "CBE6D4"}.items()
}
SCORE, CHANGE, STEP = "0.0", "+0.0;-0.0;0.0", "+0;-0;0"
STATUS_ORDER = ("done", "in-progress", "planned", "dropped")


def _number(ws: Worksheet, row: int, column: int, value: float | int | None, fmt: str, *, bold: bool = False) -> None:
    """A number; scores and their changes as shown in the report (one decimal, so 0.04 is no change)."""
    cell = ws.cell(row=row, column=column)
    cell.value = round(value, 1) if isinstance(value, float) else value
    cell.number_format = fmt
    cell.border, cell.alignment = GRID, TOP
    if bold:
        cell.font = BOLD
    if fmt in (CHANGE, STEP) and value is not None and round(float(value), 1):
        cell.fill = UP if value > 0 else DOWN


def _stage(content: Content, level: int | None) -> str:
    return "" if level is None else L.level_label(content.framework, level, content.language)


def _put_row(ws: Worksheet, row: int, texts: Mapping[int, tuple[str, int | None]]) -> None:
    """Text cells of one row: column → (text, stage whose colour it gets or None)."""
    for column, (text, level) in texts.items():
        fill = STAGE_FILLS.get(level if level is not None else -1)
        extra = {"fill": fill} if fill is not None else {}
        put(ws, row, column, text, alignment=WRAP_TOP if column == 2 else TOP, border=GRID, **extra)


def _dimensions(ws: Worksheet, content: Content, view: Progress, row: int) -> int:
    t, fw = content.t, content.framework
    put(ws, row, 1, t("Scores by dimension"), font=BOLD)
    row += 1
    headers = [t("Dimension"), t("Title"), t("Baseline"), t("Now"), t("Change"), t("Stage then"), t("Stage now"),
               t("Improved"), t("Declined")]  # fmt: skip
    header_row(ws, row, headers, WIDTHS)
    for d, dim in zip(view.dimensions, fw.dimensions, strict=True):
        row += 1
        title = tr(dim.title, content.language)
        _put_row(ws, row, {1: (d.dimension_id, None), 2: (title, None)})
        _number(ws, row, 3, d.before, SCORE)
        _number(ws, row, 4, d.after, SCORE)
        _number(ws, row, 5, d.delta, CHANGE)
        _put_row(ws, row, {6: (_stage(content, d.before_stage), d.before_stage or 0),
                           7: (_stage(content, d.after_stage), d.after_stage or 0)})  # fmt: skip
        _number(ws, row, 8, d.counts["improved"], "0")
        _number(ws, row, 9, d.counts["declined"], "0")
        fit_height(ws, row, [(title, WIDTHS[1])])
    row += 1
    base, cur, counts = view.baseline.card, view.current.card, view.counts
    put(ws, row, 1, t("Overall"), font=BOLD, border=GRID, alignment=TOP)
    put(ws, row, 2, "", border=GRID)
    _number(ws, row, 3, view.before, SCORE, bold=True)
    _number(ws, row, 4, view.after, SCORE, bold=True)
    _number(ws, row, 5, view.delta, CHANGE, bold=True)
    then, now = (_stage(content, base.stage), base.stage or 0), (_stage(content, cur.stage), cur.stage or 0)
    _put_row(ws, row, {6: then, 7: now})
    _number(ws, row, 8, counts["improved"], "0", bold=True)
    _number(ws, row, 9, counts["declined"], "0", bold=True)
    return row + 2


def _indicators(ws: Worksheet, content: Content, view: Progress, row: int) -> tuple[int, int, int]:
    """Every indicator; returns the next free row and the table's header and last rows (for the filter)."""
    from ...compare.words import kind_words

    t, fw, lang = content.t, content.framework, content.language
    words = kind_words(t)
    put(ws, row, 1, t("Indicators, stage at the baseline and now"), font=BOLD)
    row += 1
    header = row
    headers = [t("Indicator"), t("Question"), t("Baseline"), t("Now"), t("Change"), t("Result"), t("To confirm")]
    header_row(ws, row, headers, WIDTHS[: len(headers)])
    for change in view.changes:
        row += 1
        question = tr(fw.indicator(change.indicator_id).question, lang)
        before = change.before if isinstance(change.before, int) else None
        after = change.after if isinstance(change.after, int) else None
        shown = {
            1: (change.indicator_id, None),
            2: (question, None),
            3: ("" if change.before is None else L.level_label(fw, change.before, lang), before or 0),
            4: ("" if change.after is None else L.level_label(fw, change.after, lang), after or 0),
        }
        _put_row(ws, row, shown)
        _number(ws, row, 5, change.delta, STEP)
        _put_row(ws, row, {6: (words[change.kind], None), 7: (t("Yes") if change.to_confirm else "", None)})
        fit_height(ws, row, [(question, WIDTHS[1])])
    return row + 2, header, row


def _actions(ws: Worksheet, content: Content, view: Progress, row: int) -> int:
    t = content.t
    words = {"done": t("Implemented"), "in-progress": t("In progress"), "planned": t("Not started"),
             "dropped": t("Dropped")}  # fmt: skip
    put(ws, row, 1, t("The baseline's action plan"), font=BOLD)
    row += 1
    groups = view.actions_by_status()
    if not groups:
        put(ws, row, 1, t("No action plan was recorded at the baseline."), font=NOTE)
        return row + 1
    headers = [t("No."), t("Action"), t("At the baseline"), t("Now"), "", t("Indicators"), t("Responsible institution")]
    header_row(ws, row, headers, WIDTHS[: len(headers)])
    n = 0
    for status in STATUS_ORDER:
        for action in groups.get(status, []):
            row, n = row + 1, n + 1
            now = words.get(action.status or "", t("Not followed up"))
            shown = {
                1: (str(n), None),
                2: (action.title, None),
                3: (words.get(action.baseline_status or "", t("Added since the baseline")), None),
                4: (now, None),
                5: ("", None),
                6: (", ".join(action.indicator_ids), None),
                7: (action.owner, None),
            }
            _put_row(ws, row, shown)
            if status == "done":
                ws.cell(row=row, column=4).fill = UP
            fit_height(ws, row, [(action.title, WIDTHS[1]), (action.owner, WIDTHS[6])])
    return row + 1


def write_progress(ws: Worksheet, content: Content, view: Progress) -> None:
    """The Progress sheet of a follow-up's matrix (see the module's docstring)."""
    t = content.t
    for index, width in enumerate(WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    base = view.baseline
    put(ws, 1, 1, t("Progress since the baseline ({date})", date=base.date), font=TITLE)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(WIDTHS))
    ws.row_dimensions[1].height = 22
    lines = [t("Baseline: {mission}, {date}", mission=base.info.mission, date=base.date)]
    if view.to_confirm:
        lines.append(
            t(
                "{count} answers carried over from the baseline are not yet confirmed: the progress shown is "
                "provisional until the assessors confirm or change them.",
                count=view.to_confirm,
            )
        )
    lines.append(t("Figures as at the export; this sheet is not read back on import."))
    row = 2
    for line in lines:
        put(ws, row, 1, line, font=NOTE)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(WIDTHS))
        row += 1
    row = _dimensions(ws, content, view, row + 1)
    row, header, last = _indicators(ws, content, view, row)
    ws.auto_filter.ref = f"A{header}:G{last}"
    _actions(ws, content, view, row)
    ws.freeze_panes = "C2"
    page_setup(ws, content, printed_widths=WIDTHS, title_rows="1:1")
    protect(ws, content.language)
    ws.protection.autoFilter = False  # the indicators can be filtered on the protected sheet
    ws.protection.sort = False
