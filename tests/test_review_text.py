"""The review package: treaty provisions, the safe Markdown subset and the draft from answers."""

from __future__ import annotations

from pathlib import Path

import pytest

from cyberassess.errors import InputError
from cyberassess.framework import get_framework
from cyberassess.i18n import gettext
from cyberassess.review.draft import draft_findings
from cyberassess.review.markdown import Block, Span, inline, parse, plain_text
from cyberassess.review.treaty import provision_key, provision_keys, provisions
from cyberassess.store import Assessment


# --------------------------------------------------------------------------- treaty
def test_provisions_are_keyed_by_instrument_and_article_and_sorted_numerically() -> None:
    fw = get_framework("cybercrime-capacity")
    found = provisions(fw)
    keys = [p.key for p in found]
    assert len(keys) == len(set(keys))
    for key in ("budapest:16", "un:25", "malabo:29", "budapest-p2:7"):
        assert key in keys
    budapest = [int(p.article) for p in found if p.instrument == "budapest"]
    assert budapest == sorted(budapest) and budapest[:3] == [1, 2, 3]  # 2 before 10, not "10" before "2"
    instruments = [p.instrument for p in found]
    order = [i.id for i in fw.instruments]
    assert instruments == sorted(instruments, key=order.index)  # by instrument, in the framework's order
    art16 = provision_keys(fw)["budapest:16"]
    assert art16.title == "Expedited preservation of stored computer data" and art16.instrument == "budapest"
    assert "(3)" in art16.paragraphs  # 16(3) is cited, under the article
    cited = {
        i.id for i in fw.indicators() if any(r.instrument == "budapest" and r.article == "16" for r in i.references)
    }
    assert cited <= set(art16.indicator_ids)
    assert provision_keys(fw)["budapest:22"].title_in("fr") == "Compétence"


def test_provision_keys_of_single_references() -> None:
    assert provision_key("budapest", "19(3)", "Seizing") == ("budapest:19", "19", "(3)")
    assert provision_key("un-cybercrime", "25", "Expedited preservation") == ("un:25", "25", "")
    assert provision_key("malabo", None, "Procedural law provisions (search)") == (
        "malabo:procedural-law-provisions",
        "",
        "",
    )


def test_the_mini_framework_has_its_one_provision() -> None:
    assert [p.key for p in provisions(get_framework("mini"))] == ["budapest:2"]


# --------------------------------------------------------------------------- markdown
def test_paragraphs_bullets_and_numbered_items() -> None:
    text = "First line\nsame paragraph.\n\n- one\n  continued\n* two\n\n1. first\n2) second\nAfter."
    blocks = parse(text)
    assert [(b.kind, b.text, b.number) for b in blocks] == [
        ("paragraph", "First line same paragraph.", None),
        ("bullet", "one continued", None),
        ("bullet", "two", None),
        ("numbered", "first", 1),
        ("numbered", "second", 2),
        ("paragraph", "After.", None),
    ]
    assert parse("") == [] and parse("\n \n") == []
    assert parse("a\r\n\r\nb") == [Block("paragraph", "a", (Span("a"),)), Block("paragraph", "b", (Span("b"),))]


def test_bold_and_italic_spans_and_literal_markers() -> None:
    assert inline("a **b** *c* d") == (Span("a "), Span("b", bold=True), Span(" "), Span("c", italic=True), Span(" d"))
    assert inline("**bold *both* end**") == (
        Span("bold ", bold=True),
        Span("both", bold=True, italic=True),
        Span(" end", bold=True),
    )
    assert inline("2 * 3 * 4") == (Span("2 * 3 * 4"),)
    assert inline("**unclosed") == (Span("**unclosed"),)
    assert inline(r"\*not italic\*") == (Span("*not italic*"),)


@pytest.mark.parametrize(
    "text",
    [
        "<b>bold</b> <font color='red'>x</font> <img src=x onerror=alert(1)>",
        "[a link](http://example.org) ![image](file:///etc/passwd) <http://example.org>",
        "# Not a heading\n\n> not a quote",
        "&amp; &lt;para&gt; <para>",
    ],
)
def test_html_links_and_markup_stay_text(text: str) -> None:
    blocks = parse(text)
    assert all(len(b.spans) == 1 and not b.spans[0].bold and not b.spans[0].italic for b in blocks)
    assert " ".join(b.text for b in blocks).replace(" ", "") == text.replace("\n", "").replace(" ", "")


def test_parsing_hostile_emphasis_stays_linear() -> None:
    """Thousands of unclosed markers: each is searched once (this would take minutes if quadratic)."""
    for text in ("*a " * 40000, "**a " * 30000, "*a **b " * 20000):
        blocks = parse(text)
        assert len(blocks) == 1 and blocks[0].text == text.strip()


def test_plain_text() -> None:
    assert plain_text("Intro **x**.\n\n- a\n1. b") == "Intro x.\n\n• a\n\n1. b"


# --------------------------------------------------------------------------- draft from answers
def test_a_draft_reads_as_findings_with_strengths_gaps_and_next_steps(demo_file: Path) -> None:
    with Assessment.open(demo_file, read_only=True) as doc:
        text = draft_findings(doc, "D7")
        card_answers = doc.answers()
        fw = doc.framework
    dimension = next(d for d in fw.dimensions if d.id == "D7")
    assert text.startswith("Republic of Meridia has reached the ")
    assert "Safeguards and human rights" in text and "below the target of stage 3 (Established)" in text
    assert "**Strengths**" in text and "**Gaps**" in text and "Next step: " in text
    blocks = parse(text)
    bullets = [b for b in blocks if b.kind == "bullet"]
    rated = [i for i in dimension.indicators() if card_answers.get(i.id) and card_answers[i.id].level]
    assert len(bullets) == len(rated)  # each rated indicator once, as a strength or a gap
    worst = next(i.id for i in dimension.indicators() if card_answers.get(i.id) and card_answers[i.id].level == 1)
    gap = next(b for b in bullets if f"({worst}, stage 1)" in b.text)
    indicator = fw.indicator(worst)
    assert gap.text.startswith(indicator.stages[1]["en"].rstrip("."))
    assert indicator.recommendations[1]["en"] in gap.text


def test_a_draft_in_each_language_uses_the_translations(demo_file: Path) -> None:
    with Assessment.open(demo_file, read_only=True) as doc:
        for lang in ("fr", "es", "ar"):
            text = draft_findings(doc, "D1", lang)
            assert gettext(lang, "Strengths") != "Strengths" and f"**{gettext(lang, 'Strengths')}**" in text
            assert doc.framework.dimensions[0].title[lang] in text
            assert "has reached" not in text


def test_a_draft_of_an_unanswered_dimension_and_of_an_unknown_one(tmp_path: Path) -> None:
    with Assessment.create(tmp_path / "a.cyberassess", country="Meridia", mission="") as doc:
        text = draft_findings(doc, "D2")
        assert "has been rated yet" in text and "Not rated yet: D2.1.1" in text
        doc.set_answer("D2.1.1", 4, justification="The Cybercrime Act 2019 is in force. It covers *all* offences.")
        doc.set_answer("D2.1.2", "unknown")
        text = draft_findings(doc, "D2")
        assert "The Cybercrime Act 2019 is in force." in text and "It covers" not in text
        assert "Not assessed for lack of data: D2.1.2." in text
        with pytest.raises(InputError, match="not a dimension"):
            draft_findings(doc, "D12")


def test_text_from_the_answers_is_never_markup_in_the_draft(tmp_path: Path) -> None:
    with Assessment.create(tmp_path / "a.cyberassess", country="**Meri*dia", mission="") as doc:
        doc.set_answer("D2.1.1", 4, justification="Law *5* of 2019 applies.")
        blocks = parse(draft_findings(doc, "D2"))
    assert blocks[0].text.startswith("**Meri*dia has reached") and not blocks[0].spans[0].bold
    strength = next(b for b in blocks if "D2.1.1" in b.text)
    assert "Law *5* of 2019 applies." in strength.text and not any(s.italic for s in strength.spans)


def test_a_draft_from_the_report_data_is_the_same_as_from_the_document(demo_file: Path) -> None:
    from datetime import UTC, datetime

    from cyberassess.report.data import collect

    with Assessment.open(demo_file, read_only=True) as doc:
        data = collect(doc, generated_at=datetime.now(UTC), signer=None)
        assert draft_findings(data, "D4", "es") == draft_findings(doc, "D4", "es")
