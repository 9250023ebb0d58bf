"""Hostile encrypted files through the real command line: a clear message each, never a traceback."""

from __future__ import annotations

from .reliability.encrypted import CASES, run_encrypted_corpus


def test_every_hostile_encrypted_file_gets_a_clear_message() -> None:
    outcomes = run_encrypted_corpus()
    assert len(outcomes) == len(CASES) >= 10
    bad = [
        f"{o.verdict}: {o.case.name}: {o.output.strip()[-300:]}" for o in outcomes if o.verdict not in ("ok", "clear")
    ]
    assert not bad, "\n".join(bad)
