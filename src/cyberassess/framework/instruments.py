"""Which of a framework's instruments apply to an assessment's country.

A framework declares the treaties its references cite, each ``global`` or ``regional``
(:class:`.model.Instrument`). An assessment records the ones that apply to its country (the
store keeps the list; :meth:`.store.document.Assessment.instruments`): by default the global
ones, plus any regional instrument the country is party to or aligned with. The choice filters
what is shown (guidance, report, treaty table, Excel matrix); every answer is kept regardless.

Ids are written as the framework declares them (``arab-convention``) or by their short form,
the prefix of their treaty-table keys (``arab``, ``un``: :data:`SHORT_NAMES`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..errors import InputError
from .model import Framework

GLOBAL = "global"  # in a list of names: the framework's global instruments
SHORT_NAMES = {"un-cybercrime": "un", "arab-convention": "arab"}
"""Shorter names for instruments whose id is long (what people type, and the treaty-table key prefix)."""


def short_name(instrument_id: str) -> str:
    return SHORT_NAMES.get(instrument_id, instrument_id)


def split_names(text: str) -> list[str]:
    """``"ecowas, arab budapest"`` → ``["ecowas", "arab", "budapest"]`` (commas or spaces)."""
    return [part for part in re.split(r"[,\s]+", text.strip()) if part]


def known_names(framework: Framework) -> str:
    """The ids a user may give, for messages: ``budapest, …, un-cybercrime (un), …``."""
    parts = []
    for instrument in framework.instruments:
        short = short_name(instrument.id)
        parts.append(f"{instrument.id} ({short})" if short != instrument.id else instrument.id)
    return ", ".join(parts)


def resolve(framework: Framework, names: Iterable[str]) -> tuple[str, ...]:
    """The instrument ids ``names`` designate, in the framework's order, each once.

    A name is an id or a short name, in any case, or ``global`` for every global instrument (the
    default set: ``global,ecowas`` adds the ECOWAS Directive to it); an unknown one raises
    :class:`InputError` naming it and listing the known ids.
    """
    by_name: dict[str, str] = {}
    for instrument_id in framework.instrument_ids():
        by_name[instrument_id] = by_name[short_name(instrument_id)] = instrument_id
    wanted: set[str] = set()
    unknown: list[str] = []
    for name in names:
        key = name.strip().lower()
        if key in by_name:
            wanted.add(by_name[key])
        elif key == GLOBAL:
            wanted.update(framework.default_instrument_ids())
        elif key:
            unknown.append(name.strip())
    if unknown:
        from ..safetext import printable

        shown = ", ".join(f"'{printable(name)[:40]}'" for name in unknown[:5])
        noun = "instrument" if len(unknown) == 1 else "instruments"
        raise InputError(
            f"Unknown {noun} {shown} for framework {framework.id} {framework.version}.",
            f"The instruments are: {known_names(framework)}; '{GLOBAL}' stands for the global ones.",
        )
    return tuple(i for i in framework.instrument_ids() if i in wanted)


def applied(framework: Framework, stored: Iterable[str] | None) -> tuple[str, ...]:
    """The instruments an assessment applies: the stored ids the framework declares (all when none is stored)."""
    if stored is None:
        return framework.instrument_ids()
    kept = set(stored)
    return tuple(i for i in framework.instrument_ids() if i in kept)


def carried(old: Framework, new: Framework, chosen: Iterable[str]) -> tuple[str, ...]:
    """The choice after moving an assessment from ``old`` to ``new``.

    Instruments both versions declare keep their state; an instrument only ``new`` declares is
    applied when it is global (as it would be for a new assessment); one ``new`` drops is dropped.
    """
    kept, before = set(chosen), set(old.instrument_ids())
    return tuple(i.id for i in new.instruments if i.id in kept or (i.id not in before and i.chosen_by_default))
