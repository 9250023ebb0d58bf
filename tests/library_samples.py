"""Sample evidence files for the library tests: ordinary documents and hostile ones."""

from __future__ import annotations

import io
import zipfile
import zlib


def pdf_with_text(*pages: str, encrypt: str | None = None) -> bytes:
    """A PDF written by reportlab with one line of text per page."""
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, encrypt=encrypt)
    for text in pages:
        c.drawString(72, 720, text)
        c.showPage()
    c.save()
    return buffer.getvalue()


def minimal_pdf(content_stream: bytes, filter_name: bytes = b"/FlateDecode") -> bytes:
    """A one-page PDF whose page content is ``content_stream`` (already encoded), with a correct xref."""
    length = str(len(content_stream)).encode()
    objects = [
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R>>",
        b"<</Length " + length + b"/Filter" + filter_name + b">>stream\n" + content_stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def pdf_with_huge_stream(gigabytes: int = 1) -> bytes:
    """A PDF of about a megabyte whose page content inflates to ``gigabytes`` GB of zeros."""
    deflate = zlib.compressobj(9)
    chunk = b"\0" * (1 << 24)
    compressed = b"".join(deflate.compress(chunk) for _ in range(64 * gigabytes)) + deflate.flush()
    return minimal_pdf(compressed)


def docx_with_text(*paragraphs: str) -> bytes:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def zip_bomb_docx(megabytes: int = 200) -> bytes:
    """A .docx whose document part inflates to ``megabytes`` MB (a few hundred KB on disk)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w") as part:
            for _ in range(megabytes):
                part.write(b" " * (1 << 20))
    return buffer.getvalue()


def entity_docx() -> bytes:
    """A .docx whose document declares entities (a 'billion laughs')."""
    xml = (
        '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", xml)
    return buffer.getvalue()


def xlsx_with_text(*cells: str) -> bytes:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row, text in enumerate(cells, start=1):
        sheet.cell(row=row, column=1, value=text)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
