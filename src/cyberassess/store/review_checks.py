"""Checks on what enters the review record: dates, choices, texts, amounts, indicator links.

Each check returns the value to store or raises :class:`~cyberassess.errors.InputError` naming the
field and what to do, before anything is written.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from datetime import date

from ..errors import InputError
from ..safetext import MAX_NARRATIVE_CHARS, MAX_NOTE_CHARS, check_line, check_text, printable

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
MAX_CURRENCY_CHARS = 10


def check_date(label: str, value: object) -> str | None:
    """A calendar date as ``YYYY-MM-DD`` (``None`` or empty: no date); 2026-02-30 is refused."""
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()
    if not isinstance(value, str):
        raise InputError(f"The {label} is not a date.", "Give it as YYYY-MM-DD, e.g. 2026-03-14.")
    text = value.strip()
    if not text:
        return None
    if not _DATE.fullmatch(text):
        raise InputError(
            f"The {label} '{echo(text)}' is not a date in the form YYYY-MM-DD.",
            "Give it as YYYY-MM-DD, e.g. 2026-03-14.",
        )
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise InputError(
            f"The {label} {text} is not a calendar date.", "Check the day and month (e.g. February has 28 or 29 days)."
        ) from None


def echo(text: str) -> str:
    """A short, printable echo of a refused value for a message."""
    shown = printable(text)
    return shown if len(shown) <= 40 else shown[:39] + "…"


def check_period(start: str | None, end: str | None) -> None:
    if start is not None and end is not None and end < start:
        raise InputError(
            f"The mission cannot end ({end}) before it starts ({start}).", "Check the start and end dates."
        )


def check_choice(label: str, value: object, choices: tuple[str, ...], *, optional: bool = False) -> str | None:
    """One of ``choices`` (or ``None``/empty when ``optional``)."""
    if optional and (value is None or value == ""):
        return None
    if not isinstance(value, str) or value.strip().lower() not in choices:
        shown = echo(str(value))
        raise InputError(f"'{shown}' is not a valid {label}.", f"Use one of: {', '.join(choices)}.")
    return value.strip().lower()


def line(label: str, value: object, *, required: bool = False) -> str:
    """A one-line text (a name, a title, an institution); ``required`` refuses an empty one."""
    if not isinstance(value, str):
        raise InputError(f"The {label} is not text.")
    text = check_line(label, value)
    if required and not text:
        raise InputError(f"The {label} is missing.", f"Give the {label}.")
    return text


def note(label: str, value: object) -> str:
    """A multi-line text of note size (limitations, notes, a national provision)."""
    if not isinstance(value, str):
        raise InputError(f"The {label} is not text.")
    return check_text(label, value, max_chars=MAX_NOTE_CHARS).strip()


def narrative_text(label: str, value: object) -> str:
    if not isinstance(value, str):
        raise InputError(f"The {label} is not text.")
    return check_text(label, value, max_chars=MAX_NARRATIVE_CHARS).strip()


def currency(value: object) -> str:
    text = line("currency", value)
    if len(text) > MAX_CURRENCY_CHARS:
        raise InputError(f"The currency '{echo(text)}' is too long.", "Use a code such as USD or EUR.")
    return text.upper() if text.isascii() else text


def amount(value: object) -> float | None:
    """A cost: a finite, non-negative number, or ``None``/empty for none."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise InputError("The cost is not a number.")
    try:
        number = float(value.replace(",", "").strip()) if isinstance(value, str) else float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise InputError(f"The cost '{echo(str(value))}' is not a number.", "Give an amount such as 25000.") from None
    if not math.isfinite(number) or number < 0:
        raise InputError(f"The cost {value} is not a positive amount.", "Give an amount such as 25000.")
    return number


def priority(value: object) -> int | None:
    """A plan position: a whole number from 1, or ``None``/empty for none."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise InputError("The priority is not a number.")
    if isinstance(value, str):
        value = value.strip()
        if not value.isdigit():
            raise InputError(f"The priority '{echo(value)}' is not a whole number.", "Give 1 for the first action.")
    if not isinstance(value, (int, str)) or int(value) < 1:
        raise InputError(f"The priority {value} is not valid.", "Give a whole number from 1.")
    return int(value)


def indicator_links(ids: Iterable[str] | str, known: set[str] | frozenset[str] | object) -> tuple[str, ...]:
    """Indicator ids, each of which must exist (``known`` supports ``in``); duplicates dropped."""
    if isinstance(ids, str):
        ids = [part for part in re.split(r"[,\s]+", ids) if part]
    result: list[str] = []
    for raw in ids:
        iid = str(raw).strip()
        if iid not in known:  # type: ignore[operator]
            raise InputError(
                f"There is no indicator '{echo(iid)}' to link the action to.",
                "Run 'cyberassess status' to see the indicator ids.",
            )
        if iid not in result:
            result.append(iid)
    return tuple(result)
