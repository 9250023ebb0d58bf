"""The Qt binding keeps Python's reference counts: a session must never end in "deallocating None".

PySide6 6.12.0 under Python 3.11 drops one reference to ``None`` on every call that returns
nothing (``QLabel.setText``, ``QTableWidget.setItem`` …); ``None`` starts with a few thousand, so a
working session crashed after a few thousand such calls (pyproject.toml excludes 6.12).
"""

from __future__ import annotations

import sys

from cyberassess.app.qt import QLabel, QTableWidget, QTableWidgetItem


def test_calls_that_return_nothing_keep_the_references_to_none(qapp) -> None:
    label, table = QLabel(), QTableWidget(50, 2)
    before = sys.getrefcount(None)
    for n in range(1000):
        label.setText(str(n))
        table.setItem(n % 50, n % 2, QTableWidgetItem("x"))
    assert sys.getrefcount(None) >= before - 10
