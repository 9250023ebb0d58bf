"""Lay the report model out on A4 pages: cover, running header and footer, DRAFT watermark, outline.

One layout pass: the table of contents and the "page x of y" footers refer to form XObjects that
are filled in once the last page is known.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from . import text as tx
from .flowables import PageRegistry, page_form
from .fonts import SANS, SANS_BOLD
from .model import Report
from .pdf_tables import KeepWithTable
from .render_pdf import PdfRenderer
from .styles import (
    GREY,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MM,
    NAVY,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RED,
    RULE,
    TEAL,
)

Progress = Callable[[int, str], None]


def _page_number_form(page: int) -> str:
    return f"pageno_{page}"


class ReportTemplate(BaseDocTemplate):  # type: ignore[misc]
    def __init__(
        self, buffer: io.BytesIO, report: Report, registry: PageRegistry, progress: Callable[[int], None] | None = None
    ) -> None:
        meta = report.metadata
        super().__init__(
            buffer,
            pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=tx.one_line(meta.title),
            author=tx.one_line(meta.author),
            subject=tx.one_line(meta.subject),
            creator=meta.creator,
            keywords=tx.one_line(meta.keywords),
            lang=report.language,
            initialFontName=SANS,  # otherwise every page names Helvetica, a font that is not embedded
            allowSplitting=1,
            keepTogetherClass=KeepWithTable,  # a heading stays with the start of a long table, not pushed on with it
        )
        self.report, self.rtl, self.registry, self.pages, self._progress = report, report.rtl, registry, 0, progress
        self._outline_shown = False
        body = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            PAGE_WIDTH - 2 * MARGIN_X,
            PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        cover = Frame(
            MARGIN_X,
            30 * MM,
            PAGE_WIDTH - 2 * MARGIN_X,
            PAGE_HEIGHT - 30 * MM - 20 * MM,
            id="cover",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates(
            [
                PageTemplate("cover", [cover], onPage=self._cover_page),
                PageTemplate("body", [body], onPage=self._body_page),
            ]
        )

    # ----------------------------------------------------------------- page decorations
    def _line(
        self,
        canv: Any,
        x: float,
        y: float,
        text: str,
        *,
        size: float = 7.2,
        align: str = "left",
        bold: bool = False,
        colour: str = GREY,
    ) -> float:
        """A line of the report's own text, in the report's direction (whatever the letters it quotes)."""
        canv.setFillColor(colors.HexColor(colour))
        font = SANS_BOLD if bold else SANS
        return tx.draw_line(canv, x, y, text, font, size, align, self.rtl, forced=True)

    def _watermark(self, canv: Any) -> None:
        """The DRAFT marking across the page, under the content."""
        word = self.report.running.watermark
        if not word:
            return
        canv.saveState()
        canv.setFillColor(colors.HexColor(RED))
        canv.setFillAlpha(0.10)
        canv.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
        canv.rotate(math.degrees(math.atan2(PAGE_HEIGHT, PAGE_WIDTH)))
        tx.draw_line(canv, 0, -30, word, SANS_BOLD, 110, "centre", self.rtl, forced=True)
        canv.restoreState()

    def _cover_page(self, canv: Any, doc: Any) -> None:
        self.pages = max(self.pages, canv.getPageNumber())
        cover = self.report.cover
        canv.saveState()
        self._watermark(canv)
        band = 40 * MM
        canv.setFillColor(colors.HexColor(NAVY))
        canv.rect(0, PAGE_HEIGHT - band, PAGE_WIDTH, band, stroke=0, fill=1)
        canv.setFillColor(colors.HexColor(TEAL))
        canv.rect(0, PAGE_HEIGHT - band - 2.2 * MM, PAGE_WIDTH, 2.2 * MM, stroke=0, fill=1)
        rtl = self.rtl
        start, align = (PAGE_WIDTH - MARGIN_X, "right") if rtl else (MARGIN_X, "left")
        end, end_align = (MARGIN_X, "left") if rtl else (PAGE_WIDTH - MARGIN_X, "right")
        room = PAGE_WIDTH - 2 * MARGIN_X
        title_size = min(14.0, 14.0 * room / max(1.0, tx.width(tx.display(cover.band_title, rtl), SANS_BOLD, 14.0)))
        self._line(canv, start, PAGE_HEIGHT - 20 * MM, cover.band_title, size=title_size, align=align, bold=True,
                   colour="#FFFFFF")  # fmt: skip
        self._line(canv, start, PAGE_HEIGHT - 28 * MM, cover.band_subtitle, size=8.5, align=align, colour="#D6E4EE")
        if cover.marking:
            self._line(canv, end, PAGE_HEIGHT - 10 * MM, cover.marking, size=9, align=end_align, bold=True,
                       colour="#FFD8CC")  # fmt: skip
        canv.setStrokeColor(colors.HexColor(RULE))
        canv.setLineWidth(0.5)
        canv.line(MARGIN_X, 20 * MM, PAGE_WIDTH - MARGIN_X, 20 * MM)
        self._line(canv, start, 15 * MM, cover.produced, align=align)
        self._footer_right(canv)
        canv.restoreState()

    def _footer_right(self, canv: Any) -> None:
        page = canv.getPageNumber()
        canv.saveState()
        canv.translate(MARGIN_X if self.rtl else PAGE_WIDTH - MARGIN_X, 15 * MM)
        canv.doForm(_page_number_form(page))
        canv.restoreState()

    def _body_page(self, canv: Any, doc: Any) -> None:
        page = canv.getPageNumber()
        self.pages = max(self.pages, page)
        if self._progress:
            self._progress(page)
        if not self._outline_shown:
            canv.showOutline()
            self._outline_shown = True
        run, rtl = self.report.running, self.rtl
        left, right = MARGIN_X, PAGE_WIDTH - MARGIN_X
        start, end = (right, left) if rtl else (left, right)
        a_start, a_end = ("right", "left") if rtl else ("left", "right")
        canv.saveState()
        self._watermark(canv)
        top = PAGE_HEIGHT - 14 * MM
        self._line(canv, start, top, run.head, align=a_start, bold=True, colour=NAVY)
        alarm = bool(run.watermark) or not self.report.signed
        self._line(canv, end, top, run.head_end, align=a_end, bold=alarm, colour=RED if alarm else GREY)
        canv.setStrokeColor(colors.HexColor(RULE))
        canv.setLineWidth(0.5)
        canv.line(left, top - 2.5 * MM, right, top - 2.5 * MM)
        canv.line(left, 19 * MM, right, 19 * MM)
        y = 15 * MM
        for line in run.foot_lines:
            self._line(canv, start, y, line, align=a_start)
            y -= 3.5 * MM
        canv.restoreState()
        self._footer_right(canv)

    # ----------------------------------------------------------------- deferred numbers
    def define_forms(self) -> None:
        """Fill in the page numbers: each page's "page x of y" and each contents entry's page."""
        canv = self.canv
        align = "left" if self.rtl else "right"
        for page in range(1, self.pages + 1):
            canv.beginForm(_page_number_form(page), lowerx=-300, lowery=-5, upperx=300, uppery=15)
            canv.setFillColor(colors.HexColor(GREY))
            text = self.report.running.page_of.format(page=page, total=self.pages)
            tx.draw_line(canv, 0, 0, text, SANS, 7.2, align, self.rtl, forced=True)
            canv.endForm()
        for key in sorted(self.registry.references):
            canv.beginForm(page_form(key), lowerx=-100, lowery=-5, upperx=100, uppery=15)
            number = self.registry.pages.get(key)
            tx.draw_line(canv, 0, 0, str(number) if number else "–", SANS, 10, align, self.rtl)
            canv.endForm()


def build_pdf(report: Report, progress: Progress | None = None, pages_hint: int = 40) -> tuple[bytes, int]:
    """The unsigned report as PDF bytes, and its number of pages."""
    from reportlab import rl_config

    rl_config.useA85 = 0  # binary (Flate) streams: smaller files, and no slow pure-Python ASCII85 pass
    registry = PageRegistry()
    story = PdfRenderer(report, registry).story()
    laying_out = report.laying_out

    def on_page(page: int) -> None:
        if progress:
            progress(min(85, 10 + 75 * page // pages_hint), laying_out.format(page=page))

    buffer = io.BytesIO()
    doc = ReportTemplate(buffer, report, registry, on_page)
    doc._doSave = 0
    doc.build(story)
    doc.define_forms()
    doc.canv.save()
    return buffer.getvalue(), doc.pages
