"""Read a framework workbook back into framework files (``framework from-xlsx``).

The workbook is opened with the matrix package's defences (:func:`~cyberassess.matrix.reader.
open_workbook`: size, zip bombs, macros, encrypted or old-format files, DTDs and external entities,
XML parsed with defusedxml, formulas never evaluated). A cell holding a formula is refused; text
that merely begins with ``=`` is text. Every problem is reported with the sheet, the cell and the
field, e.g. ``FRAMEWORK.xlsx: sheet 'D3', cell G12 (question): the English text is required``.

The files are written in the canonical form of :mod:`.yaml_files`, validated by loading them
(:func:`~..loader.load_framework`) in a scratch folder before the output folder is touched.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...errors import CyberAssessError, InputError
from ...safetext import check_text
from .. import limits
from ..model import EFFORTS, HORIZONS, LANGUAGES, LEVELS, SCOPES
from . import layout

MAX_COLUMNS = 200
FILE_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]*(\.[a-z0-9_-]+)*\.yaml$")


class WorkbookError(InputError):
    """A framework workbook cannot be read; nothing was written."""


@dataclass
class Row:
    """One data row of a sheet: its cells by field name, with what an error message needs."""

    book: str
    sheet: str
    number: int
    cells: dict[str, Any]
    columns: dict[str, int] = field(repr=False)

    def where(self, name: str) -> str:
        from openpyxl.utils import get_column_letter

        column = self.columns.get(name)
        cell = f"cell {get_column_letter(column)}{self.number}" if column else f"row {self.number}"
        return f"{self.book}: sheet '{self.sheet}', {cell} ({name})"

    def fail(self, name: str, problem: str, hint: str = "") -> WorkbookError:
        return WorkbookError(f"{self.where(name)}: {problem}", hint)

    def text(self, name: str, *, required: bool = False, line: bool = False) -> str:
        """The cell's text, checked (no control characters, within the limits), stripped."""
        value = self.cells.get(name)
        text = "" if value is None else _as_text(value)
        try:
            text = check_text(name, text, max_chars=limits.MAX_TEXT_CHARS, multiline=not line).strip()
        except CyberAssessError as exc:
            raise self.fail(name, exc.message[0].lower() + exc.message[1:], exc.hint) from None
        if required and not text:
            raise self.fail(name, "this cell is required and is empty.", "Fill it in.")
        return text

    def localized(self, name: str) -> dict[str, str]:
        """``name`` in English (required) and in every ``name::lang`` column that has text."""
        texts = {"en": self.text(name)}
        if not texts["en"]:
            raise self.fail(name, "the English text is required and is empty.", "Write the English text.")
        for lang in layout.TRANSLATIONS:
            text = self.text(f"{name}::{lang}")
            if text:
                texts[lang] = text
        return texts

    def number_in(self, name: str, convert: Callable[[str], Any], low: float, high: float) -> Any:
        text = self.text(name, required=True, line=True)
        try:
            value = convert(text)
        except ValueError:
            value = None
        if value is None or not low <= value <= high:
            raise self.fail(name, f"'{text}' is not a number from {low:g} to {high:g}.", "Type a number.")
        return value


def _as_text(value: object) -> str:
    from ...matrix.reader import _text  # the matrix reader's cell conversion (Excel escapes undone)

    return _text(value)


def _integer(text: str) -> int:
    number = float(text)
    if not number.is_integer():
        raise ValueError(text)
    return int(number)


def _rows_of(book: str, path: Path, ws: Any, columns: tuple[tuple[str, ...], tuple[str, ...]]) -> list[Row]:
    """The data rows of a sheet, after checking its header row against the layout."""
    from openpyxl.utils import get_column_letter

    from ...matrix.reader import _rows  # rows that hold cells, counted against the matrix limit

    known = set(layout.headers(columns))
    found: dict[str, int] = {}
    out: list[Row] = []
    for number, cells in _rows(ws, 1, MAX_COLUMNS, path):
        for col, cell in enumerate(cells, start=1):
            if getattr(cell, "data_type", None) == "f":
                where = f"{book}: sheet '{ws.title}', cell {get_column_letter(col)}{number}"
                raise WorkbookError(
                    f"{where}: holds a formula; a framework holds text only (formulas are never run).",
                    "Type the text itself; begin it with an apostrophe if it starts with '='.",
                )
        if not found:
            if number != 1:
                raise WorkbookError(f"{book}: sheet '{ws.title}': row 1 must name the fields.", "Keep the header row.")
            for col, cell in enumerate(cells, start=1):
                name = _as_text(cell.value).strip()
                if not name:
                    continue
                name = name.removesuffix("::en")
                if name not in known or name in found:
                    problem = "appears twice" if name in found else "is not a field of this sheet"
                    raise WorkbookError(
                        f"{book}: sheet '{ws.title}', cell {get_column_letter(col)}1: the column '{name}' {problem}.",
                        "The fields are: " + ", ".join(layout.headers(columns)) + ".",
                    )
                found[name] = col
            missing = [name for name in (*columns[0], *columns[1]) if name not in found]
            if missing:
                raise WorkbookError(
                    f"{book}: sheet '{ws.title}': no column '{missing[0]}'.", "Keep the header row as written."
                )
            continue
        values = {name: cells[col - 1].value for name, col in found.items() if col <= len(cells)}
        if any(v not in (None, "") for v in values.values()):
            out.append(Row(book, ws.title, number, values, found))
    return out


@dataclass
class _Reader:
    book: str
    path: Path
    workbook: Any
    seen_ids: dict[str, str] = field(default_factory=dict)

    def sheet(self, name: str) -> Any:
        if name not in self.workbook.sheetnames:
            raise WorkbookError(
                f"{self.book}: no sheet '{name}'.", "Start from a workbook written by 'framework to-xlsx'."
            )
        return self.workbook[name]

    def manifest(self) -> dict[str, Any]:
        rows = _rows_of(self.book, self.path, self.sheet(layout.MANIFEST_SHEET), layout.MANIFEST_COLUMNS)
        if len(rows) != 1:
            raise WorkbookError(
                f"{self.book}: sheet '{layout.MANIFEST_SHEET}' must have exactly one row under its header "
                f"(it has {len(rows)}).",
                "Describe the framework in row 2.",
            )
        row = rows[0]
        framework_id = row.text("id", required=True, line=True)
        if not re.fullmatch(r"[a-z0-9][a-z0-9._-]*", framework_id):
            raise row.fail(
                "id", f"'{framework_id}' is not a framework id.", "Use lower-case letters, digits, '.', '-', '_'."
            )
        return {
            "id": framework_id,
            "version": row.text("version", required=True, line=True),
            "name": row.localized("name"),
            "description": row.localized("description"),
            "default_target_stage": row.number_in("default_target_stage", _integer, 1, 5),
        }

    def stages(self) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for row in _rows_of(self.book, self.path, self.sheet(layout.STAGES_SHEET), layout.STAGE_COLUMNS):
            level = row.number_in("level", _integer, 1, 5)
            if any(s["level"] == level for s in out):
                raise row.fail("level", f"stage {level} is described twice.")
            out.append({"level": level, "label": row.localized("label"), "description": row.localized("description")})
        if sorted(s["level"] for s in out) != list(LEVELS):
            raise WorkbookError(f"{self.book}: sheet '{layout.STAGES_SHEET}' must describe stages 1 to 5, once each.")
        return out

    def instruments(self) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for row in _rows_of(self.book, self.path, self.sheet(layout.INSTRUMENTS_SHEET), layout.INSTRUMENT_COLUMNS):
            instrument_id = row.text("id", required=True, line=True)
            if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", instrument_id) or any(i["id"] == instrument_id for i in out):
                raise row.fail(
                    "id", f"'{instrument_id}' is not a new instrument id.", "Use lower-case letters, digits and '-'."
                )
            scope = row.text("scope", line=True) or None
            if scope is not None and scope not in SCOPES:
                raise row.fail(
                    "scope",
                    f"'{scope}' is not a scope.",
                    "Write 'global' (chosen for every new assessment), 'regional' (chosen where it applies) "
                    "or leave it empty.",
                )
            out.append(
                {"id": instrument_id, "short": row.localized("short"), "name": row.localized("name"), "scope": scope}
            )
        return out

    def actors(self) -> list[dict[str, Any]]:
        """The optional ``actors`` sheet (a workbook made before framework 1.2 has none)."""
        if layout.ACTORS_SHEET not in self.workbook.sheetnames:
            return []
        out: list[dict[str, Any]] = []
        for row in _rows_of(self.book, self.path, self.workbook[layout.ACTORS_SHEET], layout.ACTOR_COLUMNS):
            actor_id = row.text("id", required=True, line=True)
            if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", actor_id) or any(a["id"] == actor_id for a in out):
                raise row.fail("id", f"'{actor_id}' is not a new actor id.", "Use lower-case letters, digits and '-'.")
            out.append({"id": actor_id, "name": row.localized("name")})
        return out

    def plan(self, row: Row, actors: set[str]) -> dict[int, dict[str, str]]:
        out: dict[int, dict[str, str]] = {}
        for level, name in zip(LEVELS[:-1], layout.PLAN_FIELDS, strict=True):
            text = row.text(name, line=True)
            if not text:
                continue
            try:
                actor, horizon, effort = layout.parse_plan_line(text)
            except ValueError as exc:
                raise row.fail(name, f"{exc}.", "For example: prosecution | short | low.") from None
            if actor not in actors:
                raise row.fail(
                    name,
                    f"unknown actor '{actor}'.",
                    f"Declare it in the sheet '{layout.ACTORS_SHEET}'"
                    + (" or use one of: " + ", ".join(sorted(actors)) if actors else "")
                    + ".",
                )
            if horizon not in HORIZONS:
                raise row.fail(name, f"'{horizon}' is not a horizon.", "Use " + ", ".join(HORIZONS) + ".")
            if effort not in EFFORTS:
                raise row.fail(name, f"'{effort}' is not an effort.", "Use " + ", ".join(EFFORTS) + ".")
            out[level] = {"actor": actor, "horizon": horizon, "effort": effort}
        return out

    def new_id(self, row: Row, expected_prefix: str, dots: int) -> str:
        node_id = row.text("id", required=True, line=True)
        if dots == 0:
            if node_id != expected_prefix:
                raise row.fail(
                    "id", f"this is dimension sheet {expected_prefix[1:]}: its id must be '{expected_prefix}'."
                )
        elif (
            not node_id.startswith(expected_prefix)
            or node_id.count(".") != dots
            or not node_id.split(".")[-1].isdigit()
        ):
            raise row.fail("id", f"'{node_id}' must be '{expected_prefix}N' here.", "Number it after the row above it.")
        if node_id in self.seen_ids:
            raise row.fail("id", f"'{node_id}' is already used ({self.seen_ids[node_id]}).", "Every id is unique.")
        self.seen_ids[node_id] = row.where("id").split(": ", 1)[1]
        return node_id

    def references(self, row: Row, instruments: set[str]) -> list[dict[str, Any]]:
        lines = [line for line in row.text("references").split("\n") if line.strip()]
        translated = {lang: row.text(f"references::{lang}").split("\n") for lang in layout.TRANSLATIONS}
        out: list[dict[str, Any]] = []
        for position, line in enumerate(lines):
            try:
                instrument, article, provision = layout.parse_reference_line(line)
            except ValueError as exc:
                raise row.fail("references", f"line {position + 1}: {exc}.") from None
            if instrument not in instruments:
                raise row.fail(
                    "references",
                    f"line {position + 1}: unknown instrument '{instrument}'.",
                    f"Declare it in the sheet '{layout.INSTRUMENTS_SHEET}' or use one of: "
                    + ", ".join(sorted(instruments))
                    + ".",
                )
            if article is None and provision is None:
                raise row.fail("references", f"line {position + 1}: give an article or a provision.")
            ref: dict[str, Any] = {"instrument": instrument, "article": article, "provision": None}
            if provision is not None:
                ref["provision"] = {"en": provision}
                for lang, names in translated.items():
                    if position < len(names) and names[position].strip():
                        ref["provision"][lang] = names[position].strip()
            out.append(ref)
        for lang, names in translated.items():
            if len([n for n in names if n.strip()]) and len(names) > len(lines):
                raise row.fail(f"references::{lang}", f"{len(names)} lines for {len(lines)} references.")
        return out

    def indicator(self, row: Row, section_id: str, instruments: set[str], actors: set[str]) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.new_id(row, section_id + ".", 2)}
        out["weight"] = row.number_in("weight", float, 0.01, 10) if row.text("weight") else 1.0
        for name in ("question", "guidance", "documents", "interviews"):
            out[name] = row.localized(name)
        out["stages"] = {level: row.localized(f"stage_{level}") for level in LEVELS}
        out["recommendations"] = {level: row.localized(f"recommendation_{level}") for level in LEVELS[:-1]}
        out["recommendation_plan"] = self.plan(row, actors)
        out["references"] = self.references(row, instruments)
        return out

    def dimension(self, ws: Any, number: int, instruments: set[str], actors: set[str]) -> tuple[dict[str, Any], str]:
        rows = _rows_of(self.book, self.path, ws, layout.DIMENSION_COLUMNS)
        if not rows or rows[0].text("type", line=True) != "dimension":
            raise WorkbookError(f"{self.book}: sheet '{ws.title}': the first row must be of type 'dimension'.")
        head = rows[0]
        _check_unused(head, "dimension")
        dim: dict[str, Any] = {"id": self.new_id(head, f"D{number}", 0), "number": number}
        dim["title"], dim["summary"], dim["sections"] = head.localized("title"), head.localized("summary"), []
        file = head.text("file", line=True) or f"d{number}-{_slug(dim['title']['en'])}.yaml"
        if not FILE_NAME.fullmatch(file) or file.removesuffix(".yaml").rsplit(".", 1)[-1] in LANGUAGES:
            raise head.fail("file", f"'{file}' is not a dimension file name.", "Write a name such as 'd1-policy.yaml'.")
        for row in rows[1:]:
            kind = row.text("type", required=True, line=True)
            if kind in ("section", "indicator"):
                _check_unused(row, kind)
            if kind == "section":
                section_id = self.new_id(row, dim["id"] + ".", 1)
                dim["sections"].append({"id": section_id, "title": row.localized("title"), "indicators": []})
            elif kind == "indicator" and dim["sections"]:
                section = dim["sections"][-1]
                section["indicators"].append(self.indicator(row, section["id"], instruments, actors))
            elif kind == "indicator":
                raise row.fail("type", "an indicator must follow a row of type 'section'.")
            else:
                raise row.fail("type", f"'{kind}' is not a row type.", "Use dimension, section or indicator.")
        for section in dim["sections"]:
            if not section["indicators"]:
                raise WorkbookError(f"{self.book}: sheet '{ws.title}': section {section['id']} has no indicator.")
        if not dim["sections"]:
            raise WorkbookError(f"{self.book}: sheet '{ws.title}': the dimension has no section.")
        return dim, file


_USED_BY = {
    "dimension": ("type", "id", "file", "title", "summary"),
    "section": ("type", "id", "title"),
    "indicator": ("type", "id", "weight", *layout.INDICATOR_TEXTS, "references", *layout.PLAN_FIELDS),
}


def _check_unused(row: Row, kind: str) -> None:
    """Refuse text in a column this type of row does not have (it would be lost silently)."""
    for name, value in row.cells.items():
        if value not in (None, "") and name.split("::")[0] not in _USED_BY[kind]:
            raise row.fail(name, f"a row of type '{kind}' has no field '{name.split('::')[0]}'.", "Empty the cell.")


def _slug(title: str) -> str:
    words = re.findall(r"[a-z0-9]+", title.lower())
    return "-".join(words)[:40].strip("-") or "dimension"


def read_framework_data(path: Path) -> tuple[dict[str, Any], list[str]]:
    """The framework in ``path`` as plain data (all languages inline) and its dimension file names."""
    from ...matrix.archive import open_workbook

    workbook, _ = open_workbook(path)
    try:
        reader = _Reader(path.name, path, workbook)
        data = reader.manifest()
        data["stages"] = reader.stages()
        data["instruments"] = reader.instruments()
        data["actors"] = reader.actors()
        ids = {i["id"] for i in data["instruments"]}
        actor_ids = {a["id"] for a in data["actors"]}
        sheets = [name for name in workbook.sheetnames if name not in layout.FIXED_SHEETS]
        if not sheets:
            raise WorkbookError(f"{path.name}: no dimension sheet.", "Add one sheet per dimension, named D1, D2, ...")
        data["dimensions"], files = [], []
        for number, name in enumerate(sheets, start=1):
            dim, file = reader.dimension(workbook[name], number, ids, actor_ids)
            if file in files:
                raise WorkbookError(f"{path.name}: sheet '{name}': the file name '{file}' is used twice.")
            data["dimensions"].append(dim)
            files.append(file)
    finally:
        workbook.close()
    return data, files
