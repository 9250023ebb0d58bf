"""WordprocessingML fragments for the Word edition, written as text and parsed once per block.

python-docx builds every element through its object layer, which costs seconds on a report of
hundreds of table cells; these helpers write the same markup directly (all text XML-escaped).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

from . import text as tx
from .styles import RULE

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = f'xmlns:w="{W_NS}"'
CONTENT_TWIPS = 9638  # 170 mm: A4 less two 20 mm margins


def hex_colour(colour: str) -> str:
    return colour.lstrip("#").upper()


@dataclass(frozen=True)
class Look:
    bold: bool = False
    italic: bool = False
    size: float | None = None
    colour: str | None = None
    mono: bool = False


PLAIN = Look()


def run(text: str, look: Look = PLAIN) -> str:
    """One run; right-to-left text gets ``w:rtl`` (and complex-script bold) so Word orders it right."""
    rtl = tx.has_rtl(text)
    props = []
    if look.mono:
        props.append('<w:rFonts w:ascii="DejaVu Sans Mono" w:hAnsi="DejaVu Sans Mono"/>')
    if look.bold:
        props.append("<w:b/><w:bCs/>")
    if look.italic:
        props.append("<w:i/><w:iCs/>")
    if look.colour:
        props.append(f'<w:color w:val="{hex_colour(look.colour)}"/>')
    if look.size:
        half = round(look.size * 2)
        props.append(f'<w:sz w:val="{half}"/><w:szCs w:val="{half}"/>')
    if rtl:
        props.append("<w:rtl/>")
    rpr = f"<w:rPr>{''.join(props)}</w:rPr>" if props else ""
    lines = tx.clean(text).split("\n")
    body = "<w:br/>".join(f'<w:t xml:space="preserve">{escape(line)}</w:t>' for line in lines)
    return f"<w:r>{rpr}{body}</w:r>"


def paragraph(
    runs: str,
    *,
    style: str | None = None,
    rtl: bool = False,
    align: str | None = None,
    keep_next: bool = False,
    ns: bool = False,
) -> str:
    props = []
    if style:
        props.append(f'<w:pStyle w:val="{style}"/>')
    if keep_next:
        props.append("<w:keepNext/>")
    if rtl:
        props.append("<w:bidi/>")
    if align:
        props.append(f'<w:jc w:val="{align}"/>')
    ppr = f"<w:pPr>{''.join(props)}</w:pPr>" if props else ""
    return f"<w:p{' ' + NS if ns else ''}>{ppr}{runs}</w:p>"


def cell(content: str, width: int, fill: str | None = None) -> str:
    shade = f'<w:shd w:val="clear" w:color="auto" w:fill="{hex_colour(fill)}"/>' if fill else ""
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shade}</w:tcPr>{content or "<w:p/>"}</w:tc>'


def table(
    rows: Sequence[Sequence[tuple[str, str | None]]],
    weights: Sequence[float],
    *,
    style_id: str,
    rtl: bool,
    header: bool,
    borders: bool = True,
) -> str:
    """A table of (content, fill) cells; the header row repeats on every page; RTL tables run right to left."""
    total = sum(weights) or 1.0
    widths = [round(CONTENT_TWIPS * w / total) for w in weights]
    props = [f'<w:tblStyle w:val="{style_id}"/>']  # the schema's order: style, bidiVisual, width, borders, layout
    if rtl:
        props.append("<w:bidiVisual/>")
    props.append(f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/>')
    sides = ("top", "left", "bottom", "right", "insideH", "insideV")
    if borders:  # thin light rules, as in the PDF
        line = f'w:val="single" w:sz="4" w:space="0" w:color="{hex_colour(RULE)}"'
        props.append("<w:tblBorders>" + "".join(f"<w:{side} {line}/>" for side in sides) + "</w:tblBorders>")
    else:
        props.append("<w:tblBorders>" + "".join(f'<w:{side} w:val="nil"/>' for side in sides) + "</w:tblBorders>")
    props.append('<w:tblLayout w:type="fixed"/>')
    props.append(
        '<w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="80" w:type="dxa"/>'
        '<w:bottom w:w="40" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar>'
    )
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    body = []
    for n, row in enumerate(rows):
        trpr = (
            "<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" if header and n == 0 else "<w:trPr><w:cantSplit/></w:trPr>"
        )
        cells = "".join(cell(content, width, fill) for (content, fill), width in zip(row, widths, strict=False))
        body.append(f"<w:tr>{trpr}{cells}</w:tr>")
    return f"<w:tbl {NS}><w:tblPr>{''.join(props)}</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{''.join(body)}</w:tbl>"


def field(code: str, shown: str = "1") -> str:
    return f"<w:fldSimple {NS} w:instr={quoteattr(code)}><w:r><w:t>{escape(shown)}</w:t></w:r></w:fldSimple>"


WATERMARK = (
    f'<w:r {NS} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
    '<w:pict><v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" '
    'path="m@7,l@8,m@5,21600l@6,21600e"><v:path textpathok="t" o:connecttype="custom"/>'
    '<v:textpath on="t" fitshape="t"/></v:shapetype>'
    '<v:shape id="CyberAssessDraftMark" o:spid="_x0000_s2049" type="#_x0000_t136" '
    'style="position:absolute;margin-left:0;margin-top:0;width:440pt;height:140pt;rotation:315;'
    "z-index:-251654144;mso-position-horizontal:center;mso-position-horizontal-relative:margin;"
    'mso-position-vertical:center;mso-position-vertical-relative:margin" fillcolor="#F2C4BE" stroked="f">'
    '<v:fill opacity=".45"/><v:textpath style="font-family:&quot;{font}&quot;;font-size:1pt" string={text}/>'
    "</v:shape></w:pict></w:r>"
)


def watermark(text: str, font: str) -> str:
    """The DRAFT marking behind every page: a faint diagonal text shape in the header (as Word makes it)."""
    return WATERMARK.replace("{font}", escape(font)).replace("{text}", quoteattr(tx.one_line(text)))


def toc(entries: Sequence[tuple[str, int]], rtl: bool) -> list[str]:
    """A table of contents field pre-filled with the headings; Word adds the page numbers when updated."""
    out = []
    for n, (title, level) in enumerate(entries):
        begin = (
            '<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r>'
            '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            if n == 0
            else ""
        )
        end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>' if n == len(entries) - 1 else ""
        look = Look(size=10 if level == 1 else 9)
        indent = "" if level == 1 else "\u2003"
        out.append(paragraph(begin + run(indent + title, look) + end, rtl=rtl, ns=True))
    return out
