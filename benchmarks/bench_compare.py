"""Comparison benchmark: progress of two assessments and a regional view of 50, the whole command, against a floor.

Each figure is the whole process as a person runs it: ``cyberassess compare …`` started fresh
(Python, imports, reading and checking every file, scoring, the output written), with the
package's bytecode compiled as in an installed copy. The floor is a fresh Python process that
reads the same files' answers with the standard library's sqlite3 and prints them: what any
comparison of these files must at least pay. For scale, ``cyberassess score`` of one file (every
command pays the command line's start: SQLAlchemy, the framework) is printed beside.

Run: ``.venv/bin/python benchmarks/bench_compare.py [--dir FOLDER] [--repeat 3] [--countries 50]``.
Prints figures; asserts nothing. Targets (issue #19): two assessments < 1 s, a region of 50 < 10 s.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _common import scratch_dir
from bench_startup import compile_bytecode

from cyberassess.compare.sample import write_region
from cyberassess.demo import write_demo
from cyberassess.store import Assessment

FLOOR = (
    "import sqlite3, sys\n"
    "for path in sys.argv[1:]:\n"
    "    conn = sqlite3.connect(f'file:{path}?mode=ro', uri=True)\n"
    "    rows = conn.execute('SELECT indicator_id, value, justification FROM answer').fetchall()\n"
    "    print(path, len(rows))\n"
    "    conn.close()\n"
)
CLI = [sys.executable, "-c", "import sys; from cyberassess.cli import main; sys.exit(main())"]


Timing = tuple[float, float]  # wall-clock and CPU (user + system) seconds


def run_time(argv: list[str], repeat: int) -> Timing:
    """Median wall-clock and CPU seconds of a fresh process running ``argv``.

    The CPU time tells what the work costs when other processes share the cores (the wall clock
    then also counts the time spent waiting for one).
    """
    walls, cpus = [], []
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, env=os.environ.copy())
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(walls), statistics.median(cpus)


def report(name: str, ours: Timing, floor: Timing, target: float) -> None:
    verdict = "met" if ours[0] < target else "NOT met"
    print(
        f"  {name:<30} {ours[0] * 1000:6.0f} ms (cpu {ours[1] * 1000:5.0f})   floor {floor[0] * 1000:4.0f} ms "
        f"(cpu {floor[1] * 1000:3.0f})   ratio {ours[0] / floor[0]:5.1f}x   target < {target:.0f} s: {verdict}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dir", help="folder on the disk to measure (default: current folder)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure, median shown (default: %(default)s)")
    parser.add_argument("--countries", type=int, default=50, help="assessments in the regional view")
    args = parser.parse_args()
    folder = scratch_dir(args.dir)
    compile_bytecode()  # as in an installed copy (an editable checkout may run with PYTHONDONTWRITEBYTECODE)
    try:
        baseline = write_demo(folder / "baseline.cyberassess")
        current = folder / "current.cyberassess"
        shutil.copy(baseline, current)
        with Assessment.open(current) as doc:
            for n, indicator_id in enumerate(doc.framework.indicator_ids()[:20]):
                doc.set_answer(indicator_id, 1 + n % 5)
        start = time.perf_counter()
        region = [str(p) for p in write_region(folder, args.countries)]
        made = time.perf_counter() - start
        pair = [str(baseline), str(current)]
        print(f"cyberassess compare, whole process (fresh Python each run), median of {args.repeat}")
        floor_pair = run_time([sys.executable, "-c", FLOOR, *pair], args.repeat)
        for name, extra in (
            ("text", []),
            ("--json", ["--json"]),
            ("-o PDF", ["-o", str(folder / "p.pdf")]),
            ("-o xlsx", ["-o", str(folder / "p.xlsx")]),
        ):
            report(f"two assessments, {name}", run_time([*CLI, "compare", *pair, *extra], args.repeat), floor_pair, 1)
        score = run_time([*CLI, "score", pair[0]], args.repeat)
        print(f"  for scale: cyberassess score of one file {score[0] * 1000:6.0f} ms (cpu {score[1] * 1000:5.0f})")
        floor_region = run_time([sys.executable, "-c", FLOOR, *region], args.repeat)
        for name, extra in (
            ("text", []),
            ("-o PDF", ["-o", str(folder / "r.pdf")]),
            ("-o xlsx", ["-o", str(folder / "r.xlsx")]),
        ):
            ours = run_time([*CLI, "compare", *region, *extra], args.repeat)
            report(f"region of {args.countries}, {name}", ours, floor_region, 10)
        print("  floor: a fresh Python reading the same files' answers with sqlite3")
        print("  (cpu: user + system time of the process; the wall clock also counts waiting for a core)")
        print(f"  ({args.countries} sample assessments generated in {made:.1f} s, not timed above)")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
