"""Column widths from the words they must hold, measured with the report's embedded fonts.

Used by both renderers (without importing reportlab's layout engine): every column is at least as
wide as the longest word of its header, and of its cells for short values such as stage names.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from . import text as tx
from .model import Column, Table

SHORT_ROLES = frozenset({"id", "stage", "number", "date", "status"})  # columns of short values, never wrapped


def longest_word(texts: Iterable[str], font: str, size: float) -> float:
    """The width of the widest word (as displayed: shaped and reordered) among ``texts``."""
    widest = 0.0
    for text in texts:
        for word in tx.one_line(text).split(" "):
            if word:
                widest = max(widest, tx.width(tx.display(word), font, size))
    return widest


def fit_widths(
    columns: Sequence[Column],
    minimums: Sequence[float],
    total: float,
) -> list[float]:
    """Share ``total`` between the columns by their weights, none narrower than its minimum.

    Columns below their minimum get it; the rest of the line is shared again among the others.
    If the minimums alone exceed the line, they are kept as they are (the table is then wider than
    the text, which is still better than a word broken in two).
    """
    n = len(columns)
    fixed: dict[int, float] = {}
    while True:
        free = [i for i in range(n) if i not in fixed]
        room = total - sum(fixed.values())
        weight = sum(columns[i].width for i in free) or 1.0
        widths = {i: room * columns[i].width / weight for i in free}
        short = [i for i in free if widths[i] < minimums[i]]
        if not short:
            break
        for i in short:
            fixed[i] = minimums[i]
        if len(fixed) == n:
            break
    widths.update(fixed)
    return [widths[i] for i in range(n)]


def column_widths(
    table: Table,
    total: float,
    *,
    head: tuple[str, float],
    cell: tuple[str, float],
    padding: float,
) -> list[float]:
    """The widths of ``table``'s columns on a line of ``total`` points.

    ``head`` and ``cell`` are the (font, size) of header and cell text (cells are measured bold,
    the widest case); ``padding`` is a cell's left plus right padding.
    """
    minimums = []
    for n, col in enumerate(table.columns):
        need = longest_word([col.title], *head)
        if col.role in SHORT_ROLES:
            need = max(need, longest_word([row[n].text for row in table.rows], *cell))
        minimums.append(need + padding + 2)
    return fit_widths(table.columns, minimums, total)
