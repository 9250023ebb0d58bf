"""The answer cards: five maturity stages with their descriptors, plus Not applicable and Unknown.

A card is a checkable button whose checked state shows the *saved* answer: clicking asks for the
answer (``chosen``); the page checks the card only once the core has saved it. Arrow keys move
between cards without choosing; Space or Enter chooses. Colours come from the palette, so light
and dark themes both work, and sizes from the font, so system font scaling works.
"""

from __future__ import annotations

from .qt import (
    QAbstractButton,
    QBoxLayout,
    QColor,
    QEvent,
    QHBoxLayout,
    QKeyEvent,
    QLabel,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QRectF,
    QSizePolicy,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from .uikit import scaled_font


class ChoiceCard(QAbstractButton):
    chosen = Signal(object)  # the answer value: 1–5, "na" or "unknown"

    def __init__(self, value: object, key: str, title: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = value
        self.key = key
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.title = QLabel(title)
        self.title.setFont(scaled_font(self, 1.0, bold=True))
        self.description = QLabel(description)
        self.description.setWordWrap(True)
        for label in (self.title, self.description):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            label.setTextFormat(Qt.TextFormat.PlainText)
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.title)
        text.addWidget(self.description)
        self._row = QHBoxLayout(self)
        self._row.addLayout(text)
        self._set_margins()
        self.setText(title)
        self.setAccessibleName(title)
        self.setAccessibleDescription(description)
        self.setToolTip(self.tr("{title}: press {key}").format(title=title, key=key))
        self.clicked.connect(lambda: self.chosen.emit(self.value))

    def _set_margins(self) -> None:
        """Room for the badge on the leading side (the right in right-to-left languages)."""
        em = self.fontMetrics().height()
        lead, trail = int(em * 2.6), int(em * 0.7)
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            lead, trail = trail, lead
        self._row.setContentsMargins(lead, int(em * 0.45), trail, int(em * 0.5))

    def nextCheckState(self) -> None:
        """A click does not check the card by itself: the saved answer does."""

    def changeEvent(self, event: QEvent) -> None:
        """Palette, font and direction changes (only these reach Python: an ``event()`` override would see all)."""
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.EnabledChange):
            self.update()
        elif event.type() in (QEvent.Type.LayoutDirectionChange, QEvent.Type.FontChange):
            self._set_margins()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Left, Qt.Key.Key_Down, Qt.Key.Key_Right):
            parent = self.parentWidget()
            cards = [c for c in parent.findChildren(ChoiceCard) if c.isEnabled()] if parent else []
            backwards = key in (Qt.Key.Key_Up, Qt.Key.Key_Left)
            if self.layoutDirection() == Qt.LayoutDirection.RightToLeft and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
                backwards = not backwards
            if self in cards:
                step = -1 if backwards else 1
                cards[(cards.index(self) + step) % len(cards)].setFocus(Qt.FocusReason.TabFocusReason)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.click()
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        group = QPalette.ColorGroup.Active if self.isEnabled() else QPalette.ColorGroup.Disabled
        highlight = pal.color(group, QPalette.ColorRole.Highlight)
        em = self.fontMetrics().height()
        rect = QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5)
        background = QColor(pal.color(group, QPalette.ColorRole.Base))
        if self.isChecked():
            tint = QColor(highlight)
            tint.setAlphaF(0.16)
            painter.setBrush(background)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(rect, em * 0.4, em * 0.4)
            background = tint
        border = QColor(highlight if self.isChecked() else pal.color(group, QPalette.ColorRole.Mid))
        if self.underMouse() and self.isEnabled() and not self.isChecked():
            border = QColor(highlight)
            border.setAlphaF(0.6)
        painter.setBrush(background)
        painter.setPen(QPen(border, 2.0 if self.isChecked() else 1.0))
        painter.drawRoundedRect(rect, em * 0.4, em * 0.4)
        if self.hasFocus():
            focus = QPen(highlight, 1.0, Qt.PenStyle.DashLine)
            painter.setPen(focus)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(3, 3, -3, -3), em * 0.3, em * 0.3)
        # the badge: the key that chooses this card
        diameter = em * 1.6
        left = em * 0.55 if self.isLeftToRight() else self.width() - em * 0.55 - diameter
        badge = QRectF(left, em * 0.45, diameter, diameter)
        if self.isChecked():
            painter.setBrush(highlight)
            painter.setPen(Qt.PenStyle.NoPen)
            text_colour = pal.color(group, QPalette.ColorRole.HighlightedText)
        else:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(pal.color(group, QPalette.ColorRole.Mid), 1.2))
            text_colour = pal.color(group, QPalette.ColorRole.Text)
        painter.drawEllipse(badge)
        painter.setPen(text_colour)
        painter.setFont(scaled_font(self, 1.0, bold=True))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, self.key)
        painter.end()


class CardGroup(QWidget):
    """Cards stacked vertically (stages) or in a row (Not applicable / Unknown)."""

    chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, horizontal: bool = False) -> None:
        super().__init__(parent)
        layout: QBoxLayout = QHBoxLayout(self) if horizontal else QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(max(4, self.fontMetrics().height() // 3))
        self.cards: list[ChoiceCard] = []
        self._layout = layout

    def set_cards(self, cards: list[ChoiceCard]) -> None:
        layout = self._layout
        for card in self.cards:
            layout.removeWidget(card)
            card.deleteLater()
        self.cards = cards
        for card in cards:
            card.setParent(self)
            layout.addWidget(card, 1)
            card.chosen.connect(self.chosen)

    def update_cards(self, texts: dict[object, tuple[str, str]]) -> None:
        """New titles and descriptions for the same values (another indicator)."""
        for card in self.cards:
            if card.value in texts:
                title, description = texts[card.value]
                card.title.setText(title)
                card.description.setText(description)
                card.setText(title)
                card.setAccessibleName(title)
                card.setAccessibleDescription(description)

    def show_value(self, value: object) -> None:
        for card in self.cards:
            card.setChecked(card.value == value)
