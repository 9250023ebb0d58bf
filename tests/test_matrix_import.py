"""Planning and applying an import: new, unchanged, conflicts, and who decides."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime, tzinfo
from pathlib import Path

import openpyxl
import pytest

from cyberassess.errors import InputError, ReadOnlyError
from cyberassess.matrix import apply_import, export_matrix, importer, plan_import, read_matrix
from cyberassess.matrix.importer import newer_side
from cyberassess.store import Assessment


def _row_of(ws: openpyxl.worksheet.worksheet.Worksheet, indicator_id: str) -> int:
    return next(r[0].row for r in ws.iter_rows(min_row=3) if r[0].value == indicator_id)


def _edit(matrix: Path, changes: dict[str, dict[int, object]], saved_at: str | None = None) -> None:
    """Change cells of indicator rows as a person would in a spreadsheet (column number → value)."""
    wb = openpyxl.load_workbook(matrix)
    for indicator_id, cells in changes.items():
        ws = next(ws for ws in wb.worksheets if ws.title.startswith(indicator_id[:2] + " "))
        for column, value in cells.items():
            ws.cell(_row_of(ws, indicator_id), column).value = value
    buffer = io.BytesIO()
    wb.save(buffer)
    data = buffer.getvalue()
    if saved_at:  # the time the spreadsheet program saved it (openpyxl stamps "now", to the second)
        out = io.BytesIO()
        with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
            for info in src.infolist():
                content = src.read(info.filename)
                if info.filename == "docProps/core.xml":
                    content = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + saved_at.encode(), content)
                dst.writestr(info, content)
        data = out.getvalue()
    matrix.write_bytes(data)


@pytest.fixture
def answered(mini_doc: Assessment) -> Assessment:
    mini_doc.set_answer("D1.1.1", 2, justification="two", confidence="low", assessor="Ada")
    mini_doc.set_answer("D1.1.2", 3, justification="three", assessor="Ada")
    mini_doc.set_answer("D1.2.1", "na", justification="not here", assessor="Ada")
    return mini_doc


def test_plan_sorts_rows_into_new_unchanged_and_conflicts(answered: Assessment, tmp_path: Path) -> None:
    matrix = export_matrix(answered, tmp_path / "m.xlsx")
    _edit(matrix, {"D1.1.1": {3: "4 - Strategic", 6: "Bo"}, "D2.1.1": {3: 1, 4: "new one"}, "D1.2.1": {3: None}})
    answered.set_answer("D1.1.2", 3, justification="three, edited here")
    plan = plan_import(answered, matrix)
    assert plan.hash_status == "edited" and plan.kind == "assessment"
    assert [a.indicator_id for a in plan.new] == ["D2.1.1"]
    assert {c.indicator_id for c in plan.conflicts} == {"D1.1.1", "D1.1.2", "D1.2.1"}
    conflict = next(c for c in plan.conflicts if c.indicator_id == "D1.1.1")
    assert (conflict.mine.value, conflict.theirs.value, conflict.theirs.assessor) == (2, 4, "Bo")
    assert plan.unchanged == 0 and plan.rejected == ()
    assert plan.provenance == f"import:{answered.info.file_uuid}"


def test_without_a_choice_conflicts_stay_mine_and_are_unresolved(answered: Assessment, tmp_path: Path) -> None:
    matrix = export_matrix(answered, tmp_path / "m.xlsx")
    _edit(matrix, {"D1.1.1": {3: 5}, "D2.1.2": {3: "Unknown / no data"}})
    result = apply_import(answered, plan_import(answered, matrix))
    assert result.applied == 1 and result.unresolved == ("D1.1.1",) and result.kept_mine == 0
    answers = answered.answers()
    assert answers["D1.1.1"].value == 2 and answers["D2.1.2"].value == "unknown"


@pytest.mark.parametrize(("prefer", "expected"), [("mine", 2), ("theirs", 5)])
def test_prefer_mine_or_theirs(answered: Assessment, tmp_path: Path, prefer: str, expected: int) -> None:
    matrix = export_matrix(answered, tmp_path / "m.xlsx")
    _edit(matrix, {"D1.1.1": {3: 5}})
    result = apply_import(answered, plan_import(answered, matrix), prefer=prefer)  # type: ignore[arg-type]
    assert answered.answers()["D1.1.1"].value == expected
    assert (result.applied, result.kept_mine) == ((0, 1) if prefer == "mine" else (1, 0))


def test_choices_override_prefer(answered: Assessment, tmp_path: Path) -> None:
    matrix = export_matrix(answered, tmp_path / "m.xlsx")
    _edit(matrix, {"D1.1.1": {3: 5}, "D1.1.2": {3: 5}})
    plan = plan_import(answered, matrix)
    result = apply_import(answered, plan, prefer="mine", choices={"D1.1.2": "theirs"})
    answers = answered.answers()
    assert (answers["D1.1.1"].value, answers["D1.1.2"].value) == (2, 5)
    assert (result.applied, result.kept_mine, result.unresolved) == (1, 1, ())
    with pytest.raises(InputError):
        apply_import(answered, plan, choices={"D1.1.1": "both"})  # type: ignore[dict-item]
    with pytest.raises(InputError):
        apply_import(answered, plan, prefer="latest")  # type: ignore[arg-type]


def test_newer_uses_the_row_time_or_the_time_the_workbook_was_saved(
    answered: Assessment, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    matrix = export_matrix(answered, tmp_path / "m.xlsx")
    assert read_matrix(matrix).exported_at is not None
    exported_time = answered.answers()["D1.1.2"].updated_at
    _edit(matrix, {"D1.1.1": {3: 5}}, saved_at="2099-01-01T00:00:00Z")
    answered.set_answer("D1.1.2", 4)  # changed here after the export: mine is newer
    plan = plan_import(answered, matrix)
    theirs = {c.indicator_id: c.theirs for c in plan.conflicts}
    assert theirs["D1.1.1"].updated_at == "2099-01-01T00:00:00+00:00"  # edited row: when the workbook was saved
    assert theirs["D1.1.2"].updated_at == exported_time  # untouched row: the time it carries
    assert not plan.times_proven  # not signed: these times are the file's claims
    apply_import(answered, plan, prefer="newer")
    answers = answered.answers()
    assert answers["D1.1.1"].value == 2 and answers["D1.1.2"].value == 4  # a time later than now is not believed
    with monkeypatch.context() as patch:  # in 2100, 2099 is the past: the saved time wins
        patch.setattr(importer, "datetime", _Clock2100)
        apply_import(answered, plan_import(answered, matrix), prefer="newer")
    answers = answered.answers()
    assert answers["D1.1.1"].value == 5 and answers["D1.1.2"].value == 4
    assert answers["D1.1.1"].updated_at == "2099-01-01T00:00:00+00:00"


class _Clock2100(datetime):
    @classmethod
    def now(cls, tz: tzinfo | None = None) -> _Clock2100:
        return cls(2100, 1, 1, tzinfo=tz)


def test_newer_side_rules() -> None:
    assert newer_side("2026-01-01T00:00:00+00:00", "2026-01-02T00:00:00+00:00") == "theirs"
    assert newer_side("2026-01-02T00:00:00+00:00", "2026-01-01T00:00:00+00:00") == "mine"
    assert newer_side("2026-01-01T00:00:00+00:00", "2026-01-01T00:00:00+00:00") == "mine"
    assert newer_side("2026-01-01T00:00:00+00:00", None) == "mine"
    assert newer_side(None, "2026-01-01T00:00:00") == "theirs"
    assert newer_side("2026-01-01T00:00:00+00:00", "2999-01-01T00:00:00+00:00") == "mine"  # the future: unknown
    assert newer_side(None, "2999-01-01T00:00:00+00:00") == "mine"


def test_an_answer_changed_after_planning_is_never_overwritten(answered: Assessment, tmp_path: Path) -> None:
    matrix = export_matrix(answered, tmp_path / "m.xlsx")
    _edit(matrix, {"D1.1.1": {3: 5}, "D2.1.1": {3: 1}})
    plan = plan_import(answered, matrix)
    answered.set_answer("D1.1.1", 1)
    answered.set_answer("D2.1.1", 2)
    result = apply_import(answered, plan, prefer="theirs")
    assert set(result.unresolved) == {"D1.1.1", "D2.1.1"}
    assert answered.answers()["D1.1.1"].value == 1 and answered.answers()["D2.1.1"].value == 2


def test_an_empty_row_never_clears_an_answer(answered: Assessment, tmp_path: Path) -> None:
    matrix = export_matrix(answered, tmp_path / "m.xlsx")
    _edit(matrix, {"D1.1.1": {3: None, 4: None, 5: None}})
    plan = plan_import(answered, matrix)
    assert not plan.conflicts and not plan.new
    apply_import(answered, plan, prefer="theirs")
    assert answered.answers()["D1.1.1"].value == 2


def test_read_only_assessment_gives_a_clear_error(answered: Assessment, tmp_path: Path) -> None:
    matrix = export_matrix(answered, tmp_path / "m.xlsx")
    path = answered.path
    answered.close()
    with Assessment.open(path, read_only=True) as doc:
        plan = plan_import(doc, matrix)  # reading is fine
        with pytest.raises(ReadOnlyError, match=r"Cannot import into mini\.cyberassess") as caught:
            apply_import(doc, plan, prefer="theirs")
        assert caught.value.hint


def test_a_plan_belongs_to_its_assessment(answered: Assessment, tmp_path: Path) -> None:
    matrix = export_matrix(answered, tmp_path / "m.xlsx")
    plan = plan_import(answered, matrix)
    other = tmp_path / "other.cyberassess"
    with (
        Assessment.create(other, country="X", mission="", framework=answered.framework) as doc,
        pytest.raises(InputError, match="another assessment"),
    ):
        apply_import(doc, plan)


def test_labels_in_other_languages_and_hand_typed_values(answered: Assessment, tmp_path: Path) -> None:
    matrix = export_matrix(answered, tmp_path / "m.xlsx", language="es")
    _edit(matrix, {"D2.1.1": {3: "N/A", 5: "MEDIUM"}, "D2.1.2": {3: "5.0"}})
    plan = plan_import(answered, matrix)
    got = {a.indicator_id: (a.value, a.confidence) for a in plan.new}
    assert got == {"D2.1.1": ("na", "medium"), "D2.1.2": (5, None)}


def test_text_the_document_would_refuse_is_rejected_row_by_row_before_anything_is_written(
    answered: Assessment, tmp_path: Path
) -> None:
    matrix = export_matrix(answered, tmp_path / "m.xlsx")
    _edit(
        matrix,
        {
            "D2.1.1": {3: 2, 4: "fine\u009b2Jforged"},  # a terminal escape code (C1 CSI)
            "D2.1.2": {3: 3, 4: "x" * 25_000},  # longer than a justification may be
            "D1.1.2": {3: 4, 4: "kept"},
        },
    )
    plan = plan_import(answered, matrix)
    reasons = {r.cell: r.reason for r in plan.rejected}
    assert any("control character" in reason for reason in reasons.values())
    assert any("too long" in reason for reason in reasons.values())
    assert not any("\u009b" in reason for reason in reasons.values())
    apply_import(answered, plan, prefer="theirs")
    assert answered.answer("D2.1.1") is None and answered.answer("D2.1.2") is None
    assert answered.answer("D1.1.2").justification == "kept"
