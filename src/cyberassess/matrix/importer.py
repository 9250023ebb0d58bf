"""Import a matrix into an assessment in two steps: plan (read and compare), then apply (write).

:func:`plan_import` reads and checks the workbook and compares each row with the assessment; it
changes nothing. Every row then falls into one of:

* **new**: the assessment has no answer for the indicator (no stage and no note) and the matrix
  has one; applying it never overwrites anything;
* **unchanged**: both hold the same stage, justification and confidence (who and when are not
  compared);
* **conflict**: both hold an answer (a stage, N/A, Unknown, or a note) and they differ in stage,
  justification or confidence. The assessment's side is **mine**, the matrix's is **theirs**;
* **rejected**: the row could not be read (reported with its sheet, cell and reason).

An empty row in a matrix never clears an answer of the assessment.

**Details typed on a blank's cover** (country, mission, assessors) are compared the same way
(:class:`DetailChange`): a detail the assessment does not have yet is filled in; one that differs
is a conflict, shown with both sides, settled by ``choices["cover:<field>"]`` or ``prefer``
(``newer`` keeps mine: the cover says nothing about when it was typed); assessors typed on the
cover are added to the assessment's, never removed. **The instruments** that apply, as recorded in
an exported assessment's metadata, are compared the same way (``cover:instruments``, the ids
comma-separated): different ones are a conflict; taken, they replace the assessment's choice.

**The Treaty table sheet** is compared entry by entry (:class:`TreatyChange`): a provision the
assessment has not assessed is filled in; one whose national provision, compliance or note differs
is a conflict, settled by ``choices["treaty:<provision>"]`` or ``prefer`` (``newer`` keeps mine).
**The Action plan sheet** likewise (:class:`ActionChange`): an action is matched by its number in
a matrix of this assessment, else by its title; a new one is added, one that differs is a
conflict ``action:<number>``. **The Mission sheet**: each field (``mission:end_date``) and each
team member (by name), person consulted (by institution and name) and document reviewed (by title)
is new or a conflict (``team:<id>``, ``consulted:<id>``, ``documents:<id>``).

:func:`apply_import` writes the new answers and, for each conflict, the side chosen by
``choices[indicator_id]`` or else by ``prefer`` (``mine``, ``theirs``, or ``newer``: the side
changed last, mine when equal or when the matrix does not say when its answer was given). A
conflict with neither stays as mine and is reported as unresolved. Each written answer keeps the
matrix's assessor and time, and its history entry has the source ``import:<file UUID>``.

**Which times are believed.** The times in a matrix are what the file says. Only a matrix whose
signature matches (:attr:`ImportPlan.signature`) proves them; in an unsigned matrix, or one changed
after signing, anyone could have written them. ``newer`` still compares them as written (a blank
matrix filled in by hand is never signed), and :attr:`ImportPlan.times_proven` tells the caller to
say so (the command line prints a warning, the application shows the signature status). A time
later than now is never believed, signed or not: that answer counts as undated (so mine is kept).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from ..errors import InputError, ReadOnlyError
from ..store.document import Assessment
from ..store.records import AnswerRecord, AnswerValue
from ..store.review_records import Action, TreatyEntry
from .reader import HashStatus, MatrixRow, RejectedRow, TreatyRow, read_matrix
from .sheets.actions import ActionRow
from .sheets.mission import MissionRow
from .signature import UNSIGNED, SignatureCheck

Prefer = Literal["mine", "theirs", "newer"]
PREFER_CHOICES: tuple[Prefer, ...] = ("mine", "theirs", "newer")

__all__ = [
    "DETAIL_FIELDS",
    "PREFER_CHOICES",
    "ActionChange",
    "Conflict",
    "DetailChange",
    "ImportPlan",
    "ImportResult",
    "IncomingAnswer",
    "MissionChange",
    "Prefer",
    "RejectedRow",
    "TreatyChange",
    "apply_import",
    "plan_import",
]


@dataclass(frozen=True)
class IncomingAnswer:
    """An answer coming from a matrix (or, in a merge, from another assessment)."""

    indicator_id: str
    value: AnswerValue | None
    justification: str
    confidence: str | None
    assessor: str
    updated_at: str | None

    @classmethod
    def from_record(cls, record: AnswerRecord) -> IncomingAnswer:
        return cls(
            record.indicator_id,
            record.value,
            record.justification,
            record.confidence,
            record.assessor,
            record.updated_at,
        )

    @classmethod
    def from_row(cls, row: MatrixRow) -> IncomingAnswer:
        return cls(row.indicator_id, row.value, row.justification, row.confidence, row.assessor, row.updated_at)

    @property
    def content(self) -> tuple[AnswerValue | None, str, str | None]:
        """What is compared: the stage, the justification and the confidence."""
        return self.value, self.justification, self.confidence

    @property
    def empty(self) -> bool:
        return self.content == (None, "", None)


@dataclass(frozen=True)
class Conflict:
    """An indicator answered differently in the assessment (mine) and in the matrix (theirs)."""

    indicator_id: str
    mine: AnswerRecord
    theirs: IncomingAnswer


DETAIL_FIELDS = ("country", "mission", "assessors")


@dataclass(frozen=True)
class MissionChange:
    """A mission field, or a team / consulted / documents entry, new (``mine`` None) or differing."""

    block: str  # mission, team, consulted, documents
    theirs: dict[str, Any]  # for "mission": one field
    mine: dict[str, Any] | None
    mine_id: int | None = None  # the entry's id in the assessment (tables)

    @property
    def key(self) -> str:
        """The key of this conflict in ``choices``: ``mission:end_date``, ``team:3``."""
        if self.block == "mission":
            return f"mission:{next(iter(self.theirs))}"
        return f"{self.block}:{self.mine_id if self.mine_id is not None else 'new'}"

    @property
    def conflict(self) -> bool:
        return self.mine is not None


_MATCH = {"team": ("name",), "consulted": ("institution", "name"), "documents": ("title",)}


def _mission(doc: Assessment, rows: tuple[MissionRow, ...]) -> tuple[MissionChange, ...]:
    changes: list[MissionChange] = []
    record = doc.mission()
    existing: dict[str, list[Any]] = {
        "team": list(doc.team()),
        "consulted": list(doc.consulted()),
        "documents": list(doc.reviewed_documents()),
    }
    for row in rows:
        if row.block == "mission":
            for field, value in row.fields.items():
                mine = getattr(record, field)
                if value == mine:
                    continue
                empty = mine in (None, "") or (field == "status" and mine == "draft")
                changes.append(MissionChange("mission", {field: value}, None if empty else {field: mine}))
            continue

        def match(entry: Any, fields: dict[str, Any] = row.fields, block: str = row.block) -> bool:
            return all(
                " ".join(str(getattr(entry, k) or "").split()).casefold()
                == " ".join(str(fields[k] or "").split()).casefold()
                for k in _MATCH[block]
            )

        entry = next((e for e in existing[row.block] if match(e)), None)
        if entry is None:
            changes.append(MissionChange(row.block, row.fields, None))
        else:
            mine = {k: getattr(entry, k) for k in row.fields}
            if mine != row.fields:
                changes.append(MissionChange(row.block, row.fields, mine, entry.id))
    return tuple(changes)


def _apply_mission(
    doc: Assessment,
    plan: ImportPlan,
    prefer: Prefer | None,
    choices: Mapping[str, str],
    unresolved: list[str],
) -> int:
    """Write new mission fields and entries, and the conflicts settled as theirs; returns how many."""
    by = plan.filled_by or None
    written = 0
    add: dict[str, Any] = {
        "team": doc.add_team_member,
        "consulted": doc.add_consulted,
        "documents": doc.add_reviewed_document,
    }
    update: dict[str, Any] = {
        "team": doc.update_team_member,
        "consulted": doc.update_consulted,
        "documents": doc.update_reviewed_document,
    }
    for change in plan.mission:
        if change.conflict:
            choice = choices.get(change.key) or (None if prefer is None else "mine" if prefer == "newer" else prefer)
            if choice is None:
                unresolved.append(change.key)
                continue
            if choice != "theirs":
                continue
        if change.block == "mission":
            doc.set_mission(by=by, **change.theirs)
        elif change.mine_id is not None:
            update[change.block](change.mine_id, by=by, **change.theirs)
        else:
            first, *_ = change.theirs
            add[change.block](change.theirs[first], by=by, **{k: v for k, v in change.theirs.items() if k != first})
        written += 1
    return written


@dataclass(frozen=True)
class ActionChange:
    """An action of the matrix: new (``mine`` is None) or a conflict with the assessment's action."""

    theirs: ActionRow
    mine: Action | None

    @property
    def key(self) -> str:
        """The key of this conflict in ``choices``: ``action:12``."""
        return f"action:{self.mine.id if self.mine else 'new'}"

    @property
    def conflict(self) -> bool:
        return self.mine is not None


@dataclass(frozen=True)
class TreatyChange:
    """A treaty-table row of the matrix: new (``mine`` is None) or a conflict with the assessment's entry."""

    theirs: TreatyRow
    mine: TreatyEntry | None

    @property
    def key(self) -> str:
        """The key of this conflict in ``choices``: ``treaty:budapest:16``."""
        return f"treaty:{self.theirs.provision}"

    @property
    def conflict(self) -> bool:
        return self.mine is not None


@dataclass(frozen=True)
class DetailChange:
    """A detail typed on a blank's cover: new (``mine`` empty) or a conflict with the assessment's."""

    field: str  # country, mission, assessors or instruments (ids, comma-separated)
    mine: str
    theirs: str

    @property
    def key(self) -> str:
        """The key of this conflict in ``choices``: ``cover:country``."""
        return f"cover:{self.field}"

    @property
    def conflict(self) -> bool:
        return bool(self.mine)


@dataclass(frozen=True)
class ImportPlan:
    """What importing a matrix would do; nothing has been changed yet."""

    source: Path
    hash_status: HashStatus
    new: tuple[IncomingAnswer, ...]
    conflicts: tuple[Conflict, ...]
    unchanged: int
    rejected: tuple[RejectedRow, ...]
    kind: Literal["assessment", "template"] = "assessment"
    file_uuid: str | None = None  # of the exported assessment or blank template
    exported_at: str | None = None
    filled_by: str = ""
    assessment_uuid: str = ""  # the assessment this plan was made for
    signature: SignatureCheck = UNSIGNED
    signer_known: bool = False  # the signing key also signed earlier exports of this assessment
    details: tuple[DetailChange, ...] = ()  # details typed on a blank's cover that the assessment lacks or differ
    treaty: tuple[TreatyChange, ...] = ()  # treaty-table rows that are new or differ
    actions: tuple[ActionChange, ...] = ()  # actions that are new or differ
    mission: tuple[MissionChange, ...] = ()  # mission fields and entries that are new or differ

    @property
    def times_proven(self) -> bool:
        """True when the matrix's assessors and times are proven by a matching signature."""
        return self.signature.signed

    @property
    def provenance(self) -> str:
        """The history source of imported answers: ``import:<file UUID or file name>``."""
        return f"import:{self.file_uuid or self.source.name}"


@dataclass(frozen=True)
class ImportResult:
    applied: int
    kept_mine: int
    unresolved: tuple[str, ...]
    rejected: int
    details: tuple[str, ...] = ()  # the details taken from the cover
    treaty: int = 0  # treaty-table entries written
    actions: int = 0  # actions added or updated
    mission: int = 0  # mission fields and entries written


def _details(
    doc: Assessment, typed: tuple[tuple[str, str], ...], instruments: tuple[str, ...] | None = None
) -> tuple[DetailChange, ...]:
    info = doc.info
    changes = []
    if instruments is not None and instruments != doc.instruments:
        changes.append(DetailChange("instruments", ", ".join(doc.instruments), ", ".join(instruments)))
    for field, theirs in typed:
        if field == "assessors":
            names = [n.strip() for n in theirs.replace("\n", ";").split(";") if n.strip()]
            missing = [n for n in names if n.casefold() not in {a.casefold() for a in info.assessors}]
            if missing:
                changes.append(DetailChange(field, "", "; ".join(missing)))
            continue
        mine = info.country if field == "country" else info.mission
        if " ".join(theirs.split()) != " ".join(mine.split()):
            changes.append(DetailChange(field, mine, theirs))
    return tuple(changes)


def content_of(record: AnswerRecord) -> tuple[AnswerValue | None, str, str | None]:
    return record.value, record.justification, record.confidence


def record_empty(record: AnswerRecord | None) -> bool:
    return record is None or content_of(record) == (None, "", None)


def plan_import(doc: Assessment, matrix: Path) -> ImportPlan:
    """Read and check ``matrix`` against ``doc`` and sort its rows; changes nothing.

    Raises :class:`~cyberassess.matrix.errors.MatrixError` when the workbook cannot be imported at
    all (unsafe, damaged, another framework or version, sheets or columns changed).
    """
    content = read_matrix(Path(matrix), doc.framework)
    mine = doc.answers()
    new: list[IncomingAnswer] = []
    conflicts: list[Conflict] = []
    unchanged = 0
    for row in content.rows:
        theirs = IncomingAnswer.from_row(row)
        current = mine.get(row.indicator_id)
        if current is None or record_empty(current):
            new.append(theirs)
        elif content_of(current) == theirs.content:
            unchanged += 1
        else:
            conflicts.append(Conflict(row.indicator_id, current, theirs))
    check = content.signature
    known = check.signed and any(r.certificate_sha256 == check.certificate_sha256 for r in doc.reports())
    return ImportPlan(
        source=content.source,
        hash_status=content.hash_status,
        new=tuple(new),
        conflicts=tuple(conflicts),
        unchanged=unchanged,
        rejected=content.rejected,
        kind=content.kind,
        file_uuid=content.file_uuid,
        exported_at=content.exported_at,
        filled_by=content.filled_by,
        assessment_uuid=doc.info.file_uuid,
        signature=check,
        signer_known=known,
        details=_details(doc, content.typed_details, content.instruments),
        treaty=_treaty(doc, content.treaty),
        actions=_actions(doc, content.actions, same_file=content.file_uuid == doc.info.file_uuid),
        mission=_mission(doc, content.mission_rows),
    )


def _actions(doc: Assessment, rows: tuple[ActionRow, ...], *, same_file: bool) -> tuple[ActionChange, ...]:
    """Match each row with an action: by number in a matrix of this assessment, else by title."""
    mine = doc.actions()
    by_id = {a.id: a for a in mine} if same_file else {}
    by_title = {" ".join(a.title.split()).casefold(): a for a in mine}
    changes = []
    for row in rows:
        action = by_id.get(row.action_id) if row.action_id is not None else None
        action = action or by_title.get(" ".join(str(row.fields["title"]).split()).casefold())
        if action is None:
            changes.append(ActionChange(row, None))
        elif not row.same_as(action):
            changes.append(ActionChange(row, action))
    return tuple(changes)


def _treaty(doc: Assessment, rows: tuple[TreatyRow, ...]) -> tuple[TreatyChange, ...]:
    mine = doc.treaty_entries()
    changes = []
    for row in rows:
        entry = mine.get(row.provision)
        if entry is None or entry == _empty_entry(entry):
            changes.append(TreatyChange(row, None))
        elif (entry.national_provision, entry.compliance, entry.note) != (
            row.national_provision,
            row.compliance,
            row.note,
        ):
            changes.append(TreatyChange(row, entry))
    return tuple(changes)


def _empty_entry(entry: TreatyEntry) -> TreatyEntry:
    return TreatyEntry(entry.provision, "", "not-assessed", "", entry.updated_at)


def _time(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def believable_time(text: str | None, now: datetime | None = None) -> datetime | None:
    """The time ``text`` names, or None when it names none or a time later than now (never believed)."""
    moment = _time(text)
    if moment is None or moment > (now or datetime.now(UTC)):
        return None
    return moment


def newer_side(mine_at: str | None, theirs_at: str | None) -> Literal["mine", "theirs"]:
    """``theirs`` only when their answer is known to be strictly newer than mine (a future time is unknown)."""
    mine_time, theirs_time = _time(mine_at), believable_time(theirs_at)
    if theirs_time is None:
        return "mine"
    if mine_time is None:
        return "theirs"
    return "theirs" if theirs_time > mine_time else "mine"


def check_prefer(prefer: str | None) -> None:
    if prefer is not None and prefer not in PREFER_CHOICES:
        raise InputError(f"'{prefer}' is not a way to resolve conflicts.", "Use mine, theirs or newer.")


def apply_import(
    doc: Assessment,
    plan: ImportPlan,
    *,
    prefer: Prefer | None = None,
    choices: Mapping[str, Literal["mine", "theirs"]] | None = None,
) -> ImportResult:
    """Write the plan's new answers and the chosen side of each conflict (see the module docstring).

    An answer that changed in the assessment since the plan was made is not overwritten; it is
    reported as unresolved (make a new plan).
    """
    check_prefer(prefer)
    choices = dict(choices or {})
    for indicator_id, given in choices.items():
        if given not in ("mine", "theirs"):
            raise InputError(f"'{given}' for {indicator_id} is not a choice.", "Choose mine or theirs.")
    if doc.read_only:
        raise ReadOnlyError(
            f"Cannot import into {doc.path.name}: {doc.read_only_reason}.",
            "Close it in the other window, or import into a writable copy (Save As).",
        )
    if plan.assessment_uuid and plan.assessment_uuid != doc.info.file_uuid:
        raise InputError(
            f"This import plan was made for another assessment than {doc.path.name}.",
            "Check the matrix again against this assessment.",
        )
    current = doc.answers()
    applied = kept = 0
    unresolved: list[str] = []
    for theirs in plan.new:
        now = current.get(theirs.indicator_id)
        if not record_empty(now):
            assert now is not None
            if content_of(now) != theirs.content:
                unresolved.append(theirs.indicator_id)  # answered meanwhile: never overwrite silently
            continue
        write_answer(doc, theirs, plan.provenance)
        applied += 1
    for conflict in plan.conflicts:
        choice: Literal["mine", "theirs"] | None = choices.get(conflict.indicator_id)
        if choice is None and prefer is not None:
            choice = newer_side(conflict.mine.updated_at, conflict.theirs.updated_at) if prefer == "newer" else prefer
        now = current.get(conflict.indicator_id)
        if choice is None or now is None or now.revision != conflict.mine.revision:
            unresolved.append(conflict.indicator_id)
        elif choice == "theirs":
            write_answer(doc, conflict.theirs, plan.provenance)
            applied += 1
        else:
            kept += 1
    taken = _apply_details(doc, plan, prefer, choices, unresolved)
    treaty = _apply_treaty(doc, plan, prefer, choices, unresolved)
    actions = _apply_actions(doc, plan, prefer, choices, unresolved)
    mission = _apply_mission(doc, plan, prefer, choices, unresolved)
    return ImportResult(
        applied=applied,
        kept_mine=kept,
        unresolved=tuple(unresolved),
        rejected=len(plan.rejected),
        details=taken,
        treaty=treaty,
        actions=actions,
        mission=mission,
    )


def _apply_actions(
    doc: Assessment,
    plan: ImportPlan,
    prefer: Prefer | None,
    choices: Mapping[str, str],
    unresolved: list[str],
) -> int:
    """Add the new actions and update those settled as theirs; returns how many were written."""
    current = {a.id: a for a in doc.actions()}
    written = 0
    by = plan.filled_by or None
    for change in plan.actions:
        if change.mine is None:
            doc.add_action(by=by, **change.theirs.fields)
            written += 1
            continue
        choice = choices.get(change.key) or (None if prefer is None else "mine" if prefer == "newer" else prefer)
        if choice is None or current.get(change.mine.id) != change.mine:
            unresolved.append(change.key)
        elif choice == "theirs":
            doc.update_action(change.mine.id, by=by, **change.theirs.fields)
            written += 1
    return written


def _apply_treaty(
    doc: Assessment,
    plan: ImportPlan,
    prefer: Prefer | None,
    choices: Mapping[str, str],
    unresolved: list[str],
) -> int:
    """Write the new treaty entries and the conflicts settled as theirs; returns how many were written."""
    current = doc.treaty_entries()
    written = 0
    for change in plan.treaty:
        now = current.get(change.theirs.provision)
        if change.conflict:
            choice = choices.get(change.key) or (None if prefer is None else "mine" if prefer == "newer" else prefer)
            if choice is None or now != change.mine:
                unresolved.append(change.key)
                continue
            if choice != "theirs":
                continue
        elif now is not None and now != _empty_entry(now):
            unresolved.append(change.key)  # filled in meanwhile: never overwritten silently
            continue
        row = change.theirs
        doc.set_treaty_entry(
            row.provision,
            compliance=row.compliance,
            national_provision=row.national_provision,
            note=row.note,
            by=plan.filled_by or None,
        )
        written += 1
    return written


def _apply_details(
    doc: Assessment,
    plan: ImportPlan,
    prefer: Prefer | None,
    choices: Mapping[str, str],
    unresolved: list[str],
) -> tuple[str, ...]:
    """Fill in the details typed on the cover (new ones, and conflicts settled as theirs)."""
    info = doc.info
    taken: list[str] = []
    for change in plan.details:
        choice = choices.get(change.key) or (None if prefer is None else "mine" if prefer == "newer" else prefer)
        if change.conflict:
            current = {"country": info.country, "instruments": ", ".join(doc.instruments)}.get(
                change.field, info.mission
            )
            if choice is None or current != change.mine:
                unresolved.append(change.key)
                continue
            if choice != "theirs":
                continue
        if change.field == "instruments":
            doc.set_instruments(
                change.theirs.split(", ") if change.theirs else (), by=plan.filled_by or None, source=plan.provenance
            )
        elif change.field == "country":
            doc.update_info(country=change.theirs, by=plan.filled_by or None)
        elif change.field == "mission":
            doc.update_info(mission=change.theirs, by=plan.filled_by or None)
        else:
            added = [n for n in change.theirs.split("; ") if n]
            doc.update_info(assessors=[*doc.info.assessors, *added], by=plan.filled_by or None)
        taken.append(change.field)
    return tuple(taken)


def write_answer(doc: Assessment, answer: IncomingAnswer, source: str) -> AnswerRecord:
    return doc.set_answer(
        answer.indicator_id,
        answer.value,
        justification=answer.justification,
        confidence=answer.confidence,
        assessor=answer.assessor,
        source=source,
        updated_at=answer.updated_at,
    )
