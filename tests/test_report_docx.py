"""The Word edition: the same report model laid out with python-docx, read back with python-docx."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import pytest

from cyberassess.cli import main
from cyberassess.i18n import gettext
from cyberassess.report import ReportError, export_docx
from cyberassess.store import Assessment

from .report_review import HOST, fill_review
from .test_report_pages import CHAPTERS

docx = pytest.importorskip("docx")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture(scope="module")
def word(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    from cyberassess.demo import write_demo

    folder = tmp_path_factory.mktemp("word")
    demo = write_demo(folder / "demo.cyberassess")
    out: dict[str, Any] = {"file": demo}
    with Assessment.open(demo) as doc:
        fill_review(doc)
        for lang in ("en", "ar"):
            out[lang] = export_docx(doc, folder / f"report-{lang}.docx", language=lang)
        out["questions"] = [doc.framework.indicator(p).question["en"] for p in ("D5.2.3", "D7.1.1")]
    return out


def headings(path: Path, level: int) -> list[str]:
    document = docx.Document(str(path))
    return [p.text for p in document.paragraphs if p.style.name == f"Heading {level}"]


def test_chapters_are_real_headings_in_order(word: dict[str, Any]) -> None:
    for lang in ("en", "ar"):
        chapters = [h for h in headings(word[lang].path, 1) if h != gettext(lang, "Contents")]
        assert chapters == [gettext(lang, c) for c in CHAPTERS]
    assert "3.1 D1 Policy and strategy (non-legal framework)" in headings(word["en"].path, 2)


def test_draft_marking_header_watermark_and_mission(word: dict[str, Any]) -> None:
    path = word["en"].path
    document = docx.Document(str(path))
    header = document.sections[0].header
    assert "DRAFT" in header.paragraphs[0].text and "RESTRICTED" in header.paragraphs[0].text
    with zipfile.ZipFile(path) as archive:
        header_xml = "".join(archive.read(n).decode() for n in archive.namelist() if n.startswith("word/header"))
        assert 'string="DRAFT"' in header_xml  # the watermark shape behind every page
        assert any(n.startswith("word/media/") and n.endswith(".png") for n in archive.namelist())  # the radar
    text = "\n".join(p.text for p in document.paragraphs)
    cells = "\n".join(c.text for t in document.tables for row in t.rows for c in row.cells)
    assert "March 9, 2026 to March 13, 2026" in cells and HOST in cells
    for question in word["questions"]:
        assert question in text  # whole, never cut
    assert "…" not in text
    assert "Art. 25" in cells and "Criminal Procedure Code, art. 88" in cells
    assert word["en"].logged and not word["en"].signed


def test_arabic_paragraphs_and_tables_run_right_to_left(word: dict[str, Any]) -> None:
    document = docx.Document(str(word["ar"].path))
    body = document.element.body
    paragraphs = body.findall(f"{W}p")
    rtl = [p for p in paragraphs if p.find(f"{W}pPr/{W}bidi") is not None]
    assert len(rtl) > 0.8 * len([p for p in paragraphs if "".join(p.itertext()).strip()])
    assert all(t.find(f"{W}tblPr/{W}bidiVisual") is not None for t in body.findall(f"{W}tbl"))
    assert body.find(f".//{W}rtl") is not None
    header = document.sections[0].header.paragraphs[0]
    assert header._p.find(f"{W}pPr/{W}bidi") is not None and "مسودة" in header.text


def test_english_text_in_an_arabic_report_stays_left_to_right(word: dict[str, Any]) -> None:
    document = docx.Document(str(word["ar"].path))
    team = [c for t in document.tables for row in t.rows for c in row.cells if c.text.strip() == "Team lead"]
    assert team and all(c.paragraphs[0]._p.find(f"{W}pPr/{W}bidi") is None for c in team)


def test_cli_export_docx(demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "draft.docx"
    assert main(["export-docx", str(demo_file), "-o", str(out), "--language", "fr"]) == 0
    printed = capsys.readouterr().out
    assert "Word draft for comments" in printed and "report log" in printed
    assert "Résumé analytique" in headings(out, 1)
    with Assessment.open(demo_file, read_only=True) as doc:
        assert [r.kind for r in doc.reports()] == ["docx"]
    with pytest.raises(ReportError, match="does not exist"), Assessment.open(demo_file) as doc:
        export_docx(doc, tmp_path / "missing" / "r.docx")


@pytest.mark.skipif(shutil.which("lowriter") is None, reason="LibreOffice Writer is not installed")
@pytest.mark.parametrize("lang", ["en", "ar"])
def test_libreoffice_converts_the_word_draft(word: dict[str, Any], tmp_path: Path, lang: str) -> None:
    profile = (tmp_path / "profile").as_uri()  # its own profile: another LibreOffice may be running
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(word[lang].path)],
        check=True, capture_output=True, timeout=240,
    )  # fmt: skip
    converted = tmp_path / f"report-{lang}.pdf"
    assert converted.is_file() and converted.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext") and lang == "en":
        text = subprocess.run(["pdftotext", str(converted), "-"], capture_output=True, text=True).stdout
        assert "Executive summary" in text and "4 Recommendations and action plan" in text


def test_word_export_in_a_fresh_process(demo_file: Path, tmp_path: Path) -> None:
    """Nothing the PDF path sets up (fonts) may be needed by the Word edition."""
    import sys

    out = tmp_path / "fresh.docx"
    code = "import sys; from cyberassess.cli import main; sys.exit(main())"
    result = subprocess.run([sys.executable, "-c", code, "export-docx", str(demo_file), "-o", str(out)],
                            capture_output=True, text=True, timeout=120)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert out.is_file()
