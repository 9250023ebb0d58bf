"""Commands across assessments: compare (progress since a baseline, or a regional view), follow-up, confirm."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..i18n import SUPPORTED
from ..safetext import printable, safe_name

OUTPUT_SUFFIXES = (".pdf", ".xlsx")


def register(sub: Any) -> None:
    p = sub.add_parser(
        "compare",
        help="progress since a baseline (two assessments of one country) or a regional view (several countries)",
        description="Compare assessments made with the same framework version. Two assessments of one country give "
        "the progress since the baseline (the older one): per dimension the baseline and current scores and the "
        "change, and the indicators that improved, declined or did not change. Several countries give a regional "
        "view: per dimension the median, range and count at each stage, the scores by country and dimension, and "
        "the regional priorities (indicators below target in most of the countries). Prints a table, or JSON with "
        "--json, or writes a PDF or an Excel workbook with -o.",
    )
    p.add_argument("paths", type=Path, nargs="+", metavar="ASSESSMENT", help="two or more .cyberassess files")
    p.add_argument("--json", action="store_true", help="machine-readable output (docs/json-output.md)")
    p.add_argument(
        "-o", "--output", type=Path, metavar="OUT.pdf|OUT.xlsx", help="write a PDF or an Excel workbook instead"
    )
    p.add_argument("--anonymise", "--anonymize", action="store_true", help='name the countries "Country A, B, ..."')
    p.add_argument("--language", default="en", choices=SUPPORTED, help="language of the PDF or workbook (default: en)")
    p.set_defaults(handler=cmd_compare)

    p = sub.add_parser(
        "follow-up",
        help="start a follow-up assessment of a baseline (answers and action plan carried over, to confirm)",
        description="Write a new assessment that follows up BASELINE: same country, framework and target stage; the "
        "baseline's identifier, details, dates, scores and answers kept inside it; every answer carried over "
        "'to confirm' until the assessor confirms or changes it; the baseline's action plan carried over with "
        "each action's status to update. The baseline file is not changed.",
    )
    p.add_argument("baseline", type=Path, metavar="BASELINE.cyberassess")
    p.add_argument("path", type=Path, metavar="NEW.cyberassess")
    p.add_argument("--mission", help="the follow-up mission's name (default: 'Follow-up of' the baseline's)")
    p.add_argument("--assessor", help="who starts the follow-up (default: the baseline's assessors)")
    p.add_argument("--force", action="store_true", help="replace an existing file")
    p.set_defaults(handler=cmd_follow_up)

    p = sub.add_parser(
        "confirm",
        help="confirm answers carried over from the baseline as they stand",
        description="In a follow-up, confirm carried-over answers without changing them (saving an answer with "
        "'cyberassess answer' confirms it too). Give indicator ids, or --all; with neither, lists the answers still "
        "to confirm with the baseline's stage and justification.",
    )
    p.add_argument("path", type=Path, metavar="ASSESSMENT")
    p.add_argument("indicator_ids", nargs="*", metavar="INDICATOR_ID")
    p.add_argument("--all", action="store_true", help="confirm every answer still to confirm")
    p.add_argument("--assessor")
    p.set_defaults(handler=cmd_confirm)


def cmd_compare(args: argparse.Namespace) -> int:
    from ..compare import compare_files

    output: Path | None = args.output
    if output is not None:
        if output.suffix.lower() not in OUTPUT_SUFFIXES:
            raise InputError(
                f"{safe_name(output.name)}: the comparison can be written as a PDF (.pdf) or a workbook (.xlsx).",
                "Give a name ending in .pdf or .xlsx, or leave out -o to print it.",
            )
        inputs = {p.resolve() for p in args.paths}
        if output.resolve() in inputs:
            raise InputError("The output would replace one of the assessments.", "Give another file name.")
    if len({p.resolve() for p in args.paths}) < len(args.paths):
        raise InputError("The same assessment is given twice.", "Give each assessment once.")
    comparison = compare_files(args.paths, anonymise=args.anonymise)
    if output is not None:
        if output.suffix.lower() == ".pdf":
            from ..compare.pdf import write_pdf

            pages = write_pdf(comparison, output, language=args.language)
            print(f"comparison written to {printable(output)} ({pages} pages)")
        else:
            from ..compare.workbook import write_workbook

            write_workbook(comparison, output, language=args.language)
            print(f"comparison written to {printable(output)}")
        return 0
    if args.json:
        from ..compare.jsonview import to_json

        print(json.dumps(to_json(comparison), indent=2, ensure_ascii=False))
        return 0
    from ..compare.textview import to_text

    print(to_text(comparison))
    return 0


def cmd_follow_up(args: argparse.Namespace) -> int:
    from ..store.followup import create_follow_up

    result = create_follow_up(
        args.baseline, args.path, mission=args.mission, assessor=args.assessor, overwrite=args.force
    )
    print(
        f"follow-up written to {printable(result.path)}: {result.answers} answers carried over to confirm, "
        f"{result.actions} actions of the baseline's plan carried over"
    )
    return 0


def _list_to_confirm(doc: Any) -> None:
    """The answers still to confirm, in framework order, each with the baseline's stage and justification."""
    pending, baseline = doc.to_confirm(), doc.baseline_answers()
    words = {None: "not rated", "na": "not applicable", "unknown": "unknown / no data"}
    shown = 0
    for indicator in doc.framework.indicators():
        if indicator.id not in pending:
            continue
        answer = baseline.get(indicator.id)
        value = answer.value if answer else None
        stage = f"stage {value}" if isinstance(value, int) else words.get(value, str(value))
        print(f"{indicator.id:<9} {stage}")
        if answer and answer.justification:
            print(f"          {printable(' '.join(answer.justification.split()))[:300]}")
        shown += 1
    print(f"{shown} answers carried over from the baseline still to confirm")


def cmd_confirm(args: argparse.Namespace) -> int:
    from ..store import Assessment

    if args.all and args.indicator_ids:
        raise InputError("Give the indicators to confirm, or --all (not both).", "E.g. confirm FILE D1.1.1 D1.1.2")
    listing = not args.all and not args.indicator_ids
    with Assessment.open(args.path, read_only=listing, allow_read_only=listing) as doc:
        if doc.baseline() is None:
            raise InputError(
                f"{safe_name(args.path.name)} is not a follow-up: it has no answers carried over to confirm.",
                "Start one with 'cyberassess follow-up BASELINE NEW'.",
            )
        if listing:
            _list_to_confirm(doc)
            return 0
        done = doc.confirm(None if args.all else args.indicator_ids, by=args.assessor)
        left = len(doc.to_confirm())
    print(f"confirmed {len(done)} answer{'s' if len(done) != 1 else ''}; {left} still to confirm")
    return 0
