"""The comparison as a PDF, laid out with the report's fonts, styles, tables and charts.

A4 pages with a running header (what is compared) and footer ("page x of y", the date and the
framework). The content is in :mod:`.pdf_content`; every string goes through the core translations
(:func:`cyberassess.i18n.gettext`), so the PDF exists in the report's four languages, Arabic
shaped and laid out right to left as in the report.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from .. import __version__
from ..atomicfile import write_bytes
from ..errors import InputError
from ..i18n import normalise
from ..report import text as tx
from ..report.errors import ReportError
from ..report.fonts import SANS, SANS_BOLD
from ..report.styles import (
    GREY,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MM,
    NAVY,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
)
from ..safetext import safe_name
from . import Comparison
from .pdf_context import CompareContext


class CompareTemplate(BaseDocTemplate):  # type: ignore[misc]
    def __init__(self, buffer: io.BytesIO, ctx: CompareContext, title: str, generated: datetime) -> None:
        super().__init__(
            buffer,
            pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=tx.one_line(title),
            subject=tx.one_line(ctx.t("Comparison of cybercrime capacity assessments")),
            creator=f"CyberAssess {__version__}",
            lang=ctx.lang,
            initialFontName=SANS,
        )
        self.ctx, self.heading, self.generated, self.pages = ctx, title, generated, 0
        frame = Frame(
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
        self.addPageTemplates([PageTemplate("body", [frame], onPage=self._decorate)])

    def _line(
        self, canv: Any, x: float, y: float, text: str, align: str, *, bold: bool = False, colour: str = GREY
    ) -> None:
        canv.setFillColor(colors.HexColor(colour))
        tx.draw_line(canv, x, y, text, SANS_BOLD if bold else SANS, 7.2, align, self.ctx.rtl)

    def _decorate(self, canv: Any, doc: Any) -> None:
        page = canv.getPageNumber()
        self.pages = max(self.pages, page)
        ctx, t, rtl = self.ctx, self.ctx.t, self.ctx.rtl
        left, right = MARGIN_X, PAGE_WIDTH - MARGIN_X
        start, end = (right, left) if rtl else (left, right)
        a_start, a_end = ("right", "left") if rtl else ("left", "right")
        canv.saveState()
        top = PAGE_HEIGHT - 14 * MM
        self._line(canv, start, top, self.heading, a_start, bold=True, colour=NAVY)
        self._line(canv, end, top, t("Comparison of assessments"), a_end)
        canv.setStrokeColor(colors.HexColor(RULE))
        canv.setLineWidth(0.5)
        canv.line(left, top - 2.5 * MM, right, top - 2.5 * MM)
        canv.line(left, 19 * MM, right, 19 * MM)
        made = t("Produced with CyberAssess {version} on {date}", version=__version__, date=ctx.date(self.generated))
        self._line(canv, start, 15 * MM, made, a_start)
        self._line(
            canv, start, 11.5 * MM, t("Framework {id} version {version}", id=ctx.fw.id, version=ctx.fw.version), a_start
        )
        canv.translate(end, 15 * MM)
        canv.doForm(f"pageno_{page}")
        canv.restoreState()

    def define_page_numbers(self) -> None:
        align = "left" if self.ctx.rtl else "right"
        for page in range(1, self.pages + 1):
            self.canv.beginForm(f"pageno_{page}", lowerx=-300, lowery=-5, upperx=300, uppery=15)
            self.canv.setFillColor(colors.HexColor(GREY))
            text = self.ctx.t("Page {page} of {total}", page=page, total=self.pages)
            tx.draw_line(self.canv, 0, 0, text, SANS, 7.2, align, self.ctx.rtl)
            self.canv.endForm()


def build_pdf(comparison: Comparison, language: str = "en", *, generated: datetime | None = None) -> tuple[bytes, int]:
    """The comparison as PDF bytes, and its number of pages."""
    from reportlab import rl_config

    from .pdf_content import story_and_title

    rl_config.useA85 = 0
    lang = normalise(language)
    view = comparison.view
    framework = view.current.framework if hasattr(view, "current") else view.items[0].framework
    ctx = CompareContext(framework, lang)
    comparison = comparison.relabel(ctx.t("Country {letter}"))
    story, title = story_and_title(ctx, comparison)
    buffer = io.BytesIO()
    doc = CompareTemplate(buffer, ctx, title, generated or datetime.now(UTC))
    doc._doSave = 0
    doc.build(story)
    doc.define_page_numbers()
    doc.canv.save()
    return buffer.getvalue(), doc.pages


def write_pdf(comparison: Comparison, output: Path, *, language: str = "en") -> int:
    """Write the comparison as a PDF at ``output`` (atomically); returns the number of pages."""
    output = Path(output)
    if output.suffix.lower() != ".pdf":
        raise InputError(f"{safe_name(output.name)} is not a .pdf name.", "Give a name ending in .pdf.")
    if not output.parent.is_dir():
        raise InputError(f"The folder {safe_name(str(output.parent))} does not exist.", "Create it first.")
    pdf, pages = build_pdf(comparison, language)
    try:
        write_bytes(output, pdf)
    except OSError as exc:
        raise ReportError(
            f"Could not write {safe_name(output.name)}: {exc.strerror}.", "Choose another folder."
        ) from None
    return pages
