"""Flowables the report needs beyond reportlab's: bidi paragraphs, bookmarked headings, page references."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from . import text as tx


class CachedParagraph(Paragraph):  # type: ignore[misc]
    """A Paragraph that remembers its line breaks for a width.

    Tables wrap each cell several times (measure, split, draw); breaking lines is the costliest
    part of the layout, and its result depends on the width alone.
    """

    _wrap_cache: tuple[float, float, Any] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        cached = self._wrap_cache
        if cached is not None and cached[0] == availWidth:
            self.width, self.height, self.blPara = availWidth, cached[1], cached[2]
            return availWidth, cached[1]
        width, height = super().wrap(availWidth, availHeight)
        self._wrap_cache = (availWidth, height, self.blPara)
        return width, height


class BidiParagraph(Flowable):  # type: ignore[misc]
    """A paragraph holding right-to-left text: wrapped in logical order, each line reordered.

    It lays out through an inner :class:`Paragraph` of ready-made display lines, so splitting
    across pages and table cells behaves as for any paragraph.
    """

    def __init__(self, text: str, style: ParagraphStyle, *, default_rtl: bool, link: str | None = None) -> None:
        super().__init__()
        self.text = tx.clean(text)
        self.style = style
        self.default_rtl = default_rtl
        self.link = link
        self._inner: CachedParagraph | None = None
        self._for_width: float | None = None

    def _layout(self, avail_width: float) -> CachedParagraph:
        if self._inner is None or self._for_width != avail_width:
            style = self.style
            indents = style.leftIndent + style.rightIndent + max(0.0, style.firstLineIndent)
            lines, rtl = tx.visual_lines(
                self.text, (avail_width - indents) * 0.995 - 1, style.fontName, style.fontSize, self.default_rtl
            )
            body = "<br/>".join(tx.run_markup(line, self.style.fontName) for line in lines)
            if self.link:
                body = f'<a href="#{self.link}">{body}</a>'
            style = self.style
            wanted = (
                style.alignment if style.alignment == TA_CENTER else TA_RIGHT if rtl or self.default_rtl else TA_LEFT
            )
            if wanted != style.alignment:
                style = ParagraphStyle(f"{style.name}-bidi", parent=style, alignment=wanted)
            self._inner, self._for_width = CachedParagraph(body, style), avail_width
        return self._inner

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        inner = self._layout(availWidth)
        self.width, self.height = inner.wrap(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return list(self._layout(availWidth).split(availWidth, availHeight))

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        assert self._inner is not None
        self._inner.drawOn(canvas, x, y, _sW)

    def getSpaceBefore(self) -> float:
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:
        return float(self.style.spaceAfter)

    def minWidth(self) -> float:
        return 0.0


def para(text: object, style: ParagraphStyle, *, rtl: bool, link: str | None = None) -> Flowable:
    """A paragraph of plain user or report text (escaped), in the right direction for its script."""
    content = tx.clean(text)
    if tx.has_rtl(content):
        return BidiParagraph(content, style, default_rtl=rtl, link=link)
    body = tx.markup(content)
    if link:
        body = f'<a href="#{link}">{body}</a>'
    return CachedParagraph(body, style)


@dataclass
class PageRegistry:
    """Where each bookmarked heading landed, filled in while the pages are drawn."""

    pages: dict[str, int] = field(default_factory=dict)
    references: set[str] = field(default_factory=set)


class Bookmarked(Flowable):  # type: ignore[misc]
    """A heading that adds itself to the PDF outline and records its page number."""

    def __init__(self, inner: Flowable, key: str, title: str, level: int, registry: PageRegistry) -> None:
        super().__init__()
        self.inner, self.key, self.title, self.level, self.registry = inner, key, tx.one_line(title), level, registry

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = self.inner.wrap(availWidth, availHeight)
        return self.width, self.height

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        canvas.bookmarkHorizontal(self.key, 0, y + self.height + 4)
        canvas.addOutlineEntry(self.title, self.key, level=self.level, closed=self.level > 0)
        self.registry.pages[self.key] = canvas.getPageNumber()
        self.inner.drawOn(canvas, x, y, _sW)

    def getSpaceBefore(self) -> float:
        return float(self.inner.getSpaceBefore())

    def getSpaceAfter(self) -> float:
        return float(self.inner.getSpaceAfter())


def page_form(key: str) -> str:
    return f"pageref_{key}"


class PageRef(Flowable):  # type: ignore[misc]
    """The page number of a bookmarked heading, drawn later: a form XObject defined at the end.

    That keeps the table of contents to a single layout pass.
    """

    def __init__(self, key: str, registry: PageRegistry, *, rtl: bool, style: ParagraphStyle) -> None:
        super().__init__()
        self.key, self.registry, self.rtl = key, registry, rtl
        # Same box and baseline as a one-line paragraph of ``style`` next to it.
        self._height, self._baseline = float(style.leading), float(style.leading - style.fontSize)
        registry.references.add(key)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self._height
        return self.width, self.height

    def draw(self) -> None:
        # The form draws its number right-aligned at its origin (left-aligned for RTL).
        self.canv.translate(0 if self.rtl else self.width, self._baseline)
        self.canv.doForm(page_form(self.key))


__all__ = ["BidiParagraph", "Bookmarked", "PageRef", "PageRegistry", "page_form", "para"]
