"""Framework files beyond the limits are refused with the file and the reason, before they are parsed."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
import yaml

from cyberassess.errors import FrameworkError
from cyberassess.framework import builtin_framework, limits, load_framework, loader
from cyberassess.paths import resource

from .conftest import MINI_FRAMEWORK


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "fw"
    shutil.copytree(MINI_FRAMEWORK, folder)
    return folder


def test_the_builtin_framework_is_far_inside_every_limit() -> None:
    fw = builtin_framework()
    assert len(fw.dimensions) <= limits.MAX_DIMENSIONS // 3
    assert len(fw.indicator_ids()) <= limits.MAX_INDICATORS // 10
    for path in resource("frameworks", "cybercrime-capacity").rglob("*.yaml"):
        assert path.stat().st_size <= limits.MAX_FILE_BYTES // 100
        depth = nodes = 0
        for event in yaml.parse(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader):
            if isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent):
                depth += 1
                assert depth <= limits.MAX_DEPTH // 3
            elif isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
                depth -= 1
            elif isinstance(event, yaml.ScalarEvent):
                nodes += 1
                assert len(event.value) <= limits.MAX_TEXT_CHARS // 10
        assert nodes <= limits.MAX_NODES // 10


def test_json_nested_200000_deep_is_refused_without_recursion(tmp_path: Path) -> None:
    folder = tmp_path / "deep"
    folder.mkdir()
    (folder / "framework.json").write_text("[" * 200_000 + "]" * 200_000)
    with pytest.raises(FrameworkError, match="nested more than 32 levels") as caught:
        load_framework(folder)
    assert "framework.json" in caught.value.message and caught.value.hint


def test_a_recursion_error_is_still_caught_when_the_scan_misses_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "check_json_depth", lambda path, text: None)
    folder = tmp_path / "deep"
    folder.mkdir()
    (folder / "framework.json").write_text("[" * 100_000 + "]" * 100_000)
    with pytest.raises(FrameworkError, match="nested more than"):
        load_framework(folder)


def test_brackets_inside_json_strings_are_not_nesting(tmp_path: Path) -> None:
    text = json.dumps({"a": "[" * 100 + '{"\\"' * 50, "b": ["]" * 100]})
    limits.check_json_depth(tmp_path / "f.json", text)
    with pytest.raises(FrameworkError, match="nested"):
        limits.check_json_depth(tmp_path / "f.json", "[" * 33 + "]" * 33)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("id: D1\nsummary: " + "[" * 40 + "]" * 40, "nested more than 32 levels"),
        ("id: D1\nsummary: {en: " + "x" * 20_001 + "}", "line 2: a text of 20,001 characters"),
        ("a: &a [x, x]\nb: [*a, *a]\n", "aliases"),
        ("id: D1\nsections: [" + "x, " * 200_001 + "]", "more than 200,000 entries"),
    ],
)
def test_yaml_limits_are_checked_on_parser_events(tmp_path: Path, text: str, message: str) -> None:
    folder = _copy(tmp_path)
    (folder / "d1.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(FrameworkError, match=message) as caught:
        load_framework(folder)
    assert "d1.yaml" in caught.value.message


def test_counts_are_refused_before_validation(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _copy(tmp_path)
    for name, value, message in (
        ("MAX_INDICATORS", 3, "more than 3 indicators"),
        ("MAX_SECTIONS", 1, "more than 1 sections"),
        ("MAX_DIMENSIONS", 1, "lists 2 dimensions; at most 1"),
    ):
        with monkeypatch.context() as patch:
            patch.setattr(limits, name, value)
            with pytest.raises(FrameworkError, match=message):
                load_framework(folder)
    assert load_framework(folder).id == "mini"


def test_a_json_text_too_long_is_refused(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    manifest = yaml.safe_load((folder / "framework.yaml").read_text(encoding="utf-8"))
    manifest["description"] = {"en": "y" * 30_000}
    (folder / "framework.yaml").unlink()
    (folder / "framework.json").write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(FrameworkError, match="a text of 30,000 characters") as caught:
        load_framework(folder)
    assert "framework.json" in caught.value.message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_or_a_device_is_refused_without_blocking(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    (folder / "d2.yaml").unlink()
    os.mkfifo(folder / "d2.yaml")  # reading it would block forever
    with pytest.raises(FrameworkError, match="not a regular file"):
        load_framework(folder)
    (folder / "d2.yaml").unlink()
    (folder / "d2.yaml").symlink_to("/dev/zero")  # a link out of the folder is refused before it is read
    with pytest.raises(FrameworkError, match="outside the framework folder"):
        load_framework(folder)
    (folder / "d2.yaml").unlink()
    os.mkfifo(folder / "pipe")
    (folder / "d2.yaml").symlink_to("pipe")
    with pytest.raises(FrameworkError, match="not a regular file"):
        load_framework(folder)


def test_a_file_over_the_size_limit_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _copy(tmp_path)
    size = (folder / "d1.yaml").stat().st_size
    monkeypatch.setattr(loader, "MAX_FILE_BYTES", size - 1)
    with pytest.raises(FrameworkError, match="larger than"):
        load_framework(folder)
