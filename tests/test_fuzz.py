"""Fuzzing the readers of foreign files: frameworks and Excel matrices.

Whatever the bytes or the structure, a reader either succeeds or raises a CyberAssessError (which
the CLI and the GUI show as a clear message); never any other exception.
"""

from __future__ import annotations

import contextlib
import io
import random
import shutil
import tempfile
import zipfile
from pathlib import Path

import openpyxl
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import MergedCell

from cyberassess.errors import CyberAssessError
from cyberassess.framework import get_framework, load_framework

from .conftest import MINI_FRAMEWORK

SETTINGS = settings(
    max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
MATRIX_SETTINGS = settings(SETTINGS, max_examples=30)

json_leaf = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-10, 10),
    st.floats(allow_nan=True),
    st.text(max_size=12),
    st.sampled_from(["D1", "D1.1", "D1.1.1", "en", "budapest", ""]),
)
json_value = st.recursive(
    json_leaf,
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(
            st.sampled_from(
                [
                    "id",
                    "number",
                    "title",
                    "summary",
                    "sections",
                    "indicators",
                    "en",
                    "fr",
                    "stages",
                    "recommendations",
                    "weight",
                    "question",
                    "references",
                    1,
                    2,
                    3,
                ]
            ),
            children,
            max_size=5,
        ),
    ),
    max_leaves=25,
)


def _mutate_dimension(data: dict, rng: random.Random, replacement: object) -> None:  # type: ignore[type-arg]
    """Replace one randomly chosen node of the parsed file with ``replacement``."""
    node: object = data
    path: list[object] = []
    for _ in range(rng.randint(1, 6)):
        if isinstance(node, dict) and node:
            key = rng.choice(list(node))
        elif isinstance(node, list) and node:
            key = rng.randrange(len(node))
        else:
            break
        path.append(key)
        node = node[key]  # type: ignore[index]
    if not path:
        return
    parent: object = data
    for key in path[:-1]:
        parent = parent[key]  # type: ignore[index]
    parent[path[-1]] = replacement  # type: ignore[index]


@SETTINGS
@given(seed=st.integers(0, 2**32), replacement=json_value)
def test_framework_loader_survives_structural_fuzz(tmp_path: Path, seed: int, replacement: object) -> None:
    folder = Path(tempfile.mkdtemp(dir=tmp_path)) / "fw"
    shutil.copytree(MINI_FRAMEWORK, folder)
    data = yaml.safe_load((folder / "d1.yaml").read_text())
    _mutate_dimension(data, random.Random(seed), replacement)
    (folder / "d1.yaml").write_text(yaml.safe_dump(data, allow_unicode=True))
    try:
        load_framework(folder)
    except CyberAssessError as exc:
        assert exc.message and str(folder) in exc.message


@SETTINGS
@given(data=st.binary(max_size=400), cut=st.integers(0, 2000))
def test_framework_loader_survives_byte_fuzz(tmp_path: Path, data: bytes, cut: int) -> None:
    folder = Path(tempfile.mkdtemp(dir=tmp_path)) / "fw"
    shutil.copytree(MINI_FRAMEWORK, folder)
    original = (MINI_FRAMEWORK / "d2.yaml").read_bytes()
    (folder / "d2.yaml").write_bytes(original[:cut] + data)
    with contextlib.suppress(CyberAssessError):
        load_framework(folder)


@pytest.fixture(scope="module")
def good_matrix(tmp_path_factory: pytest.TempPathFactory) -> GoodMatrix:
    from cyberassess.matrix import export_matrix
    from cyberassess.store import Assessment

    folder = tmp_path_factory.mktemp("fuzzmatrix")
    import os

    os.environ.setdefault("CYBERASSESS_HOME", str(folder / "home"))
    shutil.copytree(MINI_FRAMEWORK, Path(os.environ["CYBERASSESS_HOME"]) / "frameworks" / "mini", dirs_exist_ok=True)
    with Assessment.create(
        folder / "m.cyberassess", country="Fuzz", mission="", framework=get_framework("mini")
    ) as doc:
        doc.set_answer("D1.1.1", 3, justification="seed")
        return GoodMatrix(export_matrix(doc, folder / "m.xlsx").read_bytes())


class GoodMatrix(bytes):
    """The bytes of a good matrix (a short repr keeps hypothesis' failure reports readable)."""

    def __repr__(self) -> str:
        return f"<good matrix, {len(self)} bytes>"


def _target(tmp_path: Path) -> Path:
    from cyberassess.store import Assessment

    path = tmp_path / "target.cyberassess"
    if not path.exists():
        Assessment.create(path, country="Fuzz", mission="", framework=get_framework("mini")).close()
    return path


def _plan(tmp_path: Path, matrix: Path) -> None:
    from cyberassess.matrix import plan_import
    from cyberassess.store import Assessment

    with Assessment.open(_target(tmp_path)) as doc:
        try:
            plan_import(doc, matrix)
        except CyberAssessError as exc:
            assert exc.message


@MATRIX_SETTINGS
@given(
    flips=st.lists(st.tuples(st.integers(0, 10**7), st.integers(0, 255)), min_size=1, max_size=8),
    truncate=st.one_of(st.none(), st.integers(0, 10**7)),
)
def test_matrix_reader_survives_byte_fuzz(
    tmp_path: Path, good_matrix: bytes, flips: list[tuple[int, int]], truncate: int | None
) -> None:
    data = bytearray(good_matrix)
    for position, value in flips:
        data[position % len(data)] = value
    if truncate is not None:
        data = data[: truncate % len(data)]
    matrix = tmp_path / "fuzz.xlsx"
    matrix.write_bytes(bytes(data))
    _plan(tmp_path, matrix)


cell_value = st.one_of(
    st.none(),
    st.integers(-(10**6), 10**6),
    st.floats(allow_nan=True, allow_infinity=False),
    st.booleans(),
    st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=40),
    st.sampled_from(["=1+1", "+cmd", "@SUM(A1)", "na", "5"]),
)


@MATRIX_SETTINGS
@given(
    edits=st.lists(st.tuples(st.integers(1, 30), st.integers(1, 15), cell_value), min_size=1, max_size=12),
    sheet_index=st.integers(0, 6),
)
def test_matrix_reader_survives_cell_fuzz(
    tmp_path: Path, good_matrix: bytes, edits: list[tuple[int, int, object]], sheet_index: int
) -> None:
    workbook = openpyxl.load_workbook(io.BytesIO(good_matrix))
    sheet = workbook.worksheets[sheet_index % len(workbook.worksheets)]
    sheet.protection.sheet = False
    for row, column, value in edits:
        cell = sheet.cell(row=row, column=column)
        if isinstance(cell, MergedCell):  # covered by a merged title or input cell: nobody can type there
            continue
        cell.value = value  # type: ignore[assignment]
    out = io.BytesIO()
    workbook.save(out)
    matrix = tmp_path / "cells.xlsx"
    matrix.write_bytes(out.getvalue())
    assert zipfile.is_zipfile(matrix)
    _plan(tmp_path, matrix)
