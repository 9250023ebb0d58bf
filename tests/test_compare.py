"""Comparisons on real files: progress since a baseline, a regional view, their outputs and the refusals."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import statistics
import subprocess
from pathlib import Path

import pytest

from cyberassess.cli import main
from cyberassess.compare import ComparisonError, Progress, Regional, compare_files
from cyberassess.compare.jsonview import FORMAT_VERSION, to_json
from cyberassess.compare.sample import write_country, write_region
from cyberassess.compare.textview import to_text
from cyberassess.framework import builtin_framework, get_framework
from cyberassess.scoring import stage_of
from cyberassess.store import Assessment

FIXTURES = Path(__file__).parent / "fixtures"
CHANGES = {"D1.1.1": 5, "D2.1.1": 1, "D5.1.1": 4}  # set on the follow-up


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _set_meta(path: Path, **fields: str) -> None:
    conn = sqlite3.connect(path)
    with conn:
        for name, value in fields.items():
            conn.execute(f"UPDATE meta SET {name} = ?", (value,))
    conn.close()


@pytest.fixture
def later(demo_file: Path, tmp_path: Path) -> Path:
    """The demo a year later: a few answers changed, one no longer rated, one rated for the first time."""
    path = tmp_path / "later.cyberassess"
    shutil.copy(demo_file, path)
    _set_meta(path, created_at="2027-05-02T09:00:00.000+00:00", mission="Follow-up mission 2027")
    with Assessment.open(path) as doc:
        answers = doc.answers()
        for indicator_id, level in CHANGES.items():
            doc.set_answer(indicator_id, level)
        gone = next(i for i, a in answers.items() if isinstance(a.value, int) and i not in CHANGES)
        new = next(i for i, a in answers.items() if a.value == "unknown")
        doc.set_answer(gone, "unknown")
        doc.set_answer(new, 2)
    return path


@pytest.fixture(scope="module")
def region(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return write_region(tmp_path_factory.mktemp("region"), 10)


def test_progress_of_two_assessments_of_one_country(demo_file: Path, later: Path) -> None:
    with Assessment.open(demo_file, read_only=True) as doc:
        before = doc.answers()
    with Assessment.open(later, read_only=True) as doc:
        after = doc.answers()
    comparison = compare_files([later, demo_file])  # the older one is the baseline, whatever the order
    view = comparison.view
    assert isinstance(view, Progress)
    assert view.baseline.file_name == demo_file.name and view.current.file_name == later.name
    expected_up = sorted(i for i, v in CHANGES.items() if isinstance(before[i].value, int) and v > before[i].value)
    expected_down = sorted(i for i, v in CHANGES.items() if isinstance(before[i].value, int) and v < before[i].value)
    assert sorted(c.indicator_id for c in view.of_kind("improved")) == expected_up
    assert sorted(c.indicator_id for c in view.of_kind("declined")) == expected_down
    assert len(view.of_kind("newly-rated")) == 1 and len(view.of_kind("no-longer-rated")) == 1
    assert sum(view.counts.values()) == len(before) == 100
    changed = {i for i in after if after[i].value != before[i].value}
    assert view.counts["unchanged"] == sum(1 for i, a in after.items() if i not in changed and isinstance(a.value, int))
    for d in view.dimensions:
        assert d.delta == pytest.approx(round(d.after - d.before, 4))  # type: ignore[operator]
    d1 = view.dimensions[0]
    assert d1.after > d1.before  # D1.1.1 went up, nothing else in D1 changed  # type: ignore[operator]
    assert view.to_confirm == 0


def test_progress_as_text_and_json(demo_file: Path, later: Path) -> None:
    comparison = compare_files([demo_file, later])
    text = to_text(comparison)
    assert "Progress of Republic of Meridia" in text and "Follow-up mission 2027" in text
    assert "improved (" in text and "D1.1.1" in text
    data = json.loads(json.dumps(to_json(comparison)))
    assert data["format_version"] == FORMAT_VERSION == 1 and data["kind"] == "progress"
    assert data["baseline"]["country"] == "Republic of Meridia"
    assert [d["id"] for d in data["dimensions"]] == [f"D{n}" for n in range(1, 10)]
    assert {i["id"]: i["kind"] for i in data["indicators"]}["D2.1.1"] in ("declined", "unchanged")
    assert data["counts"]["to_confirm"] == 0 and sum(v for k, v in data["counts"].items() if k != "to_confirm") == 100

    anonymous = to_json(compare_files([demo_file, later], anonymise=True))
    flat = json.dumps(anonymous, ensure_ascii=False)
    assert "Meridia" not in flat and "Follow-up" not in flat and "later.cyberassess" not in flat
    assert anonymous["baseline"]["label"] == anonymous["current"]["label"] == "Country A"


def test_regional_view_of_ten_generated_assessments(region: list[Path]) -> None:
    comparison = compare_files(region)
    view = comparison.view
    assert isinstance(view, Regional) and view.countries == 10
    cards = [c.card for c in view.items]
    for n, spread in enumerate(view.dimensions):
        scores = [card.dimensions[n].score for card in cards]
        present = [s for s in scores if s is not None]
        assert spread.median == pytest.approx(statistics.median(present), abs=1e-4)
        assert (spread.minimum, spread.maximum) == (min(present), max(present))
        assert sum(spread.stages) == spread.scored == len(present)
        assert spread.stages[stage_of(spread.median) - 1] >= 0  # type: ignore[arg-type]
    assert view.scores[3][2] == cards[3].dimensions[2].score  # the heat map is country x dimension
    assert view.priorities, "ten countries with stages 1-4 must share some gaps"
    ranked = [(len(p.below), p.mean_weighted_gap) for p in view.priorities]
    assert ranked == sorted(ranked, key=lambda r: (-r[0], -r[1]))
    for p in view.priorities:
        assert len(p.below) >= 6  # most of the ten
        for n in p.below:
            answer = view.items[n].answers[p.indicator_id]
            assert isinstance(answer.value, int) and answer.value < view.items[n].info.target_stage
    text = to_text(comparison)
    assert "Regional view of 10 assessments" in text and "Borealia" in text
    data = to_json(comparison)
    assert data["kind"] == "regional" and len(data["matrix"]) == 10
    assert data["priorities"][0]["below_target"] == len(view.priorities[0].below)


def test_anonymised_regional_view_names_no_country(region: list[Path], tmp_path: Path) -> None:
    comparison = compare_files(region, anonymise=True)
    assert comparison.labels[:3] == ("Country A", "Country B", "Country C")
    outputs = [to_text(comparison), json.dumps(to_json(comparison), ensure_ascii=False)]
    from cyberassess.compare.workbook import build_workbook

    wb = build_workbook(comparison, "fr")
    outputs.append(" ".join(str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value))
    assert "Pays A" in outputs[-1]
    for output in outputs:
        for path in region:
            with Assessment.open(path, read_only=True) as doc:
                assert doc.info.country not in output
            assert path.name not in output


def test_assessments_of_different_frameworks_are_refused(demo_file: Path, tmp_path: Path) -> None:
    mini = tmp_path / "mini.cyberassess"
    Assessment.create(mini, country="Testland", mission="m", framework=get_framework("mini")).close()
    with pytest.raises(ComparisonError, match="different frameworks") as caught:
        compare_files([demo_file, mini])
    assert "cybercrime-capacity" in caught.value.message and "mini" in caught.value.message


def test_different_framework_versions_are_refused_naming_both(demo_file: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.cyberassess"
    shutil.copy(demo_file, other)
    _set_meta(other, framework_version="2.0.0")
    with pytest.raises(ComparisonError, match="migration map") as caught:
        compare_files([demo_file, other])
    assert builtin_framework().version in caught.value.message and "2.0.0" in caught.value.message


def test_one_assessment_alone_is_refused(demo_file: Path) -> None:
    with pytest.raises(ComparisonError, match="at least two"):
        compare_files([demo_file])


def test_comparing_changes_no_file(later: Path, tmp_path: Path) -> None:
    old = tmp_path / "format2.cyberassess"
    shutil.copy(FIXTURES / "format2-0.1.0-demo.cyberassess", old)
    before = {p: _sha(p) for p in (old, later)}
    comparison = compare_files([old, later])
    assert isinstance(comparison.view, Progress)
    assert {p: _sha(p) for p in (old, later)} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "demo.cyberassess",
        "format2.cyberassess",
        "later.cyberassess",
    ]


def test_cli_compare_prints_writes_and_refuses(
    demo_file: Path, later: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["compare", str(demo_file), str(later)]) == 0
    assert "Progress of Republic of Meridia" in capsys.readouterr().out
    assert main(["compare", str(demo_file), str(later), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["kind"] == "progress"
    assert main(["compare", str(demo_file), str(later), "-o", str(tmp_path / "p.xlsx")]) == 0
    assert (tmp_path / "p.xlsx").exists()
    assert main(["compare", str(demo_file), str(later), "-o", str(tmp_path / "p.docx")]) == 1
    assert ".pdf or .xlsx" in capsys.readouterr().err
    assert main(["compare", str(demo_file), str(demo_file)]) == 1
    assert "given twice" in capsys.readouterr().err
    disguised = tmp_path / "demo.xlsx"  # an assessment under any name is still an assessment
    shutil.copy(demo_file, disguised)
    assert main(["compare", str(disguised), str(later), "-o", str(disguised)]) == 1
    assert "would replace" in capsys.readouterr().err
    other = tmp_path / "v2.cyberassess"
    shutil.copy(demo_file, other)
    _set_meta(other, framework_version="2.0.0")
    assert main(["compare", str(demo_file), str(other)]) == 1
    err = capsys.readouterr().err
    assert "2.0.0" in err and "Traceback" not in err


def _pdf_text(pdf: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def test_pdf_of_progress_and_of_a_region(demo_file: Path, later: Path, region: list[Path], tmp_path: Path) -> None:
    from cyberassess.compare.pdf import write_pdf

    pages = write_pdf(compare_files([demo_file, later]), tmp_path / "p.pdf")
    text = " ".join(_pdf_text(tmp_path / "p.pdf").split())
    assert pages >= 2
    assert "Progress since the baseline: Republic of Meridia" in text and "Indicators that improved" in text
    write_pdf(compare_files(region, anonymise=True), tmp_path / "r.pdf", language="fr")
    text = " ".join(_pdf_text(tmp_path / "r.pdf").split())
    assert "Vue régionale de 10 évaluations" in text and "Priorités régionales" in text and "Pays J" in text
    assert "Borealia" not in text


def test_workbook_writes_hostile_names_as_text(demo_file: Path, region: list[Path], tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from cyberassess.compare.workbook import write_workbook

    hostile = tmp_path / "hostile.cyberassess"
    write_country(hostile, '=HYPERLINK("http://x","click")', seed=7)
    out = write_workbook(compare_files([*region[:3], hostile]), tmp_path / "r.xlsx")
    wb = load_workbook(out)
    assert wb.sheetnames == ["Region", "Heat map", "Regional priorities"]
    heat = wb["Heat map"]
    names = [heat.cell(row=r, column=1) for r in range(2, 6)]
    cell = next(c for c in names if str(c.value).startswith("=HYPERLINK"))
    assert cell.data_type == "s" and cell.quotePrefix
    assert all(c.data_type != "f" for ws in wb.worksheets for row in ws.iter_rows() for c in row)


def test_a_damaged_or_foreign_file_among_the_inputs_is_named_in_one_line(
    demo_file: Path, later: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = tmp_path / "notes.cyberassess"
    text.write_text("not an assessment")
    truncated = tmp_path / "cut.cyberassess"
    truncated.write_bytes(demo_file.read_bytes()[:5000])
    for bad in (text, truncated, tmp_path / "missing.cyberassess"):
        assert main(["compare", str(demo_file), str(later), str(bad)]) == 1
        err = capsys.readouterr().err
        assert bad.name in err and "Traceback" not in err and err.count("\n") <= 2
