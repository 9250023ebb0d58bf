"""The progress page of a follow-up: what changed since the baseline kept inside the assessment.

Per dimension the baseline and current scores, the change and the stages (table and radar with
both series); the indicators that improved, declined, were rated for the first time or are no
longer rated, each a link back to its page; the baseline's action plan by status, then and now.
The core computes it all (:func:`cyberassess.compare.progress_of`); this page only shows it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .forms.ui_progress_page import Ui_ProgressPage
from .qt import QHeaderView, Qt, QTableWidgetItem, QTreeWidgetItem, QVBoxLayout, QWidget, Signal
from .radar_chart import Axis, RadarChart
from .uikit import load_form, muted, scaled_font

if TYPE_CHECKING:
    from ..compare import Progress
    from .session import DocumentSession

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _num(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def _signed(value: float | None) -> str:
    return "–" if value is None else f"{value:+.2f}"


class ProgressPage(QWidget):
    indicatorChosen = Signal(str)

    def __init__(self, session: DocumentSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ui = ui = load_form(Ui_ProgressPage, self)
        ui.summary.setFont(scaled_font(self, 1.3, bold=True))
        muted(ui.summaryDetail)
        for label in (ui.changesLabel, ui.actionsLabel):
            label.setFont(scaled_font(self, 1.0, bold=True))
        self.radar = RadarChart(ui.radarHost)
        layout = QVBoxLayout(ui.radarHost)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.radar)
        table = ui.dimensionTable
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        em = self.fontMetrics().averageCharWidth()
        ui.changeList.setColumnWidth(0, em * 22)
        ui.changeList.setColumnWidth(1, em * 20)
        ui.actionList.setColumnWidth(0, em * 40)
        ui.changeList.itemActivated.connect(self._item_activated)
        ui.bottomSplit.setStretchFactor(0, 3)
        ui.bottomSplit.setStretchFactor(1, 2)

    def refresh(self) -> None:
        """Compare the saved answers with the baseline's again (cheap: a pure function over both)."""
        from ..compare import progress_of

        view = progress_of(self.session.doc)
        if view is None:
            self.ui.summary.setText(self.tr("This assessment is not a follow-up: it has no baseline."))
            self.ui.summaryDetail.clear()
            return
        self._summary(view)
        self._table(view)
        self._changes(view)
        self._actions(view)

    def _stage(self, level: int | None) -> str:
        if level is None:
            return "–"
        return f"{level} {self.session.text(self.session.framework.stage(level).label)}"

    def _summary(self, view: Progress) -> None:
        base = view.baseline
        self.ui.summary.setText(
            self.tr("Overall {before} at the baseline ({date}), {after} now: {change}").format(
                before=_num(view.before), date=base.date, after=_num(view.after), change=_signed(view.delta)
            )
        )
        counts = view.counts
        detail = self.tr(
            "Improved {improved}, declined {declined}, same stage {unchanged}, rated for the first time {new}, "
            "no longer rated {lost}. Baseline: {mission}."
        ).format(
            improved=counts["improved"],
            declined=counts["declined"],
            unchanged=counts["unchanged"],
            new=counts["newly-rated"],
            lost=counts["no-longer-rated"],
            mission=base.info.mission or base.info.country,
        )
        if view.to_confirm:
            detail += " " + self.tr("{count} answers carried over from the baseline are still to confirm.").format(
                count=view.to_confirm
            )
        self.ui.summaryDetail.setText(detail)

    def _table(self, view: Progress) -> None:
        fw = self.session.framework
        table = self.ui.dimensionTable
        table.setRowCount(len(view.dimensions))
        for row, (d, dim) in enumerate(zip(view.dimensions, fw.dimensions, strict=True)):
            cells = [
                f"{dim.id} {self.session.text(dim.title)}",
                _num(d.before),
                _num(d.after),
                _signed(d.delta),
                f"{self._stage(d.before_stage)} → {self._stage(d.after_stage)}",
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (1, 2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, item)
        axes = [
            Axis(d.dimension_id, self.session.text(dim.title), d.after)
            for d, dim in zip(view.dimensions, fw.dimensions, strict=True)
        ]
        self.radar.set_data(axes, view.current.card.target_stage, [d.before for d in view.dimensions])

    def _answer(self, value: object) -> str:
        if isinstance(value, int):
            return str(value)
        return {"na": self.tr("N/A"), "unknown": self.tr("Unknown")}.get(str(value), "–")

    def _changes(self, view: Progress) -> None:
        tree = self.ui.changeList
        tree.clear()
        groups = (
            ("improved", self.tr("Improved")),
            ("declined", self.tr("Declined")),
            ("newly-rated", self.tr("Rated for the first time")),
            ("no-longer-rated", self.tr("No longer rated")),
        )
        for kind, title in groups:
            changes = view.of_kind(kind)
            if not changes:
                continue
            group = QTreeWidgetItem(tree, [f"{title} ({len(changes)})"])
            group.setFirstColumnSpanned(True)
            for c in changes:
                question = self.session.text(self.session.framework.indicator(c.indicator_id).question)
                label = f"{self._answer(c.before)} → {self._answer(c.after)}"
                item = QTreeWidgetItem(group, [c.indicator_id, label, question])
                item.setData(0, ID_ROLE, c.indicator_id)
                item.setToolTip(2, question)
            group.setExpanded(True)
        if tree.topLevelItemCount() == 0:
            QTreeWidgetItem(tree, [self.tr("No indicator changed stage since the baseline.")]).setFirstColumnSpanned(
                True
            )

    def _actions(self, view: Progress) -> None:
        tree = self.ui.actionList
        tree.clear()
        words = {
            "planned": self.tr("Planned"),
            "in-progress": self.tr("In progress"),
            "done": self.tr("Done"),
            "dropped": self.tr("Dropped"),
        }
        for status, actions in view.actions_by_status().items():
            group = QTreeWidgetItem(tree, [f"{words.get(status, status)} ({len(actions)})"])
            group.setFirstColumnSpanned(True)
            for a in actions:
                then = words.get(a.baseline_status or "", self.tr("Added since"))
                now = words.get(a.status or "", "–")
                item = QTreeWidgetItem(group, [a.title, f"{then} → {now}"])
                item.setToolTip(0, a.title)
            group.setExpanded(True)
        if tree.topLevelItemCount() == 0:
            QTreeWidgetItem(tree, [self.tr("The baseline had no action plan.")]).setFirstColumnSpanned(True)

    def _item_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        indicator_id = item.data(0, ID_ROLE)
        if indicator_id:
            self.indicatorChosen.emit(str(indicator_id))
