"""The Action plan sheet: the assessment's actions, and empty rows to add new ones.

One row per action: its number (protected; empty in the rows for new actions), then the cells to
write in: title, indicators (ids separated by commas), responsible institution, partners,
horizon, effort, cost and currency, priority, status (drop-downs where the store has fixed
choices) and notes. Read back by :func:`read_actions` (every text through the store's own checks,
so what cannot be saved is rejected with its cell before anything is written) and compared with
the assessment's plan on import (:mod:`..importer`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ...errors import InputError
from ...framework import Framework
from ...i18n import SUPPORTED, gettext
from ...store import review_checks as check
from ...store.review_records import ACTION_STATUSES, EFFORTS, HORIZONS, Action
from .common import GRID, TITLE, TOP, WRAP_TOP, Content, fit_height, header_row, input_cell, page_setup, protect, put
from .dimension import validation

ACTION_COLUMNS = (
    ("id", "No.", 6),
    ("title", "Action", 34),
    ("indicator_ids", "Indicators", 14),
    ("owner", "Responsible institution", 18),
    ("partners", "Partners", 16),
    ("horizon", "Horizon", 10),
    ("effort", "Effort", 9),
    ("cost_amount", "Cost", 10),
    ("cost_currency", "Currency", 9),
    ("priority", "Priority", 8),
    ("status", "Status", 12),
    ("notes", "Notes", 28),
)
ACTIONS_FIRST_ROW = 3
EMPTY_ROWS = 25  # rows for new actions below the exported ones
CHOICES = {"horizon": HORIZONS, "effort": EFFORTS, "status": ACTION_STATUSES}


@dataclass(frozen=True)
class ActionRow:
    """An action as read from the sheet: its number (``None`` for a new one) and checked fields."""

    action_id: int | None
    fields: dict[str, Any]
    cell: str

    def same_as(self, action: Action) -> bool:
        return all(getattr(action, k) == v for k, v in self.fields.items())


def write_actions(ws: Worksheet, content: Content, ranges: dict[str, str], actions: Sequence[Action]) -> None:
    lang, t = content.language, content.t
    widths = [w for _k, _h, w in ACTION_COLUMNS]
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    put(ws, 1, 1, t("Action plan"), font=TITLE)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(ACTION_COLUMNS))
    header_row(ws, 2, [t(h) for _k, h, _w in ACTION_COLUMNS], widths)
    ws.freeze_panes = f"C{ACTIONS_FIRST_ROW}"
    validations = {}
    for key in CHOICES:
        dv = validation(
            ranges[key], t(dict((k, h) for k, h, _w in ACTION_COLUMNS)[key]), "", t("Choose from the list.")
        )
        ws.add_data_validation(dv)
        validations[key] = dv
    row = ACTIONS_FIRST_ROW
    for action in [*actions, *([None] * EMPTY_ROWS)]:
        for column, (key, _header, _width) in enumerate(ACTION_COLUMNS, start=1):
            value = _shown(action, key, t)
            cell = ws.cell(row=row, column=column)
            if isinstance(value, str):
                put(ws, row, column, value, alignment=WRAP_TOP, border=GRID)
            else:
                cell.value = value
                cell.border, cell.alignment = GRID, TOP
            if key != "id":
                input_cell(cell)
            if key in validations:
                validations[key].add(cell)
        texts = [(_shown(action, k, t), w) for k, _h, w in ACTION_COLUMNS if k in ("title", "notes")]
        fit_height(ws, row, [(str(v), w) for v, w in texts if v], minimum=30.0 if content.for_print else 0.0)
        row += 1
    page_setup(ws, content, printed_widths=widths, title_rows="1:2")
    protect(ws, lang)


def _shown(action: Action | None, key: str, t: Any) -> object:
    if action is None:
        return ""
    value = getattr(action, key)
    if key == "indicator_ids":
        return ", ".join(value)
    if key in CHOICES:
        return t(value) if value else ""
    if value is None:
        return ""
    return value if isinstance(value, int | float) else str(value)


def accepted_choices() -> dict[str, dict[str, str]]:
    """For each choice column, every accepted spelling (the code, or its label in any language) → code."""
    return {
        key: {
            **{gettext(lang, code).casefold(): code for lang in SUPPORTED for code in codes},
            **{code: code for code in codes},
        }
        for key, codes in CHOICES.items()
    }


def check_row(framework: Framework, values: dict[str, object], accepted: dict[str, dict[str, str]]) -> dict[str, Any]:
    """The row's fields as the store would save them; raises InputError (hint: the column key) otherwise."""
    fields: dict[str, Any] = {}
    for key, _header, _width in ACTION_COLUMNS[1:]:
        raw = values.get(key)
        if isinstance(raw, float) and raw.is_integer() and key == "priority":
            raw = int(raw)
        text = "" if raw is None else str(raw).strip()
        try:
            if key == "indicator_ids":
                fields[key] = check.indicator_links(text.replace(";", ","), frozenset(framework.indicator_ids()))
            elif key in CHOICES:
                code = accepted[key].get(text.casefold()) if text else None
                if text and code is None:
                    raise InputError(f"'{text[:40]}' is not one of {', '.join(CHOICES[key])}.")
                fields[key] = code or ("planned" if key == "status" else None)
            elif key == "cost_amount":
                fields[key] = check.amount(raw if isinstance(raw, int | float) else text)
            elif key == "priority":
                fields[key] = check.priority(raw if isinstance(raw, int) else text)
            elif key == "cost_currency":
                fields[key] = check.currency(text)
            elif key == "notes":
                fields[key] = check.note("action notes", text)
            else:
                fields[key] = check.line(f"action {key}", text)
        except InputError as exc:
            raise InputError(exc.message, key) from None
    return fields
