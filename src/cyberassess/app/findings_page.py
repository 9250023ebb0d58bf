"""The Findings page: what the assessors write — country context, headline messages, findings per dimension.

For a dimension, its score and its indicators (stage and justification) are at hand, and *Draft
from answers* proposes a starting text from them. The proposal is shown beside the assessor's own
text and changes nothing until the assessor uses it (replacing the text, or after it); either
way it is one undoable edit. Typed text is saved after a short pause and when the page is left.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..review.draft import draft_findings
from ..store.review_records import FIXED_SECTIONS
from .forms.ui_findings_page import Ui_FindingsPage
from .qt import QListWidgetItem, Qt, QTimer, QTreeWidgetItem, QWidget, Signal
from .review_edits import NARRATIVE
from .uikit import load_form

if TYPE_CHECKING:
    from .session import DocumentSession

SECTION_ROLE = Qt.ItemDataRole.UserRole + 1


class FindingsPage(QWidget):
    indicatorChosen = Signal(str)

    def __init__(self, session: DocumentSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.edits = session.review
        self.ui = load_form(Ui_FindingsPage, self)
        self.section: str | None = None
        self._filling = False
        self._visit = 0  # a new visit to a section starts a new undo step for its text
        ui = self.ui
        fixed = {
            "context": self.tr("Country context"),
            "summary": self.tr("Headline messages (executive summary)"),
            "acknowledgements": self.tr("Acknowledgements"),
        }
        order = ["summary", "context", *(d.id for d in session.framework.dimensions), "acknowledgements"]
        for section in order:
            if section in FIXED_SECTIONS:
                label = fixed[section]
            else:
                dim = next(d for d in session.framework.dimensions if d.id == section)
                label = self.tr("{number}. {title}").format(number=dim.number, title=session.text(dim.title))
            item = QListWidgetItem(label, ui.sections)
            item.setData(SECTION_ROLE, section)
        ui.sections.currentItemChanged.connect(self._section_chosen)
        ui.editor.textChanged.connect(self._typed)
        self._pause = QTimer(self, singleShot=True, interval=800)
        self._pause.timeout.connect(self.flush)
        ui.draftButton.clicked.connect(self.propose)
        ui.replaceButton.clicked.connect(lambda: self._use_proposal(append=False))
        ui.appendButton.clicked.connect(lambda: self._use_proposal(append=True))
        ui.dismissButton.clicked.connect(ui.proposalBox.hide)
        ui.indicators.itemActivated.connect(lambda item, _col: self.indicatorChosen.emit(item.text(0).split(" ")[0]))
        ui.proposalBox.hide()
        ui.split.setStretchFactor(0, 3)
        ui.split.setStretchFactor(2, 2)
        self.edits.changed.connect(self._changed)
        ui.sections.setCurrentRow(0)

    # ----------------------------------------------------------------- showing
    def refresh(self) -> None:
        if self.section is not None:
            self._show(self.section)

    def choose_section(self, section: str) -> None:
        for row in range(self.ui.sections.count()):
            if self.ui.sections.item(row).data(SECTION_ROLE) == section:
                self.ui.sections.setCurrentRow(row)
                return

    def _section_chosen(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is None:
            return
        self.flush()
        self._visit += 1
        self.section = current.data(SECTION_ROLE)
        self.ui.proposalBox.hide()
        self._show(self.section)

    def _show(self, section: str) -> None:
        ui, session = self.ui, self.session
        ui.title.setText(f"<b>{ui.sections.currentItem().text()}</b>")
        is_dimension = section not in FIXED_SECTIONS
        ui.draftButton.setVisible(is_dimension)
        ui.indicators.setVisible(is_dimension)
        ui.explanation.setText(self._explanation(section))
        text = session.doc.narrative(section)
        if ui.editor.toPlainText() != text:
            self._filling = True
            try:
                ui.editor.setPlainText(text)
            finally:
                self._filling = False
        ui.editor.setReadOnly(session.read_only)
        ui.draftButton.setEnabled(not session.read_only)
        if is_dimension:
            self._fill_indicators(section)

    def _explanation(self, section: str) -> str:
        if section == "summary":
            return self.tr("The few messages a minister should read first; the executive summary opens with them.")
        if section == "context":
            return self.tr("The country's situation, institutions and the threat it faces, for the introduction.")
        if section == "acknowledgements":
            return self.tr("Whom the review team thanks, printed in the report's front matter.")
        from ..scoring import score_assessment

        card = score_assessment(self.session.doc)
        dim = next(d for d in card.dimensions if d.dimension_id == section)
        if dim.score is None:
            return self.tr("Key findings, strengths and gaps. No indicator of this dimension has a stage yet.")
        stage = self.session.text(self.session.framework.stage(dim.stage or 1).label)
        return self.tr(
            "Key findings, strengths and gaps. Score {score} ({stage}); {rated} of {applicable} applicable "
            "indicators rated."
        ).format(score=f"{dim.score:.1f}", stage=stage, rated=dim.rated, applicable=dim.applicable)

    def _fill_indicators(self, dimension_id: str) -> None:
        tree, session = self.ui.indicators, self.session
        tree.clear()
        for indicator in next(d for d in session.framework.dimensions if d.id == dimension_id).indicators():
            answer = session.answer(indicator.id)
            if answer is None or answer.value is None:
                stage = self.tr("not rated")
            elif answer.level is not None:
                stage = f"{answer.level} {session.text(session.framework.stage(answer.level).label)}"
            else:
                stage = self.tr("Not applicable") if answer.value == "na" else self.tr("Unknown")
            note = answer.justification if answer is not None else ""
            item = QTreeWidgetItem([f"{indicator.id} {session.text(indicator.question)}", stage, note])
            for column in range(3):
                item.setToolTip(column, item.text(column))
            tree.addTopLevelItem(item)
        tree.setColumnWidth(0, 360)
        tree.setColumnWidth(1, 130)

    def _changed(self, kind: str) -> None:
        if kind == NARRATIVE and self.section is not None and not self._pause.isActive():
            self._show(self.section)

    # ----------------------------------------------------------------- editing
    def _typed(self) -> None:
        if not self._filling and not self.session.read_only:
            self.session.note_pending()
            self._pause.start()

    def flush(self) -> bool:
        """Save the text being typed (after a pause, or when the section or page is left)."""
        self._pause.stop()
        if self.section is None or self.session.read_only:
            return True
        text = self.ui.editor.toPlainText()
        if text == self.session.doc.narrative(self.section):
            return True
        return self.edits.set_narrative(self.section, text, merge_key=self._visit)

    def propose(self) -> None:
        """Show a draft for the dimension from its answers, beside the assessor's text (nothing changes)."""
        if self.section is None or self.section in FIXED_SECTIONS:
            return
        self.ui.proposal.setPlainText(draft_findings(self.session.doc, self.section, self.session.language))
        self.ui.proposalBox.show()
        self.ui.proposal.verticalScrollBar().setValue(0)

    def _use_proposal(self, *, append: bool) -> None:
        proposal = self.ui.proposal.toPlainText().strip()
        current = self.ui.editor.toPlainText().rstrip()
        text = f"{current}\n\n{proposal}" if append and current else proposal
        self.flush()
        self._visit += 1  # its own undo step
        if self.section is not None and self.edits.set_narrative(self.section, text):
            self._filling = True
            try:
                self.ui.editor.setPlainText(text)
            finally:
                self._filling = False
            self.ui.proposalBox.hide()
            self._visit += 1
