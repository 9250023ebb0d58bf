"""A dimension sheet: one row per indicator, the answer columns to write in, and what helps to fill them.

Columns A to H are what prints: the indicator, its question, the stage, the justification, the
confidence, the assessor, "Comments and recommendations" and "Documents seen" (the last six yellow
and unlocked). Two collapsed column groups keep the sheet readable while everything stays within
reach (click the **+** above the columns): the indicator's **own five stage descriptors** and its
**guidance** (documents to request, persons to interview); then the record-keeping columns (last
changed, evidence files and their SHA-256, treaty references). Two hidden helper columns hold the
indicator's weight and the stage as a number (a formula on the Stage cell), which the Summary's
live scores add up. Nothing in a helper column is ever read back.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from ...framework import Framework, tr
from ...framework.model import Indicator
from .. import layout as L
from ..errors import MatrixError
from ..safety import EXCEL_CELL_LIMIT, excel_escape, put_text
from .common import (
    BODY,
    BOLD,
    DATE_FORMAT,
    GRID,
    HAND_GRID,
    HAND_LINE_HEIGHT,
    MAX_ROW_HEIGHT,
    MONO,
    SECTION_FILL,
    SMALL,
    TITLE,
    TOP,
    WRAP_TOP,
    Content,
    fit_height,
    header_row,
    input_cell,
    page_setup,
    protect,
    put,
    style,
)


def validation(formula: str, title: str, prompt: str, error: str) -> DataValidation:
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


def references_text(
    framework: Framework, indicator_id: str, language: str, art: str, instruments: Iterable[str] | None = None
) -> str:
    """An indicator's treaty references, one per line (of the ``instruments`` given, or all)."""
    lines = []
    chosen = None if instruments is None else set(instruments)
    for ref in framework.indicator(indicator_id).references:
        if chosen is not None and ref.instrument not in chosen:
            continue
        try:
            name = tr(framework.instrument(ref.instrument).short, language)
        except StopIteration:
            name = ref.instrument
        parts = [name]
        if ref.article:
            parts.append(art.replace("{article}", ref.article))
        text = ", ".join(parts)
        if ref.provision:
            text += f" - {tr(ref.provision, language)}"
        lines.append(text)
    return "\n".join(lines)


def clip(text: str) -> str:
    """Text for an informative (never read back) cell, shortened to fit Excel's cell limit."""
    if len(excel_escape(text)) <= EXCEL_CELL_LIMIT:
        return text
    return text[: EXCEL_CELL_LIMIT // 8] + "..."


def as_date(iso: str) -> datetime | None:
    """An ISO time as a naive UTC datetime for a date cell (Excel has no time zones)."""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.replace(microsecond=0)


def write_dimension(
    ws: Worksheet, content: Content, dimension_id: str, level_range: str, confidence_range: str
) -> tuple[list[tuple[L.AnswerCells, str]], tuple[int, int]]:
    """Write the sheet; returns the answer cells written (for the checksums) and its first and last row."""
    fw, lang, t = content.framework, content.language, content.t
    dimension = next(d for d in fw.dimensions if d.id == dimension_id)
    widths = {c.key: c.width for c in L.COLUMNS}
    for index, column in enumerate(L.COLUMNS, start=1):
        dim = ws.column_dimensions[get_column_letter(index)]
        dim.width = column.width
        if column.group:
            dim.outlineLevel = 1
            dim.hidden = True
    ws.sheet_properties.outlinePr.summaryRight = False  # the + sits left of each group, next to column H
    put(ws, L.TITLE_ROW, 1, f"{dimension.id}  {tr(dimension.title, lang)}", font=TITLE)
    ws.merge_cells(start_row=L.TITLE_ROW, start_column=1, end_row=L.TITLE_ROW, end_column=len(L.PRINTED_COLUMNS))
    ws.row_dimensions[L.TITLE_ROW].height = 22
    headers = [t(c.header) for c in L.COLUMNS]
    header_row(ws, L.HEADER_ROW, headers, [c.width for c in L.COLUMNS])
    ws.freeze_panes = f"C{L.FIRST_ROW}"
    stage_prompt = t(
        "Choose the stage that best describes the situation: 1 Start-up to 5 Dynamic "
        "(see the Cover sheet), N/A or Unknown."
    )
    level_dv = validation(
        level_range, t("Stage"), stage_prompt, t("Choose a stage from the list: 1 to 5, N/A or Unknown.")
    )
    confidence_dv = validation(
        confidence_range,
        t("Confidence"),
        t("How sure is this answer: low, medium or high?"),
        t("Choose low, medium or high from the list."),
    )
    ws.add_data_validation(level_dv)
    ws.add_data_validation(confidence_dv)
    col = L.COLUMN_INDEX
    level_letter = L.column_letter("level")
    written: list[tuple[L.AnswerCells, str]] = []
    row = L.FIRST_ROW
    for section in dimension.sections:
        put(ws, row, col["id"], section.id, font=BOLD, fill=SECTION_FILL, alignment=TOP)
        put(ws, row, col["question"], tr(section.title, lang), font=BOLD, fill=SECTION_FILL, alignment=WRAP_TOP)
        for index in range(3, col["guidance"] + 1):
            ws.cell(row=row, column=index).fill = SECTION_FILL
        fit_height(ws, row, [(tr(section.title, lang), widths["question"])])
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
                "question": _question(content, indicator),
                "level": L.level_label(fw, value, lang) if value is not None else "",
                "justification": justification,
                "confidence": L.confidence_label(confidence, lang) if confidence else "",
                "assessor": assessor,
                "comments": "",
                "documents": "",
                **{
                    f"stage{level}": f"{level} - {tr(fw.stage(level).label, lang)}: {tr(text, lang)}"
                    for level, text in sorted(indicator.stages.items())
                },
                "guidance": _guidance(content, indicator.guidance, indicator.documents, indicator.interviews),
                "evidence": clip("\n".join(e.file_name for e in files)),
                "evidence_sha256": "\n".join(e.sha256 for e in files),
                "references": clip(
                    references_text(
                        fw, indicator.id, lang, t("Art. {article}", article="{article}"), content.instruments
                    )
                ),
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
                if column.editable:
                    input_cell(cell, wrap=column.wrap, border=HAND_GRID if content.for_print else GRID)
                elif key == "evidence_sha256":
                    style(cell, font=MONO, alignment=WRAP_TOP, border=GRID)
                else:
                    font = SMALL if column.group == 1 else BODY
                    style(cell, font=font, alignment=WRAP_TOP if column.wrap else TOP, border=GRID)
                if text:
                    put_text(cell, text)
            stamp = as_date(answer.updated_at) if answer else None
            if stamp is not None:
                stamp_cell = ws.cell(row=row, column=col["updated_at"])
                stamp_cell.value, stamp_cell.number_format = stamp, DATE_FORMAT
            ws.cell(row=row, column=col["weight"]).value = indicator.weight
            ws.cell(
                row=row, column=col["stage_number"]
            ).value = f'=IFERROR(VALUE(LEFT(TRIM({level_letter}{row}),1)),"")'
            level_dv.add(ws.cell(row=row, column=col["level"]))
            confidence_dv.add(ws.cell(row=row, column=col["confidence"]))
            fit_height(
                ws,
                row,
                [(texts[k], widths[k]) for k in ("question", "justification", "comments", "documents")],
                minimum=_hand_height(content),
            )
            written.append((L.answer_cells(indicator.id, value, justification, confidence), assessor))
            row += 1
    page_setup(
        ws,
        content,
        printed_widths=[c.width for c in L.PRINTED_COLUMNS],
        title_rows=f"{L.TITLE_ROW}:{L.HEADER_ROW}",
    )
    ws.print_area = f"A1:{get_column_letter(len(L.PRINTED_COLUMNS))}{row - 1}"
    protect(ws, lang)
    return written, (L.FIRST_ROW, row - 1)


def _question(content: Content, indicator: Indicator) -> str:
    """The question; in a matrix for print, followed by the indicator's five stages (paper has no + to click)."""
    question = tr(indicator.question, content.language)
    if not content.for_print:
        return question
    stages = [
        f"{level} {tr(content.framework.stage(level).label, content.language)}: {tr(text, content.language)}"
        for level, text in sorted(indicator.stages.items())
    ]
    return clip("\n".join([question, "", *stages]))


def _hand_height(content: Content) -> float:
    """A row's height in a matrix for pen and paper: room for eight handwritten lines."""
    return min(MAX_ROW_HEIGHT, 8 * HAND_LINE_HEIGHT) if content.for_print else 0.0


def _guidance(content: Content, guidance: object, documents: object, interviews: object) -> str:
    lang, t = content.language, content.t
    parts = []
    for heading, text in (
        ("", guidance),
        (t("Documents to request"), documents),
        (t("Persons to interview"), interviews),
    ):
        value = tr(text, lang).strip()  # type: ignore[arg-type]
        if value:
            parts.append(f"{heading}: {value}" if heading else value)
    return clip("\n\n".join(parts))


def stage_range(ws: Worksheet, first: int, last: int) -> tuple[str, str]:
    """Absolute references to the weight and stage-number columns of rows ``first``..``last``."""
    sheet = quote_sheetname(ws.title)
    w, s = L.column_letter("weight"), L.column_letter("stage_number")
    return f"{sheet}!${w}${first}:${w}${last}", f"{sheet}!${s}${first}:${s}${last}"
