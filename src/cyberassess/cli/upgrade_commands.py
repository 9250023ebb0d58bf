"""``cyberassess upgrade``: move an assessment to the installed version of its framework."""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path
from typing import Any

from ..framework.upgrade import UpgradePlan
from ..safetext import printable
from ..store import Assessment
from ..store.fileformat import sniff
from ..store.upgrade import plan_framework_upgrade, upgrade_framework

KINDS = (
    ("kept", "kept as they are"),
    ("renamed", "moved to the indicator's new id"),
    ("merged", "proposed on the merged indicator, to confirm"),
    ("split", "proposed on each indicator it was split into, to confirm"),
    ("retired", "kept in the file, readable, no longer scored"),
)


def register(sub: Any) -> None:
    p = sub.add_parser(
        "upgrade",
        help="move an assessment to the installed version of its framework (a backup copy is kept)",
    )
    p.add_argument("path", type=Path)
    p.add_argument("--dry-run", action="store_true", help="say what would change, change nothing")
    p.add_argument("--assessor", help="who makes the change (recorded in the history)")
    p.set_defaults(handler=cmd_upgrade)


def describe(plan: UpgradePlan) -> list[str]:
    """The plan in sentences, one per line."""
    lines = [f"framework {plan.framework_id}: {plan.from_version} -> {plan.to_version}"]
    for kind, meaning in KINDS:
        moves = [m for m in plan.moves if m.kind == kind]
        if not moves:
            continue
        lines.append(f"  {len(moves)} answer(s) {meaning}")
        if kind != "kept":
            lines.extend(f"    {m.old_id} -> {', '.join(m.new_ids) or 'annex'}" for m in moves)
    if plan.reworded:
        lines.append(f"  {len(plan.reworded)} indicator(s) reworded (question or stage descriptors): re-read them")
        lines.append("    " + ", ".join(plan.reworded))
    if plan.added:
        lines.append(f"  {len(plan.added)} new indicator(s) to answer: {', '.join(plan.added)}")
    return lines


def _dry_run(path: Path) -> UpgradePlan:
    """The plan, made on a temporary copy so that not even a file-format migration touches ``path``."""
    sniff(path)
    with tempfile.TemporaryDirectory(prefix="cyberassess-upgrade-") as tmp:
        copy = Path(tmp) / path.name
        shutil.copyfile(path, copy)
        wal = path.with_name(path.name + "-wal")
        if wal.is_file():
            shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
        with Assessment.open(copy, allow_read_only=False) as doc:
            return plan_framework_upgrade(doc)


def cmd_upgrade(args: argparse.Namespace) -> int:
    if args.dry_run:
        print("\n".join(printable(line) for line in describe(_dry_run(args.path))))
        print("dry run: nothing was changed")
        return 0
    with Assessment.open(args.path, allow_read_only=False) as doc:
        plan, backup = upgrade_framework(doc, by=args.assessor)
    print("\n".join(printable(line) for line in describe(plan)))
    print(f"upgraded; the file as it was is kept as {printable(backup.name)}")
    return 0
