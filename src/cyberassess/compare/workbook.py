"""A comparison as an Excel workbook, for programme managers who work in spreadsheets.

Progress: a *Progress* sheet (per dimension the baseline and current scores, the change and the
stages, with the counts of indicators that improved, declined, …) and an *Indicators* sheet (one
filterable row per indicator). Regional view: a *Region* sheet (median, range, count at each stage
per dimension), a *Heat map* (country × dimension, each score on its stage's colour) and the
*Regional priorities*. Written like the matrix (:mod:`cyberassess.matrix.writer`): atomically, no
formulas, every piece of text written as text that no spreadsheet evaluates.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from .. import __version__
from ..errors import InputError
from ..framework import Framework, tr
from ..i18n import gettext, is_rtl, normalise
from ..matrix.layout import level_label, unique_titles
from ..matrix.sheets.common import BOLD as _BOLD
from ..matrix.sheets.common import GRID as _GRID
from ..matrix.sheets.common import HEADER_ALIGN as _HEADER_ALIGN
from ..matrix.sheets.common import HEADER_FILL as _HEADER_FILL
from ..matrix.sheets.common import TITLE as _TITLE
from ..matrix.sheets.common import WRAP_TOP as _WRAP_TOP
from ..matrix.sheets.common import fit_height as _fit_height
from ..matrix.sheets.common import put as _put
from ..matrix.writer import _save_atomic
from ..report.styles import NO_STAGE_TINT, STAGE_TINTS
from ..safetext import safe_name
from ..scoring import stage_of
from ..store.records import AnswerValue
from . import Comparison
from .progress import CHANGE_KINDS, Progress
from .regional import Regional
from .words import STATUS_TINTS, kind_words, status_words

_SCORE = "0.00"
_CHANGE = "+0.00;-0.00;0.00"
_UP = PatternFill("solid", fgColor="D3F0DE")
_DOWN = PatternFill("solid", fgColor="F6D5D1")
_CENTRE = Alignment(horizontal="center", vertical="top")
_TOP = Alignment(vertical="top")


def _fill(level: int | None) -> PatternFill:
    return PatternFill("solid", fgColor=STAGE_TINTS.get(level or 0, NO_STAGE_TINT).lstrip("#"))


class _Sheet:
    """One sheet being written: language, direction and a few cell helpers."""

    def __init__(self, ws: Worksheet, language: str, widths: Sequence[float]) -> None:
        self.ws, self.lang = ws, language
        self.t = partial(gettext, language)
        for n, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(n)].width = width
        ws.sheet_view.rightToLeft = is_rtl(language)
        ws.page_setup.orientation = "landscape"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True

    def text(self, row: int, column: int, text: str, **style: Any) -> Any:
        return _put(self.ws, row, column, text, **{"alignment": _TOP, **style})

    def number(self, row: int, column: int, value: float | int | None, number_format: str = _SCORE) -> Any:
        cell = self.ws.cell(row=row, column=column)
        if value is not None:
            cell.value = value
            cell.number_format = number_format
        cell.border, cell.alignment = _GRID, _TOP
        return cell

    def header(self, row: int, titles: Sequence[str]) -> None:
        self.ws.row_dimensions[row].height = 32  # two lines of wrapped heading
        for column, title in enumerate(titles, start=1):
            self.text(row, column, title, font=_BOLD, fill=_HEADER_FILL, alignment=_HEADER_ALIGN, border=_GRID)
        self.ws.freeze_panes = self.ws.cell(row=row + 1, column=1)


def _stage_text(fw: Framework, level: int | None, lang: str) -> str:
    return "" if level is None else f"{level} - {tr(fw.stage(level).label, lang)}"


def _answer_text(fw: Framework, value: AnswerValue | None, lang: str) -> str:
    return "" if value is None else level_label(fw, value, lang)


def _heading(s: _Sheet, title: str, lines: Sequence[str]) -> int:
    s.text(1, 1, title, font=_TITLE)
    for n, line in enumerate(lines, start=2):
        s.text(n, 1, line)
    return len(lines) + 3


def _progress_sheets(wb: Workbook, c: Comparison, view: Progress, lang: str) -> None:
    t = partial(gettext, lang)
    words = kind_words(t)
    fw = view.current.framework
    base, cur = view.baseline, view.current
    names = unique_titles([t("Progress"), t("Indicators"), t("Action plan")])
    ws = wb.active
    assert ws is not None
    ws.title = names[0]
    s = _Sheet(ws, lang, (13, 44, 12, 12, 12, 18, 18, 12, 12, 13, 14, 17))
    who = c.labels[0] if c.anonymised else base.info.country
    lines = [
        t("Baseline: {date}", date=base.date) + ("" if c.anonymised else f" — {base.info.mission}"),
        t("Current: {date}", date=cur.date) + ("" if c.anonymised else f" — {cur.info.mission}"),
        t("Framework: {id} {version}", id=fw.id, version=cur.info.framework_version),
    ]
    if view.to_confirm:
        lines.append(t("{count} answers carried over from the baseline are still to confirm.", count=view.to_confirm))
    row = _heading(s, t("Progress since the baseline: {country}", country=who), lines)
    kinds = [k for k in CHANGE_KINDS if k != "not-rated"]
    s.header(
        row,
        [
            t("Dimension"),
            t("Title"),
            t("Baseline"),
            t("Current"),
            t("Change"),
            t("Baseline stage"),
            t("Current stage"),
            *(words[k] for k in kinds),
        ],
    )
    for d, dim in zip(view.dimensions, fw.dimensions, strict=True):
        row += 1
        s.text(row, 1, d.dimension_id, border=_GRID)
        s.text(row, 2, tr(dim.title, lang), border=_GRID, alignment=_WRAP_TOP)
        _fit_height(s.ws, row, [(tr(dim.title, lang), 44)])
        s.number(row, 3, d.before)
        s.number(row, 4, d.after)
        change = s.number(row, 5, d.delta, _CHANGE)
        if d.delta:
            change.fill = _UP if d.delta > 0 else _DOWN
        s.text(row, 6, _stage_text(fw, d.before_stage, lang), border=_GRID, fill=_fill(d.before_stage))
        s.text(row, 7, _stage_text(fw, d.after_stage, lang), border=_GRID, fill=_fill(d.after_stage))
        for column, kind in enumerate(kinds, start=8):
            s.number(row, column, d.counts[kind], "0").alignment = _CENTRE
    row += 1
    s.text(row, 1, t("Overall"), font=_BOLD, border=_GRID)
    s.text(row, 2, "", border=_GRID)
    s.number(row, 3, view.before).font = _BOLD
    s.number(row, 4, view.after).font = _BOLD
    change = s.number(row, 5, view.delta, _CHANGE)
    change.font = _BOLD
    if view.delta:
        change.fill = _UP if view.delta > 0 else _DOWN
    s.text(row, 6, _stage_text(fw, base.card.stage, lang), border=_GRID, fill=_fill(base.card.stage))
    s.text(row, 7, _stage_text(fw, cur.card.stage, lang), border=_GRID, fill=_fill(cur.card.stage))
    counts = view.counts
    for column, kind in enumerate(kinds, start=8):
        s.number(row, column, counts[kind], "0").alignment = _CENTRE

    s = _Sheet(wb.create_sheet(names[1]), lang, (13, 13, 70, 22, 22, 10, 20, 12))
    s.header(
        1,
        [
            t("Indicator"),
            t("Dimension"),
            t("Question"),
            t("Baseline"),
            t("Current"),
            t("Change"),
            t("Result"),
            t("To confirm"),
        ],
    )
    row = 1
    for change_row in view.changes:
        row += 1
        s.text(row, 1, change_row.indicator_id, border=_GRID)
        s.text(row, 2, change_row.dimension_id, border=_GRID)
        question = tr(fw.indicator(change_row.indicator_id).question, lang)
        s.text(row, 3, question, border=_GRID, alignment=_WRAP_TOP)
        _fit_height(s.ws, row, [(question, 70)])
        before_level = change_row.before if isinstance(change_row.before, int) else None
        after_level = change_row.after if isinstance(change_row.after, int) else None
        s.text(row, 4, _answer_text(fw, change_row.before, lang), border=_GRID, fill=_fill(before_level))
        s.text(row, 5, _answer_text(fw, change_row.after, lang), border=_GRID, fill=_fill(after_level))
        delta = s.number(row, 6, change_row.delta, "+0;-0;0")
        if change_row.delta:
            delta.fill = _UP if change_row.delta > 0 else _DOWN
        s.text(row, 7, words[change_row.kind], border=_GRID)
        s.text(row, 8, t("Yes") if change_row.to_confirm else "", border=_GRID)
    s.ws.auto_filter.ref = f"A1:H{row}"
    if view.actions:
        _actions_sheet(_Sheet(wb.create_sheet(names[2]), lang, (60, 22, 30, 20, 20)), view)


def _actions_sheet(s: _Sheet, view: Progress) -> None:
    t = s.t
    words = status_words(t)
    s.header(1, [t("Action"), t("Indicators"), t("Responsible institution"), t("At the baseline"), t("Now")])
    row = 1
    for status, actions in view.actions_by_status().items():
        for a in actions:
            row += 1
            s.text(row, 1, a.title, border=_GRID, alignment=_WRAP_TOP)
            s.text(row, 2, ", ".join(a.indicator_ids), border=_GRID, alignment=_WRAP_TOP)
            s.text(row, 3, a.owner, border=_GRID, alignment=_WRAP_TOP)
            _fit_height(s.ws, row, [(a.title, 60), (a.owner, 30)])
            s.text(row, 4, words.get(a.baseline_status or "", t("Added since the baseline")), border=_GRID)
            fill = PatternFill("solid", fgColor=STATUS_TINTS.get(status, "#ECECEC").lstrip("#"))
            s.text(row, 5, words.get(a.status or "", t("Not followed up")), border=_GRID, fill=fill)
    s.ws.auto_filter.ref = f"A1:E{row}"


def _regional_sheets(wb: Workbook, c: Comparison, view: Regional, lang: str) -> None:
    t = partial(gettext, lang)
    fw = view.items[0].framework
    names = unique_titles([t("Region"), t("Heat map"), t("Regional priorities")])
    ws = wb.active
    assert ws is not None
    ws.title = names[0]
    s = _Sheet(ws, lang, (12, 44, 10, 10, 10, 12, 12, 9, 9, 9, 9, 9))
    lines = [
        t("{count} assessments compared", count=view.countries),
        t("Framework: {id} {version}", id=fw.id, version=view.items[0].info.framework_version),
    ]
    if c.anonymised:
        lines.append(t("The countries are not named (anonymised comparison)."))
    row = _heading(s, t("Regional view"), lines)
    stage_heads = [t("Stage {level}", level=level) for level in range(1, 6)]
    s.header(
        row,
        [
            t("Dimension"),
            t("Title"),
            t("Median"),
            t("Lowest"),
            t("Highest"),
            t("Countries scored"),
            t("Not scored"),
            *stage_heads,
        ],
    )
    spreads = [
        *zip(view.dimensions, [d.id for d in fw.dimensions], [tr(d.title, lang) for d in fw.dimensions], strict=True),
        (view.overall_spread, t("Overall"), ""),
    ]
    for spread, ident, title in spreads:
        row += 1
        s.text(row, 1, ident, border=_GRID, font=_BOLD if not title else Font())
        s.text(row, 2, title, border=_GRID, alignment=_WRAP_TOP)
        _fit_height(s.ws, row, [(title, 44)])
        s.number(row, 3, spread.median).fill = _fill(stage_of(spread.median))
        s.number(row, 4, spread.minimum)
        s.number(row, 5, spread.maximum)
        s.number(row, 6, spread.scored, "0").alignment = _CENTRE
        s.number(row, 7, spread.unscored, "0").alignment = _CENTRE
        for level, count in enumerate(spread.stages, start=1):
            cell = s.number(row, 7 + level, count, "0")
            cell.alignment = _CENTRE
            if count:
                cell.fill = _fill(level)

    s = _Sheet(wb.create_sheet(names[1]), lang, (30, *([8] * len(view.dimension_ids)), 10))
    s.header(1, [t("Country"), *view.dimension_ids, t("Overall")])
    for n, (label, scores, overall) in enumerate(zip(c.labels, view.scores, view.overall, strict=True), start=2):
        s.text(n, 1, label, border=_GRID)
        for column, value in enumerate([*scores, overall], start=2):
            cell = s.number(n, column, value)
            cell.fill, cell.alignment = _fill(stage_of(value)), _CENTRE
    legend = len(c.labels) + 3
    s.text(legend, 1, t("Colour: the stage reached (the whole part of the score)."))
    for level in range(1, 6):
        s.text(legend + level, 1, _stage_text(fw, level, lang), fill=_fill(level))

    s = _Sheet(wb.create_sheet(names[2]), lang, (7, 12, 13, 70, 14, 10, 12, 50))
    s.header(
        1,
        [
            t("Rank"),
            t("Indicator"),
            t("Dimension"),
            t("Question"),
            t("Countries below target"),
            t("Rated"),
            t("Median stage"),
            t("Countries"),
        ],
    )
    row = 1
    for p in view.priorities:
        row += 1
        s.number(row, 1, p.rank, "0")
        s.text(row, 2, p.indicator_id, border=_GRID)
        s.text(row, 3, p.dimension_id, border=_GRID)
        question = tr(fw.indicator(p.indicator_id).question, lang)
        s.text(row, 4, question, border=_GRID, alignment=_WRAP_TOP)
        s.number(row, 5, len(p.below), "0").alignment = _CENTRE
        s.number(row, 6, p.rated, "0").alignment = _CENTRE
        s.number(row, 7, p.median_stage, "0.0").alignment = _CENTRE
        countries = ", ".join(c.labels[i] for i in p.below)
        s.text(row, 8, countries, border=_GRID, alignment=_WRAP_TOP)
        _fit_height(s.ws, row, [(question, 70), (countries, 50)])
    if not view.priorities:
        s.text(2, 1, t("No indicator is below target in most of the countries."))


def build_workbook(comparison: Comparison, language: str = "en") -> Workbook:
    lang = normalise(language)
    comparison = comparison.relabel(gettext(lang, "Country {letter}"))
    wb = Workbook()
    if isinstance(comparison.view, Progress):
        _progress_sheets(wb, comparison, comparison.view, lang)
        wb.properties.title = gettext(lang, "Progress since the baseline")
    else:
        _regional_sheets(wb, comparison, comparison.view, lang)
        wb.properties.title = gettext(lang, "Regional view")
    wb.properties.creator = f"CyberAssess {__version__}"
    return wb


def write_workbook(comparison: Comparison, output: Path, *, language: str = "en") -> Path:
    """Write the comparison as an ``.xlsx`` workbook at ``output`` (atomically)."""
    output = Path(output)
    if output.suffix.lower() != ".xlsx":
        raise InputError(f"{safe_name(output.name)} is not an .xlsx name.", "Give a name ending in .xlsx.")
    if not output.parent.is_dir():
        raise InputError(f"The folder {safe_name(str(output.parent))} does not exist.", "Create it first.")
    _save_atomic(build_workbook(comparison, language), output)
    return output
