"""Lay the report model out as reportlab flowables (the PDF renderer: layout only, no wording).

Text direction: the report's own sentences run in the report's direction; people's text runs in
the direction of its own script, so an English justification in an Arabic report is left-aligned
and left to right.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, NextPageTemplate, Spacer
from reportlab.platypus import PageBreak as RLPageBreak

from . import model as m
from . import text as tx
from .charts import Axis, radar, roadmap_band, stage_bar
from .flowables import Bookmarked, CachedParagraph, PageRef, PageRegistry, para
from .fonts import SANS, SANS_BOLD
from .pdf_tables import KeptTable, column_widths, longest_word, mirror
from .styles import CONTENT_WIDTH, MM, NAVY, NO_STAGE_TINT, PALE, RULE, STAGE_TINTS, TONE_TINTS, make_styles

HEAD_SIZE = 7.2
CELL_SIZE = 7.8


def tint(level: int | None) -> str:
    return STAGE_TINTS.get(level or 0, NO_STAGE_TINT)


def cell_tint(c: m.Cell) -> str | None:
    """The background of a cell: a rise or a fall, else its stage's colour, else none."""
    if c.tone is not None:
        return TONE_TINTS[c.tone]
    return tint(c.stage) if c.stage is not None else None


def tinted(rows: tuple[tuple[m.Cell, ...], ...]) -> list[tuple[Any, ...]]:
    """The table style commands that colour the tinted cells of ``rows`` (the header is row 0)."""
    return [
        ("BACKGROUND", (n, r), (n, r), colors.HexColor(colour))
        for r, row in enumerate(rows, start=1)
        for n, c in enumerate(row)
        if (colour := cell_tint(c)) is not None
    ]


class PdfRenderer:
    """Turns a :class:`~.model.Report` into the story of flowables that :mod:`.builder` lays out."""

    def __init__(self, report: m.Report, registry: PageRegistry) -> None:
        self.report = report
        self.rtl = report.rtl
        self.st = make_styles(self.rtl)
        self.registry = registry
        self._ltr: dict[str, ParagraphStyle] = {}

    # ----------------------------------------------------------------- text
    def _left(self, style: ParagraphStyle) -> ParagraphStyle:
        if style.name not in self._ltr:
            self._ltr[style.name] = ParagraphStyle(
                f"{style.name}-ltr", parent=style, alignment=TA_LEFT, leftIndent=style.rightIndent, rightIndent=0
            )
        return self._ltr[style.name]

    def para(
        self, text: str, style: Any, *, user: bool = False, link: str | None = None, spans: tuple[m.Span, ...] = ()
    ) -> Flowable:
        if user and self.rtl and not tx.has_rtl(text):
            style = self._left(style)  # a left-to-right text stays left to right in a right-to-left report
        if spans and not tx.has_rtl(text):
            body = "".join(_span_markup(s) for s in spans)
            if link:
                body = f'<a href="#{link}">{body}</a>'
            return CachedParagraph(body, style)
        return para(text, style, rtl=self.rtl, link=link)

    def style(self, name: str) -> Any:
        return {
            "body": self.st.body,
            "lead": self.st.lead,
            "note": self.st.note,
            "small": self.st.small,
            "warning": self.st.warning,
            "disclaimer": self.st.note,
        }[name]

    # ----------------------------------------------------------------- story
    def story(self) -> list[Flowable]:
        story = self.cover()
        for section in self.report.sections:
            blocks = section.blocks
            for n, block in enumerate(blocks):
                flowables = self.block(block)
                following = blocks[n + 1] if n + 1 < len(blocks) else None
                if isinstance(block, m.Paragraph) and isinstance(following, (m.ItemList, m.Table)):
                    flowables[-1].keepWithNext = 1  # an introduction stays with the list or table it introduces
                story += flowables
        return story

    def block(self, b: m.Block) -> list[Flowable]:
        if isinstance(b, m.Heading):
            return self.heading(b)
        if isinstance(b, m.Paragraph):
            flowable = self.para(b.text, self.style(b.style), user=b.user, spans=b.spans)
            if b.style == "lead":
                flowable.keepWithNext = 1
            return [flowable]
        if isinstance(b, m.ItemList):
            return [self.item_list(b)]
        if isinstance(b, m.Table):
            return self.table(b)
        if isinstance(b, m.KeyValues):
            return [self.key_values(b), Spacer(1, 3 * MM)]
        if isinstance(b, m.Figures):
            return [self.figures(b), Spacer(1, 2 * MM)]
        if isinstance(b, m.Radar):
            return self.radar(b)
        if isinstance(b, m.ProgressRadar):
            return self.progress_radar(b)
        if isinstance(b, m.StageBar):
            labels = list(b.stage_labels)
            return [stage_bar(b.score, b.target, width=CONTENT_WIDTH, stage_labels=labels,
                              score_label=b.score_label, target_label=b.target_label)]  # fmt: skip
        if isinstance(b, m.Roadmap):
            return self.roadmap(b)
        if isinstance(b, m.SignOff):
            return self.sign_off(b)
        if isinstance(b, m.Contents):
            return self.contents(b)
        return [RLPageBreak()]

    def heading(self, h: m.Heading) -> list[Flowable]:
        style = {1: self.st.h1, 2: self.st.h2}.get(h.level, self.st.h3)
        flowable = self.para(h.text, style)
        out: list[Flowable] = []
        if h.level > 1:
            out.append(CondPageBreak((40 if h.level == 2 else 30) * MM))  # never alone at the foot of a page
        if h.key is not None:
            flowable = Bookmarked(flowable, h.key, h.text, h.level - 1, self.registry)
        flowable.keepWithNext = 1  # a heading stays with what follows it
        out.append(flowable)
        return out

    # ----------------------------------------------------------------- grids
    def grid(
        self,
        rows: list[list[Any]],
        widths: list[float],
        *,
        header: bool = True,
        extra: list[tuple[Any, ...]] | None = None,
        zebra: bool = True,
        lines: bool = True,
        split_rows: bool = False,
        padding: float = 4,
        rtl: bool | None = None,
    ) -> KeptTable:
        """A table that splits across pages, repeats its header and mirrors itself for right to left."""
        ncols = len(widths)
        commands: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), SANS),  # the cell default, else Helvetica (not embedded) is named
            ("LEFTPADDING", (0, 0), (-1, -1), padding),
            ("RIGHTPADDING", (0, 0), (-1, -1), padding),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ]
        if lines:
            commands += [
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor(RULE)),
                ("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor(RULE)),
            ]
        if header:
            commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(NAVY)))
        if zebra:
            first = 1 if header else 0
            commands += [("BACKGROUND", (0, r), (-1, r), colors.HexColor(PALE))
                         for r in range(first, len(rows)) if (r - first) % 2 == 1]  # fmt: skip
        commands += extra or []
        rtl = self.rtl if rtl is None else rtl
        if rtl:
            rows = [list(reversed(row)) for row in rows]
            widths = list(reversed(widths))
            commands = [mirror(c, ncols) for c in commands]
        table = KeptTable(
            rows,
            colWidths=widths,
            repeatRows=1 if header else 0,
            splitInRow=int(split_rows),
            hAlign="RIGHT" if rtl else "LEFT",
        )
        from reportlab.platypus import TableStyle

        table.setStyle(TableStyle(commands))
        return table

    def cell(self, c: m.Cell) -> Any:
        style = {"plain": self.st.cell, "bold": self.st.cell_bold, "small": self.st.cell_small,
                 "mono": self.st.cell_mono}[c.style]  # fmt: skip
        first = self.para(c.text, style, user=c.user, link=c.link)
        if not c.note:
            return first
        return [first, self.para(c.note, self.st.cell_small, user=c.user)]

    def widths(self, t: m.Table, total: float = CONTENT_WIDTH) -> list[float]:
        return column_widths(t, total, head=(SANS_BOLD, HEAD_SIZE), cell=(SANS_BOLD, CELL_SIZE), padding=8)

    def table(self, t: m.Table) -> list[Flowable]:
        widths = self.widths(t)
        rows: list[list[Any]] = [[self.para(c.title, self.st.head_cell) for c in t.columns]]
        rows += [[self.cell(c) for c in row] for row in t.rows]
        grid = self.grid(rows, widths, extra=tinted(t.rows), split_rows=t.split_rows)
        if not t.caption:
            return [KeepTogether([grid]) if t.keep else grid, Spacer(1, 3 * MM)]
        caption = self.para(t.caption, self.st.caption)
        caption.keepWithNext = 1
        if t.keep:
            return [KeepTogether([caption, grid]), Spacer(1, 3 * MM)]
        return [caption, grid, Spacer(1, 3 * MM)]

    def key_values(self, kv: m.KeyValues, label_style: Any = None, value_style: Any = None) -> KeptTable:
        label_style = label_style or self.st.cell_bold
        widest = max((tx.width(tx.display(label), SANS_BOLD, CELL_SIZE) for label, _ in kv.rows), default=0.0)
        label_width = min(72 * MM, max(40 * MM, widest + 12))
        # Short values (names, dates) line up with their labels in the report's direction.
        rows = [[self.para(label, label_style), self.cell(replace(value, user=False))] for label, value in kv.rows]
        return self.grid(rows, [label_width, CONTENT_WIDTH - label_width], header=False)

    def figures(self, f: m.Figures) -> KeptTable:
        cells = [[self.para(v, self.st.figure_value), self.para(label, self.st.figure_label)] for v, label in f.items]
        width = CONTENT_WIDTH / len(f.items)
        extra: list[tuple[Any, ...]] = [
            ("BACKGROUND", (i, 0), (i, 0), colors.HexColor(PALE)) for i in range(len(cells))
        ]
        extra += [
            ("LINEAFTER", (0, 0), (-2, 0), 3, colors.white),
            ("TOPPADDING", (0, 0), (-1, -1), 7),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ("LINEABOVE", (0, 0), (-1, 0), 2, colors.HexColor(NAVY)),
        ]
        return self.grid([cells], [width] * len(cells), header=False, zebra=False, lines=False, extra=extra)

    def item_list(self, lst: m.ItemList) -> KeptTable:
        """Bullets and numbered items as marker and text columns: wrapped lines keep their indent."""
        # A list written by people in a left-to-right script reads left to right, even in Arabic.
        ltr = all(item.user and not tx.has_rtl(item.text) for item in lst.items)
        marker_style = self.st.list_marker
        if self.rtl and ltr:  # the marker hugs the text on its right
            marker_style = ParagraphStyle("list_marker-ltr", parent=marker_style, alignment=TA_RIGHT)
        rows = []
        for n, item in enumerate(lst.items, start=lst.start):
            marker = "\u2022" if lst.kind == "bullet" else f"{n}."
            text: Any = self.para(item.text, self.st.list_item, user=item.user, spans=item.spans)
            if item.detail:
                text = [text, self.para(item.detail, self.st.note, user=item.user)]
            rows.append([self.para(marker, marker_style), text])
        marker_width = 7 * MM if lst.kind == "numbered" else 5 * MM
        extra = [("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                 ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2)]  # fmt: skip
        return self.grid(rows, [marker_width, CONTENT_WIDTH - marker_width], header=False, zebra=False, lines=False,
                         extra=extra, rtl=self.rtl and not ltr)  # fmt: skip

    # ----------------------------------------------------------------- figures
    def radar(self, r: m.Radar) -> list[Flowable]:
        chart = radar([Axis(label, score) for label, score in r.axes], r.target, size=66 * MM,
                      legend_score=r.legend_score, legend_target=r.legend_target, no_data=r.no_data)  # fmt: skip
        gap = 8 * MM
        side = CONTENT_WIDTH - 70 * MM - gap
        table = r.table
        inner = self.grid(
            [[self.para(c.title, self.st.head_cell) for c in table.columns]]
            + [[self.cell(c) for c in row] for row in table.rows],
            self.widths(table, side),
            extra=tinted(table.rows),
        )
        outer = self.grid([[chart, "", inner]], [70 * MM, gap, side], header=False, zebra=False, lines=False,
                          extra=[("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0)])  # fmt: skip
        return [Spacer(1, 2 * MM), outer, self.para(r.caption, self.st.caption)]

    def progress_radar(self, r: m.ProgressRadar) -> list[Flowable]:
        """The two-series radar of a follow-up (the comparison's chart), centred, with its caption."""
        from ..compare.charts import progress_radar

        chart = progress_radar([a[0] for a in r.axes], [a[1] for a in r.axes], [a[2] for a in r.axes], r.target,
                               size=80 * MM, legend=r.legend)  # fmt: skip
        chart.hAlign = "CENTER"
        caption = self.para(r.caption, self.st.caption)
        return [Spacer(1, 2 * MM), KeepTogether([chart, caption]), Spacer(1, 2 * MM)]

    def roadmap(self, r: m.Roadmap) -> list[Flowable]:
        """Chevrons for the horizons, and under each the actions planned for it."""
        width = CONTENT_WIDTH / len(r.lanes)
        band = roadmap_band([lane.title for lane in r.lanes], width=CONTENT_WIDTH, rtl=self.rtl)
        body = []
        for lane in r.lanes:
            items = [self.para(f"\u25b8 {title}", self.st.cell, user=True) for title in lane.items]
            body.append(items or self.para(r.empty, self.st.cell_small))
        extra = [
            ("LINEAFTER", (0, 0), (-2, -1), 3, colors.white),
            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(PALE)),
        ]
        grid = self.grid([body], [width] * len(r.lanes), header=False, zebra=False, lines=False, extra=extra)
        caption = self.para(r.caption, self.st.caption)
        return [CondPageBreak(45 * MM), Spacer(1, 2 * MM), band, Spacer(1, 1.5 * MM), grid, caption]

    def sign_off(self, s: m.SignOff) -> list[Flowable]:
        """One box per signatory: role, name, organisation, then lines for signature, date and place."""
        boxes = []
        line = "_" * 34
        for person in s.signatories:
            rows = [
                [self.para(person.role, self.st.head_cell), ""],
                [
                    self.para(s.name_label, self.st.cell_small),
                    self.para(person.name or line, self.st.cell_bold, user=True),
                ],
                [self.para("", self.st.cell_small), self.para(person.organisation, self.st.cell, user=True)],
                [self.para(s.signature_label, self.st.cell_small), self.para(line, self.st.cell)],
                [self.para(s.date_label, self.st.cell_small), self.para(line, self.st.cell)],
                [self.para(s.place_label, self.st.cell_small), self.para(line, self.st.cell)],
            ]
            label = max(18 * MM, longest_word([s.name_label, s.signature_label, s.date_label, s.place_label],
                                              SANS, 6.8) + 10)  # fmt: skip
            half = (CONTENT_WIDTH - 6 * MM) / 2
            box = self.grid(rows, [label, half - label], header=True, zebra=False, lines=False,
                            extra=[("SPAN", (0, 0), (1, 0)), ("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor(RULE)),
                                   ("TOPPADDING", (0, 3), (-1, -1), 9)])  # fmt: skip
            boxes.append(box)
        pairs = [boxes[i : i + 2] for i in range(0, len(boxes), 2)]
        out: list[Flowable] = [Spacer(1, 2 * MM)]
        half = (CONTENT_WIDTH - 6 * MM) / 2
        for pair in pairs:
            row = [pair[0], "", pair[1] if len(pair) > 1 else ""]
            out.append(KeepTogether([self.grid([row], [half, 6 * MM, half], header=False, zebra=False, lines=False,
                                               extra=[("LEFTPADDING", (0, 0), (-1, -1), 0),
                                                      ("RIGHTPADDING", (0, 0), (-1, -1), 0)])]))  # fmt: skip
            out.append(Spacer(1, 4 * MM))
        return out

    def contents(self, c: m.Contents) -> list[Flowable]:
        st = self.st
        story: list[Flowable] = [self.para(c.title, st.h1), Spacer(1, 3 * MM)]
        rows = []
        for h in self.report.headings():
            style = st.toc if h.level == 1 else st.toc_sub
            assert h.key is not None
            rows.append(
                [self.para(h.text, style, link=h.key), PageRef(h.key, self.registry, rtl=self.rtl, style=style)]
            )
        extra = [("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor(RULE)), ("TOPPADDING", (0, 0), (-1, -1), 3),
                 ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]  # fmt: skip
        story.append(self.grid(rows, [CONTENT_WIDTH - 18 * MM, 18 * MM], header=False, zebra=False, lines=False,
                               extra=extra))  # fmt: skip
        return story

    # ----------------------------------------------------------------- cover
    def cover(self) -> list[Flowable]:
        c, st = self.report.cover, self.st
        story: list[Flowable] = [Spacer(1, 50 * MM)]
        story.append(self.para(c.kind, st.cover_kind))
        story.append(self.para(c.country, st.title))  # the cover's lines all follow the report's direction
        if c.mission:
            story.append(self.para(c.mission, st.subtitle))
        story.append(Spacer(1, 2 * MM))
        story.append(self.para(c.tagline, st.body))
        story.append(Spacer(1, 8 * MM))
        details = self.key_values(c.details, st.cover_label)
        story.append(details)
        story.append(Spacer(1, 8 * MM))
        story.append(self.figures(c.figures))
        if c.warning:
            story += [Spacer(1, 3 * MM), self.para(c.warning, st.warning)]
        story += [NextPageTemplate("body"), RLPageBreak()]
        return story


def _span_markup(span: m.Span) -> str:
    text = tx.markup(span.text)
    if span.bold:
        text = f"<b>{text}</b>"
    if span.italic:
        text = f"<i>{text}</i>"
    return text


__all__ = ["PdfRenderer", "escape"]
