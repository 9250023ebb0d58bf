"""The good-practice toolkit: loading and checking the chapters, the API, search and `library show`."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from cyberassess.cli import main
from cyberassess.errors import CyberAssessError
from cyberassess.framework import LANGUAGES, builtin_framework
from cyberassess.library import toolkit
from cyberassess.library.index import Index
from cyberassess.library.provisions import view
from cyberassess.library.toolkit import (
    Chapter,
    ToolkitError,
    UnknownChapterError,
    chapter,
    chapter_files,
    chapters,
    chapters_citing,
    chapters_for_indicator,
    load_chapter,
    shipped_chapters,
)
from cyberassess.review.markdown import parse, plain_text

GOOD = """---
id: sample
title: A sample chapter
kind: topic
indicators: [D4.2.1]
provisions: [budapest:16, un:25]
---
**What good looks like**

- A bullet with *emphasis*.
"""


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


# --- the shipped chapters -------------------------------------------------------------------------


def test_every_file_loads_and_every_chapter_has_english() -> None:
    files = chapter_files()
    assert files, "no toolkit chapter is shipped"
    for path in files:
        loaded = load_chapter(path)
        assert (loaded.id, loaded.language) == tuple(path.name.split(".")[:2])
    assert all("en" in versions for versions in shipped_chapters().values())


def test_every_indicator_exists_in_the_builtin_framework() -> None:
    framework = builtin_framework()
    for versions in shipped_chapters().values():
        for c in versions.values():
            assert c.indicators, c.id
            for indicator_id in c.indicators:
                assert framework.has_indicator(indicator_id), f"{c.id}.{c.language}: {indicator_id}"


def test_every_provision_is_well_formed_and_can_be_shown() -> None:
    framework = builtin_framework()
    prefixes = {"un" if i.id == "un-cybercrime" else i.id for i in framework.instruments}
    for versions in shipped_chapters().values():
        for c in versions.values():
            for key in c.provisions:
                assert re.fullmatch(r"[a-z0-9-]+:[0-9]+", key), f"{c.id}: {key}"
                assert key.split(":")[0] in prefixes, f"{c.id}: {key}"
                assert view(framework, key).key == key  # `library show` knows it: cited, or its text is shipped


def test_each_dimension_has_a_chapter_serving_all_its_indicators() -> None:
    framework = builtin_framework()
    dimension_chapters = [c for c in chapters() if c.kind == "dimension"]
    assert len(dimension_chapters) == len(framework.dimensions) == 9
    for dimension, c in zip(framework.dimensions, dimension_chapters, strict=True):
        assert c.id.startswith(dimension.id.lower() + "-"), (dimension.id, c.id)
        own = [i.id for i in framework.indicators() if i.id.startswith(dimension.id + ".")]
        assert list(c.indicators) == own, c.id
    topics = {c.id for c in chapters() if c.kind == "topic"}
    assert len(topics) >= 12
    for indicator in framework.indicators():
        assert chapters_for_indicator(indicator.id), indicator.id


def test_every_chapter_is_in_the_four_languages() -> None:
    for chapter_id, versions in shipped_chapters().items():
        assert sorted(versions) == sorted(LANGUAGES), chapter_id


def test_translations_repeat_the_english_front_matter() -> None:
    for chapter_id, versions in shipped_chapters().items():
        english = versions["en"]
        for language, c in versions.items():
            assert language in LANGUAGES, f"{chapter_id}.{language}"
            assert (c.kind, c.indicators, c.provisions) == (english.kind, english.indicators, english.provisions)
            if language != "en":
                assert c.title != english.title and c.body != english.body, f"{chapter_id}.{language} is not translated"


def test_each_chapter_is_a_short_chapter_in_the_markdown_subset() -> None:
    for versions in shipped_chapters().values():
        for c in versions.values():
            blocks = parse(c.body)
            assert any(b.kind == "bullet" for b in blocks), c.id
            assert not re.search(r"^\s*#|<[a-z]+|\]\(", c.body, re.MULTILINE), c.id
            if c.language == "en":
                words = len(plain_text(c.body).split())
                assert 400 <= words <= 800, f"{c.id}: {words} words"


def test_words_of_each_chapter_are_found_in_each_language_it_is_written_in() -> None:
    with Index(builtin_framework()) as index:
        for versions in shipped_chapters().values():
            for c in versions.values():
                words = [w for w in re.findall(r"\w{7,}", plain_text(c.body)) if not w.isdigit()][5:8]
                hits = index.search(" ".join(words), language=c.language, kinds=["toolkit"], limit=50)
                assert (c.id, c.language) in {(h.ref, h.language) for h in hits}, (c.id, c.language, words)
                title_hits = index.search(c.title, language=c.language, kinds=["toolkit"], limit=3)
                assert c.id in {h.ref for h in title_hits}, (c.id, c.language)


# --- the API --------------------------------------------------------------------------------------


def test_chapters_are_dimensions_first_then_topics() -> None:
    listed = chapters()
    kinds = [c.kind for c in listed]
    assert kinds == sorted(kinds, key=toolkit.KINDS.index)
    assert all(isinstance(c, Chapter) and c.language == "en" for c in listed)
    assert [c.id for c in listed if c.kind == "dimension"][:1] and "preservation-orders" in {c.id for c in listed}


def test_a_missing_translation_falls_back_to_english_chapter_by_chapter() -> None:
    for language in LANGUAGES:
        for c in chapters(language):
            expected = language if language in shipped_chapters()[c.id] else "en"
            assert c.language == expected
            assert chapter(c.id, language) == c


def test_an_unknown_chapter_is_an_error_with_the_list_of_chapters() -> None:
    with pytest.raises(UnknownChapterError) as caught:
        chapter("no-such-chapter")
    assert isinstance(caught.value, CyberAssessError)
    assert "preservation-orders" in caught.value.hint
    assert chapter("toolkit:Preservation-Orders").id == "preservation-orders"


def test_chapters_for_an_indicator_and_for_a_provision() -> None:
    served = chapters_for_indicator("D4.2.1")
    assert {"preservation-orders", "d4-procedural-powers"} <= {c.id for c in served}
    assert served[0].kind == "dimension"
    assert chapters_for_indicator("D99.9.9") == []
    assert "preservation-orders" in {c.id for c in chapters_citing("budapest:16")}
    assert "preservation-orders" in {c.id for c in chapters_citing("budapest:16(3)")}


# --- damaged files ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "text", "says"),
    [
        ("sample.en.md", GOOD.replace("---\nid", "id", 1), "front matter"),
        ("sample.en.md", GOOD.replace("kind: topic", "kind: essay"), "kind"),
        ("sample.en.md", GOOD.replace("id: sample", "id: other"), "file name"),
        ("sample.en.md", GOOD.replace("[D4.2.1]", "[D4.2]"), "D4.2"),
        ("sample.en.md", GOOD.replace("budapest:16,", "budapest art 16,"), "budapest art 16"),
        ("sample.en.md", GOOD.replace("[D4.2.1]", "[D4.2.1, D4.2.1]"), "repeats"),
        ("sample.en.md", GOOD.replace("kind: topic", "kind: topic\nextra: 1"), "fields"),
        ("sample.en.md", GOOD.replace("title: A sample chapter", "title: [unclosed"), "YAML"),
        ("sample.en.md", GOOD.replace("title: A sample chapter", "title: !!python/object:os.system x"), "YAML"),
        ("sample.en.md", GOOD + "\n# A heading\n", "heading"),
        ("sample.en.md", GOOD + "\u202e", "not valid"),
        ("sample.en.md", GOOD.split("---\n**")[0] + "---\n", "body"),
        ("sample.en.md", GOOD + "x" * (65 * 1024), "larger"),
    ],
)
def test_a_damaged_chapter_is_refused_with_reinstall(tmp_path: Path, name: str, text: str, says: str) -> None:
    with pytest.raises(ToolkitError) as caught:
        load_chapter(write(tmp_path, name, text))
    assert says in caught.value.message and "Reinstall" in caught.value.hint


def test_a_well_formed_chapter_loads(tmp_path: Path) -> None:
    loaded = load_chapter(write(tmp_path, "sample.en.md", GOOD.replace("\n", "\r\n")))
    assert loaded == Chapter(
        "sample", "en", "A sample chapter", "topic", ("D4.2.1",), ("budapest:16", "un:25"), loaded.body
    )
    assert loaded.body.startswith("**What good looks like**") and "\r" not in loaded.body


def test_a_translation_without_english_is_refused(tmp_path: Path) -> None:
    write(tmp_path, "sample.fr.md", GOOD)
    with pytest.raises(ToolkitError, match="English"):
        toolkit._all(str(tmp_path))


# --- the command line ------------------------------------------------------------------------------


def test_library_show_prints_a_chapter(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "library", "show", "toolkit:preservation-orders")
    assert code == 0
    assert out.startswith("Toolkit: Expedited preservation orders")
    assert "What good looks like" in out and "**" not in out
    assert "D4.2.1  Can competent authorities" in out and "budapest:16" in out


def test_library_show_a_chapter_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "library", "show", "toolkit:d4-procedural-powers", "--json")
    data = json.loads(out)
    assert code == 0 and data["id"] == "d4-procedural-powers" and data["kind"] == "dimension"
    assert data["indicators"][0]["id"] == "D4.1.1" and "un:25" in data["provisions"]
    assert data["body"].startswith(chapter("d4-procedural-powers").body[:40])


def test_library_show_a_chapter_in_another_language(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "library", "show", "toolkit:data-retention", "--language", "es")
    assert code == 0 and out.startswith("Toolkit: Retención de datos") and "not translated" not in out
    code, out, _ = run(capsys, "library", "show", "toolkit:d8-international-cooperation", "--language", "ar", "--json")
    data = json.loads(out)
    assert data["language"] == "ar" and "المساعدة القانونية المتبادلة" in data["text"]


def test_library_search_finds_a_chapter_in_arabic(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "library", "search", "سلسلة", "العهدة", "--language", "ar", "--json")
    refs = {(r["kind"], r["ref"]) for r in json.loads(out)["results"]}
    assert code == 0 and ("toolkit", "evidence-admissibility-chain-of-custody") in refs


def test_library_show_an_unknown_chapter_is_one_line_and_a_hint(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "library", "show", "toolkit:nothing")
    assert code != 0 and out == ""
    assert "no toolkit chapter 'nothing'" in err and "preservation-orders" in err and "Traceback" not in err


def test_library_show_a_provision_lists_the_chapters_citing_it(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "library", "show", "budapest:16")
    assert code == 0 and "Toolkit chapters discussing it" in out and "toolkit:preservation-orders" in out
    code, out, _ = run(capsys, "library", "show", "budapest:16", "--json")
    assert "preservation-orders" in {c["id"] for c in json.loads(out)["toolkit"]}


def test_library_search_finds_a_chapter(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "library", "search", "preservation", "renewed", "--json")
    results = json.loads(out)["results"]
    toolkit_hits = [r for r in results if r["kind"] == "toolkit"]
    assert code == 0 and toolkit_hits
    assert toolkit_hits[0]["title"] == "toolkit:preservation-orders Expedited preservation orders"
