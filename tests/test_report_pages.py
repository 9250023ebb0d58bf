"""The report a review team would sign, read back from the PDF in the four languages.

Section order (the PDF outline), the DRAFT marking on every page, the mission's dates on the
cover, whole questions, article numbers, and no word broken inside a table header or a stage
name. The words check compares every word ``pdftotext -layout`` extracts with the words of the
report model: a word broken across two lines comes out as two fragments the model never wrote.
"""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
import unicodedata
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from cyberassess.i18n import gettext
from cyberassess.report import export_pdf
from cyberassess.report import model as m
from cyberassess.report.compose import build_report
from cyberassess.report.data import SignerInfo, collect
from cyberassess.store import Assessment

from .report_review import HOST, MARKING, fill_review
from .test_report import outline_titles

POPPLER = shutil.which("pdftotext") is not None
needs_poppler = pytest.mark.skipif(not POPPLER, reason="pdftotext (poppler-utils) is not installed")
LANGUAGES = ("en", "fr", "es", "ar")
CHAPTERS = (
    "About this report",
    "Executive summary",
    "1 Introduction and country context",
    "2 Methodology",
    "3 Findings by dimension",
    "4 Recommendations and action plan",
    "Annex A. Treaty alignment",
    "Annex B. Institutions and persons consulted",
    "Annex C. Documents reviewed",
    "Annex D. Indicator detail",
    "Annex E. Change history and assessor disagreements",
    "Sign-off and authentication",
)


MARKS = re.compile("[\u064b-\u065f\u0670\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def nfkc(text: str) -> str:
    """Presentation forms folded back to letters; no direction marks, no Arabic short vowels (not drawn)."""
    return MARKS.sub("", unicodedata.normalize("NFKC", text))


def pdf_text(path: Path, *, layout: bool = True, page: int | None = None) -> str:
    args = ["pdftotext", *(["-layout"] if layout else []), *(["-f", str(page), "-l", str(page)] if page else [])]
    return nfkc(subprocess.run([*args, str(path), "-"], capture_output=True, text=True, check=True).stdout)


def strings(obj: Any) -> Iterator[str]:
    """Every string of a report model."""
    if isinstance(obj, str):
        yield obj
    elif dataclasses.is_dataclass(obj):
        for f in dataclasses.fields(obj):
            yield from strings(getattr(obj, f.name))
    elif isinstance(obj, (tuple, list)):
        for item in obj:
            yield from strings(item)
    elif isinstance(obj, dict):
        for item in obj.values():
            yield from strings(item)


def model_of(path: Path, language: str, signer: SignerInfo | None = None) -> m.Report:
    with Assessment.open(path) as doc:
        return build_report(collect(doc, generated_at=datetime.now(UTC), signer=signer), language)


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The demo with a review record (draft), as PDF in the four languages, and a final English copy."""
    from cyberassess.demo import write_demo

    folder = tmp_path_factory.mktemp("reviewed")
    demo = write_demo(folder / "reviewed.cyberassess")
    out: dict[str, Any] = {"file": demo}
    with Assessment.open(demo) as doc:
        fill_review(doc)
        for lang in LANGUAGES:  # the model as it stands when each PDF is made (each export adds to the log)
            out[f"model-{lang}"] = build_report(collect(doc, generated_at=datetime.now(UTC), signer=None), lang)
            out[lang] = export_pdf(doc, folder / f"report-{lang}.pdf", language=lang).path
    final = folder / "final.cyberassess"
    shutil.copy(demo, final)
    with Assessment.open(final) as doc:
        doc.set_mission(status="final")
        out["final"] = export_pdf(doc, folder / "final.pdf").path
    return out


@pytest.mark.parametrize("lang", LANGUAGES)
def test_sections_come_in_the_order_of_a_review_report(reviewed: dict[str, Any], lang: str) -> None:
    top = [title for level, title in outline_titles(reviewed[lang]) if level == 0]
    assert top == [gettext(lang, chapter) for chapter in CHAPTERS]


@needs_poppler
def test_every_page_of_a_draft_says_draft_and_a_final_does_not(reviewed: dict[str, Any]) -> None:
    for lang, word in (("en", "DRAFT"), ("fr", "PROJET")):
        path = reviewed[lang]
        pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", str(path)], capture_output=True,
                                                                 text=True).stdout).group(1))  # type: ignore[union-attr]  # fmt: skip
        for page in range(1, pages + 1):
            assert word in pdf_text(path, page=page).split(), (lang, page)
    final = pdf_text(reviewed["final"])
    assert "DRAFT" not in final and "Final report" in final


@needs_poppler
def test_cover_shows_the_mission_record_not_the_file(reviewed: dict[str, Any]) -> None:
    cover = " ".join(pdf_text(reviewed["en"], page=1).split())
    assert "March 9, 2026 to March 13, 2026" in cover  # the mission's dates
    assert "Draft report" in cover and MARKING in cover and HOST in cover
    assert "Republic of Meridia" in cover and "National Cyber Review mission" in cover
    assert "CYBERCRIME CAPACITY ASSESSMENT" not in cover and "Report of recommendations" not in cover
    french = " ".join(pdf_text(reviewed["fr"], page=1).split())
    assert "9 mars 2026 to" not in french and "9 mars 2026" in french and "13 mars 2026" in french


@needs_poppler
def test_questions_are_whole_and_articles_numbered(reviewed: dict[str, Any]) -> None:
    text = " ".join(pdf_text(reviewed["en"], layout=False).split())
    assert "…" not in text
    with Assessment.open(reviewed["file"]) as doc:
        fw = doc.framework
        from cyberassess.scoring import score_assessment

        card = score_assessment(doc)
    for p in card.priorities:
        assert " ".join(fw.indicator(p.indicator_id).question["en"].split()) in text, p.indicator_id
    assert "UN Convention against Cybercrime" in text
    un = text[text.index("UN Convention against Cybercrime", text.index("Annex A")) :]
    # UN art. 25, cited whole (D4.2.1) and by its paragraph 3 (D4.4.3): one row, the paragraph named once
    assert "Art. 25" in un and "Expedited preservation of stored electronic data (paragraph 3)" in un
    assert "Criminal Procedure Code, art. 88" in text and "Partial" in text
    assert re.search(r"Art\. 2 Definitions|Art\. 2 Use of terms", text)


def _furniture(token: str, watermark: str) -> bool:
    """Page furniture the model does not hold: page numbers, list markers, rules, the watermark's letters."""
    letters = "".join(c for c in token if c.isalpha())
    return (
        not letters
        or re.fullmatch(r"\d+\.", token) is not None
        or (letters.isupper() and set(letters) <= set(watermark))
    )


@needs_poppler
@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_no_word_is_broken_anywhere(reviewed: dict[str, Any], lang: str) -> None:
    report = reviewed[f"model-{lang}"]
    vocabulary = {word for text in strings(report) for word in nfkc(text).split()}
    words = pdf_text(reviewed[lang]).split()
    mark = report.running.watermark

    def known(word: str) -> bool:  # pdftotext may glue a watermark letter to the word it crosses ("AFAssistance")
        return word in vocabulary or any(
            word[:k].isupper() and set(word[:k]) <= set(mark) and word[k:] in vocabulary
            for k in range(1, len(mark) + 1)
        )

    broken = sorted({w for w in words if not known(w) and not _furniture(w, mark)})
    assert broken == []
    headers = {w for t in _tables(report) for c in t.columns for w in nfkc(c.title).split()}
    stages = {w for level in range(1, 6) for w in nfkc(gettext(lang, "{level} {label}", level=level,
                                                                 label="")).split()}  # fmt: skip
    assert headers and headers <= set(words) | stages


@needs_poppler
def test_arabic_headers_and_stage_names_are_whole(reviewed: dict[str, Any]) -> None:
    def runs(text: str) -> set[str]:
        """Runs of one script's letters: pdftotext glues neighbours of another script ("5الديناميكية")."""
        return set(re.findall(r"[\u0600-\u06ff]+|[A-Za-z\u00c0-\u024f]+", text))

    report = reviewed["model-ar"]
    words = runs(pdf_text(reviewed["ar"]))
    wanted = {w for t in _tables(report) for c in t.columns for w in runs(nfkc(c.title))}
    with Assessment.open(reviewed["file"]) as doc:
        wanted |= {w for s in doc.framework.stages for w in runs(nfkc(s.label["ar"]))}
    wanted = {w for w in wanted if len(w) > 1}
    missing = {w for w in wanted if w not in words and w[::-1] not in words}
    assert missing == set()


def _tables(report: m.Report) -> Iterator[m.Table]:
    for section in report.sections:
        for block in section.blocks:
            if isinstance(block, m.Table):
                yield block
            elif isinstance(block, m.Radar):
                yield block.table


# ----------------------------------------------------------------------------- the model's wording
def test_priorities_are_named_by_indicator_and_scores_by_stage(reviewed: dict[str, Any]) -> None:
    report = model_of(reviewed["file"], "en")
    summary = next(s for s in report.sections if s.key == "summary")
    items = next(b for b in summary.blocks if isinstance(b, m.ItemList) and b.kind == "numbered").items
    assert all(re.match(r"D\d\.\d\.\d: ", item.text) for item in items)
    assert "Planned: Create a specialised prosecution unit (Office of the Prosecutor-General" in " ".join(
        i.detail for i in items
    )
    d1 = next(s for s in report.sections if s.key == "dim-D1")
    line = next(b.text for b in d1.blocks if isinstance(b, m.Paragraph) and b.text.startswith("Score "))
    assert re.match(r"Score \d\.\d \(stage \d [A-Z][a-z-]+\);", line)
    texts = " ".join(strings(report))
    assert not re.search(r"\b0 (are not rated|indicators)", texts)


def test_sign_off_has_date_and_place_and_warns_about_a_stranger(reviewed: dict[str, Any]) -> None:
    stranger = SignerInfo("Someone Else", None, "ab" * 32, True, datetime(2030, 1, 1, tzinfo=UTC))
    report = model_of(reviewed["file"], "en", stranger)
    sign = next(s for s in report.sections if s.key == "signature")
    block = next(b for b in sign.blocks if isinstance(b, m.SignOff))
    assert (block.date_label, block.place_label) == ("Date", "Place")
    with Assessment.open(reviewed["file"], read_only=True) as doc:
        team = len(doc.team())
    assert [p.role for p in block.signatories] == ["Prepared by"] * team + ["Validated by"]
    assert block.signatories[-1].organisation == HOST
    warning = "is not one of the assessors or members of the review team"
    assert any(warning in b.text for b in sign.blocks if isinstance(b, m.Paragraph))
    member = dataclasses.replace(stranger, name="amina  MENSAH")
    sign = next(s for s in model_of(reviewed["file"], "en", member).sections if s.key == "signature")
    assert not any(warning in b.text for b in sign.blocks if isinstance(b, m.Paragraph))


def test_missing_mission_details_are_named(tmp_path: Path) -> None:
    empty = tmp_path / "empty.cyberassess"
    Assessment.create(empty, country="Testland", mission="Pilot", assessors=["Ada"]).close()
    report = model_of(empty, "en")
    method = next(s for s in report.sections if s.key == "method")
    text = " ".join(b.text for b in method.blocks if isinstance(b, m.Paragraph))
    assert "The mission record does not state the type of mission, the mission dates, the host institution" in text
    assert report.running.watermark == "DRAFT"
