"""What every sheet of a matrix shares: the content to write, styles, page set-up and row heights.

Page set-up is designed for the paper, not squeezed onto it: each sheet prints at a fixed scale
computed from its printed columns' widths and the paper (:func:`page_setup`), never below
:data:`MIN_PRINT_POINTS` points for body text, with its header rows repeated on every page and a
footer naming the country, the sheet and "page x of y".
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from copy import copy
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Literal

from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.worksheet.worksheet import Worksheet

from ...framework import Framework
from ...i18n import gettext, is_rtl
from ...scoring import ScoreCard
from ...store.records import AnswerRecord, EvidenceRecord
from ...store.review_records import Action, TreatyEntry
from .. import layout as L
from ..safety import put_text

if TYPE_CHECKING:
    from ...report.keys import LoadedKey

Paper = Literal["a4", "letter"]
PAPERS: tuple[Paper, ...] = ("a4", "letter")

FONT_NAME = "Calibri"  # named on every styled cell, so LibreOffice never falls back to a serif
BODY_POINTS = 11.0
MIN_PRINT_POINTS = 9.0

BOLD = Font(name=FONT_NAME, bold=True)
BODY = Font(name=FONT_NAME)
SMALL = Font(name=FONT_NAME, size=9)
NOTE = Font(name=FONT_NAME, size=9, italic=True)
TITLE = Font(name=FONT_NAME, bold=True, size=14)
BIG_TITLE = Font(name=FONT_NAME, bold=True, size=16)
MONO = Font(name="Consolas", size=8)
HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
SECTION_FILL = PatternFill("solid", fgColor="EDEDED")
INPUT_FILL = PatternFill("solid", fgColor="FFF2CC")
WRAP_TOP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
HEADER_ALIGN = Alignment(wrap_text=True, vertical="center")
UNLOCKED = Protection(locked=False)
THIN = Side(style="thin", color="BFBFBF")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HAND = Side(style="thin", color="808080")
HAND_GRID = Border(left=THIN, right=THIN, top=THIN, bottom=HAND)
LINE_HEIGHT = 15.0  # points per line of 11-point text
MAX_ROW_HEIGHT = 409.0  # Excel's limit
HAND_LINE_HEIGHT = 22.0  # points per handwritten line in a matrix for print
DATE_FORMAT = "yyyy-mm-dd hh:mm"

# Printable width in millimetres (landscape, 12.7 mm margins each side) and Excel's paper codes.
_PRINTABLE_MM: dict[str, tuple[float, float]] = {
    "a4": (297.0 - 25.4, 210.0 - 25.4),
    "letter": (279.4 - 25.4, 215.9 - 25.4),
}
_PAPER_CODE = {"a4": 9, "letter": 1}


@dataclass
class Content:
    """What goes into a workbook, whether from an assessment or blank."""

    framework: Framework
    language: str
    kind: L.Kind
    file_uuid: str
    country: str = ""
    mission: str = ""
    assessors: tuple[str, ...] = ()
    target_stage: int = 3
    answers: Mapping[str, AnswerRecord] = field(default_factory=dict)
    evidence: Mapping[str, Sequence[EvidenceRecord]] = field(default_factory=dict)
    card: ScoreCard | None = None
    exported_at: str = field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds"))
    key: LoadedKey | None = None  # sign the answers with it
    paper: Paper = "a4"
    for_print: bool = False  # a blank for pen and paper: tall answer rows with lines
    treaty: Mapping[str, TreatyEntry] = field(default_factory=dict)  # the treaty table's entries
    actions: Sequence[Action] = ()  # the action plan
    mission_record: Any = None  # a .mission.MissionContent (the mission record, team, consulted, documents)
    progress: Any = None  # a follow-up's cyberassess.compare.Progress since its baseline (a Progress sheet)

    def t(self, text: str, **values: object) -> str:
        return gettext(self.language, text, **values)


def style(cell: Any, **attributes: Any) -> None:
    """Give ``cell`` these style attributes (font, fill, border, alignment, protection), replacing its style.

    openpyxl registers each style it is given in the workbook, which hashes every style object:
    with thousands of cells that is most of an export's time. The style made of the same objects
    is registered once per workbook and copied to the next cells. The apostrophe of text that
    looks like a formula (``quotePrefix``, see :mod:`..safety`) is always kept.
    """
    cache: dict[tuple[tuple[str, int], ...], Any] = cell.parent.parent.__dict__.setdefault("_cyberassess_styles", {})
    key = tuple(sorted((name, id(value)) for name, value in attributes.items()))
    quoted = cell.quotePrefix
    known = cache.get(key)
    if known is None:
        for name, value in attributes.items():
            setattr(cell, name, value)
        cell.quotePrefix = False
        cache[key] = (copy(cell._style), tuple(attributes.values()))  # the values stay alive: ids stay theirs
    else:
        cell._style = copy(known[0])
    if quoted:
        cell.quotePrefix = True


def put(ws: Worksheet, row: int, column: int, text: str, **attributes: Any) -> Any:
    """Write user or label text (never a formula) and apply ``attributes`` (font defaults to the body font)."""
    cell = ws.cell(row=row, column=column)
    attributes.setdefault("font", BODY)
    style(cell, **attributes)
    put_text(cell, text)
    return cell


def input_cell(cell: Any, *, wrap: bool = True, border: Any = GRID) -> None:
    """Make ``cell`` a yellow, unlocked cell to write in."""
    style(cell, fill=INPUT_FILL, protection=UNLOCKED, border=border, font=BODY, alignment=WRAP_TOP if wrap else TOP)


def text_lines(text: str, width: float, points: float = BODY_POINTS) -> int:
    """How many lines ``text`` takes in a wrapping column ``width`` characters wide.

    Estimated from the text's length (a character of 11-point Calibri is about 0.85 of a column
    unit wide; words do not break, hence the margin), so that a printed sheet or LibreOffice,
    which do not grow rows by themselves, show all of the text.
    """
    per_line = max(1, int(width * 1.15 * BODY_POINTS / points) - 1)
    return sum(max(1, math.ceil(len(part) / per_line)) for part in text.split("\n"))


def fit_height(ws: Worksheet, row: int, texts: Sequence[tuple[str, float]], minimum: float = 0.0) -> None:
    """Set ``row``'s height so that the longest of ``texts`` (text, column width) shows in full."""
    lines = max((text_lines(t, w) for t, w in texts if t), default=1)
    height = max(minimum, lines * LINE_HEIGHT + 4 if lines > 1 else 0.0)
    if height:
        ws.row_dimensions[row].height = min(MAX_ROW_HEIGHT, height)


def print_scale(paper: Paper, widths: Sequence[float], *, landscape: bool = True) -> int:
    """The print scale (percent) that fits columns of ``widths`` to the paper's width, at most 100."""
    pixels = sum(math.trunc(w * 7 + 5) for w in widths)  # Excel's column width → pixels at 96 dpi (Calibri 11)
    millimetres = pixels * 25.4 / 96
    usable = _PRINTABLE_MM[paper][0 if landscape else 1]
    return max(10, min(100, math.floor(100 * usable / millimetres)))


def page_setup(
    ws: Worksheet,
    content: Content,
    *,
    printed_widths: Sequence[float],
    title_rows: str | None = None,
    landscape: bool = True,
    one_page: bool = False,
) -> int:
    """Paper, orientation, print titles and footer; returns the scale the columns were designed for.

    The printed columns are designed for the paper: :func:`print_scale` of their widths keeps body
    text at :data:`MIN_PRINT_POINTS` or more (tested). The sheet is also set to fit one page wide
    (``one_page``: one page in all), so that a spreadsheet that substitutes a wider font for
    Calibri shrinks the page a little instead of printing the last columns on separate pages.
    """
    ws.page_setup.paperSize = _PAPER_CODE[content.paper]
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    scale = print_scale(content.paper, printed_widths, landscape=landscape)
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1 if one_page else 0
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top, ws.page_margins.bottom = 0.6, 0.7
    ws.page_margins.footer = 0.3
    if title_rows:
        ws.print_title_rows = title_rows
    footer = ws.oddFooter
    country = content.country or content.t("Cybercrime capacity assessment matrix")
    footer.left.text = country.replace("&", "&&")[:80]
    footer.center.text = "&A"
    footer.right.text = content.t("Page {page} of {pages}", page="&P", pages="&N")
    for part in (footer.left, footer.center, footer.right):
        part.size = 9
        part.font = FONT_NAME
    return scale


def protect(ws: Worksheet, language: str) -> None:
    ws.protection.sheet = True  # no password: only the layout is protected
    ws.protection.formatColumns = False
    ws.protection.formatRows = False
    if is_rtl(language):
        ws.sheet_view.rightToLeft = True


def header_row(ws: Worksheet, row: int, headers: Sequence[str], widths: Sequence[float]) -> None:
    """A row of column headers, tall enough for the longest (translated) header to show in full."""
    for column, text in enumerate(headers, start=1):
        put(ws, row, column, text, font=BOLD, fill=HEADER_FILL, alignment=HEADER_ALIGN, border=GRID)
    lines = max((text_lines(h, w) for h, w in zip(headers, widths, strict=True)), default=1)
    ws.row_dimensions[row].height = max(2, lines) * LINE_HEIGHT + 4
