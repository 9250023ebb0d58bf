"""Writing user text into cells so that no spreadsheet ever runs it, and reading it back exactly.

* **Formula injection.** Every piece of user text is written as a string cell (``t="inlineStr"``),
  never as a formula, whatever it starts with. Text that begins with ``=``, ``+``, ``-``, ``@``, a
  tab or a carriage return also gets the ``quotePrefix`` style, the leading apostrophe of Excel and
  LibreOffice: the cell stays text even when someone edits it and presses Enter.
* **OOXML escapes.** XML cannot hold most control characters, so Excel writes them as ``_xHHHH_``
  and writes a literal ``_xHHHH_`` typed by a person as ``_x005F_xHHHH_``. :func:`excel_escape`
  and :func:`excel_unescape` do the same, so any text survives the round trip unchanged.
"""

from __future__ import annotations

import re
from typing import Any

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
EXCEL_CELL_LIMIT = 32_767  # characters Excel accepts in one cell

_NOT_XML_CHARS = "\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff"
# An underscore is escaped when a reader would take it for the start of an escape: followed by
# "xHHHH" and an underscore, or by "xHHHH" and a character that is itself about to be escaped.
_TO_ESCAPE = re.compile(f"_(?=x[0-9A-Fa-f]{{4}}(?:_|[{_NOT_XML_CHARS}]))|[{_NOT_XML_CHARS}]")
_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")


def needs_quote_prefix(text: str) -> bool:
    """True for text a spreadsheet could take for a formula (or a DDE payload) when typed."""
    return text.startswith(FORMULA_TRIGGERS)


def excel_escape(text: str) -> str:
    """``text`` as OOXML cell text: literal ``_xHHHH_`` protected, control characters escaped."""
    return _TO_ESCAPE.sub(lambda m: f"_x{ord(m.group(0)):04X}_", text)


def excel_unescape(text: str) -> str:
    """The inverse of :func:`excel_escape` (and of Excel's own escaping)."""
    if "_x" not in text:
        return text
    return _ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), text)


def put_text(cell: Any, text: str) -> None:
    """Write user text into an openpyxl cell as text that is never evaluated."""
    cell.value = excel_escape(text)
    cell.data_type = "s"  # openpyxl would make "=…" a formula and "#N/A" an error value
    if needs_quote_prefix(text):
        cell.quotePrefix = True
