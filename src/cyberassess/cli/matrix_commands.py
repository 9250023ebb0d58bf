"""Matrix commands: export-xlsx, import-xlsx and merge (the Excel matrix of development partners)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..framework import BUILTIN_ID, Framework, get_framework
from ..i18n import SUPPORTED
from ..safetext import printable
from ..store import Assessment
from ..store.records import AnswerRecord, AnswerValue
from .report_commands import PASSPHRASE_ENV

EXIT_CONFLICTS = 3
EXIT_REJECTED = 4

IMPORT_EPILOG = """\
A conflict is an indicator answered in both the assessment ("mine") and the matrix ("theirs")
with a different stage, justification or confidence. Nothing conflicting is imported unless you
choose: --prefer mine keeps the assessment's answers, theirs takes the matrix's, newer takes the
one changed last (mine when equal or unknown); --choose ID=mine|theirs decides one indicator and
overrides --prefer. New answers (indicators not yet answered here) are always imported; an empty
row never clears an answer.

The first line says whether the matrix is signed and unchanged since signing, was changed after
signing, or is not signed. Only a matching signature proves the matrix's assessors and times:
with an unsigned or changed matrix, --prefer newer compares the times as written and warns that
anyone could have written them. A time later than now is never believed (mine is kept).

exit status: 0 imported; 1 error, nothing changed; 3 conflicts left unresolved (the rest was
imported); 4 some rows rejected (the rest was imported).
"""

MERGE_EPILOG = """\
"Mine" is OUT when it already exists (the inputs are merged into it), otherwise the first input
(OUT is created from it). Where answers differ (stage, justification or confidence) that is a
conflict: without --prefer nothing is written and the conflicts are listed; --prefer mine keeps
mine, theirs takes the last input that answered, newer takes the answer changed last. Each
input's answers are kept as provenance, and the disagreement report lists indicators where
assessors differ by two stages or more, or one says Unknown. Merging is deterministic, and
merging the same input again changes nothing.

The review record of .cyberassess inputs is merged too: every team member, institution consulted,
document reviewed and action is kept (identical ones once); narrative sections and treaty entries
written differently are conflicts keyed narrative:SECTION and treaty:PROVISION, settled like
answers. --choose KEY=mine|theirs|FILE settles one conflict (KEY an indicator id, narrative:D3 or
treaty:budapest:16; FILE an input's file name) and overrides --prefer. Every input's narrative
texts are kept in OUT, so a text not chosen can still be taken later.

exit status: 0 merged; 1 error, nothing written; 3 conflicts and no --prefer, nothing written.
"""


def register(sub: Any) -> None:
    p = sub.add_parser(
        "export-xlsx",
        allow_abbrev=False,  # "--passphrase SECRET" must not pass for --passphrase-file
        help="export the Excel matrix of an assessment (signed when a key is given), or a blank matrix",
        description="Write an Excel matrix: cover, summary with chart, one sheet per dimension and a metadata "
        "sheet with a SHA-256 over the answer cells (which shows accidental changes only). With --key the "
        "metadata sheet also carries a signature over the answers, assessors, times and metadata, so an import "
        "can tell whether anything was changed after signing; the passphrase comes from --passphrase-file, the "
        f"{PASSPHRASE_ENV} environment variable or a prompt. With --blank, an empty matrix an assessor can fill "
        "in Excel or LibreOffice without CyberAssess and send back.",
    )
    p.add_argument("path", type=Path, nargs="?", metavar="ASSESSMENT", help="the .cyberassess file (not with --blank)")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="MATRIX.xlsx")
    p.add_argument("--blank", action="store_true", help="write an empty matrix of a framework")
    p.add_argument("--framework", help=f"framework id of the blank matrix (default: {BUILTIN_ID})")
    p.add_argument("--language", default="en", choices=SUPPORTED, help="language of labels (default: %(default)s)")
    p.add_argument("--key", type=Path, metavar="KEY.p12", help="sign the answers with this PKCS#12 key file")
    p.add_argument("--passphrase-file", type=Path, metavar="FILE", help="read the key's passphrase from this file")
    p.add_argument("--force", action="store_true", help="replace an existing file")
    p.add_argument(
        "--paper", choices=("a4", "letter"), default="a4", help="paper the sheets are laid out for (default: a4)"
    )
    p.add_argument(
        "--for-print",
        action="store_true",
        help="with --blank: a matrix to print and fill in by hand (tall, ruled answer rows)",
    )
    p.set_defaults(handler=cmd_export_xlsx)

    p = sub.add_parser(
        "import-xlsx",
        help="import a filled-in or exported matrix into an assessment",
        description="Check a matrix (framework, layout, every value; formulas are never evaluated) and import "
        "its answers. Every rejected row is reported with its sheet, cell and reason.",
        epilog=IMPORT_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("path", type=Path, metavar="ASSESSMENT")
    p.add_argument("matrix", type=Path, metavar="MATRIX.xlsx")
    p.add_argument("--dry-run", action="store_true", help="show what would be imported; change nothing")
    p.add_argument("--prefer", choices=("mine", "theirs", "newer"), help="how to settle conflicts")
    p.add_argument(
        "--choose",
        action="append",
        default=[],
        metavar="ID=mine|theirs",
        help="settle one indicator's conflict (repeatable)",
    )
    p.set_defaults(handler=cmd_import_xlsx)

    p = sub.add_parser(
        "merge",
        help="merge the assessments and matrices of several assessors into one assessment",
        description="Merge .cyberassess files and/or matrices of one mission into OUT, keeping each assessor's "
        "answers as provenance, and print the disagreement report.",
        epilog=MERGE_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("output", type=Path, metavar="OUT.cyberassess")
    p.add_argument("inputs", type=Path, nargs="+", metavar="INPUT", help=".cyberassess files or .xlsx matrices")
    p.add_argument("--prefer", choices=("mine", "theirs", "newer"), help="how to settle conflicts")
    p.add_argument(
        "--choose",
        action="append",
        default=[],
        metavar="KEY=mine|theirs|FILE",
        help="settle one conflict: an indicator id, narrative:SECTION or treaty:PROVISION (repeatable)",
    )
    p.add_argument("--force", action="store_true", help="replace OUT with a fresh merge instead of merging into it")
    p.add_argument("--encrypt", action="store_true", help="encrypt a new OUT with a passphrase (SQLCipher)")
    p.add_argument("--plain", action="store_true", help="write a new OUT unencrypted even if some inputs are encrypted")
    p.set_defaults(handler=cmd_merge)


# ------------------------------------------------------------------ export
def cmd_export_xlsx(args: argparse.Namespace) -> int:
    from ..matrix import export_blank, export_matrix

    if args.output.exists() and not args.force:
        raise InputError(f"{args.output} already exists.", "Choose another name, or add --force to replace it.")
    if args.blank and args.key is not None:
        raise InputError("--key signs the answers of an assessment; a blank matrix has none.", "Leave out --key.")
    if args.passphrase_file is not None and args.key is None:
        raise InputError("--passphrase-file is for the key given with --key.", "Add --key KEY.p12, or leave it out.")
    if args.blank:
        framework: Framework
        if args.path is not None:
            with Assessment.open(args.path, read_only=True) as doc:
                framework = doc.framework
        else:
            framework = get_framework(args.framework or BUILTIN_ID)
        export_blank(framework, args.output, language=args.language, paper=args.paper, for_print=args.for_print)
        print(
            f"blank matrix of {framework.id} {framework.version} ({len(framework.indicator_ids())} indicators) "
            f"written to {args.output}"
        )
        return 0
    if args.path is None:
        raise InputError("No assessment given.", "Name the .cyberassess file, or use --blank --framework ID.")
    if args.for_print:
        raise InputError("--for-print is for a blank matrix.", "Add --blank, or leave out --for-print.")
    if args.framework:
        raise InputError("--framework is only for --blank.", "The assessment's own framework is used.")
    key = None
    if args.key is not None:
        from ..report.keys import check_key_file, open_key
        from .report_commands import read_passphrase

        check_key_file(args.key)  # a missing or damaged key file is reported before the passphrase is asked
        key = open_key(args.key, read_passphrase(args.passphrase_file, prompt=f"Passphrase of {args.key.name}: "))
    with Assessment.open(args.path) as doc:
        export_matrix(doc, args.output, language=args.language, key=key, paper=args.paper)
        answered = sum(1 for a in doc.answers().values() if a.rated)
        note = "" if not doc.read_only else f" (not recorded in the assessment: {doc.read_only_reason})"
    state = "signed by " + printable(key.info.subject) if key is not None else "not signed (no --key given)"
    print(f"matrix with {answered} answers written to {printable(args.output)} ({state}){note}")
    if key is not None:
        from ..report.keys import format_fingerprint

        print(f"  certificate SHA-256: {format_fingerprint(key.info.certificate_sha256)}")
    return 0


# ------------------------------------------------------------------ import
_STATUS = {
    "unchanged": "the answer cells match the export's hash",
    "edited": "answer cells edited outside CyberAssess since the export",
    "template": "a blank matrix filled in outside CyberAssess",
}


def _status_lines(plan: Any) -> list[str]:
    """What the signature and the hash say about the matrix, and where it comes from."""
    signature = plan.signature
    if plan.kind == "template" and signature.status == "unsigned":
        first = f"{printable(plan.source.name)}: {_STATUS['template']} (not signed)"
    else:
        first = f"{printable(plan.source.name)}: {signature.describe()}"
        if not signature.signed and plan.kind == "assessment":
            first += f"; {_STATUS[plan.hash_status]}"
    first += f"; exported {printable(plan.exported_at)}" if plan.exported_at and plan.kind == "assessment" else ""
    first += f"; filled in by {printable(plan.filled_by)}" if plan.filled_by else ""
    lines = [first]
    if signature.signed:
        if plan.signer_known:
            lines.append("  the same key signed earlier exports of this assessment")
        else:
            lines.append(
                "  this key signed no earlier export of this assessment: compare the certificate's fingerprint "
                "with the one the signer gave you (anyone can make a key in any name)"
            )
    return lines


def _describe(framework: Framework, value: AnswerValue | None, justification: str, confidence: str | None) -> str:
    from ..matrix.layout import level_label

    stage = level_label(framework, value, "en") if value is not None else "not rated"
    note = printable(" ".join(justification.split()))  # text from a workbook: escape codes shown, not run
    note = (note[:70] + "...") if len(note) > 70 else note
    return f"{stage}, confidence {confidence or '-'}" + (f', "{note}"' if note else ", no justification")


def _who(assessor: str, at: str | None) -> str:
    return f"by {printable(assessor or 'unknown')} at {printable(at or 'unknown time')}"


def _parse_choices(items: list[str]) -> dict[str, Any]:
    choices: dict[str, Any] = {}
    for item in items:
        key, sep, choice = item.partition("=")
        if not sep or choice.strip() not in ("mine", "theirs"):
            raise InputError(f"--choose {item}: expected ID=mine or ID=theirs.", "For example --choose D3.1.2=theirs.")
        choices[key.strip()] = choice.strip()
    return choices


def cmd_import_xlsx(args: argparse.Namespace) -> int:
    from ..matrix import MatrixConflictError, apply_import, plan_import

    choices = _parse_choices(args.choose)
    with Assessment.open(args.path, read_only=args.dry_run, allow_read_only=args.dry_run) as doc:
        plan = plan_import(doc, args.matrix)
        fw = doc.framework
        for line in _status_lines(plan):
            print(line)
        print(
            f"  new answers: {len(plan.new)}, unchanged: {plan.unchanged}, conflicts: {len(plan.conflicts)}, "
            f"rejected rows: {len(plan.rejected)}"
        )
        for row in plan.rejected:
            print(f"  rejected '{printable(row.sheet)}'!{row.cell}: {printable(row.reason)}")
        detail_conflicts = [d for d in plan.details if d.conflict]
        for detail in plan.details:
            if not detail.conflict:
                print(f"  {detail.field} from the cover (the assessment has none): {printable(detail.theirs)}")
        if detail_conflicts:
            print("  details that differ (mine = this assessment, theirs = the matrix's cover):")
            for detail in detail_conflicts:
                print(f"    {detail.key}")
                print(f"      mine:   {printable(detail.mine)}")
                print(f"      theirs: {printable(detail.theirs)}")
        treaty_conflicts = [c for c in plan.treaty if c.conflict]
        if plan.treaty:
            print(f"  treaty table: {len(plan.treaty) - len(treaty_conflicts)} new, {len(treaty_conflicts)} differ")
        for change in treaty_conflicts:
            mine_entry, theirs_row = change.mine, change.theirs
            assert mine_entry is not None  # a conflict has both sides
            print(f"    {change.key}")
            print(f"      mine:   {mine_entry.compliance}, {printable(mine_entry.national_provision[:70])}")
            print(f"      theirs: {theirs_row.compliance}, {printable(theirs_row.national_provision[:70])}")
        action_conflicts = [c for c in plan.actions if c.conflict]
        if plan.actions:
            print(f"  action plan: {len(plan.actions) - len(action_conflicts)} new, {len(action_conflicts)} differ")
        for action in action_conflicts:
            assert action.mine is not None  # a conflict has both sides
            print(f"    {action.key}")
            print(f"      mine:   {printable(action.mine.title[:70])}, {action.mine.status}")
            print(
                f"      theirs: {printable(str(action.theirs.fields['title'])[:70])}, {action.theirs.fields['status']}"
            )
        mission_conflicts = [c for c in plan.mission if c.conflict]
        if plan.mission:
            print(f"  mission sheet: {len(plan.mission) - len(mission_conflicts)} new, {len(mission_conflicts)} differ")
        for item in mission_conflicts:
            print(f"    {item.key}")
            print(f"      mine:   {printable(str(item.mine)[:90])}")
            print(f"      theirs: {printable(str(item.theirs)[:90])}")
        unknown = sorted(
            set(choices)
            - {c.key for c in mission_conflicts}
            - {c.key for c in action_conflicts}
            - {c.indicator_id for c in plan.conflicts}
            - {d.key for d in detail_conflicts}
            - {c.key for c in treaty_conflicts}
        )
        if unknown:
            raise InputError(
                f"--choose names indicators without a conflict: {', '.join(unknown)}.",
                "Choose only among the conflicts listed (run with --dry-run to see them).",
            )
        if plan.conflicts:
            print("  conflicts (mine = this assessment, theirs = the matrix):")
            for conflict in plan.conflicts:
                mine: AnswerRecord = conflict.mine
                theirs = conflict.theirs
                print(f"    {conflict.indicator_id}")
                print(
                    f"      mine:   {_describe(fw, mine.value, mine.justification, mine.confidence)} "
                    f"{_who(mine.assessor, mine.updated_at)}"
                )
                print(
                    f"      theirs: {_describe(fw, theirs.value, theirs.justification, theirs.confidence)} "
                    f"{_who(theirs.assessor, theirs.updated_at)}"
                )
        by_time = [c for c in plan.conflicts if c.indicator_id not in choices]
        if args.prefer == "newer" and by_time and not plan.times_proven:
            print(
                f"  warning: {len(by_time)} conflict(s) are settled by the matrix's times, which prove nothing: "
                "the matrix is not signed or was changed after signing, so anyone could have written them "
                "(use --choose ID=mine|theirs to decide yourself)"
            )
        if args.dry_run:
            settled = sum(1 for c in plan.conflicts if c.indicator_id in choices or args.prefer)
            print(
                f"dry run: nothing was changed; would import {len(plan.new)} new answer(s) and settle "
                f"{settled} of {len(plan.conflicts)} conflict(s)"
            )
            return 0
        result = apply_import(doc, plan, prefer=args.prefer, choices=choices)
    kept = f"; kept {result.kept_mine} of mine where the matrix differed" if result.kept_mine else ""
    taken = f"; details from the cover: {', '.join(result.details)}" if result.details else ""
    taken += f"; {result.actions} action(s)" if result.actions else ""
    taken += f"; {result.mission} mission detail(s)" if result.mission else ""
    taken += f"; {result.treaty} treaty-table entr{'y' if result.treaty == 1 else 'ies'}" if result.treaty else ""
    print(f"imported {result.applied} answer(s) into {args.path.name}{kept}{taken}")
    if result.unresolved:
        raise MatrixConflictError(
            f"{len(result.unresolved)} conflict(s) were not imported: {', '.join(result.unresolved)}.",
            "Re-run with --prefer mine|theirs|newer, or --choose ID=mine|theirs for each.",
            tuple(result.unresolved),
        )
    return EXIT_REJECTED if result.rejected else 0


# ------------------------------------------------------------------ merge
def cmd_merge(args: argparse.Namespace) -> int:
    from ..matrix import MatrixConflictError, MergeConflict, merge
    from ..review.merge import ReviewConflict
    from ..safetext import printable
    from ..store.cipher import is_encrypted
    from .protect_commands import new_document_passphrase

    choices: dict[str, str] = {}
    for item in args.choose:
        key, sep, choice = item.partition("=")
        if not sep or not key.strip() or not choice.strip():
            raise InputError(f"--choose {printable(item)}: expected KEY=mine, KEY=theirs or KEY=FILE.")
        choices[key.strip()] = choice.strip()
    creating = args.force or not args.output.exists()
    if creating and not (args.encrypt or args.plain) and any(is_encrypted(Path(p)) for p in args.inputs):
        raise InputError(
            f"Some inputs are encrypted, but {args.output.name} would not be: it would show their content in clear.",
            "Add --encrypt to protect it with a passphrase, or --plain to write it unencrypted anyway.",
        )
    passphrase = new_document_passphrase(args, args.output.name) if creating and args.encrypt else None
    try:
        result = merge(
            args.output,
            args.inputs,
            prefer=args.prefer,
            overwrite=args.force,
            choices=choices,
            passphrase=passphrase,
        )
    except MatrixConflictError as exc:
        fw = exc.framework if isinstance(exc.framework, Framework) else get_framework(BUILTIN_ID)
        print("conflicts (nothing was written):")
        for conflict in exc.conflicts:
            if isinstance(conflict, ReviewConflict):
                print(f"  {conflict.key}")
                for version in conflict.versions:
                    text = " ".join(version.text.split())
                    text = text if len(text) <= 70 else text[:70] + "..."
                    who = _who(version.assessor, version.updated_at)
                    print(f'    {printable(version.source)}: "{printable(text)}" {who}')
                continue
            assert isinstance(conflict, MergeConflict)
            print(f"  {conflict.indicator_id}")
            for name, answer in conflict.answers:
                print(
                    f"    {printable(name)}: {_describe(fw, answer.value, answer.justification, answer.confidence)} "
                    f"{_who(answer.assessor, answer.updated_at)}"
                )
        raise
    for name, row in result.rejected:
        print(f"  rejected {printable(name)} '{printable(row.sheet)}'!{row.cell}: {printable(row.reason)}")
    for warning in result.warnings:
        print(f"  warning: {printable(warning)}")
    duplicates = f", {result.duplicates} duplicate input(s) ignored" if result.duplicates else ""
    settled = f", {result.conflicts_resolved} conflict(s) settled by --prefer {args.prefer}" if args.prefer else ""
    review = f", {result.review_changes} review-record entries" if result.review_changes else ""
    print(
        f"merged {result.inputs} input(s) into {result.path}: {result.answers} answers, "
        f"{result.changed} written{review}{settled}{duplicates}"
    )
    print(f"disagreement report (stages two or more apart, or Unknown beside a stage): {len(result.disagreements)}")
    for item in result.disagreements:
        answers = "; ".join(f"{printable(who)}: {value}" for who, value in item.answers)
        detail = f"spread {item.spread}" if item.reason == "spread" else "Unknown beside a stage"
        print(f"  {item.indicator_id:<9} {answers}  ({detail})")
    return 0
