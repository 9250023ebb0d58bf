"""Every hostile input in tests/corpus/ ends with a clear message and the right exit code.

Each case runs the real ``cyberassess`` command line in its own process (so a crash or a hang is
seen as such). Matrix (xlsx) cases are in test_matrix_corpus.py and in the reliability command.
"""

from __future__ import annotations

import pytest

from .reliability.corpus import CORPUS, run_corpus


@pytest.mark.parametrize("kind", ["assessment", "folder", "framework", "key", "pdf"])
def test_every_hostile_input_gets_a_clear_message(kind: str) -> None:
    outcomes = run_corpus({kind})
    assert len(outcomes) >= 8
    bad = [
        f"{o.verdict}: {o.case.name}: {o.output.strip()[-300:]}" for o in outcomes if o.verdict not in ("ok", "clear")
    ]
    assert not bad, "\n".join(bad)


def test_the_corpus_is_committed_and_large_enough() -> None:
    files = [p for p in CORPUS.rglob("*") if p.parent.parent == CORPUS]
    assert len(files) >= 50
