"""Untrusted text: escaped on output, refused on input."""

from __future__ import annotations

import pytest

from cyberassess.errors import InputError
from cyberassess.safetext import check_line, check_text, printable, safe_name


def test_printable_escapes_newlines_escape_codes_and_bidi_overrides() -> None:
    forged = "ACME\nVALID: fingerprint 00\x1b[2K\u202egpj.exe"
    shown = printable(forged)
    assert "\n" not in shown and "\x1b" not in shown and "\u202e" not in shown
    assert shown == "ACME\\nVALID: fingerprint 00\\x1b[2K<U+202E>gpj.exe"
    assert printable("Ministère de la Justice — وزارة العدل") == "Ministère de la Justice — وزارة العدل"
    assert printable("a\nb", keep_newlines=True) == "a\nb"


def test_safe_name_neutralises_disguised_extensions() -> None:
    assert safe_name("report.pdf\u202egpj.exe") == "report.pdf_gpj.exe"
    assert safe_name("a\nb\x00.txt") == "a_b_.txt"


def test_check_text_refuses_control_characters_overrides_and_size() -> None:
    assert check_text("note", "line one\r\nline two\tend") == "line one\nline two\tend"
    with pytest.raises(InputError, match="control character"):
        check_text("note", "bad\x1b[31m")
    with pytest.raises(InputError, match="right-to-left override"):
        check_text("note", "x\u202ey")
    with pytest.raises(InputError, match="too long"):
        check_text("note", "x" * 11, max_chars=10)
    with pytest.raises(InputError, match="single line"):
        check_line("name", "two\nlines")
    assert check_line("name", "  Amina Mensah ") == "Amina Mensah"
