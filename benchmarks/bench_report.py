"""How long building and signing the demo assessment's full PDF report takes, next to a floor.

The floor is reportlab building the same number of plain pages (one paragraph each, built-in
font) in the same run, so the ratio says what the report's content costs on this machine.
Target: build + sign under 2 s. Prints figures only (no assertions).

    .venv/bin/python benchmarks/bench_report.py [--runs 5]
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each step (default: %(default)s)")
    args = parser.parse_args()
    os.environ.setdefault("CYBERASSESS_HOME", tempfile.mkdtemp(prefix="cyberassess-bench-home-"))

    from cyberassess.demo import write_demo
    from cyberassess.store import Assessment

    t_import_report, _ = timed(lambda: __import__("cyberassess.report.builder"))
    t_import_pyhanko, _ = timed(lambda: __import__("pyhanko.sign.signers"))

    from cyberassess.report import create_key, export_pdf
    from cyberassess.report.builder import build_pdf
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
                t, built = timed(lambda d=data: build_pdf(d, "en"))
                builds.append(t)
                pdf, pages = built  # type: ignore[misc]
                t, signed = timed(lambda p=pdf, k=key: sign_pdf(p, k, reason="benchmark"))
                signs.append(t)
                size = len(signed)  # type: ignore[arg-type]
                t, _ = timed(lambda: export_pdf(doc, folder / "report.pdf", key_file=key_file, passphrase=PASSPHRASE))
                totals.append(t)
        floors = [floor(pages) for _ in range(args.runs)]

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
    return 0


if __name__ == "__main__":
    sys.exit(main())
