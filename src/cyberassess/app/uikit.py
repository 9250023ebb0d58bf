"""Small helpers every view uses: Designer forms, icons, actions and fonts.

``load_form`` puts a ``ui/*.ui`` form inside a thin view class (the form's widgets are reachable as
attributes of the returned widget, by object name). Icons are our own SVG files under
``resources/icons``. Actions carry their shortcut in their tooltip, so people discover the keys.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

from ..paths import resource, ui_form
from .qt import (
    QAction,
    QApplication,
    QDateTime,
    QFile,
    QFont,
    QIcon,
    QIODevice,
    QKeySequence,
    QLocale,
    QMainWindow,
    QObject,
    QPalette,
    Qt,
    QUiLoader,
    QVBoxLayout,
    QWidget,
)

_loader: QUiLoader | None = None


def load_form(name: str, host: QWidget) -> Any:
    """Load ``ui/<name>`` as the content of ``host`` and return the form widget.

    Typed ``Any``: the form's child widgets are attributes named in the ``.ui`` file.
    """
    global _loader
    if _loader is None:
        _loader = QUiLoader()
        _loader.clearPluginPaths()  # only standard widgets: never load Designer plugins at run time
    file = QFile(str(ui_form(name)))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise RuntimeError(f"The form {name} is missing from this installation.")
    try:
        form = _loader.load(file, host)
    finally:
        file.close()
    if form is None:
        raise RuntimeError(f"The form {name} cannot be loaded: {_loader.errorString()}")
    if isinstance(host, QMainWindow):
        host.setCentralWidget(form)
    else:
        layout = host.layout() or QVBoxLayout(host)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(form)
    return form


_MIRRORED = {"previous": "next", "next": "previous"}


@cache
def _icon(name: str) -> QIcon:
    return QIcon(str(resource("icons", f"{name}.svg")))


def icon(name: str) -> QIcon:
    """One of our SVG icons; arrows are mirrored in right-to-left languages."""
    if QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        name = _MIRRORED.get(name, name)
    return _icon(name)


def shortcut_text(keys: Sequence[QKeySequence]) -> str:
    return ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys if not k.isEmpty())


def make_action(
    parent: QObject,
    text: str,
    slot: Callable[..., object] | None = None,
    *,
    shortcut: str | QKeySequence | QKeySequence.StandardKey | Sequence[str | QKeySequence] | None = None,
    tip: str = "",
    icon_name: str | None = None,
    checkable: bool = False,
    context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
) -> QAction:
    """An action whose tooltip and status tip name its shortcut(s)."""
    action = QAction(text, parent)
    if icon_name:
        action.setIcon(icon(icon_name))
    if shortcut is not None:
        if isinstance(shortcut, QKeySequence.StandardKey):
            keys = QKeySequence.keyBindings(shortcut)
        elif isinstance(shortcut, str | QKeySequence):
            keys = [QKeySequence(shortcut)]
        else:
            keys = [QKeySequence(k) for k in shortcut]
        action.setShortcuts(keys)
        action.setShortcutContext(context)
    describe_action(action, tip)
    action.setCheckable(checkable)
    if slot is not None:
        action.triggered.connect(slot)
    return action


def describe_action(action: QAction, tip: str = "") -> None:
    """Set tooltip and status tip: ``tip`` (or the plain text) followed by the shortcuts."""
    plain = tip or action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".…")
    keys = shortcut_text(action.shortcuts())
    action.setToolTip(f"{plain} ({keys})" if keys else plain)
    action.setStatusTip(plain)


def scaled_font(widget: QWidget, factor: float, *, bold: bool = False) -> QFont:
    """The widget's font scaled (follows the system font size and DPI, never fixed pixels)."""
    font = QFont(widget.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    else:
        font.setPixelSize(round(font.pixelSize() * factor))
    font.setBold(bold)
    return font


def local_time(iso: str) -> str:
    """A stored UTC timestamp (ISO 8601) as local date and time in the user's format."""
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        moment = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return iso
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)


def muted(widget: QWidget) -> None:
    """Draw a label's text in the palette's secondary colour; it follows light/dark palette changes."""
    widget.setForegroundRole(QPalette.ColorRole.PlaceholderText)
