"""A short run of the kill-the-writer harness (the reliability command runs 20+ trials)."""

from __future__ import annotations

from pathlib import Path

from .reliability.crash import WRITER, WRITER_ACKS_TOO_EARLY, run_trials


def test_sigkill_during_edits_loses_no_acknowledged_answer(tmp_path: Path) -> None:
    results = run_trials(tmp_path, trials=4, seed=11)
    assert sum(r.acknowledged for r in results) > 20  # the writer really was writing when killed
    for r in results:
        assert r.opened and r.integrity == "ok"
        assert r.lost == 0


def test_the_harness_detects_a_writer_that_acknowledges_too_early(tmp_path: Path) -> None:
    assert WRITER_ACKS_TOO_EARLY != WRITER
    results = run_trials(tmp_path, trials=2, seed=5, writer=WRITER_ACKS_TOO_EARLY)
    assert sum(r.lost for r in results) > 0


def test_sigkill_on_an_encrypted_file_loses_no_acknowledged_answer(tmp_path: Path) -> None:
    results = run_trials(tmp_path, trials=3, seed=13, passphrase="kill-trial passphrase")
    assert sum(r.acknowledged for r in results) > 15
    for r in results:
        assert r.opened and r.integrity == "ok"
        assert r.lost == 0
    assert b"Crashland" not in (tmp_path / "crash.cyberassess").read_bytes()


def test_the_harness_detects_early_acknowledgements_on_an_encrypted_file(tmp_path: Path) -> None:
    results = run_trials(tmp_path, trials=2, seed=5, writer=WRITER_ACKS_TOO_EARLY, passphrase="kill-trial passphrase")
    assert sum(r.lost for r in results) > 0
