"""The banner above an answer a follow-up carried over from its baseline and nobody has confirmed yet.

It shows the baseline's stage and justification, and *Confirm as it stands*; choosing a stage or
editing the note confirms the answer too (the core's rule, :mod:`cyberassess.store.baseline`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .qt import QFrame, QHBoxLayout, QLabel, QPushButton, Qt, QWidget, Signal

if TYPE_CHECKING:
    from ..store import AnswerRecord
    from .session import DocumentSession


class CarriedBanner(QFrame):
    confirmRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("carriedBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # the justification is the assessors' text
        self.button = QPushButton(self.tr("Confir&m as it stands"), self)
        self.button.setToolTip(
            self.tr("Keep the baseline's answer; choosing a stage or editing the note confirms it too")
        )
        self.button.clicked.connect(self.confirmRequested)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)

    def show_answer(self, session: DocumentSession, carried: AnswerRecord, *, editable: bool) -> None:
        """Show the baseline's answer ``carried`` (stage and justification)."""
        value = carried.value
        if isinstance(value, int):
            stage = f"{value} {session.text(session.framework.stage(value).label)}"
        else:
            stage = {"na": self.tr("Not applicable"), "unknown": self.tr("Unknown / no data")}.get(str(value), "–")
        text = self.tr("Carried over from the baseline, to confirm: stage {stage}.").format(stage=stage)
        if carried.justification:
            text += "\n" + carried.justification
        self.text.setText(text)
        self.button.setEnabled(editable)
        self.show()
