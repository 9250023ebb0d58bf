"""How long building and signing the demo assessment's full PDF report takes, next to a floor.

The floor is reportlab building the same number of plain pages (one paragraph each, built-in
font) in the same run, so the ratio says what the report's content costs on this machine.
Target: build + sign under 2 s. Prints figures only (no assertions).

It also times the exports as a user runs them, each a fresh process from the shell
(``cyberassess export-pdf``, with and without ``--key``, and ``cyberassess export-docx``), wall
clock and CPU time: targets signed <= 1.3 x unsigned and under 2 s, Word under 1.5 s. The CPU
time is the fairer figure on a machine busy with other work (wall time then includes waiting).

    .venv/bin/python benchmarks/bench_report.py [--runs 5]
"""

from __future__ import annotations

import argparse
import io
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

PASSPHRASE = b"benchmark passphrase"


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def floor(pages: int) -> float:
    """reportlab alone: ``pages`` pages of one plain paragraph each."""
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    style = getSampleStyleSheet()["BodyText"]
    story = []
    for n in range(pages):
        story += [Paragraph(f"Page {n + 1}: plain text for the floor measurement.", style), PageBreak()]
    start = time.perf_counter()
    SimpleDocTemplate(io.BytesIO()).build(story)
    return time.perf_counter() - start


def whole_process(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of one fresh ``cyberassess`` process (CPU: user + system of the child)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    program = [sys.executable, "-c", "import sys; from cyberassess.cli import main; sys.exit(main())"]
    subprocess.run([*program, *args], env=env, check=True, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def processes(folder: Path, demo: Path, key_file: Path, runs: int) -> dict[str, list[tuple[float, float]]]:
    env = {**os.environ, "CYBERASSESS_PASSPHRASE": PASSPHRASE.decode()}
    commands = {
        "start-up (--version)": ["--version"],
        "export-pdf, unsigned": ["export-pdf", str(demo), "-o", str(folder / "u.pdf")],
        "export-pdf --key (signed)": ["export-pdf", str(demo), "-o", str(folder / "s.pdf"), "--key", str(key_file)],
        "export-docx": ["export-docx", str(demo), "-o", str(folder / "d.docx")],
    }
    results: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for _ in range(runs):  # interleaved, so a burst of load elsewhere hits every command alike
        for name, command in commands.items():
            results[name].append(whole_process(command, env))
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each step (default: %(default)s)")
    args = parser.parse_args()
    os.environ.setdefault("CYBERASSESS_HOME", tempfile.mkdtemp(prefix="cyberassess-bench-home-"))

    from cyberassess.demo import write_demo
    from cyberassess.store import Assessment

    t_import_report, _ = timed(lambda: __import__("cyberassess.report.builder"))
    from cyberassess.report.signing import prepare

    t_import_pyhanko, _ = timed(prepare)  # pyHanko as signing imports it (without its network clients)

    from cyberassess.report import create_key, export_pdf
    from cyberassess.report.builder import build_pdf
    from cyberassess.report.compose import build_report
    from cyberassess.report.data import SignerInfo, collect
    from cyberassess.report.fonts import register_fonts
    from cyberassess.report.keys import open_key
    from cyberassess.report.signing import sign_pdf

    t_fonts, _ = timed(register_fonts)
    with tempfile.TemporaryDirectory(prefix="cyberassess-bench-") as tmp:
        folder = Path(tmp)
        demo = write_demo(folder / "demo.cyberassess")
        key_file = folder / "bench.p12"
        create_key(key_file, name="Benchmark Signer", org="CyberAssess", passphrase=PASSPHRASE)

        opens, collects, builds, signs, totals = [], [], [], [], []
        pages = size = 0
        with Assessment.open(demo) as doc:
            for _ in range(args.runs):
                t, key = timed(lambda: open_key(key_file, PASSPHRASE))
                opens.append(t)
                info = key.info  # type: ignore[attr-defined]
                signer = SignerInfo(
                    info.subject, info.organisation, info.certificate_sha256, info.self_signed, info.not_after
                )
                t, data = timed(lambda s=signer: collect(doc, generated_at=datetime.now(UTC), signer=s))
                collects.append(t)
                t, built = timed(lambda d=data: build_pdf(build_report(d, "en")))
                builds.append(t)
                pdf, pages = built  # type: ignore[misc]
                t, signed = timed(lambda p=pdf, k=key: sign_pdf(p, k, reason="benchmark"))
                signs.append(t)
                size = len(signed)  # type: ignore[arg-type]
                t, _ = timed(lambda: export_pdf(doc, folder / "report.pdf", key_file=key_file, passphrase=PASSPHRASE))
                totals.append(t)
        floors = [floor(pages) for _ in range(args.runs)]
        fresh = processes(folder, demo, key_file, args.runs)

    def fmt(values: list[float]) -> str:
        return f"median {statistics.median(values):6.3f} s   min {min(values):6.3f} s"

    build, sign, base, total = (statistics.median(v) for v in (builds, signs, floors, totals))
    print(
        f"CyberAssess report benchmark: demo assessment, {pages} pages, {size / 1024:.0f} KiB signed PDF, "
        f"{args.runs} runs, Python {sys.version.split()[0]}"
    )
    print(
        f"  one-off per process: import report builder {t_import_report:.3f} s, "
        f"import pyHanko {t_import_pyhanko:.3f} s, register fonts {t_fonts:.3f} s"
    )
    print(f"  open key (PKCS#12)     {fmt(opens)}")
    print(f"  read assessment        {fmt(collects)}")
    print(f"  build (layout)         {fmt(builds)}")
    print(f"  sign (PAdES)           {fmt(signs)}")
    print(f"  export_pdf, signed     {fmt(totals)}   (key + read + build + sign + write + log)")
    print(f"  floor: {pages} plain pages {fmt(floors)}")
    print(f"  build + sign           {build + sign:6.3f} s   (target < 2 s)")
    print(f"  ratio build / floor    {build / base:6.1f} x")
    print(f"  ratio export / floor   {total / base:6.1f} x")
    print(
        f"  first export in a fresh process adds about {t_import_report + t_import_pyhanko + t_fonts:.2f} s of imports"
    )
    print("  whole process, fresh from the shell (median of wall / CPU):")
    medians = {
        name: (statistics.median(w for w, _ in v), statistics.median(c for _, c in v)) for name, v in fresh.items()
    }
    for name, (wall, cpu) in medians.items():
        print(f"    {name:28s} wall {wall:6.3f} s   CPU {cpu:6.3f} s")
    unsigned, signed, word = (medians[k] for k in ("export-pdf, unsigned", "export-pdf --key (signed)", "export-docx"))
    print(
        f"  signed / unsigned: wall {signed[0] / unsigned[0]:.2f} x, CPU {signed[1] / unsigned[1]:.2f} x "
        f"(target <= 1.3 x; signed under 2 s)"
    )
    print(f"  Word draft: wall {word[0]:.3f} s, CPU {word[1]:.3f} s (target < 1.5 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
