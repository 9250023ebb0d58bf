"""Evidence text extraction: ordinary documents give their words, hostile ones a clear message."""

from __future__ import annotations

import pytest

from cyberassess.library.extract import MAX_PART_BYTES, extract_text
from cyberassess.library.pdftext import MAX_STREAM_BYTES
from tests.library_samples import (
    docx_with_text,
    entity_docx,
    minimal_pdf,
    pdf_with_huge_stream,
    pdf_with_text,
    xlsx_with_text,
    zip_bomb_docx,
)


def test_pdf_words_are_extracted_from_every_page() -> None:
    result = extract_text(
        "law.pdf", pdf_with_text("Computer Misuse Act: preservation order", "Section 12 (décryptage)")
    )
    assert "preservation order" in result.text
    assert "décryptage" in result.text
    assert result.problem == ""


def test_pdf_text_operators_and_escapes() -> None:
    import zlib

    content = zlib.compress(rb"BT /F1 12 Tf (Penal \(Cyber\) Code) Tj T* [(spl) -20 (it)] TJ <48656C6C6F> Tj ET")
    result = extract_text("x.pdf", minimal_pdf(content))
    assert "Penal (Cyber) Code" in result.text
    assert "split" in result.text
    assert "Hello" in result.text


def test_encrypted_pdf_gets_a_clear_message() -> None:
    result = extract_text("secret.pdf", pdf_with_text("hidden words", encrypt="password"))
    assert result.text == ""
    assert "encrypted" in result.problem


def test_pdf_with_a_one_gigabyte_stream_is_cut_short() -> None:
    data = pdf_with_huge_stream(1)
    assert len(data) < 5 * 2**20
    result = extract_text("huge.pdf", data)
    assert result.text == ""
    assert f"{MAX_STREAM_BYTES // 2**20} MB" in result.problem


def test_damaged_pdf_gets_a_message() -> None:
    result = extract_text("broken.pdf", b"%PDF-1.4\nthis is not a pdf")
    assert result.text == ""
    assert "damaged" in result.problem


def test_docx_words_are_extracted() -> None:
    result = extract_text("ley.docx", docx_with_text("Ley de delitos informáticos", "conservación rápida de datos"))
    assert "Ley de delitos informáticos" in result.text
    assert "conservación rápida" in result.text
    assert result.problem == ""


def test_zip_bomb_docx_is_refused_without_inflating_it() -> None:
    data = zip_bomb_docx(MAX_PART_BYTES // 2**20 + 16)
    assert len(data) < 2**20
    result = extract_text("bomb.docx", data)
    assert result.text == ""
    assert "zip bomb" in result.problem


def test_docx_declaring_entities_is_refused() -> None:
    result = extract_text("laughs.docx", entity_docx())
    assert result.text == ""
    assert "entities" in result.problem
    assert "lol" not in result.text


def test_xlsx_values_are_extracted_formulas_are_not() -> None:
    result = extract_text("register.xlsx", xlsx_with_text("Registre des incidents", '=HYPERLINK("http://x")'))
    assert "Registre des incidents" in result.text
    assert "HYPERLINK" not in result.text


def test_xlsx_with_macros_is_refused_through_the_matrix_checks() -> None:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/vbaProject.bin", b"\0" * 10)
    result = extract_text("macro.xlsx", buffer.getvalue())
    assert result.text == ""
    assert result.problem.startswith("the workbook contains macros")


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("notes.txt", "Código Penal, artículo 197".encode(), "artículo 197"),
        ("notes.txt", "قانون الجرائم".encode("utf-16"), "قانون الجرائم"),
        ("notes.txt", "Loi n° 2019".encode("cp1252"), "Loi n° 2019"),
        ("cases.csv", b"year;case;outcome\n2024;ransomware;convicted\n", "ransomware convicted"),
    ],
)
def test_text_and_csv(name: str, data: bytes, expected: str) -> None:
    assert expected in extract_text(name, data).text


def test_binary_and_unknown_files_say_why_they_are_not_searched() -> None:
    assert "not text" in extract_text("blob.txt", b"\x00\x01\x02" * 10).problem
    assert ".png" in extract_text("photo.png", b"\x89PNG....").problem


def test_time_limit_returns_what_was_read() -> None:
    result = extract_text("law.pdf", pdf_with_text("one", "two", "three"), time_limit=-1)
    assert "too long" in result.problem


def test_pdf_with_a_bomb_in_an_object_stream_is_refused_before_parsing() -> None:
    import zlib

    deflate = zlib.compressobj(9)
    bomb = b"".join(deflate.compress(b"\0" * (1 << 24)) for _ in range(4)) + deflate.flush()
    data = minimal_pdf(zlib.compress(b"BT (ok) Tj ET")).replace(
        b"xref",
        b"5 0 obj\n<</Type/ObjStm/N 1/First 4/Filter/FlateDecode/Length %d>>stream\n" % len(bomb)
        + bomb
        + b"\nendstream\nendobj\nxref",
        1,
    )
    result = extract_text("objstm.pdf", data)
    assert result.text == ""
    assert "internal stream" in result.problem
