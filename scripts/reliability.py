"""The reliability and security suite in one command, ending with a table of figures.

    .venv/bin/python scripts/reliability.py [--trials 20] [--fuzz-examples 300]

* hostile files: every input of tests/corpus/ (assessments, frameworks, keys, PDFs), the hostile
  folders around an assessment (tests/reliability/folders.py) and the bad workbooks of
  tests/corpus/xlsx/, each through the real command line in its own process;
* kill trials: a writer saving answers is SIGKILLed at random moments; every acknowledged answer
  must survive and the file must pass ``PRAGMA integrity_check`` (on a plain and an encrypted file);
* encrypted files: damaged, wrong-passphrase and hostile SQLCipher files, generated for the run;
* media, locks, offline, secrets, evidence paths, fuzzing, matrix signatures, framework limits,
  the signature check's attacks and the command line's edge cases: the matching test modules.
Exit code 0 only if every check passed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from tests.corpus.xlsx import bad_workbooks  # noqa: E402
from tests.reliability.corpus import FRAMEWORK_SOURCE, Case, Outcome, run_case, run_corpus  # noqa: E402
from tests.reliability.crash import run_trials  # noqa: E402
from tests.reliability.encrypted import run_encrypted_corpus  # noqa: E402

PYTEST_CHECKS = [
    ("full disk, read-only medium", ["tests/test_media.py"]),
    ("two writers, two processes", ["tests/test_store.py", "-k", "second_writer or another_process"]),
    ("offline: socket guard, no-network namespace", ["tests/test_offline.py"]),
    ("secrets: passphrase and key material", ["tests/test_secrets.py"]),
    ("encrypted files and sealed packages", ["tests/test_encrypted.py", "tests/test_seal.py"]),
    ("evidence names never escape", ["tests/test_store.py", "-k", "escape"]),
    ("document and folder: locks, links, journals, schema", ["tests/test_store_hardening.py"]),
    ("fuzz: framework and matrix readers", ["tests/test_fuzz.py"]),
    ("matrix signature: forged answers, names, times; other keys", ["tests/test_matrix_signature.py"]),
    ("framework limits: size, nesting, entries, texts, counts", ["tests/test_framework_limits.py"]),
    ("verify: forged signatures, weak keys, trust, size", ["tests/test_verify_hostile.py"]),
    ("command line: closed pipes, numbers, key names", ["tests/test_cli_hardening.py"]),
]


def xlsx_outcomes(scratch: Path) -> list[Outcome]:
    home = scratch / "xlsx-home"
    shutil.copytree(FRAMEWORK_SOURCE, home / "frameworks" / "mini")
    env = {**os.environ, "CYBERASSESS_HOME": str(home)}
    os.environ["CYBERASSESS_HOME"] = str(home)
    base, good = bad_workbooks.make_base(scratch)
    blank = bad_workbooks.make_blank(scratch)
    outcomes = []
    for bad in bad_workbooks.CASES:
        file = bad_workbooks.build(bad, good, blank, scratch)
        # a dry run with rejected rows changes nothing (exit 0 or 4); an accepted workbook exits 0
        expect = {"refused": (1,), "rejected": (0, 4), "accepted": (0,)}[bad.outcome]
        case = Case("xlsx", bad.name, expect_exit=expect, message=bad.message)
        outcomes.append(run_case(case, ["import-xlsx", str(base), "{file}", "--dry-run"], file, scratch, env))
    return outcomes


def pytest_check(args: list[str], fuzz_examples: int | None) -> tuple[bool, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args]
    if fuzz_examples and "tests/test_fuzz.py" in args:
        command += ["--hypothesis-seed", str(int(time.time()))]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, env=env, check=False)
    last = (result.stdout.strip().splitlines() or ["?"])[-1]
    return result.returncode == 0, last


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--trials", type=int, default=20, help="SIGKILL trials (default: %(default)s)")
    parser.add_argument("--fuzz-examples", type=int, default=0, help="also run the fuzz tests with a fresh seed")
    args = parser.parse_args()
    rows: list[tuple[str, str, str, str, str, str]] = []
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        started = time.perf_counter()
        outcomes = run_corpus() + xlsx_outcomes(scratch / "xlsx") + run_encrypted_corpus()
        by_kind: dict[str, list[Outcome]] = {}
        for o in outcomes:  # one row per kind, or per named group of cases (e.g. forged signatures)
            by_kind.setdefault(o.case.group or o.case.kind, []).append(o)
        for kind, items in by_kind.items():
            clear = sum(o.verdict in ("clear", "ok") for o in items)
            crashes = sum(o.verdict in ("crash", "hang") for o in items)
            ok = clear == len(items)
            failed |= not ok
            rows.append(
                (f"hostile files: {kind}", str(len(items)), str(clear), str(crashes), "-", "pass" if ok else "FAIL")
            )
            for o in items:
                if o.verdict not in ("clear", "ok"):
                    print(f"  {o.verdict}: {kind}/{o.case.name}: {o.output.strip()[-200:]}")
        results = []
        for label, passphrase in (("", None), (", encrypted file", "kill-trial passphrase")):
            folder = scratch / f"kill{len(results)}"
            folder.mkdir()
            these = run_trials(folder, args.trials, passphrase=passphrase)
            results += these
            intact = all(r.opened and r.integrity == "ok" for r in these)
            ok = sum(r.lost for r in these) == 0 and intact
            failed |= not ok
            rows.append(
                (
                    f"kill trials (SIGKILL while saving{label})",
                    str(len(these)),
                    f"{sum(r.acknowledged for r in these)} acknowledged",
                    "0",
                    str(sum(r.lost for r in these)),
                    "pass" if ok else "FAIL",
                )
            )
        acknowledged = sum(r.acknowledged for r in results)
        lost = sum(r.lost for r in results)
        for name, check_args in PYTEST_CHECKS:
            ok, last = pytest_check(check_args, args.fuzz_examples)
            failed |= not ok
            rows.append((name, last.split(" in ")[0], "-", "0" if ok else "?", "-", "pass" if ok else "FAIL"))
        elapsed = time.perf_counter() - started
    header = ("check", "inputs / trials", "clear errors", "crashes", "answers lost", "result")
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    print()
    print("| " + " | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in rows:
        print("| " + " | ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)) + " |")
    total_inputs = len(outcomes)
    clear_total = sum(o.verdict in ("clear", "ok") for o in outcomes)
    print(
        f"\n{total_inputs} hostile inputs, {clear_total} clear outcomes, "
        f"{sum(o.verdict in ('crash', 'hang') for o in outcomes)} crashes or hangs; {len(results)} kill trials, "
        f"{acknowledged} acknowledged answers, {lost} lost; {elapsed:.0f} s"
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
