"""Excel matrix benchmark: export and import of the demo (unsigned and signed), merge of 10 assessors.

The floor is plain openpyxl writing (or reading) the same cells with no styles, validation,
protection, checks or database: what any exporter (importer) must at least pay.

Run: ``.venv/bin/python benchmarks/bench_matrix.py [--dir FOLDER] [--repeat 5]``. Prints figures;
asserts nothing. Targets (the Excel matrix issue): export < 1 s, import < 1 s, merge of 10 < 3 s.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import openpyxl
from _common import scratch_dir

from cyberassess.demo import write_demo
from cyberassess.framework import tr
from cyberassess.matrix import apply_import, export_matrix, merge, plan_import
from cyberassess.matrix.layout import level_label
from cyberassess.report import create_key
from cyberassess.report.keys import open_key
from cyberassess.store import Assessment


def median_time(fn: Callable[[int], object], repeat: int) -> float:
    samples = []
    for n in range(repeat):
        start = time.perf_counter()
        fn(n)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def cells_of(doc: Assessment) -> dict[str, list[list[str]]]:
    """The dimension sheets' cells as the matrix holds them: one list of 10 texts per indicator."""
    fw, answers = doc.framework, doc.answers()
    sheets: dict[str, list[list[str]]] = {}
    for dimension in fw.dimensions:
        rows = []
        for indicator in dimension.indicators():
            a = answers.get(indicator.id)
            rows.append(
                [
                    indicator.id,
                    tr(indicator.question),
                    level_label(fw, a.value, "en") if a and a.value else "",
                    a.justification if a else "",
                    a.confidence or "" if a else "",
                    a.assessor if a else "",
                    a.updated_at if a else "",
                    "",
                    "",
                    "; ".join(r.instrument for r in indicator.references),
                ]
            )
        sheets[dimension.id] = rows
    return sheets


def floor_write(cells: dict[str, list[list[str]]], path: Path) -> None:
    wb = openpyxl.Workbook()
    for title, rows in cells.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(path)


def floor_read(path: Path) -> int:
    wb = openpyxl.load_workbook(path, read_only=True)
    count = sum(1 for ws in wb.worksheets for row in ws.iter_rows(values_only=True) if row[0])
    wb.close()
    return count


def assessor_files(folder: Path, demo: Path, n: int) -> list[Path]:
    """``n`` assessors of one mission: the demo's answers, each assessor changing about a third."""
    with Assessment.open(demo, read_only=True) as doc:
        answers, fw, info = doc.answers(), doc.framework, doc.info
    paths = []
    for k in range(n):
        rng = random.Random(k)
        path = folder / f"assessor-{k:02d}.cyberassess"
        who = f"Assessor {k:02d}"
        with Assessment.create(path, country=info.country, mission=info.mission, assessors=[who], framework=fw) as doc:
            for indicator_id, a in answers.items():
                value = rng.randint(1, 5) if rng.random() < 0.33 else a.value
                doc.set_answer(
                    indicator_id, value, justification=a.justification, confidence=a.confidence, assessor=who
                )
        paths.append(path)
    return paths


def report(name: str, ours: float, floor: float, target: float) -> None:
    verdict = "met" if ours < target else "NOT met"
    print(
        f"  {name:<34} {ours * 1000:8.1f} ms   floor {floor * 1000:8.1f} ms   ratio {ours / floor:5.2f}x   "
        f"target < {target:.0f} s: {verdict}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dir", help="folder on the disk to measure (default: current folder)")
    parser.add_argument("--repeat", type=int, default=5, help="repetitions per figure, median shown")
    parser.add_argument("--assessors", type=int, default=10, help="files to merge (default: %(default)s)")
    args = parser.parse_args()
    folder = scratch_dir(args.dir)
    try:
        demo = write_demo(folder / "demo.cyberassess")
        with Assessment.open(demo) as doc:
            cells = cells_of(doc)
            fw = doc.framework
            export_time = median_time(lambda n: export_matrix(doc, folder / f"export-{n}.xlsx"), args.repeat)
        matrix = folder / "export-0.xlsx"
        floor_export = median_time(lambda n: floor_write(cells, folder / f"floor-{n}.xlsx"), args.repeat)
        create_key(folder / "bench.p12", name="Bench Signer", org="", passphrase=b"bench passphrase")
        key = open_key(folder / "bench.p12", b"bench passphrase")
        with Assessment.open(demo) as doc:
            signed_time = median_time(lambda n: export_matrix(doc, folder / f"signed-{n}.xlsx", key=key), args.repeat)

        empty = folder / "empty.cyberassess"
        Assessment.create(empty, country="Republic of Meridia", mission="bench", framework=fw).close()

        def import_once(n: int) -> None:
            target = shutil.copy(empty, folder / f"import-{n}.cyberassess")
            with Assessment.open(target) as doc:
                result = apply_import(doc, plan_import(doc, Path(matrix)))
                assert result.applied == 100

        def plan_only(n: int) -> None:
            with Assessment.open(demo, read_only=True) as doc:
                plan_import(doc, matrix)

        def plan_signed(n: int) -> None:
            with Assessment.open(demo, read_only=True) as doc:
                assert plan_import(doc, folder / "signed-0.xlsx").signature.signed

        import_time = median_time(import_once, args.repeat)
        plan_time = median_time(plan_only, args.repeat)
        plan_signed_time = median_time(plan_signed, args.repeat)
        floor_import = median_time(lambda n: floor_read(matrix), args.repeat)

        print(f"Excel matrix of the demo ({sum(len(r) for r in cells.values())} indicators) on {folder.parent}")
        report("export (export_matrix)", export_time, floor_export, 1)
        report("import into an empty assessment", import_time, floor_import, 1)
        report("  of which checks + plan only", plan_time, floor_import, 1)
        report("export, signed (RSA 3072)", signed_time, floor_export, 1)
        report("checks + plan, signature verified", plan_signed_time, floor_import, 1)

        inputs = assessor_files(folder, demo, args.assessors)
        matrices = []
        for path in inputs:
            with Assessment.open(path, read_only=True) as doc:
                matrices.append(export_matrix(doc, path.with_suffix(".xlsx")))
        merge_files = median_time(
            lambda n: merge(folder / f"merged-{n}.cyberassess", inputs, prefer="newer"), args.repeat
        )
        merge_matrices = median_time(
            lambda n: merge(folder / f"merged-x-{n}.cyberassess", matrices, prefer="newer"), args.repeat
        )

        def floor_sqlite(n: int) -> None:
            for path in inputs:
                conn = sqlite3.connect(path)
                conn.execute("SELECT indicator_id, value, justification, confidence, updated_at FROM answer").fetchall()
                conn.close()

        floor_files = median_time(floor_sqlite, args.repeat)
        floor_matrices = median_time(lambda n: [floor_read(m) for m in matrices], args.repeat)
        print(f"merge of {args.assessors} assessors (--prefer newer), into a new assessment")
        report(f"{args.assessors} .cyberassess files", merge_files, floor_files, 3)
        report(f"{args.assessors} .xlsx matrices", merge_matrices, floor_matrices, 3)
        print("  floors: reading the same answers with sqlite3 / the same cells with plain openpyxl")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
