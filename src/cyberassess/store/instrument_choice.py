"""The instruments that apply to an assessment's country (since schema 5), on :class:`.Assessment`.

Stored in ``meta.instruments`` as a JSON list of instrument ids, in the framework's order. A new
assessment applies its framework's global instruments unless told otherwise
(:meth:`.Framework.default_instrument_ids`); a file migrated from an older format keeps every
instrument of its framework, as it showed them; NULL (a file whose framework could not be read
when it was migrated) also means every instrument. The choice filters what the guidance, the
report, the treaty table and the matrix show; answers are kept whatever it is.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..framework.instruments import applied, resolve
from .records import AssessmentInfo, utc_now

if TYPE_CHECKING:
    from contextlib import AbstractContextManager

    from sqlalchemy.engine import Connection
    from sqlmodel import Session

    from ..framework import Framework


class InstrumentChoiceMixin:
    """:meth:`instruments` and :meth:`set_instruments` of :class:`.Assessment`."""

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

        def _load_info(self) -> AssessmentInfo: ...

    @property
    def instruments(self) -> tuple[str, ...]:
        """The ids of the instruments that apply to the country, in the framework's order."""
        return applied(self.framework, self._info.instruments)

    def set_instruments(self, names: Iterable[str], *, by: str | None = None, source: str = "app") -> tuple[str, ...]:
        """Record which instruments apply (ids or short names such as ``arab``); returns the ids as stored.

        Unknown names raise :class:`.InputError` listing the known ids; an unchanged choice
        writes nothing. The change is recorded in the history (``instruments``, old and new lists).
        """
        chosen = resolve(self.framework, names)
        old = self.instruments
        if chosen == old and self._info.instruments is not None:
            return chosen
        now = utc_now()
        with self._transaction("save the instruments", write=True) as conn:
            conn.exec_driver_sql("UPDATE meta SET instruments = ? WHERE id = 1", (json.dumps(list(chosen)),))
            if chosen != old:
                self._log(
                    conn,
                    now,
                    self._default_assessor(by),
                    "instruments",
                    None,
                    json.dumps(list(old)),
                    json.dumps(list(chosen)),
                    source,
                )
            self._touch(conn, now)
        self._info = self._load_info()
        return chosen
