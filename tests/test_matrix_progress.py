"""The Progress sheet of a follow-up's matrix (issue #19), read back with openpyxl, and the matrix re-imported."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from cyberassess.cli import main
from cyberassess.framework import Framework, builtin_framework
from cyberassess.matrix import layout as L
from cyberassess.store import Assessment


@pytest.fixture
def follow_up(demo_file: Path, tmp_path: Path) -> Path:
    """A follow-up of the demo: one answer up, one down, an action done, another with a formula-like title."""
    path = tmp_path / "followup.cyberassess"
    assert main(["follow-up", str(demo_file), str(path), "--mission", "Follow-up 2027", "--assessor", "Ana Ruiz"]) == 0
    with Assessment.open(path) as doc:
        doc.set_answer("D1.1.1", 4, justification="Adopted in 2027.")
        doc.set_answer("D2.1.1", 1, justification="The act lapsed.")
        doc.confirm(["D3.1.1"])
        actions = doc.actions()
        doc.update_action(actions[0].id, status="done")
        doc.update_action(actions[1].id, title='=HYPERLINK("http://x.example","budget")')
    return path


def _export(path: Path, out: Path, *extra: str) -> openpyxl.Workbook:
    assert main(["export-xlsx", str(path), "-o", str(out), *extra]) == 0
    return openpyxl.load_workbook(out)


def _rows(ws: openpyxl.worksheet.worksheet.Worksheet) -> list[list[object]]:
    return [list(r) for r in ws.iter_rows(values_only=True)]


def test_a_follow_ups_matrix_has_a_progress_sheet_after_the_summary(follow_up: Path, tmp_path: Path) -> None:
    wb = _export(follow_up, tmp_path / "m.xlsx")
    assert wb.sheetnames[:3] == ["Cover", "Summary", "Progress"]
    ws = wb["Progress"]
    rows = _rows(ws)
    assert rows[0][0] == "Progress since the baseline (2026-03-09)"
    pending = len(builtin_framework().indicator_ids()) - 3  # the demo answers every one; three were changed
    assert any(
        str(r[0]).startswith(f"{pending} answers carried over from the baseline are not yet confirmed") for r in rows
    )
    # per dimension: scores then and now, change, stages, counts
    header = rows.index(["Dimension", "Title", "Baseline", "Now", "Change", "Stage then", "Stage now", "Improved",
                         "Declined"])  # fmt: skip
    d1, d2 = rows[header + 1], rows[header + 2]
    assert d1[0] == "D1" and d1[7:] == [1, 0] and isinstance(d1[4], float) and d1[4] > 0
    assert d2[0] == "D2" and d2[7:] == [0, 1] and d2[4] < 0
    overall = rows[header + 10]
    assert overall[0] == "Overall" and overall[7:] == [1, 1] and overall[5] == overall[6] == "2 - Formative"
    green = ws.cell(row=header + 2, column=5).fill.fgColor.rgb
    red = ws.cell(row=header + 3, column=5).fill.fgColor.rgb
    assert green.endswith("D3F0DE") and red.endswith("F6D5D1")
    # every indicator: stage then and now, change, result, to confirm; filterable
    by_id = {r[0]: r for r in rows if isinstance(r[0], str) and r[0].count(".") == 2 and r[1]}
    assert len(by_id) == len(builtin_framework().indicator_ids())
    assert by_id["D1.1.1"][2:7] == ["3 - Established", "4 - Strategic", 1, "Improved", None]
    assert by_id["D2.1.1"][2:7] == ["3 - Established", "1 - Start-up", -2, "Declined", None]
    assert by_id["D1.1.2"][5:7] == ["Unchanged", "Yes"]  # carried over, not yet confirmed
    assert by_id["D3.1.1"][6] is None  # confirmed
    assert ws.auto_filter.ref is not None and ws.auto_filter.ref.startswith("A")
    # the baseline's plan by status, done first; a formula-like title is text, not a formula
    done = next(r for r in rows if r[3] == "Implemented")
    assert done[0] == "1" and done[2] == "Not started"
    forged = next(r for r in rows if isinstance(r[1], str) and "HYPERLINK" in r[1])
    assert forged[1].startswith("=HYPERLINK")
    cell = next(c for row in ws.iter_rows() for c in row if c.value == forged[1])
    assert cell.data_type == "s" and cell.quotePrefix  # written as text, shown as typed
    # laid out for print like the other sheets, and protected
    assert ws.page_setup.orientation == "landscape" and ws.print_title_rows == "$1:$1"
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
    assert "Page" in ws.oddFooter.right.text and ws.protection.sheet
    no_formula = [c.coordinate for row in ws.iter_rows() for c in row if c.data_type == "f"]
    assert no_formula == []


def test_a_progress_sheet_in_french_and_none_without_a_baseline(
    follow_up: Path, demo_file: Path, tmp_path: Path
) -> None:
    wb = _export(follow_up, tmp_path / "fr.xlsx", "--language", "fr")
    assert wb.sheetnames[2] == L.fixed_sheet_title("progress", "fr") != "Progress"
    wb = _export(demo_file, tmp_path / "demo.xlsx")
    assert "Progress" not in wb.sheetnames


def test_a_re_imported_follow_up_matrix_ignores_the_progress_sheet(follow_up: Path, tmp_path: Path) -> None:
    out = tmp_path / "m.xlsx"
    wb = _export(follow_up, out)
    ws = wb["Progress"]
    ws.protection.sheet = False
    ws["A1"] = "edited by hand"
    ws["C9"] = "=1/0"  # a formula typed into the Progress sheet is not read
    dim = wb[wb.sheetnames[3]]
    row = next(r[0].row for r in dim.iter_rows(min_row=L.FIRST_ROW) if r[0].value == "D1.1.2")
    dim.cell(row, L.COLUMN_INDEX["level"]).value = L.level_label(_framework(follow_up), 4, "en")
    wb.save(out)
    assert main(["import-xlsx", str(follow_up), str(out), "--prefer", "theirs"]) == 0
    with Assessment.open(follow_up, read_only=True) as doc:
        answer = doc.answer("D1.1.2")
        assert answer is not None and answer.level == 4
        assert "D1.1.2" not in doc.to_confirm()  # changed: no longer to confirm
    # the sheet removed altogether: still imported
    wb = openpyxl.load_workbook(out)
    wb.security = None
    del wb["Progress"]
    wb.save(out)
    assert main(["import-xlsx", str(follow_up), str(out), "--dry-run"]) == 0


def _framework(path: Path) -> Framework:
    with Assessment.open(path, read_only=True) as doc:
        return doc.framework
