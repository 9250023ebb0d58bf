"""Shared fixtures: an isolated user folder per test, Qt offscreen, and sample assessments."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FIXTURES = Path(__file__).parent / "fixtures"
MINI_FRAMEWORK = FIXTURES / "frameworks" / "mini"


@pytest.fixture(autouse=True)
def user_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own user folder (settings, frameworks, keys), with the mini framework."""
    home = tmp_path_factory.mktemp("home")
    shutil.copytree(MINI_FRAMEWORK, home / "frameworks" / "mini")
    monkeypatch.setenv("CYBERASSESS_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo assessment, written once per session; copy it with ``demo_file``."""
    from cyberassess.demo import write_demo

    return write_demo(tmp_path_factory.mktemp("demo") / "template.cyberassess")


@pytest.fixture
def demo_file(demo_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the demo assessment for one test."""
    target = tmp_path / "demo.cyberassess"
    shutil.copy(demo_template, target)
    return target


@pytest.fixture
def mini_doc(tmp_path: Path) -> Iterator[object]:
    """An empty assessment on the five-indicator mini framework."""
    from cyberassess.framework import get_framework
    from cyberassess.store import Assessment

    doc = Assessment.create(
        tmp_path / "mini.cyberassess",
        country="Testland",
        mission="Unit",
        assessors=["Ada"],
        framework=get_framework("mini"),
    )
    yield doc
    doc.close()
