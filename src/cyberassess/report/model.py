"""The report model: everything a report says, computed once, laid out by two renderers.

The builders in :mod:`.compose` turn an assessment into a :class:`Report`: sections of headings,
paragraphs, lists, tables, figures and a sign-off block, every sentence already translated and
every number already formatted. The PDF renderer (:mod:`.pdf`) and the Word renderer
(:mod:`.docx_render`) only lay these out: no wording lives in a renderer.

Text is plain text. ``user=True`` marks text written by people (justifications, narratives,
names): a renderer escapes it, and gives it the direction of its own script rather than the
report's (an English justification in an Arabic report stays left to right).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

ParagraphStyle = Literal["body", "lead", "note", "small", "warning", "disclaimer"]
ListKind = Literal["bullet", "numbered"]
# How a table column is laid out: "id" (short codes), "stage" (stage names, never split inside a
# word), "number", "date", "status", "mono" (hashes), "text" (free text that wraps).
ColumnRole = Literal["id", "stage", "number", "date", "status", "mono", "text"]
CellStyle = Literal["plain", "bold", "small", "mono"]
# A change shown in a cell: pale green for a rise, pale red for a fall (progress since a baseline).
CellTone = Literal["up", "down"]


@dataclass(frozen=True)
class Span:
    """A run of text inside a paragraph: the safe Markdown subset gives bold and italic only."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Heading:
    """A heading; ``key`` makes it an entry of the contents and the PDF outline (levels 1 and 2)."""

    text: str
    level: int  # 1 chapter, 2 section, 3 sub-section
    key: str | None = None


@dataclass(frozen=True)
class Paragraph:
    text: str
    style: ParagraphStyle = "body"
    user: bool = False
    spans: tuple[Span, ...] = ()  # when given, the paragraph's text with emphasis (same characters)


@dataclass(frozen=True)
class ListItem:
    text: str
    spans: tuple[Span, ...] = ()
    detail: str = ""  # a second line under the item (e.g. the recommended step of a priority)
    user: bool = False


@dataclass(frozen=True)
class ItemList:
    kind: ListKind
    items: tuple[ListItem, ...]
    start: int = 1
    style: ParagraphStyle = "body"


@dataclass(frozen=True)
class Column:
    title: str
    width: float  # relative share of the line (the renderer widens it to fit its longest word)
    role: ColumnRole = "text"


@dataclass(frozen=True)
class Cell:
    text: str
    style: CellStyle = "plain"
    stage: int | None = None  # tinted with this stage's colour; 0 = the grey of "no stage"
    user: bool = False
    note: str = ""  # a smaller second line (who and when)
    link: str | None = None  # the key of a heading this cell refers to
    tone: CellTone | None = None  # a rise or a fall (its tint wins over the stage's)


@dataclass(frozen=True)
class Table:
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    caption: str = ""
    split_rows: bool = False  # a row may split across pages (cells longer than a page)
    keep: bool = False  # a short table kept on one page (a summary read as a whole)


@dataclass(frozen=True)
class KeyValues:
    """Label and value pairs (mission details, signer details)."""

    rows: tuple[tuple[str, Cell], ...]


@dataclass(frozen=True)
class Figures:
    """A row of headline figures: big value, small label underneath."""

    items: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Radar:
    axes: tuple[tuple[str, float | None], ...]  # ("D1", 2.7)
    target: int
    legend_score: str
    legend_target: str
    no_data: str
    caption: str
    table: Table  # the per-dimension table shown beside the chart


@dataclass(frozen=True)
class ProgressRadar:
    """The radar of the dimensions with two series: the baseline's scores and the current ones."""

    axes: tuple[tuple[str, float | None, float | None], ...]  # ("D1", baseline 2.4, current 2.9)
    target: int
    legend: tuple[str, str, str]  # baseline, current, target
    caption: str


@dataclass(frozen=True)
class StageBar:
    score: float | None
    target: int
    stage_labels: tuple[str, ...]
    score_label: str
    target_label: str


@dataclass(frozen=True)
class Lane:
    title: str  # "Short term (within a year)"
    items: tuple[str, ...]


@dataclass(frozen=True)
class Roadmap:
    lanes: tuple[Lane, ...]
    caption: str
    empty: str  # what an empty lane says


@dataclass(frozen=True)
class Signatory:
    role: str  # "Prepared by", "Validated by"
    name: str
    organisation: str


@dataclass(frozen=True)
class SignOff:
    signatories: tuple[Signatory, ...]
    name_label: str
    signature_label: str
    date_label: str
    place_label: str


@dataclass(frozen=True)
class Contents:
    """The table of contents: filled in by the renderer from the keyed headings."""

    title: str


@dataclass(frozen=True)
class PageBreak:
    pass


Block = (
    Heading
    | Paragraph
    | ItemList
    | Table
    | KeyValues
    | Figures
    | Radar
    | ProgressRadar
    | StageBar
    | Roadmap
    | SignOff
    | Contents
    | PageBreak
)


@dataclass(frozen=True)
class Section:
    """A part of the report that starts on a new page."""

    key: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Cover:
    band_title: str  # the framework's name
    band_subtitle: str  # its version
    kind: str  # "Draft report" / "Final report"
    country: str
    mission: str
    tagline: str
    details: KeyValues
    figures: Figures
    warning: str  # "" or why the copy is not to be relied on
    marking: str  # confidentiality marking, "" when none
    produced: str  # "Produced with CyberAssess x on date"


@dataclass(frozen=True)
class Running:
    """What every page repeats: header, footer, DRAFT watermark."""

    head: str
    head_end: str
    foot_lines: tuple[str, ...]
    page_of: str  # "Page {page} of {total}" with both fields still to fill
    watermark: str  # "DRAFT" while the mission's status is draft, else ""
    marking: str


@dataclass(frozen=True)
class Metadata:
    title: str
    author: str
    subject: str
    keywords: str
    creator: str


@dataclass(frozen=True)
class Report:
    language: str
    rtl: bool
    metadata: Metadata
    cover: Cover
    running: Running
    sections: tuple[Section, ...]
    signed: bool
    laying_out: str = "{page}"  # the progress message while page {page} is laid out

    def headings(self, max_level: int = 2) -> list[Heading]:
        """The keyed headings in order: the contents, the outline and the Word navigation pane."""
        return [
            b
            for s in self.sections
            for b in s.blocks
            if isinstance(b, Heading) and b.key is not None and b.level <= max_level
        ]


__all__ = [
    "Block",
    "Cell",
    "CellTone",
    "Column",
    "Contents",
    "Cover",
    "Figures",
    "Heading",
    "ItemList",
    "KeyValues",
    "Lane",
    "ListItem",
    "Metadata",
    "PageBreak",
    "Paragraph",
    "ProgressRadar",
    "Radar",
    "Report",
    "Roadmap",
    "Running",
    "Section",
    "SignOff",
    "Signatory",
    "Span",
    "StageBar",
    "Table",
]
