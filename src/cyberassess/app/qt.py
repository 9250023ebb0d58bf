"""The one module that imports PySide6: the rest of the app imports Qt names from here.

A Qt upgrade or a change of binding touches this file only. ``QTest`` (tests and benchmarks) is
imported on first use so that it never slows down the application's start.
"""

from __future__ import annotations

from typing import Any

from PySide6 import __version__ as PYSIDE_VERSION  # noqa: F401
from PySide6.QtCore import *  # noqa: F403
from PySide6.QtGui import *  # noqa: F403
from PySide6.QtUiTools import QUiLoader  # noqa: F401
from PySide6.QtWidgets import *  # noqa: F403


def __getattr__(name: str) -> Any:
    if name == "QTest":
        from PySide6.QtTest import QTest

        return QTest
    raise AttributeError(name)
