"""Lay the report model out as a Word document (python-docx): the editable draft for the comment cycle.

Layout only, like the PDF renderer: every sentence comes from the model. Headings use Word's own
"Heading 1/2/3" styles (the navigation pane and the table of contents field work), tables repeat
their header row, the radar and stage bars are PNG images drawn from the same chart definitions,
Arabic paragraphs are right to left (``w:bidi``, ``w:rtl`` runs, ``w:bidiVisual`` tables), and a
draft carries DRAFT in its header and as a watermark behind every page.
"""

from __future__ import annotations

import io
from dataclasses import replace
from typing import Any

from . import docx_xml as x
from . import model as m
from . import text as tx
from .charts import Axis, radar, roadmap_band, stage_bar
from .fonts import register_fonts
from .png import drawing_png
from .styles import CONTENT_WIDTH, GREY, NAVY, NO_STAGE_TINT, PALE, RED, STAGE_TINTS, TEAL, TONE_TINTS

FONT = "DejaVu Sans"
ARABIC_FONT = "Noto Sans Arabic"
STYLES = ("Heading 1", "Heading 2", "Heading 3", "Title", "Subtitle", "List Bullet", "List Number", "Table Grid")
LOOKS_PLAIN = x.Look()
LOOKS = {
    "body": x.Look(),
    "lead": x.Look(bold=True),
    "note": x.Look(italic=True, colour=GREY, size=8.5),
    "small": x.Look(colour=GREY, size=8),
    "warning": x.Look(bold=True, colour=RED),
    "disclaimer": x.Look(italic=True, colour=GREY),
}


def _tint(c: m.Cell) -> str | None:
    """A rise or a fall, else the cell's stage colour, else none (as in the PDF)."""
    if c.tone is not None:
        return TONE_TINTS[c.tone]
    return STAGE_TINTS.get(c.stage or 0, NO_STAGE_TINT) if c.stage is not None else None


class DocxRenderer:
    """Turns a :class:`~.model.Report` into a .docx file."""

    def __init__(self, report: m.Report) -> None:
        from docx import Document

        register_fonts()  # column widths are measured with the same fonts
        self.report = report
        self.rtl = report.rtl
        self.doc = Document()
        self.ids = {name: self.doc.styles[name].style_id for name in STYLES}
        self._end = self.doc.element.body.sectPr  # blocks go before the section properties
        self._setup()

    # ----------------------------------------------------------------- document
    def _setup(self) -> None:
        from docx.oxml.ns import qn
        from docx.shared import Mm, Pt, RGBColor

        doc, report = self.doc, self.report
        section = doc.sections[0]
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = Mm(20)
        section.top_margin, section.bottom_margin = Mm(24), Mm(20)
        for name, size in (("Normal", 9.5), ("Heading 1", 17), ("Heading 2", 12.5), ("Heading 3", 10.5), ("Title", 26)):
            style = doc.styles[name]
            style.font.name = FONT
            style.font.size = Pt(size)
            if name != "Normal":
                style.font.color.rgb = RGBColor.from_string(x.hex_colour(NAVY))
            fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
            fonts.set(qn("w:cs"), ARABIC_FONT)
            fonts.set(qn("w:eastAsia"), FONT)
        meta, props = report.metadata, doc.core_properties
        props.title, props.author, props.subject = meta.title, meta.author, meta.subject
        props.keywords, props.comments, props.language = meta.keywords, meta.creator, report.language
        self._running(section)

    def _running(self, section: Any) -> None:
        from docx.oxml import parse_xml

        run = self.report.running
        header = section.header.paragraphs[0]._p
        self._fill_paragraph(
            header, f"{run.head}  \u2014  {run.head_end}", x.Look(size=7.5, colour=RED if run.watermark else GREY)
        )
        if run.watermark:
            header.append(parse_xml(x.watermark(run.watermark, ARABIC_FONT if self.rtl else FONT)))
        footer = section.footer.paragraphs[0]._p
        look = x.Look(size=7, colour=GREY)
        before, _, rest = run.page_of.partition("{page}")
        middle, _, after = rest.partition("{total}")
        self._fill_paragraph(footer, "  \u00b7  ".join(run.foot_lines) + "    " + before, look)
        footer.append(parse_xml(x.field("PAGE")))
        self._fill_paragraph(footer, middle, look)
        footer.append(parse_xml(x.field("NUMPAGES")))
        self._fill_paragraph(footer, after, look)

    def _fill_paragraph(self, p: Any, text: str, look: x.Look) -> None:
        from docx.oxml import parse_xml

        if self.rtl and p.find(f"{{{x.W_NS}}}pPr/{{{x.W_NS}}}bidi") is None:
            props = p.find(f"{{{x.W_NS}}}pPr")
            if props is None:
                p.insert(0, parse_xml(f"<w:pPr {x.NS}><w:bidi/></w:pPr>"))
            else:
                props.append(parse_xml(f"<w:bidi {x.NS}/>"))
        if text:
            p.append(parse_xml(x.run(text, look).replace("<w:r>", f"<w:r {x.NS}>", 1)))

    def _add(self, xml: str) -> None:
        from docx.oxml import parse_xml

        self._end.addprevious(parse_xml(xml))

    # ----------------------------------------------------------------- text
    def _rtl(self, text: str, user: bool) -> bool:
        return tx.base_direction(text, self.rtl) if user else self.rtl

    def _align(self, rtl: bool) -> str | None:
        """A right-to-left paragraph starts on the right by itself (Word reads "left"/"right" as
        start/end in such paragraphs); a left-to-right one in an Arabic report is set to the left."""
        return None if rtl else "left" if self.rtl else None

    def para_xml(
        self,
        text: str,
        look: x.Look = LOOKS_PLAIN,
        *,
        user: bool = False,
        spans: tuple[m.Span, ...] = (),
        style: str | None = None,
        ns: bool = True,
        keep_next: bool = False,
        extra: str = "",
    ) -> str:
        rtl = self._rtl(text, user)
        if spans:
            runs = "".join(x.run(s.text, x.Look(s.bold or look.bold, s.italic or look.italic, look.size, look.colour))
                           for s in spans)  # fmt: skip
        else:
            runs = x.run(text, look)
        style_id = self.ids[style] if style else None
        return x.paragraph(runs + extra, style=style_id, rtl=rtl, align=self._align(rtl), ns=ns, keep_next=keep_next)

    def paragraph(self, text: str, style: str = "body", *, user: bool = False, spans: tuple[m.Span, ...] = ()) -> None:
        self._add(self.para_xml(text, LOOKS[style], user=user, spans=spans, keep_next=style == "lead"))

    # ----------------------------------------------------------------- blocks
    def render(self) -> bytes:
        self.cover()
        for section in self.report.sections:
            for block in section.blocks:
                self.block(block)
        out = io.BytesIO()
        self.doc.save(out)
        return out.getvalue()

    def block(self, b: m.Block) -> None:
        if isinstance(b, m.Heading):
            self._add(self.para_xml(b.text, style=f"Heading {min(3, b.level)}", keep_next=True))
        elif isinstance(b, m.Paragraph):
            self.paragraph(b.text, b.style, user=b.user, spans=b.spans)
        elif isinstance(b, m.ItemList):
            style = "List Number" if b.kind == "numbered" else "List Bullet"
            for item in b.items:
                detail = ""
                if item.detail:
                    detail = "<w:r><w:br/></w:r>" + x.run(item.detail, LOOKS["note"])
                self._add(self.para_xml(item.text, user=item.user, spans=item.spans, style=style, extra=detail))
        elif isinstance(b, m.Table):
            if b.caption:
                self._add(self.para_xml(b.caption, LOOKS["note"], keep_next=True))
            self.table(b)
        elif isinstance(b, m.KeyValues):
            self.key_values(b)
        elif isinstance(b, m.Figures):
            self.figures(b)
        elif isinstance(b, m.Radar):
            chart = radar([Axis(a, s) for a, s in b.axes], b.target, size=190, legend_score=b.legend_score,
                          legend_target=b.legend_target, no_data=b.no_data)  # fmt: skip
            self.image(drawing_png(chart, 3.0), 80)
            self.table(b.table)
            self.paragraph(b.caption, "note")
        elif isinstance(b, m.ProgressRadar):
            from ..compare.charts import progress_radar

            chart = progress_radar([a[0] for a in b.axes], [a[1] for a in b.axes], [a[2] for a in b.axes], b.target,
                                   size=210, legend=b.legend)  # fmt: skip
            self.image(drawing_png(chart, 3.0), 90)
            self.paragraph(b.caption, "note")
        elif isinstance(b, m.StageBar):
            bar = stage_bar(b.score, b.target, width=CONTENT_WIDTH, stage_labels=list(b.stage_labels),
                            score_label=b.score_label, target_label=b.target_label)  # fmt: skip
            self.image(drawing_png(bar, 2.5), 170)
        elif isinstance(b, m.Roadmap):
            band = roadmap_band([lane.title for lane in b.lanes], width=CONTENT_WIDTH, rtl=self.rtl)
            self.image(drawing_png(band, 2.5), 170)
            cells = [m.Cell("\n".join(f"\u25b8 {t}" for t in lane.items) or b.empty, user=True) for lane in b.lanes]
            row = [(self.cell_xml(c), PALE) for c in cells]
            self._add(x.table([row], [1.0] * len(row), style_id=self.ids["Table Grid"], rtl=self.rtl, header=False))
            self.paragraph(b.caption, "note")
        elif isinstance(b, m.SignOff):
            self.sign_off(b)
        elif isinstance(b, m.Contents):
            self._add(self.para_xml(b.title, style="Heading 1"))
            for xml in x.toc([(h.text, h.level) for h in self.report.headings()], self.rtl):
                self._add(xml)
        else:
            self._add(f'<w:p {x.NS}><w:r><w:br w:type="page"/></w:r></w:p>')

    def image(self, png: bytes, width_mm: float) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Mm

        p = self.doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run().add_picture(io.BytesIO(png), width=Mm(width_mm))

    # ----------------------------------------------------------------- tables
    def cell_xml(self, value: m.Cell, *, head: bool = False, keep: bool = False) -> str:
        """A cell's paragraphs; ``keep``: kept on the page of the next row (a table kept in one piece)."""
        colour = "#FFFFFF" if head else GREY if value.style == "small" else None
        look = x.Look(
            bold=head or value.style == "bold", size=7.5 if head else 8, colour=colour, mono=value.style == "mono"
        )
        out = self.para_xml(value.text, look, user=value.user, ns=False, keep_next=keep)
        if value.note:
            out += self.para_xml(value.note, x.Look(size=7, colour=GREY), user=value.user, ns=False, keep_next=keep)
        return out

    def table(self, t: m.Table, head_colour: str = NAVY) -> None:
        rows: list[list[tuple[str, str | None]]] = [[(self.cell_xml(m.Cell(c.title), head=True, keep=t.keep),
                                                      head_colour) for c in t.columns]]  # fmt: skip
        for r, row in enumerate(t.rows):
            zebra = PALE if r % 2 else None
            keep = t.keep and r < len(t.rows) - 1
            rows.append([(self.cell_xml(c, keep=keep), _tint(c) or zebra) for c in row])
        self._add(
            x.table(rows, [c.width for c in t.columns], style_id=self.ids["Table Grid"], rtl=self.rtl, header=True)
        )
        self._add(f"<w:p {x.NS}/>")

    def grid(self, rows: list[tuple[m.Cell, m.Cell]], weights: tuple[float, float] = (0.3, 0.7)) -> None:
        cells = [[(self.cell_xml(a), None), (self.cell_xml(b), None)] for a, b in rows]
        self._add(x.table(cells, weights, style_id=self.ids["Table Grid"], rtl=self.rtl, header=False))
        self._add(f"<w:p {x.NS}/>")

    def key_values(self, kv: m.KeyValues) -> None:
        """Labels and short values (names, dates), lined up in the report's direction."""
        self.grid([(m.Cell(label, style="bold"), replace(value, user=False)) for label, value in kv.rows])

    def figures(self, f: m.Figures) -> None:
        row = []
        for value, label in f.items:
            big = x.paragraph(x.run(value, x.Look(bold=True, size=16, colour=NAVY)), align="center", rtl=self.rtl)
            small = x.paragraph(x.run(label, x.Look(size=7.5, colour=GREY)), align="center", rtl=self.rtl)
            row.append((big + small, PALE))
        self._add(x.table([row], [1.0] * len(row), style_id=self.ids["Table Grid"], rtl=self.rtl, header=False,
                          borders=False))  # fmt: skip
        self._add(f"<w:p {x.NS}/>")

    def sign_off(self, s: m.SignOff) -> None:
        line = "_" * 40
        for person in s.signatories:
            self.paragraph(person.role, "lead")
            self.grid(
                [
                    (m.Cell(s.name_label, style="bold"), m.Cell(person.name or line, style="bold", user=True)),
                    (m.Cell(""), m.Cell(person.organisation, user=True)),
                    (m.Cell(s.signature_label, style="bold"), m.Cell(line)),
                    (m.Cell(s.date_label, style="bold"), m.Cell(line)),
                    (m.Cell(s.place_label, style="bold"), m.Cell(line)),
                ],
                (0.25, 0.75),
            )

    # ----------------------------------------------------------------- cover
    def cover(self) -> None:
        c = self.report.cover
        for text, look in (
            (c.band_title, x.Look(bold=True, size=14, colour=NAVY)),
            (c.band_subtitle, x.Look(size=8.5, colour=GREY)),
            (c.marking, x.Look(bold=True, size=9, colour=RED)),
            (c.kind, x.Look(bold=True, size=12, colour=TEAL)),
        ):
            if text:
                self._add(self.para_xml(text, look))
        self._add(self.para_xml(c.country, style="Title"))
        if c.mission:
            self._add(self.para_xml(c.mission, style="Subtitle"))
        self.paragraph(c.tagline)
        self.key_values(c.details)
        self.figures(c.figures)
        if c.warning:
            self.paragraph(c.warning, "warning")
        self.paragraph(c.produced, "small")
        self.block(m.PageBreak())


def build_docx(report: m.Report) -> bytes:
    """The report as the bytes of a .docx file."""
    return DocxRenderer(report).render()
