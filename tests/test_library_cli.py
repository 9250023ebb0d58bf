"""`cyberassess library search` and `cyberassess library show`, and the shipped treaty texts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cyberassess.cli import main
from cyberassess.framework import builtin_framework
from cyberassess.library.texts import shipped_texts
from cyberassess.review.treaty import provisions
from cyberassess.store import Assessment
from tests.library_samples import pdf_with_text


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_budapest_is_shipped_article_by_article() -> None:
    budapest = next(t for t in shipped_texts() if t.instrument == "budapest" and t.language == "en")
    assert [a.number for a in budapest.articles] == [str(n) for n in range(1, 49)]
    assert "Council of Europe" in budapest.publisher and budapest.source and budapest.verified
    article = budapest.article("16")
    assert article is not None and article.title == "Expedited preservation of stored computer data"
    assert "ninety days" in article.text


def test_every_budapest_article_the_framework_cites_is_shipped() -> None:
    budapest = next(t for t in shipped_texts() if t.instrument == "budapest")
    cited = [p for p in provisions(builtin_framework()) if p.instrument == "budapest" and p.article.isdigit()]
    assert cited
    for provision in cited:
        assert budapest.article(provision.article) is not None, provision.key


def test_show_budapest_16(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "library", "show", "budapest:16")
    assert code == 0
    assert "Article 16 – Expedited preservation of stored computer data" in out
    assert "up to a maximum of ninety days" in out
    assert "D4.2.1" in out  # cited by
    assert "un:25" in out  # the UN Convention's corresponding provision


def test_show_un_41_without_its_text_gives_the_counterpart(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "library", "show", "UN:41", "--json")
    data = json.loads(out)
    assert code == 0 and data["provision"] == "un:41" and data["texts"] == []
    assert "budapest:35" in [c["provision"] for c in data["counterparts"]]
    assert data["indicators"]


@pytest.mark.parametrize("key", ["foo", "budapest", "budapest:999", "x:1;rm"])
def test_show_unknown_provision_is_one_line_with_a_hint(capsys: pytest.CaptureFixture[str], key: str) -> None:
    code, _out, err = run(capsys, "library", "show", key)
    assert code != 0
    assert "Traceback" not in err and err.startswith("cyberassess: error:")


def test_search_prints_highlighted_snippets(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "library", "search", "ninety", "days")
    assert code == 0
    assert "**ninety** **days**" in out
    assert "budapest" in out.lower()


def test_search_with_fts5_syntax_is_safe(capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "library", "search", 'NEAR("', "*", ")")
    assert code == 0 and "Traceback" not in err


def test_search_an_assessment_as_json(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "a.cyberassess"
    with Assessment.create(path, country="Testland", mission="M", assessors=["Ada"]) as doc:
        doc.set_answer("D4.2.1", 2, justification="Quolmar statute seen")
        doc.add_evidence("D4.2.1", data=b"Quolmar gazette\x1b[31m 2023", name="gazette.txt")
        doc.add_evidence("D4.2.1", data=pdf_with_text("x", encrypt="pw"), name="locked.pdf")
    code, out, err = run(capsys, "library", "search", "quolmar", "--assessment", str(path), "--json")
    data = json.loads(out)
    assert code == 0
    assert {(r["kind"], r["ref"]) for r in data["results"]} == {("answer", "D4.2.1"), ("evidence", "1")}
    first = data["results"][0]
    start, end = first["highlights"][0]
    assert first["snippet"][start:end].lower() == "quolmar"
    assert [u["file_name"] for u in data["unreadable_evidence"]] == ["locked.pdf"]
    code, out, err = run(capsys, "library", "search", "quolmar", "--assessment", str(path))
    assert "\x1b" not in out  # untrusted text is escaped
    assert "locked.pdf" in err and "encrypted" in err


def test_search_language_filter(capsys: pytest.CaptureFixture[str]) -> None:
    _code, out, _ = run(capsys, "library", "search", "conservation", "--language", "fr", "--json")
    languages = {r["language"] for r in json.loads(out)["results"]}
    assert languages == {"fr"}
