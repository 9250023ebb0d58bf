"""Library search benchmark: the shipped index, a 100-evidence assessment, and searches over both.

Run: ``.venv/bin/python benchmarks/bench_search.py [--dir FOLDER] [--evidence 100] [--n 200]``.
Prints figures; asserts nothing. Targets (issue #21): a search over the whole library and a
100-evidence assessment under 50 ms; the index adds under 20 % to the bundle.

The index's share of the bundle: the file ``scripts/build_index.py`` writes into the bundle's
``resources/library/`` against the size of ``dist/CyberAssess`` when a bundle has been built
(``installer/build``), else against the README's measured figures (161 MB on disk, 68 MB as
``.tar.gz``), on disk and gzip-compressed.
"""

from __future__ import annotations

import argparse
import gzip
import io
import os
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _common import ms, scratch_dir, summary

BUNDLE = Path(__file__).resolve().parent.parent / "dist" / "CyberAssess"
BUNDLE_MB_README, BUNDLE_GZ_MB_README = 161.0, 68.0  # README, "Figures": installer/build on the 2-core machine
QUERIES = [
    "preservation",
    "expedited preservation of stored computer data",
    "conservation rapide",
    "حفظ البيانات",
    "mutual assistance",
    "preserv*",
    "wibblemoor statute",  # only in the evidence
    "nothing-matches-this",
]


def evidence_pdf(n: int) -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer)
    for page in range(3):
        text = c.beginText(72, 720)
        for line in range(40):
            text.textLine(
                f"Wibblemoor statute {n} page {page} line {line}: preservation of traffic data, section {line}"
            )
        c.drawText(text)
        c.showPage()
    c.save()
    return buffer.getvalue()


def bundle_share(index_file: Path) -> None:
    """The shipped index file's size, and its share of the bundle (on disk and compressed)."""
    size = index_file.stat().st_size
    packed = len(gzip.compress(index_file.read_bytes(), 6))
    if BUNDLE.is_dir():
        bundle = sum(p.stat().st_size for p in BUNDLE.rglob("*") if p.is_file()) / 2**20
        where = f"dist/CyberAssess as built, {bundle:.0f} MB"
        bundle_gz = bundle * BUNDLE_GZ_MB_README / BUNDLE_MB_README  # the README's compression ratio
    else:
        bundle, bundle_gz = BUNDLE_MB_README, BUNDLE_GZ_MB_README
        where = f"the README's bundle figures, {bundle:.0f} MB on disk and {bundle_gz:.0f} MB as .tar.gz"
    mb, gz_mb = size / 2**20, packed / 2**20
    print(f"shipped index file (scripts/build_index.py): {mb:.2f} MB on disk, {gz_mb:.2f} MB gzip-compressed")
    print(
        f"  share of the bundle ({where}): {100 * mb / (bundle + mb):.1f} % on disk, "
        f"{100 * gz_mb / (bundle_gz + gz_mb):.1f} % compressed (target: under 20 %)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dir", help="scratch folder (default: under the current folder)")
    parser.add_argument("--evidence", type=int, default=100)
    parser.add_argument("--n", type=int, default=200, help="searches per query")
    args = parser.parse_args()
    folder = scratch_dir(args.dir)
    os.environ["CYBERASSESS_HOME"] = str(folder / "home")
    try:
        from cyberassess.framework import builtin_framework
        from cyberassess.library.index import (
            EvidenceTexts,
            Index,
            build_shipped,
            cache_path,
            shipped_bytes,
            shipped_index_path,
            write_shipped_index,
        )
        from cyberassess.paths import resource
        from cyberassess.store import Assessment

        fw = builtin_framework()
        start = time.perf_counter()
        build_shipped(fw).close()
        print(f"build the shipped index (framework x4 languages + library): {ms(time.perf_counter() - start)}")
        data = shipped_bytes(fw)
        used = cache_path(fw) if cache_path(fw).is_file() else shipped_index_path(fw)  # a built package ships one
        size = used.stat().st_size
        resources = sum(p.stat().st_size for p in resource().rglob("*") if p.is_file())
        print(
            f"shipped index: {size / 2**20:.2f} MB ({len(data):,} bytes of SQLite); resources/: "
            f"{resources / 2**20:.2f} MB -> the index adds {100 * size / resources:.1f} % of resources/"
        )
        start = time.perf_counter()
        Index(fw).close()
        print(f"open the index from the cache (no assessment): {ms(time.perf_counter() - start)}")
        bundle_share(write_shipped_index(fw, folder / "built"))

        path = folder / "bench.cyberassess"
        ids = fw.indicator_ids()
        with Assessment.create(path, country="Benchland", mission="Bench", assessors=["B"]) as doc:
            for i in range(args.evidence):
                doc.add_evidence(ids[i % len(ids)], data=evidence_pdf(i), name=f"law-{i}.pdf")
            for i, indicator_id in enumerate(ids):
                doc.set_answer(
                    indicator_id, 3, justification=f"Interviews {i}: preservation orders issued by prosecutors."
                )
        with Assessment.open(path, read_only=True) as doc:
            texts = EvidenceTexts()
            start = time.perf_counter()
            index = Index(fw, doc, evidence_text=texts)
            print(f"open with {args.evidence} evidence PDFs, extraction included: {ms(time.perf_counter() - start)}")
            index.close()
            start = time.perf_counter()
            index = Index(fw, doc, evidence_text=texts)
            print(f"re-open (evidence text remembered by hash):       {ms(time.perf_counter() - start)}")
        with index:
            print(f"searches ({args.n} each, limit 20): median / p99 / max")
            for query in QUERIES:
                samples = []
                for _ in range(args.n):
                    start = time.perf_counter()
                    index.search(query)
                    samples.append(time.perf_counter() - start)
                p50, p99, worst = summary(samples)
                print(f"  {query[:40]:<42}{ms(p50)} {ms(p99)} {ms(worst)}  ({len(index.search(query))} hits)")
            # the Library page asks for up to 60 results (cyberassess.app.library_search.RESULT_LIMIT) on the UI thread
            print(f"searches as the Library page makes them ({args.n} each, limit 60): median / p99 / max")
            for query in ("preservation", "preserv*", "wibblemoor statute"):
                samples = []
                for _ in range(args.n):
                    start = time.perf_counter()
                    index.search(query, limit=60)
                    samples.append(time.perf_counter() - start)
                p50, p99, worst = summary(samples)
                print(f"  {query[:40]:<42}{ms(p50)} {ms(p99)} {ms(worst)}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
