"""Full-text search: the framework in four languages, the treaty texts and an open assessment."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cyberassess.framework import builtin_framework
from cyberassess.library.index import CLOSE_MARK, OPEN_MARK, Index, cache_path
from cyberassess.library.text import fold, match_expression
from cyberassess.store import Assessment
from tests.library_samples import docx_with_text, pdf_with_huge_stream, pdf_with_text

PRESERVATION = "D4.2.1"  # "Can competent authorities order the expeditious preservation ...?"


@pytest.fixture
def index() -> Index:
    return Index(builtin_framework())


def refs(hits: list) -> list[tuple[str, str]]:
    return [(h.kind, h.ref) for h in hits]


@pytest.mark.parametrize(
    ("language", "query"),
    [
        ("en", "expeditious preservation"),
        ("fr", "conservation rapide"),
        ("fr", "CONSERVATION RAPIDE donnees stockees"),  # case and accents folded
        ("es", "conservacion rapida"),
        ("es", "conservación rápida"),
    ],
)
def test_indicator_found_by_words_in_each_language(index: Index, language: str, query: str) -> None:
    hits = index.search(query, language=language)
    assert ("indicator", PRESERVATION) in refs(hits)[:3]
    assert {h.language for h in hits} == {language}


def _arabic_word(text: str, letter: str) -> str:
    return next(w for w in re.findall(r"[\u0600-\u06ff]+", text) if letter in w)


def test_arabic_found_whatever_the_alef_form_or_vowel_marks(index: Index) -> None:
    question = builtin_framework().indicator(PRESERVATION).question["ar"]
    word = _arabic_word(question, "ا")
    variant = word.replace("ا", "أ", 1) + "\u064e"  # a different alef form and a fatha
    assert variant != word
    hits = index.search(variant, language="ar")
    assert ("indicator", PRESERVATION) in refs(hits)
    assert all(h.language == "ar" for h in hits)


def test_arabic_ta_marbuta_and_alef_maqsura_are_folded() -> None:
    assert fold("مدرسة") == fold("مدرسه")
    assert fold("على") == fold("علي")
    assert fold("إأآا") == "اااا"
    assert fold("كـتـب") == "كتب"
    assert fold("préservation") == "préservation"  # accents are left to the tokenizer


def test_treaty_article_found_by_its_words(index: Index) -> None:
    hits = index.search("maximum of ninety days")
    assert hits[0].kind == "article"
    assert hits[0].ref == "budapest:16"
    assert OPEN_MARK + "ninety" + CLOSE_MARK in hits[0].snippet
    assert ("ninety", True) in hits[0].parts()


def test_prefix_search(index: Index) -> None:
    assert ("indicator", PRESERVATION) in refs(index.search("expedit* preserv*"))
    assert index.search("pr*") == index.search("pr")  # too short for a prefix: a plain word


@pytest.mark.parametrize(
    "query",
    [
        "NEAR(",
        '"',
        "*",
        "preservation NEAR(",
        'preservation" OR "x',
        ")",
        "a OR b NOT c",
        "^x",
        "body:x",
        "-",
        "{title body}: x",
        "'",
        "\\",
        "\x00",
        "",
        "   ",
    ],
)
def test_fts5_syntax_typed_is_never_syntax(index: Index, query: str) -> None:
    assert isinstance(index.search(query), list)  # no sqlite3.OperationalError


def test_match_expression_quotes_every_word() -> None:
    assert match_expression('NEAR(a b) "x" OR') == '"NEAR" AND "a" AND "b" AND "x" AND "OR"'
    assert match_expression("preserv*") == '"preserv" *'
    assert match_expression("***") == ""


def test_results_are_ranked(index: Index) -> None:
    hits = index.search("preservation", limit=50)
    assert [h.score for h in hits] == sorted(h.score for h in hits)
    assert len(index.search("preservation", limit=3)) == 3


def test_shipped_part_is_cached_and_a_damaged_cache_is_rebuilt(index: Index) -> None:
    fw = builtin_framework()
    path = cache_path(fw)
    assert path.is_file()
    data = path.read_bytes()
    path.write_bytes(data[:-100] + b"garbage" * 100)
    with Index(fw) as again:
        assert again.search("ninety days")[0].ref == "budapest:16"


def test_assessment_text_is_searched(tmp_path: Path) -> None:
    with Assessment.create(tmp_path / "a.cyberassess", country="Testland", mission="M", assessors=["Ada"]) as doc:
        doc.set_answer(PRESERVATION, 2, justification="The Zorblax Act allows preservation for 30 days.")
        doc.set_narrative("summary", "Interviews in Qarthville showed a backlog.")
        doc.add_evidence(PRESERVATION, data=pdf_with_text("Wibblemoor statute, section 9"), name="statute.pdf")
        doc.add_evidence(PRESERVATION, data=docx_with_text("Flumbridge decree on retention"), name="decree.docx")
        doc.add_evidence(PRESERVATION, data=pdf_with_huge_stream(1), name="huge.pdf")  # saved all the same
        with Index(doc.framework, doc) as index:
            assert refs(index.search("zorblax")) == [("answer", PRESERVATION)]
            assert refs(index.search("qarthville")) == [("narrative", "summary")]
            pdf_hit = index.search("wibblemoor", language="fr")  # the assessment's text whatever the language
            assert [h.kind for h in pdf_hit] == ["evidence"] and pdf_hit[0].field == "statute.pdf"
            assert index.search("flumbridge retention")[0].field == "decree.docx"
            problems = index.evidence_text.problems
        assert len(doc.evidence()) == 3
        huge = next(e for e in doc.evidence() if e.file_name == "huge.pdf")
        assert "MB" in problems[huge.sha256]


def test_long_text_is_cut_into_passages_without_losing_words() -> None:
    from cyberassess.library.index import passages

    text = "\n".join(f"line {n} word{n}" for n in range(2000))
    pieces = list(passages(text, 500))
    assert len(pieces) > 10
    assert "".join(pieces) == text
    assert all(len(p) <= 500 for p in pieces)


def test_arabic_evidence_is_normalised_like_the_query(tmp_path: Path) -> None:
    with Assessment.create(tmp_path / "a.cyberassess", country="Testland", mission="M", assessors=["Ada"]) as doc:
        doc.add_evidence(PRESERVATION, data="قانون إجراءات الجزائية المعدّلة".encode(), name="qanun.txt")
        with Index(doc.framework, doc) as index:
            hits = index.search("اجراءات المعدله", kinds=["evidence"])  # plain alef, ه for ة, no shadda
            assert [(h.kind, h.field) for h in hits] == [("evidence", "qanun.txt")]
            assert index.search("اجراءات", kinds=["article"]) == []


def test_each_framework_keeps_its_own_cached_index() -> None:
    from cyberassess.framework import get_framework

    builtin, mini = builtin_framework(), get_framework("mini")
    Index(builtin).close()
    Index(mini).close()
    assert cache_path(builtin).is_file() and cache_path(mini).is_file()
    assert cache_path(builtin) != cache_path(mini)
