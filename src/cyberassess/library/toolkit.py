"""The good-practice toolkit: a short chapter per dimension and per key topic, shipped as data.

Each chapter is a file ``resources/toolkit/<id>.<language>.md``: a YAML front matter between two
``---`` lines, then the body in the narratives' Markdown subset (:mod:`cyberassess.review.markdown`:
paragraphs, bullets, numbered items, ``**bold**`` and ``*italic*``; no heading, link or HTML)::

    ---
    id: preservation-orders
    title: Expedited preservation orders
    kind: topic                     # or: dimension
    indicators: [D4.2.1, D8.2.2]    # the framework indicators the chapter serves
    provisions: [budapest:16, un:25]  # the treaty provisions it discusses (review.treaty keys)
    ---
    **What good looks like**
    ...

English is the reference; a translation repeats the English front matter (only ``title``
changes) and :func:`chapters` falls back to English, chapter by chapter, where a translation is
missing. Files are read with ``yaml.safe_load``, bounded in size and checked when loaded
(:class:`ToolkitError`, "reinstall", for a damaged file); the test suite checks that every
indicator exists in the built-in framework and that every provision can be shown by
``cyberassess library show``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from ..errors import CyberAssessError, InputError
from ..paths import resource
from ..safetext import check_line, check_text

KINDS = ("dimension", "topic")
MAX_FILE_BYTES = 64 * 1024  # a chapter is 400-700 words; the bound stops a damaged or planted file
FILE_NAME = re.compile(r"^([a-z0-9][a-z0-9-]{0,79})\.([a-z]{2})\.md$")
INDICATOR_ID = re.compile(r"^D[0-9]+(?:\.[0-9]+){2}$")
PROVISION_ID = re.compile(r"^([a-z][a-z0-9-]*):([0-9]+[a-z]?)$")  # budapest:16, un:25, budapest-p2:7
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*\n(.*)\Z", re.DOTALL)
_FIELDS = {"id", "title", "kind", "indicators", "provisions"}
_HEADING = re.compile(r"^ {0,3}#", re.MULTILINE)  # the Markdown subset has no heading: it would show as typed


class ToolkitError(CyberAssessError):
    """A shipped toolkit chapter is damaged (a broken installation)."""


class UnknownChapterError(InputError):
    """No toolkit chapter has the id asked for."""


@dataclass(frozen=True)
class Chapter:
    """One chapter in one language (``language`` is the one it is written in, after any fallback)."""

    id: str
    language: str
    title: str
    kind: str  # "dimension" or "topic"
    indicators: tuple[str, ...]  # framework indicator ids, e.g. "D4.2.1"
    provisions: tuple[str, ...]  # provision keys, e.g. "budapest:16", "un:25"
    body: str  # the project's Markdown subset


def toolkit_dir() -> Path:
    return resource("toolkit")


def chapter_files(folder: Path | None = None) -> list[Path]:
    """The chapter files, sorted by name."""
    folder = folder or toolkit_dir()
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if FILE_NAME.match(p.name) and p.is_file())


def _damaged(path: Path, what: str) -> ToolkitError:
    return ToolkitError(f"The toolkit chapter {path.name} {what}.", "Reinstall CyberAssess.")


def _ids(data: dict[str, object], key: str, pattern: re.Pattern[str], path: Path) -> tuple[str, ...]:
    value = data.get(key)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _damaged(path, f"has no list of {key}")
    for item in value:
        if not pattern.match(item):
            raise _damaged(path, f"names '{item}' among its {key}")
    if len(set(value)) != len(value):
        raise _damaged(path, f"repeats one of its {key}")
    return tuple(value)


def load_chapter(path: Path) -> Chapter:
    """Read and check one chapter file."""
    match = FILE_NAME.match(path.name)
    if match is None:
        raise _damaged(path, "is not named <id>.<language>.md")
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise _damaged(path, f"is larger than {MAX_FILE_BYTES // 1024} KiB")
        raw = path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise _damaged(path, f"cannot be read ({exc})") from None
    parts = _FRONT_MATTER.match(raw.replace("\r\n", "\n"))
    if parts is None:
        raise _damaged(path, "has no front matter between '---' lines")
    try:
        data = yaml.safe_load(parts.group(1))
    except yaml.YAMLError:
        raise _damaged(path, "has a front matter that is not valid YAML") from None
    if not isinstance(data, dict) or set(data) != _FIELDS:
        raise _damaged(path, f"must have exactly these front-matter fields: {', '.join(sorted(_FIELDS))}")
    chapter_id, language = match.groups()
    if data["id"] != chapter_id:
        raise _damaged(path, "has an id that is not its file name")
    if data["kind"] not in KINDS:
        raise _damaged(path, f"has a kind that is not one of {', '.join(KINDS)}")
    title, body = data["title"], parts.group(2).strip()
    try:
        if not isinstance(title, str) or not title.strip():
            raise _damaged(path, "has no title")
        title = check_line("title", title)
        body = check_text("body", body, max_chars=MAX_FILE_BYTES)
    except InputError as exc:
        raise _damaged(path, f"is not valid ({exc.message})") from None
    if not body:
        raise _damaged(path, "has no body")
    if _HEADING.search(body):
        raise _damaged(path, "has a '#' heading, which the toolkit's Markdown does not have")
    return Chapter(
        id=chapter_id,
        language=language,
        title=title,
        kind=str(data["kind"]),
        indicators=_ids(data, "indicators", INDICATOR_ID, path),
        provisions=_ids(data, "provisions", PROVISION_ID, path),
        body=body,
    )


@cache
def _all(folder: str) -> dict[str, dict[str, Chapter]]:
    """Chapter id → language → chapter, for every file of ``folder``."""
    found: dict[str, dict[str, Chapter]] = {}
    for path in chapter_files(Path(folder)):
        loaded = load_chapter(path)
        found.setdefault(loaded.id, {})[loaded.language] = loaded
    for chapter_id, versions in found.items():
        if "en" not in versions:
            raise ToolkitError(f"The toolkit chapter {chapter_id} has no English version.", "Reinstall CyberAssess.")
    return found


def shipped_chapters() -> dict[str, dict[str, Chapter]]:
    """Every shipped chapter in every language it is written in: id → language → chapter."""
    return _all(str(toolkit_dir()))


def _order(c: Chapter) -> tuple[int, str]:
    return (KINDS.index(c.kind), c.id)  # the dimensions (d1-…, d2-…) first, then the topics


def _in(versions: dict[str, Chapter], language: str) -> Chapter:
    return versions.get(language) or versions["en"]


def chapters(language: str = "en") -> list[Chapter]:
    """Every chapter in ``language`` (English where it is not translated): dimensions first, then topics."""
    return sorted((_in(v, language) for v in shipped_chapters().values()), key=_order)


def chapter(chapter_id: str, language: str = "en") -> Chapter:
    """One chapter in ``language`` (English where it is not translated); UnknownChapterError if none."""
    key = chapter_id.strip().lower()
    if key.startswith("toolkit:"):
        key = key[len("toolkit:") :]
    versions = shipped_chapters().get(key)
    if versions is None:
        raise UnknownChapterError(
            f"There is no toolkit chapter '{chapter_id}'.",
            "The chapters are: " + ", ".join(c.id for c in chapters()) + ".",
        )
    return _in(versions, language)


def chapters_for_indicator(indicator_id: str, language: str = "en") -> list[Chapter]:
    """The chapters serving one indicator (its dimension's chapter among them), dimensions first."""
    return [c for c in chapters(language) if indicator_id in c.indicators]


def chapters_citing(provision_key: str, language: str = "en") -> list[Chapter]:
    """The chapters discussing one provision (``budapest:16``; a paragraph such as ``16(3)`` counts as its article)."""
    article = re.sub(r"\(.*$", "", provision_key.strip().lower())
    return [c for c in chapters(language) if article in c.provisions]


__all__ = [
    "KINDS",
    "Chapter",
    "ToolkitError",
    "UnknownChapterError",
    "chapter",
    "chapter_files",
    "chapters",
    "chapters_citing",
    "chapters_for_indicator",
    "load_chapter",
    "shipped_chapters",
    "toolkit_dir",
]
