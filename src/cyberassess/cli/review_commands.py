"""The review record on the command line: mission, consulted, narrative, plan, treaty.

``--json`` outputs are documented in ``docs/json-output.md``. Every edit opens the file for
writing (refused, with the reason, if it cannot be) and prints its confirmation only after the
change is committed; a refused value changes nothing.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..safetext import MAX_NARRATIVE_CHARS, printable
from ..store.document import Assessment
from ..store.review_records import ACTION_STATUSES, COMPLIANCE, EFFORTS, HORIZONS, MISSION_TYPES
from . import review_output as out

MISSION_KEYS = {
    "type": "mission_type",
    "start": "start_date",
    "end": "end_date",
    "host": "host",
    "marking": "marking",
    "status": "status",
    "limitations": "limitations",
}
ACTION_KEYS = {
    "title": "title",
    "indicators": "indicator_ids",
    "indicator": "indicator_ids",
    "owner": "owner",
    "partners": "partners",
    "horizon": "horizon",
    "effort": "effort",
    "cost": "cost_amount",
    "currency": "cost_currency",
    "priority": "priority",
    "status": "status",
    "notes": "notes",
}


def register(sub: Any) -> None:
    p = sub.add_parser("mission", help="show or edit the mission record (type, dates, host, team)")
    p.add_argument("path", type=Path)
    p.add_argument("--json", action="store_true", help="machine-readable output (docs/json-output.md)")
    p.add_argument(
        "--set",
        nargs="+",
        action="extend",
        metavar="KEY=VALUE",
        help=f"set fields: type ({'|'.join(MISSION_TYPES)}), start, end (YYYY-MM-DD), host, marking, "
        "status (draft|final), limitations; an empty value clears a field",
    )
    p.add_argument("--add-team", metavar="NAME", help="add a team member")
    p.add_argument("--role", default="", help="the team member's role (with --add-team)")
    p.add_argument("--org", default="", help="the team member's organisation (with --add-team)")
    p.add_argument("--remove-team", type=int, metavar="ID", help="remove a team member by number")
    p.add_argument("--add-document", metavar="TITLE", help="record a document reviewed")
    p.add_argument("--issuer", default="", help="who issued the document (with --add-document)")
    p.add_argument("--date", help="the document's date, YYYY-MM-DD (with --add-document)")
    p.add_argument(
        "--evidence", type=int, metavar="ID", help="its attached copy: an evidence number (with --add-document)"
    )
    p.add_argument("--remove-document", type=int, metavar="ID", help="remove a document reviewed by number")
    p.add_argument("--assessor", help="who makes the change (for the history; default: the first assessor)")
    p.set_defaults(handler=cmd_mission)

    p = sub.add_parser("consulted", help="list or add the institutions and persons consulted")
    p.add_argument("path", type=Path)
    p.add_argument("--json", action="store_true", help="machine-readable output (docs/json-output.md)")
    p.add_argument("--add", metavar="INSTITUTION", help="record an institution consulted")
    p.add_argument("--name", default="", help="the person met (optional: a person may be recorded by role)")
    p.add_argument("--role", default="", help="the person's role or function")
    p.add_argument("--date", help="the date of the meeting, YYYY-MM-DD")
    p.add_argument("--place", default="", help="where the meeting took place")
    p.add_argument("--remove", type=int, metavar="ID", help="remove an entry by number")
    p.add_argument("--assessor", help="who makes the change (for the history)")
    p.set_defaults(handler=cmd_consulted)

    p = sub.add_parser("narrative", help="print or set a narrative (context, summary, acknowledgements, D1...)")
    p.add_argument("path", type=Path)
    p.add_argument("section", nargs="?", help="context, summary, acknowledgements or a dimension id (findings)")
    p.add_argument("--file", type=Path, metavar="TEXT.md", help="set the section's text from a file ('-': stdin)")
    p.add_argument("--draft", action="store_true", help="print a proposed findings text from the answers (no write)")
    p.add_argument("--lang", default="en", help="language of the draft: en, fr, es or ar")
    p.add_argument("--json", action="store_true", help="all narratives, machine-readable (docs/json-output.md)")
    p.add_argument("--assessor", help="who makes the change (for the history)")
    p.set_defaults(handler=cmd_narrative)

    p = sub.add_parser("plan", help="list or edit the action plan")
    p.add_argument("path", type=Path)
    p.add_argument("--json", action="store_true", help="machine-readable output (docs/json-output.md)")
    p.add_argument("--from-priorities", action="store_true", help="add an action per priority not yet planned")
    p.add_argument("--top", type=int, help="with --from-priorities: only the first N priorities")
    p.add_argument(
        "--language",
        choices=("en", "fr", "es", "ar"),
        default="en",
        help="with --from-priorities: language of the responsible institutions' names (default en)",
    )
    p.add_argument("--add", metavar="TITLE", help="add an action")
    p.add_argument("--indicator", action="append", default=[], metavar="ID", help="linked indicator (repeat)")
    p.add_argument("--owner", default="", metavar="INSTITUTION", help="the responsible institution")
    p.add_argument("--partners", default="", help="partner institutions")
    p.add_argument("--horizon", help=f"{'|'.join(HORIZONS)} (within a year, 1-3 years, over 3 years)")
    p.add_argument("--effort", help="|".join(EFFORTS))
    p.add_argument("--cost", help="estimated cost (an amount)")
    p.add_argument("--currency", default="", help="currency of the cost, e.g. USD")
    p.add_argument("--priority", help="position in the plan (1 first)")
    p.add_argument("--status", default="planned", help="|".join(ACTION_STATUSES))
    p.add_argument("--notes", default="", help="notes")
    p.add_argument(
        "--set",
        nargs="+",
        metavar="ACTION_ID KEY=VALUE",
        help="change an action: title, indicators (comma-separated), owner, partners, horizon, effort, cost, "
        "currency, priority, status, notes",
    )
    p.add_argument("--remove", type=int, metavar="ACTION_ID", help="remove an action")
    p.add_argument("--assessor", help="who makes the change (for the history)")
    p.set_defaults(handler=cmd_plan)

    p = sub.add_parser("treaty", help="list or fill the treaty-compliance table")
    p.add_argument("path", type=Path)
    p.add_argument("--json", action="store_true", help="machine-readable output (docs/json-output.md)")
    p.add_argument("--instrument", help="list only this instrument (e.g. budapest, un, malabo)")
    p.add_argument("--set", metavar="PROVISION", help="the provision as listed, e.g. budapest:16")
    p.add_argument("--compliance", help="|".join(COMPLIANCE))
    p.add_argument("--provision", metavar="TEXT", help="the national provision implementing it")
    p.add_argument("--note", metavar="TEXT", help="a note")
    p.add_argument("--assessor", help="who makes the change (for the history)")
    p.set_defaults(handler=cmd_treaty)


def _edit(path: Path) -> Assessment:
    """The file opened for editing (refused with the reason if it cannot be); its review edits logged as "cli"."""
    doc = Assessment.open(path, allow_read_only=False)
    doc.history_source = "cli"
    return doc


def _pairs(items: list[str], keys: dict[str, str], what: str) -> dict[str, str]:
    values: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        name = keys.get(key.strip().lower())
        if not sep or name is None:
            raise InputError(
                f"'{printable(item)[:60]}' is not KEY=VALUE for {what}.",
                f"The keys are: {', '.join(dict.fromkeys(keys))}.",
            )
        values[name] = value
    return values


def _only_one(args: argparse.Namespace, *names: str) -> None:
    given = [n for n in names if getattr(args, n.replace("-", "_")) not in (None, False, [])]
    if len(given) > 1:
        raise InputError(f"--{given[0]} and --{given[1]} cannot be used together.", "Run one change at a time.")


# --------------------------------------------------------------------------- mission / consulted
def cmd_mission(args: argparse.Namespace) -> int:
    _only_one(args, "set", "add-team", "remove-team", "add-document", "remove-document")
    if args.set:
        fields: dict[str, Any] = _pairs(args.set, MISSION_KEYS, "the mission record")
        for name in ("mission_type", "start_date", "end_date"):
            if fields.get(name) == "":
                fields[name] = None
        with _edit(args.path) as doc:
            doc.set_mission(**fields, by=args.assessor)
            print("saved")
        return 0
    if args.add_team is not None:
        with _edit(args.path) as doc:
            member = doc.add_team_member(args.add_team, role=args.role, organisation=args.org, by=args.assessor)
        print(f"added team member {member.id}: {printable(member.name)}")
        return 0
    if args.remove_team is not None:
        with _edit(args.path) as doc:
            doc.remove_team_member(args.remove_team, by=args.assessor)
        print(f"removed team member {args.remove_team}")
        return 0
    if args.add_document is not None:
        with _edit(args.path) as doc:
            document = doc.add_reviewed_document(
                args.add_document, issuer=args.issuer, date=args.date, evidence_id=args.evidence, by=args.assessor
            )
        print(f"added document {document.id}: {printable(document.title)}")
        return 0
    if args.remove_document is not None:
        with _edit(args.path) as doc:
            doc.remove_reviewed_document(args.remove_document, by=args.assessor)
        print(f"removed document {args.remove_document}")
        return 0
    with Assessment.open(args.path, read_only=True) as doc:
        print(out.dump(out.mission_json(doc)) if args.json else "\n".join(out.mission_text(doc)))
    return 0


def cmd_consulted(args: argparse.Namespace) -> int:
    _only_one(args, "add", "remove")
    if args.add is not None:
        with _edit(args.path) as doc:
            entry = doc.add_consulted(
                args.add, name=args.name, role=args.role, date=args.date, place=args.place, by=args.assessor
            )
        print(f"added consulted entry {entry.id}: {printable(entry.institution)}")
        return 0
    if args.remove is not None:
        with _edit(args.path) as doc:
            doc.remove_consulted(args.remove, by=args.assessor)
        print(f"removed consulted entry {args.remove}")
        return 0
    with Assessment.open(args.path, read_only=True) as doc:
        if args.json:
            print(out.dump(out.consulted_json(doc)))
            return 0
        entries = doc.consulted()
    print(f"{len(entries)} consulted" if entries else "no institution or person consulted recorded yet")
    for entry in entries:
        print(out.consulted_line(entry))
    return 0


# --------------------------------------------------------------------------- narratives
def _read_text(path: Path) -> str:
    """A narrative file as text: UTF-8, bounded before it is read whole."""
    limit = MAX_NARRATIVE_CHARS * 4 + 4  # the most bytes so many characters can take in UTF-8
    try:
        if str(path) == "-":
            data = sys.stdin.buffer.read(limit + 1)
        else:
            with open(path, "rb") as handle:
                data = handle.read(limit + 1)
    except OSError as exc:
        raise InputError(f"Cannot read {printable(path)}: {exc.strerror}.", "Check the name and folder.") from None
    if len(data) > limit:
        raise InputError(
            f"{printable(path.name)} is too long for a narrative (more than {MAX_NARRATIVE_CHARS:,} characters).",
            "Shorten it, or attach the long text as an evidence file.",
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{printable(path.name)} is not UTF-8 text.", "Save it as UTF-8 plain text.") from None


def cmd_narrative(args: argparse.Namespace) -> int:
    if args.file is not None:
        if not args.section:
            raise InputError("Which section?", "Give the SECTION before --file, e.g. 'narrative PATH D3 --file x.md'.")
        text = _read_text(args.file)
        with _edit(args.path) as doc:
            doc.set_narrative(args.section, text, by=args.assessor)
        print(f"saved the {args.section} text" if text.strip() else f"cleared the {args.section} text")
        return 0
    with Assessment.open(args.path, read_only=True) as doc:
        if args.json:
            print(out.dump(out.narratives_json(doc)))
            return 0
        if args.draft:
            from ..review.draft import draft_findings

            if not args.section:
                raise InputError("Which dimension?", "Give a dimension id, e.g. 'narrative PATH D3 --draft'.")
            print(printable(draft_findings(doc, args.section, args.lang), keep_newlines=True), end="")
            return 0
        if args.section:
            text = doc.narrative(args.section)
            print(printable(text, keep_newlines=True) if text else f"(no {args.section} text yet)")
            return 0
        found = doc.narratives()
        for section in doc.narrative_sections():
            entry = found.get(section)
            state = f"{len(entry.text):>7,} characters, {printable(entry.assessor) or '-'}" if entry else "   (empty)"
            print(f"  {section:<18}{state}")
    return 0


# --------------------------------------------------------------------------- plan
def cmd_plan(args: argparse.Namespace) -> int:
    _only_one(args, "from-priorities", "add", "set", "remove")
    if args.from_priorities:
        with _edit(args.path) as doc:
            added = doc.actions_from_priorities(args.top, by=args.assessor, language=args.language)
        print(f"added {len(added)} action(s)" if added else "every priority is already in the plan")
        for action in added:
            print("\n".join(out.action_lines(action)))
        return 0
    if args.add is not None:
        with _edit(args.path) as doc:
            action = doc.add_action(
                args.add,
                indicator_ids=args.indicator,
                owner=args.owner,
                partners=args.partners,
                horizon=args.horizon,
                effort=args.effort,
                cost_amount=args.cost,  # text: checked and converted by the store
                cost_currency=args.currency,
                priority=args.priority,
                status=args.status,
                notes=args.notes,
                by=args.assessor,
            )
        print(f"added action {action.id}")
        return 0
    if args.set is not None:
        action_id, *pairs = args.set
        if not action_id.isdigit() or not pairs:
            raise InputError("--set needs an action number and KEY=VALUE pairs.", "E.g. --set 3 status=done owner=MoJ")
        fields: dict[str, Any] = _pairs(pairs, ACTION_KEYS, "an action")
        with _edit(args.path) as doc:
            doc.update_action(int(action_id), by=args.assessor, **fields)
        print(f"saved action {action_id}")
        return 0
    if args.remove is not None:
        with _edit(args.path) as doc:
            doc.remove_action(args.remove, by=args.assessor)
        print(f"removed action {args.remove}")
        return 0
    with Assessment.open(args.path, read_only=True) as doc:
        if args.json:
            print(out.dump(out.plan_json(doc)))
            return 0
        actions = doc.actions()
    print(f"{len(actions)} action(s)" if actions else "the action plan is empty (try --from-priorities)")
    for action in actions:
        print("\n".join(out.action_lines(action)))
    return 0


# --------------------------------------------------------------------------- treaty
def cmd_treaty(args: argparse.Namespace) -> int:
    if args.set is not None:
        if args.compliance is None:
            raise InputError("--set needs --compliance.", f"Give one of: {', '.join(COMPLIANCE)}.")
        kwargs: dict[str, Any] = {}
        if args.provision is not None:
            kwargs["national_provision"] = args.provision
        if args.note is not None:
            kwargs["note"] = args.note
        with _edit(args.path) as doc:
            entry = doc.set_treaty_entry(args.set, compliance=args.compliance, by=args.assessor, **kwargs)
        print(f"saved {entry.provision}: {entry.compliance}")
        return 0
    if args.compliance or args.provision is not None or args.note is not None:
        raise InputError("--compliance, --provision and --note go with --set PROVISION.")
    with Assessment.open(args.path, read_only=True) as doc:
        if args.json:
            print(out.dump(out.treaty_json(doc)))
            return 0
        lines = out.treaty_lines(doc, args.instrument)
    if not lines:
        raise InputError(f"No provision of '{printable(args.instrument)}' is referenced.", "Run without --instrument.")
    print("\n".join(lines))
    return 0
