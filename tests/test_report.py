"""The PDF report's content and layout: built from assessments, looked at through poppler's tools."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from pathlib import Path
from typing import Any

import pytest

from cyberassess.report import ExportResult, ReportError, export_pdf
from cyberassess.report import text as tx
from cyberassess.store import Assessment

POPPLER = all(shutil.which(tool) for tool in ("pdftotext", "pdfinfo", "pdffonts"))
needs_poppler = pytest.mark.skipif(not POPPLER, reason="poppler-utils (pdftotext, pdfinfo, pdffonts) not installed")

ARABIC = "تم اعتماد الاستراتيجية الوطنية في عام 2021 (وزارة العدل)."
CYRILLIC = "Стратегия принята в 2021 году; оценка угроз проводится ежегодно."
VIETNAMESE = "Bộ Công an chịu trách nhiệm điều phối; đã phỏng vấn Cục An ninh mạng."
MARKUP = "<script>alert('x')</script> & <b>not bold</b> <font name=Courier>x</font> \x07bell"


def run(*args: str) -> str:
    return subprocess.run(list(args), capture_output=True, text=True, check=True, timeout=60).stdout


def pdf_text(path: Path, first: int | None = None, last: int | None = None, *, layout: bool = True) -> str:
    pages = [*(["-f", str(first)] if first else []), *(["-l", str(last)] if last else [])]
    return run("pdftotext", *(["-layout"] if layout else []), *pages, str(path), "-")


def outline_titles(path: Path) -> list[tuple[int, str]]:
    from pyhanko.pdf_utils.reader import PdfFileReader

    with open(path, "rb") as handle:
        root = PdfFileReader(handle).root
        found: list[tuple[int, str]] = []

        def walk(node: Any, level: int) -> None:
            while node is not None:
                node = node.get_object()
                found.append((level, str(node["/Title"])))
                if "/First" in node:
                    walk(node.raw_get("/First"), level + 1)
                node = node.raw_get("/Next") if "/Next" in node else None

        walk(root["/Outlines"].raw_get("/First"), 0)
    return found


@pytest.fixture(scope="module")
def demo_report(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, ExportResult, list[tuple[int, str]]]:
    from cyberassess.demo import write_demo

    folder = tmp_path_factory.mktemp("report")
    demo = write_demo(folder / "demo.cyberassess")
    steps: list[tuple[int, str]] = []
    with Assessment.open(demo) as doc:
        result = export_pdf(doc, folder / "report.pdf", progress=lambda pct, msg: steps.append((pct, msg)))
    return result.path, result, steps


@pytest.fixture(scope="module")
def mixed_report(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The demo with justifications in four scripts, markup and a very long note; English and Arabic reports."""
    from cyberassess.demo import write_demo

    folder = tmp_path_factory.mktemp("mixed")
    demo = write_demo(folder / "mixed.cyberassess")
    with Assessment.open(demo) as doc:
        doc.update_info(mission="Обзор 2026 — Đánh giá quốc gia — المراجعة الوطنية")
        doc.set_answer("D1.1.1", 3, justification=ARABIC)
        doc.set_answer("D1.1.3", 3, justification=CYRILLIC)
        doc.set_answer("D1.2.1", 4, justification=VIETNAMESE)
        doc.set_answer("D1.2.2", 3)
        conn = sqlite3.connect(demo)  # a control character (refused where text enters) as another program writes it
        conn.execute(
            "UPDATE answer SET justification = ? WHERE indicator_id = 'D1.2.2'",
            (MARKUP + " " + "A very long justification. " * 420,),
        )
        conn.commit()
        conn.close()
        english = export_pdf(doc, folder / "mixed-en.pdf").path
        arabic = export_pdf(doc, folder / "mixed-ar.pdf", language="ar").path
    return english, arabic


# ----------------------------------------------------------------------------- structure
def test_demo_report_is_built_and_logged(demo_report: tuple[Path, ExportResult, list[tuple[int, str]]]) -> None:
    path, result, steps = demo_report
    assert path.is_file() and path.read_bytes().startswith(b"%PDF-")
    assert not result.signed and result.signer is None and result.logged
    assert 25 <= result.pages <= 110
    percents = [pct for pct, _ in steps]
    assert percents[0] == 0 and percents[-1] == 100 and percents == sorted(percents)
    assert all(isinstance(msg, str) and msg for _, msg in steps)
    assert not list(path.parent.glob(".*.tmp"))


@needs_poppler
def test_metadata_fonts_and_page_numbers(demo_report: tuple[Path, ExportResult, list[tuple[int, str]]]) -> None:
    path, result, _ = demo_report
    info = run("pdfinfo", str(path))
    assert "Republic of Meridia" in info and "National Cyber Review report" in info  # Title
    assert "Amina Mensah" in info  # Author
    assert "capacity to fight cybercrime" in info  # Subject
    assert f"Pages:           {result.pages}" in info
    fonts = run("pdffonts", str(path)).splitlines()[2:]
    assert fonts and all(" yes " in line for line in fonts), "every font must be embedded"
    assert not any("Helvetica" in line for line in fonts)
    text = pdf_text(path)
    assert f"Page 1 of {result.pages}" in text and f"Page {result.pages} of {result.pages}" in text


@needs_poppler
def test_cover_contents_and_sections(demo_report: tuple[Path, ExportResult, list[tuple[int, str]]]) -> None:
    path, _, _ = demo_report
    with Assessment.open(path.parent / "demo.cyberassess", read_only=True) as doc:
        uuid, fw = doc.info.file_uuid, doc.framework
    cover = pdf_text(path, 1, 1)
    for expected in ("Republic of Meridia", "National Cyber Review 2026", "Léa Fontaine", uuid, fw.version,
                     "Not signed"):  # fmt: skip
        assert expected in cover, expected
    first = next(n for n in range(2, 9) if "Contents" in pdf_text(path, n, n))
    contents = pdf_text(path, first, first + 1)
    assert "Contents" in contents and "Executive summary" in contents and "Annex A. Treaty alignment" in contents
    # Each contents line ends with the page its section starts on.
    lines = {line.split("  ")[0].strip(): line.split()[-1] for line in contents.splitlines() if line.strip()}
    start = int(lines["Executive summary"])
    assert "Executive summary" in pdf_text(path, start, start)
    d4 = next(k for k in lines if k.startswith("D4 "))
    assert d4 in pdf_text(path, int(lines[d4]), int(lines[d4]))
    text = pdf_text(path)
    for heading in ("Top capacity-building priorities", "Strengths and gaps", "Indicators", "Evidence files",
                    "4 Recommendations and action plan", "2 Methodology", "Annex E. Change history",
                    "Sign-off and authentication", "This report is not signed."):  # fmt: skip
        assert heading in text, heading
    body_page = pdf_text(path, 5, 5)
    assert f"File {uuid}" in body_page and f"Framework {fw.id} version {fw.version}" in body_page


@needs_poppler
def test_evidence_is_listed_with_its_hash(demo_report: tuple[Path, ExportResult, list[tuple[int, str]]]) -> None:
    path, _, _ = demo_report
    with Assessment.open(path.parent / "demo.cyberassess", read_only=True) as doc:
        evidence = doc.evidence()
    assert evidence
    flat = "".join(pdf_text(path, layout=False).split())
    for item in evidence:
        assert item.sha256 in flat


def test_outline_has_a_bookmark_per_section(demo_report: tuple[Path, ExportResult, list[tuple[int, str]]]) -> None:
    titles = outline_titles(demo_report[0])
    top = [title for level, title in titles if level == 0]
    assert top[:2] == ["About this report", "Executive summary"]
    assert sum(1 for level, title in titles if level == 1 and title.startswith("3.")) == 9  # one per dimension
    assert top[-6:] == [
        "Annex A. Treaty alignment",
        "Annex B. Institutions and persons consulted",
        "Annex C. Documents reviewed",
        "Annex D. Indicator detail",
        "Annex E. Change history and assessor disagreements",
        "Sign-off and authentication",
    ]
    assert any(title == "2.3 The mission" for level, title in titles if level == 1)


def test_charts_are_vector_graphics(demo_report: tuple[Path, ExportResult, list[tuple[int, str]]]) -> None:
    data = demo_report[0].read_bytes()
    assert b"/Subtype /Image" not in data and b"/Subtype/Image" not in data


# ----------------------------------------------------------------------------- user text and languages
@needs_poppler
def test_any_script_renders_and_markup_is_text(mixed_report: tuple[Path, Path]) -> None:
    english, _ = mixed_report
    fonts = run("pdffonts", str(english))
    assert "NotoSansArabic" in fonts and "DejaVuSans" in fonts
    text = " ".join(pdf_text(english, layout=False).split())
    assert CYRILLIC in text
    assert VIETNAMESE in text
    assert "<script>alert('x')</script> & <b>not bold</b>" in text  # escaped, shown literally
    assert "\x07" not in text
    assert "A very long justification." in text


def test_arabic_report_is_built(mixed_report: tuple[Path, Path]) -> None:
    _, arabic = mixed_report
    assert arabic.stat().st_size > 10_000
    titles = outline_titles(arabic)
    assert len([t for level, t in titles if level == 0]) == 12


def test_empty_assessment_still_makes_a_report(mini_doc: Any, tmp_path: Path) -> None:
    result = export_pdf(mini_doc, tmp_path / "empty.pdf")
    assert result.pages >= 5
    if POPPLER:
        assert "No indicator has been rated yet" in pdf_text(result.path)


def test_read_only_assessment_exports_without_logging(demo_file: Path, tmp_path: Path) -> None:
    with Assessment.open(demo_file, read_only=True) as doc:
        result = export_pdf(doc, tmp_path / "ro.pdf")
    assert result.path.is_file() and not result.logged
    with Assessment.open(demo_file, read_only=True) as doc:
        assert doc.reports() == []


def test_bad_output_paths_are_clear_errors(demo_file: Path, tmp_path: Path) -> None:
    with Assessment.open(demo_file) as doc:
        with pytest.raises(ReportError, match="does not exist"):
            export_pdf(doc, tmp_path / "missing" / "r.pdf")
        with pytest.raises(Exception, match="folder") as err:
            export_pdf(doc, tmp_path)
        assert err.value.hint  # type: ignore[attr-defined]
        with pytest.raises(Exception, match="assessment file itself"):
            export_pdf(doc, demo_file)


# ----------------------------------------------------------------------------- text helpers
def test_text_is_cleaned_and_escaped() -> None:
    assert tx.clean("a\x00b\x1bc\r\nd\te") == "abc\nd e"
    assert tx.markup("<b>&x</b>\nnext") == "&lt;b&gt;&amp;x&lt;/b&gt;<br/>next"
    decomposed = "Vie\u0302\u0323t"  # e + circumflex + dot below, typed with combining marks
    assert tx.clean(decomposed) == "Việt"


def test_right_to_left_lines_are_reordered_and_brackets_mirrored() -> None:
    assert tx.to_visual("abc (def)", rtl=False) == "abc (def)"
    visual = tx.to_visual("نص (كلمة) نص", rtl=True)
    assert visual == "صن (ةملك) صن"
    mixed = tx.to_visual("D1 السياسات (الإطار)", rtl=False)
    assert mixed.startswith("D1 (") and mixed.endswith(") تاسايسلا")
    # Most letters decide a paragraph's direction; a tie or no letters gives the report's.
    assert tx.base_direction("MoJ قابلنا وزارة العدل", default_rtl=False) is True
    assert tx.base_direction("The framework “تقييم” has nine dimensions", default_rtl=True) is False
    assert tx.base_direction("2026", default_rtl=True) is True


def test_wrapping_keeps_logical_order_across_lines() -> None:
    from cyberassess.report.fonts import SANS, register_fonts

    register_fonts()
    lines, rtl = tx.visual_lines("واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية", 60, SANS, 10, default_rtl=False)
    assert rtl and len(lines) > 1
    # The first displayed line holds the first words (read right to left), not the last ones.
    assert tx.shape("واحد")[::-1] in lines[0]
    long_hash = "f" * 200
    pieces = tx.wrap_lines(long_hash, 100, SANS, 8)
    assert "".join(pieces) == long_hash and len(pieces) > 1
