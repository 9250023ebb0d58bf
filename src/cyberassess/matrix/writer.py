"""Write matrix workbooks: an assessment's answers for upload, or a blank matrix for the field.

The workbook is built in memory with openpyxl and written atomically (temporary file in the same
folder, ``fsync``, ``os.replace``), so an interrupted export never leaves half a workbook under
the final name. It contains no formulas, macros or external links; user text is always written as
text (see :mod:`.safety`). Structural cells are protected without a password, so the answer cells
(yellow) can be filled in while ids, questions and the layout stay as exported.
"""

from __future__ import annotations

import hashlib
import io
import math
import uuid
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from .. import __version__
from ..atomicfile import atomic_target
from ..errors import DocumentError
from ..framework import Framework, tr
from ..i18n import gettext, is_rtl, normalise
from ..scoring import ScoreCard, score_assessment
from ..store.document import Assessment
from ..store.records import AnswerRecord, EvidenceRecord
from . import layout as L
from .errors import MatrixError
from .safety import EXCEL_CELL_LIMIT, excel_escape, put_text
from .signature import signature_rows

if TYPE_CHECKING:
    from ..report.keys import LoadedKey

XLSX_SUFFIX = ".xlsx"

_BOLD = Font(bold=True)
_TITLE = Font(bold=True, size=14)
_BIG_TITLE = Font(bold=True, size=16)
_HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
_SECTION_FILL = PatternFill("solid", fgColor="EDEDED")
_INPUT_FILL = PatternFill("solid", fgColor="FFF2CC")
_WRAP_TOP = Alignment(wrap_text=True, vertical="top")
_TOP = Alignment(vertical="top")
_HEADER_ALIGN = Alignment(wrap_text=True, vertical="center")
_UNLOCKED = Protection(locked=False)
_THIN = Side(style="thin", color="BFBFBF")
_GRID = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_LINE_HEIGHT = 15.0  # points per line of 11-point text
_MAX_ROW_HEIGHT = 409.0  # Excel's limit


@dataclass
class _Content:
    """What goes into a workbook, whether from an assessment or blank."""

    framework: Framework
    language: str
    kind: L.Kind
    file_uuid: str
    country: str = ""
    mission: str = ""
    assessors: tuple[str, ...] = ()
    answers: Mapping[str, AnswerRecord] = field(default_factory=dict)
    evidence: Mapping[str, Sequence[EvidenceRecord]] = field(default_factory=dict)
    card: ScoreCard | None = None
    exported_at: str = field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds"))
    key: LoadedKey | None = None  # sign the answers with it


# ------------------------------------------------------------------ public API
def export_matrix(doc: Assessment, output: Path, *, language: str = "en", key: LoadedKey | None = None) -> Path:
    """Write ``doc``'s answers as a matrix workbook at ``output`` (replaced atomically if it exists).

    With ``key`` (an opened signing key, :func:`~cyberassess.report.keys.open_key`) the metadata
    sheet carries a signature over the answers, assessors, times and metadata (see
    :mod:`.signature`). When the assessment is writable the export (file name, SHA-256 and signer)
    is recorded in its report log. Returns ``output``.
    """
    output = _check_output(Path(output))
    content = _assessment_content(doc, language, key)
    digest = _save_atomic(build_workbook(content), output)
    if not doc.read_only:
        signer = (key.info.subject, key.info.certificate_sha256) if key is not None else (None, None)
        doc.log_report(
            "xlsx", output.name, digest, language=content.language, signer=signer[0], certificate_sha256=signer[1]
        )
    return output


def matrix_bytes(doc: Assessment, *, language: str = "en", key: LoadedKey | None = None) -> bytes:
    """``doc``'s matrix workbook in memory (nothing written, nothing logged): for sealed packages."""
    buffer = io.BytesIO()
    build_workbook(_assessment_content(doc, language, key)).save(buffer)
    return buffer.getvalue()


def _assessment_content(doc: Assessment, language: str, key: LoadedKey | None) -> _Content:
    info = doc.info
    evidence: dict[str, list[EvidenceRecord]] = defaultdict(list)
    for record in doc.evidence():
        evidence[record.indicator_id].append(record)
    return _Content(
        framework=doc.framework,
        language=normalise(language),
        kind="assessment",
        file_uuid=info.file_uuid,
        country=info.country,
        mission=info.mission,
        assessors=info.assessors,
        answers=doc.answers(),
        evidence=evidence,
        card=score_assessment(doc),
        key=key,
    )


def export_blank(framework: Framework, output: Path, *, language: str = "en") -> Path:
    """Write an empty matrix of ``framework`` for an assessor without the application."""
    output = _check_output(Path(output))
    content = _Content(framework=framework, language=normalise(language), kind="template", file_uuid=str(uuid.uuid4()))
    _save_atomic(build_workbook(content), output)
    return output


# ------------------------------------------------------------------ file handling
def _check_output(output: Path) -> Path:
    if output.suffix.lower() != XLSX_SUFFIX:
        raise MatrixError(
            f"{output.name}: a matrix must be saved as an Excel workbook (.xlsx).",
            f"Use a name ending in .xlsx, e.g. {output.stem or 'matrix'}.xlsx.",
        )
    if not output.parent.is_dir():
        raise DocumentError(f"The folder {output.parent} does not exist.", "Create it first or choose another.")
    if output.is_dir():
        raise DocumentError(f"{output} is a folder.", "Give a file name ending in .xlsx.")
    return output


def _save_atomic(workbook: Workbook, output: Path) -> str:
    """Save via a temporary file and a rename; returns the SHA-256 of the written file."""
    try:
        with atomic_target(output) as tmp:
            workbook.save(tmp)
            with open(tmp, "rb") as handle:
                digest = hashlib.file_digest(handle, "sha256").hexdigest()
    except PermissionError:
        raise DocumentError(
            f"Could not write {output.name}: permission denied.",
            "Close the file if it is open in Excel or LibreOffice, or choose another folder.",
        ) from None
    except OSError as exc:
        raise DocumentError(
            f"Could not write {output.name}: {exc.strerror or exc}.", "Choose another folder."
        ) from None
    return digest


# ------------------------------------------------------------------ building
def build_workbook(content: _Content) -> Workbook:
    fw, lang = content.framework, content.language
    titles = L.unique_titles(
        [L.fixed_sheet_title("cover", lang), L.fixed_sheet_title("summary", lang)]
        + [L.dimension_sheet_title(d, lang) for d in fw.dimensions]
        + [L.fixed_sheet_title("metadata", lang), L.fixed_sheet_title("lists", lang)]
    )
    cover_title, summary_title, *dimension_titles = titles[:-2]
    metadata_title, lists_title = titles[-2:]
    wb = Workbook()
    cover = wb.active
    assert cover is not None
    cover.title = cover_title
    filled_by_cell = _write_cover(cover, content)
    if content.kind == "assessment" and content.card is not None:
        _write_summary(wb.create_sheet(summary_title), content, content.card)
    lists = wb.create_sheet(lists_title)
    level_range, confidence_range = _write_lists(lists, content)
    rows: list[tuple[L.AnswerCells, str]] = []
    for dimension, title in zip(fw.dimensions, dimension_titles, strict=True):
        ws = wb.create_sheet(title)
        rows.extend(_write_dimension(ws, content, dimension.id, level_range, confidence_range))
    sheet_map = {"cover": cover_title, **dict(zip((d.id for d in fw.dimensions), dimension_titles, strict=True))}
    _write_metadata(wb.create_sheet(metadata_title), content, sheet_map, filled_by_cell, rows)
    wb.move_sheet(lists, offset=len(wb.sheetnames))  # hidden lists last
    lists.sheet_state = "hidden"
    wb.security = WorkbookProtection(lockStructure=True)  # no password: sheets cannot be renamed or moved
    wb.properties.creator = f"CyberAssess {__version__}"
    wb.properties.title = gettext(lang, "Cybercrime capacity assessment matrix")
    return wb


def _fit_page(ws: Worksheet, *, landscape: bool) -> None:
    """Print (and convert to PDF) one page wide, as many pages tall as needed."""
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def _protect(ws: Worksheet, language: str) -> None:
    ws.protection.sheet = True  # no password: only the layout is protected
    ws.protection.formatColumns = False
    ws.protection.formatRows = False
    if is_rtl(language):
        ws.sheet_view.rightToLeft = True


def _put(ws: Worksheet, row: int, column: int, text: str, **style: Any) -> Any:
    cell = ws.cell(row=row, column=column)
    put_text(cell, text)
    for name, value in style.items():
        setattr(cell, name, value)
    return cell


def _lines(text: str, width: float) -> int:
    per_line = max(1, int(width * 0.95))
    return sum(max(1, math.ceil(len(part) / per_line)) for part in text.split("\n"))


def _fit_height(ws: Worksheet, row: int, texts: Sequence[tuple[str, float]]) -> None:
    lines = max((_lines(t, w) for t, w in texts if t), default=1)
    if lines > 1:
        ws.row_dimensions[row].height = min(_MAX_ROW_HEIGHT, lines * _LINE_HEIGHT + 3)


def _stamp(iso: str) -> str:
    return iso.replace("T", " ").replace("+00:00", " UTC")


def _write_cover(ws: Worksheet, content: _Content) -> str:
    fw, lang = content.framework, content.language
    t = partial(gettext, lang)
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = 90
    _put(ws, 1, 1, t("Cybercrime capacity assessment matrix"), font=_BIG_TITLE)
    ws.row_dimensions[1].height = 24
    _put(ws, 2, 1, tr(fw.name, lang), font=_BOLD)
    kind_text = (
        t("Answers exported from an assessment")
        if content.kind == "assessment"
        else t("Blank matrix to fill in and return")
    )
    facts = [
        (t("Type"), kind_text),
        (t("Country"), content.country),
        (t("Mission"), content.mission),
        (t("Assessors"), ", ".join(content.assessors)),
        (t("Framework"), f"{fw.id} {fw.version}"),
        (t("File UUID"), content.file_uuid),
        (t("Exported"), _stamp(content.exported_at)),
        (t("Exported with"), f"CyberAssess {__version__}"),
    ]
    row = 4
    for label, value in facts:
        _put(ws, row, 1, label, font=_BOLD, alignment=_TOP)
        _put(ws, row, 2, value, alignment=_WRAP_TOP)
        row += 1
    _put(ws, row, 1, t("Filled in by (your name)"), font=_BOLD)
    filled = ws.cell(row=row, column=2)
    filled.fill, filled.protection, filled.border = _INPUT_FILL, _UNLOCKED, _GRID
    filled_by_cell = f"B{row}"
    row += 2
    _put(ws, row, 1, t("How to fill in and return this matrix"), font=_TITLE)
    row += 1
    steps = [
        t("Each dimension has its own sheet, with one row per indicator. Fill in only the yellow cells."),
        t(
            "Stage: choose from the drop-down list, 1 (Start-up) to 5 (Dynamic), or N/A (not applicable), "
            "or Unknown (no data). The stages are described below."
        ),
        t("Justification: say what you observed, which documents you read and whom you interviewed."),
        t("Confidence: low, medium or high. Assessor: your name (or write it once above)."),
        t(
            "Do not rename the sheets, move or delete columns, or change the indicator ids: CyberAssess "
            "matches the rows on the indicator ids. Grey cells are protected (no password)."
        ),
        t(
            "Save as an Excel workbook (.xlsx), not .xlsm, .xls or .csv, and send it back to the mission lead, "
            "who imports it in CyberAssess (Import matrix, or: cyberassess import-xlsx)."
        ),
        t("Answers are compared with the assessment on import: nothing is overwritten without the assessor's choice."),
    ]
    for n, step in enumerate(steps, start=1):
        _put(ws, row, 1, f"{n}.", alignment=Alignment(horizontal="right", vertical="top"))
        _put(ws, row, 2, step, alignment=_WRAP_TOP)
        _fit_height(ws, row, [(step, 90)])
        row += 1
    row += 1
    _put(ws, row, 1, t("Maturity stages"), font=_TITLE)
    row += 1
    for stage in fw.stages:
        _put(ws, row, 1, f"{stage.level} - {tr(stage.label, lang)}", font=_BOLD, alignment=_TOP)
        description = tr(stage.description, lang)
        _put(ws, row, 2, description, alignment=_WRAP_TOP)
        _fit_height(ws, row, [(description, 90)])
        row += 1
    markers = (
        (L.NA_LABEL, "The indicator does not apply to this country's legal system or institutions."),
        (L.UNKNOWN_LABEL, "No information could be obtained; never counted as stage zero."),
    )
    for label, text in markers:
        _put(ws, row, 1, t(label), font=_BOLD, alignment=_TOP)
        _put(ws, row, 2, t(text), alignment=_WRAP_TOP)
        row += 1
    _fit_page(ws, landscape=False)
    _protect(ws, lang)
    ws.sheet_view.showGridLines = False
    return filled_by_cell


def _write_summary(ws: Worksheet, content: _Content, card: ScoreCard) -> None:
    fw, lang = content.framework, content.language
    t = partial(gettext, lang)

    def stage_text(stage: int | None) -> str:
        return f"{stage} - {tr(fw.stage(stage).label, lang)}" if stage else ""

    for letter, width in zip("ABCDEFGH", (16, 50, 9, 18, 9, 12, 11, 13), strict=True):
        ws.column_dimensions[letter].width = width
    _put(ws, 1, 1, t("Summary"), font=_TITLE)
    _put(ws, 1, 2, content.country, font=_TITLE)
    overall = [
        (t("Overall score"), card.score, "0.00"),
        (t("Stage reached"), stage_text(card.stage), None),
        (t("Coverage"), card.coverage, "0%"),
        (t("Target stage"), card.target_stage, "0"),
    ]
    row = 3
    for label, value, number_format in overall:
        _put(ws, row, 1, label, font=_BOLD)
        cell = ws.cell(row=row, column=2)
        _summary_value(cell, value, number_format)
        cell.alignment = Alignment(horizontal="left")
        row += 1
    row += 1
    headers = ["Dimension", "Title", "Score", "Stage", "Rated", "Applicable", "Coverage", "Gap to target"]
    header_row = row
    for column, header in enumerate(headers, start=1):
        _put(ws, row, column, t(header), font=_BOLD, fill=_HEADER_FILL, alignment=_HEADER_ALIGN, border=_GRID)
    for dim_score, dimension in zip(card.dimensions, fw.dimensions, strict=True):
        row += 1
        values: list[tuple[object, str | None]] = [
            (dimension.id, None),
            (tr(dimension.title, lang), None),
            (dim_score.score, "0.00"),
            (stage_text(dim_score.stage), None),
            (dim_score.rated, "0"),
            (dim_score.applicable, "0"),
            (dim_score.coverage, "0%"),
            (dim_score.gap, "0.00"),
        ]
        for column, (item, number_format) in enumerate(values, start=1):
            cell = ws.cell(row=row, column=column)
            _summary_value(cell, item, number_format)
            cell.border, cell.alignment = _GRID, _WRAP_TOP
    ws.freeze_panes = f"A{header_row + 1}"
    chart = BarChart()
    chart.type = "col"
    chart.title = t("Score per dimension (stages 1-5)")
    chart.y_axis.title = t("Score")
    chart.y_axis.scaling.min = 0
    chart.y_axis.scaling.max = 5
    chart.y_axis.majorUnit = 1
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.legend = None
    data = Reference(ws, min_col=3, min_row=header_row, max_row=row)
    categories = Reference(ws, min_col=1, min_row=header_row + 1, max_row=row)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(categories)
    chart.width, chart.height = 22, 9
    ws.add_chart(chart, f"A{row + 3}")
    _fit_page(ws, landscape=True)
    _protect(ws, lang)


def _summary_value(cell: Any, value: object, number_format: str | None) -> None:
    if value is None:
        return
    if isinstance(value, str):
        put_text(cell, value)
        return
    cell.value = value
    if number_format:
        cell.number_format = number_format


def _write_lists(ws: Worksheet, content: _Content) -> tuple[str, str]:
    levels = L.level_choices(content.framework, content.language)
    confidences = [L.confidence_label(c, content.language) for c in L.CONFIDENCES]
    for row, text in enumerate(levels, start=1):
        put_text(ws.cell(row=row, column=1), text)
    for row, text in enumerate(confidences, start=1):
        put_text(ws.cell(row=row, column=2), text)
    _protect(ws, content.language)
    sheet = quote_sheetname(ws.title)
    return f"{sheet}!$A$1:$A${len(levels)}", f"{sheet}!$B$1:$B${len(confidences)}"


def _validation(formula: str, title: str, prompt: str, error: str) -> DataValidation:
    return DataValidation(
        type="list",
        formula1=formula,
        allow_blank=True,
        showDropDown=False,
        showErrorMessage=True,
        showInputMessage=True,
        errorStyle="stop",
        errorTitle=title[:32],
        error=error[:225],
        promptTitle=title[:32],
        prompt=prompt[:255],
    )


def _references(framework: Framework, indicator_id: str, language: str) -> str:
    lines = []
    for ref in framework.indicator(indicator_id).references:
        try:
            name = tr(framework.instrument(ref.instrument).short, language)
        except StopIteration:
            name = ref.instrument
        parts = [name]
        if ref.article:
            parts.append(gettext(language, "Art. {article}", article=ref.article))
        text = ", ".join(parts)
        if ref.provision:
            text += f" - {tr(ref.provision, language)}"
        lines.append(text)
    return "\n".join(lines)


def _clip(text: str) -> str:
    """Text for an informative (never read back) cell, shortened to fit Excel's cell limit."""
    if len(excel_escape(text)) <= EXCEL_CELL_LIMIT:
        return text
    return text[: EXCEL_CELL_LIMIT // 8] + "…"


def _write_dimension(
    ws: Worksheet, content: _Content, dimension_id: str, level_range: str, confidence_range: str
) -> list[tuple[L.AnswerCells, str]]:
    fw, lang = content.framework, content.language
    t = partial(gettext, lang)
    dimension = next(d for d in fw.dimensions if d.id == dimension_id)
    widths = {c.key: c.width for c in L.COLUMNS}
    for index, column in enumerate(L.COLUMNS, start=1):
        ws.column_dimensions[get_column_letter(index)].width = column.width
    _put(ws, L.TITLE_ROW, 1, f"{dimension.id}  {tr(dimension.title, lang)}", font=_TITLE)
    ws.row_dimensions[L.TITLE_ROW].height = 22
    for index, column in enumerate(L.COLUMNS, start=1):
        _put(
            ws,
            L.HEADER_ROW,
            index,
            t(column.header),
            font=_BOLD,
            fill=_HEADER_FILL,
            alignment=_HEADER_ALIGN,
            border=_GRID,
        )
    ws.row_dimensions[L.HEADER_ROW].height = 32
    ws.freeze_panes = f"B{L.FIRST_ROW}"
    stage_prompt = t(
        "Choose the stage that best describes the situation: 1 Start-up to 5 Dynamic "
        "(see the Cover sheet), N/A or Unknown."
    )
    level_dv = _validation(
        level_range, t("Stage"), stage_prompt, t("Choose a stage from the list: 1 to 5, N/A or Unknown.")
    )
    confidence_dv = _validation(
        confidence_range,
        t("Confidence"),
        t("How sure is this answer: low, medium or high?"),
        t("Choose low, medium or high from the list."),
    )
    ws.add_data_validation(level_dv)
    ws.add_data_validation(confidence_dv)
    col = L.COLUMN_INDEX
    written: list[tuple[L.AnswerCells, str]] = []
    row = L.FIRST_ROW
    for section in dimension.sections:
        _put(ws, row, col["id"], section.id, font=_BOLD, fill=_SECTION_FILL, alignment=_TOP)
        _put(ws, row, col["question"], tr(section.title, lang), font=_BOLD, fill=_SECTION_FILL, alignment=_WRAP_TOP)
        for index in range(3, len(L.COLUMNS) + 1):
            ws.cell(row=row, column=index).fill = _SECTION_FILL
        _fit_height(ws, row, [(tr(section.title, lang), widths["question"])])
        row += 1
        for indicator in section.indicators:
            answer = content.answers.get(indicator.id)
            files = content.evidence.get(indicator.id, ())
            value = answer.value if answer else None
            justification = answer.justification if answer else ""
            confidence = answer.confidence if answer else None
            assessor = answer.assessor if answer else ""
            texts = {
                "id": indicator.id,
                "question": tr(indicator.question, lang),
                "level": L.level_label(fw, value, lang) if value is not None else "",
                "justification": justification,
                "confidence": L.confidence_label(confidence, lang) if confidence else "",
                "assessor": assessor,
                "updated_at": answer.updated_at if answer else "",
                "evidence": _clip("\n".join(e.file_name for e in files)),
                "evidence_sha256": "\n".join(e.sha256 for e in files),
                "references": _clip(_references(fw, indicator.id, lang)),
            }
            for key, text in texts.items():
                if key in L.ANSWER_COLUMNS and len(excel_escape(text)) > EXCEL_CELL_LIMIT:
                    raise MatrixError(
                        f"The {key} of {indicator.id} is longer than an Excel cell can hold "
                        f"({EXCEL_CELL_LIMIT:,} characters).",
                        "Shorten it (attach long texts as evidence files), then export again.",
                    )
                column = L.COLUMNS[col[key] - 1]
                cell = ws.cell(row=row, column=col[key])
                if text:
                    put_text(cell, text)
                cell.alignment = _WRAP_TOP if column.wrap else _TOP
                cell.border = _GRID
                if column.editable:
                    cell.protection, cell.fill = _UNLOCKED, _INPUT_FILL
            ws.cell(row=row, column=col["evidence_sha256"]).font = Font(name="Consolas", size=8)
            level_dv.add(ws.cell(row=row, column=col["level"]))
            confidence_dv.add(ws.cell(row=row, column=col["confidence"]))
            _fit_height(
                ws, row, [(texts[k], widths[k]) for k in ("question", "justification", "references", "evidence")]
            )
            written.append((L.answer_cells(indicator.id, value, justification, confidence), assessor))
            row += 1
    ws.print_title_rows = f"{L.HEADER_ROW}:{L.HEADER_ROW}"
    _fit_page(ws, landscape=True)
    _protect(ws, lang)
    return written


def _write_metadata(
    ws: Worksheet,
    content: _Content,
    sheet_map: Mapping[str, str],
    filled_by_cell: str,
    rows: Sequence[tuple[L.AnswerCells, str]],
) -> None:
    fw, lang = content.framework, content.language
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 70
    ws.column_dimensions["C"].width = 60
    put_text(ws.cell(row=1, column=1), L.MARKER)
    ws.cell(row=1, column=2).value = L.FORMAT_VERSION
    put_text(ws.cell(row=1, column=3), gettext(lang, "Do not edit this sheet: CyberAssess checks the matrix with it."))
    for cell in ws[1]:
        cell.font = _BOLD
    values = {
        "format": str(L.FORMAT_VERSION),
        "kind": content.kind,
        "framework_id": fw.id,
        "framework_version": fw.version,
        "framework_hash": fw.content_hash,
        "file_uuid": content.file_uuid,
        "country": content.country,
        "mission": content.mission,
        "assessors": "; ".join(content.assessors),
        "language": lang,
        "exported_at": content.exported_at,
        "app_version": __version__,
        "filled_by_cell": filled_by_cell,
        "answers_sha256": L.answers_sha256(fw, (cells for cells, _ in rows)) if content.kind == "assessment" else "",
    }
    extra: list[tuple[str, str, str]] = []
    if content.key is not None and content.kind == "assessment":
        extra = signature_rows(content.key, values, content.answers, fw.indicator_ids())
    row = 2
    for key, value, description in [(k, values[k], d) for k, d in L.META_KEYS] + extra:
        put_text(ws.cell(row=row, column=1), key)
        if value:
            put_text(ws.cell(row=row, column=2), value)
        put_text(ws.cell(row=row, column=3), gettext(lang, description))
        row += 1
    for key, title in sheet_map.items():
        put_text(ws.cell(row=row, column=1), f"sheet:{key}")
        put_text(ws.cell(row=row, column=2), title)
        row += 1
    if content.kind == "assessment":
        for cells, assessor in rows:
            put_text(ws.cell(row=row, column=1), f"row:{cells[0]}")
            put_text(ws.cell(row=row, column=2), L.row_checksum(cells, assessor))
            row += 1
    for line in ws.iter_rows(min_row=2, max_row=row - 1, max_col=3):
        for cell in line:
            cell.alignment = _WRAP_TOP
    _fit_page(ws, landscape=True)
    _protect(ws, lang)
