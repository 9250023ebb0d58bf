"""Plumbing shared by the review record's mixins: what they need from :class:`.Assessment`, and lists.

The team, the institutions consulted and the documents reviewed are lists edited the same way:
add, change some fields, remove; each edit is one transaction with its history row
(``<kind>-add``, ``<kind>-edit``, ``<kind>-remove``, old and new as JSON). :class:`ListTable`
describes one such list; :class:`ReviewBase` edits any of them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from sqlalchemy import Table
from sqlalchemy.engine import Connection

from ..errors import InputError
from .records import AssessmentInfo, Row, utc_now
from .review_records import record_json

if TYPE_CHECKING:
    from sqlmodel import Session

    from ..framework import Framework

R = TypeVar("R")

Checker = Callable[[Mapping[str, Any]], dict[str, Any]]


@dataclass(frozen=True)
class ListTable(Generic[R]):
    """One editable list of the review record."""

    table: Table
    kind: str  # the history action prefix: "team", "consulted", "document"
    noun: str  # for messages: "team member"
    to_record: Callable[[Row], R]
    check: Checker  # cleans the given fields, refusing bad values and unknown names
    required: tuple[str, ...]  # fields that may not be emptied


def unknown_fields(noun: str, given: Mapping[str, Any], known: tuple[str, ...]) -> None:
    extra = sorted(set(given) - set(known))
    if extra:
        raise InputError(f"A {noun} has no field {', '.join(extra)}.", f"The fields are: {', '.join(known)}.")


class ReviewBase:
    """What the review mixins use of :class:`.Assessment` (declared for the type checker) and list editing."""

    history_source: str = "app"  # the ``source`` of the history rows of review edits ("cli", "demo", "merge:…")

    if TYPE_CHECKING:
        framework: Framework
        _info: AssessmentInfo

        def _transaction(self, action: str, *, write: bool) -> AbstractContextManager[Connection]: ...

        @staticmethod
        def _log(
            conn: Connection,
            at: str,
            assessor: str,
            action: str,
            indicator_id: str | None,
            old: str | None,
            new: str | None,
            source: str,
        ) -> None: ...

        def _touch(self, s: Session | Connection, now: str) -> None: ...

        def _default_assessor(self, assessor: str | None) -> str: ...

    def _write(
        self, conn: Connection, action: str, old: object | None, new: object | None, by: str | None, now: str
    ) -> None:
        """The history row of one review edit, and the file's modification time, in ``conn``'s transaction."""
        who = self._default_assessor(by)
        self._log(conn, now, who, action, None, record_json(old), record_json(new), self.history_source)
        self._touch(conn, now)

    # ----------------------------------------------------------------- lists
    def _list(self, spec: ListTable[R]) -> list[R]:
        with self._transaction(f"read the {spec.noun}s", write=False) as conn:
            rows = conn.execute(spec.table.select().order_by(spec.table.c.id)).mappings()
            return [spec.to_record(row) for row in rows]

    def _add(self, spec: ListTable[R], fields: Mapping[str, Any], by: str | None) -> R:
        values = spec.check(fields)
        for name in spec.required:
            if not values.get(name):
                raise InputError(f"The {name} of the {spec.noun} is missing.", f"Give the {name}.")
        now = utc_now()
        with self._transaction(f"add the {spec.noun}", write=True) as conn:
            key = conn.execute(spec.table.insert().values(**values)).inserted_primary_key
            assert key is not None
            row = conn.execute(spec.table.select().where(spec.table.c.id == key[0])).mappings().one()
            record = spec.to_record(row)
            self._write(conn, f"{spec.kind}-add", None, record, by, now)
        return record

    def _update(self, spec: ListTable[R], row_id: int, fields: Mapping[str, Any], by: str | None) -> R:
        values = spec.check(fields)
        for name in spec.required:
            if name in values and not values[name]:
                raise InputError(f"The {name} of the {spec.noun} cannot be empty.", f"Give the {name}.")
        now = utc_now()
        with self._transaction(f"change the {spec.noun}", write=True) as conn:
            old_row = self._row(conn, spec, row_id)
            old = spec.to_record(old_row)
            if all(old_row[name] == value for name, value in values.items()):
                return old
            where = spec.table.c.id == row_id
            conn.execute(spec.table.update().where(where).values(**values))
            new = spec.to_record(conn.execute(spec.table.select().where(where)).mappings().one())
            self._write(conn, f"{spec.kind}-edit", old, new, by, now)
        return new

    def _remove(self, spec: ListTable[R], row_id: int, by: str | None) -> None:
        now = utc_now()
        with self._transaction(f"remove the {spec.noun}", write=True) as conn:
            old = spec.to_record(self._row(conn, spec, row_id))
            conn.execute(spec.table.delete().where(spec.table.c.id == row_id))
            self._write(conn, f"{spec.kind}-remove", old, None, by, now)

    @staticmethod
    def _row(conn: Connection, spec: ListTable[Any], row_id: int) -> Row:
        row = conn.execute(spec.table.select().where(spec.table.c.id == row_id)).mappings().first()
        if row is None:
            raise InputError(f"There is no {spec.noun} number {row_id}.", f"List the {spec.noun}s to see the numbers.")
        return row
