"""The indicator page: question, stage cards, confidence, justification, evidence and guidance.

Clicks on cards and the confidence box are saved at once; the justification is saved after a short
pause in typing (and whenever the page is left), so nothing typed is lost and nothing is shown
as saved before the core has committed it.
"""

from __future__ import annotations

import shutil
import tempfile
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from .forms.ui_indicator_page import Ui_IndicatorPage
from .guidance import good_practice_ready, guidance_html, load_good_practice
from .qt import QEvent, QKeyEvent, QListWidgetItem, QObject, Qt, QTimer, QVBoxLayout, QWidget, Signal
from .stage_cards import CardGroup, ChoiceCard
from .uikit import after_first_paint, icon, load_form, local_time, muted, scaled_font
from .window_actions import answer_keys

if TYPE_CHECKING:
    from ..store import EvidenceRecord
    from .carried_banner import CarriedBanner
    from .qt import QDragEnterEvent, QDropEvent
    from .session import DocumentSession

SAVE_AFTER_IDLE_MS = 600
CONFIDENCES = (None, "low", "medium", "high")


def open_externally(path: Path) -> bool:
    """Open a local file with the system's program for it (a hook tests replace)."""
    from .qt import QDesktopServices, QUrl  # here, like other rarely used Qt types: see qt.py

    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class IndicatorPage(QWidget):
    positionChanged = Signal(str)
    linkActivated = Signal(str)  # a link in the guidance panel: "treaty:<provision>" or "plan:<indicator>"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = load_form(Ui_IndicatorPage, self)
        self.session: DocumentSession | None = None
        self.indicator_id: str | None = None
        self._loading = False
        self._dirty = False
        self._flushing = False
        self._editable = True
        self._evidence_folder: Path | None = None
        self._level: int | None = None  # the stage chosen, for the guidance panel's next step
        self.carried_banner: CarriedBanner | None = None  # a follow-up's answer still to confirm
        self._timer = QTimer(self, singleShot=True, interval=SAVE_AFTER_IDLE_MS)
        self._timer.timeout.connect(self.flush)
        ui = self.ui
        ui.setObjectName("indicatorPageForm")
        ui.guidance.anchorClicked.connect(lambda url: self.linkActivated.emit(url.toString()))
        self.keys = keys = answer_keys()
        ui.justificationLabel.setText(
            self.tr("&Justification: what you saw, read or heard (key {key} to write, Esc to leave)").format(
                key=keys["justify"]
            )
        )
        ui.confidence.setToolTip(
            self.tr("How sure are you of this answer? (keys {high}, {medium}, {low})").format(
                high=keys["high"], medium=keys["medium"], low=keys["low"]
            )
        )
        self.stages = CardGroup(ui.stageCards)
        self.special = CardGroup(ui.specialCards, horizontal=True)
        for host, group in ((ui.stageCards, self.stages), (ui.specialCards, self.special)):
            layout = QVBoxLayout(host)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(group)
            group.chosen.connect(self.choose)
        ui.question.setFont(scaled_font(self, 1.3))
        ui.indicatorId.setFont(scaled_font(self, 1.05, bold=True))
        ui.stagesLabel.setFont(scaled_font(self, 1.0, bold=True))
        for label in (ui.breadcrumb, ui.position, ui.answeredBy):
            muted(label)
        line = self.fontMetrics().lineSpacing()
        ui.justification.setMinimumHeight(line * 5)
        ui.evidenceList.setMaximumHeight(line * 5)
        ui.evidenceList.setMinimumHeight(int(line * 2.5))
        ui.evidenceList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        ui.evidenceList.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        ui.justification.textChanged.connect(self._text_edited)
        ui.justification.installEventFilter(self)
        ui.confidence.activated.connect(lambda index: self.set_confidence(CONFIDENCES[index]))
        ui.addEvidence.setIcon(icon("attach"))
        ui.openEvidence.setIcon(icon("open-file"))
        ui.removeEvidence.setIcon(icon("remove"))
        ui.addEvidence.clicked.connect(self.add_files)
        ui.openEvidence.clicked.connect(self.open_selected)
        ui.removeEvidence.clicked.connect(self.remove_selected)
        ui.evidenceList.itemActivated.connect(lambda _item: self.open_selected())
        ui.evidenceList.currentRowChanged.connect(lambda _row: self._update_buttons())
        ui.previousButton.setIcon(icon("previous"))
        ui.nextButton.setIcon(icon("next"))
        ui.nextButton.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if self.isLeftToRight() else Qt.LayoutDirection.LeftToRight
        )
        ui.nextUnansweredButton.setIcon(icon("next-unanswered"))
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        ui.rightSplit.setStretchFactor(0, 3)
        ui.rightSplit.setStretchFactor(1, 2)
        self.setAcceptDrops(True)

    # ----------------------------------------------------------------- document
    def set_session(self, session: DocumentSession) -> None:
        self.session = session
        if not good_practice_ready(session.language):  # after the first paint: it takes a moment
            after_first_paint(self, lambda: self._load_good_practice(session.language))
        fw = session.framework
        self.stages.set_cards(
            [
                ChoiceCard(stage.level, str(stage.level), session.text(stage.label), session.text(stage.description))
                for stage in sorted(fw.stages, key=lambda s: s.level)
            ]
        )
        keys = self.keys
        self.special.set_cards(
            [
                ChoiceCard(
                    "na",
                    keys["na"],
                    self.tr("Not applicable"),
                    self.tr("Does not apply in this country. Not scored."),
                ),
                ChoiceCard(
                    "unknown",
                    keys["unknown"],
                    self.tr("Unknown / no data"),
                    self.tr("No reliable information yet. Not scored; listed for follow-up."),
                ),
            ]
        )
        combo = self.ui.confidence
        combo.clear()
        combo.addItems([self.tr("Not stated"), self.tr("Low"), self.tr("Medium"), self.tr("High")])
        session.answerChanged.connect(self._saved_elsewhere)
        session.evidenceChanged.connect(self._evidence_changed)
        self.set_editable(not session.read_only)

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        for group in (self.stages, self.special):
            group.setEnabled(editable)
        self.ui.confidence.setEnabled(editable)
        self.ui.justification.setReadOnly(not editable)
        self._update_buttons()

    def show_indicator(self, indicator_id: str) -> None:
        assert self.session is not None
        session, ui = self.session, self.ui
        self._timer.stop()
        self.indicator_id = indicator_id
        fw = session.framework
        indicator, section, dimension = (
            fw.indicator(indicator_id),
            fw.section_of(indicator_id),
            fw.dimension_of(indicator_id),
        )
        ui.breadcrumb.setText(
            f"{dimension.id} · {session.text(dimension.title)}  ›  {section.id} · {session.text(section.title)}"
        )
        ui.indicatorId.setText(indicator_id)
        position = session.order.index(indicator_id) + 1
        ui.position.setText(self.tr("Indicator {n} of {total}").format(n=position, total=len(session.order)))
        ui.question.setText(session.text(indicator.question))
        self.stages.update_cards(
            {
                level: (session.text(fw.stage(level).label), session.text(text))
                for level, text in indicator.stages.items()
            }
        )
        self._show_answer(replace_text=True)
        self._show_evidence()
        ui.scrollArea.verticalScrollBar().setValue(0)

    def _show_answer(self, *, replace_text: bool) -> None:
        assert self.session is not None and self.indicator_id is not None
        record = self.session.answer(self.indicator_id)
        value = record.value if record else None
        self.stages.show_value(value)
        self.special.show_value(value)
        self.ui.confidence.setCurrentIndex(CONFIDENCES.index(record.confidence if record else None))
        text = record.justification if record else ""
        if replace_text and self.ui.justification.toPlainText() != text:
            self._loading = True
            self.ui.justification.setPlainText(text)
            self._loading = False
            self._dirty = False
        if record:
            who = record.assessor or self.tr("an assessor")
            self.ui.answeredBy.setText(
                self.tr("Last changed by {who}, {when}").format(who=who, when=local_time(record.updated_at))
            )
        else:
            self.ui.answeredBy.setText(self.tr("Not answered yet"))
        self._show_carried()
        self._level = value if isinstance(value, int) else None
        self._show_guidance()

    def _show_guidance(self) -> None:
        if self.session is None or self.indicator_id is None:
            return
        indicator = self.session.framework.indicator(self.indicator_id)
        self.ui.guidance.setHtml(guidance_html(self.session, indicator, self._level))

    def _load_good_practice(self, language: str) -> None:
        """Read the toolkit chapters for the guidance panel on a daemon thread (plain Python, no Qt: nothing
        to wait for at exit), then show the panel again once they are there."""
        threading.Thread(target=load_good_practice, args=(language,), name="good-practice", daemon=True).start()
        timer = QTimer(self, interval=100)

        def check() -> None:
            if good_practice_ready(language):
                timer.stop()
                timer.deleteLater()
                self._show_guidance()

        timer.timeout.connect(check)
        timer.start()

    # ----------------------------------------------------------------- a follow-up's carried-over answer
    def _show_carried(self) -> None:
        """Above the stages: the baseline's answer while the one carried over is still to confirm."""
        assert self.session is not None and self.indicator_id is not None
        carried = self.session.carried(self.indicator_id)
        if carried is None:
            if self.carried_banner is not None:
                self.carried_banner.hide()
            return
        if self.carried_banner is None:  # made on first need: most assessments are no follow-up
            from .carried_banner import CarriedBanner

            self.carried_banner = CarriedBanner(self.ui.content)
            self.carried_banner.confirmRequested.connect(self.confirm_carried)
            content = self.ui.contentLayout
            content.insertWidget(content.indexOf(self.ui.question) + 1, self.carried_banner)
        self.carried_banner.show_answer(self.session, carried, editable=self._editable)

    def confirm_carried(self) -> None:
        if self.session is not None and self.indicator_id is not None and self.flush():
            self.session.confirm(self.indicator_id)

    def _saved_elsewhere(self, indicator_id: str) -> None:
        if indicator_id == self.indicator_id:
            self._show_answer(replace_text=not self._dirty)

    # ----------------------------------------------------------------- answering
    def choose(self, value: object) -> None:
        """Save a stage (1–5), "na", "unknown", or None (clear the stage, keep the note)."""
        if self.session is None or self.indicator_id is None or not self._editable:
            return
        if not self.flush():
            return
        self.session.set_value(self.indicator_id, value)  # type: ignore[arg-type]

    def set_confidence(self, confidence: str | None) -> None:
        if self.session is None or self.indicator_id is None or not self._editable:
            return
        if self.flush() and not self.session.set_confidence(self.indicator_id, confidence):
            self._show_answer(replace_text=False)  # show the saved confidence again

    def _text_edited(self) -> None:
        if self._loading or self.session is None or not self._editable:
            return
        self._dirty = True
        self.session.note_pending()
        self._timer.start()

    def flush(self) -> bool:
        """Save the justification being typed, if any; False if it could not be saved."""
        self._timer.stop()
        if not self._dirty or self.session is None or self.indicator_id is None:
            return True
        if self._flushing:  # the error dialog of this very save took the focus: do not try again inside it
            return False
        self._flushing = True
        try:
            saved = self.session.set_justification(self.indicator_id, self.ui.justification.toPlainText())
        finally:
            self._flushing = False
        if saved:
            self._dirty = False
        return saved

    @property
    def has_unsaved_text(self) -> bool:
        return self._dirty

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.justification:
            if event.type() == QEvent.Type.FocusOut:
                self.flush()
            elif isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape:
                self.flush()
                self.focus_answer()
                return True
        return super().eventFilter(watched, event)

    def focus_answer(self) -> None:
        cards = self.stages.cards + self.special.cards
        chosen = next((c for c in cards if c.isChecked()), cards[0] if cards else None)
        if chosen is not None and chosen.isEnabled():
            chosen.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.ui.justification.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_justification(self) -> None:
        self.ui.justification.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.justification.moveCursor(self.ui.justification.textCursor().MoveOperation.End)

    # ----------------------------------------------------------------- evidence
    def _show_evidence(self) -> None:
        from ..store.evidence import human_size

        assert self.session is not None and self.indicator_id is not None
        listing = self.ui.evidenceList
        listing.clear()
        for record in self.session.evidence(self.indicator_id):
            item = QListWidgetItem(icon("pdf"), f"{record.file_name}  ({human_size(record.size)})")
            item.setData(Qt.ItemDataRole.UserRole, record)
            item.setToolTip(
                self.tr("Added by {who}, {when}\nSHA-256 {sha}").format(
                    who=record.added_by or "-", when=local_time(record.added_at), sha=record.sha256
                )
            )
            listing.addItem(item)
        if listing.count():
            listing.setCurrentRow(0)
        self._update_buttons()

    def select_evidence(self, evidence_id: int) -> bool:
        """Select one evidence file of the indicator shown (a Library result), the list focused."""
        listing = self.ui.evidenceList
        for row in range(listing.count()):
            record = listing.item(row).data(Qt.ItemDataRole.UserRole)
            if record is not None and record.id == evidence_id:
                listing.setCurrentRow(row)
                listing.scrollToItem(listing.item(row))
                listing.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return False

    def _evidence_changed(self, indicator_id: str) -> None:
        if indicator_id == self.indicator_id:
            self._show_evidence()

    def _selected(self) -> EvidenceRecord | None:
        item = self.ui.evidenceList.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _update_buttons(self) -> None:
        selected = self._selected() is not None
        self.ui.addEvidence.setEnabled(self._editable)
        self.ui.openEvidence.setEnabled(selected)
        self.ui.removeEvidence.setEnabled(selected and self._editable)

    def add_files(self) -> None:
        if not self._editable or self.indicator_id is None:
            return
        from .qt import QFileDialog

        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach evidence to {id}").format(id=self.indicator_id))
        self.attach([Path(n) for n in names])

    def attach(self, paths: list[Path]) -> None:
        if self.session is not None and self.indicator_id is not None and paths and self._editable:
            self.session.add_evidence(self.indicator_id, paths)

    def open_selected(self) -> None:
        record = self._selected()
        if record is None or self.session is None:
            return
        if self._evidence_folder is None:
            self._evidence_folder = Path(tempfile.mkdtemp(prefix="cyberassess-evidence-"))
        try:
            path = self.session.extract_evidence(record, self._evidence_folder)
        except Exception as exc:
            from .error_dialog import show_error

            show_error(self, exc, doing=self.tr("Opening {name}").format(name=record.file_name))
            return
        open_externally(path)

    def discard_extracted(self) -> None:
        """Delete the copies of evidence files opened for viewing (they may be confidential)."""
        if self._evidence_folder is not None:
            shutil.rmtree(self._evidence_folder, ignore_errors=True)  # a viewer may still hold one open
            self._evidence_folder = None

    def remove_selected(self) -> None:
        record = self._selected()
        if record is not None and self.session is not None and self._editable:
            self.session.remove_evidence(record)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if self._editable and urls and all(u.isLocalFile() for u in urls):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.attach(paths)
