"""Print the content check's figures for a framework (issue #18, "Quality").

    .venv/bin/python scripts/framework_content.py [FRAMEWORK_FOLDER] [--top 10]

The most alike pairs of questions (difflib ratio on normalised English text; the limit is 80 %),
the stage descriptors shared word for word by several indicators (the limit is three), the
indicators without a treaty reference, and the recommendations without actor and horizon.
Exit code 0 when every rule holds, 1 otherwise. tests/test_framework_content.py checks the same.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from cyberassess.framework import builtin_framework, load_framework
from cyberassess.framework.quality import MAX_QUESTION_SIMILARITY, MAX_SHARED_DESCRIPTOR, check_content


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("folder", nargs="?", type=Path, help="framework folder (default: the built-in one)")
    parser.add_argument("--top", type=int, default=10, help="how many pairs and descriptors to list")
    args = parser.parse_args()
    fw = load_framework(args.folder) if args.folder else builtin_framework()
    report = check_content(fw)
    print(f"{fw.id} {fw.version}: {report.indicators} indicators, {len(report.pairs)} pairs of questions")

    print(f"\nmost alike questions (limit {MAX_QUESTION_SIMILARITY:.0%}): {len(report.too_alike())} above")
    for pair in report.pairs[: args.top]:
        print(f"  {pair.ratio:6.1%}  {pair.first} / {pair.second}")

    print(
        f"\nstage descriptors shared word for word (limit {MAX_SHARED_DESCRIPTOR} indicators): "
        f"{len(report.shared)} shared, {len(report.too_shared())} above the limit"
    )
    for shared in report.shared[: args.top]:
        print(f"  {len(shared.uses)}x  {shared.text[:90]}")
        print(f"        {', '.join(shared.uses)}")

    print(f"\nindicators without a treaty reference: {len(report.without_references)}")
    for indicator_id in report.without_references:
        print(f"  {indicator_id}")

    lacking = len(report.without_actor_and_horizon)
    print(f"\nrecommendations without actor and horizon: {lacking} of {report.recommendations}")
    failed = report.too_alike() or report.too_shared() or report.without_references or lacking
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
