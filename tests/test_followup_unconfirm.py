"""Undoing a confirmation in the store (what the app's Ctrl+Z calls): only an answer still as carried over goes back."""

from __future__ import annotations

from pathlib import Path

import pytest

from cyberassess.cli import main
from cyberassess.store import Assessment


@pytest.fixture
def follow_up(demo_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "followup.cyberassess"
    assert main(["follow-up", str(demo_file), str(path)]) == 0
    return path


def test_unconfirm_puts_an_unchanged_answer_back_and_records_it(follow_up: Path) -> None:
    with Assessment.open(follow_up) as doc:
        assert doc.confirm(["D1.1.1", "D1.1.2"]) == ["D1.1.1", "D1.1.2"]
        assert doc.unconfirm(["D1.1.1", "D1.1.1"], by="Ana Ruiz") == ["D1.1.1"]
        assert "D1.1.1" in doc.to_confirm() and "D1.1.2" not in doc.to_confirm()
        entry = doc.history(indicator_id="D1.1.1")[-1]
        assert (entry.action, entry.assessor) == ("confirm-undone", "Ana Ruiz")
        assert doc.unconfirm(["D1.1.1"]) == []  # already to confirm: nothing to do, nothing logged
        assert doc.history(indicator_id="D1.1.1")[-1].id == entry.id


def test_a_changed_answer_stays_confirmed(follow_up: Path) -> None:
    with Assessment.open(follow_up) as doc:
        before = doc.answers()["D2.1.1"]
        doc.set_answer("D2.1.1", 1 if before.value != 1 else 2, justification=before.justification)
        assert doc.unconfirm(["D2.1.1"]) == []  # no longer the baseline's answer
        doc.set_answer("D2.1.1", before.value, justification=before.justification, confidence=before.confidence)
        assert doc.unconfirm(["D2.1.1"]) == ["D2.1.1"]  # back as carried over: it can be put back


def test_an_assessment_that_is_no_follow_up_has_nothing_to_put_back(demo_file: Path) -> None:
    with Assessment.open(demo_file) as doc:
        assert doc.unconfirm(["D1.1.1"]) == [] and doc.to_confirm() == frozenset()
