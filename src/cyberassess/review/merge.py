"""Merging the review record of several assessors' files (part of :func:`cyberassess.matrix.merge`).

Rules, beside those for the answers:

* **Lists are united.** Every team member, institution consulted, document reviewed and action of
  every input is kept; identical entries (every field equal but the number) are kept once. A
  document linked to an evidence file brings that file along (once, by SHA-256).
* **Texts are compared like answers.** For each narrative section and each treaty provision, the
  versions of mine (the output, or else the first input) and of every input that has one are
  compared; when they differ it is a **conflict** keyed ``narrative:D3`` or
  ``treaty:budapest:16``, settled by ``prefer`` (mine, theirs = the last input, newer) or by a
  choice for that key (``mine``, ``theirs`` or an input's file name). Unsettled conflicts stop the
  merge before anything is written. Every input's texts are kept as provenance
  (:meth:`.Assessment.narrative_inputs`), so the text not chosen stays in the file for the lead
  assessor to take instead.
* **The mission record is completed, not overwritten**: a field empty in mine takes the first
  input's value; different values are reported as warnings.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping, Sequence
from dataclasses import astuple, dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from ..errors import InputError
from ..safetext import printable
from ..store.document import Assessment
from ..store.review_records import (
    Action,
    ConsultedEntry,
    MissionRecord,
    Narrative,
    NarrativeInput,
    ReviewedDocument,
    TeamMember,
    TreatyEntry,
)

MINE = "mine"
MISSION_FIELDS = ("mission_type", "start_date", "end_date", "host", "marking", "status", "limitations")


@dataclass(frozen=True)
class ReviewVersion:
    """One input's version of a text: where it comes from, who wrote it, when, and the text."""

    source: str  # the input's file name ("mine" for the output merged into)
    assessor: str
    updated_at: str | None
    text: str


@dataclass(frozen=True)
class ReviewConflict:
    """A narrative section or treaty provision the inputs wrote differently; mine (or the first input) first."""

    key: str  # "narrative:D3", "treaty:budapest:16"
    versions: tuple[ReviewVersion, ...]


@dataclass(frozen=True)
class LinkedFile:
    indicator_id: str
    file_name: str
    sha256: str
    content: bytes


@dataclass
class ReviewSide:
    """The review record of one file taking part in a merge."""

    uuid: str
    name: str
    assessor: str  # the file's first assessor: who its list entries are attributed to
    mission: MissionRecord
    team: list[TeamMember]
    consulted: list[ConsultedEntry]
    documents: list[tuple[ReviewedDocument, LinkedFile | None]]
    narratives: dict[str, Narrative]
    actions: list[Action]
    treaty: dict[str, TreatyEntry]


def read_side(doc: Assessment, name: str) -> ReviewSide:
    """Everything ``doc`` holds of the review record (with the linked evidence files' contents)."""
    evidence = {e.id: e for e in doc.evidence()}
    documents = []
    for document in doc.reviewed_documents():
        linked = evidence.get(document.evidence_id) if document.evidence_id is not None else None
        file = (
            LinkedFile(linked.indicator_id, linked.file_name, linked.sha256, doc.evidence_content(linked.id))
            if linked
            else None
        )
        documents.append((document, file))
    return ReviewSide(
        uuid=doc.info.file_uuid,
        name=name,
        assessor=doc.info.assessors[0] if doc.info.assessors else "",
        mission=doc.mission(),
        team=doc.team(),
        consulted=doc.consulted(),
        documents=documents,
        narratives=doc.narratives(),
        actions=doc.actions(),
        treaty=doc.treaty_entries(),
    )


@dataclass
class ReviewPlan:
    """What a merge writes of the review record, decided before anything is written."""

    mission: dict[str, Any] = field(default_factory=dict)
    # Each entry with the input it comes from (its assessor and UUID go into the history).
    team: list[tuple[TeamMember, ReviewSide]] = field(default_factory=list)
    consulted: list[tuple[ConsultedEntry, ReviewSide]] = field(default_factory=list)
    documents: list[tuple[ReviewedDocument, LinkedFile | None, ReviewSide]] = field(default_factory=list)
    actions: list[tuple[Action, ReviewSide]] = field(default_factory=list)
    narratives: dict[str, tuple[Narrative, ReviewSide]] = field(default_factory=dict)
    treaty: dict[str, tuple[TreatyEntry, ReviewSide]] = field(default_factory=dict)
    mission_from: ReviewSide | None = None
    provenance: list[NarrativeInput] = field(default_factory=list)
    conflicts: list[ReviewConflict] = field(default_factory=list)  # unsettled
    contested: set[str] = field(default_factory=set)  # every key that had a conflict
    resolved: int = 0
    warnings: list[str] = field(default_factory=list)

    @property
    def changes(self) -> int:
        lists = len(self.team) + len(self.consulted) + len(self.documents) + len(self.actions)
        return lists + len(self.narratives) + len(self.treaty) + (1 if self.mission else 0)


def _time(text: str | None) -> datetime:
    if text:
        with contextlib.suppress(ValueError):
            moment = datetime.fromisoformat(text)
            return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return datetime.min.replace(tzinfo=UTC)


def pick(names: Sequence[str], times: Sequence[str | None], prefer: str | None, choice: str | None) -> int | None:
    """Which of the candidates (mine first, then the inputs in order) is kept; ``None``: undecided.

    ``choice`` (for this key) is ``mine``, ``theirs`` or a candidate's file name and wins over ``prefer``.
    """
    if choice is not None:
        if choice == MINE:
            return 0
        if choice == "theirs":
            return len(names) - 1
        if choice in names:
            return names.index(choice)
        raise InputError(
            f"--choose: '{printable(choice)}' is not one of the versions ({', '.join(printable(n) for n in names)}).",
            "Choose mine, theirs or the file name of an input.",
        )
    if prefer == MINE:
        return 0
    if prefer == "theirs":
        return len(names) - 1
    if prefer == "newer":
        latest = max(_time(t) for t in times)
        return next(i for i, t in enumerate(times) if _time(t) == latest)
    return None


def _treaty_text(entry: TreatyEntry) -> str:
    parts = [entry.compliance]
    if entry.national_provision:
        parts.append(f"national provision: {entry.national_provision}")
    if entry.note:
        parts.append(f"note: {entry.note}")
    return "; ".join(parts)


def plan_review(
    mine: ReviewSide | None,
    sides: Sequence[ReviewSide],
    prefer: str | None,
    choices: Mapping[str, str],
) -> ReviewPlan:
    """Decide what the merge writes of the review record (see the module docstring)."""
    plan = ReviewPlan()
    everyone = ([mine] if mine else []) + list(sides)
    if not everyone:
        return plan
    _plan_mission(plan, mine, everyone)
    _plan_lists(plan, mine, sides)
    sections = list(dict.fromkeys(s for side in everyone for s in side.narratives))
    for section in sections:
        candidates = [(side, side.narratives[section]) for side in everyone if section in side.narratives]
        versions = [
            ReviewVersion(MINE if side is mine else side.name, n.assessor, n.updated_at, n.text)
            for side, n in candidates
        ]
        chosen = _settle(plan, f"narrative:{section}", versions, prefer, choices)
        if _writes(chosen, versions, mine is not None and section in mine.narratives):
            side, narrative = candidates[chosen]  # type: ignore[index]
            plan.narratives[section] = (narrative, side)
    for side in everyone:
        for n in side.narratives.values():
            plan.provenance.append(NarrativeInput(side.uuid, side.name, n.assessor, n.section, n.text, n.updated_at))
    provisions = list(dict.fromkeys(p for side in everyone for p in side.treaty))
    for provision in provisions:
        entries = [(side, side.treaty[provision]) for side in everyone if provision in side.treaty]
        versions = [
            ReviewVersion(MINE if side is mine else side.name, side.assessor, e.updated_at, _treaty_text(e))
            for side, e in entries
        ]
        chosen = _settle(plan, f"treaty:{provision}", versions, prefer, choices)
        if _writes(chosen, versions, mine is not None and provision in mine.treaty):
            side, entry = entries[chosen]  # type: ignore[index]
            plan.treaty[provision] = (entry, side)
    return plan


def _writes(chosen: int | None, versions: list[ReviewVersion], mine_has: bool) -> bool:
    """Whether the chosen version is to be written: decided, and mine lacks it or says otherwise."""
    return chosen is not None and (not mine_has or versions[chosen].text != versions[0].text)


def _settle(
    plan: ReviewPlan, key: str, versions: list[ReviewVersion], prefer: str | None, choices: Mapping[str, str]
) -> int | None:
    if len({v.text for v in versions}) == 1:
        return 0
    plan.contested.add(key)
    chosen = pick([v.source for v in versions], [v.updated_at for v in versions], prefer, choices.get(key))
    if chosen is None:
        plan.conflicts.append(ReviewConflict(key, tuple(versions)))
    else:
        plan.resolved += 1
    return chosen


def _empty(value: object) -> bool:
    return value is None or value == ""


def _plan_mission(plan: ReviewPlan, mine: ReviewSide | None, everyone: list[ReviewSide]) -> None:
    base = mine.mission if mine else everyone[0].mission
    merged = {name: getattr(base, name) for name in MISSION_FIELDS}
    for name in MISSION_FIELDS:
        values = [(side.name, getattr(side.mission, name)) for side in everyone]
        filled = [(who, v) for who, v in values if not _empty(v) and not (name == "status" and v == "draft")]
        if _empty(merged[name]) and filled:
            merged[name] = filled[0][1]
        distinct = {str(v) for _, v in filled}
        if len(distinct) > 1:
            kept = printable(merged[name])
            plan.warnings.append(f"the inputs give different mission {name.replace('_', ' ')}s; kept {kept}")
    start, end = merged["start_date"], merged["end_date"]
    if start and end and end < start:
        merged["end_date"] = base.end_date if base.end_date and base.end_date >= start else None
        plan.warnings.append("the inputs' mission dates contradict each other; check the end date")
    target = mine.mission if mine else MissionRecord(None, None, None, "", "", "draft", "")
    plan.mission = {k: v for k, v in merged.items() if getattr(target, k) != v}
    plan.mission_from = next((side for side in everyone if side is not mine), None)


def _plan_lists(plan: ReviewPlan, mine: ReviewSide | None, sides: Sequence[ReviewSide]) -> None:
    def content(record: Any) -> tuple[Any, ...]:
        return astuple(replace(record, id=0, **({"updated_at": ""} if isinstance(record, Action) else {})))

    seen: dict[str, set[tuple[Any, ...]]] = {"team": set(), "consulted": set(), "documents": set(), "actions": set()}
    if mine:
        seen["team"] = {content(m) for m in mine.team}
        seen["consulted"] = {content(c) for c in mine.consulted}
        seen["documents"] = {(*content(d)[:-1], f.sha256 if f else None) for d, f in mine.documents}
        seen["actions"] = {content(a) for a in mine.actions}
    for side in sides:
        for member in side.team:
            if content(member) not in seen["team"]:
                seen["team"].add(content(member))
                plan.team.append((member, side))
        for entry in side.consulted:
            if content(entry) not in seen["consulted"]:
                seen["consulted"].add(content(entry))
                plan.consulted.append((entry, side))
        for document, file in side.documents:
            key = (*content(document)[:-1], file.sha256 if file else None)
            if key not in seen["documents"]:
                seen["documents"].add(key)
                plan.documents.append((document, file, side))
        for action in side.actions:
            if content(action) not in seen["actions"]:
                seen["actions"].add(content(action))
                plan.actions.append((action, side))


def apply_review(doc: Assessment, plan: ReviewPlan) -> int:
    """Write what ``plan`` decided into ``doc``: each edit its own transaction with its history row,
    attributed to the input's assessor, with the source ``merge:<input UUID>`` (as merged answers)."""
    try:
        if plan.mission and plan.mission_from is not None:
            doc.history_source = f"merge:{plan.mission_from.uuid}"
            doc.set_mission(**plan.mission, by=plan.mission_from.assessor)
        for member, side in plan.team:
            by = _origin(doc, side)
            doc.add_team_member(member.name, role=member.role, organisation=member.organisation, by=by)
        for person, side in plan.consulted:
            by = _origin(doc, side)
            doc.add_consulted(
                person.institution, name=person.name, role=person.role, date=person.date, place=person.place, by=by
            )
        for document, file, side in plan.documents:
            by = _origin(doc, side)
            evidence_id = _evidence(doc, file, by)
            doc.add_reviewed_document(
                document.title, issuer=document.issuer, date=document.date, evidence_id=evidence_id, by=by
            )
        for action, side in plan.actions:
            fields = {k: v for k, v in vars(action).items() if k not in ("id", "updated_at")}
            doc.add_action(**fields, by=_origin(doc, side))
        for section, (narrative, side) in plan.narratives.items():
            _origin(doc, side)
            doc.set_narrative(section, narrative.text, by=narrative.assessor)
        for provision, (treaty, side) in plan.treaty.items():
            texts = {"national_provision": treaty.national_provision, "note": treaty.note}
            doc.set_treaty_entry(provision, compliance=treaty.compliance, by=_origin(doc, side), **texts)
    finally:
        doc.history_source = "app"
    records = plan.provenance
    if doc.narrative_inputs():  # the output's own texts are recorded once, at its first merge (as answers)
        records = [r for r in records if r.source_uuid != doc.info.file_uuid]
    doc.record_narrative_inputs(records)
    return plan.changes


def _origin(doc: Assessment, side: ReviewSide) -> str:
    """Attribute the next edits to ``side``: its UUID as history source; returns its assessor."""
    doc.history_source = f"merge:{side.uuid}"
    return side.assessor


def _evidence(doc: Assessment, file: LinkedFile | None, by: str) -> int | None:
    """The output's copy of a document's evidence file (attached now if it is not there yet)."""
    if file is None:
        return None
    for present in doc.evidence(file.indicator_id):
        if present.sha256 == file.sha256:
            return present.id
    return doc.add_evidence(file.indicator_id, data=file.content, name=file.file_name, assessor=by).id
