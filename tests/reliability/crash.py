"""Kill-the-writer trials: SIGKILL a process that is saving answers, then check nothing acknowledged is lost.

The writer edits answers through :class:`Assessment` exactly as the app does and prints ``ACK`` for an
edit only after ``set_answer`` returned. Each justification carries a counter that only grows, so
after the kill every indicator's saved counter must be at least the last acknowledged one.
With a passphrase the same trials run on an encrypted (SQLCipher) file.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

WRITER = r"""
import os, sys, itertools
from cyberassess.store import Assessment
doc = Assessment.open(sys.argv[1], allow_read_only=False, passphrase=os.environ.get("CRASH_PASSPHRASE") or None)
ids = doc.framework.indicator_ids()
for n in itertools.count(int(sys.argv[2])):
    indicator = ids[n % len(ids)]
    if n % 37 == 0:
        doc.add_evidence(indicator, data=bytes(n % 251 for _ in range(20000)), name=f"ev{n}.bin")
    doc.set_answer(indicator, n % 5 + 1, justification=f"ack {n}")
    print(f"ACK {n} {indicator}", flush=True)
"""

# A broken writer for the harness's own test: it acknowledges before saving, so kills lose answers.
WRITER_ACKS_TOO_EARLY = WRITER.replace(
    '    doc.set_answer(indicator, n % 5 + 1, justification=f"ack {n}")\n    print(f"ACK {n} {indicator}", flush=True)',
    '    print(f"ACK {n} {indicator}", flush=True)\n    import time; time.sleep(0.05)\n'
    '    doc.set_answer(indicator, n % 5 + 1, justification=f"ack {n}")',
)


@dataclass
class TrialResult:
    acknowledged: int
    lost: int
    integrity: str
    opened: bool


def _connect(path: Path, passphrase: str | None) -> sqlite3.Connection:
    """A read-only connection of the driver the file needs (sqlcipher3 for an encrypted one)."""
    if passphrase is None:
        return sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    from cyberassess.store import cipher

    conn: sqlite3.Connection = cipher.connect(path, passphrase.encode(), read_only=True)
    return conn


def _saved_counters(path: Path, passphrase: str | None = None) -> dict[str, int]:
    conn = _connect(path, passphrase)
    try:
        rows = conn.execute("SELECT indicator_id, justification FROM answer").fetchall()
    finally:
        conn.close()
    return {iid: int(text.split()[1]) for iid, text in rows if text.startswith("ack ")}


def run_trial(
    path: Path, start: int, rng: random.Random, writer: str = WRITER, passphrase: str | None = None
) -> tuple[TrialResult, int]:
    """One trial: start the writer, kill it at a random moment, verify the file."""
    env = {**os.environ, "CRASH_PASSPHRASE": passphrase or ""}
    proc = subprocess.Popen(
        [sys.executable, "-c", writer, str(path), str(start)], stdout=subprocess.PIPE, text=True, env=env
    )
    acked: dict[str, int] = {}
    count = 0
    last = start

    def reader() -> None:
        nonlocal count, last
        assert proc.stdout is not None
        for line in proc.stdout:
            parts = line.split()
            if len(parts) == 3 and parts[0] == "ACK":
                acked[parts[2]] = int(parts[1])
                count += 1
                last = int(parts[1])

    thread = threading.Thread(target=reader, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while count == 0 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)  # wait until the writer is really writing (start-up time varies with load)
    time.sleep(rng.uniform(0.02, 0.6))  # then kill it somewhere in the middle of its edits
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    thread.join(timeout=5)
    from cyberassess.store import Assessment  # the app's own open: integrity check, lock, journal recovery

    integrity = "not checked"
    opened = False
    try:
        with Assessment.open(path, allow_read_only=False, passphrase=passphrase) as doc:
            opened = True
            doc.answers()
        conn = _connect(path, passphrase)
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        conn.close()
    except Exception as exc:  # reported as a failed trial, not raised
        integrity = f"{type(exc).__name__}: {exc}"
    saved = _saved_counters(path, passphrase) if opened else {}
    lost = sum(1 for iid, n in acked.items() if saved.get(iid, -1) < n)
    return TrialResult(count, lost, integrity, opened), last + 1


def run_trials(
    folder: Path, trials: int, seed: int = 7, writer: str = WRITER, passphrase: str | None = None
) -> list[TrialResult]:
    """``trials`` kill trials on one file (encrypted with ``passphrase`` when given)."""
    from cyberassess.store import Assessment

    path = folder / "crash.cyberassess"
    Assessment.create(path, country="Crashland", mission="kill trials", assessors=["K"], passphrase=passphrase).close()
    rng = random.Random(seed)
    results = []
    start = 0
    for _ in range(trials):
        result, start = run_trial(path, start, rng, writer, passphrase)
        results.append(result)
    return results
