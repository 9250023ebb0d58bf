"""The Mission page: the mission record, the review team, who was consulted and the documents reviewed."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..store.review_records import MISSION_TYPES, STATUSES
from .forms.ui_mission_page import Ui_MissionPage
from .qt import QCoreApplication, QTimer, QWidget
from .record_table import RecordTable
from .review_edits import CONSULTED, DOCUMENTS, MISSION, TEAM
from .uikit import load_form

if TYPE_CHECKING:
    from .session import DocumentSession


def mission_type_labels() -> dict[str, str]:
    return {
        "self-assessment": QCoreApplication.translate("MissionPage", "Self-assessment"),
        "peer-review": QCoreApplication.translate("MissionPage", "Peer review"),
        "ncr-mission": QCoreApplication.translate("MissionPage", "National Cyber Review mission"),
        "follow-up": QCoreApplication.translate("MissionPage", "Follow-up mission"),
    }


def status_labels() -> dict[str, str]:
    return {
        "draft": QCoreApplication.translate("MissionPage", "Draft"),
        "final": QCoreApplication.translate("MissionPage", "Final"),
    }


class MissionPage(QWidget):
    def __init__(self, session: DocumentSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.edits = session.review
        self.ui = load_form(Ui_MissionPage, self)
        self._filling = False
        ui = self.ui
        ui.missionType.addItem(self.tr("(not set)"), None)
        for key in MISSION_TYPES:
            ui.missionType.addItem(mission_type_labels()[key], key)
        for key in STATUSES:
            ui.status.addItem(status_labels()[key], key)
        ui.status.setToolTip(self.tr("While the status is draft, every page of the report says DRAFT."))
        doc = session.doc
        evidence = {e.id: e.file_name for e in doc.evidence()}
        self.team = RecordTable(
            self.edits,
            TEAM,
            [("name", self.tr("Name")), ("role", self.tr("Role")), ("organisation", self.tr("Organisation"))],
            lambda: session.doc.team(),
            new_row={"name": self.tr("New team member")},
            add_text=self.tr("&Add a team member"),
            parent=ui.teamBox,
        )
        self.consulted = RecordTable(
            self.edits,
            CONSULTED,
            [
                ("institution", self.tr("Institution")),
                ("name", self.tr("Name (optional)")),
                ("role", self.tr("Role or function")),
                ("date", self.tr("Date")),
                ("place", self.tr("Place")),
            ],
            lambda: session.doc.consulted(),
            new_row={"institution": self.tr("New institution")},
            add_text=self.tr("Add an &institution or person"),
            parent=ui.consultedBox,
        )
        self.documents = RecordTable(
            self.edits,
            DOCUMENTS,
            [
                ("title", self.tr("Title")),
                ("issuer", self.tr("Issuer")),
                ("date", self.tr("Date")),
                ("evidence_id", self.tr("Evidence file")),
            ],
            lambda: session.doc.reviewed_documents(),
            new_row={"title": self.tr("New document")},
            add_text=self.tr("Add a &document"),
            parent=ui.documentsBox,
            show=lambda field, value: (
                evidence.get(value, "") if field == "evidence_id" else ("" if value is None else str(value))
            ),
            read_only_fields=("evidence_id",),
        )
        ui.teamLayout.addWidget(self.team)
        ui.consultedLayout.addWidget(self.consulted)
        ui.documentsLayout.addWidget(self.documents)
        ui.missionType.activated.connect(lambda _i: self._save(mission_type=ui.missionType.currentData()))
        ui.status.activated.connect(lambda _i: self._save(status=ui.status.currentData()))
        ui.startDate.editingFinished.connect(lambda: self._save_date("start_date", ui.startDate))
        ui.endDate.editingFinished.connect(lambda: self._save_date("end_date", ui.endDate))
        ui.host.editingFinished.connect(lambda: self._save(host=ui.host.text()))
        ui.marking.editingFinished.connect(lambda: self._save(marking=ui.marking.text()))
        ui.limitations.textChanged.connect(self._limitations_typed)
        self._pause = QTimer(self, singleShot=True, interval=800)  # save after a pause in typing
        self._pause.timeout.connect(self.flush)
        self.edits.changed.connect(self._changed)
        self.refresh()

    # ----------------------------------------------------------------- showing
    def refresh(self) -> None:
        self._fill_record()
        for table in (self.team, self.consulted, self.documents):
            table.refresh()

    def _fill_record(self) -> None:
        record = self.session.doc.mission()
        ui = self.ui
        self._filling = True
        try:
            ui.missionType.setCurrentIndex(max(0, ui.missionType.findData(record.mission_type)))
            ui.status.setCurrentIndex(max(0, ui.status.findData(record.status)))
            for widget, text in (
                (ui.startDate, record.start_date or ""),
                (ui.endDate, record.end_date or ""),
                (ui.host, record.host),
                (ui.marking, record.marking),
            ):
                if widget.text() != text:
                    widget.setText(text)
            if ui.limitations.toPlainText() != record.limitations:
                ui.limitations.setPlainText(record.limitations)
        finally:
            self._filling = False
        editable = not self.session.read_only
        for widget in (ui.missionType, ui.status, ui.startDate, ui.endDate, ui.host, ui.marking):
            widget.setEnabled(editable)
        ui.limitations.setReadOnly(not editable)

    def _changed(self, kind: str) -> None:
        if kind == MISSION:
            self._fill_record()
        elif kind in (TEAM, CONSULTED, DOCUMENTS):
            {TEAM: self.team, CONSULTED: self.consulted, DOCUMENTS: self.documents}[kind].refresh()

    # ----------------------------------------------------------------- editing
    def _save(self, **changes: Any) -> None:
        if not self._filling and not self.edits.set_mission(**changes):
            self._fill_record()  # refused: show what is saved

    def _save_date(self, field: str, widget: Any) -> None:
        self._save(**{field: widget.text().strip() or None})

    def _limitations_typed(self) -> None:
        if not self._filling:
            self.session.note_pending()
            self._pause.start()

    def flush(self) -> bool:
        """Save typed text that has not been saved yet (the page is left); False if that failed."""
        text = self.ui.limitations.toPlainText()
        if self.session.read_only or text == self.session.doc.mission().limitations:
            return True
        return self.edits.set_mission(limitations=text)
