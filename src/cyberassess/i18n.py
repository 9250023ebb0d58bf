"""Translation and locale formatting for the headless core (reports, matrices, CLI output).

The Qt layer translates its own strings with Qt Linguist (``.ts``/``.qm``). The core cannot use Qt,
so its user-visible strings (report headings, matrix column titles) go through :func:`gettext`,
which looks them up in ``resources/translations/core_<lang>.json`` (English source text → text).
A missing catalogue or entry falls back to the English source text. Dates and numbers are
formatted for the language with Babel.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from functools import cache

from .paths import resource

SUPPORTED = ("en", "fr", "es", "ar")
RTL_LANGUAGES = frozenset({"ar"})
LANGUAGE_NAMES = {"en": "English", "fr": "Français", "es": "Español", "ar": "العربية"}


def normalise(language: str | None) -> str:
    """``fr_FR.UTF-8`` → ``fr``; anything unsupported → ``en``."""
    code = (language or "en").replace("-", "_").split("_")[0].split(".")[0].lower()
    return code if code in SUPPORTED else "en"


@cache
def catalogue(language: str) -> dict[str, str]:
    path = resource("translations", f"core_{language}.json")
    if language == "en" or not path.is_file():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {str(k): str(v) for k, v in data.items() if isinstance(v, str) and v}


def gettext(language: str, text: str, **values: object) -> str:
    """``text`` translated into ``language`` (English fallback), with ``{name}`` fields filled in."""
    translated = catalogue(normalise(language)).get(text, text)
    return translated.format(**values) if values else translated


def is_rtl(language: str) -> bool:
    return normalise(language) in RTL_LANGUAGES


def format_date(value: date | datetime | str, language: str, *, length: str = "long") -> str:
    """A date for people: ``23 November 2026``, ``23 novembre 2026``, ``٢٣ نوفمبر ٢٠٢٦``."""
    from babel.dates import format_date as babel_date

    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if isinstance(value, datetime):
        value = value.date()
    return str(babel_date(value, format=length, locale=normalise(language)))


def format_datetime(value: datetime | str, language: str) -> str:
    from babel.dates import format_datetime as babel_datetime

    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return str(babel_datetime(value, format="medium", locale=normalise(language)))


def format_decimal(value: float, language: str, digits: int = 2) -> str:
    from babel.numbers import format_decimal as babel_decimal

    pattern = "0." + "0" * digits if digits else "0"
    return str(babel_decimal(value, format=pattern, locale=normalise(language)))


def format_percent(fraction: float, language: str) -> str:
    from babel.numbers import format_percent as babel_percent

    return str(babel_percent(fraction, format="#,##0%", locale=normalise(language)))
