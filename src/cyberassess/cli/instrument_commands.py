"""``cyberassess instruments``: show or change which instruments apply to an assessment's country."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..framework import tr
from ..framework.instruments import resolve, short_name, split_names
from ..safetext import printable
from ..store import Assessment


def register(sub: Any) -> None:
    p = sub.add_parser(
        "instruments",
        help="show or change the instruments that apply to an assessment's country",
        description="Without an option, list the framework's instruments and mark the ones that apply. "
        "The choice filters the guidance, the report, the treaty table and the Excel matrix; answers are "
        "kept whatever it is. Ids may be written in full or short (un, arab).",
    )
    p.add_argument("path", type=Path)
    change = p.add_mutually_exclusive_group()
    change.add_argument("--set", metavar="IDS", help="apply exactly these instruments, comma-separated ('' for none)")
    change.add_argument("--defaults", action="store_true", help="apply the framework's global instruments")
    p.add_argument("--add", metavar="IDS", help="also apply these instruments, comma-separated")
    p.add_argument("--remove", metavar="IDS", help="no longer apply these instruments, comma-separated")
    p.add_argument("--assessor", help="who makes the change (recorded in the history)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=cmd_instruments)


def _changed(doc: Assessment, args: argparse.Namespace) -> tuple[str, ...] | None:
    """The new choice the options ask for, or None when they ask for none."""
    if args.set is None and not args.defaults and args.add is None and args.remove is None:
        return None
    fw = doc.framework
    if args.set is not None:
        chosen = set(resolve(fw, split_names(args.set)))
    elif args.defaults:
        chosen = set(fw.default_instrument_ids())
    else:
        chosen = set(doc.instruments)
    added = set(resolve(fw, split_names(args.add or "")))
    removed = set(resolve(fw, split_names(args.remove or "")))
    both = added & removed
    if both:
        raise InputError(f"{', '.join(sorted(both))} cannot be both added and removed.", "Give each instrument once.")
    return tuple(i for i in fw.instrument_ids() if i in (chosen | added) - removed)


def cmd_instruments(args: argparse.Namespace) -> int:
    wanted_change = args.set is not None or args.defaults or args.add is not None or args.remove is not None
    with Assessment.open(args.path, allow_read_only=not wanted_change) as doc:
        wanted = _changed(doc, args)
        before = doc.instruments
        if wanted is not None:
            doc.set_instruments(wanted, by=args.assessor, source="cli")
        fw, chosen = doc.framework, set(doc.instruments)
        if args.json:
            rows = [
                {
                    "id": i.id,
                    "short_name": short_name(i.id),
                    "short": tr(i.short),
                    "name": tr(i.name),
                    "scope": "regional" if not i.chosen_by_default else "global",
                    "applies": i.id in chosen,
                }
                for i in fw.instruments
            ]
            print(json.dumps({"file": doc.path.name, "instruments": rows}, ensure_ascii=False, indent=2))
            return 0
        print(printable(f"{doc.path.name} ({fw.id} {fw.version}): instruments that apply to {doc.info.country}"))
        width = max((len(i.id) for i in fw.instruments), default=0)
        for instrument in fw.instruments:
            mark = "x" if instrument.id in chosen else " "
            scope = "global" if instrument.chosen_by_default else "regional"
            print(printable(f"  [{mark}] {instrument.id:<{width}}  {tr(instrument.short)} ({scope})"))
        if wanted is not None:
            print("changed" if tuple(doc.instruments) != before else "unchanged")
    return 0
