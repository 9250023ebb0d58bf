"""The one module that imports PySide6: the rest of the app imports Qt names from here.

A Qt upgrade or a change of binding touches this file only. Names are listed one by one on
purpose: PySide6 creates its Python types lazily, and a ``from PySide6.QtWidgets import *`` would
create all of them at start-up (about 0.4 s). ``QTest`` (tests and benchmarks) is imported on
first use so that it never slows the application's start. Add a name here when a view needs it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QDateTime,
    QEvent,
    QFile,
    QIODevice,
    QLibraryInfo,
    QLocale,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    QRectF,
    QRunnable,
    QSettings,
    QSize,
    QSortFilterProxyModel,
    QStandardPaths,
    Qt,
    QThreadPool,
    QTimer,
    QTranslator,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QColor,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QGuiApplication,
    QHelpEvent,
    QIcon,
    QImage,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
    QStandardItem,
    QStandardItemModel,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QBoxLayout,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QToolBar,
    QToolTip,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

__all__ = [
    "QAbstractButton", "QAction", "QActionGroup", "QApplication", "QBoxLayout", "QByteArray", "QCloseEvent",
    "QColor", "QComboBox", "QCoreApplication", "QDateTime", "QDesktopServices", "QDialog", "QDialogButtonBox",
    "QDragEnterEvent", "QDropEvent", "QEvent", "QFile", "QFileDialog", "QFont", "QGuiApplication", "QHBoxLayout",
    "QHeaderView", "QHelpEvent", "QIODevice", "QIcon", "QImage", "QKeyEvent", "QKeySequence", "QLabel",
    "QLibraryInfo", "QLineEdit", "QListWidgetItem", "QLocale", "QMainWindow", "QMenu", "QMessageBox", "QMimeData",
    "QModelIndex", "QObject", "QPaintEvent", "QPainter", "QPalette", "QPen", "QPersistentModelIndex", "QPixmap",
    "QPlainTextEdit", "QPoint", "QPointF", "QPolygonF", "QProgressDialog", "QPushButton", "QRectF", "QRunnable",
    "QSettings", "QSize", "QSizePolicy", "QSortFilterProxyModel", "QStandardItem", "QStandardItemModel",
    "QStandardPaths", "QStyle", "QStyleOptionProgressBar", "QStyleOptionViewItem", "QStyledItemDelegate",
    "QTableWidget", "QTableWidgetItem", "QThreadPool", "QTimer", "QToolBar", "QToolTip", "QTranslator",
    "QTreeWidget", "QTreeWidgetItem", "QUiLoader", "QUndoCommand", "QUndoStack", "QUrl", "QVBoxLayout", "QWidget",
    "Qt", "Signal", "Slot",
]  # fmt: skip


def __getattr__(name: str) -> Any:
    if name == "QTest":
        from PySide6.QtTest import QTest

        return QTest
    raise AttributeError(f"cyberassess.app.qt has no {name!r}: add it to the imports there")
