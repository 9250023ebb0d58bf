"""Merging several assessors: provenance, disagreements, conflicts, determinism and idempotence."""

from __future__ import annotations

from pathlib import Path

import pytest

from cyberassess.errors import InputError
from cyberassess.framework import builtin_framework, get_framework
from cyberassess.matrix import MatrixConflictError, MergeConflict, export_blank, export_matrix, merge
from cyberassess.store import Assessment

ANSWERS = {
    # assessor: {indicator: (value, justification)}
    "Ada": {"D1.1.1": (2, "ada 1"), "D1.1.2": (3, "same"), "D2.1.1": (1, "ada 3")},
    "Bo": {"D1.1.1": (4, "bo 1"), "D1.1.2": (3, "same"), "D1.2.1": ("na", "bo only")},
    "Cy": {"D1.1.1": (3, "cy 1"), "D2.1.1": ("unknown", "cy 3")},
}


def _assessor_file(folder: Path, who: str, country: str = "Testland") -> Path:
    path = folder / f"{who}.cyberassess"
    with Assessment.create(path, country=country, mission="M", assessors=[who], framework=get_framework("mini")) as doc:
        for indicator_id, (value, note) in ANSWERS[who].items():
            doc.set_answer(indicator_id, value, justification=note, assessor=who)
    return path


@pytest.fixture
def inputs(tmp_path: Path) -> list[Path]:
    return [_assessor_file(tmp_path, who) for who in ANSWERS]


def _snapshot(path: Path) -> tuple[object, ...]:
    with Assessment.open(path, read_only=True) as doc:
        answers = {
            k: (a.value, a.justification, a.confidence, a.assessor, a.updated_at) for k, a in doc.answers().items()
        }
        return answers, doc.history_count(), len(doc.merge_inputs()), doc.info.assessors


def test_conflicts_without_prefer_write_nothing(inputs: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "merged.cyberassess"
    with pytest.raises(MatrixConflictError) as caught:
        merge(out, inputs)
    conflicts = caught.value.conflicts
    assert [c.indicator_id for c in conflicts if isinstance(c, MergeConflict)] == ["D1.1.1", "D2.1.1"]
    first = conflicts[0]
    assert isinstance(first, MergeConflict) and [name for name, _ in first.answers] == [p.name for p in inputs]
    assert "--prefer" in caught.value.hint and caught.value.exit_code == 3
    assert not out.exists() and sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in inputs)


def test_merge_with_provenance_history_and_disagreements(inputs: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "merged.cyberassess"
    result = merge(out, inputs, prefer="theirs")
    assert (result.inputs, result.answers, result.conflicts_resolved) == (3, 4, 2)
    uuids = {}
    for path in inputs:
        with Assessment.open(path, read_only=True) as doc:
            uuids[path.stem] = doc.info.file_uuid
    with Assessment.open(out, read_only=True) as doc:
        answers = doc.answers()
        assert answers["D1.1.1"].value == 3 and answers["D1.1.1"].assessor == "Cy"  # theirs: the last input
        assert answers["D2.1.1"].value == "unknown" and answers["D1.2.1"].value == "na"
        assert answers["D1.1.2"].assessor == "Ada"  # all agree: the first one who said it
        sources = {h.indicator_id: h.source for h in doc.history() if h.action == "answer"}
        assert sources["D1.1.1"] == f"merge:{uuids['Cy']}" and sources["D1.1.2"] == f"merge:{uuids['Ada']}"
        provenance = doc.merge_inputs()
        assert len(provenance) == 8 and {m.assessor for m in provenance} == {"Ada", "Bo", "Cy"}
        assert doc.info.country == "Testland" and doc.info.assessors == ("Ada", "Bo", "Cy")
    found = {d.indicator_id: d for d in result.disagreements}
    assert set(found) == {"D1.1.1", "D2.1.1"}
    assert found["D1.1.1"].reason == "spread" and found["D1.1.1"].spread == 2
    assert found["D2.1.1"].reason == "unknown"


@pytest.mark.parametrize(("prefer", "value"), [("mine", 2), ("theirs", 3), ("newer", 3)])
def test_prefer_rules(inputs: list[Path], tmp_path: Path, prefer: str, value: int) -> None:
    out = tmp_path / "merged.cyberassess"
    merge(out, inputs, prefer=prefer)  # type: ignore[arg-type]
    with Assessment.open(out, read_only=True) as doc:
        assert doc.answers()["D1.1.1"].value == value  # Cy's file was written last, so it is the newest


def test_deterministic_and_idempotent(inputs: list[Path], tmp_path: Path) -> None:
    one, two = tmp_path / "one.cyberassess", tmp_path / "two.cyberassess"
    merge(one, inputs, prefer="newer")
    merge(two, inputs, prefer="newer")
    assert _snapshot(one)[0] == _snapshot(two)[0]
    before = _snapshot(one)
    again = merge(one, [*inputs, inputs[0]], prefer="newer")  # into the output, with a duplicate input
    assert again.changed == 0 and again.duplicates == 1
    assert _snapshot(one) == before
    three = tmp_path / "three.cyberassess"
    merge(three, inputs, prefer="mine")
    after = _snapshot(three)
    assert merge(three, inputs, prefer="mine").changed == 0 and _snapshot(three) == after


def test_merging_into_an_existing_assessment_keeps_it_as_mine(inputs: list[Path], tmp_path: Path) -> None:
    lead = inputs[0]
    before_history = _snapshot(lead)[1]
    result = merge(lead, inputs[1:], prefer="mine")
    with Assessment.open(lead, read_only=True) as doc:
        answers = doc.answers()
        assert answers["D1.1.1"].value == 2 and answers["D1.2.1"].value == "na"  # mine kept; Bo's new answer added
        assert {m.source_name for m in doc.merge_inputs()} == {p.name for p in inputs}  # own answers as provenance
        assert doc.info.assessors == ("Ada", "Bo", "Cy")
    assert result.changed == 1 and _snapshot(lead)[1] > before_history
    assert {d.indicator_id for d in result.disagreements} == {"D1.1.1", "D2.1.1"}


def test_matrices_and_filled_templates_as_inputs(inputs: list[Path], tmp_path: Path) -> None:
    import openpyxl

    with Assessment.open(inputs[1]) as doc:
        bo_matrix = export_matrix(doc, tmp_path / "bo.xlsx")
    blank = export_blank(get_framework("mini"), tmp_path / "dee.xlsx")
    wb = openpyxl.load_workbook(blank)
    ws = wb.worksheets[3]  # cover, summary, D1, D2
    ws["C4"], ws["D4"], ws["F4"] = "5 - Dynamic", "dee says five", "Dee"
    wb.save(blank)
    out = tmp_path / "merged.cyberassess"
    result = merge(out, [inputs[0], bo_matrix, inputs[1], blank], prefer="theirs")
    assert result.inputs == 3 and result.duplicates == 1  # Bo's unchanged export is Bo's file
    with Assessment.open(out, read_only=True) as doc:
        assert doc.answers()["D2.1.1"].value == 5  # from the filled template, the last input
        names = {m.source_name for m in doc.merge_inputs()}
        assert names == {"Ada.cyberassess", "bo.xlsx", "dee.xlsx"}
    assert any(d.indicator_id == "D2.1.1" and d.spread == 4 for d in result.disagreements)


def test_inputs_of_other_frameworks_are_refused(inputs: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "merged.cyberassess"
    other = tmp_path / "other-fw.cyberassess"
    with Assessment.create(other, country="Testland", mission="M", framework=builtin_framework()):
        pass
    with pytest.raises(InputError, match="framework"):
        merge(out, [inputs[0], other], prefer="newer")
    with pytest.raises(InputError, match=r"\.cyberassess"):
        merge(tmp_path / "merged.xlsx", inputs, prefer="newer")
    with pytest.raises(InputError, match="not found"):
        merge(out, [tmp_path / "missing.cyberassess"], prefer="newer")
    assert not out.exists()


def test_overwrite_replaces_the_output(inputs: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "merged.cyberassess"
    merge(out, inputs[:2], prefer="mine")
    merge(out, inputs[1:], prefer="mine", overwrite=True)
    with Assessment.open(out, read_only=True) as doc:
        assert doc.answers()["D1.1.1"].value == 4 and "D1.1.2" in doc.answers()
        assert {m.source_name for m in doc.merge_inputs()} == {"Bo.cyberassess", "Cy.cyberassess"}


def test_different_country_or_mission_names_are_reported(inputs: list[Path], tmp_path: Path) -> None:
    (tmp_path / "elsewhere").mkdir()
    elsewhere = _assessor_file(tmp_path / "elsewhere", "Bo", country="Republic of Testland")
    result = merge(tmp_path / "merged.cyberassess", [inputs[0], elsewhere], prefer="newer")
    assert result.warnings == (
        "the inputs name different countries: Testland (Ada.cyberassess); Republic of Testland (Bo.cyberassess)",
    )
