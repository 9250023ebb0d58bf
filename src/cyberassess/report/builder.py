"""Lay the story out on A4 pages: cover, running header and footer, page numbers, outline, metadata.

One layout pass: the table of contents and the "page x of y" footers refer to form XObjects that
are filled in once the last page is known.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from . import text as tx
from .content import Context, build_story
from .data import ReportData
from .flowables import PageRegistry, page_form
from .fonts import SANS, SANS_BOLD
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
        self, buffer: io.BytesIO, ctx: Context, registry: PageRegistry, progress: Callable[[int], None] | None = None
    ) -> None:
        d, t = ctx.data, ctx.t
        info = d.info
        title = t("{country}: {mission}", country=info.country, mission=info.mission) if info.mission else info.country
        super().__init__(
            buffer,
            pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=tx.one_line(t("{title}. National Cyber Review report", title=title)),
            author=tx.one_line(", ".join(info.assessors) or (d.signer.name if d.signer else "")),
            subject=tx.one_line(
                t("Assessment of the national capacity to fight cybercrime: findings and recommendations")
            ),
            creator=f"CyberAssess {d.app_version}",
            keywords=tx.one_line(f"cybercrime, {d.framework.id} {d.framework.version}, {info.file_uuid}"),
            lang=ctx.lang,
            initialFontName=SANS,  # otherwise every page names Helvetica, a font that is not embedded
            allowSplitting=1,
        )
        self.ctx, self.registry, self.pages, self._progress = ctx, registry, 0, progress
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
        canv.setFillColor(colors.HexColor(colour))
        return tx.draw_line(canv, x, y, text, SANS_BOLD if bold else SANS, size, align, self.ctx.rtl)

    def _cover_page(self, canv: Any, doc: Any) -> None:
        self.pages = max(self.pages, canv.getPageNumber())
        d, t = self.ctx.data, self.ctx.t
        canv.saveState()
        band = 46 * MM
        canv.setFillColor(colors.HexColor(NAVY))
        canv.rect(0, PAGE_HEIGHT - band, PAGE_WIDTH, band, stroke=0, fill=1)
        canv.setFillColor(colors.HexColor(TEAL))
        canv.rect(0, PAGE_HEIGHT - band - 2.2 * MM, PAGE_WIDTH, 2.2 * MM, stroke=0, fill=1)
        start, align = (PAGE_WIDTH - MARGIN_X, "right") if self.ctx.rtl else (MARGIN_X, "left")
        self._line(
            canv,
            start,
            PAGE_HEIGHT - 20 * MM,
            t("CYBERCRIME CAPACITY ASSESSMENT"),
            size=15,
            align=align,
            bold=True,
            colour="#FFFFFF",
        )
        self._line(
            canv, start, PAGE_HEIGHT - 28 * MM, self.ctx.tr(d.framework.name), size=9.5, align=align, colour="#D6E4EE"
        )
        self._line(
            canv,
            start,
            PAGE_HEIGHT - 34 * MM,
            t("Framework version {version}", version=d.framework.version),
            size=8,
            align=align,
            colour="#D6E4EE",
        )
        canv.setStrokeColor(colors.HexColor(RULE))
        canv.setLineWidth(0.5)
        canv.line(MARGIN_X, 20 * MM, PAGE_WIDTH - MARGIN_X, 20 * MM)
        self._line(
            canv,
            start,
            15 * MM,
            t(
                "Produced with CyberAssess {version} on {date}",
                version=d.app_version,
                date=self.ctx.date(d.generated_at),
            ),
            align=align,
        )
        self._footer_right(canv)
        canv.restoreState()

    def _footer_right(self, canv: Any) -> None:
        page = canv.getPageNumber()
        canv.saveState()
        canv.translate(MARGIN_X if self.ctx.rtl else PAGE_WIDTH - MARGIN_X, 15 * MM)
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
        d, t, rtl = self.ctx.data, self.ctx.t, self.ctx.rtl
        info = d.info
        left, right = MARGIN_X, PAGE_WIDTH - MARGIN_X
        start, end = (right, left) if rtl else (left, right)
        a_start, a_end = ("right", "left") if rtl else ("left", "right")
        canv.saveState()
        top = PAGE_HEIGHT - 14 * MM
        head = t("{country}: {mission}", country=info.country, mission=info.mission) if info.mission else info.country
        self._line(canv, start, top, head, align=a_start, bold=True, colour=NAVY)
        if d.signer is None:
            self._line(canv, end, top, t("Not signed"), align=a_end, bold=True, colour=RED)
        else:
            self._line(canv, end, top, t("National Cyber Review report"), align=a_end)
        canv.setStrokeColor(colors.HexColor(RULE))
        canv.setLineWidth(0.5)
        canv.line(left, top - 2.5 * MM, right, top - 2.5 * MM)
        canv.line(left, 19 * MM, right, 19 * MM)
        self._line(canv, start, 15 * MM, t("File {uuid}", uuid=info.file_uuid), align=a_start)
        self._line(
            canv,
            start,
            11.5 * MM,
            t("Framework {id} version {version}", id=d.framework.id, version=d.framework.version),
            align=a_start,
        )
        canv.restoreState()
        self._footer_right(canv)

    # ----------------------------------------------------------------- deferred numbers
    def define_forms(self) -> None:
        """Fill in the page numbers: each page's "page x of y" and each contents entry's page."""
        canv, t = self.canv, self.ctx.t
        align = "left" if self.ctx.rtl else "right"
        for page in range(1, self.pages + 1):
            canv.beginForm(_page_number_form(page), lowerx=-300, lowery=-5, upperx=300, uppery=15)
            canv.setFillColor(colors.HexColor(GREY))
            tx.draw_line(
                canv, 0, 0, t("Page {page} of {total}", page=page, total=self.pages), SANS, 7.2, align, self.ctx.rtl
            )
            canv.endForm()
        for key in sorted(self.registry.references):
            canv.beginForm(page_form(key), lowerx=-100, lowery=-5, upperx=100, uppery=15)
            number = self.registry.pages.get(key)
            tx.draw_line(canv, 0, 0, str(number) if number else "–", SANS, 10, align, self.ctx.rtl)
            canv.endForm()


def build_pdf(data: ReportData, language: str, progress: Progress | None = None) -> tuple[bytes, int]:
    """The unsigned report as PDF bytes, and its number of pages."""
    from reportlab import rl_config

    rl_config.useA85 = 0  # binary (Flate) streams: smaller files, and no slow pure-Python ASCII85 pass
    registry = PageRegistry()
    story, ctx = build_story(data, language, registry)
    expected = max(20, 4 * len(data.framework.dimensions) + 8)

    def on_page(page: int) -> None:
        if progress:
            progress(min(85, 10 + 75 * page // expected), ctx.t("Laying out page {page}", page=page))

    buffer = io.BytesIO()
    doc = ReportTemplate(buffer, ctx, registry, on_page)
    doc._doSave = 0
    doc.build(story)
    doc.define_forms()
    doc.canv.save()
    return buffer.getvalue(), doc.pages
