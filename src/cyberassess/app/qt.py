"""The one module that imports PySide6: the rest of the app imports Qt names from here.

A Qt upgrade or a change of binding touches this file only. Names are created on first use
(PEP 562 ``__getattr__``): PySide6 builds each Python type, with its enums, when it is first
touched (``Qt`` alone takes ~20 ms), so a name costs start-up time only once a module that runs at
start-up imports it. Add a name to :data:`NAMES` (and to ``qt.pyi``, which type checkers read;
a test keeps the two equal) when a view needs it.

A module on the start-up path imports a type that only a rare action needs (a file dialog, a
message box, ``QStyle``) inside the function that uses it, or under ``TYPE_CHECKING`` for an
annotation; ``tests/gui/test_startup_budget.py`` lists those types and checks the first screen.
"""

from __future__ import annotations

import importlib
from typing import Any

NAMES: dict[str, tuple[str, ...]] = {
    "QtCore": (
        "QAbstractItemModel", "QByteArray", "QCoreApplication", "QDateTime", "QEvent", "QEventLoop", "QFile",
        "QIODevice", "QLibraryInfo",
        "QLocale",
        "QMetaObject", "QMimeData", "QModelIndex", "QObject", "QPersistentModelIndex", "QPoint", "QPointF", "QRectF",
        "QRunnable", "QSettings", "QSize", "QSortFilterProxyModel", "QStandardPaths", "Qt", "QThreadPool", "QTimer",
        "QTranslator", "QUrl", "Signal", "Slot",
    ),
    "QtGui": (
        "QAction", "QActionGroup", "QCloseEvent", "QColor", "QDesktopServices", "QDragEnterEvent", "QDropEvent",
        "QFont", "QGuiApplication", "QHelpEvent", "QIcon", "QImage", "QKeyEvent", "QKeySequence", "QPainter",
        "QPaintEvent", "QPalette", "QPen", "QPixmap", "QPolygonF", "QStandardItem", "QStandardItemModel",
        "QUndoCommand", "QUndoStack",
    ),
    "QtWidgets": (
        "QAbstractButton", "QAbstractItemView", "QApplication", "QBoxLayout", "QCheckBox", "QComboBox", "QDialog",
        "QDialogButtonBox", "QFileDialog", "QFormLayout", "QFrame", "QGroupBox", "QHBoxLayout", "QHeaderView",
        "QLabel", "QLineEdit", "QListWidget", "QListWidgetItem", "QMainWindow", "QMenu", "QMessageBox",
        "QPlainTextEdit", "QProgressBar", "QProgressDialog", "QPushButton", "QRadioButton", "QScrollArea",
        "QSizePolicy", "QSpacerItem", "QSplitter", "QStackedWidget", "QStyle", "QStyledItemDelegate",
        "QStyleOptionProgressBar", "QStyleOptionViewItem", "QTableWidget", "QTableWidgetItem", "QTextBrowser",
        "QToolBar", "QToolButton", "QToolTip", "QTreeView", "QTreeWidget", "QTreeWidgetItem", "QVBoxLayout",
        "QWidget",
    ),
    "QtTest": (
        "QTest",
    ),
}  # fmt: skip
_MODULE_OF = {name: module for module, names in NAMES.items() for name in names}
__all__ = sorted(_MODULE_OF)


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"cyberassess.app.qt has no {name!r}: add it to NAMES there (and to qt.pyi)")
    value = getattr(importlib.import_module(f"PySide6.{module}"), name)
    globals()[name] = value  # the next lookup is an ordinary module attribute
    return value
