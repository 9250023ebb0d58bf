"""The report of a follow-up (issue #19) and the annex of retired answers (issue #18), read back from real files.

A follow-up of the demo where a few answers change, a few are confirmed and the plan moves on: its
PDF (read back with pdftotext) and Word edition (python-docx) carry chapter 4 "Progress since the
baseline (date)" between the findings and the recommendations, which become chapter 5. The demo
itself, which has no baseline, has no such chapter. An assessment moved to a framework version
that retired one of its indicators lists that answer in Annex F; one without has no Annex F.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from cyberassess import i18n
from cyberassess.cli import main
from cyberassess.framework import builtin_framework, get_framework
from cyberassess.store import Assessment
from cyberassess.store.upgrade import upgrade_framework

needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler) not installed")


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def docx_lines(path: Path) -> tuple[list[tuple[str, str]], list[list[str]]]:
    """(style, text) of every paragraph, and every table row's cell texts, of a .docx."""
    import docx

    document = docx.Document(str(path))
    paragraphs = [(p.style.name if p.style is not None else "", p.text) for p in document.paragraphs]
    rows = [[c.text for c in row.cells] for table in document.tables for row in table.rows]
    return paragraphs, rows


@pytest.fixture
def follow_up(demo_file: Path, tmp_path: Path) -> Path:
    """A follow-up of the demo: two answers up, one down, two confirmed, the plan partly carried out."""
    path = tmp_path / "followup.cyberassess"
    assert main(["follow-up", str(demo_file), str(path), "--mission", "Follow-up 2027", "--assessor", "Ana Ruiz"]) == 0
    with Assessment.open(path) as doc:
        doc.set_answer("D1.1.1", 4, justification="The national strategy was adopted in 2027.")
        doc.set_answer("D4.1.1", 5, justification="All powers enacted.")
        doc.set_answer("D2.1.1", 1, justification="The act lapsed.")
        doc.confirm(["D3.1.1", "D3.1.2"])
        actions = doc.actions()
        doc.update_action(actions[0].id, status="done")
        doc.update_action(actions[1].id, status="in-progress")
    return path


def _baseline_date(path: Path, language: str = "en") -> str:
    with Assessment.open(path, read_only=True) as doc:
        record = doc.baseline()
        assert record is not None
        return i18n.format_date(record.date, language, length="long")


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@needs_pdftotext
def test_the_pdf_of_a_follow_up_has_a_progress_chapter_before_the_recommendations(
    follow_up: Path, tmp_path: Path
) -> None:
    pdf = tmp_path / "followup.pdf"
    assert main(["export-pdf", str(follow_up), "-o", str(pdf)]) == 0
    text = pdf_text(pdf)
    flat = _one_line(text)
    heading = f"4 Progress since the baseline ({_baseline_date(follow_up)})"
    assert text.count(heading) == 2  # in the contents and as the chapter's heading
    contents = flat[flat.index("Contents") : flat.index("Contents") + 3000]
    for entry in ("3 Findings by dimension", heading, "4.1 Scores by dimension", "4.2 Indicators that changed",
                  "4.3 The baseline's action plan", "5 Recommendations and action plan"):  # fmt: skip
        assert entry in contents
    assert contents.index("3 Findings by dimension") < contents.index(heading) < contents.index("5 Recommendations")
    assert "4 Recommendations and action plan" not in flat
    chapter = flat[flat.rindex(heading) : flat.rindex("5 Recommendations and action plan")]
    # the opening, in prose: what moved, the overall change, and the answers not yet confirmed
    total = len(builtin_framework().indicator_ids())  # the demo answers every one
    kept = total - 8  # 2 improved, 1 declined, 5 not rated then or now
    assert f"Of its {total} indicators, 2 improved, 1 declined and {kept} kept their stage" in chapter
    assert "The overall score went from" in chapter
    assert re.search(r"By dimension, \d of 9 scores rose, \d fell and \d did not change", chapter)
    assert f"{total - 5} of the answers carried over from the baseline are not yet confirmed" in chapter
    assert "provisional" in chapter
    # per dimension: baseline and current score, stage and change; the overall row
    assert "D1 Policy and strategy" in chapter and "Stage then" in chapter and "Stage now" in chapter
    assert re.search(r"Overall \d\.\d Formative \d\.\d Formative", chapter)
    # the indicators that moved, with their question and both stages
    improved = chapter[chapter.index("Improved (2)") : chapter.index("Declined (1)")]
    assert "D1.1.1" in improved and "D4.1.1" in improved and "3 Established 4 Strategic" in improved
    assert "national strategy" in improved  # the question, in full
    declined = chapter[chapter.index("Declined (1)") :]
    assert "D2.1.1" in declined and "3 Established 1 Start-up" in declined
    assert (
        f"{kept} indicators kept the stage they had at the baseline ({kept - 2} of them not yet confirmed)" in chapter
    )
    # the baseline's action plan by where each action stands now
    assert "The 22 actions of the baseline's plan" in chapter
    assert "Implemented (1)" in chapter and "In progress (3)" in chapter and "Not started (18)" in chapter
    assert chapter.index("Implemented (1)") < chapter.index("In progress (3)") < chapter.index("Not started (18)")
    # the structure paragraph and the summary point to the right chapters
    assert "Chapter 4 measures the progress since the baseline assessment" in flat
    assert "Since the baseline assessment of" in flat and "(chapter 4)" in flat


@needs_pdftotext
def test_an_assessment_without_a_baseline_has_no_progress_chapter(demo_file: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "demo.pdf"
    assert main(["export-pdf", str(demo_file), "-o", str(pdf)]) == 0
    flat = _one_line(pdf_text(pdf))
    assert "Progress since the baseline" not in flat and "5 Recommendations" not in flat
    assert "4 Recommendations and action plan" in flat
    assert "Annex F" not in flat  # no retired answers either


@needs_pdftotext
def test_once_every_carried_answer_is_confirmed_the_chapter_says_so(follow_up: Path, tmp_path: Path) -> None:
    with Assessment.open(follow_up) as doc:
        doc.confirm()
    pdf = tmp_path / "confirmed.pdf"
    assert main(["export-pdf", str(follow_up), "-o", str(pdf)]) == 0
    flat = _one_line(pdf_text(pdf))
    assert "Every answer carried over from the baseline has been confirmed or changed by the assessors." in flat
    assert "not yet confirmed" not in flat


def test_the_word_edition_has_the_same_chapter(follow_up: Path, tmp_path: Path) -> None:
    out = tmp_path / "followup.docx"
    assert main(["export-docx", str(follow_up), "-o", str(out)]) == 0
    paragraphs, rows = docx_lines(out)
    headings = [text for style, text in paragraphs if style.startswith("Heading")]
    heading = f"4 Progress since the baseline ({_baseline_date(follow_up)})"
    assert heading in headings
    assert headings.index("3.9 D9 Capacity building") < headings.index(heading)
    assert headings.index(heading) < headings.index("5 Recommendations and action plan")
    assert {"4.1 Scores by dimension", "4.2 Indicators that changed", "4.3 The baseline's action plan"} <= set(headings)
    body = " ".join(text for _, text in paragraphs)
    total = len(builtin_framework().indicator_ids())
    assert f"{total - 5} of the answers carried over from the baseline are not yet confirmed" in body
    assert ["D1.1.1", rows_question(rows, "D1.1.1"), "3 Established", "4 Strategic"] in rows
    assert any(row[0] == "D2.1.1" and row[2:] == ["3 Established", "1 Start-up"] for row in rows)
    overall = next(row for row in rows if row[0] == "Overall")
    assert len(overall) == 6 and overall[2] == overall[4] == "Formative"
    assert any(row[-1] == "Implemented" for row in rows)


def rows_question(rows: list[list[str]], indicator_id: str) -> str:
    """The question shown beside ``indicator_id`` in the first 4-column row that starts with it."""
    return next(row[1] for row in rows if len(row) == 4 and row[0] == indicator_id)


# --------------------------------------------------------------------------- Annex F (issue #18)
def _retired_mini(tmp_path: Path, user_home: Path) -> tuple[Path, str, int]:
    """A mini-framework assessment moved to a version that retired D2.1.2 (as the framework tests do)."""
    import yaml

    from cyberassess.framework.loader import _load_cached

    path = tmp_path / "mini.cyberassess"
    with Assessment.create(
        path, country="Testland", mission="M", assessors=["Ada"], framework=get_framework("mini")
    ) as doc:
        for n, ind in enumerate(doc.framework.indicator_ids()):
            doc.set_answer(ind, 1 + n, justification=f"note {ind}")
        retired_question = doc.framework.indicator("D2.1.2").question["en"]
        level = doc.answers()["D2.1.2"].level
        assert level is not None
    folder = user_home / "frameworks" / "mini"
    manifest: dict[str, Any] = yaml.safe_load((folder / "framework.yaml").read_text())
    manifest["version"] = "0.2"
    (folder / "framework.yaml").write_text(yaml.safe_dump(manifest, allow_unicode=True))
    data = yaml.safe_load((folder / "d2.yaml").read_text())
    for sec in data["sections"]:
        sec["indicators"] = [i for i in sec["indicators"] if i["id"] != "D2.1.2"]
    (folder / "d2.yaml").write_text(yaml.safe_dump(data, allow_unicode=True))
    (folder / "migrations").mkdir(exist_ok=True)
    (folder / "migrations" / "0.1-to-0.2.yaml").write_text(
        yaml.safe_dump({"from": "0.1", "to": "0.2", "retired": ["D2.1.2"]})
    )
    _load_cached.cache_clear()
    with Assessment.open(path) as doc:
        upgrade_framework(doc, by="Ada")
    return path, retired_question, level


@needs_pdftotext
def test_answers_of_retired_indicators_are_listed_in_annex_f(tmp_path: Path, user_home: Path) -> None:
    path, question, level = _retired_mini(tmp_path, user_home)
    with Assessment.open(path, read_only=True) as doc:
        stage = f"{level} {doc.framework.stage(level).label['en']}"
    pdf = tmp_path / "mini.pdf"
    assert main(["export-pdf", str(path), "-o", str(pdf)]) == 0
    flat = _one_line(pdf_text(pdf))
    title = "Annex F. Answers to indicators no longer in the framework"
    assert flat.count(title) == 2  # contents and heading
    annex = flat[flat.rindex(title) :]
    assert "D2.1.2" in annex and "version 0.1" in annex and "note D2.1.2" in annex
    assert _one_line(question)[:40] in annex  # the question kept in the file
    assert stage in annex  # its stage
    assert "moved to version 0.2" in annex and "no longer scored" in annex

    out = tmp_path / "mini.docx"
    assert main(["export-docx", str(path), "-o", str(out)]) == 0
    paragraphs, rows = docx_lines(out)
    assert title in [text for style, text in paragraphs if style == "Heading 1"]
    row = next(r for r in rows if r[0].startswith("D2.1.2"))
    assert "version 0.1" in row[0] and row[1] == question and row[2] == stage and row[3].startswith("note D2.1.2")


@pytest.mark.parametrize(
    ("language", "chapter", "plan"),
    [
        ("fr", "4 Progrès depuis la référence", "5 Recommandations et plan d'action"),
        ("es", "4 Avance desde la línea de base", "5 Recomendaciones y plan de acción"),
        ("ar", "4 التقدّم منذ خط الأساس", "5 التوصيات وخطة العمل"),
    ],
)
def test_the_chapter_in_the_other_languages(
    follow_up: Path, tmp_path: Path, language: str, chapter: str, plan: str
) -> None:
    out = tmp_path / f"followup-{language}.docx"
    assert main(["export-docx", str(follow_up), "-o", str(out), "--language", language]) == 0
    paragraphs, rows = docx_lines(out)
    headings = [text for style, text in paragraphs if style.startswith("Heading")]
    heading = f"{chapter} ({_baseline_date(follow_up, language)})"
    assert heading in headings and plan in headings
    assert headings.index(heading) < headings.index(plan)
    body = " ".join(text for _, text in paragraphs)
    for english in ("Progress since the baseline", "not yet confirmed", "Indicators that changed", "Implemented"):
        assert english not in body and all(english not in cell for row in rows for cell in row)
