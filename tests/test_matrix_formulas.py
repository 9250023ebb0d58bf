"""A blank matrix filled in as a person would, its live Summary scores, and the same file imported.

The fast tests check the workbook's structure (formulas, print set-up, the columns to write in and
what is read back). The slow test recalculates the filled workbook with LibreOffice headless and
compares the Summary's computed scores with ``cyberassess score`` after importing the same file.
"""

from __future__ import annotations

import json
import random
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

from cyberassess.cli import main
from cyberassess.framework import get_framework
from cyberassess.matrix import apply_import, export_blank, plan_import, read_matrix
from cyberassess.matrix import layout as L
from cyberassess.matrix.sheets.common import BODY_POINTS, MIN_PRINT_POINTS, print_scale
from cyberassess.store import Assessment

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
LONG = (
    "Interviewed the head of the National Police cybercrime unit and two prosecutors; read the 2024 "
    "annual report of the unit, the draft strategy and the inter-agency memorandum. " * 3
).strip()


def _indicator_rows(ws: openpyxl.worksheet.worksheet.Worksheet) -> dict[str, int]:
    return {str(r[0].value): r[0].row for r in ws.iter_rows(min_row=L.FIRST_ROW) if str(r[0].value).count(".") == 2}


def _fill(blank: Path, seed: int = 11) -> dict[str, object]:
    """Fill ``blank`` with openpyxl as a person would: drop-down values, long text, comments; returns the stages."""
    rng = random.Random(seed)
    wb = openpyxl.load_workbook(blank)
    lists = wb.worksheets[-1]
    choices = [lists.cell(r, 1).value for r in range(1, 8)]  # what the drop-down offers
    cover = wb.worksheets[0]
    meta = next(ws for ws in wb.worksheets if ws["A1"].value == L.MARKER)
    cells = {str(r[0].value): str(r[1].value) for r in meta.iter_rows(min_row=2) if r[0].value}
    cover[cells["country_cell"]] = "Meridia"
    cover[cells["mission_cell"]] = "Field test 2026"
    cover[cells["assessors_cell"]] = "Ana Ruiz; Omar Haddad"
    cover[cells["filled_by"] if "filled_by" in cells else cells["filled_by_cell"]] = "Ana Ruiz (Ministry of Justice)"
    chosen: dict[str, object] = {}
    col = L.COLUMN_INDEX
    for ws in wb.worksheets[2:-2]:
        for indicator_id, row in _indicator_rows(ws).items():
            if rng.random() < 0.15:
                continue  # left empty
            choice = rng.choice(choices)
            ws.cell(row, col["level"]).value = choice
            ws.cell(row, col["justification"]).value = LONG if rng.random() < 0.3 else f"Seen for {indicator_id}."
            ws.cell(row, col["comments"]).value = "Adopt the draft law." if rng.random() < 0.3 else None
            ws.cell(row, col["documents"]).value = "Annual report 2024" if rng.random() < 0.3 else None
            ws.cell(row, col["confidence"]).value = rng.choice(["low", "medium", "high"])
            ws.cell(row, col["assessor"]).value = "Ana Ruiz" if rng.random() < 0.5 else None
            chosen[indicator_id] = choice
    wb.save(blank)
    return chosen


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    blank = export_blank(get_framework("cybercrime-capacity"), tmp_path / "filled.xlsx")
    _fill(blank)
    return blank


def test_summary_formulas_follow_the_scoring_rule(filled: Path) -> None:
    wb = openpyxl.load_workbook(filled)
    summary = wb.worksheets[1]
    d1 = next(r for r in summary.iter_rows() if r[0].value == "D1")
    score, weighted, weights = d1[2].value, d1[9].value, d1[10].value
    assert score.startswith("=IF(K") and "ROUND(J" in score
    assert weighted.startswith("=SUMPRODUCT(") and "--ISNUMBER(" in weights  # N/A and Unknown are not zero
    ws = wb.worksheets[2]
    row = next(iter(_indicator_rows(ws).values()))
    assert ws.cell(row, L.COLUMN_INDEX["stage_number"]).value.startswith("=IFERROR(VALUE(LEFT(")
    assert isinstance(ws.cell(row, L.COLUMN_INDEX["weight"]).value, float)


def test_what_is_written_comes_back_and_fills_the_details(filled: Path, tmp_path: Path) -> None:
    content = read_matrix(filled)
    assert content.country == "Meridia" and content.assessors == ("Ana Ruiz", "Omar Haddad")
    assert dict(content.typed_details)["mission"] == "Field test 2026"
    with_comments = [
        r for r in content.rows if "Comments and recommendations:\nAdopt the draft law." in r.justification
    ]
    assert with_comments and any("Documents seen:\nAnnual report 2024" in r.justification for r in content.rows)
    assert {r.assessor for r in content.rows} == {
        "Ana Ruiz"
    }  # the cover's "(Ministry of Justice)" is not a second person
    assert not content.rejected


def _printed_columns(ws: openpyxl.worksheet.worksheet.Worksheet) -> int:
    """How many columns from A print: up to the first hidden one (the Cover and Summary: their own)."""
    count = 0
    for letter in "ABCDEFGHI":
        if letter not in ws.column_dimensions or ws.column_dimensions[letter].hidden:
            break
        count += 1
    return count


def test_sheets_print_at_nine_points_or_more(tmp_path: Path) -> None:
    for paper in ("a4", "letter"):
        out = export_blank(get_framework("cybercrime-capacity"), tmp_path / f"{paper}.xlsx", paper=paper)
        wb = openpyxl.load_workbook(out)
        for ws in wb.worksheets[:-2]:
            widths = [ws.column_dimensions[c].width for c in "ABCDEFGH"[: _printed_columns(ws)]]
            landscape = ws.page_setup.orientation == "landscape"
            scale = print_scale(paper, widths, landscape=landscape)  # as designed, with Calibri or Carlito
            assert scale * BODY_POINTS / 100 >= MIN_PRINT_POINTS, (paper, ws.title, scale)
            assert ws.page_setup.fitToWidth == 1, ws.title  # a wider substitute font never splits the columns
            assert ws.page_setup.paperSize == (9 if paper == "a4" else 1)
            assert "&P" in ws.oddFooter.right.text and "&N" in ws.oddFooter.right.text
        assert wb.worksheets[2].print_title_rows == "$1:$2"


def test_a_blank_for_print_has_room_to_write(tmp_path: Path) -> None:
    out = export_blank(get_framework("cybercrime-capacity"), tmp_path / "print.xlsx", for_print=True)
    ws = openpyxl.load_workbook(out).worksheets[2]
    rows = _indicator_rows(ws).values()
    assert all(ws.row_dimensions[r].height >= 150 for r in rows)


def test_row_heights_show_a_long_justification(tmp_path: Path) -> None:
    with Assessment.create(
        tmp_path / "a.cyberassess", country="X", mission="M", assessors=["A"], framework=get_framework("mini")
    ) as doc:
        doc.set_answer("D1.1.1", 3, justification="x " * 215)  # 430 characters
        from cyberassess.matrix import export_matrix

        out = export_matrix(doc, tmp_path / "m.xlsx")
    ws = openpyxl.load_workbook(out).worksheets[2]
    row = _indicator_rows(ws)["D1.1.1"]
    assert ws.row_dimensions[row].height >= 15 * 11  # about 40 characters a line in the 34-wide column, not six lines


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_computes_the_same_scores_as_the_app(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert SOFFICE is not None
    folder = tmp_path / "recalc"
    folder.mkdir()
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={(tmp_path / 'profile').resolve().as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "xlsx:Calc MS Excel 2007 XML",
            "--outdir",
            str(folder),
            str(filled),
        ],
        capture_output=True,
        timeout=240,
        check=True,
    )
    computed = openpyxl.load_workbook(folder / filled.name, data_only=True).worksheets[1]
    shown = {
        r[0].value: (r[2].value, r[4].value, r[6].value)
        for r in computed.iter_rows()
        if str(r[0].value).startswith("D")
    }
    target = tmp_path / "imported.cyberassess"
    with Assessment.create(
        target,
        country="Meridia",
        mission="Field",
        assessors=["Ana Ruiz"],
        framework=get_framework("cybercrime-capacity"),
    ) as doc:
        apply_import(doc, plan_import(doc, filled))
    assert main(["score", str(target), "--json"]) == 0
    card = json.loads(capsys.readouterr().out)
    for dim in card["dimensions"]:
        score, rated, coverage = shown[dim["dimension_id"]]
        if dim["score"] is None:
            assert score in (None, "")
        else:
            assert round(score, 2) == round(dim["score"], 2), dim["dimension_id"]
        assert rated == dim["rated"] and round(coverage, 2) == round(dim["coverage"], 2)
    overall = computed["B3"].value
    assert round(overall, 2) == round(card["score"], 2)


def test_cover_details_fill_an_empty_assessment_and_differences_are_conflicts(filled: Path, tmp_path: Path) -> None:
    fw = get_framework("cybercrime-capacity")
    with Assessment.create(
        tmp_path / "e.cyberassess", country="Meridia", mission="", assessors=[], framework=fw
    ) as doc:
        plan = plan_import(doc, filled)
        assert {(d.field, d.conflict) for d in plan.details} == {("mission", False), ("assessors", False)}
        result = apply_import(doc, plan)
        assert set(result.details) == {"mission", "assessors"} and not result.unresolved
        assert doc.info.mission == "Field test 2026" and doc.info.assessors == ("Ana Ruiz", "Omar Haddad")
    with Assessment.create(
        tmp_path / "o.cyberassess", country="Otherland", mission="M", assessors=["Ana Ruiz"], framework=fw
    ) as doc:
        plan = plan_import(doc, filled)
        conflict = next(d for d in plan.details if d.field == "country")
        assert conflict.conflict and (conflict.mine, conflict.theirs) == ("Otherland", "Meridia")
        assert [d.theirs for d in plan.details if d.field == "assessors"] == ["Omar Haddad"]
        result = apply_import(doc, plan)  # no choice: nothing of mine changes, the conflict is reported
        assert {"cover:country", "cover:mission"} <= set(result.unresolved) and doc.info.country == "Otherland"
        apply_import(doc, plan_import(doc, filled), choices={"cover:country": "theirs", "cover:mission": "mine"})
        assert doc.info.country == "Meridia" and doc.info.mission == "M"


def test_treaty_table_round_trip_and_conflicts(demo_file: Path, tmp_path: Path) -> None:
    from cyberassess.matrix import export_matrix

    with Assessment.open(demo_file) as doc:
        entries = doc.treaty_entries()
        out = export_matrix(doc, tmp_path / "t.xlsx")
        plan = plan_import(doc, out)
        assert entries and not plan.treaty  # exported and read back: nothing new, nothing differs
    wb = openpyxl.load_workbook(out)
    ws = wb["Treaty table"]
    rows = {ws.cell(r, 1).value: r for r in range(3, ws.max_row + 1)}
    filled = next(k for k in rows if k in entries)
    empty = next(k for k in rows if k not in entries)
    ws.cell(rows[filled], 6).value = '=HYPERLINK("http://example.invalid")'  # a formula: rejected, never run
    ws.cell(rows[empty], 6).value, ws.cell(rows[empty], 7).value = "Penal Code s. 9", "Partielle"
    other = next(k for k in rows if k in entries and k != filled)
    ws.cell(rows[other], 8).value = "changed note"
    wb.save(out)
    with Assessment.open(demo_file) as doc:
        plan = plan_import(doc, out)
        content = read_matrix(out)
        assert any(r.sheet == "Treaty table" and "formula" in r.reason for r in content.rejected)
        changes = {c.key: c for c in plan.treaty}
        assert not changes[f"treaty:{empty}"].conflict and changes[f"treaty:{other}"].conflict
        result = apply_import(doc, plan, prefer="mine")
        assert result.treaty == 1 and doc.treaty_entries()[empty].compliance == "partial"
        assert doc.treaty_entries()[other].note == entries[other].note
        apply_import(doc, plan_import(doc, out), choices={f"treaty:{other}": "theirs"})
        assert doc.treaty_entries()[other].note == "changed note"


def test_action_plan_round_trip_new_actions_and_conflicts(demo_file: Path, tmp_path: Path) -> None:
    from cyberassess.matrix import export_matrix

    with Assessment.open(demo_file) as doc:
        actions = doc.actions()
        out = export_matrix(doc, tmp_path / "a.xlsx")
        assert actions and not plan_import(doc, out).actions  # read back as exported: nothing differs
    wb = openpyxl.load_workbook(out)
    ws = wb["Action plan"]
    first_empty = 3 + len(actions)
    ws.cell(3, 2).value = "A retitled first action"  # the first exported action, changed
    new = [first_empty, "Train 40 judges on electronic evidence", "D5.1.1, D5.2.1", "Judicial School", "", "short"]
    for column, value in enumerate(new[1:], start=2):
        ws.cell(first_empty, column).value = value
    ws.cell(first_empty, 8).value = 12000
    ws.cell(first_empty + 1, 2).value, ws.cell(first_empty + 1, 3).value = "Linked to nothing real", "D9.9.9"
    ws.cell(first_empty + 2, 2).value = '=HYPERLINK("http://example.invalid")'
    wb.save(out)
    with Assessment.open(demo_file) as doc:
        plan = plan_import(doc, out)
        content = read_matrix(out)
        reasons = [r.reason for r in content.rejected if r.sheet == "Action plan"]
        assert any("D9.9.9" in r for r in reasons) and any("formula" in r for r in reasons)
        assert {c.conflict for c in plan.actions} == {True, False}
        result = apply_import(doc, plan, prefer="mine")
        assert result.actions == 1 and f"action:{actions[0].id}" not in result.unresolved
        added = next(a for a in doc.actions() if a.title.startswith("Train 40 judges"))
        assert added.indicator_ids == ("D5.1.1", "D5.2.1") and added.horizon == "short" and added.cost_amount == 12000
        assert doc.actions()[0].title == actions[0].title  # mine kept
        again = plan_import(doc, out)  # importing the same file again adds nothing twice
        assert [c.conflict for c in again.actions] == [True]
        apply_import(doc, again, choices={f"action:{actions[0].id}": "theirs"})
        assert any(a.title == "A retitled first action" for a in doc.actions())


def test_a_matrix_of_format_1_is_still_imported(mini_doc: Assessment) -> None:
    """A matrix exported before the field matrix (columns A-J of format 1) imports unchanged."""
    old = Path(__file__).parent / "corpus" / "xlsx" / "format1-mini.xlsx"
    content = read_matrix(old)
    assert not content.rejected and content.hash_status == "unchanged"
    assert {r.indicator_id: (r.value, r.justification) for r in content.rows} == {
        "D1.1.1": (3, "old format"),
        "D2.1.1": ("na", "not here"),
    }
    result = apply_import(mini_doc, plan_import(mini_doc, old))
    assert result.applied == 2 and mini_doc.answers()["D1.1.1"].confidence == "high"


def test_mission_sheet_round_trip_new_entries_and_conflicts(demo_file: Path, tmp_path: Path) -> None:
    from cyberassess.matrix import export_matrix

    with Assessment.open(demo_file) as doc:
        team, consulted = doc.team(), doc.consulted()
        out = export_matrix(doc, tmp_path / "m.xlsx")
        assert team and consulted and not plan_import(doc, out).mission  # read back as exported
    wb = openpyxl.load_workbook(out)
    ws = wb["Mission"]
    meta = next(w for w in wb.worksheets if w["A1"].value == L.MARKER)
    starts = {
        str(r[0].value): int(r[1].value)
        for r in meta.iter_rows(min_row=2)
        if str(r[0].value).startswith("mission_rows:")
    }
    first = starts["mission_rows:mission"]
    ws.cell(first + 2, 2).value = "2026-03-21"  # end date: a conflict
    team_row = starts["mission_rows:team"]
    ws.cell(team_row + len(team), 1).value, ws.cell(team_row + len(team), 2).value = "Omar Haddad", "Forensics"
    ws.cell(team_row, 2).value = "Lead"  # the first member's role: a conflict
    row = starts["mission_rows:consulted"] + len(consulted)
    ws.cell(row, 1).value, ws.cell(row, 4).value = "Central Bank", "2026-02-30"  # not a calendar date
    wb.save(out)
    with Assessment.open(demo_file) as doc:
        content = read_matrix(out)
        assert any(r.sheet == "Mission" and "calendar date" in r.reason for r in content.rejected)
        plan = plan_import(doc, out)
        keys = {c.key: c for c in plan.mission}
        assert keys["mission:end_date"].conflict and keys[f"team:{team[0].id}"].conflict and "team:new" in keys
        result = apply_import(doc, plan)  # no choice: the new member is added, conflicts wait
        assert result.mission == 1 and "mission:end_date" in result.unresolved
        assert [m.name for m in doc.team()][-1] == "Omar Haddad" and doc.mission().end_date == "2026-03-20"
        apply_import(doc, plan_import(doc, out), choices={"mission:end_date": "theirs", f"team:{team[0].id}": "mine"})
        assert doc.mission().end_date == "2026-03-21" and doc.team()[0].role == team[0].role


def test_text_on_the_review_sheets_is_never_a_formula(mini_doc: Assessment, tmp_path: Path) -> None:
    from cyberassess.matrix import export_matrix

    mini_doc.add_action("=1+1", notes="@SUM(1,2)")
    mini_doc.add_team_member("+cmd|' /C calc'!A0", role="-2+3")
    mini_doc.set_mission(limitations='=HYPERLINK("http://example.invalid","x")')
    out = export_matrix(mini_doc, tmp_path / "h.xlsx")
    wb = openpyxl.load_workbook(out)
    seen = 0
    for title in ("Mission", "Action plan", "Treaty table"):
        for row in wb[title].iter_rows():
            for cell in row:
                assert cell.data_type != "f", (title, cell.coordinate)
                if isinstance(cell.value, str) and cell.value[:1] in "=+-@":
                    assert cell.data_type == "s" and cell.quotePrefix, (title, cell.coordinate)
                    seen += 1
    assert seen == 5
    plan = plan_import(mini_doc, out)
    assert not plan.actions and not plan.mission  # read back exactly as written
