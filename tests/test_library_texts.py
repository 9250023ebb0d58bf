"""The shipped treaty texts: each loads, is numbered in order, and its provisions are found by its words.

Every text in ``resources/library/`` is checked generically; the known provisions below are looked up
through ``cyberassess library search`` and ``cyberassess library show`` in the text's own language.
"""

from __future__ import annotations

import json
import re

import pytest

from cyberassess.cli import main
from cyberassess.library.texts import Text, library_dir, load_text, shipped_texts, text_files

# What each shipped text must hold: (instrument, language) -> (first, last) article numbers.
EXPECTED = {
    ("budapest", "en"): (1, 48),
    ("budapest-p1", "en"): (1, 16),
    ("iccpr", "en"): (1, 53),
    ("lanzarote", "en"): (1, 50),
    ("un-cybercrime", "ar"): (1, 15),
}

# Instruments whose articles have no titles.
UNTITLED = {"iccpr"}

# Known provisions, found by words of their own text in their language: (language, query, provision).
KNOWN = [
    ("en", "expeditious preservation traffic data", "budapest:17"),
    ("en", "racist xenophobic motivated insult", "budapest-p1:5"),
    ("en", "denies grossly minimises genocide", "budapest-p1:6"),
    ("en", "intentional proposal adult meet child", "lanzarote:23"),
    ("en", "corporate liability natural person leading position", "lanzarote:26"),
    ("en", "arbitrary unlawful interference privacy correspondence", "iccpr:17"),
    ("en", "advocacy religious hatred incitement", "iccpr:20"),
    # Arabic: searched without vowel marks, with bare alefs (إ -> ا) and ه for ة, as people type.
    ("ar", "الوصول دون وجه حق", "un:7"),
    ("ar", "اتلاف بيانات الكترونية", "un:9"),
    ("ar", "الانبعاثات الكهرمغنطيسيه", "un:8"),
    ("ar", "الاستدراج او الاستمالة", "un:15"),
    ("ar", "كلمة مرور بيانات اعتماد", "un:11"),
]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def shipped(instrument: str, language: str) -> Text:
    return next(t for t in shipped_texts() if t.instrument == instrument and t.language == language)


def test_every_library_file_loads_with_its_provenance() -> None:
    files = text_files()
    assert {tuple(p.name.split(".")[:2]) for p in files} == set(EXPECTED)
    for path in files:
        text = load_text(path)
        assert path.name == f"{text.instrument}.{text.language}.json"
        assert text.title and text.publisher and text.source and text.reproduction and text.verified
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", text.retrieved)


@pytest.mark.parametrize(("instrument", "language"), sorted(EXPECTED))
def test_articles_are_numbered_in_order_each_with_title_and_text(instrument: str, language: str) -> None:
    text = shipped(instrument, language)
    first, last = EXPECTED[(instrument, language)]
    assert [a.number for a in text.articles] == [str(n) for n in range(first, last + 1)]
    for article in text.articles:
        assert article.text.strip(), article.number
        assert bool(article.title.strip()) is (instrument not in UNTITLED), article.number
        assert article.instrument == instrument and article.language == language


def test_no_markup_or_final_clause_left_in_the_texts() -> None:
    for text in shipped_texts():
        for article in text.articles:
            body = article.title + article.text
            assert "](" not in body and "README.md" not in body, (text.instrument, article.number)
            assert "IN WITNESS WHEREOF" not in body, (text.instrument, article.number)
            assert "*" not in body and "``" not in body, (text.instrument, article.number)


def test_partial_text_says_so() -> None:
    un = shipped("un-cybercrime", "ar")
    assert "1-15 of 68" in un.verified


def test_library_files_are_plain_utf8_json() -> None:
    for path in text_files(library_dir()):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["format"] == 1


@pytest.mark.parametrize(("language", "query", "provision"), KNOWN)
def test_known_provision_found_by_its_words(
    capsys: pytest.CaptureFixture[str], language: str, query: str, provision: str
) -> None:
    code, out, _ = run(capsys, "library", "search", *query.split(), "--language", language, "--json")
    assert code == 0
    refs = [r["ref"] for r in json.loads(out)["results"] if r["kind"] == "article"]
    assert provision in refs[:3], refs


def test_show_un_7_prints_the_arabic_text(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "library", "show", "un:7")
    assert code == 0
    assert "الوصول غير المشروع" in out
    assert "نظام تكنولوجيا معلومات واتصالات" in out
    assert "budapest:2" in out  # the corresponding Budapest provision


def test_show_budapest_p1_3_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "library", "show", "budapest-p1:3", "--json")
    data = json.loads(out)
    assert code == 0
    texts = {t["language"]: t for t in data["texts"]}
    assert "racist and xenophobic material to the public through a computer system" in texts["en"]["text"]


def test_show_an_untitled_article_has_no_dangling_dash(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "library", "show", "iccpr:17")
    assert code == 0
    assert "\n[en] Article 17\n" in out
    assert "arbitrary or unlawful interference with his privacy" in out
    code, out, _ = run(capsys, "library", "search", "arbitrary", "interference", "privacy", "--json")
    titles = [r["title"] for r in json.loads(out)["results"] if r["ref"] == "iccpr:17"]
    assert titles and not titles[0].rstrip().endswith("–")
