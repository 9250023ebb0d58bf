"""Commands on assessment files: new, demo, answer, status, score, open; framework check/list/to-xlsx/from-xlsx."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from ..demo import write_demo
from ..errors import InputError
from ..framework import get_framework, load_framework, tr, translation_coverage
from ..framework.instruments import GLOBAL, resolve, split_names
from ..framework.loader import framework_dirs
from ..safetext import printable
from ..scoring import score_assessment
from ..store import Assessment, parse_value
from .argtypes import int_range, positive_int
from .protect_commands import new_document_passphrase


def register(sub: Any) -> None:
    p = sub.add_parser("new", help="create an empty assessment", allow_abbrev=False)
    p.add_argument("path", type=Path)
    p.add_argument("--country", required=True)
    p.add_argument("--mission", default="")
    p.add_argument("--assessor", action="append", default=[], help="repeat for each assessor")
    p.add_argument("--framework", default="cybercrime-capacity", help="framework id (default: %(default)s)")
    p.add_argument("--target-stage", type=int_range(1, 5), default=None, help="target maturity stage 1-5")
    p.add_argument(
        "--instruments",
        metavar="IDS",
        help="the instruments that apply to the country, comma-separated: regional ones alone are added to "
        "the framework's global instruments (ecowas,arab); naming a global one or 'global' gives the exact "
        "list (un,ecowas); default: the global instruments; 'cyberassess instruments FILE' changes them later",
    )
    p.add_argument("--force", action="store_true", help="replace an existing file")
    p.add_argument("--encrypt", action="store_true", help="encrypt the file with a passphrase (SQLCipher)")
    p.add_argument(
        "--passphrase-file",
        dest="doc_passphrase_file",
        type=Path,
        metavar="FILE",
        help="with --encrypt: read the passphrase from this file (else CYBERASSESS_DOC_PASSPHRASE or a prompt)",
    )
    p.set_defaults(handler=cmd_new)

    p = sub.add_parser("demo", help="write a fully answered demo assessment of a fictional country")
    p.add_argument("path", type=Path)
    p.add_argument("--force", action="store_true", help="replace an existing file")
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("answer", help="save one indicator's answer")
    p.add_argument("path", type=Path)
    p.add_argument("indicator_id")
    p.add_argument("level", help="stage 1-5, 'na' (not applicable) or 'unknown'")
    p.add_argument("--note", help="justification text")
    p.add_argument("--confidence", choices=("low", "medium", "high"))
    p.add_argument("--assessor")
    p.set_defaults(handler=cmd_answer)

    p = sub.add_parser("status", help="completion per dimension")
    p.add_argument("path", type=Path)
    p.set_defaults(handler=cmd_status)

    p = sub.add_parser("score", help="maturity scores, coverage and priorities")
    p.add_argument("path", type=Path)
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument(
        "--top", type=positive_int, default=10, help="how many priorities to list, 1 or more (default: %(default)s)"
    )
    p.set_defaults(handler=cmd_score)

    p = sub.add_parser("evidence", help="list evidence files, attach one, or extract them into a folder")
    p.add_argument("path", type=Path)
    p.add_argument("--add", nargs=2, metavar=("INDICATOR_ID", "FILE"), help="attach FILE to an indicator")
    p.add_argument("--assessor", help="who attaches it (for the history)")
    p.add_argument("--extract", metavar="ID", help="evidence number to extract, or 'all'")
    p.add_argument("--to", type=Path, default=Path.cwd(), help="folder to extract into (default: current folder)")
    p.set_defaults(handler=cmd_evidence)

    p = sub.add_parser("open", help="open an assessment in the desktop application")
    p.add_argument("path", type=Path, nargs="?")
    p.set_defaults(handler=cmd_open)

    fw = sub.add_parser("framework", help="check or list frameworks")
    fw_sub = fw.add_subparsers(dest="framework_command", metavar="ACTION", required=True)
    p = fw_sub.add_parser("check", help="validate a framework folder or file and report translation coverage")
    p.add_argument("file", type=Path)
    p.set_defaults(handler=cmd_framework_check)
    p = fw_sub.add_parser("list", help="list installed frameworks")
    p.set_defaults(handler=cmd_framework_list)
    p = fw_sub.add_parser("to-xlsx", help="write a framework as a workbook for editors and translators")
    p.add_argument("--framework", default="cybercrime-capacity", help="framework id or folder (default: %(default)s)")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FRAMEWORK.xlsx")
    p.set_defaults(handler=cmd_framework_to_xlsx)
    p = fw_sub.add_parser("from-xlsx", help="turn a framework workbook back into framework files")
    p.add_argument("workbook", type=Path)
    p.add_argument("-o", "--output", type=Path, required=True, metavar="DIR", help="framework folder to write")
    p.add_argument("--force", action="store_true", help="replace the framework files in DIR (migrations/ is kept)")
    p.set_defaults(handler=cmd_framework_from_xlsx)


def cmd_new(args: argparse.Namespace) -> int:
    fw = get_framework(args.framework)
    chosen = None
    if args.instruments is not None:
        names = [name.strip().lower() for name in split_names(args.instruments)]
        chosen = resolve(fw, names)
        if not set(chosen) & set(fw.default_instrument_ids()) and GLOBAL not in names:
            chosen = resolve(fw, [GLOBAL, *chosen])  # regional instruments named alone apply beside the global ones
    with Assessment.create(
        args.path,
        country=args.country,
        mission=args.mission,
        assessors=args.assessor,
        framework=fw,
        target_stage=args.target_stage,
        overwrite=args.force,
        passphrase=new_document_passphrase(args, args.path.name) if args.encrypt else None,
        instruments=chosen,
    ) as doc:
        print(
            f"created {printable(str(args.path))} ({fw.id} {fw.version}, {len(fw.indicator_ids())} indicators, "
            f"target stage {doc.info.target_stage}{', encrypted' if doc.encrypted else ''})"
        )
        print(f"instruments: {', '.join(doc.instruments) or 'none'}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    path = write_demo(args.path, overwrite=args.force)
    print(f"demo assessment written to {path}")
    return 0


def cmd_answer(args: argparse.Namespace) -> int:
    value = parse_value(args.level)
    with Assessment.open(args.path, allow_read_only=False) as doc:
        kwargs: dict[str, Any] = {"assessor": args.assessor, "source": "cli"}
        if args.note is not None:
            kwargs["justification"] = args.note
        if args.confidence is not None:
            kwargs["confidence"] = args.confidence
        doc.set_answer(args.indicator_id, value, **kwargs)
    print("saved")  # only reached after the commit returned
    return 0


def _bar(fraction: float, width: int = 20) -> str:
    filled = round(fraction * width)
    return "#" * filled + "." * (width - filled)


def _follow_up_line(doc: Assessment) -> tuple[str, frozenset[str]] | None:
    """For a follow-up: a line on its baseline and the carried-over answers, and the ids still to confirm."""
    baseline = doc.baseline()
    if baseline is None:
        return None
    pending = doc.to_confirm()
    carried = len(doc.baseline_answers())
    line = (
        f"follow-up of {printable(baseline.mission or baseline.country)} ({baseline.date}, "
        f"{printable(baseline.file_name)}): of {carried} answers carried over, {carried - len(pending)} confirmed "
        f"or changed, {len(pending)} to confirm"
    )
    return line, pending


def cmd_status(args: argparse.Namespace) -> int:
    with Assessment.open(args.path, read_only=True) as doc:
        info, fw, answers = doc.info, doc.framework, doc.answers()
        follow_up = _follow_up_line(doc)
    print(printable(f"{info.country} - {info.mission or 'no mission name'}"))
    print(
        f"framework {printable(fw.id)} {printable(fw.version)}; "
        f"assessors: {printable(', '.join(info.assessors)) or '-'}; "
        f"target stage {info.target_stage}; last edited {info.modified_at}"
    )
    pending = follow_up[1] if follow_up else frozenset()
    if follow_up:  # a carried-over answer counts as done once confirmed or changed
        print(follow_up[0])
    total_done = total = 0
    for dim in fw.dimensions:
        ids = [i.id for i in dim.indicators()]
        done = sum(1 for i in ids if i in answers and answers[i].rated and i not in pending)
        total_done, total = total_done + done, total + len(ids)
        waiting = sum(1 for i in ids if i in pending)
        extra = f"  {waiting} to confirm" if waiting else ""
        print(f"  {dim.id:<4}{tr(dim.title)[:52]:<53}{done:>3}/{len(ids):<3} {_bar(done / len(ids))}{extra}")
    print(f"  {'all':<57}{total_done:>3}/{total:<3} {100 * total_done / total:.0f}% complete")
    return 0


def _fmt(score: float | None) -> str:
    return "-" if score is None else f"{score:.2f}"


def cmd_score(args: argparse.Namespace) -> int:
    with Assessment.open(args.path, read_only=True) as doc:
        card, fw = score_assessment(doc), doc.framework
        baseline, pending = doc.baseline(), doc.to_confirm()
        carried = len(doc.baseline_answers())
    if args.json:
        data = card.to_dict()
        if baseline is not None:
            data["follow_up"] = {
                "baseline": baseline.file_uuid,
                "baseline_score": baseline.scores.get("overall"),
                "carried_over": carried,
                "confirmed": carried - len(pending),
                "to_confirm": len(pending),
            }
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return 0
    stage = tr(fw.stage(card.stage).label) if card.stage else "-"
    print(f"overall {_fmt(card.score)} ({stage}), coverage {card.coverage:.0%}, target stage {card.target_stage}")
    if baseline is not None:
        print(
            f"follow-up: baseline overall {_fmt(baseline.scores.get('overall'))} ({baseline.date}); of {carried} "
            f"answers carried over, {carried - len(pending)} confirmed or changed, {len(pending)} to confirm "
            "(scored as at the baseline until then)"
        )
    for d in card.dimensions:
        title = tr(fw.dimensions[d.number - 1].title)
        label = tr(fw.stage(d.stage).label) if d.stage else "-"
        print(
            f"  {d.dimension_id:<4}{title[:46]:<47}{_fmt(d.score):>5} {label:<12} gap {_fmt(d.gap):>5}  "
            f"coverage {d.coverage:>4.0%}"
        )
    if card.priorities:
        print(f"top {min(args.top, len(card.priorities))} capacity-building priorities:")
        for p in card.priorities[: args.top]:
            rec = tr(fw.indicator(p.indicator_id).recommendations[p.stage])
            print(f"  {p.rank:>2}. {p.indicator_id:<8} stage {p.stage} -> {p.target}  {rec}")
    return 0


def cmd_evidence(args: argparse.Namespace) -> int:
    from ..store.evidence import human_size

    if args.add:
        with Assessment.open(args.path, allow_read_only=False) as doc:
            added = doc.add_evidence(args.add[0], Path(args.add[1]), assessor=args.assessor)
        print(f"attached {printable(added.file_name)} to {added.indicator_id} as evidence {added.id}")
        return 0
    with Assessment.open(args.path, read_only=True) as doc:
        items = doc.evidence()
        if args.extract is None:
            for e in items:
                name = printable(e.file_name)
                print(f"{e.id:>4}  {printable(e.indicator_id):<8} {name}  ({human_size(e.size)}, sha256 {e.sha256})")
            if not items:
                print("no evidence files")
            return 0
        if args.extract != "all" and not args.extract.isdigit():
            raise InputError(f"'{args.extract}' is not an evidence number.", "Use a number from the list, or 'all'.")
        if not items:
            raise InputError(
                f"There is no evidence in {printable(args.path.name)}: nothing to extract.",
                "Evidence files are attached to answers in the application.",
            )
        chosen = items if args.extract == "all" else [e for e in items if e.id == int(args.extract)]
        if not chosen:
            raise InputError(f"There is no evidence file number {args.extract}.", "List them with 'evidence PATH'.")
        if not args.to.is_dir():
            raise InputError(f"{args.to} is not a folder.", "Create it first.")
        for e in chosen:
            print(f"extracted {printable(doc.extract_evidence(e.id, args.to))}")
    return 0


def cmd_open(args: argparse.Namespace) -> int:
    from . import _launch_gui

    return _launch_gui([str(args.path)] if args.path else [])


def cmd_framework_check(args: argparse.Namespace) -> int:
    fw = load_framework(args.file)
    count = len(fw.indicator_ids())
    print(
        f"{fw.id} {fw.version}: valid - {len(fw.dimensions)} dimensions, "
        f"{sum(len(d.sections) for d in fw.dimensions)} sections, {count} indicators"
    )
    print(f"content hash {fw.content_hash}")
    print("translation coverage:")
    for cov in translation_coverage(fw):
        print(f"  {cov.language}: {cov.translated}/{cov.total} texts ({cov.percent:.0f}%)")
    return 0


def cmd_framework_to_xlsx(args: argparse.Namespace) -> int:
    from ..framework.authoring import to_xlsx

    fw = to_xlsx(args.framework, args.output)
    print(f"{fw.id} {fw.version} written to {printable(args.output)} ({len(fw.indicator_ids())} indicators)")
    return 0


def cmd_framework_from_xlsx(args: argparse.Namespace) -> int:
    from ..framework.authoring import from_xlsx

    fw = from_xlsx(args.workbook, args.output, force=args.force)
    print(f"{fw.id} {fw.version} written to {printable(args.output)} ({len(fw.indicator_ids())} indicators)")
    print(f"content hash {fw.content_hash}")
    return 0


def cmd_framework_list(args: argparse.Namespace) -> int:
    found = False
    for folder in framework_dirs():
        found = True
        try:
            fw = load_framework(folder)
        except InputError as exc:
            print(f"{folder}: {exc}")
            continue
        except Exception as exc:  # a broken user framework must not hide the others
            print(f"{folder}: invalid - {exc}")
            continue
        print(f"{fw.id:<24} {fw.version:<8} {len(fw.indicator_ids()):>4} indicators  {tr(fw.name)}")
    if not found:
        print("no frameworks installed")
    return 0
