"""The treaty texts shipped in ``resources/library/``: one JSON file per instrument and language.

A file ``<instrument>.<language>.json`` holds::

    {"format": 1, "instrument": "budapest", "language": "en", "title": "...",
     "publisher": "...", "source": "...", "retrieved": "YYYY-MM-DD",
     "reproduction": "...", "verified": "...",
     "articles": [{"number": "16", "title": "...", "text": "..."}, ...]}

``instrument`` is a framework instrument id (``budapest``, ``un-cybercrime``, ``malabo`` …), so
an article is found by the provision keys of :mod:`cyberassess.review.treaty` (``budapest:16``).
``source``, ``retrieved`` and ``verified`` say where the text comes from and what was checked;
``resources/library/README.md`` lists what is shipped and what is missing.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..errors import CyberAssessError
from ..paths import resource

TEXTS_FORMAT = 1
_NAME = re.compile(r"^([a-z0-9-]+)\.([a-z]{2})\.json$")
_NUMBER = re.compile(r"^[0-9]+[a-z]?$")


class LibraryError(CyberAssessError):
    """A shipped library text is damaged (a broken installation)."""


@dataclass(frozen=True)
class Article:
    instrument: str
    language: str
    number: str
    title: str
    text: str


@dataclass(frozen=True)
class Text:
    """One instrument in one language, with where it comes from."""

    instrument: str
    language: str
    title: str
    publisher: str
    source: str
    retrieved: str
    reproduction: str
    verified: str
    articles: tuple[Article, ...]

    def article(self, number: str) -> Article | None:
        return next((a for a in self.articles if a.number == number), None)


def library_dir() -> Path:
    return resource("library")


def _string(data: dict[str, object], key: str, path: Path) -> str:
    value = data.get(key)
    if not isinstance(value, str):
        raise LibraryError(f"The library text {path.name} has no '{key}'.", "Reinstall CyberAssess.")
    return value


def load_text(path: Path) -> Text:
    """Read and check one library file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise LibraryError(f"The library text {path.name} cannot be read ({exc}).", "Reinstall CyberAssess.") from None
    if not isinstance(data, dict) or data.get("format") != TEXTS_FORMAT:
        raise LibraryError(f"The library text {path.name} is not in a known format.", "Reinstall CyberAssess.")
    instrument, language = _string(data, "instrument", path), _string(data, "language", path)
    articles = []
    raw_articles = data.get("articles")
    if not isinstance(raw_articles, list) or not raw_articles:
        raise LibraryError(f"The library text {path.name} has no articles.", "Reinstall CyberAssess.")
    for raw in raw_articles:
        if not isinstance(raw, dict):
            raise LibraryError(f"The library text {path.name} has a damaged article.", "Reinstall CyberAssess.")
        number = _string(raw, "number", path)
        if not _NUMBER.match(number):
            raise LibraryError(f"The library text {path.name} numbers an article '{number}'.", "Reinstall CyberAssess.")
        articles.append(Article(instrument, language, number, _string(raw, "title", path), _string(raw, "text", path)))
    return Text(
        instrument=instrument,
        language=language,
        title=_string(data, "title", path),
        publisher=_string(data, "publisher", path),
        source=_string(data, "source", path),
        retrieved=_string(data, "retrieved", path),
        reproduction=_string(data, "reproduction", path),
        verified=_string(data, "verified", path),
        articles=tuple(articles),
    )


def text_files(folder: Path | None = None) -> list[Path]:
    """The library files, sorted by name."""
    folder = folder or library_dir()
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if _NAME.match(p.name))


@cache
def _texts(folder: str) -> tuple[Text, ...]:
    return tuple(load_text(p) for p in text_files(Path(folder)))


def shipped_texts() -> tuple[Text, ...]:
    """Every shipped text (cached for the process)."""
    return _texts(str(library_dir()))


def articles_for(instrument: str, number: str) -> list[Article]:
    """The shipped versions (one per language) of one article."""
    found = []
    for text in shipped_texts():
        if text.instrument == instrument:
            article = text.article(number)
            if article is not None:
                found.append(article)
    return found
