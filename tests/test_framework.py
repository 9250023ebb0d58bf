from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from cyberassess.errors import FrameworkError
from cyberassess.framework import builtin_framework, get_framework, load_framework, tr, translation_coverage
from cyberassess.framework.loader import content_hash

from .conftest import MINI_FRAMEWORK


def test_builtin_framework_has_nine_dimensions_and_enough_indicators() -> None:
    fw = builtin_framework()
    assert [d.id for d in fw.dimensions] == [f"D{n}" for n in range(1, 10)]
    counts = {d.id: sum(1 for _ in d.indicators()) for d in fw.dimensions}
    assert sum(counts.values()) >= 90
    assert all(n >= 8 for n in counts.values()), counts
    assert len(fw.content_hash) == 64


def test_builtin_titles_follow_the_nine_dimensions_in_order() -> None:
    titles = [tr(d.title).lower() for d in builtin_framework().dimensions]
    for title, word in zip(
        titles,
        [
            "policy",
            "legal",
            "substantive",
            "procedural",
            "evidence",
            "jurisdiction",
            "safeguards",
            "international",
            "capacity",
        ],
        strict=True,
    ):
        assert word in title


def test_every_builtin_indicator_is_complete_and_cites_declared_instruments() -> None:
    fw = builtin_framework()
    instruments = {i.id for i in fw.instruments}
    for ind in fw.indicators():
        assert sorted(ind.stages) == [1, 2, 3, 4, 5]
        assert sorted(ind.recommendations) == [1, 2, 3, 4]
        assert len(tr(ind.question)) > 20 and len(tr(ind.guidance)) > 60, ind.id
        assert all(ref.instrument in instruments for ref in ind.references)
        # distinct descriptors: no copy-pasted stage text
        assert len({tr(t) for t in ind.stages.values()}) == 5, ind.id
    cited = {ref.instrument for ind in fw.indicators() for ref in ind.references}
    assert {"budapest", "un-cybercrime"} <= cited


def test_budapest_substantive_articles_are_all_cited() -> None:
    fw = builtin_framework()
    articles = {ref.article for ind in fw.indicators() for ref in ind.references if ref.instrument == "budapest"}
    for article in [str(n) for n in range(2, 14)] + ["16", "18", "19", "22", "35"]:
        assert any(a == article or (a or "").startswith(article + "(") for a in articles), article


def test_lookup_by_indicator_id() -> None:
    fw = get_framework("mini")
    assert fw.dimension_of("D1.2.1").id == "D1"
    assert fw.section_of("D1.2.1").id == "D1.2"
    assert fw.indicator("D1.1.2").weight == 2.0
    assert not fw.has_indicator("D9.9.9")


def test_hash_ignores_formatting_but_not_content(tmp_path: Path) -> None:
    copy = tmp_path / "mini"
    shutil.copytree(MINI_FRAMEWORK, copy)
    original = load_framework(MINI_FRAMEWORK).content_hash
    data = yaml.safe_load((copy / "d1.yaml").read_text())
    (copy / "d1.yaml").write_text(yaml.safe_dump(data, default_flow_style=True, width=40))
    assert load_framework(copy).content_hash == original
    data["sections"][0]["indicators"][0]["question"]["en"] = "Changed?"
    (copy / "d1.yaml").write_text(yaml.safe_dump(data))
    assert load_framework(copy).content_hash != original
    assert content_hash(load_framework(copy)) == load_framework(copy).content_hash


def _broken(tmp_path: Path, edit) -> Path:  # type: ignore[no-untyped-def]
    copy = tmp_path / "broken"
    shutil.copytree(MINI_FRAMEWORK, copy)
    data = yaml.safe_load((copy / "d1.yaml").read_text())
    edit(data)
    (copy / "d1.yaml").write_text(yaml.safe_dump(data))
    return copy


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (lambda d: d["sections"][0]["indicators"][1]["stages"].pop(4), ["d1.yaml", "D1.1.2", "stages"]),
        (lambda d: d["sections"][0]["indicators"][0].pop("guidance"), ["d1.yaml", "D1.1.1", "guidance"]),
        (lambda d: d["sections"][0]["indicators"][0].update(weight="heavy"), ["D1.1.1", "weight"]),
        (lambda d: d["sections"][0]["indicators"][0].update(weight=-1), ["D1.1.1", "weight"]),
        (lambda d: d["sections"][0]["indicators"][0]["question"].pop("en"), ["D1.1.1", "question", "English"]),
        (lambda d: d["sections"][0]["indicators"][1].update(id="D1.1.1"), ["d1.yaml", "D1.1.1", "duplicate"]),
        (lambda d: d["sections"][1]["indicators"][0].update(id="D1.1.9"), ["d1.yaml", "D1.1.9", "inside section D1.2"]),
        (
            lambda d: d["sections"][0]["indicators"][0]["references"].append({"instrument": "nope", "article": "1"}),
            ["D1.1.1", "references", "nope"],
        ),
        (lambda d: d["sections"][0]["indicators"][0].update(colour="red"), ["D1.1.1", "colour"]),
    ],
)
def test_broken_framework_error_names_file_indicator_and_field(tmp_path: Path, edit, expected) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(FrameworkError) as err:
        load_framework(_broken(tmp_path, edit))
    for word in expected:
        assert word in str(err.value)


def test_unparseable_and_missing_files_are_reported(tmp_path: Path) -> None:
    copy = tmp_path / "fw"
    shutil.copytree(MINI_FRAMEWORK, copy)
    (copy / "d2.yaml").write_text("id: D2\n  bad: [indent\n")
    with pytest.raises(FrameworkError, match=r"d2\.yaml: not valid YAML"):
        load_framework(copy)
    (copy / "d2.yaml").unlink()
    with pytest.raises(FrameworkError, match=r"d2\.yaml: file not found"):
        load_framework(copy)
    with pytest.raises(FrameworkError, match=r"no framework\.yaml"):
        load_framework(tmp_path)


def test_dimension_file_outside_the_folder_is_refused(tmp_path: Path) -> None:
    copy = tmp_path / "fw"
    shutil.copytree(MINI_FRAMEWORK, copy)
    manifest = yaml.safe_load((copy / "framework.yaml").read_text())
    manifest["dimensions"][1] = "../../etc/passwd"
    (copy / "framework.yaml").write_text(yaml.safe_dump(manifest))
    with pytest.raises(FrameworkError, match="outside the framework folder"):
        load_framework(copy)


def test_translation_coverage_counts_languages() -> None:
    coverage = {c.language: c for c in translation_coverage(get_framework("mini"))}
    assert coverage["en"].percent == 100
    assert 0 < coverage["fr"].translated < coverage["fr"].total
    assert coverage["es"].translated == 0


def test_tr_falls_back_to_english() -> None:
    assert tr({"en": "Hello", "fr": "Bonjour"}, "fr") == "Bonjour"
    assert tr({"en": "Hello"}, "ar") == "Hello"
    assert tr(None) == ""


def test_unknown_framework_id_says_where_to_install() -> None:
    with pytest.raises(FrameworkError, match="not installed"):
        get_framework("no-such-framework")


def _with_overlay(tmp_path: Path, name: str, text: str) -> Path:
    copy = tmp_path / "fw"
    shutil.copytree(MINI_FRAMEWORK, copy)
    (copy / name).write_text(text, encoding="utf-8")
    return copy


def test_translation_overlay_adds_a_language(tmp_path: Path) -> None:
    folder = _with_overlay(
        tmp_path,
        "d1.es.yaml",
        "language: es\nD1: {title: Política}\nD1.1.1:\n  question: ¿Pregunta?\n  stages: {2: Etapa dos.}\n"
        "  recommendations: {4: Pasar a cinco.}\n  references: [Acceso ilícito]\n",
    )
    (folder / "framework.es.yaml").write_text("language: es\nstages: {1: {label: Inicial}}\n", encoding="utf-8")
    fw = load_framework(folder)
    ind = fw.indicator("D1.1.1")
    assert tr(fw.dimensions[0].title, "es") == "Política"
    assert tr(ind.question, "es") == "¿Pregunta?" and tr(ind.question, "en") == "Question D1.1.1?"
    assert tr(ind.stages[2], "es") == "Etapa dos." and tr(ind.stages[3], "es") == "D1.1.1 at stage 3."  # fallback
    assert tr(ind.recommendations[4], "es") == "Pasar a cinco."
    assert tr(ind.references[0].provision, "es") == "Acceso ilícito"
    assert tr(fw.stage(1).label, "es") == "Inicial"
    assert fw.content_hash != load_framework(MINI_FRAMEWORK).content_hash


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("language: es\nD1.9.9: {question: x}\n", "D1.9.9: no such id"),
        ("language: es\nD1.1.1: {colour: rojo}\n", "D1.1.1: unknown or malformed field 'colour'"),
        ("language: fr\nD1: {title: x}\n", "says language 'fr'"),
        ("language: es\nD1.1.1: {question: [1, 2]}\n", "must be text"),
        ("language: es\nD1.2.1:\n  references: [a]\n", "has 1 reference names but the English file has 0"),
    ],
)
def test_broken_overlay_names_file_and_id(tmp_path: Path, text: str, message: str) -> None:
    folder = _with_overlay(tmp_path, "d1.es.yaml", text)
    with pytest.raises(FrameworkError, match=message) as err:
        load_framework(folder)
    assert "d1.es.yaml" in str(err.value)


def test_parsed_sources_are_cached_and_invalidated_by_any_edit(tmp_path: Path, user_home: Path) -> None:
    copy = tmp_path / "fw"
    shutil.copytree(MINI_FRAMEWORK, copy)
    first = load_framework(copy)
    cached = list((user_home / "cache").glob("framework-*.json"))
    assert len(cached) == 1
    assert load_framework(copy) == first  # from the cache: same content, same hash
    (copy / "d2.fr.yaml").write_text("language: fr\nD2: {title: Droit}\n", encoding="utf-8")
    edited = load_framework(copy)
    assert tr(edited.dimensions[1].title, "fr") == "Droit" and edited.content_hash != first.content_hash
    cached[0].write_text("{not json", encoding="utf-8")  # a damaged cache is ignored
    (copy / "d2.fr.yaml").unlink()
    assert load_framework(copy).content_hash == first.content_hash
