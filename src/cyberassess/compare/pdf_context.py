"""The comparison PDF's helpers: words, numbers, paragraphs and tables in the report's fonts and styles.

(The single-assessment report computes a report model and renders it, :mod:`cyberassess.report.compose`
and :mod:`cyberassess.report.render_pdf`; a comparison lays out its own pages with these helpers.)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, Flowable, Table, TableStyle

from .. import i18n
from ..framework import Dimension, Framework, tr
from ..report import text as tx
from ..report.flowables import Bookmarked, PageRegistry, para
from ..report.fonts import SANS
from ..report.styles import CONTENT_WIDTH, MM, NAVY, PALE, RULE, Styles, make_styles
from ..store.records import AnswerValue

SHORT_QUESTION = 120  # characters of a question shown in a list


class CompareContext:
    """Words, numbers, paragraphs and tables for a comparison's PDF, in the report's styles."""

    def __init__(self, framework: Framework, language: str) -> None:
        self.lang = i18n.normalise(language)
        self.rtl = i18n.is_rtl(self.lang)
        self.st: Styles = make_styles(self.rtl)
        self.registry = PageRegistry()
        self.fw = framework

    # ----------------------------------------------------------------- words
    def t(self, source: str, /, **values: object) -> str:
        return i18n.gettext(self.lang, source, **values)

    def tr(self, text: dict[str, str] | None) -> str:
        return tr(text, self.lang)

    def num(self, value: float | None, digits: int = 2) -> str:
        return "–" if value is None else i18n.format_decimal(value, self.lang, digits)

    def pct(self, fraction: float) -> str:
        return i18n.format_percent(fraction, self.lang)

    def date(self, value: str | datetime) -> str:
        try:
            return i18n.format_date(value, self.lang, length="medium")
        except (ValueError, TypeError):
            return str(value)

    def stage_label(self, level: int | None) -> str:
        if level is None:
            return "–"
        return self.tr(self.fw.stage(level).label)

    def stage_text(self, level: int | None) -> str:
        if level is None:
            return self.t("No stage")
        return self.t("{level} {label}", level=level, label=self.stage_label(level))

    def answer_text(self, value: AnswerValue | None) -> str:
        if isinstance(value, int):
            return self.stage_text(value)
        if value == "na":
            return self.t("Not applicable")
        if value == "unknown":
            return self.t("Unknown / no data")
        return self.t("Not rated")

    def confidence(self, value: str | None) -> str:
        names = {"high": self.t("High"), "medium": self.t("Medium"), "low": self.t("Low")}
        return names.get(value or "", "–")

    def dimension_title(self, dim: Dimension) -> str:
        return self.t("{id} {title}", id=dim.id, title=self.tr(dim.title))

    # ----------------------------------------------------------------- flowables
    def p(self, text: object, style: Any = None, link: str | None = None) -> Flowable:
        return para(text, style or self.st.body, rtl=self.rtl, link=link)

    def heading(self, text: str, style: Any, key: str | None = None, level: int = 0) -> Flowable:
        flowable = self.p(text, style)
        if key is None:
            return flowable
        return Bookmarked(flowable, key, text, level, self.registry)

    def subheading(self, text: str, key: str, then: Table | None = None) -> list[Flowable]:
        """A bookmarked second-level heading, never left alone at the foot of a page.

        With ``then``, the heading also stays with the first row of that table (rows move whole).
        """
        room = 32 * MM
        if then is not None:
            room = max(room, 12 * MM + first_rows_height(then, 2))
        return [CondPageBreak(room), self.heading(text, self.st.h2, key, 1)]

    def bullets(self, items: Iterable[str], style: Any = None) -> list[Flowable]:
        return [self.p(f"\u2022  {item}", style or self.st.bullet) for item in items]

    def table(
        self,
        rows: Sequence[Sequence[Any]],
        widths: Sequence[float],
        *,
        header: bool = True,
        extra: Sequence[tuple[Any, ...]] = (),
        zebra: bool = True,
        grid: bool = True,
        split_rows: bool = False,
    ) -> Table:
        """A table that splits across pages, repeats its header and mirrors itself for RTL.

        Rows move to the next page whole; ``split_rows`` lets a row split across pages too (needed
        when a cell may hold more text than a page: very long justifications).
        """
        ncols = len(widths)
        body = [[self._cell(c, header and r == 0) for c in row] for r, row in enumerate(rows)]
        commands: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), SANS),  # the cell default, else Helvetica (not embedded) is named
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ]
        if grid:
            commands += [
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor(RULE)),
                ("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor(RULE)),
            ]
        if header:
            commands += [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(NAVY))]
        if zebra:
            first = 1 if header else 0
            for r in range(first, len(rows)):
                if (r - first) % 2 == 1:
                    commands.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor(PALE)))
        commands += list(extra)
        if self.rtl:
            body = [list(reversed(row)) for row in body]
            widths = list(reversed(widths))
            commands = [_mirror(c, ncols) for c in commands]
        table = Table(
            body,
            colWidths=list(widths),
            repeatRows=1 if header else 0,
            splitInRow=int(split_rows),
            hAlign="RIGHT" if self.rtl else "LEFT",
        )
        table.setStyle(TableStyle(commands))
        return table

    def _cell(self, value: Any, head: bool) -> Any:
        if isinstance(value, (Flowable, list)):
            return value
        return self.p(value, self.st.head_cell if head else self.st.cell)


def _mirror(command: tuple[Any, ...], ncols: int) -> tuple[Any, ...]:
    """A TableStyle command with its column indices mirrored (for right-to-left tables)."""

    def flip(col: int) -> int:
        col = col if col >= 0 else ncols + col
        return ncols - 1 - col

    name, (c0, r0), (c1, r1), *rest = command
    a, b = flip(c0), flip(c1)
    return (name, (min(a, b), r0), (max(a, b), r1), *rest)


def first_rows_height(table: Table, rows: int) -> float:
    """How tall the first ``rows`` rows of a table will be (cells are measured at their column width)."""
    total = 0.0
    widths = table._colWidths
    for row in table._cellvalues[:rows]:
        tallest = 0.0
        for value, width in zip(row, widths, strict=False):
            items = value if isinstance(value, list) else [value]
            height = 0.0
            for item in items:
                if isinstance(item, Flowable):
                    height += item.wrap(float(width) - 8, 10_000)[1] + item.getSpaceAfter()
            tallest = max(tallest, height)
        total += tallest + 7
    return total


def shorten(text: str, limit: int = SHORT_QUESTION) -> str:
    text = tx.one_line(text)
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"


def figures(ctx: CompareContext, items: Sequence[tuple[str, str]]) -> Table:
    """A row of key figures: big value, small label underneath."""
    st = ctx.st
    cells = [[ctx.p(value, st.figure_value), ctx.p(label, st.figure_label)] for value, label in items]
    width = CONTENT_WIDTH / len(items)
    gap_cmds = [("BACKGROUND", (i, 0), (i, 0), colors.HexColor(PALE)) for i in range(len(items))]
    extra = [
        *gap_cmds,
        ("LINEAFTER", (0, 0), (-2, 0), 3, colors.white),
        ("TOPPADDING", (0, 0), (-1, -1), 7),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
        ("LINEABOVE", (0, 0), (-1, 0), 2, colors.HexColor(NAVY)),
    ]
    return ctx.table([cells], [width] * len(items), header=False, zebra=False, grid=False, extra=extra)
