"""Authoring a framework in a spreadsheet: to-xlsx, from-xlsx, round trips, errors, hostile workbooks."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest

from cyberassess.cli import main
from cyberassess.framework import builtin_framework, load_framework, translation_coverage
from cyberassess.framework.authoring import WorkbookError, from_xlsx, to_xlsx
from cyberassess.matrix.errors import UnsafeWorkbookError
from cyberassess.matrix.safety import put_text
from cyberassess.paths import resource

BUILTIN = resource("frameworks", "cybercrime-capacity")


@pytest.fixture(scope="module")
def workbook(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("book") / "framework.xlsx"
    to_xlsx("cybercrime-capacity", path)
    return path


def _files(folder: Path) -> dict[str, bytes]:
    """The framework files of ``folder`` (not its migration maps), by relative path."""
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*.yaml"))
        if p.relative_to(folder).parts[0] != "migrations"
    }


def _edited(workbook: Path, target: Path, sheet: str, edit: object) -> Path:
    """A copy of ``workbook`` with ``edit(worksheet)`` applied, saved as ``target``."""
    book = openpyxl.load_workbook(workbook)
    edit(book[sheet])  # type: ignore[operator]
    book.save(target)
    return target


def _column(ws: object, name: str) -> int:
    header = [c.value for c in ws[1]]  # type: ignore[index]
    return header.index(name) + 1


def _row(ws: object, indicator_id: str) -> int:
    for row in ws.iter_rows(min_row=2):  # type: ignore[attr-defined]
        if row[1].value == indicator_id:
            return int(row[1].row)
    raise AssertionError(indicator_id)


def test_workbook_layout(workbook: Path) -> None:
    book = openpyxl.load_workbook(workbook, read_only=True)
    assert book.sheetnames == ["framework", "stages", "instruments", "actors", *[f"D{n}" for n in range(1, 10)]]
    header = [c.value for c in next(book["D4"].iter_rows(max_row=1))]
    assert header[:4] == ["type", "id", "file", "weight"]
    assert "question::fr" in header and "references::ar" in header and "stage_5::es" in header
    rows = {r[1]: r for r in book["D4"].iter_rows(min_row=2, values_only=True)}
    refs = rows["D4.2.1"][header.index("references")]
    assert "budapest | 16 | Expedited preservation of stored computer data" in refs.split("\n")
    assert len(rows["D4.2.1"][header.index("references::fr")].split("\n")) == len(refs.split("\n"))
    book.close()


def test_round_trip_keeps_the_content_and_then_the_bytes(workbook: Path, tmp_path: Path) -> None:
    first = from_xlsx(workbook, tmp_path / "one")
    assert first.content_hash == builtin_framework().content_hash
    assert all(c.percent == 100 for c in translation_coverage(first))
    to_xlsx(str(tmp_path / "one"), tmp_path / "again.xlsx")
    second = from_xlsx(tmp_path / "again.xlsx", tmp_path / "two")
    assert second.content_hash == first.content_hash
    assert _files(tmp_path / "one") == _files(tmp_path / "two")
    assert "dimensions/d4-procedural-law.fr.yaml" in _files(tmp_path / "one")


def test_the_builtin_files_are_in_the_canonical_form(workbook: Path, tmp_path: Path) -> None:
    """The shipped files are what from-xlsx writes: a round trip of them gives identical files."""
    from_xlsx(workbook, tmp_path / "out")
    assert _files(tmp_path / "out") == _files(BUILTIN)
    assert len(_files(BUILTIN)) == 4 + 9 * 4


def test_translations_preserved(workbook: Path, tmp_path: Path) -> None:
    fw = from_xlsx(workbook, tmp_path / "out")
    original = builtin_framework()
    for lang in ("fr", "es", "ar"):
        assert fw.indicator("D3.1.1").question[lang] == original.indicator("D3.1.1").question[lang]
        assert fw.indicator("D4.2.1").references == original.indicator("D4.2.1").references
        assert fw.stage(2).label[lang] == original.stage(2).label[lang]


def test_error_names_sheet_cell_and_field(workbook: Path, tmp_path: Path) -> None:
    def blank_question(ws: object) -> None:
        ws.cell(row=_row(ws, "D3.1.2"), column=_column(ws, "question")).value = None  # type: ignore[attr-defined]

    broken = _edited(workbook, tmp_path / "broken.xlsx", "D3", blank_question)
    with pytest.raises(WorkbookError) as info:
        from_xlsx(broken, tmp_path / "out")
    message = str(info.value)
    assert "sheet 'D3'" in message and "(question)" in message and "English text is required" in message
    assert (
        f"cell {openpyxl.utils.get_column_letter(_column(openpyxl.load_workbook(broken)['D3'], 'question'))}" in message
    )
    assert not (tmp_path / "out").exists()  # nothing written


def test_unknown_instrument_names_the_references_cell(workbook: Path, tmp_path: Path) -> None:
    def bad_ref(ws: object) -> None:
        ws.cell(row=_row(ws, "D4.2.1"), column=_column(ws, "references")).value = "atlantis | 3 | Nothing"  # type: ignore[attr-defined]

    broken = _edited(workbook, tmp_path / "broken.xlsx", "D4", bad_ref)
    with pytest.raises(
        WorkbookError, match=r"sheet 'D4', cell \w+\d+ \(references\): line 1: unknown instrument 'atlantis'"
    ):
        from_xlsx(broken, tmp_path / "out")


def test_a_recommendation_plan_is_read_back_and_written_in_the_dimension_file(workbook: Path, tmp_path: Path) -> None:
    def plan(ws: object) -> None:
        row = _row(ws, "D4.2.1")
        ws.cell(row=row, column=_column(ws, "plan_1")).value = "legislature | medium | high"  # type: ignore[attr-defined]
        ws.cell(row=row, column=_column(ws, "plan_3")).value = " prosecution|short|low "  # type: ignore[attr-defined]

    edited = _edited(workbook, tmp_path / "plan.xlsx", "D4", plan)
    from_xlsx(edited, tmp_path / "out")
    indicator = load_framework(tmp_path / "out").indicator("D4.2.1")
    assert {level: (p.actor, p.horizon, p.effort) for level, p in indicator.recommendation_plan.items()} == {
        1: ("legislature", "medium", "high"),
        3: ("prosecution", "short", "low"),
    }
    again = tmp_path / "again.xlsx"
    to_xlsx(str(tmp_path / "out"), again)
    ws = openpyxl.load_workbook(again)["D4"]
    assert ws.cell(row=_row(ws, "D4.2.1"), column=_column(ws, "plan_3")).value == "prosecution | short | low"


@pytest.mark.parametrize(
    ("cell", "message"),
    [
        ("ministry-of-magic | short | low", r"\(plan_2\): unknown actor 'ministry-of-magic'"),
        ("police | soon | low", r"\(plan_2\): 'soon' is not a horizon"),
        ("police | short | huge", r"\(plan_2\): 'huge' is not an effort"),
        ("police | short", r"\(plan_2\): 'police \| short' must be 'actor \| horizon \| effort'"),
    ],
)
def test_a_wrong_plan_names_its_cell(workbook: Path, tmp_path: Path, cell: str, message: str) -> None:
    def plan(ws: object) -> None:
        ws.cell(row=_row(ws, "D8.3.1"), column=_column(ws, "plan_2")).value = cell  # type: ignore[attr-defined]

    broken = _edited(workbook, tmp_path / "broken.xlsx", "D8", plan)
    with pytest.raises(WorkbookError, match=r"sheet 'D8', cell \w+\d+ " + message):
        from_xlsx(broken, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_a_workbook_without_actors_or_plans_is_still_read(workbook: Path, tmp_path: Path) -> None:
    """Workbooks made before framework 1.2 have no actors sheet and no plan columns."""
    book = openpyxl.load_workbook(workbook)
    del book["actors"]
    for name in [n for n in book.sheetnames if n.startswith("D")]:
        ws = book[name]
        for column in sorted((_column(ws, f"plan_{n}") for n in range(1, 5)), reverse=True):
            ws.delete_cols(column)
    book.save(tmp_path / "old.xlsx")
    from_xlsx(tmp_path / "old.xlsx", tmp_path / "out")
    framework = load_framework(tmp_path / "out")
    assert framework.actors == () and all(not i.recommendation_plan for i in framework.indicators())


def test_text_that_looks_like_a_formula_stays_text(workbook: Path, tmp_path: Path) -> None:
    def formula_text(ws: object) -> None:
        put_text(ws.cell(row=_row(ws, "D1.1.1"), column=_column(ws, "question::fr")), '=HYPERLINK("x")')  # type: ignore[attr-defined]

    edited = _edited(workbook, tmp_path / "edited.xlsx", "D1", formula_text)
    fw = from_xlsx(edited, tmp_path / "out")
    assert fw.indicator("D1.1.1").question["fr"] == '=HYPERLINK("x")'
    to_xlsx(str(tmp_path / "out"), tmp_path / "back.xlsx")
    cell = openpyxl.load_workbook(tmp_path / "back.xlsx")["D1"]
    written = cell.cell(row=_row(cell, "D1.1.1"), column=_column(cell, "question::fr"))
    assert written.data_type == "s" and written.quotePrefix


def test_a_real_formula_is_refused(workbook: Path, tmp_path: Path) -> None:
    def formula(ws: object) -> None:
        ws.cell(row=_row(ws, "D1.1.1"), column=_column(ws, "guidance")).value = "=1+1"  # type: ignore[attr-defined]

    edited = _edited(workbook, tmp_path / "formula.xlsx", "D1", formula)
    with pytest.raises(WorkbookError, match=r"sheet 'D1', cell \w+\d+: holds a formula"):
        from_xlsx(edited, tmp_path / "out")


def test_hostile_workbooks_are_refused(workbook: Path, tmp_path: Path) -> None:
    macro = tmp_path / "macro.xlsx"
    macro.write_bytes(workbook.read_bytes())
    with zipfile.ZipFile(macro, "a") as archive:
        archive.writestr("xl/vbaProject.bin", b"\0" * 64)
    with pytest.raises(UnsafeWorkbookError, match="macros"):
        from_xlsx(macro, tmp_path / "out")

    entity = tmp_path / "entity.xlsx"
    with zipfile.ZipFile(workbook) as source, zipfile.ZipFile(entity, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                doctype = b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
                data = data.replace(b"?>", b"?>" + doctype, 1) if data.startswith(b"<?xml") else doctype + data
            target.writestr(item, data)
    with pytest.raises(UnsafeWorkbookError, match="document type"):
        from_xlsx(entity, tmp_path / "out")

    with pytest.raises(UnsafeWorkbookError):
        from_xlsx(tmp_path / "renamed.xlsm", tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_existing_framework_needs_force_and_keeps_migrations(workbook: Path, tmp_path: Path) -> None:
    out = tmp_path / "fw"
    from_xlsx(workbook, out)
    (out / "migrations").mkdir()
    (out / "migrations" / "keep.yaml").write_text("from: x\n")
    (out / "dimensions" / "stale.fr.yaml").write_text("language: fr\n")
    with pytest.raises(Exception, match="already holds framework files"):
        from_xlsx(workbook, out)
    from_xlsx(workbook, out, force=True)
    assert (out / "migrations" / "keep.yaml").read_text() == "from: x\n"
    assert not (out / "dimensions" / "stale.fr.yaml").exists()
    assert load_framework(out).content_hash == builtin_framework().content_hash


def test_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    book = tmp_path / "fw.xlsx"
    assert main(["framework", "to-xlsx", "-o", str(book)]) == 0
    assert main(["framework", "from-xlsx", str(book), "-o", str(tmp_path / "out")]) == 0
    out = capsys.readouterr().out
    assert f"content hash {builtin_framework().content_hash}" in out
    assert main(["framework", "from-xlsx", str(book), "-o", str(tmp_path / "out")]) != 0
    err = capsys.readouterr().err
    assert "already holds framework files" in err and "Traceback" not in err
    assert main(["framework", "to-xlsx", "--framework", "nope", "-o", str(book)]) != 0
    assert "not installed" in capsys.readouterr().err


def test_text_in_a_field_the_row_does_not_have_is_refused(workbook: Path, tmp_path: Path) -> None:
    def question_on_a_section(ws: object) -> None:
        ws.cell(row=_row(ws, "D2.1"), column=_column(ws, "question::es")).value = "¿perdida?"  # type: ignore[attr-defined]

    edited = _edited(workbook, tmp_path / "lost.xlsx", "D2", question_on_a_section)
    with pytest.raises(WorkbookError, match=r"sheet 'D2', cell \w+\d+ \(question::es\): a row of type 'section'"):
        from_xlsx(edited, tmp_path / "out")


def test_a_reference_the_cell_cannot_hold_is_refused_when_writing(tmp_path: Path) -> None:
    import dataclasses

    from cyberassess.errors import InputError
    from cyberassess.framework.authoring.to_workbook import workbook_bytes

    fw = builtin_framework()
    dim = fw.dimensions[0]
    section = dim.sections[0]
    first = section.indicators[0]
    ref = dataclasses.replace(first.references[0], provision={"en": "Measures | and more"})
    section = dataclasses.replace(section, indicators=(dataclasses.replace(first, references=(ref,)),))
    fw = dataclasses.replace(fw, dimensions=(dataclasses.replace(dim, sections=(section,)),))
    with pytest.raises(InputError, match=f"Indicator {first.id}: a reference"):
        workbook_bytes(fw, ["d1.yaml"])
