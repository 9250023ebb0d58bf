"""Layout rules of the PDF renderer, one at a time: column widths, lone rows, direction of text."""

from __future__ import annotations

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from cyberassess.report import model as m
from cyberassess.report import text as tx
from cyberassess.report.flowables import PageRegistry
from cyberassess.report.fonts import SANS_BOLD, register_fonts
from cyberassess.report.pdf_tables import KeptTable, fit_widths, longest_word
from cyberassess.report.render_pdf import HEAD_SIZE, PdfRenderer


def _report(rtl: bool) -> m.Report:
    """The smallest report the renderer accepts (its text is never laid out here)."""
    figures = m.Figures((("1", "a"),))
    cover = m.Cover("t", "v", "k", "c", "", "", m.KeyValues(()), figures, "", "", "p")
    running = m.Running("h", "e", (), "{page}/{total}", "", "")
    meta = m.Metadata("t", "a", "s", "k", "c")
    return m.Report("ar" if rtl else "en", rtl, meta, cover, running, (), signed=False)


def test_every_column_is_as_wide_as_its_longest_header_word() -> None:
    register_fonts()
    columns = (m.Column("Indicateur", 0.3), m.Column("Question", 8.0), m.Column("Stade", 0.3, "stage"))
    rows = ((m.Cell("D1.1.1"), m.Cell("Long text " * 30), m.Cell("4 Stratégique")),)
    table = m.Table(columns, rows)
    widths = PdfRenderer(_report(False), PageRegistry()).widths(table, 400)
    assert widths[0] >= longest_word(["Indicateur"], SANS_BOLD, HEAD_SIZE) + 8
    assert widths[2] >= longest_word(["Stratégique"], SANS_BOLD, 7.8) + 8  # a stage name, bold in its cell
    assert abs(sum(widths) - 400) < 0.01
    # With the plain share of the line (weights only), both short columns would be too narrow.
    assert longest_word(["Indicateur"], SANS_BOLD, HEAD_SIZE) > 400 * 0.3 / 8.6


def test_fit_widths_keeps_the_weights_when_every_column_fits() -> None:
    columns = (m.Column("a", 1.0), m.Column("b", 3.0))
    assert fit_widths(columns, [10, 10], 400) == [100, 300]
    assert fit_widths(columns, [150, 10], 400) == [150, 250]


def _table(rows: int) -> KeptTable:
    style = ParagraphStyle("x", fontSize=8, leading=10)
    data = [[Paragraph("Head", style)]] + [[Paragraph(f"Row {n}", style)] for n in range(rows)]
    table = KeptTable(data, colWidths=[100], repeatRows=1)
    table.wrap(100, 10_000)
    return table


def test_a_table_leaves_no_row_alone_on_the_next_page() -> None:
    table = _table(8)
    height = table._rowHeights[0] + sum(table._rowHeights[1:8])  # room for the header and 7 of 8 rows
    _, second = table.split(100, height + 1)
    assert len(second._cellvalues) - 1 >= 2  # the last row did not go alone


def test_a_table_does_not_start_with_a_single_row_at_the_foot_of_a_page() -> None:
    table = _table(8)
    room = table._rowHeights[0] + table._rowHeights[1] + 1  # the header and one row
    assert table.split(100, room) == []


def test_report_lines_keep_the_reports_direction() -> None:
    # "File <uuid>" in Arabic: more Latin letters than Arabic ones, still an Arabic line.
    line = "الملف cf338986-1a1a-4fd0-9585-83ef0b77aa9f"
    assert tx.display(line, True, forced=True).startswith("cf338986")  # the Arabic word on the right
    assert not tx.display(line, True).startswith("cf338986")  # by majority of letters it would run left to right


def test_english_text_by_people_stays_left_aligned_in_an_arabic_report() -> None:
    register_fonts()
    renderer = PdfRenderer(_report(True), PageRegistry())
    english = renderer.para("Assessed after interviews with the police.", renderer.st.cell, user=True)
    assert english.style.alignment == TA_LEFT
    sentence = renderer.para("Interviews", renderer.st.cell)  # the report's own text follows the report
    assert sentence.style.alignment == TA_RIGHT


def test_mirrored_tables_move_vertical_rules_to_the_other_side() -> None:
    from cyberassess.report.pdf_tables import mirror

    assert mirror(("LINEAFTER", (0, 0), (-2, 0), 3), 4) == ("LINEBEFORE", (1, 0), (3, 0), 3)
    assert mirror(("BACKGROUND", (2, 1), (2, 1), "red"), 4) == ("BACKGROUND", (1, 1), (1, 1), "red")


def test_chart_images_draw_arabic_as_the_pdf_does() -> None:
    """The PNG of a label is the shaped text in display order, not reordered a second time."""
    import io

    from PIL import Image, ImageChops
    from reportlab.graphics.shapes import Drawing

    from cyberassess.report.charts import _label
    from cyberassess.report.png import drawing_png

    def picture(text: str) -> Image.Image:
        drawing = Drawing(120, 20)
        drawing.add(_label(text, 4, 6, 10, "start", "#000000"))
        return Image.open(io.BytesIO(drawing_png(drawing, 3.0))).convert("L")

    word = "الدرجة"
    drawn = picture(word)
    assert ImageChops.difference(drawn, picture(word[::-1])).getbbox() is not None  # order matters
    from PIL import ImageDraw, ImageFont

    from cyberassess.paths import resource

    font = ImageFont.truetype(
        str(resource("fonts", "NotoSansArabic-Regular.ttf")), 30, layout_engine=ImageFont.Layout.BASIC
    )
    expected = Image.new("L", drawn.size, 255)
    ImageDraw.Draw(expected).text((12, 60 - 18), tx.display(word), font=font, fill=0, anchor="ls")
    assert drawn.getbbox() is not None and ImageChops.difference(drawn, expected).getbbox() is None
