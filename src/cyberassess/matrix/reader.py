"""Read a matrix workbook safely: refuse what is not a plain .xlsx, then read values, never formulas.

A workbook comes from outside (e-mail, USB stick) and is treated as hostile until checked:

1. **Before any XML is parsed** (:func:`.archive.check_archive`): the file must be ``.xlsx``, at most
   :data:`MAX_FILE_BYTES`; it must be a zip archive (not an old ``.xls``, an encrypted workbook or
   a truncated download); macro-enabled content (``vbaProject.bin``, macro content types) is
   refused; the number of members, the total uncompressed size and each member's compression ratio
   are limited (zip bombs); no XML part may carry a document type declaration (the vehicle of
   XML external-entity and entity-expansion attacks; Excel never writes one); and the rows of each
   sheet are counted, since openpyxl would parse a whole sheet that does not declare its size.
   The size a sheet declares (``<dimension ref="A1:J1048576"/>``) is never trusted: only rows
   that hold cells count against :data:`MAX_ROWS`.
2. **Parsing** goes through openpyxl in read-only mode, which parses worksheets and shared strings
   with ``defusedxml`` (installed as a dependency; :data:`XML_HARDENED` reports it) and the rest
   with a parser that does not resolve entities. The file is read once into memory, so it cannot
   change between the checks and the parse.
3. **Values only**: formulas are never evaluated. A formula in an answer cell rejects that row
   (reported with its sheet and cell); the cached result of a formula is never used. Rows and cell
   lengths are capped (:data:`MAX_ROWS`, Excel's 32,767 characters per cell).
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from openpyxl.cell.read_only import EMPTY_CELL
from openpyxl.utils import get_column_letter

from ..errors import CyberAssessError, FrameworkError, InputError
from ..framework import Framework, get_framework
from ..i18n import SUPPORTED, gettext
from ..safetext import MAX_NOTE_CHARS, check_line, check_text, printable
from ..store.records import AnswerValue
from . import layout as L
from .archive import EXCEL_MAX_ROWS, MAX_ROWS, open_workbook, refuse
from .errors import MatrixError, UnsafeWorkbookError
from .safety import EXCEL_CELL_LIMIT, excel_unescape
from .sheets.actions import ACTION_COLUMNS, ACTIONS_FIRST_ROW, ActionRow, accepted_choices, check_row
from .sheets.mission import MISSION_CHOICES, MISSION_FIELDS, TABLES, MissionRow, check_entry, check_mission_fields
from .signature import UNSIGNED, SignatureCheck, SignedRow, payload, signed_row, verify

MAX_NAME_CHARS = 200  # an assessor's name
MAX_COVER_CHARS = 2000  # a detail typed on the cover (country, mission, assessors)
_CELL_REF = re.compile(r"^[A-Z]{1,3}[1-9][0-9]{0,6}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")

HashStatus = Literal["unchanged", "edited", "template"]


@dataclass(frozen=True)
class RejectedRow:
    """A row that was not imported: where it is and why."""

    sheet: str
    cell: str
    reason: str


@dataclass(frozen=True)
class MatrixRow:
    """One indicator's answer as read from a matrix."""

    indicator_id: str
    sheet: str
    row: int
    value: AnswerValue | None
    justification: str
    confidence: str | None
    assessor: str
    updated_at: str | None

    @property
    def empty(self) -> bool:
        return self.value is None and not self.justification and self.confidence is None


@dataclass(frozen=True)
class TreatyRow:
    """One provision's entry as read from the Treaty table sheet."""

    provision: str
    national_provision: str
    compliance: str  # full, partial, none, not-assessed
    note: str
    cell: str  # where it was read, e.g. A7


@dataclass(frozen=True)
class MatrixContent:
    """Everything read from a matrix workbook."""

    source: Path
    sha256: str  # of the file
    kind: L.Kind
    framework_id: str
    framework_version: str
    file_uuid: str | None
    country: str
    mission: str
    assessors: tuple[str, ...]
    language: str
    exported_at: str | None
    filled_by: str
    stored_hash: str | None
    computed_hash: str
    rows: tuple[MatrixRow, ...]  # non-empty answers, in framework order
    rejected: tuple[RejectedRow, ...]
    signature: SignatureCheck = UNSIGNED
    typed_details: tuple[tuple[str, str], ...] = ()  # country, mission, assessors typed on a blank's cover
    treaty: tuple[TreatyRow, ...] = ()  # filled rows of the Treaty table sheet
    actions: tuple[ActionRow, ...] = ()  # filled rows of the Action plan sheet
    mission_rows: tuple[MissionRow, ...] = ()  # the mission's fields (block "mission") and filled table rows
    instruments: tuple[str, ...] | None = None  # the exported assessment's instruments; None: not recorded

    @property
    def hash_status(self) -> HashStatus:
        """``unchanged``: the answer cells are as exported; ``edited``: changed outside the application.

        The hash is not keyed: it shows accidental changes only. Whether the answers are as their
        signer exported them is :attr:`signature`.
        """
        if self.kind == "template":
            return "template"
        return "unchanged" if self.stored_hash == self.computed_hash else "edited"

    @property
    def provenance_id(self) -> str:
        """A stable id of where these answers come from, for merge provenance.

        An unchanged export is its assessment (its file UUID); anything else (a filled-in template,
        an export edited in Excel) is identified by the file's content.
        """
        if self.file_uuid and self.hash_status == "unchanged":
            return self.file_uuid
        return str(uuid.uuid5(uuid.NAMESPACE_URL, f"cyberassess-matrix:{self.sha256}"))


# ------------------------------------------------------------------ stage 2: the content
def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return excel_unescape(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.isoformat()
    return str(value)


def _rows(ws: Any, first: int, max_col: int, path: Path) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """The sheet's non-empty rows from ``first`` with their numbers, refusing more than :data:`MAX_ROWS`.

    Only rows that hold a cell count: the size a sheet declares (its ``<dimension>``, often
    ``A1:J1048576`` once a whole column was formatted) is ignored (see :func:`open_workbook`).
    openpyxl fills the gaps between stored rows with one shared tuple of empty cells, skipped here
    by identity, so an empty formatted row at the bottom of a sheet costs a fraction of a second,
    and no row is held in memory. Rows beyond Excel's last row are not read.
    """
    filler: tuple[Any, ...] | None = None
    real = 0
    for number, row in enumerate(ws.iter_rows(min_row=first, max_row=EXCEL_MAX_ROWS, max_col=max_col), start=first):
        if row is filler:
            continue
        if all(cell is EMPTY_CELL for cell in row):
            filler = row
            continue
        real += 1
        if real > MAX_ROWS:
            raise _too_long(path, ws.title)
        yield number, row


def _too_long(path: Path, title: str) -> UnsafeWorkbookError:
    return refuse(
        path,
        f"sheet '{title}' has more than {MAX_ROWS:,} rows; a matrix has far fewer.",
        "Check that this is the matrix you meant to import.",
    )


def _parse_time(text: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _metadata(workbook: Any, path: Path) -> tuple[Any, dict[str, str]]:
    for ws in workbook.worksheets:
        first = next(ws.iter_rows(min_row=1, max_row=1, max_col=2, values_only=True), (None, None))
        if first and first[0] == L.MARKER:
            break
    else:
        raise MatrixError(
            f"{path.name} is not a CyberAssess matrix (it has no CyberAssess metadata sheet).",
            "Import a matrix exported by CyberAssess or a blank matrix made with 'export-xlsx --blank'.",
        )
    fields: dict[str, str] = {"format": _text(first[1] if len(first) > 1 else None)}
    for _n, cells in _rows(ws, 2, 3, path):
        key_cell, value_cell = cells[0], cells[1] if len(cells) > 1 else EMPTY_CELL
        if key_cell.data_type != "s" or value_cell.data_type in ("f", "e"):
            continue
        key = _text(key_cell.value).strip()
        if key and key not in fields:
            fields[key] = _text(value_cell.value).strip()
            stamp_cell = cells[2] if len(cells) > 2 else EMPTY_CELL
            if key.startswith("row:") and stamp_cell.data_type == "s":
                fields["stamp:" + key.removeprefix("row:")] = _text(stamp_cell.value).strip()[:64]
    return ws, fields


def _framework(path: Path, fields: dict[str, str], expected: Framework | None) -> Framework:
    fw_id, fw_version = fields.get("framework_id", ""), fields.get("framework_version", "")
    if not fw_id or not fw_version:
        raise MatrixError(
            f"{path.name}: the metadata sheet does not name the framework.", "Export a fresh matrix with CyberAssess."
        )
    framework = expected
    if framework is None:
        try:
            framework = get_framework(fw_id)
        except FrameworkError as exc:
            raise MatrixError(f"{path.name} uses framework '{fw_id}', which is not installed here.", exc.hint) from None
    if fw_id != framework.id:
        raise MatrixError(
            f"{path.name} is a matrix of framework '{fw_id}', but the assessment uses '{framework.id}'.",
            "Import it into an assessment of that framework, or fill in a matrix exported from this assessment.",
        )
    if fw_version != framework.version:
        raise MatrixError(
            f"{path.name} was made for {fw_id} version {fw_version}; here the framework is version "
            f"{framework.version}.",
            "Export a fresh matrix (or blank matrix) for this version and copy the answers into it.",
        )
    return framework


def read_matrix(path: Path | str, framework: Framework | None = None) -> MatrixContent:
    """Read and check a matrix workbook; ``framework`` (when given) is the one it must match.

    Structural problems (not a matrix, wrong framework, sheets or columns changed, limits exceeded)
    raise :class:`MatrixError`; a problem in one row rejects that row only.
    """
    path = Path(path)
    workbook, data = open_workbook(path)
    try:
        return _read(path, workbook, data, framework)
    except CyberAssessError:
        raise
    except Exception as exc:  # malformed XML or values met while reading the sheets
        detail = " ".join(str(exc).split())[:160]
        raise refuse(
            path,
            f"a sheet of the workbook cannot be read ({type(exc).__name__}: {detail}).",
            "Save it again as an .xlsx workbook from Excel or LibreOffice, or ask for a new export.",
        ) from None
    finally:
        workbook.close()


def _read(path: Path, workbook: Any, data: bytes, expected: Framework | None) -> MatrixContent:
    _meta_ws, fields = _metadata(workbook, path)
    try:
        format_version = int(fields.get("format") or "0")
    except ValueError:
        format_version = 0
    if format_version > L.FORMAT_VERSION:
        raise MatrixError(
            f"{path.name} was written by a newer CyberAssess (matrix format {format_version}).",
            "Update CyberAssess to import it.",
        )
    columns = L.columns_of(format_version)
    if format_version < 1 or fields.get("kind") not in ("assessment", "template"):
        raise MatrixError(
            f"{path.name}: the metadata sheet is damaged (format or kind missing).",
            "Export a fresh matrix with CyberAssess.",
        )
    kind: L.Kind = "assessment" if fields["kind"] == "assessment" else "template"
    fw = _framework(path, fields, expected)
    sheets = {k.removeprefix("sheet:"): v for k, v in fields.items() if k.startswith("sheet:")}
    checksums = {k.removeprefix("row:"): v for k, v in fields.items() if k.startswith("row:")}
    exported_at = fields.get("exported_at") or None
    exported_time = _parse_time(exported_at) if exported_at else None
    saved = getattr(workbook.properties, "modified", None)
    saved_time = saved.replace(tzinfo=UTC) if isinstance(saved, datetime) and saved.tzinfo is None else saved
    edited_at = (
        saved_time.isoformat(timespec="seconds")
        if isinstance(saved_time, datetime) and (exported_time is None or saved_time > exported_time)
        else None
    )
    filled_by = _cover_text(workbook, sheets.get("cover"), fields.get("filled_by_cell", ""))[:MAX_NAME_CHARS]
    typed = {
        key: _cover_text(workbook, sheets.get("cover"), fields.get(f"{key}_cell", ""))
        for key in ("country", "mission", "assessors")
    }
    row_assessor = _PARENTHESIS.sub("", filled_by).strip() or filled_by
    language = fields.get("language", "en")[:8]
    headings = {key: gettext(language, text) for key, text in L.NOTE_HEADINGS.items()}
    parser = L.ValueParser(fw)
    indicator_ids = set(fw.indicator_ids())
    section_ids = {d.id for d in fw.dimensions} | {s.id for d in fw.dimensions for s in d.sections}
    rows: dict[str, MatrixRow] = {}
    seen: dict[str, str] = {}
    rejected: list[RejectedRow] = []
    cells_for_hash: list[L.AnswerCells] = []
    signed_rows: list[SignedRow] = []
    for dimension in fw.dimensions:
        title = sheets.get(dimension.id)
        if not title:
            raise MatrixError(
                f"{path.name}: the metadata sheet does not name the sheet of {dimension.id}.",
                "Export a fresh matrix with CyberAssess.",
            )
        if title not in workbook.sheetnames:
            raise MatrixError(
                f"{path.name}: the sheet '{title}' ({dimension.id}) is missing (renamed or deleted?).",
                "Restore the sheet's name, or copy the answers into a fresh matrix.",
            )
        ws = workbook[title]
        _check_headers(path, ws, columns)
        for number, cells in _rows(ws, L.FIRST_ROW, len(columns), path):
            result = _read_row(parser, title, number, cells, indicator_ids, section_ids, columns, headings)
            if result is None:
                continue
            if isinstance(result, RejectedRow):
                rejected.append(result)
                continue
            row, hash_cells = result
            row = _exact_stamp(row, fields.get("stamp:" + row.indicator_id, ""))
            if row.indicator_id in seen:
                rejected.append(
                    RejectedRow(
                        title,
                        f"A{number}",
                        f"{row.indicator_id} appears twice (first in {seen[row.indicator_id]}); this row is ignored",
                    )
                )
                continue
            seen[row.indicator_id] = f"'{title}'!A{number}"
            cells_for_hash.append(hash_cells)
            signed_rows.append(signed_row(*hash_cells, row.assessor, row.updated_at))
            untouched = checksums.get(row.indicator_id) == L.row_checksum(hash_cells, row.assessor)
            updated_at = row.updated_at if untouched and row.updated_at and _parse_time(row.updated_at) else edited_at
            assessor = row.assessor or row_assessor
            rows[row.indicator_id] = MatrixRow(
                row.indicator_id, title, number, row.value, row.justification, row.confidence, assessor, updated_at
            )
    treaty = _read_treaty(path, workbook, sheets.get("treaty"), fw, rejected)
    actions = _read_actions(path, workbook, sheets.get("actions"), fw, rejected)
    mission = _read_mission(path, workbook, sheets.get("mission"), fields, rejected)
    order = {iid: n for n, iid in enumerate(fw.indicator_ids())}
    stored = fields.get("answers_sha256", "").lower()
    file_uuid = fields.get("file_uuid", "")
    try:
        file_uuid = str(uuid.UUID(file_uuid))
    except ValueError:
        file_uuid = ""
    return MatrixContent(
        source=path,
        sha256=hashlib.sha256(data).hexdigest(),
        kind=kind,
        framework_id=fw.id,
        framework_version=fw.version,
        file_uuid=file_uuid or None,
        country=(typed["country"] or fields.get("country", ""))[:200],
        mission=(typed["mission"] or fields.get("mission", ""))[:200],
        assessors=tuple(
            a.strip()[:MAX_NAME_CHARS]
            for a in re.split(r"[;\n]", typed["assessors"] or fields.get("assessors", ""))
            if a.strip()
        ),
        typed_details=tuple((k, v[:200]) for k, v in typed.items() if v),
        treaty=treaty,
        actions=actions,
        mission_rows=mission,
        instruments=_instruments(fields, fw) if kind == "assessment" else None,
        language=language,
        exported_at=exported_at if exported_time else None,
        filled_by=filled_by,
        stored_hash=stored if _SHA256.match(stored) else None,
        computed_hash=L.answers_sha256(fw, cells_for_hash),
        rows=tuple(sorted((r for r in rows.values() if not r.empty), key=lambda r: order[r.indicator_id])),
        rejected=tuple(rejected),
        signature=verify(fields, payload(fields, filled_by, signed_rows, fw.indicator_ids())),
    )


_PARENTHESIS = re.compile(r"\s*\([^()]*\)\s*$")


def _instruments(fields: dict[str, str], fw: Framework) -> tuple[str, ...] | None:
    """The instruments the metadata records (matrices of format 1 before they did: None).

    Ids the framework does not declare are left out; an empty value recorded means none applies.
    """
    if "instruments" not in fields:
        return None
    named = {part.strip() for part in fields["instruments"][:MAX_COVER_CHARS].split(",")}
    return tuple(i for i in fw.instrument_ids() if i in named)


def _exact_stamp(row: MatrixRow, exact: str) -> MatrixRow:
    """The time behind a date cell: the metadata's exact stamp when the cell still shows it (to the second).

    Exported times are real dates in Excel (to the second, without time zone); the exact ISO text
    (with its fraction) is kept in the metadata sheet, so an untouched row keeps its exact time
    (and its signature) while a date edited in Excel is taken as typed, in UTC.
    """
    moment = _parse_time(row.updated_at) if row.updated_at else None
    known = _parse_time(exact) if exact else None
    if moment is None or known is None or abs((moment - known).total_seconds()) >= 1:
        return row
    return dataclasses.replace(row, updated_at=exact)


def _cover_text(workbook: Any, cover_title: str | None, cell_ref: str) -> str:
    if not cover_title or cover_title not in workbook.sheetnames or not _CELL_REF.match(cell_ref):
        return ""
    cell = workbook[cover_title][cell_ref]
    if cell.data_type != "s":
        return ""
    return " ".join(_text(cell.value).split())[:MAX_COVER_CHARS]


def _compliance_values() -> dict[str, str]:
    from .sheets.treaty import COMPLIANCE_LABELS

    values = {}
    for key, label in COMPLIANCE_LABELS.items():
        values[key] = key
        for lang in SUPPORTED:
            values[" ".join(gettext(lang, label).split()).casefold()] = key
    return values


def _read_treaty(
    path: Path, workbook: Any, title: str | None, fw: Framework, rejected: list[RejectedRow]
) -> tuple[TreatyRow, ...]:
    """The filled rows of the Treaty table (absent from format 1 matrices): editable cells only, never formulas."""
    from ..review.treaty import provision_keys
    from .sheets.treaty import TREATY_COLUMNS, TREATY_EDITABLE, TREATY_FIRST_ROW

    if not title or title not in workbook.sheetnames:
        return ()
    known = provision_keys(fw)
    choices = _compliance_values()
    index = {key: n for n, (key, _h, _w) in enumerate(TREATY_COLUMNS)}
    rows: dict[str, TreatyRow] = {}
    for number, cells in _rows(workbook[title], TREATY_FIRST_ROW, len(TREATY_COLUMNS), path):
        by_key = {k: cells[i] if i < len(cells) else EMPTY_CELL for k, i in index.items()}
        letters = {k: f"{chr(ord('A') + i)}{number}" for k, i in index.items()}
        cell, where = by_key.__getitem__, letters.__getitem__
        key = _text(cell("provision").value).strip()
        bad = next((k for k in TREATY_EDITABLE if cell(k).data_type in ("f", "e") and cell(k).value is not None), None)
        if bad:
            rejected.append(RejectedRow(title, where(bad), f"{key or 'this row'}: a formula or error value, not text"))
            continue
        texts = {k: _text(cell(k).value).strip() for k in TREATY_EDITABLE}
        if not any(texts.values()):
            continue
        too_long = next((k for k in ("national_provision", "note") if len(texts[k]) > MAX_NOTE_CHARS), None)
        if key not in known:
            rejected.append(
                RejectedRow(title, where("provision"), f"'{key[:40]}' is not a provision of this framework")
            )
        elif key in rows:
            rejected.append(RejectedRow(title, where("provision"), f"{key} appears twice; this row is ignored"))
        elif too_long:
            rejected.append(RejectedRow(title, where(too_long), f"{key}: longer than {MAX_NOTE_CHARS:,} characters"))
        else:
            compliance = choices.get(" ".join(texts["compliance"].split()).casefold()) if texts["compliance"] else None
            if texts["compliance"] and compliance is None:
                rejected.append(
                    RejectedRow(
                        title, where("compliance"), f"{key}: '{texts['compliance'][:40]}' is not full, partial or none"
                    )
                )
                continue
            rows[key] = TreatyRow(
                key, texts["national_provision"], compliance or "not-assessed", texts["note"], where("provision")
            )
    return tuple(rows.values())


def _read_mission(
    path: Path, workbook: Any, title: str | None, fields: dict[str, str], rejected: list[RejectedRow]
) -> tuple[MissionRow, ...]:
    """The Mission sheet's blocks (absent from older matrices), each where the metadata says it starts."""
    starts: dict[str, int] = {}
    for block in ("mission", *TABLES):
        text = fields.get(f"mission_rows:{block}", "")
        if text.isdigit() and 1 <= int(text) <= EXCEL_MAX_ROWS:
            starts[block] = int(text)
    if not title or title not in workbook.sheetnames or len(starts) != 1 + len(TABLES):
        return ()
    accepted = {
        key: {**{gettext(lang, c).casefold(): c for lang in SUPPORTED for c in codes}, **{c: c for c in codes}}
        for key, codes in MISSION_CHOICES.items()
    }
    ws = workbook[title]
    result: list[MissionRow] = []
    order = sorted(starts.items(), key=lambda item: item[1])
    ends = {
        block: (order[n + 1][1] - 4 if n + 1 < len(order) else EXCEL_MAX_ROWS) for n, (block, _s) in enumerate(order)
    }
    values: dict[str, object] = {}
    for number, cells in _rows(ws, starts["mission"], 2, path):
        if number >= starts["mission"] + len(MISSION_FIELDS):
            break
        key = MISSION_FIELDS[number - starts["mission"]][0]
        cell = cells[1] if len(cells) > 1 else EMPTY_CELL
        if cell.data_type in ("f", "e") and cell.value is not None:
            rejected.append(RejectedRow(title, f"B{number}", f"{key}: a formula or error value, not text"))
            continue
        values[key] = _text(cell.value) if isinstance(cell.value, str) else cell.value
    try:
        mission_fields = check_mission_fields(values, accepted)
    except CyberAssessError as exc:
        row = starts["mission"] + next((n for n, (k, _l) in enumerate(MISSION_FIELDS) if k == exc.hint), 0)
        rejected.append(RejectedRow(title, f"B{row}", f"mission: {exc.message}"))
    else:
        if mission_fields:
            result.append(MissionRow("mission", mission_fields, f"B{starts['mission']}"))
    for block, (_title, columns, _empty) in TABLES.items():
        for number, cells in _rows(ws, starts[block], len(columns), path):
            if number > ends[block]:
                break
            by_key = {k: cells[i] if i < len(cells) else EMPTY_CELL for i, (k, _h) in enumerate(columns)}
            letters = {k: f"{get_column_letter(i + 1)}{number}" for i, (k, _h) in enumerate(columns)}
            bad = next((k for k, c in by_key.items() if c.data_type in ("f", "e") and c.value is not None), None)
            if bad:
                rejected.append(RejectedRow(title, letters[bad], f"{block}: a formula or error value, not text"))
                continue
            raw = {k: _text(c.value) if isinstance(c.value, str) else c.value for k, c in by_key.items()}
            if all(v is None or (isinstance(v, str) and not v.strip()) for v in raw.values()):
                continue
            try:
                entry = check_entry(block, raw)
            except CyberAssessError as exc:
                rejected.append(
                    RejectedRow(title, letters.get(exc.hint, letters[columns[0][0]]), f"{block}: {exc.message}")
                )
                continue
            result.append(MissionRow(block, entry, letters[columns[0][0]]))
    return tuple(result)


def _read_actions(
    path: Path, workbook: Any, title: str | None, fw: Framework, rejected: list[RejectedRow]
) -> tuple[ActionRow, ...]:
    """The filled rows of the Action plan (absent from format 1 matrices), checked as the store checks them."""
    if not title or title not in workbook.sheetnames:
        return ()
    accepted = accepted_choices()
    rows: list[ActionRow] = []
    seen: set[int] = set()
    for number, cells in _rows(workbook[title], ACTIONS_FIRST_ROW, len(ACTION_COLUMNS), path):
        by_key = {k: cells[i] if i < len(cells) else EMPTY_CELL for i, (k, _h, _w) in enumerate(ACTION_COLUMNS)}
        letters = {k: f"{get_column_letter(i + 1)}{number}" for i, (k, _h, _w) in enumerate(ACTION_COLUMNS)}
        bad = next((k for k, c in by_key.items() if c.data_type in ("f", "e") and c.value is not None), None)
        if bad:
            rejected.append(RejectedRow(title, letters[bad], "a formula or error value in the action plan, not text"))
            continue
        values = {k: _text(c.value) if isinstance(c.value, str) else c.value for k, c in by_key.items()}
        if all(v is None or (isinstance(v, str) and not v.strip()) for k, v in values.items() if k != "id"):
            continue
        if any(isinstance(v, str) and len(v) > MAX_NOTE_CHARS for v in values.values()):
            rejected.append(RejectedRow(title, letters["id"], f"a cell is longer than {MAX_NOTE_CHARS:,} characters"))
            continue
        raw_id = values["id"]
        action_id = int(raw_id) if isinstance(raw_id, int | float) and float(raw_id).is_integer() else None
        try:
            fields = check_row(fw, values, accepted)
        except CyberAssessError as exc:
            rejected.append(RejectedRow(title, letters.get(exc.hint, letters["id"]), f"action: {exc.message}"))
            continue
        if not fields["title"]:
            rejected.append(RejectedRow(title, letters["title"], "the action has no title"))
            continue
        if action_id is not None and action_id in seen:
            action_id = None
        if action_id is not None:
            seen.add(action_id)
        rows.append(ActionRow(action_id, fields, letters["id"]))
    return tuple(rows)


def _check_headers(path: Path, ws: Any, columns: tuple[L.Column, ...]) -> None:
    header = next(ws.iter_rows(min_row=L.HEADER_ROW, max_row=L.HEADER_ROW, max_col=len(columns)), ())
    for index, column in enumerate(columns):
        cell = header[index] if index < len(header) else None
        value = _text(cell.value) if cell is not None else ""
        if not L.header_matches(value, column):
            letter = chr(ord("A") + index)
            raise MatrixError(
                f"{path.name}: the columns of sheet '{ws.title}' were changed: {letter}{L.HEADER_ROW} should be "
                f"'{column.header}' but is '{value[:40]}'.",
                "Put the columns back in the exported order (indicator, question, stage, justification, confidence, "
                "assessor, ...), or copy the answers into a fresh matrix.",
            )


_ParsedRow = tuple[MatrixRow, L.AnswerCells]
_WRITTEN = (*L.ANSWER_COLUMNS, *L.NOTE_COLUMNS)


def _read_row(
    parser: L.ValueParser,
    sheet: str,
    number: int,
    cells: tuple[Any, ...],
    indicator_ids: set[str],
    headings: set[str],
    columns: tuple[L.Column, ...] = L.COLUMNS,
    note_headings: dict[str, str] | None = None,
) -> _ParsedRow | RejectedRow | None:
    """One row: ``None`` for blank and heading rows, else the answer or why it was rejected.

    What is written in the comments and documents columns is appended to the justification under
    its heading (:func:`~.layout.joined_justification`).
    """
    col = {c.key: i for i, c in enumerate(columns)}
    keys = [k for k in (*_WRITTEN, "updated_at") if k in col]
    by_key = {key: cells[col[key]] if col[key] < len(cells) else EMPTY_CELL for key in keys}
    for key in L.NOTE_COLUMNS:
        by_key.setdefault(key, EMPTY_CELL)

    def where(key: str) -> str:
        return f"{L.column_letter(key, columns)}{number}"

    raw_id = _text(by_key["id"].value).strip()
    for key in _WRITTEN:
        cell = by_key[key]
        if cell.value is None:
            continue
        label = raw_id or "this row"
        if cell.data_type == "f":
            return RejectedRow(
                sheet,
                where(key),
                f"{label}: the cell holds a formula; formulas are never evaluated - type the value itself",
            )
        if cell.data_type == "e":
            return RejectedRow(sheet, where(key), f"{label}: the cell holds an error value ({cell.value})")
        if isinstance(cell.value, str) and len(cell.value) > EXCEL_CELL_LIMIT:
            return RejectedRow(sheet, where(key), f"{label}: the cell is longer than {EXCEL_CELL_LIMIT:,} characters")
    written = ("level", "justification", *L.NOTE_COLUMNS)
    if not raw_id:
        if any(_text(by_key[k].value).strip() for k in written):
            return RejectedRow(sheet, where("id"), "the row has an answer but no indicator id")
        return None
    if raw_id in headings:
        filled = next((k for k in (*written, "confidence") if _text(by_key[k].value).strip()), None)
        if filled:
            return RejectedRow(
                sheet, where(filled), f"{raw_id} is a section heading: answer in the rows of its indicators"
            )
        return None
    if raw_id not in indicator_ids:
        return RejectedRow(sheet, where("id"), f"'{raw_id[:40]}' is not an indicator of this framework")
    level = by_key["level"].value
    try:
        value = parser.level(excel_unescape(level) if isinstance(level, str) else level)
    except ValueError as exc:
        return RejectedRow(sheet, where("level"), f"{raw_id}: {exc}")
    try:
        confidence = parser.confidence(_text(by_key["confidence"].value))
    except ValueError as exc:
        return RejectedRow(sheet, where("confidence"), f"{raw_id}: {exc}")
    notes = [((note_headings or L.NOTE_HEADINGS)[k], _text(by_key[k].value)) for k in L.NOTE_COLUMNS]
    written_text = _text(by_key["justification"].value)
    justification = L.joined_justification(written_text, notes)
    if justification != written_text and len(justification) > MAX_NOTE_CHARS:
        return RejectedRow(
            sheet,
            where("justification"),
            f"{raw_id}: justification, comments and documents seen together exceed {MAX_NOTE_CHARS:,} characters",
        )
    assessor = _text(by_key["assessor"].value).strip()
    if len(assessor) > MAX_NAME_CHARS:
        return RejectedRow(
            sheet, where("assessor"), f"{raw_id}: the assessor's name is longer than {MAX_NAME_CHARS} characters"
        )
    # what the document would refuse is refused here, row by row, before anything is written
    try:
        check_text("justification", justification)
    except InputError as exc:
        return RejectedRow(sheet, where("justification"), f"{raw_id}: {printable(exc.message)}")
    try:
        check_line("assessor's name", assessor)
    except InputError as exc:
        return RejectedRow(sheet, where("assessor"), f"{raw_id}: {printable(exc.message)}")
    stamp_cell = by_key.get("updated_at", EMPTY_CELL)
    if isinstance(stamp_cell.value, datetime):
        stamp = stamp_cell.value.replace(tzinfo=UTC).isoformat(timespec="seconds")
    else:
        stamp = _text(stamp_cell.value).strip() if stamp_cell.data_type == "s" else ""
    row = MatrixRow(raw_id, sheet, number, value, justification, confidence, assessor, stamp or None)
    return row, L.answer_cells(raw_id, value, justification, confidence)
