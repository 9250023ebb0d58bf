"""Write matrix workbooks: an assessment's answers for upload, or a blank matrix for the field.

The workbook is built in memory with openpyxl (one module per kind of sheet in :mod:`.sheets`)
and written atomically (temporary file in the same folder, ``fsync``, ``os.replace``), so an
interrupted export never leaves half a workbook under the final name. It contains no macros or
external links; user text is always written as text (see :mod:`.safety`). A follow-up's matrix has a
Progress sheet after the Summary (:mod:`.sheets.progress`), for reading only. The only formulas are
the Summary's live scores and the hidden stage-number helper column, never in a cell that is read
back. Structural cells are protected without a password, so the cells to write in (yellow) can be
filled in while ids, questions and the layout stay as exported.
"""

from __future__ import annotations

import hashlib
import io
import uuid
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING

from openpyxl import Workbook
from openpyxl.workbook.properties import CalcProperties
from openpyxl.workbook.protection import WorkbookProtection

from .. import __version__
from ..atomicfile import atomic_target
from ..errors import DocumentError
from ..framework import Framework
from ..i18n import gettext, normalise
from ..scoring import score_assessment
from ..store.document import Assessment
from ..store.records import EvidenceRecord
from ..store.review_records import EMPTY_MISSION
from . import layout as L
from .errors import MatrixError
from .sheets.actions import CHOICES as ACTION_CHOICES
from .sheets.actions import write_actions
from .sheets.common import PAPERS, Content, Paper
from .sheets.cover import write_cover
from .sheets.dimension import stage_range, write_dimension
from .sheets.metadata import write_lists, write_metadata
from .sheets.mission import MISSION_CHOICES, MissionContent, write_mission
from .sheets.progress import write_progress
from .sheets.summary import write_summary
from .sheets.treaty import COMPLIANCE_LABELS, write_treaty

if TYPE_CHECKING:
    from ..report.keys import LoadedKey

XLSX_SUFFIX = ".xlsx"
__all__ = ["PAPERS", "XLSX_SUFFIX", "Paper", "build_workbook", "export_blank", "export_matrix"]


# ------------------------------------------------------------------ public API
def export_matrix(
    doc: Assessment,
    output: Path,
    *,
    language: str = "en",
    key: LoadedKey | None = None,
    paper: Paper = "a4",
) -> Path:
    """Write ``doc``'s answers as a matrix workbook at ``output`` (replaced atomically if it exists).

    With ``key`` (an opened signing key, :func:`~cyberassess.report.keys.open_key`) the metadata
    sheet carries a signature over the answers, assessors, times and metadata (see
    :mod:`.signature`). When the assessment is writable the export (file name, SHA-256 and signer)
    is recorded in its report log. Returns ``output``.
    """
    output = _check_output(Path(output))
    content = _assessment_content(doc, language, key, paper)
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
    build_workbook(_assessment_content(doc, language, key, "a4")).save(buffer)
    return buffer.getvalue()


def _assessment_content(doc: Assessment, language: str, key: LoadedKey | None, paper: Paper) -> Content:
    from ..compare import progress_of

    info = doc.info
    evidence: dict[str, list[EvidenceRecord]] = defaultdict(list)
    for record in doc.evidence():
        evidence[record.indicator_id].append(record)
    _check_paper(paper)
    return Content(
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
        target_stage=info.target_stage,
        treaty=doc.treaty_entries(),
        actions=doc.actions(),
        mission_record=MissionContent(doc.mission(), doc.team(), doc.consulted(), doc.reviewed_documents()),
        key=key,
        paper=paper,
        progress=progress_of(doc),
    )


def export_blank(
    framework: Framework,
    output: Path,
    *,
    language: str = "en",
    paper: Paper = "a4",
    for_print: bool = False,
) -> Path:
    """Write an empty matrix of ``framework`` for an assessor without the application.

    ``for_print``: a matrix to print and fill in by pen, with tall answer rows ruled for writing.
    """
    output = _check_output(Path(output))
    _check_paper(paper)
    content = Content(
        framework=framework,
        language=normalise(language),
        kind="template",
        file_uuid=str(uuid.uuid4()),
        paper=paper,
        for_print=for_print,
    )
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
def _check_paper(paper: str) -> None:
    if paper not in PAPERS:
        raise MatrixError(f"'{paper}' is not a paper size for the matrix.", "Use a4 or letter.")


def build_workbook(content: Content) -> Workbook:
    fw, lang = content.framework, content.language
    titles = L.unique_titles(
        [L.fixed_sheet_title("cover", lang), L.fixed_sheet_title("summary", lang)]
        + [L.dimension_sheet_title(d, lang) for d in fw.dimensions]
        + [L.fixed_sheet_title(k, lang) for k in ("mission", "actions", "treaty", "metadata", "lists")]
    )
    cover_title, summary_title, *dimension_titles = titles[:-5]
    mission_title, actions_title, treaty_title, metadata_title, lists_title = titles[-5:]
    wb = Workbook()
    cover = wb.active
    assert cover is not None
    cover.title = cover_title
    cover_cells = write_cover(cover, content)
    summary = wb.create_sheet(summary_title)
    lists = wb.create_sheet(lists_title)
    compliance = [content.t(COMPLIANCE_LABELS[c]) for c in COMPLIANCE_LABELS]
    choices = {key: [content.t(code) for code in codes] for key, codes in {**ACTION_CHOICES, **MISSION_CHOICES}.items()}
    ranges = write_lists(lists, content, {"compliance": compliance, **choices})
    rows: list[tuple[L.AnswerCells, str]] = []
    score_ranges: list[tuple[str, str, str, int]] = []
    for dimension, title in zip(fw.dimensions, dimension_titles, strict=True):
        ws = wb.create_sheet(title)
        written, (first, last) = write_dimension(ws, content, dimension.id, ranges["level"], ranges["confidence"])
        rows.extend(written)
        weights, numbers = stage_range(ws, first, last)
        level = L.column_letter("level")
        levels = f"{weights.split('!')[0]}!${level}${first}:${level}${last}"
        score_ranges.append((weights, numbers, levels, len(written)))
    write_summary(summary, content, score_ranges, lists_title)
    if content.progress is not None:  # a follow-up: what changed since the baseline, after the Summary
        progress_title = L.unique_titles([*titles, L.fixed_sheet_title("progress", lang)])[-1]
        progress = wb.create_sheet(progress_title, index=wb.sheetnames.index(summary_title) + 1)
        write_progress(progress, content, content.progress)
    mission = content.mission_record or MissionContent(EMPTY_MISSION)
    mission_rows = write_mission(wb.create_sheet(mission_title), content, ranges, mission)
    write_actions(wb.create_sheet(actions_title), content, ranges, content.actions)
    write_treaty(wb.create_sheet(treaty_title), content, ranges["compliance"], content.treaty)
    sheet_map = {
        "cover": cover_title,
        **dict(zip((d.id for d in fw.dimensions), dimension_titles, strict=True)),
        "mission": mission_title,
        "actions": actions_title,
        "treaty": treaty_title,
    }
    blocks = {f"mission_rows:{block}": first for block, first in mission_rows.items()}
    write_metadata(wb.create_sheet(metadata_title), content, sheet_map, {**cover_cells, **blocks}, rows)
    wb.move_sheet(lists, offset=len(wb.sheetnames))  # hidden lists last
    lists.sheet_state = "hidden"
    wb.security = WorkbookProtection(lockStructure=True)  # no password: sheets cannot be renamed or moved
    wb.calculation = CalcProperties(fullCalcOnLoad=True)  # the Summary's formulas are computed on opening
    wb.properties.creator = f"CyberAssess {__version__}"
    wb.properties.title = gettext(lang, "Cybercrime capacity assessment matrix")
    return wb
