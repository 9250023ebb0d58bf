from __future__ import annotations

import dataclasses
import errno
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from cyberassess import atomicfile
from cyberassess.errors import FrameworkError
from cyberassess.framework import (
    BUILTIN_ID,
    builtin_framework,
    get_framework,
    load_framework,
    loader,
    tr,
    translation_coverage,
)
from cyberassess.framework.hashing import content_hash
from cyberassess.framework.model import Reference
from cyberassess.paths import resource

from .conftest import MINI_FRAMEWORK

# Assessment files store the content hash of their framework and compare it on opening: the
# canonical form it is computed from must never change (update only for a real content change).
MINI_HASH = "6275a9937057104aa22e6569910371be179500b81bff84e7ef6505d47859d0ad"


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


def test_every_reference_has_its_article_and_lists_are_sorted_by_instrument_then_article() -> None:
    fw = builtin_framework()
    order = [i.id for i in fw.instruments]

    def key(ref: Reference) -> tuple[int, int, str]:
        number = re.match(r"\d+", ref.article or "")
        assert number, (ref.instrument, ref.provision)
        return order.index(ref.instrument), int(number.group()), ref.article or ""

    for ind in fw.indicators():
        keys = [key(ref) for ref in ind.references]
        assert keys == sorted(keys), ind.id
    un = {ref.article for ind in fw.indicators() for ref in ind.references if ref.instrument == "un-cybercrime"}
    # the UN Convention's criminalisation, procedural and cooperation articles are all cited by number
    for article in ["7", "8", "9", "10", "11", "12", "13", "14", "22", "24", "25", "27", "28", "40", "41", "42"]:
        assert article in un, article
    titles = {tr(ref.provision) for ind in fw.indicators() for ref in ind.references}
    assert "Prevention measures" not in titles and "Preventive measures" in titles


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
        (
            lambda d: d["sections"][0]["indicators"][0].update(
                recommendation_plan={1: {"actor": "wizards", "horizon": "short", "effort": "low"}}
            ),
            ["d1.yaml", "D1.1.1", "recommendation_plan", "unknown actor 'wizards'"],
        ),
        (
            lambda d: d["sections"][0]["indicators"][0].update(
                recommendation_plan={2: {"actor": "police", "horizon": "soon", "effort": "low"}}
            ),
            ["D1.1.1", "recommendation_plan", "horizon", "'short'"],
        ),
        (
            lambda d: d["sections"][0]["indicators"][0].update(
                recommendation_plan={5: {"actor": "police", "horizon": "short", "effort": "low"}}
            ),
            ["D1.1.1", "recommendation_plan", "do not exist"],
        ),
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


def test_the_framework_is_cached_and_the_cache_invalidated_by_any_edit(tmp_path: Path, user_home: Path) -> None:
    copy = tmp_path / "fw"
    shutil.copytree(MINI_FRAMEWORK, copy)
    first = load_framework(copy)
    cached = list((user_home / "cache").glob("framework-*.cache"))
    assert len(cached) == 1
    assert load_framework(copy) == first  # from the cache: same content, same hash
    (copy / "d2.fr.yaml").write_text("language: fr\nD2: {title: Droit}\n", encoding="utf-8")
    edited = load_framework(copy)
    assert tr(edited.dimensions[1].title, "fr") == "Droit" and edited.content_hash != first.content_hash
    cached[0].write_text("{not json", encoding="utf-8")  # a damaged cache is ignored
    (copy / "d2.fr.yaml").unlink()
    assert load_framework(copy).content_hash == first.content_hash


# --------------------------------------------------------------------------- the cache and the model
def _count_validations(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The manifests read and validated in full from now on (each is a cache miss)."""
    calls: list[Path] = []
    validated = loader._validated

    def spy(manifest: Path) -> Any:
        calls.append(manifest)
        return validated(manifest)

    monkeypatch.setattr(loader, "_validated", spy)
    return calls


def test_the_cache_key_is_each_files_name_size_and_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No source is read to find the cache entry: an edit shows in the file's size or time."""
    copy = tmp_path / "fw"
    shutil.copytree(MINI_FRAMEWORK, copy)
    first = load_framework(copy)
    validations = _count_validations(monkeypatch)
    moved = tmp_path / "elsewhere" / "fw"
    shutil.copytree(copy, moved)  # copy2 keeps the times: a stick mounted under another path
    assert load_framework(moved) == first and validations == []
    dimension = copy / "d1.yaml"
    text = dimension.read_text(encoding="utf-8")
    edited = text.replace("Question D1.1.1?", "Question D1.1.1!")
    assert edited != text and len(edited) == len(text)  # the same size: only the time tells
    dimension.write_text(edited, encoding="utf-8")
    stat = dimension.stat()
    os.utime(dimension, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert tr(load_framework(copy).indicator("D1.1.1").question, "en") == "Question D1.1.1!"
    assert validations == [copy / "framework.yaml"]


def test_the_content_hash_does_not_change_between_versions() -> None:
    assert load_framework(MINI_FRAMEWORK).content_hash == MINI_HASH  # validated
    assert load_framework(MINI_FRAMEWORK).content_hash == MINI_HASH  # from the cache
    assert content_hash(load_framework(MINI_FRAMEWORK)) == MINI_HASH


@pytest.mark.parametrize("source", [MINI_FRAMEWORK, resource("frameworks", BUILTIN_ID)], ids=["mini", "builtin"])
def test_a_warm_cache_load_equals_a_fresh_validated_load(source: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    validations = _count_validations(monkeypatch)
    fresh = load_framework(source)
    warm = load_framework(source)
    assert len(validations) == 1  # the second load came from the cache
    assert warm == fresh and warm.content_hash == fresh.content_hash
    assert repr(warm) == repr(fresh)  # the same types too: tuples, int keys, float weights
    assert content_hash(warm) == warm.content_hash
    assert warm.indicator_ids() == fresh.indicator_ids()
    last = warm.indicator_ids()[-1]
    assert warm.dimension_of(last) is warm.dimensions[-1] and warm.indicator(last) == fresh.indicator(last)


def test_validation_cleans_texts_and_the_cache_keeps_them_clean(tmp_path: Path) -> None:
    padded = {"en": "  Padded?\n", "fr": " ", "es": "¿Sí? "}
    folder = _broken(tmp_path, lambda d: d["sections"][0]["indicators"][0].update(question=padded))
    fresh = load_framework(folder)
    assert fresh.indicator("D1.1.1").question == {"en": "Padded?", "es": "¿Sí?"}
    assert load_framework(folder) == fresh


def _with_hash(body: bytes) -> bytes:
    return hashlib.sha256(body).hexdigest().encode() + b"\n" + body


def _reshaped(edit: Callable[[dict[str, Any]], object]) -> Callable[[bytes], bytes]:
    """Damage that keeps the entry consistent with its hash: only the shape check can refuse it."""

    def damage(good: bytes) -> bytes:
        data = json.loads(good.partition(b"\n")[2])
        edit(data)
        return _with_hash(json.dumps(data).encode())

    return damage


def _first(data: dict[str, Any]) -> dict[str, Any]:
    indicator: dict[str, Any] = data["dimensions"][0]["sections"][0]["indicators"][0]
    return indicator


DAMAGE: dict[str, Callable[[bytes], bytes]] = {
    "garbage": lambda good: bytes(range(256)) * 8,
    "empty": lambda good: b"",
    "truncated": lambda good: good[: len(good) // 2],
    "text edited, stale checksum": lambda good: good.replace(b"Question D1.1.1?", b"Question D1.1.1!"),
    "content hash edited, stale checksum": lambda good: good.replace(MINI_HASH.encode(), b"0" * 64),
    "cache format 1": lambda good: json.dumps({"manifest": {}, "dimensions": [], "hash": MINI_HASH}).encode(),
    "a list": lambda good: _with_hash(b"[1, 2, 3]"),
    "nested too deeply": lambda good: _with_hash(b"[" * 100_000 + b"]" * 100_000),
    "unknown field": _reshaped(lambda d: d.update(colour="red")),
    "missing field": _reshaped(lambda d: d.pop("stages")),
    "weight as text": _reshaped(lambda d: _first(d).update(weight="1.0")),
    "stages as a list": _reshaped(lambda d: _first(d).update(stages=list(_first(d)["stages"].values()))),
    "stage number not a number": _reshaped(lambda d: _first(d)["stages"].update(x={"en": "x"})),
    "text not a string": _reshaped(lambda d: _first(d)["question"].update(fr=42)),
    "reference without article": _reshaped(lambda d: _first(d)["references"][0].update(article=None, provision=None)),
    "sections as a mapping": _reshaped(lambda d: d["dimensions"][0].update(sections={})),
}


@pytest.mark.parametrize("damage", DAMAGE.values(), ids=list(DAMAGE))
def test_a_damaged_cache_is_ignored_and_rewritten(
    damage: Callable[[bytes], bytes], monkeypatch: pytest.MonkeyPatch, user_home: Path
) -> None:
    genuine = load_framework(MINI_FRAMEWORK)
    (entry,) = (user_home / "cache").glob("framework-*.cache")
    good = entry.read_bytes()
    entry.write_bytes(damage(good))
    validations = _count_validations(monkeypatch)
    loaded = load_framework(MINI_FRAMEWORK)
    assert len(validations) == 1  # read and validated in full, not taken from the cache
    assert loaded == genuine and loaded.content_hash == genuine.content_hash == MINI_HASH
    assert entry.read_bytes() == good


def test_an_unusable_cache_folder_only_costs_time(monkeypatch: pytest.MonkeyPatch, user_home: Path) -> None:
    (user_home / "cache").write_text("a file where the cache folder should be")
    validations = _count_validations(monkeypatch)
    assert load_framework(MINI_FRAMEWORK).content_hash == MINI_HASH
    assert load_framework(MINI_FRAMEWORK).content_hash == MINI_HASH
    assert len(validations) == 2


def test_a_full_disk_only_costs_time(monkeypatch: pytest.MonkeyPatch, user_home: Path) -> None:
    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomicfile, "write_bytes", full)
    assert load_framework(MINI_FRAMEWORK).content_hash == MINI_HASH
    assert not list((user_home / "cache").glob("framework-*"))


def test_the_model_is_frozen_and_checks_rules_that_span_fields() -> None:
    fw = get_framework("mini")
    with pytest.raises(dataclasses.FrozenInstanceError):
        fw.id = "other"  # type: ignore[misc]
    assert "_lookup" not in dataclasses.asdict(fw)
    with pytest.raises(ValueError, match="'article' or a 'provision'"):
        Reference(instrument="budapest")
    with pytest.raises(ValueError, match="exactly stages 1-5"):
        dataclasses.replace(fw.indicator("D1.1.1"), stages={1: {"en": "One"}})


def test_importing_and_loading_from_the_cache_need_neither_pydantic_nor_yaml(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "heavy = ('pydantic', 'pydantic_core', 'annotated_types', 'yaml')\n"
        "def loaded(): return sorted(m for m in sys.modules if m.split('.')[0] in heavy)\n"
        "import cyberassess.framework\n"
        "print(loaded())\n"
        "cyberassess.framework.builtin_framework()\n"
        "print(loaded())\n"
    )
    env = {**os.environ, "CYBERASSESS_HOME": str(tmp_path)}

    def run() -> list[str]:
        result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=False)
        assert result.returncode == 0, result.stderr[-2000:]
        return result.stdout.splitlines()

    imported, cold = run()  # an empty cache: the sources are parsed and validated
    assert imported == "[]" and "'pydantic'" in cold and "'yaml'" in cold
    assert run() == ["[]", "[]"]  # from the cache
