"""Undoable edits of the review record: mission, team, consulted, documents, narratives, plan, treaty table.

Each edit is made through the core (one transaction with its history row), then pushed on the
session's undo stack as a :class:`ReviewCommand` that knows how to revert and re-apply it; as for
answers, an edit that fails is shown and leaves nothing on the stack. Rows that are removed and
put back by undo get a new id in the file: the command follows it, so a later redo removes the
right row. Pages listen to :attr:`ReviewEdits.changed` (the kind of record that changed) to refresh.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from .qt import QObject, QUndoCommand, Signal

if TYPE_CHECKING:
    from ..store import Assessment
    from .session import DocumentSession

NARRATIVE_EDIT_ID = 1002

# kinds of records (the argument of ``changed``)
MISSION, TEAM, CONSULTED, DOCUMENTS, NARRATIVE, PLAN, TREATY, INSTRUMENTS = (
    "mission",
    "team",
    "consulted",
    "documents",
    "narrative",
    "plan",
    "treaty",
    "instruments",  # the instruments that apply to the country
)

# per kind of list: (list, add, update, remove) method names of the core, and the fields of a row
_ROWS = {
    TEAM: ("add_team_member", "update_team_member", "remove_team_member", ("name", "role", "organisation")),
    CONSULTED: (
        "add_consulted",
        "update_consulted",
        "remove_consulted",
        ("institution", "name", "role", "date", "place"),
    ),
    DOCUMENTS: (
        "add_reviewed_document",
        "update_reviewed_document",
        "remove_reviewed_document",
        ("title", "issuer", "date", "evidence_id"),
    ),
    PLAN: (
        "add_action",
        "update_action",
        "remove_action",
        (
            "title",
            "indicator_ids",
            "owner",
            "partners",
            "horizon",
            "effort",
            "cost_amount",
            "cost_currency",
            "priority",
            "status",
            "notes",
        ),
    ),
}


class ReviewCommand(QUndoCommand):
    """One applied edit: ``revert`` undoes it and ``apply`` makes it again (each returns success)."""

    def __init__(
        self,
        text: str,
        apply: Callable[[], bool],
        revert: Callable[[], bool],
        *,
        merge_key: tuple[str, int] | None = None,
    ) -> None:
        super().__init__(text)
        self.apply, self.revert, self.merge_key = apply, revert, merge_key
        self._pushed_applied = True

    def id(self) -> int:
        return NARRATIVE_EDIT_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ReviewCommand) or other.merge_key is None or other.merge_key != self.merge_key:
            return False
        self.apply = other.apply  # keeps this command's revert (the text before the first keystroke)
        return True

    def redo(self) -> None:
        if self._pushed_applied:
            self._pushed_applied = False
            return
        if not self.apply():
            self.setObsolete(True)

    def undo(self) -> None:
        if not self.revert():
            self.setObsolete(True)


class ReviewEdits(QObject):
    """The review record's edits for one session (strings in the "ReviewEdits" context)."""

    changed = Signal(str)  # the kind of record that changed

    def __init__(self, session: DocumentSession) -> None:
        super().__init__(session)
        self.session = session

    @property
    def doc(self) -> Assessment:
        return self.session.doc

    # ----------------------------------------------------------------- plumbing
    def _call(self, kind: str, doing: str, work: Callable[[], Any]) -> tuple[bool, Any]:
        """Run one core edit; True and its result once it is on disk, False after showing the error."""
        if self.session.read_only:
            return False, None
        self.session.note_pending()
        try:
            result = work()
        except Exception as exc:
            self.session.report_failure(exc, doing)
            return False, None
        self.session.note_saved()
        self.changed.emit(kind)
        return True, result

    def _push(self, kind: str, text: str, do: Callable[[], Any], undo: Callable[[], Any], **merge: Any) -> bool:
        ok, _ = self._call(kind, text, do)
        if ok:
            self.session.undo_stack.push(
                ReviewCommand(
                    text,
                    lambda: self._call(kind, text, do)[0],
                    lambda: self._call(kind, text, undo)[0],
                    merge_key=merge.get("merge_key"),
                )
            )
        return ok

    # ----------------------------------------------------------------- mission record
    def set_mission(self, **changes: Any) -> bool:
        before = asdict(self.doc.mission())
        old = {name: before[name] for name in changes}
        if old == changes:
            return True
        return self._push(
            MISSION,
            self.tr("Edit the mission record"),
            lambda: self.doc.set_mission(**changes, by=self.session.assessor),
            lambda: self.doc.set_mission(**old, by=self.session.assessor),
        )

    # ----------------------------------------------------------------- instruments that apply
    def set_instruments(self, ids: tuple[str, ...]) -> bool:
        """Record which instruments apply to the country (undoable); pages showing references refresh."""
        old = self.doc.instruments
        if tuple(ids) == old:
            return True
        return self._push(
            INSTRUMENTS,
            self.tr("Change the instruments that apply"),
            lambda: self.doc.set_instruments(ids, by=self.session.assessor),
            lambda: self.doc.set_instruments(old, by=self.session.assessor),
        )

    # ----------------------------------------------------------------- rows: team, consulted, documents, plan
    def add_row(self, kind: str, text: str, **fields: Any) -> Any | None:
        """Add a row (team member, person consulted, document, action); returns it, or None on failure."""
        add, _update, remove, _names = _ROWS[kind]
        holder: dict[str, Any] = {}

        def do() -> Any:
            first, *rest = _ROWS[kind][3]
            values = {name: fields[name] for name in rest if name in fields}
            holder["row"] = getattr(self.doc, add)(fields.get(first, ""), **values, by=self.session.assessor)
            return holder["row"]

        def undo() -> None:
            getattr(self.doc, remove)(holder["row"].id, by=self.session.assessor)

        return holder.get("row") if self._push(kind, text, do, undo) else None

    def update_row(self, kind: str, row: Any, **changes: Any) -> bool:
        _add, update, _remove, _names = _ROWS[kind]
        old = {name: getattr(row, name) for name in changes}
        if old == changes:
            return True
        holder = {"id": row.id}
        return self._push(
            kind,
            self.tr("Edit {what}").format(what=_label(row)),
            lambda: getattr(self.doc, update)(holder["id"], **changes, by=self.session.assessor),
            lambda: getattr(self.doc, update)(holder["id"], **old, by=self.session.assessor),
        )

    def remove_row(self, kind: str, row: Any) -> bool:
        add, _update, remove, names = _ROWS[kind]
        holder = {"id": row.id}
        first, *rest = names

        def do() -> None:
            getattr(self.doc, remove)(holder["id"], by=self.session.assessor)

        def undo() -> None:
            values = {name: getattr(row, name) for name in rest}
            holder["id"] = getattr(self.doc, add)(getattr(row, first), **values, by=self.session.assessor).id

        return self._push(kind, self.tr("Remove {what}").format(what=_label(row)), do, undo)

    # ----------------------------------------------------------------- narratives
    def set_narrative(self, section: str, text: str, *, merge_key: int | None = None) -> bool:
        old = self.doc.narrative(section)
        if old == text:
            return True
        return self._push(
            NARRATIVE,
            self.tr("Edit the text of {section}").format(section=section),
            lambda: self.doc.set_narrative(section, text, by=self.session.assessor),
            lambda: self.doc.set_narrative(section, old, by=self.session.assessor),
            merge_key=(section, merge_key) if merge_key is not None else None,
        )

    # ----------------------------------------------------------------- plan from priorities
    def add_priorities(self, top: int | None = None) -> int:
        """Actions for the priorities not yet in the plan (all, or the first ``top``); returns how many."""
        holder: dict[str, list[Any]] = {"rows": []}
        text = self.tr("Add priorities to the action plan")

        def do() -> None:
            holder["rows"] = self.doc.actions_from_priorities(
                top, by=self.session.assessor, language=self.session.language
            )

        ok, _ = self._call(PLAN, text, do)
        if not ok or not holder["rows"]:
            return 0
        added = list(holder["rows"])

        def undo() -> None:
            for row in holder["rows"]:
                self.doc.remove_action(row.id, by=self.session.assessor)

        def redo() -> None:
            holder["rows"] = [
                self.doc.add_action(
                    r.title,
                    **{name: getattr(r, name) for name in _ROWS[PLAN][3][1:]},
                    by=self.session.assessor,
                )
                for r in added
            ]

        self.session.undo_stack.push(
            ReviewCommand(text, lambda: self._call(PLAN, text, redo)[0], lambda: self._call(PLAN, text, undo)[0])
        )
        return len(added)

    def add_indicator_action(self, indicator_id: str) -> Any | None:
        """An action from one indicator's recommendations: the next step from its stage, then the rest to the target."""
        fw, answer = self.session.framework, self.session.answer(indicator_id)
        level = answer.level if answer is not None and answer.level is not None else 1
        target = max(self.session.info.target_stage, level + 1)
        indicator = fw.indicator(indicator_id)
        steps = [
            self.session.text(indicator.recommendations[s])
            for s in range(level, min(target, 5))
            if s in indicator.recommendations
        ]
        if not steps:
            return None
        planned: dict[str, Any] = {}
        plan = indicator.recommendation_plan.get(level)
        if plan is not None:  # the framework says who acts, when and at what effort
            owner = fw.actor_name(plan.actor, self.session.language)
            planned = {"owner": owner, "horizon": plan.horizon, "effort": plan.effort}
        return self.add_row(
            PLAN,
            self.tr("Add an action for {id}").format(id=indicator_id),
            title=steps[0],
            indicator_ids=(indicator_id,),
            notes="\n".join(f"- {step}" for step in steps[1:]),
            **planned,
        )

    # ----------------------------------------------------------------- treaty table
    def set_treaty(self, provision: str, **changes: Any) -> bool:
        entry = self.doc.treaty_entries().get(provision)
        if entry is None:
            old: dict[str, Any] = {"compliance": "not-assessed", "national_provision": "", "note": ""}
        else:
            old = {"compliance": entry.compliance, "national_provision": entry.national_provision, "note": entry.note}
        after = old | changes
        if after == old:
            return True
        return self._push(
            TREATY,
            self.tr("Edit the treaty table ({provision})").format(provision=provision),
            lambda: self.doc.set_treaty_entry(provision, **after, by=self.session.assessor),
            lambda: self.doc.set_treaty_entry(provision, **old, by=self.session.assessor),
        )


def _label(row: Any) -> str:
    for name in ("title", "name", "institution"):
        value = getattr(row, name, "")
        if value:
            return str(value)[:60]
    return str(getattr(row, "id", ""))
