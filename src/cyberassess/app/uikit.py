"""Small helpers every view uses: Designer forms, icons, actions and fonts.

``load_form`` puts a Designer form (``ui/*.ui``, compiled into ``forms/`` by
``scripts/update_forms.py``) inside a thin view class (the form's widgets are reachable as
attributes of the returned widget, by object name). Icons are our own SVG files under
``resources/icons``. Actions carry their shortcut in their tooltip, so people discover the keys.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

from ..paths import resource
from .qt import (
    QAction,
    QApplication,
    QDateTime,
    QEvent,
    QFont,
    QIcon,
    QKeySequence,
    QLocale,
    QMainWindow,
    QObject,
    QPalette,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
)


def load_form(form: type[Any], host: QWidget) -> Any:
    """Build a Designer form (a class compiled from ``ui/*.ui`` into ``forms/``) as the content of ``host``.

    Returns the form's widget, with the form's named child widgets as attributes (typed ``Any``:
    the names are those of the ``.ui`` file).
    """
    widget = QWidget(host)
    ui = form()
    ui.setupUi(widget)
    for name, child in vars(ui).items():
        setattr(widget, name, child)
    if isinstance(host, QMainWindow):
        host.setCentralWidget(widget)
    else:
        layout = host.layout() or QVBoxLayout(host)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(widget)
    return widget


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], object]) -> None:
        super().__init__(widget)
        self._callback: Callable[[], object] | None = callback
        widget.installEventFilter(self)
        QTimer.singleShot(FIRST_PAINT_FALLBACK_MS, self._run)  # a window that is never painted (minimised)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            QTimer.singleShot(0, self._run)  # after this paint has finished
        return False

    def _run(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            parent = self.parent()
            if isinstance(parent, QWidget):
                parent.removeEventFilter(self)
            callback()


FIRST_PAINT_FALLBACK_MS = 1000


def after_first_paint(widget: QWidget, callback: Callable[[], object]) -> None:
    """Run ``callback`` once ``widget`` has next been painted (or after a second at the latest)."""
    _FirstPaint(widget, callback)


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
