"""Store benchmark: saving one answer vs a raw sqlite3 commit, and opening a file with a long history.

Run: ``.venv/bin/python benchmarks/bench_store.py [--dir FOLDER] [--n 500]``. Prints figures; asserts
nothing. Targets (issue #3): p99 < 5 ms and p50 <= 3x the floor; open with 10,000 history rows;
(issue #20) an encrypted file's save p99 <= 2x the plain one's.
"""

from __future__ import annotations

import argparse
import itertools
import shutil
import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _common import ms, scratch_dir, summary

from cyberassess.store import Assessment

PASSPHRASE = "benchmark passphrase"


def floor_commit(folder: Path, n: int) -> list[float]:
    """The floor: one UPDATE + one INSERT per transaction, same pragmas, stdlib sqlite3."""
    conn = sqlite3.connect(folder / "floor.sqlite", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE answer (id TEXT PRIMARY KEY, value TEXT, note TEXT, revision INT)")
    conn.execute("CREATE TABLE history (id INTEGER PRIMARY KEY, at TEXT, old TEXT, new TEXT)")
    samples = []
    for i in range(n):
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT OR REPLACE INTO answer VALUES ('D1.1.1', ?, 'note', ?)", (str(i % 5 + 1), i))
        conn.execute("INSERT INTO history (at, old, new) VALUES ('now', 'a', 'b')")
        conn.execute("COMMIT")
        samples.append(time.perf_counter() - start)
    conn.close()
    return samples


def store_save(folder: Path, n: int, passphrase: str | None = None) -> list[float]:
    name = "bench-encrypted.cyberassess" if passphrase else "bench.cyberassess"
    doc = Assessment.create(folder / name, country="Benchland", mission="bench", assessors=["B"], passphrase=passphrase)
    ids = itertools.cycle(doc.framework.indicator_ids())
    samples = []
    for i in range(n):
        indicator = next(ids)
        start = time.perf_counter()
        doc.set_answer(indicator, i % 5 + 1, justification=f"note {i}")
        samples.append(time.perf_counter() - start)
    doc.close()
    return samples


def open_with_history(folder: Path, rows: int, passphrase: str | None = None) -> tuple[float, int]:
    path = folder / ("history-encrypted.cyberassess" if passphrase else "history.cyberassess")
    doc = Assessment.create(path, country="Histland", mission="bench", assessors=["B"], passphrase=passphrase)
    ids = doc.framework.indicator_ids()
    for i in range(rows):
        doc.set_answer(ids[i % len(ids)], i % 5 + 1, justification=f"revision {i}")
    count = doc.history_count()
    doc.close()
    start = time.perf_counter()
    with Assessment.open(path, passphrase=passphrase) as reopened:
        reopened.answers()
    return time.perf_counter() - start, count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dir", help="folder on the disk to measure (default: current folder)")
    parser.add_argument("--n", type=int, default=500, help="saves to time (default: %(default)s)")
    parser.add_argument("--history", type=int, default=10_000, help="history rows for the open test")
    args = parser.parse_args()
    folder = scratch_dir(args.dir)
    try:
        floor = floor_commit(folder, args.n)
        store = store_save(folder, args.n)
        f50, f99, _ = summary(floor)
        s50, s99, smax = summary(store)
        print(f"save one answer ({args.n} saves, synchronous=FULL, WAL) on {folder.parent}")
        print(f"  raw sqlite3 commit (floor)   p50 {ms(f50)}   p99 {ms(f99)}")
        print(f"  Assessment.set_answer        p50 {ms(s50)}   p99 {ms(s99)}   max {ms(smax)}")
        print(f"  ratio to floor               p50 {s50 / f50:6.2f}x     p99 {s99 / f99:6.2f}x")
        print(
            f"  target: p99 < 5 ms ({'met' if s99 < 0.005 else 'NOT met'}), "
            f"p50 <= 3x floor ({'met' if s50 <= 3 * f50 else 'NOT met'})"
        )
        encrypted = store_save(folder, args.n, PASSPHRASE)
        e50, e99, emax = summary(encrypted)
        print(f"  encrypted (SQLCipher)        p50 {ms(e50)}   p99 {ms(e99)}   max {ms(emax)}")
        print(
            f"  encrypted / plain            p50 {e50 / s50:6.2f}x     p99 {e99 / s99:6.2f}x   "
            f"target p99 <= 2x ({'met' if e99 <= 2 * s99 else 'NOT met'})"
        )
        opened, count = open_with_history(folder, args.history)
        print(f"open + integrity check + read answers with {count} history rows: {ms(opened)}")
        opened, count = open_with_history(folder, args.history, PASSPHRASE)
        print(f"  the same, encrypted (includes the passphrase's key derivation): {ms(opened)}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
