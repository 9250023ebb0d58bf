"""Tables on the PDF page: columns wide enough for their longest word, no row left alone on a page.

* :func:`fit_widths` gives every column at least the width of the longest word of its header
  (and, for short-value columns such as stages, of its cells), measured with the fonts' own
  metrics, so no header or stage name is ever broken inside a word, in any language.
* :class:`KeptTable` will not leave a single row at the top of a page, nor start a table with a
  single row at the foot of one.
* :class:`KeepWithTable` keeps a heading with the start of a long table instead of sending both
  to the next page.
* :func:`mirror` turns a TableStyle command around for right-to-left tables.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import KeepTogether, Table
from reportlab.platypus.flowables import _listWrapOn

from .widths import SHORT_ROLES, column_widths, fit_widths, longest_word

LONE_ROW_ROOM = 560.0  # below this height left on a page, a table does not start with a single row


class KeptTable(Table):  # type: ignore[misc]
    """A table that keeps at least two rows together at either side of a page break."""

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        parts: list[Any] = list(super().split(availWidth, availHeight))
        if len(parts) != 2 or getattr(self, "_splitInRow", False):
            return parts
        head = self.repeatRows if isinstance(self.repeatRows, int) else len(self.repeatRows)
        first_rows = len(parts[0]._cellvalues) - head
        second_rows = len(parts[1]._cellvalues) - head
        if first_rows <= 1 and availHeight < LONE_ROW_ROOM:
            return []  # a lone first row at the foot of a page: start the table on the next page
        if second_rows <= 1 and first_rows >= 3:
            last = self._rowHeights[len(parts[0]._cellvalues) - 1]
            return list(super().split(availWidth, availHeight - last - 1))
        return parts


def mirror(command: tuple[Any, ...], ncols: int) -> tuple[Any, ...]:
    """A TableStyle command with its column indices mirrored (for right-to-left tables)."""

    def flip(col: int) -> int:
        col = col if col >= 0 else ncols + col
        return ncols - 1 - col

    name, (c0, r0), (c1, r1), *rest = command
    a, b = flip(c0), flip(c1)
    name = {"LINEAFTER": "LINEBEFORE", "LINEBEFORE": "LINEAFTER"}.get(name, name)  # a column's right is now its left
    return (name, (min(a, b), r0), (max(a, b), r1), *rest)


__all__ = ["SHORT_ROLES", "KeptTable", "column_widths", "fit_widths", "longest_word", "mirror"]


class KeepWithTable(KeepTogether):  # type: ignore[misc]
    """What keeps a heading (or an introduction) with the flowable after it, for the report's pages.

    reportlab's own :class:`KeepTogether` starts a new page whenever the group does not fit in what
    is left of the page: a heading followed by a table longer than that went to the next page with
    it, leaving most of a page empty. When the last flowable of the group is a table that can start
    here (at least two rows, see :class:`KeptTable`), the group stays and the table splits instead.
    """

    def split(self, aW: float, aH: float) -> list[Any]:
        parts: list[Any] = list(super().split(aW, aH))
        *lead, last = self._content
        if not parts or not isinstance(parts[0], type(self.FrameBreak)) or not lead or not isinstance(last, Table):
            return parts
        _, used = _listWrapOn(lead, aW, self.canv)
        room = aH - used - last.getSpaceBefore() - 2  # a little slack for the spacing between them
        if room <= 0:
            return parts
        pieces = last.splitOn(self.canv, aW, room)
        return self._content[:] if len(pieces) >= 2 else parts
