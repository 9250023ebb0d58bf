"""The search index built with the package (scripts/build_index.py) is used at run time, not rebuilt."""

from __future__ import annotations

import runpy
import shutil
from pathlib import Path

import pytest

from cyberassess.framework import builtin_framework
from cyberassess.library import index
from cyberassess.library.texts import library_dir, text_files

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "build_index.py"


@pytest.fixture
def shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of resources/library/ with the index the package build makes, used as the library folder."""
    folder = tmp_path / "library"
    folder.mkdir()
    for path in text_files(library_dir()):
        shutil.copy(path, folder / path.name)
    assert runpy.run_path(str(SCRIPT), run_name="build_index")["main"](["--output", str(folder)]) == 0
    monkeypatch.setattr(index, "library_dir", lambda: folder)
    return folder


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every time the shipped part is built at run time (the fallback the package build spares)."""
    made: list[str] = []
    real = index.build_shipped

    def counting(framework):  # type: ignore[no-untyped-def]
        made.append(framework.id)
        return real(framework)

    monkeypatch.setattr(index, "build_shipped", counting)
    return made


def test_the_build_script_writes_an_index_the_search_uses_without_building(shipped: Path, builds: list[str]) -> None:
    fw = builtin_framework()
    assert (shipped / f"{fw.id}.index").is_file()
    with index.Index(fw) as idx:
        hits = idx.search("expedited preservation", kinds=["article"])
    assert "budapest:16" in [h.ref for h in hits]
    assert builds == []
    assert not index.cache_path(fw).exists()  # nothing was written to the user cache either


def test_a_shipped_index_of_other_texts_is_ignored_and_the_cache_built(shipped: Path, builds: list[str]) -> None:
    fw = builtin_framework()
    text = next(p for p in shipped.iterdir() if p.suffix == ".json")
    text.write_bytes(text.read_bytes() + b"\n")  # the library text changed since the package was built
    assert index.read_shipped_index(fw) is None
    with index.Index(fw) as idx:
        assert idx.search("preservation")
    assert builds == [fw.id]


def test_a_damaged_shipped_index_is_ignored(shipped: Path, builds: list[str]) -> None:
    fw = builtin_framework()
    path = shipped / f"{fw.id}.index"
    blob = bytearray(path.read_bytes())
    blob[-100] ^= 0xFF
    path.write_bytes(bytes(blob))
    with index.Index(fw) as idx:
        assert idx.search("preservation")
    assert builds == [fw.id]
