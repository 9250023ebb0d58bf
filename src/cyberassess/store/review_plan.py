"""The narratives, the action plan and the treaty-compliance table of an assessment."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import asdict
from typing import Any

from sqlalchemy import bindparam

from ..errors import InputError
from ..framework.model import tr
from . import review_checks as check
from .migrations import NARRATIVE_INPUT_DDL
from .records import KEEP, _Keep, text_to_value, utc_now
from .review_base import ReviewBase, unknown_fields
from .review_records import (
    ACTION_STATUSES,
    COMPLIANCE,
    EFFORTS,
    HORIZONS,
    Action,
    Narrative,
    NarrativeInput,
    TreatyEntry,
    action_from_row,
    narrative_from_row,
    narrative_sections,
    treaty_from_row,
)
from .review_schema import ActionRow, NarrativeInputRow, NarrativeRow, TreatyEntryRow

_NARRATIVE = NarrativeRow.__table__  # type: ignore[attr-defined]
_NARRATIVE_INPUT = NarrativeInputRow.__table__  # type: ignore[attr-defined]
_ACTION = ActionRow.__table__  # type: ignore[attr-defined]
_TREATY = TreatyEntryRow.__table__  # type: ignore[attr-defined]
_SELECT_ACTION = _ACTION.select().where(_ACTION.c.id == bindparam("key"))

_INPUT_FIELDS = ("source_uuid", "source_name", "assessor", "section", "text", "updated_at")
ACTION_FIELDS = (
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
)


class PlanMixin(ReviewBase):
    """Narratives (context, summary, acknowledgements, findings per dimension), actions, treaty entries."""

    # ----------------------------------------------------------------- narratives
    def narrative_sections(self) -> tuple[str, ...]:
        """``context``, ``summary``, ``acknowledgements``, then the framework's dimension ids."""
        return narrative_sections([d.id for d in self.framework.dimensions])

    def narratives(self) -> dict[str, Narrative]:
        """The sections that have text, in section order."""
        with self._transaction("read the narratives", write=False) as conn:
            found = {row["section"]: narrative_from_row(row) for row in conn.execute(_NARRATIVE.select()).mappings()}
        order = {section: i for i, section in enumerate(self.narrative_sections())}
        return dict(sorted(found.items(), key=lambda item: (order.get(item[0], len(order)), item[0])))

    def narrative(self, section: str) -> str:
        """The text of a section ("" when none)."""
        self._check_section(section)
        with self._transaction("read the narrative", write=False) as conn:
            row = conn.execute(_NARRATIVE.select().where(_NARRATIVE.c.section == section)).mappings().first()
            return str(row["text"]) if row else ""

    def set_narrative(self, section: str, text: str, *, by: str | None = None) -> Narrative:
        """Save a section's text (the safe Markdown subset; empty text removes it); history row "narrative"."""
        self._check_section(section)
        label = "findings of " + section if section.startswith("D") else section + " text"
        cleaned = check.narrative_text(label, text)
        who, now = self._default_assessor(by), utc_now()
        with self._transaction("save the narrative", write=True) as conn:
            where = _NARRATIVE.c.section == section
            row = conn.execute(_NARRATIVE.select().where(where)).mappings().first()
            old = narrative_from_row(row) if row else None
            new = Narrative(section, cleaned, who, now)
            if (old.text if old else "") == cleaned:
                return old or new
            if not cleaned:
                conn.execute(_NARRATIVE.delete().where(where))
            elif row is None:
                conn.execute(_NARRATIVE.insert().values(section=section, text=cleaned, assessor=who, updated_at=now))
            else:
                conn.execute(_NARRATIVE.update().where(where).values(text=cleaned, assessor=who, updated_at=now))
            self._write(conn, "narrative", old, new if cleaned else Narrative(section, "", who, now), by, now)
        return new

    def record_narrative_inputs(self, records: Iterable[NarrativeInput]) -> int:
        """Keep each merged assessor's section texts as provenance; returns how many were new."""
        added = 0
        with self._transaction("record the merged texts", write=True) as conn:
            if not _has_inputs_table(conn):
                conn.exec_driver_sql(NARRATIVE_INPUT_DDL)
            known = {(r["source_uuid"], r["section"]) for r in conn.execute(_NARRATIVE_INPUT.select()).mappings()}
            for record in records:
                if (record.source_uuid, record.section) in known or not record.text:
                    continue
                known.add((record.source_uuid, record.section))
                conn.execute(_NARRATIVE_INPUT.insert().values(**asdict(record)))
                added += 1
        return added

    def narrative_inputs(self, section: str | None = None) -> list[NarrativeInput]:
        """The texts each assessor brought into merges (all sections, or one), in the order recorded."""
        query = _NARRATIVE_INPUT.select().order_by(_NARRATIVE_INPUT.c.id)
        if section is not None:
            query = query.where(_NARRATIVE_INPUT.c.section == section)
        with self._transaction("read the merged texts", write=False) as conn:
            if not _has_inputs_table(conn):
                return []
            return [NarrativeInput(*(row[name] for name in _INPUT_FIELDS)) for row in conn.execute(query).mappings()]

    def _check_section(self, section: str) -> None:
        sections = self.narrative_sections()
        if section not in sections:
            raise InputError(
                f"'{check.echo(str(section))}' is not a narrative section.", f"Use one of: {', '.join(sections)}."
            )

    # ----------------------------------------------------------------- action plan
    def actions(self) -> list[Action]:
        """The plan in order: by priority (actions without one last), then as added."""
        with self._transaction("read the action plan", write=False) as conn:
            rows = conn.execute(_ACTION.select()).mappings()
            actions = [action_from_row(row) for row in rows]
        return sorted(actions, key=lambda a: (a.priority is None, a.priority or 0, a.id))

    def add_action(
        self,
        title: str,
        *,
        indicator_ids: Iterable[str] = (),
        owner: str = "",
        partners: str = "",
        horizon: str | None = None,
        effort: str | None = None,
        cost_amount: float | None = None,
        cost_currency: str = "",
        priority: int | None = None,
        status: str = "planned",
        notes: str = "",
        by: str | None = None,
    ) -> Action:
        """Add an action to the plan; history row "action-add"."""
        fields = {
            "title": title,
            "indicator_ids": indicator_ids,
            "owner": owner,
            "partners": partners,
            "horizon": horizon,
            "effort": effort,
            "cost_amount": cost_amount,
            "cost_currency": cost_currency,
            "priority": priority,
            "status": status,
            "notes": notes,
        }
        values = self._check_action(fields)
        if not values["title"]:
            raise InputError("The action has no title.", "Say what is to be done.")
        now = utc_now()
        with self._transaction("add the action", write=True) as conn:
            action = self._insert_action(conn, values, now)
            self._write(conn, "action-add", None, action, by, now)
        return action

    def update_action(self, action_id: int, *, by: str | None = None, **fields: Any) -> Action:
        """Change some fields of an action (names as :meth:`add_action`); history row "action-edit"."""
        values = self._check_action(fields)
        if "title" in values and not values["title"]:
            raise InputError("The action's title cannot be empty.", "Say what is to be done.")
        now = utc_now()
        with self._transaction("change the action", write=True) as conn:
            row = self._action_row(conn, action_id)
            if all(row[name] == value for name, value in values.items()):
                return action_from_row(row)
            conn.execute(_ACTION.update().where(_ACTION.c.id == action_id).values(**values, updated_at=now))
            new = action_from_row(conn.execute(_SELECT_ACTION, {"key": action_id}).mappings().one())
            self._write(conn, "action-edit", action_from_row(row), new, by, now)
        return new

    def remove_action(self, action_id: int, *, by: str | None = None) -> None:
        now = utc_now()
        with self._transaction("remove the action", write=True) as conn:
            old = action_from_row(self._action_row(conn, action_id))
            conn.execute(_ACTION.delete().where(_ACTION.c.id == action_id))
            conn.exec_driver_sql("DELETE FROM carried_action WHERE action_id = ?", (action_id,))  # a follow-up's link
            self._write(conn, "action-remove", old, None, by, now)

    def actions_from_priorities(
        self, top: int | None = None, *, by: str | None = None, language: str = "en"
    ) -> list[Action]:
        """One action per priority (indicators below target, largest gap first) not yet in the plan.

        ``top`` limits it to the first ``top`` priorities. Each action's title is the indicator's
        recommendation at its stage, its notes the further steps to the target, its priority the
        priority's rank; where the framework gives that recommendation a plan, the action takes its
        responsible institution (the actor's name in ``language``), horizon and effort. All are
        added in one transaction (one "action-add" row each).
        """
        from ..scoring import score

        if top is not None and (isinstance(top, bool) or not isinstance(top, int) or top < 1):
            raise InputError(f"--top {top} is not a positive number.", "Give how many priorities to take, e.g. 5.")
        with self._transaction("read the answers", write=False) as conn:
            answers = {row["indicator_id"]: row["value"] for row in conn.execute(_answer_values()).mappings()}
        card = score(
            self.framework,
            {k: text_to_value(v) for k, v in answers.items() if v is not None},
            self._info.target_stage,
        )
        chosen = card.priorities[:top] if top is not None else card.priorities
        now = utc_now()
        added: list[Action] = []
        with self._transaction("add the actions", write=True) as conn:
            planned = {
                iid for row in conn.execute(_ACTION.select()).mappings() for iid in action_from_row(row).indicator_ids
            }
            for priority in chosen:
                if priority.indicator_id in planned:
                    continue
                indicator = self.framework.indicator(priority.indicator_id)
                steps = [tr(indicator.recommendations[level]) for level in priority.steps]
                values: dict[str, Any] = {
                    "title": check.line("action title", steps[0]),
                    "indicator_ids": json.dumps([priority.indicator_id]),
                    "notes": "\n".join(f"- {step}" for step in steps[1:]),
                    "priority": priority.rank,
                    "status": "planned",
                }
                plan = indicator.recommendation_plan.get(priority.steps[0]) if priority.steps else None
                if plan is not None:
                    values["owner"] = self.framework.actor_name(plan.actor, language)
                    values["horizon"], values["effort"] = plan.horizon, plan.effort
                action = self._insert_action(conn, values, now)
                self._write(conn, "action-add", None, action, by, now)
                added.append(action)
        return added

    def _check_action(self, fields: Mapping[str, Any]) -> dict[str, Any]:
        unknown_fields("action", fields, ACTION_FIELDS)
        values: dict[str, Any] = {}
        for name, value in fields.items():
            if name == "indicator_ids":
                ids = check.indicator_links(value, frozenset(self.framework.indicator_ids()))
                values[name] = json.dumps(list(ids))
            elif name == "horizon":
                values[name] = check.check_choice("horizon", value, HORIZONS, optional=True)
            elif name == "effort":
                values[name] = check.check_choice("effort", value, EFFORTS, optional=True)
            elif name == "status":
                values[name] = check.check_choice("action status", value, ACTION_STATUSES)
            elif name == "cost_amount":
                values[name] = check.amount(value)
            elif name == "cost_currency":
                values[name] = check.currency(value)
            elif name == "priority":
                values[name] = check.priority(value)
            elif name == "notes":
                values[name] = check.note("action notes", value)
            else:
                values[name] = check.line(f"action {name}", value)
        return values

    @staticmethod
    def _insert_action(conn: Any, values: Mapping[str, Any], now: str) -> Action:
        key = conn.execute(_ACTION.insert().values(**values, updated_at=now)).inserted_primary_key
        return action_from_row(conn.execute(_SELECT_ACTION, {"key": key[0]}).mappings().one())

    @staticmethod
    def _action_row(conn: Any, action_id: int) -> Any:
        row = conn.execute(_SELECT_ACTION, {"key": action_id}).mappings().first()
        if row is None:
            raise InputError(f"There is no action number {action_id}.", "List the plan to see the numbers.")
        return row

    # ----------------------------------------------------------------- treaty table
    def treaty_entries(self) -> dict[str, TreatyEntry]:
        """Provision key → entry, for the provisions assessed so far (in the table's order)."""
        from ..review.treaty import provision_keys

        order = {key: i for i, key in enumerate(provision_keys(self.framework))}
        with self._transaction("read the treaty table", write=False) as conn:
            entries = [treaty_from_row(row) for row in conn.execute(_TREATY.select()).mappings()]
        entries.sort(key=lambda e: (order.get(e.provision, len(order)), e.provision))
        return {e.provision: e for e in entries}

    def set_treaty_entry(
        self,
        provision: str,
        *,
        compliance: str,
        national_provision: str | _Keep = KEEP,
        note: str | _Keep = KEEP,
        by: str | None = None,
    ) -> TreatyEntry:
        """Record how national law implements a provision (``budapest:16``); history row "treaty"."""
        from ..review.treaty import provision_keys

        known = provision_keys(self.framework)
        if provision not in known:
            raise InputError(
                f"'{check.echo(str(provision))}' is not a treaty provision referenced by {self.framework.id}.",
                "Run 'cyberassess treaty PATH' to see the provisions (e.g. budapest:16).",
            )
        level = check.check_choice("compliance", compliance, COMPLIANCE)
        values: dict[str, Any] = {"compliance": level}
        if not isinstance(national_provision, _Keep):
            values["national_provision"] = check.note("national provision", national_provision)
        if not isinstance(note, _Keep):
            values["note"] = check.note("note", note)
        now = utc_now()
        with self._transaction("save the treaty entry", write=True) as conn:
            where = _TREATY.c.provision == provision
            row = conn.execute(_TREATY.select().where(where)).mappings().first()
            old = treaty_from_row(row) if row else None
            if row is not None and all(row[name] == value for name, value in values.items()):
                return treaty_from_row(row)
            if row is None:
                base = {"national_provision": "", "note": ""}
                conn.execute(_TREATY.insert().values(provision=provision, **(base | values), updated_at=now))
            else:
                conn.execute(_TREATY.update().where(where).values(**values, updated_at=now))
            new = treaty_from_row(conn.execute(_TREATY.select().where(where)).mappings().one())
            self._write(conn, "treaty", old, new, by, now)
        return new


def _has_inputs_table(conn: Any) -> bool:
    query = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'narrative_input'"
    return conn.exec_driver_sql(query).first() is not None


def _answer_values() -> Any:
    from .schema import Answer

    table = Answer.__table__  # type: ignore[attr-defined]
    return table.select().with_only_columns(table.c.indicator_id, table.c.value)
