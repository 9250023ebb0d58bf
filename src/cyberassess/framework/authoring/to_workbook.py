"""Write a framework as a workbook for content editors and translators (``framework to-xlsx``).

The layout is :mod:`.layout`'s. Every text goes into its cell as text, never as a formula, through
the matrix package's :func:`~cyberassess.matrix.safety.put_text` (a text beginning with ``=``,
``+``, ``-`` or ``@`` stays text, even when edited). The header row is frozen and bold; long
texts wrap.
"""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path
from typing import Any

from ...atomicfile import write_bytes
from ...errors import InputError
from ..model import Framework
from . import layout
from .layout import ACTOR_COLUMNS, DIMENSION_COLUMNS, INSTRUMENT_COLUMNS, MANIFEST_COLUMNS, STAGE_COLUMNS

WIDE = 60  # column width of long texts, in characters
NARROW = {"type": 11, "id": 12, "file": 28, "weight": 8, "level": 7, "version": 10, "default_target_stage": 10}
NARROW.update({name: 34 for name in layout.PLAN_FIELDS})


def _texts(field: str, text: dict[str, str] | None) -> dict[str, str]:
    """A localized text as cells: ``field`` for English, ``field::lang`` for each translation."""
    text = text or {}
    cells = {field: text.get("en", "")}
    cells.update({f"{field}::{lang}": text.get(lang, "") for lang in layout.TRANSLATIONS})
    return cells


def _check_reference_parts(indicator_id: str, refs: list[dict[str, Any]]) -> None:
    """Refuse a reference part that its one-line form could not hold (a '|' or a line break)."""
    for ref in refs:
        parts = [ref["instrument"], ref.get("article") or "", *(ref.get("provision") or {}).values()]
        if any(layout.SEPARATOR in part or "\n" in part for part in parts):
            raise InputError(
                f"Indicator {indicator_id}: a reference to '{ref['instrument']}' contains '|' or a line break, "
                "which a references cell cannot hold.",
                "Edit the framework file: write the provision name without them.",
            )


def _references(refs: list[dict[str, Any]]) -> dict[str, str]:
    cells = {
        "references": "\n".join(
            layout.reference_line(r["instrument"], r.get("article"), (r.get("provision") or {}).get("en")) for r in refs
        )
    }
    for lang in layout.TRANSLATIONS:
        names = [(r.get("provision") or {}).get(lang, "") for r in refs]
        cells[f"references::{lang}"] = "\n".join(names).rstrip("\n")
    return cells


def _indicator_row(ind: dict[str, Any]) -> dict[str, Any]:
    row: dict[str, Any] = {"type": "indicator", "id": ind["id"], "weight": float(ind["weight"])}
    for field in ("question", "guidance", "documents", "interviews"):
        row.update(_texts(field, ind[field]))
    for level, text in ind["stages"].items():
        row.update(_texts(f"stage_{level}", text))
    for level, text in ind["recommendations"].items():
        row.update(_texts(f"recommendation_{level}", text))
    for level, plan in ind.get("recommendation_plan", {}).items():
        row[f"plan_{level}"] = layout.plan_line(plan["actor"], plan["horizon"], plan["effort"])
    _check_reference_parts(ind["id"], list(ind["references"]))
    row.update(_references(list(ind["references"])))
    return row


def _dimension_rows(dim: dict[str, Any], file: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = [
        {
            "type": "dimension",
            "id": dim["id"],
            "file": file,
            **_texts("title", dim["title"]),
            **_texts("summary", dim["summary"]),
        }
    ]
    for section in dim["sections"]:
        rows.append({"type": "section", "id": section["id"], **_texts("title", section["title"])})
        rows.extend(_indicator_row(ind) for ind in section["indicators"])
    return rows


def _sheet(
    workbook: Any, title: str, columns: tuple[tuple[str, ...], tuple[str, ...]], rows: list[dict[str, Any]]
) -> None:
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    from ...matrix.safety import put_text

    ws = workbook.create_sheet(title)
    names = layout.headers(columns)
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    for col, name in enumerate(names, start=1):
        cell = ws.cell(row=1, column=col)
        put_text(cell, name)
        cell.font = bold
        ws.column_dimensions[get_column_letter(col)].width = NARROW.get(name, WIDE)
    for number, row in enumerate(rows, start=2):
        for col, name in enumerate(names, start=1):
            value = row.get(name)
            if value is None or value == "":
                continue
            cell = ws.cell(row=number, column=col)
            if isinstance(value, str):
                put_text(cell, value)
            else:
                cell.value = value
            cell.alignment = wrap
    ws.freeze_panes = "C2" if columns is DIMENSION_COLUMNS else "B2"


def workbook_bytes(framework: Framework, files: list[str]) -> bytes:
    """The framework as an .xlsx workbook; ``files`` names its dimension files, in order."""
    import openpyxl

    fw = dataclasses.asdict(framework)
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    manifest = {
        "id": fw["id"],
        "version": fw["version"],
        "default_target_stage": fw["default_target_stage"],
        **_texts("name", fw["name"]),
        **_texts("description", fw["description"]),
    }
    _sheet(workbook, layout.MANIFEST_SHEET, MANIFEST_COLUMNS, [manifest])
    stages = [
        {"level": s["level"], **_texts("label", s["label"]), **_texts("description", s["description"])}
        for s in fw["stages"]
    ]
    _sheet(workbook, layout.STAGES_SHEET, STAGE_COLUMNS, stages)
    instruments = [
        {"id": i["id"], **_texts("short", i["short"]), **_texts("name", i["name"])} for i in fw["instruments"]
    ]
    _sheet(workbook, layout.INSTRUMENTS_SHEET, INSTRUMENT_COLUMNS, instruments)
    if fw.get("actors"):
        actors = [{"id": a["id"], **_texts("name", a["name"])} for a in fw["actors"]]
        _sheet(workbook, layout.ACTORS_SHEET, ACTOR_COLUMNS, actors)
    for dim, file in zip(fw["dimensions"], files, strict=True):
        _sheet(workbook, dim["id"], DIMENSION_COLUMNS, _dimension_rows(dim, file))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def write_workbook(framework: Framework, files: list[str], target: Path) -> None:
    """Write ``framework`` to ``target`` (.xlsx), atomically."""
    if target.suffix.lower() != ".xlsx":
        raise InputError(f"{target.name}: the workbook must be an .xlsx file.", "Name the output FILE.xlsx.")
    data = workbook_bytes(framework, files)
    try:
        write_bytes(target, data)
    except OSError as exc:
        raise InputError(
            f"{target}: cannot be written ({exc.strerror}).", "Choose a folder you can write to."
        ) from None
