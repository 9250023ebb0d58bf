"""The layout of a framework workbook, shared by the writer and the reader.

In the manner of XLSForm: one sheet per table, the first row names the fields, one column per
field, and a translation is a column of its own named ``field::lang`` (``question::fr``). The
English text is in the column named after the field alone.

* ``framework``: one row: id, version, name, description, default_target_stage.
* ``stages``: one row per maturity stage: level, label, description.
* ``instruments``: one row per treaty or instrument: id, short, name.
* ``actors`` (optional; frameworks before 1.2 have none): one row per institution that carries
  out recommendations: id, name.
* one sheet per dimension (named after its id, ``D1``), in order: a first row of type
  ``dimension`` (id, file, title, summary), then rows of type ``section`` (id, title), each
  followed by its rows of type ``indicator`` (id, weight, question, guidance, documents,
  interviews, stage_1 … stage_5, recommendation_1 … recommendation_4, references, and
  plan_1 … plan_4: who carries out recommendation N, when and at what effort,
  ``actor | horizon | effort`` — ``prosecution | short | low``; optional columns).

``references`` holds one reference per line, ``instrument | article | provision`` (an empty
article or provision is left empty: ``malabo | | Legal measures``); ``references::fr`` holds the
translated provision names, one per line in the same order (an empty line for none).
"""

from __future__ import annotations

from ..model import LANGUAGES, LEVELS

MANIFEST_SHEET = "framework"
STAGES_SHEET = "stages"
INSTRUMENTS_SHEET = "instruments"
ACTORS_SHEET = "actors"
FIXED_SHEETS = (MANIFEST_SHEET, STAGES_SHEET, INSTRUMENTS_SHEET, ACTORS_SHEET)
TRANSLATIONS = LANGUAGES[1:]
SEPARATOR = "|"

STAGE_FIELDS = tuple(f"stage_{level}" for level in LEVELS)
RECOMMENDATION_FIELDS = tuple(f"recommendation_{level}" for level in LEVELS[:-1])
PLAN_FIELDS = tuple(f"plan_{level}" for level in LEVELS[:-1])
INDICATOR_TEXTS = ("question", "guidance", "documents", "interviews", *STAGE_FIELDS, *RECOMMENDATION_FIELDS)

# per sheet: the plain fields, then the translated ones (each with its ::lang columns)
MANIFEST_COLUMNS = (("id", "version", "default_target_stage"), ("name", "description"))
STAGE_COLUMNS = (("level",), ("label", "description"))
INSTRUMENT_COLUMNS = (("id",), ("short", "name"))
ACTOR_COLUMNS = (("id",), ("name",))
DIMENSION_COLUMNS = (("type", "id", "file", "weight"), ("title", "summary", *INDICATOR_TEXTS, "references"))
OPTIONAL_COLUMNS: dict[tuple[tuple[str, ...], tuple[str, ...]], tuple[str, ...]] = {DIMENSION_COLUMNS: PLAN_FIELDS}
"""Plain fields written after the translated ones, which a workbook may lack (made before them)."""
ROW_TYPES = ("dimension", "section", "indicator")


def headers(columns: tuple[tuple[str, ...], tuple[str, ...]]) -> list[str]:
    """The header row: plain fields, then each translated field followed by its ``::lang`` columns."""
    plain, translated = columns
    out = list(plain)
    for field in translated:
        out.append(field)
        out.extend(f"{field}::{lang}" for lang in TRANSLATIONS)
    out.extend(OPTIONAL_COLUMNS.get(columns, ()))
    return out


def plan_line(actor: str, horizon: str, effort: str) -> str:
    """One ``plan_N`` cell."""
    return f" {SEPARATOR} ".join((actor, horizon, effort))


def parse_plan_line(text: str) -> tuple[str, str, str]:
    """``actor | horizon | effort`` -> its parts (ValueError unless exactly three, none empty)."""
    parts = [part.strip() for part in text.split(SEPARATOR)]
    if len(parts) != 3 or not all(parts):
        raise ValueError(f"'{text}' must be 'actor | horizon | effort'")
    return parts[0], parts[1], parts[2]


def reference_line(instrument: str, article: str | None, provision: str | None) -> str:
    """One line of a ``references`` cell."""
    return f" {SEPARATOR} ".join((instrument, article or "", provision or "")).rstrip(f" {SEPARATOR}")


def parse_reference_line(line: str) -> tuple[str, str | None, str | None]:
    """``instrument | article | provision`` -> its parts (ValueError if it has more than three)."""
    parts = [part.strip() for part in line.split(SEPARATOR)]
    if len(parts) > 3:
        raise ValueError(f"'{line}' has {len(parts)} parts; write 'instrument | article | provision'")
    parts += [""] * (3 - len(parts))
    return parts[0], parts[1] or None, parts[2] or None
